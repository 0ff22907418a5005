"""Offer each executed page's code for download: a .py script and a notebook.

- ``<page>.py``: the snippets the page shows, in order, as one runnable
  script (each snippet stands alone, so their concatenation runs too).
- ``<page>.ipynb``: the executed notebook with its outputs, without the
  hidden cells that only feed the prose.

A cell tagged ``code-in-download`` besides ``remove-input`` runs code too
long to read on the page (the mapping page's tables and call matrix,
thousands of lines): the page shows its outputs and links the download,
which holds its code: the role ``{page-code}`mapping.py``` links the
page's script download.

On the Chinese site their comments and docstrings are in Chinese
(``code_comments.py`` translates the notebook before it is written here).
Both are written next to the HTML (``_code/``) and added to the theme's
download menu. myst-nb's own notebook download is not used: in cache mode it
writes the notebook without outputs.
"""

from pathlib import Path, PurePosixPath

import nbformat
from docutils import nodes
from myst_nb.core import render

_coalesce_streams = render.coalesce_streams

HIDDEN = {"remove-cell", "remove-input"}
IN_DOWNLOAD = "code-in-download"
TOOLTIPS = {
    "en": ("Download the code", "Download the executed notebook"),
    "zh_CN": ("下载代码", "下载已执行的 notebook"),
}


HEADER = {
    "en": "Code of the page, snippet after snippet.",
    "zh_CN": "本页的代码，按片段顺序排列。",
}


def shown_cells(notebook):
    """The cells whose code the downloads hold."""
    def kept(tags):
        if IN_DOWNLOAD in tags:
            return "remove-cell" not in tags
        return not HIDDEN & tags
    return [cell for cell in notebook.cells
            if kept(set(cell.metadata.get("tags", [])))]


def as_script(notebook, title, language="en"):
    parts = [f"# {title}\n# {HEADER[language]}\n"]
    for cell in shown_cells(notebook):
        if cell.cell_type == "code":
            where = cell.metadata.get("load", "inline")
            parts.append(f"# %% {Path(where).as_posix().lstrip('./')}\n"
                         f"{cell.source.rstrip()}\n")
    return "\n\n".join(parts)


def own_language(outputs, language):
    """Figures are drawn in every language (figure_backend.py); a page's
    notebook keeps those of its own, as the page does."""
    return [output for output in outputs
            if output.get("metadata", {}).get("figure", {}).get(
                "language", language) == language]


def merged_streams(outputs):
    """One output per run of printed text: how the kernel split it into
    messages depends on timing."""
    merged = []
    for output in outputs:
        previous = merged[-1] if merged else None
        if (output.output_type == "stream" and previous is not None
                and previous.output_type == "stream"
                and previous.name == output.name):
            previous.text += output.text
        else:
            merged.append(output)
    return merged


def write_downloads(app, doctree):
    notebook = app.env.temp_data.get("executed_notebook")
    if notebook is None:
        return  # not an executed page
    docname = app.env.docname
    title = app.env.titles[docname].astext()
    target = Path(app.outdir) / "_code" / docname
    target.parent.mkdir(parents=True, exist_ok=True)
    target.with_suffix(".py").write_text(
        as_script(notebook, title, app.config.language), encoding="utf-8"
    )
    shown = nbformat.from_dict(dict(notebook, cells=shown_cells(notebook)))
    for number, cell in enumerate(shown.cells, start=1):
        cell.id = f"cell-{number}"  # not random: two builds, same file
        if cell.cell_type == "code":
            cell.outputs = merged_streams(own_language(
                cell.outputs, app.config.language))
    nbformat.write(shown, target.with_suffix(".ipynb"))
    app.env.metadata[docname]["code_downloads"] = True


def add_menu_entries(app, pagename, templatename, context, doctree):
    if not app.env.metadata.get(pagename, {}).get("code_downloads"):
        return
    menu = next((b for b in context.get("header_buttons", [])
                 if b.get("label") == "download-buttons"), None)
    if menu is None:
        return
    base = context["pathto"](f"_code/{pagename}", 1)
    script, notebook = TOOLTIPS[app.config.language]
    menu["buttons"][:0] = [
        {"type": "link", "url": f"{base}.py", "text": ".py",
         "tooltip": script, "icon": "fas fa-code",
         "label": "download-script-button"},
        {"type": "link", "url": f"{base}.ipynb", "text": ".ipynb",
         "tooltip": notebook, "icon": "fas fa-book",
         "label": "download-notebook-button"},
    ]


def page_code_role(name, rawtext, text, lineno, inliner, options=None,
                   content=None):
    """A link to the page's script download, as the menu's: its text is
    shown as code."""
    page = PurePosixPath(inliner.document.settings.env.docname).name
    link = nodes.reference(rawtext, "", refuri=f"_code/{page}.py")
    link += nodes.literal(text, text)
    return [link], []


def merge_printed_text(outputs):
    """myst-nb's own merge (``coalesce_streams``) strips the end of the first
    piece of printed text but not the start of the next, so where the
    kernel's flush split a ``print`` between its text and its newline, the
    page shows an extra blank line, in one build and not the next. Merge the
    pieces as printed instead, then let myst-nb tidy the one piece."""
    return _coalesce_streams(merged_streams(outputs))


def setup(app):
    render.coalesce_streams = merge_printed_text
    app.add_role("page-code", page_code_role)
    # after drift_guard has fetched the executed notebook
    app.connect("doctree-read", write_downloads, priority=600)
    # after the theme has built its download menu
    app.connect("html-page-context", add_menu_entries, priority=600)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
