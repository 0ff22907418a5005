"""Sphinx configuration shared by both languages.

Each language is its own build: ``-D language=zh_CN`` with ``docs/zh_CN`` as the
source folder (see noxfile.py and .readthedocs.yaml).
"""

import hashlib
import importlib.metadata
import os
import sys
from pathlib import Path

ROOT = Path(__file__).parent.resolve()
ON_RTD = os.environ.get("READTHEDOCS") == "True"
sys.path.insert(0, str(ROOT / "docs" / "_ext"))

# What every kernel inherits: no ccache warning, one thread, and the
# libraries' kernel choices pinned so that rounding is the same on every
# machine (docs/_ext/kernel_env.py says which and why).
from kernel_env import KERNEL_ENV  # noqa: E402

os.environ.update(KERNEL_ENV)
# Snippets run in a temporary folder and must not write into the project
# (docs/_ext/kernel_guard.py makes such a write fail); an import does not try
# to leave bytecode next to the sources either.
os.environ["DRIFT_GUARD_ROOT"] = str(ROOT)
os.environ["PYTHONDONTWRITEBYTECODE"] = "1"
# Snippets import the helper modules under snippets/ by name.
os.environ["PYTHONPATH"] = os.pathsep.join(
    [str(ROOT / "snippets"), *filter(None, [os.environ.get("PYTHONPATH")])])

# -- Project ------------------------------------------------------------------
# https://www.sphinx-doc.org/en/master/usage/configuration.html#project-information

project = "CNN layers: PyTorch and PaddlePaddle"
author = "The cnn-layers-docs contributors"
copyright = "2026, " + author
language = "en"

# -- General ------------------------------------------------------------------
# https://www.sphinx-doc.org/en/master/usage/configuration.html#general-configuration

extensions = [
    "myst_nb",
    "sphinx_design",
    "sphinx_copybutton",
    "notfound.extension",
    "bilingual",
    "framework_tabs",
    "offline_math",
    "math_check",
    "provenance",
    "code_comments",
    "downloads",
    "snippet_pages",
    "drift_guard",
    "figure_languages",
    "glossary",
    "interface_language",
    "accessible_cells",
    "line_breaks",
    "parallel_read",
    "kernel_fork",
    "faults",
    "paddle_releases",
    "api_links",
    "lean_highlight",
    "lean_tables",
]
templates_path = ["docs/_templates"]
exclude_patterns = []
nitpicky = True

# -- Bilingual site (docs/_ext/bilingual.py) ----------------------------------

bilingual_languages = {"en": "English", "zh_CN": "简体中文"}
bilingual_titles = {
    "en": "CNN layers in PyTorch and PaddlePaddle",
    "zh_CN": "PyTorch 与飞桨的 CNN 层对照",
}
# On Read the Docs each language is its own project, served under
# /<language slug>/<version>/; locally the languages are sibling folders.
bilingual_rtd_slugs = {"en": "en", "zh_CN": "zh-cn"}

# -- Versions note on every executed page (docs/_ext/provenance.py) --------

provenance_note = {
    "en": "Every output on this page was computed when the site was built, "
    "with torch {glue:text}`torch_version`, paddle {glue:text}`paddle_version` and "
    "numpy {glue:text}`numpy_version`. Which other Paddle releases it holds "
    "for (the Paddle releases page) was last run on {releases-made}`date`.",
    "zh_CN": "本页的全部输出都在构建网站时实际运行得出，所用版本为 "
    "torch {glue:text}`torch_version`、paddle {glue:text}`paddle_version` 和 "
    "numpy {glue:text}`numpy_version`。在其他飞桨版本上是否成立，最近一次于 "
    "{releases-made}`date` 运行（见“飞桨各版本”一页）。",
}

# -- Paddle releases (docs/_ext/paddle_releases.py) ---------------------------

# Written by `nox -s versions`; the build reads it and never re-runs it.
paddle_releases_path = str(ROOT / "docs" / "_data" / "paddle_releases.json")

# -- Official documentation links (docs/_ext/api_links.py) -------------------

# Per layer page, the PyTorch and Paddle APIs it teaches and its d2l
# chapters; the links take the installed versions.
api_links_path = str(ROOT / "docs" / "_data" / "api_links.yaml")

# -- Interface language (docs/_ext/interface_language.py) ---------------------
# https://www.sphinx-doc.org/en/master/usage/configuration.html#options-for-internationalisation

# Our catalogs come first: Simplified Chinese for what Sphinx and the themes
# leave in English or say in Traditional wording.
locale_dirs = [str(ROOT / "docs" / "locales")]
# Interface text that is a setting, not a catalog entry. English keeps the
# defaults. The cells that hide their input are the only folded ones, so the
# prompts need not name what they fold.
interface_settings = {
    "zh_CN": {
        "html_theme_options": {"search_bar_text": "搜索本站……"},
        "nb_code_prompt_show": "显示代码",
        "nb_code_prompt_hide": "隐藏代码",
        "author": "本站贡献者",
        "framework_labels": {"pytorch": "PyTorch", "paddle": "飞桨"},
    },
}

# -- Glossary (docs/_ext/glossary.py) -----------------------------------------

# The site's terms: the glossary page, the Chinese search dictionary (jieba
# keeps each term whole in the index) and tests/test_glossary.py read it.
glossary_path = str(ROOT / "docs" / "_data" / "glossary.yaml")

# -- Code comments (docs/_ext/code_comments.py) ------------------------------

# The Chinese site shows the snippets' comments and docstrings in Chinese,
# from docs/_data/code_comments.yaml; False shows them in English.
code_comments = True

# -- Drift guard (docs/_ext/drift_guard.py) ----------------------------------

drift_expected_dir = str(ROOT / "docs" / "_expected")
drift_accept = False  # `nox -s accept` sets it to re-record the outputs

# -- MyST and MyST-NB ---------------------------------------------------------
# https://myst-nb.readthedocs.io/en/latest/configuration.html

myst_enable_extensions = ["dollarmath", "amsmath", "colon_fence"]
myst_heading_anchors = 3
nb_execution_mode = "cache"
# Keyed by what is installed, resolved versions included (a new pin, or a
# package installed by hand), by the kernel's figure backend, which the
# snippets do not load, and by the kernel settings at the top of this file:
# a change to any of them re-executes every page.
# (drift_guard.py adds the helper and data files the snippets read.)
_key = hashlib.sha256("\n".join(sorted(
    f"{d.metadata['Name']}=={d.version}"
    for d in importlib.metadata.distributions())).encode())
_key.update((ROOT / "docs" / "_ext" / "figure_backend.py").read_bytes())
for _setting in sorted(KERNEL_ENV):
    _key.update(f"{_setting}={os.environ[_setting]}".encode())
nb_execution_cache_path = str(
    ROOT / "_build" / ".jupyter_cache" / _key.hexdigest()[:12])
# A snippet that writes a file by a relative path writes it there, never
# next to the sources.
nb_execution_in_temp = True
# Errors are kept in the notebook so that drift_guard can name the snippet.
nb_execution_allow_errors = True
# The slowest page runs in a few seconds on a 2-core machine; a cell still
# running after this is a hang, not a slow computation.
nb_execution_timeout = 120
nb_execution_show_tb = True
# drift_guard reports any stderr, with the snippet that wrote it.
nb_output_stderr = "remove"
nb_merge_streams = True

# -- Math -------------------------------------------------------------------
# https://www.sphinx-doc.org/en/master/usage/extensions/math.html#module-sphinx.ext.mathjax

# A local copy (docs/_ext/offline_math.py): the site works offline and where
# CDNs are blocked.
mathjax_path = "mathjax/tex-svg.js"
# MathJax 3 makes every formula a Tab stop for its context menu (49 of the
# 170 Tab stops of the conv2d page): keyboard readers skip them; the menu
# stays on right-click, the assistive MathML for screen readers stays on.
mathjax3_config = {
    "options": {"menuOptions": {"settings": {"inTabOrder": False}}},
}

# -- HTML output --------------------------------------------------------------
# https://www.sphinx-doc.org/en/master/usage/configuration.html#options-for-html-output

html_theme = "sphinx_book_theme"
# Files, not the folder: docs/_static/screenshots/ is for the README only.
html_static_path = ["docs/_static/site.css",
                    "docs/_static/search_summary.js",
                    "docs/_static/lang_switch.js",
                    "docs/_static/mapping_filter.js",
                    "docs/_static/wide_math.js"]
html_theme_options = {
    "article_header_end": ["lang-switch", "article-header-buttons"],
    "use_download_button": True,
    "show_toc_level": 2,
    # pydata-sphinx-theme 0.20 adds a search bar above the book theme's
    # header unless told otherwise: the sidebar and the header have search.
    "navbar_persistent": [],
}
html_css_files = ["site.css"]
# mapping_filter.js does nothing on a page without the mapping's tables.
html_js_files = [("lang_switch.js", {"defer": "defer"}),
                 ("mapping_filter.js", {"defer": "defer"}),
                 ("wide_math.js", {"defer": "defer"})]
html_favicon = "docs/_static/favicon.svg"
html_context = {"default_mode": "auto"}  # follow the reader's system theme
html_copy_source = True

# -- Copy button --------------------------------------------------------------
# https://sphinx-copybutton.readthedocs.io/en/latest/use.html

# Only the code of executed cells, never their outputs.
copybutton_selector = "div.cell_input div.highlight pre"
