"""A folded cell's toggle is named by the words it shows.

myst-nb writes ``<summary aria-label="Toggle hidden content">`` above a cell
tagged ``hide-input``: a screen reader then announces other words than the
visible "Show code cell source", in English on the Chinese site too (axe:
label-content-name-mismatch). Without the aria-label the summary's name is
its visible text, in the page's language.
"""

from html import escape

from myst_nb.sphinx_ import HideCodeCellNode, depart_HideCellInput


def visit_hide_cell(self, node):
    classes = " ".join(node["classes"])
    self.body.append(f'<details class="admonition hide {classes}">\n')
    self.body.append("<summary>\n")
    for state, prompt in [("collapsed", "prompt_show"),
                          ("expanded", "prompt_hide")]:
        self.body.append(f'<p class="{state} admonition-title">'
                         f"{escape(node[prompt])}</p>\n")
    self.body.append("</summary>\n")


def setup(app):
    app.setup_extension("myst_nb")
    app.add_node(HideCodeCellNode, override=True,
                 html=(visit_hide_cell, depart_HideCellInput))
    return {"parallel_read_safe": True, "parallel_write_safe": True}
