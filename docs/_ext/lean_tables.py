"""Table cells without the elements that change nothing.

Sphinx's HTML writes each word of inline code as a span of its own
(``<span class="pre">``) so that a line breaks between words only, and
docutils wraps the text of each table cell in a paragraph. In a table
the stylesheet already keeps a word of code whole and breaks between words
(docs/_static/site.css: ``table.table code.literal``), and a cell's one
paragraph adds nothing to its cell. On the mapping page these spans and
paragraphs were 17,600 of its 40,000 elements, and on the releases page
8,200 of 11,800: every browser lays them out, and every audit of a page
walks them.

So in a table cell, inline code is one element with its text, runs of
spaces kept as Sphinx keeps them, and a cell that holds one plain
paragraph holds its text directly. Everywhere else the HTML is Sphinx's.
tests/test_site.py checks both on the built pages.

A translator of our own is how Sphinx lets an extension change the HTML
of a node (`Sphinx.set_translator`); the theme adds its own behaviour to
whichever translator is set (pydata-sphinx-theme's setup_translators).
"""

from docutils import nodes
from sphinx.writers.html5 import HTML5Translator


class LeanTableTranslator(HTML5Translator):
    in_cell = 0

    def visit_entry(self, node):
        super().visit_entry(node)
        self.in_cell += 1

    def depart_entry(self, node):
        self.in_cell -= 1
        super().depart_entry(node)

    def visit_Text(self, node):
        if not (self.protect_literal_text and self.in_cell):
            return super().visit_Text(node)
        for token in self.words_and_spaces.findall(self.encode(node.astext())):
            if token.strip() or token in {" ", "\n"}:
                self.body.append(token)
            else:  # as Sphinx keeps a run of spaces: the last one can wrap
                self.body.append("&#160;" * (len(token) - 1) + " ")

    def lean(self, node):
        """A cell's one plain paragraph: its text goes in the cell."""
        return (self.in_cell and isinstance(node.parent, nodes.entry)
                and len(node.parent) == 1 and not node["ids"]
                and not node["classes"])

    def visit_paragraph(self, node):
        if not self.lean(node):
            super().visit_paragraph(node)

    def depart_paragraph(self, node):
        if not self.lean(node):
            super().depart_paragraph(node)

def setup(app):
    app.set_translator("html", LeanTableTranslator)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
