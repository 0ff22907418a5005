"""Fail the build on math that did not render: a `$` left in page text.

MyST turns `$...$` into math only when both dollars sit in the same
paragraph. A formula wrapped so that a source line starts with `+`, `-`
or `*` becomes a list item, and its dollars stay in the text as
characters. This check warns (an error under `-W`) for every `$` in a
text node outside code, math and cell outputs, naming the page and the
line.
"""

from docutils import nodes
from sphinx.util import logging

logger = logging.getLogger(__name__)

# Where a dollar is content, not markup.
SKIP = (nodes.FixedTextElement, nodes.literal, nodes.math, nodes.raw,
        nodes.comment)


def skipped(node):
    """Is the node inside code, math, raw text or a cell's output?"""
    while node is not None:
        if isinstance(node, SKIP):
            return True
        if "cell_output" in getattr(node, "get", lambda *_: [])(
                "classes", []):
            return True
        node = node.parent
    return False


def line_of(node):
    """The source line of the nearest element that knows it."""
    while node is not None:
        if getattr(node, "line", None):
            return node.line
        node = node.parent
    return None


def check_math(app, doctree):
    docname = app.env.docname
    for text in doctree.findall(nodes.Text):
        if "$" not in text or skipped(text.parent):
            continue
        excerpt = str(text).strip().replace("\n", " ")[:60]
        logger.warning(
            f"unrendered math: a '$' is left in the text ({excerpt!r}). "
            "A formula whose source line starts with '+', '-' or '*' "
            "becomes a list item; rewrap it so that no line starts with "
            "an operator.",
            location=(docname, line_of(text.parent)),
            type="math_check",
        )


def setup(app):
    app.connect("doctree-read", check_math)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
