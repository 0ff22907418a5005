"""The interface of each site in its own language.

Translations go through the upstream mechanisms: Sphinx's message catalogs,
which the themes use too, with our catalogs first (``locale_dirs`` in
conf.py, ``docs/locales/<language>/LC_MESSAGES/``) for what upstream leaves
in English or says in Traditional wording.

- ``sphinx.po``: Sphinx compiles it to ``sphinx.mo`` itself when it changes
  (pydata-sphinx-theme's templates and ours use the same ``sphinx`` domain).
  From it and Sphinx's own catalog this extension writes ``sphinx.js``, the
  messages of the search page (Sphinx 8.2's catalog still has the old
  "page(s)" wording of the result count, so its translation never matches).
- Other domains (``booktheme.po``): compiled here with Sphinx's catalog
  compiler (babel underneath) and registered before the theme registers its
  own, so that ours take precedence.
- myst-nb's table of executed pages (``nb-exec-table``) has English headers
  and shows its status as ✅/❌, glyphs that many fonts lack. A post-transform
  after myst-nb's own gives it words, through the same catalog.
- Settings that are text, not catalog entries (``interface_settings`` in
  conf.py: the search box, myst-nb's show/hide prompts, the author line).

The generated ``.mo`` and ``.js`` files are build products, not committed.
"""

import json
from pathlib import Path

from babel.messages.pofile import read_po
from docutils import nodes
from sphinx.locale import get_translation
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util import logging
from sphinx.util.i18n import CatalogRepository

logger = logging.getLogger(__name__)
SPHINX_JS = Path(__import__("sphinx").__file__).parent / "locale"


def catalogs(app, config):
    repo = CatalogRepository(app.srcdir, config.locale_dirs, config.language,
                             config.source_encoding)
    return list(repo.catalogs)


def compile_catalogs(app, config):
    """Compile our catalogs that Sphinx does not, and put them first."""
    for catalog in catalogs(app, config):
        if catalog.domain == "sphinx":
            write_search_messages(catalog, config.language)
            continue
        if catalog.is_outdated():
            catalog.write_mo(config.language)
        app.add_message_catalog(catalog.domain,
                                str(Path(catalog.base_dir).parent.parent))


def write_search_messages(catalog, language):
    """sphinx.js next to sphinx.po: Sphinx's messages, then ours."""
    upstream = SPHINX_JS / language / "LC_MESSAGES" / "sphinx.js"
    data = {"messages": {}, "plural_expr": "0", "locale": language}
    if upstream.is_file():
        text = upstream.read_text(encoding="utf-8")
        data = json.loads(text[text.index("(") + 1:text.rindex(")")])
    with open(catalog.po_path, "rb") as po:
        for message in read_po(po, locale=language):
            if not message.id or not message.string:
                continue
            if isinstance(message.id, tuple):  # singular, plural
                data["messages"][message.id[0]] = list(message.string)
            else:
                data["messages"][message.id] = message.string
    target = Path(catalog.base_dir) / "sphinx.js"
    messages = json.dumps(data, ensure_ascii=False)
    target.write_text(f"Documentation.addTranslations({messages});\n",
                      encoding="utf-8")


def apply_settings(app, config):
    settings = config.interface_settings.get(config.language, {})
    for name, value in settings.items():
        if name == "html_theme_options":
            config.html_theme_options = {**config.html_theme_options, **value}
        else:
            setattr(config, name, value)
    if "author" in settings:
        year = config.copyright.split(",")[0]
        comma = "，" if config.language.startswith("zh") else ", "
        config.copyright = f"{year}{comma}{config.author}"


# myst_nb/ext/execution_tables.py: its headers and its status glyphs
EXEC_TABLE_HEADER = ["Document", "Modified", "Method", "Run Time (s)",
                     "Status"]
EXEC_TABLE_WORDS = {"✅": "succeeded", "❌": "failed", "cache": "cache"}


class TranslateExecTable(SphinxPostTransform):
    """Words in the page's language for myst-nb's table of executions."""

    default_priority = 9  # after myst-nb builds the table (8)

    def run(self, **kwargs):
        _ = get_translation("sphinx")
        for table in list(self.document.findall(nodes.table)):
            cells = [entry for row in table.findall(nodes.row)
                     for entry in row.findall(nodes.paragraph)]
            header = [p.astext() for p in cells[:len(EXEC_TABLE_HEADER)]]
            if header != EXEC_TABLE_HEADER:
                continue
            for paragraph in cells:
                for text in list(paragraph.findall(nodes.Text)):
                    word = str(text)
                    word = EXEC_TABLE_WORDS.get(word, word)
                    if word in EXEC_TABLE_HEADER or word in \
                            EXEC_TABLE_WORDS.values():
                        text.parent.replace(text, nodes.Text(_(word)))


def setup(app):
    app.add_post_transform(TranslateExecTable)
    app.add_config_value("interface_settings", {}, "html")
    # before the theme's setup, which adds the theme's own catalogs
    app.connect("config-inited", compile_catalogs, priority=100)
    app.connect("config-inited", apply_settings, priority=100)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
