"""Pages embed snippet files with ``:load:``; make Sphinx track those files.

myst-nb reads a loaded snippet into the cell, but Sphinx does not know the page
depends on it, so an incremental build would keep the old output. Each loaded
file becomes a dependency of its page: editing a snippet re-reads exactly the
pages that load it (and the execution cache, keyed by the code, re-runs them).
A ``:load:`` of a missing file, or of a file that is not UTF-8 or starts
with a byte-order mark, fails the build with the page and the path. Each page
is parsed here once, for the extensions that read its cells.
"""

import re
from pathlib import Path

from myst_parser.config.main import MdParserConfig
from myst_nb.core.read import read_myst_markdown_notebook
from sphinx.errors import SphinxError
from sphinx.util import logging

logger = logging.getLogger(__name__)


class SnippetError(SphinxError):
    category = "Snippet error"


BOM = b"\xef\xbb\xbf"


def check_encoding(path, what):
    """Raise a SnippetError unless ``path`` is UTF-8 without a BOM."""
    data = path.read_bytes()
    if data.startswith(BOM):
        raise SnippetError(
            f"{path}: {what} starts with a UTF-8 byte-order mark (BOM), "
            "which Python code and Markdown must not have: save it as UTF-8 "
            "without BOM.")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        raise SnippetError(
            f"{path}: {what} is not UTF-8 (byte {data[error.start]:#04x} on "
            f"line {line}): save it as UTF-8.") from None


def read_page(page, source=None):
    """A page as the notebook myst-nb will execute, snippets loaded."""
    if source is None:
        check_encoding(page, "the page")
        source = page.read_text(encoding="utf-8")
    for load in re.findall(r"^:load:\s*(\S+)", source, re.M):
        snippet = page.parent / load
        if snippet.is_file():
            check_encoding(snippet, f"the snippet loaded by {page}")
    try:
        return read_myst_markdown_notebook(source, MdParserConfig(), path=page)
    except Exception as error:  # myst-nb's loader names the missing file
        raise SnippetError(
            f"{page}: {error}. Fix the :load: path (it is relative to the "
            "page) or add the snippet file."
        ) from None


def cell_name(app, page, cell, number):
    """How messages and records name a code cell: its snippet's path from
    the project root, or its number when its code is inline."""
    if "load" not in cell.metadata:
        return f"inline code cell {number}"
    path = (page.parent / cell.metadata["load"]).resolve()
    return path.relative_to(Path(app.confdir).resolve()).as_posix()


def loaded_snippets(notebook, page):
    """Paths of the files that the code cells of a page load, in order."""
    return [
        (page.parent / cell.metadata["load"]).resolve()
        for cell in notebook.cells
        if cell.cell_type == "code" and "load" in cell.metadata
    ]


def note_snippets(app, docname, source):
    page = Path(app.env.doc2path(docname))
    if page.suffix != ".md":
        return
    try:
        check_encoding(page, "the page")
        notebook = read_page(page, source[0])
    except SnippetError as error:
        logger.warning(str(error), location=docname, type="snippet")
        # Report it and go on with the other pages; this one is not run
        # (and faults.py deletes it from the output).
        source[0] = f"# {docname}\n\nNot built: see the build log.\n"
        return
    # the page as myst-nb executes it, for drift_guard and downloads
    app.env.temp_data["page_notebook"] = notebook
    for snippet in loaded_snippets(notebook, page):
        app.env.note_dependency(str(snippet))


def setup(app):
    app.connect("source-read", note_snippets)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
