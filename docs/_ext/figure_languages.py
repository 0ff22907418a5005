"""Figures in the reader's language, from one execution shared by both.

Both languages run the same code cells, so the kernel cannot know the page's
language. It draws every figure in every language instead
(``figure_backend.py``, loaded as the kernel's matplotlib backend), and this
extension keeps on each page the variant of its own language: every PNG
output carries a ``Language`` text chunk, and images of another language are
removed from the page before Sphinx collects them, so they are not copied
either. The kept image gets the figure's titles as its alternative text.
"""

import os
from pathlib import Path

from docutils import nodes
from PIL import Image
from sphinx.util import logging

logger = logging.getLogger(__name__)
HERE = Path(__file__).parent


def configure_kernel(app, config):
    """The kernel inherits Sphinx's environment: point it at the backend."""
    os.environ["MPLBACKEND"] = "module://figure_backend"
    path = os.environ.get("PYTHONPATH", "")
    os.environ["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(HERE), path) if p)
    os.environ["FIGURE_LANGUAGES"] = " ".join(config.bilingual_languages)
    os.environ["FIGURE_TEXT"] = str(config.figure_text_path)


def png_text(app, node):
    """The text chunks of a figure's PNG (empty if it is not one)."""
    uri = node.get("uri", "")
    if not uri.endswith(".png") or "://" in uri:
        return {}
    path = Path(app.srcdir, uri.lstrip("/")) if uri.startswith("/") \
        else Path(app.env.doc2path(app.env.docname)).parent / uri
    if not path.is_file():
        path = Path(uri)
    if not path.is_file():
        return {}
    with Image.open(path) as image:
        return dict(getattr(image, "text", {}))


def keep_page_language(app, doctree):
    for node in list(doctree.findall(nodes.image)):
        text = png_text(app, node)
        language = text.get("Language")
        if language is None:
            continue
        if language == app.config.language:
            node.setdefault("alt", text.get("Title", ""))
            continue
        # The whole output goes, not only its image: myst-nb keeps every
        # type of an output (the PNG and its "<Figure (en)>" text) in one
        # mime bundle and shows the text where the image is missing.
        while node.parent.get("nb_element") == "mime_bundle" or (
                isinstance(node.parent, nodes.container)
                and node.parent.get("mime_type")):
            node = node.parent
        parent = node.parent
        parent.remove(node)
        # myst-nb wraps each output in its own container
        while isinstance(parent, nodes.container) and not parent.children:
            grandparent = parent.parent
            grandparent.remove(parent)
            parent = grandparent


def setup(app):
    app.add_config_value(
        "figure_text_path",
        str(Path(app.confdir) / "docs" / "_data" / "figure_text.yaml"), "env")
    app.connect("config-inited", configure_kernel)
    # before Sphinx's image collector (500) registers the files to copy
    app.connect("doctree-read", keep_page_language, priority=400)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
