"""Serve MathJax from the site itself: no page loads anything from a CDN.

The sphinx-mathjax-offline package ships MathJax 3; its own extension copies
all 24 MB of it into every build. One file is enough: ``tex-svg.js`` carries
the TeX input and the SVG output with its glyphs, and needs no font files.
conf.py points ``mathjax_path`` at it.
"""

import shutil
from importlib.util import find_spec
from pathlib import Path

MATHJAX = Path(find_spec("sphinx-mathjax-offline").origin).parent / "static/mathjax"


def copy_mathjax(app, exception):
    if exception is None and app.builder.format == "html":
        target = Path(app.outdir) / "_static" / "mathjax"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy(MATHJAX / "tex-svg.js", target)


def setup(app):
    app.connect("build-finished", copy_mathjax)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
