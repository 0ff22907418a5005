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
- The tables of "About this build" (``docs/_bench/*.md``, written in
  English by ``tests/bench.py``) and the line of facts under each: a
  post-transform gives their words in the page's language, through the same
  catalog. Their cells hold numbers and names, so a message may have
  fields: ``msgid "cold build / {pages} pages (each in two languages)"``
  matches any text of that form, and its ``msgstr`` says it with the same
  fields, each field's text translated in turn. Inline code is kept as it
  is, wherever the field puts it.
- Settings that are text, not catalog entries (``interface_settings`` in
  conf.py: the search box, myst-nb's show/hide prompts, the author line).

The generated ``.mo`` and ``.js`` files are build products, not committed.
"""

import json
import re
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
    app.interface_messages = {}
    for catalog in catalogs(app, config):
        if catalog.domain == "sphinx":
            write_search_messages(catalog, config.language)
            app.interface_messages = read_messages(catalog, config.language)
            continue
        if catalog.is_outdated():
            catalog.write_mo(config.language)
        app.add_message_catalog(catalog.domain,
                                str(Path(catalog.base_dir).parent.parent))


def read_messages(catalog, language):
    """{msgid: msgstr} of a catalog's translated singular messages."""
    with open(catalog.po_path, "rb") as po:
        return {m.id: m.string for m in read_po(po, locale=language)
                if m.id and m.string and isinstance(m.id, str)}


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


# tests/bench.py: the header rows of its tables
BENCH_HEADERS = [["measure", "median", "detail", "target", "verdict"],
                 ["measure", "value", "target", "verdict"],
                 ["slowest tests", "seconds"]]
FIELD = re.compile(r"\{(\w+)\}")
CODE = "\x00{}\x00"  # stands for the inline code node of that number


class Messages:
    """A catalog's messages, with fields, applied to whole texts."""

    def __init__(self, messages):
        self.exact = {k: v for k, v in messages.items() if "{" not in k}
        forms = [k for k in messages if FIELD.search(k)]
        # the most specific form first: the most text outside its fields
        forms.sort(key=lambda k: -len(FIELD.sub("", k)))
        self.forms = [(re.compile("".join(
            f"(?P<{part}>.+?)" if number % 2 else re.escape(part)
            for number, part in enumerate(FIELD.split(k))) + r"\Z", re.S),
            messages[k]) for k in forms]

    def say(self, text):
        """The text in the catalog's language, or None."""
        if text in self.exact:
            return self.exact[text]
        for form, said in self.forms:
            if found := form.match(text):
                return said.format(**{name: self.say(value) or value
                                      for name, value in
                                      found.groupdict().items()})
        if ", " in text:  # a list: each item
            items = [self.say(item) for item in text.split(", ")]
            if any(items):
                return "，".join(item or original for item, original in
                                zip(items, text.split(", ")))
        return None


def translate_paragraph(paragraph, messages):
    """Say a paragraph of text and inline code in the catalog's language,
    the code kept as it is."""
    parts = list(paragraph.children)
    if not all(isinstance(p, (nodes.Text, nodes.literal)) for p in parts):
        return
    text = "".join(str(p) if isinstance(p, nodes.Text) else CODE.format(n)
                   for n, p in enumerate(parts))
    said = messages.say(text)
    if said is None:
        return
    paragraph.clear()
    for number, piece in enumerate(said.split("\x00")):
        if number % 2:
            paragraph += parts[int(piece)]
        elif piece:
            paragraph += nodes.Text(piece)


class TranslateBenchTables(SphinxPostTransform):
    """Words in the page's language for the tables of tests/bench.py."""

    default_priority = 9

    def run(self, **kwargs):
        messages = getattr(self.app, "interface_messages", None)
        if not messages:
            return
        messages = Messages(messages)
        for table in list(self.document.findall(nodes.table)):
            head = [p.astext() for row in table.findall(nodes.thead)
                    for p in row.findall(nodes.paragraph)]
            if head not in BENCH_HEADERS:
                continue
            paragraphs = list(table.findall(nodes.paragraph))
            after = table.next_node(descend=False, siblings=True)
            if isinstance(after, nodes.paragraph):  # the line of facts
                paragraphs.append(after)
            for paragraph in paragraphs:
                translate_paragraph(paragraph, messages)


def setup(app):
    app.add_post_transform(TranslateExecTable)
    app.add_post_transform(TranslateBenchTables)
    app.add_config_value("interface_settings", {}, "html")
    # before the theme's setup, which adds the theme's own catalogs
    app.connect("config-inited", compile_catalogs, priority=100)
    app.connect("config-inited", apply_settings, priority=100)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
