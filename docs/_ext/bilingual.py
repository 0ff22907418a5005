"""One site in two languages, built as one Sphinx project per language.

- Sets the per-language title.
- Gives every page a link to the same page in the other language, locally
  (``../zh_CN/page.html``) and on Read the Docs (``/zh-cn/<version>/page.html``).
- Checks that both language trees hold the same pages with the same code
  cells, so that both show the same outputs and share one execution, and
  the same sections in the same order, so that the language switch
  (``docs/_static/lang_switch.js``) can keep the reader's section.
- Keeps myst-nb's executed notebooks of each language apart.
- Joins Chinese lines: a line break in the source between two Chinese
  characters would otherwise show as a space.
"""

import os
import re
from pathlib import Path

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform

from snippet_pages import SnippetError, read_page
from sphinx.util import logging

logger = logging.getLogger(__name__)


def other_language(config):
    (other,) = set(config.bilingual_languages) - {config.language}
    return other


def set_title(app, config):
    if config.language not in config.bilingual_languages:
        raise ValueError(
            f"language {config.language!r} is not one of "
            f"{sorted(config.bilingual_languages)} (bilingual_languages)"
        )
    config.html_title = config.bilingual_titles[config.language]
    # the 404 page is served at any depth: its links must be absolute
    config.notfound_urls_prefix = f"/{url_prefix(config)}"


def url_prefix(config, language=None):
    """Where a language's pages live, from the root of the host."""
    language = language or config.language
    if os.environ.get("READTHEDOCS") == "True":
        version = os.environ.get("READTHEDOCS_VERSION", "latest")
        return f"{config.bilingual_rtd_slugs[language]}/{version}/"
    return f"{language}/"


def code_cells(path, source=None):
    """The code cells of a page as myst-nb reads them: source and options."""
    notebook = read_page(path, source)
    kernel = notebook.metadata.get("kernelspec", {}).get("name")
    cells = [
        (cell.source, dict(cell.metadata))
        for cell in notebook.cells
        if cell.cell_type == "code"
    ]
    return kernel, cells


FENCE = re.compile(r"^\s*(`{3,}|~{3,}|:{3,})")
HEADING = re.compile(r"^(#{1,6})\s+(.*)")


def headings(path, source=None):
    """(level, text) of each heading of a page, outside fenced blocks."""
    found, fence = [], None
    for cell in read_page(path, source).cells:
        if cell.cell_type != "markdown":
            continue
        for line in cell.source.splitlines():
            marker = FENCE.match(line)
            if fence and marker and marker[1].startswith(fence):
                fence = None
            elif not fence and marker:
                fence = marker[1]
            elif not fence and (heading := HEADING.match(line)):
                found.append((len(heading[1]), heading[2].strip()))
    return found


def first_heading_difference(here, there):
    for number, (a, b) in enumerate(zip(here, there), start=1):
        if a[0] != b[0]:
            return (f"heading {number} {a[1]!r} is level {a[0]}, its "
                    f"counterpart {b[1]!r} level {b[0]}")
    if len(here) != len(there):
        return f"{len(here)} headings vs {len(there)}"
    return None


def first_difference(here, there):
    (kernel_a, cells_a), (kernel_b, cells_b) = here, there
    if kernel_a != kernel_b:
        return f"kernel {kernel_a!r} vs {kernel_b!r}"
    for number, (a, b) in enumerate(zip(cells_a, cells_b), start=1):
        if a != b:
            name = a[1].get("load") or "inline code"
            return f"code cell {number} ({name}) differs"
    if len(cells_a) != len(cells_b):
        return f"{len(cells_a)} code cells vs {len(cells_b)}"
    return None


def pages(tree, app):
    """The source files of a tree, in every format Sphinx reads."""
    return sorted(path for path in tree.rglob("*")
                  if path.suffix in app.config.source_suffix
                  and not path.name.startswith("."))


def check_pages_exist(app):
    """Both trees hold the same pages."""
    here = Path(app.srcdir)
    there = here.parent / other_language(app.config)
    for tree, other_tree in [(here, there), (there, here)]:
        for page in pages(tree, app):
            counterpart = other_tree / page.relative_to(tree)
            if not counterpart.exists():
                logger.warning(
                    f"{page}: page has no {other_tree.name} counterpart: "
                    f"create {counterpart} with the same code cells and "
                    "prose in that language",
                    type="bilingual",
                )


def check_same_cells(app, docname, source):
    """Each page loads the same snippets as its counterpart, in the same
    order. Checked when a page is read, that is when it changed."""
    page = Path(app.env.doc2path(docname))
    srcdir = Path(app.srcdir)
    counterpart = (srcdir.parent / other_language(app.config)
                   / page.relative_to(srcdir))
    if page.suffix != ".md" or not counterpart.exists():
        return  # a missing counterpart is reported by check_pages_exist
    try:
        here = code_cells(page, source[0])
    except SnippetError:
        return  # snippet_pages reports it on this page
    try:
        there = code_cells(counterpart)
    except SnippetError:
        return  # the counterpart's own build reports it, on that page
    diff = first_difference(here, there)
    if diff:
        logger.warning(
            f"code cells differ from {counterpart}: {diff}; both languages "
            "must load the same snippets in the same order",
            location=docname,
            type="bilingual",
        )
    diff = first_heading_difference(headings(page, source[0]),
                                    headings(counterpart))
    if diff:
        logger.warning(
            f"sections differ from {counterpart}: {diff}; both languages "
            "must have the same sections in the same order (the language "
            "switch keeps the reader's section by its position)",
            location=docname,
            type="bilingual",
        )


# A line break shows as a space: drop it after full-width punctuation, and
# between two Chinese characters.
PUNCTUATION = "\u3000-\u303f\uff00-\uffef"
CHINESE = PUNCTUATION + "\u3400-\u4dbf\u4e00-\u9fff"
BREAK = re.compile(f"(?<=[{PUNCTUATION}])\n|(?<=[{CHINESE}])\n(?=[{CHINESE}])")


class JoinChineseLines(SphinxPostTransform):
    """Join the source lines of Chinese paragraphs.

    MyST keeps a line break inside a paragraph as text, often a text node of
    its own, so each break is judged with the characters around it, in the
    neighbouring nodes too. It runs last, on the page as it is written,
    after glued values and other pending content have been filled in."""

    default_priority = 999

    def run(self):
        if not self.config.language.startswith("zh"):
            return
        for text in list(self.document.findall(nodes.Text)):
            parent = text.parent
            if "\n" not in text or isinstance(
                parent, (nodes.literal_block, nodes.math_block, nodes.raw)
            ):
                continue
            # by identity: Text nodes are strings, and equal ones abound
            index = next(i for i, c in enumerate(parent.children) if c is text)
            before = parent[index - 1].astext()[-1:] if index else ""
            after = (parent[index + 1].astext()[:1]
                     if index + 1 < len(parent) else "")
            joined = BREAK.sub("", before + text + after)
            joined = joined[len(before):len(joined) - len(after)]
            if joined != text:
                parent[index] = nodes.Text(joined)


def separate_notebook_folders(app):
    """myst-nb writes notebooks and figures next to the HTML folder, where
    both languages would share them; keep them with each language's doctrees.
    """
    folder = Path(app.doctreedir) / "jupyter_execute"
    config = app.env.mystnb_config
    app.env.mystnb_config = config.copy(output_folder=str(folder))


def add_switch_link(app, pagename, templatename, context, doctree):
    config = app.config
    other = other_language(config)
    if pagename == config.notfound_pagename:
        # served at any depth, and it has no counterpart: the other home page
        href = f"/{url_prefix(config, other)}index.html"
    else:
        # up from this page to the host root, then into the other language
        up = "../" * (pagename.count("/") + url_prefix(config).count("/"))
        href = f"{up}{url_prefix(config, other)}{pagename}.html"
    context["language_switch"] = {
        "href": href,
        "label": config.bilingual_languages[other],
        "lang": other.replace("_", "-"),
    }


def setup(app):
    app.add_config_value("bilingual_languages", {}, "env", dict)
    app.add_config_value("bilingual_titles", {}, "html", dict)
    app.add_config_value("bilingual_rtd_slugs", {}, "html", dict)
    app.connect("config-inited", set_title)
    app.connect("builder-inited", check_pages_exist)
    # before provenance.py appends its cell to the page
    app.connect("source-read", check_same_cells, priority=50)
    # after myst-nb has set its output folder (default priority 500)
    app.connect("builder-inited", separate_notebook_folders, priority=900)
    app.connect("html-page-context", add_switch_link)
    app.add_post_transform(JoinChineseLines)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
