"""The site's glossary, from one data file (``docs/_data/glossary.yaml``).

- The ``site-glossary`` directive renders the terms as a definition list in
  the page's language: the term, the name in the other language, the short
  definition and, on the Chinese page, the words not to use. Each term's
  anchor is ``term-`` and its English name, the same in both languages.
- The page that teaches a term (``page``) gets a main index entry for the
  term and its other names (``aka``, ``en_aka``) in its language. Sphinx's
  search ranks a main index entry above any title or text match, so the
  search for a term, or for a name readers know from elsewhere, puts that
  page first; the index page lists them too.
- The Chinese search dictionary: before the search index is built, every
  Chinese term is written to a jieba dictionary, so that search keeps terms
  such as 自适应池化 whole (jieba's search mode indexes their parts too),
  and the Chinese search indexes every term a page contains, wherever
  jieba cuts.

``tests/test_glossary.py`` checks the Chinese pages against the same file.
"""

from pathlib import Path

import yaml
from docutils import nodes
from docutils.parsers.rst import Directive
from sphinx import addnodes
from sphinx.search.zh import SearchChinese
from sphinx.util import logging

logger = logging.getLogger(__name__)

# Above the frequencies of jieba's own dictionary, so that a term wins
# over a split into common words.
SEARCH_TERM_FREQUENCY = 20000
# what the Chinese page calls the words not to use
AVOID_LABEL = {"zh_CN": "避免使用"}
# what each glossary page calls a term's other names
AKA_LABEL = {"en": "Also called", "zh_CN": "也称"}
AKA_KEY = {"en": "en_aka", "zh_CN": "aka"}


class UniqueKeyLoader(yaml.SafeLoader):
    """PyYAML's safe loader, but a mapping that defines a key twice is an
    error (PyYAML would keep the last value silently)."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    "while reading a mapping", node.start_mark,
                    f"found the key {key!r} a second time",
                    key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep)


def load(path):
    """The glossary; a duplicate key raises ConstructorError."""
    return yaml.load(Path(path).read_text(encoding="utf-8"),
                     Loader=UniqueKeyLoader)


def anchor(term):
    return nodes.make_id("term-" + term["en"])


class SiteGlossary(Directive):
    """The glossary's terms, in the language of the page."""

    has_content = False

    def run(self):
        env = self.state.document.settings.env
        path = env.config.glossary_path
        env.note_dependency(path)
        language = env.config.language
        own, other = ("en", "zh") if language == "en" else ("zh", "en")
        entries = nodes.definition_list(classes=["site-glossary"])
        for term in load(path)["terms"]:
            item = nodes.definition_list_item()
            open_, close = ("（", "）") if own == "zh" else (" (", ")")
            name = nodes.term("", term[own], ids=[anchor(term)])
            name += nodes.Text(open_)
            name += nodes.inline("", term[other], classes=["other-language"])
            name += nodes.Text(close)
            definition = nodes.definition()
            definition += nodes.paragraph("", term[f"{own}_def"])
            if term.get(AKA_KEY.get(language)):
                separator = "、" if language == "zh_CN" else ", "
                colon = "：" if language == "zh_CN" else ": "
                names = separator.join(term[AKA_KEY[language]])
                definition += nodes.paragraph(
                    "", f"{AKA_LABEL[language]}{colon}{names}",
                    classes=["aka"])
            if language in AVOID_LABEL and term.get("avoid"):
                avoid = "、".join(term["avoid"])
                definition += nodes.paragraph(
                    "", f"{AVOID_LABEL[language]}：{avoid}",
                    classes=["avoid"])
            item += [name, definition]
            entries += item
        return [entries]


def names(term, language):
    """A term's name in the language, then its other names."""
    own = "zh" if language == "zh_CN" else "en"
    return [term[own], *term.get(AKA_KEY.get(language), [])]


def index_taught_terms(app, doctree):
    """Main index entries, on the page that teaches them, for each term and
    its other names."""
    docname = app.env.docname
    app.env.note_dependency(app.config.glossary_path)  # a term may move
    glossary = load(app.config.glossary_path)
    entries = [("single", name, "", "main", None)
               for term in glossary["terms"] if term.get("page") == docname
               for name in names(term, app.config.language)]
    if entries:
        index = addnodes.index(entries=entries)
        doctree.insert(0, index)


class GlossaryChinese(SearchChinese):
    """Chinese search that indexes every glossary term a text contains.

    jieba's search mode indexes only the 2- and 3-character parts of a long
    word (平均池化 is not found in 自适应平均池化), and may cut a term apart
    (自适应 / 池化层 in 自适应池化层).
    """

    terms = ()
    aliases = {}  # term -> other names: a page with the term is found by them

    def split(self, input):
        found = [t for t in self.terms if t in input]
        return (super().split(input) + found
                + [a for t in found for a in self.aliases.get(t, [])])


def search_dictionary(glossary):
    """jieba dictionary lines: ``word frequency tag``."""
    words = [name for term in glossary["terms"]
             for name in names(term, "zh_CN")]
    words += glossary.get("search_words", [])
    return "".join(f"{word} {SEARCH_TERM_FREQUENCY} n\n" for word in words)


def write_search_dictionary(app, config):
    """Feed the glossary's Chinese terms to the Chinese search index."""
    path = Path(config.glossary_path)
    if config.language != "zh_CN" or not path.is_file():
        return
    target = Path(app.doctreedir) / "search_terms.txt"
    target.parent.mkdir(parents=True, exist_ok=True)
    glossary = load(path)
    target.write_text(search_dictionary(glossary), encoding="utf-8")
    GlossaryChinese.terms = tuple(
        [term["zh"] for term in glossary["terms"]]
        + glossary.get("search_words", []))
    GlossaryChinese.aliases = {term["zh"]: term["aka"]
                               for term in glossary["terms"] if "aka" in term}
    config.html_search_options = dict(config.html_search_options or {},
                                      dict=str(target))


def setup(app):
    app.add_config_value("glossary_path", "", "env")
    app.add_directive("site-glossary", SiteGlossary)
    app.add_search_language(GlossaryChinese)
    app.connect("config-inited", write_search_dictionary)
    app.connect("doctree-read", index_taught_terms)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
