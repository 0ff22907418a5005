"""The Chinese site speaks Simplified Chinese: interface, figures, search.

Checks the built pages (the `site` fixture builds both languages once).
"""

import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
import snowballstemmer
import yaml

ROOT = Path(__file__).parent.parent
PAGES = sorted(p.stem for p in (ROOT / "docs" / "zh_CN").glob("*.md"))
GLOSSARY = yaml.safe_load(
    (ROOT / "docs" / "_data" / "glossary.yaml").read_text(encoding="utf-8"))

# What the themes and extensions show in English unless translated; each
# must be gone from every Chinese page.
ENGLISH_INTERFACE = [
    "System Settings", "Color mode", "Search...", "Show code cell source",
    "Hide code cell source", "Link to this heading",
    "Toggle primary sidebar", "Toggle secondary sidebar",
    "The cnn-layers-docs contributors", "© Copyright", "Print to PDF",
    "Download this page", "On this page", "Back to top",
    "Skip to main content",
]
# Traditional wording that upstream Chinese catalogs use.
TRADITIONAL = ["列印", "檔案", "搜尋", "頁面", "設定", "網頁", "資料"]


class Interface(HTMLParser):
    """Text and the attributes a reader sees or hears, outside the article's
    code, outputs and math (which are in English on purpose)."""

    SKIP_CLASSES = ("highlight", "cell_output", "math", "pre")
    ATTRIBUTES = ("title", "aria-label", "placeholder", "alt",
                  "data-bs-title")

    def __init__(self):
        super().__init__()
        self.open = []
        self.seen = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = attrs.get("class") or ""
        skip = tag in ("script", "style", "pre", "code") or any(
            name in classes for name in self.SKIP_CLASSES)
        if tag not in ("meta", "link", "img", "input", "br", "hr"):
            self.open.append((tag, skip))
        if not self.skipping:
            self.seen += [value for name, value in attrs.items()
                          if name in self.ATTRIBUTES and value]

    def handle_endtag(self, tag):
        while self.open:
            name, _ = self.open.pop()
            if name == tag:
                break

    @property
    def skipping(self):
        return any(skip for _, skip in self.open)

    def handle_data(self, data):
        if not self.skipping and data.strip():
            self.seen.append(data.strip())


def interface_text(path):
    parser = Interface()
    parser.feed(path.read_text(encoding="utf-8"))
    return "\n".join(parser.seen)


@pytest.mark.parametrize("page", [*PAGES, "search", "genindex"])
def test_chinese_interface_has_no_english_or_traditional_wording(site, page):
    html, _ = site
    text = interface_text(html / "zh_CN" / f"{page}.html")
    found = [s for s in ENGLISH_INTERFACE + TRADITIONAL if s in text]
    assert not found, f"zh_CN/{page}.html shows {found}"


def test_chinese_search_messages_are_translated(site):
    """The search page's status line comes from translations.js."""
    html, _ = site
    script = (html / "zh_CN" / "_static" / "translations.js").read_text(
        encoding="utf-8")
    catalog = json.loads(script[script.index("(") + 1:script.rindex(")")])
    found = catalog["messages"][
        "Search finished, found one page matching the search query."]
    assert found == ["搜索完成，找到 ${resultCount} 个匹配的页面。"]


def test_english_interface_stays_english(site):
    html, _ = site
    text = interface_text(html / "en" / "batchnorm2d.html")
    assert "System Settings" in text and "Toggle primary sidebar" in text


def images(path):
    """(src, alt) of each PNG image of the page."""
    found = []
    for tag in re.findall(r"<img [^>]*>", path.read_text(encoding="utf-8")):
        src = re.search(r'src="([^"]+\.png)"', tag)
        alt = re.search(r'alt="([^"]*)"', tag)
        if src:
            found.append((src.group(1), alt.group(1) if alt else ""))
    return found


@pytest.mark.parametrize("page", ["adaptive_avg_pool2d", "batchnorm2d",
                                  "conv2d"])
def test_each_page_shows_figures_in_its_language(site, page):
    from PIL import Image

    html, _ = site
    counts = {}
    for language in ("en", "zh_CN"):
        shown = images(html / language / f"{page}.html")
        assert shown, f"{language}/{page}.html shows no figure"
        for src, alt in shown:
            with Image.open(html / language / src) as image:
                assert image.text["Language"] == language, src
            assert alt and not alt.endswith(".png"), f"{src}: alt {alt!r}"
            if language == "zh_CN":
                assert re.search("[\u4e00-\u9fff]", alt), alt
        counts[language] = len(shown)
    assert counts["en"] == counts["zh_CN"]


@pytest.mark.parametrize("page", PAGES)
def test_no_page_shows_a_figure_text_fallback(site, page):
    """The other language's figure goes with its "<Figure (en)>" text,
    and the page's own figure shows as an image, not as that text."""
    html, _ = site
    for language in ("en", "zh_CN"):
        text = (html / language / f"{page}.html").read_text(encoding="utf-8")
        assert "&lt;Figure (" not in text, f"{language}/{page}.html"


def test_chinese_alt_text_joins_titles_with_a_full_width_semicolon(site):
    html, _ = site
    alts = [alt for page in PAGES
            for _, alt in images(html / "zh_CN" / f"{page}.html")]
    assert any("；" in alt for alt in alts), alts
    assert not any("; " in alt for alt in alts), alts


def test_execution_table_speaks_each_language_in_words(site):
    """myst-nb's table of executed pages: headers in the page's language,
    and its status in words, not glyphs that many fonts lack."""
    html, _ = site
    for language, words in [("en", ["Document", "Status", "succeeded"]),
                            ("zh_CN", ["页面", "状态", "成功", "缓存"])]:
        text = (html / language / "environment.html").read_text()
        table = text[text.index("<table"):text.index("</table>")]
        for word in words:
            assert re.search(rf"<t[hd][^>]*>{word}</t[hd]>", table), (
                language, word)  # a cell of its own
        assert "✅" not in table and "❌" not in table, language
        if language == "zh_CN":
            assert "Document" not in table and "Run Time" not in table


def test_chinese_figure_without_cjk_font_warns_on_stderr(snippet_env):
    """Without the font the backend registers, matplotlib writes "Glyph ...
    missing from font" to stderr, which fails the build (drift guard)."""
    draw = ("import matplotlib.pyplot as plt\n"
            "fig, ax = plt.subplots()\n"
            "ax.set_title('批量归一化')\n"
            "fig.savefig('/dev/null', format='png')\n")
    plain = subprocess.run([sys.executable, "-c", draw], capture_output=True,
                           text=True, env=snippet_env)
    assert "missing from font" in plain.stderr
    with_backend = subprocess.run(
        [sys.executable, "-c", "import figure_backend\n" + draw],
        capture_output=True, text=True,
        env=dict(snippet_env, PYTHONPATH=str(ROOT / "docs" / "_ext")))
    assert with_backend.returncode == 0, with_backend.stderr
    assert with_backend.stderr == ""


def test_chinese_y_labels_stand_upright_only_while_drawn(snippet_env):
    """In the Chinese image a y-axis label in Chinese reads top to bottom,
    each character upright; the figure itself, and with it the English
    image and the recorded summary, keeps the label as drawn."""
    draw = """
import matplotlib.pyplot as plt
import figure_backend as backend
fig, (a, b) = plt.subplots(1, 2)
a.set_ylabel("差值 × 1e-4")
b.set_ylabel("|PyTorch - Paddle|")
seen = []
fig.savefig = lambda *args, **kwargs: seen.append(
    [(ax.yaxis.label.get_text(), ax.yaxis.label.get_rotation())
     for ax in fig.axes])
backend.render(fig, "zh_CN")
backend.render(fig, "en")
print(seen)
print([(ax.get_ylabel(), ax.yaxis.label.get_rotation(),
        ax.yaxis.label.get_va()) for ax in fig.axes])
"""
    result = subprocess.run(
        [sys.executable, "-c", draw], capture_output=True, text=True,
        env=dict(snippet_env, PYTHONPATH=str(ROOT / "docs" / "_ext")))
    assert result.returncode == 0, result.stderr
    drawn, after = result.stdout.splitlines()
    assert drawn == str([
        [("差\n值\n×\n1e-4", 0.0), ("|PyTorch - Paddle|", 90.0)],
        [("差值 × 1e-4", 90.0), ("|PyTorch - Paddle|", 90.0)]])
    assert after == str([("差值 × 1e-4", 90.0, "bottom"),
                         ("|PyTorch - Paddle|", 90.0, "bottom")])


def search_index(html):
    script = (html / "zh_CN" / "searchindex.js").read_text(encoding="utf-8")
    return json.loads(script[script.index("(") + 1:script.rindex(")")])


def pages_found(index, word):
    """The pages that searchtools.js finds for one word: text or titles."""
    found = set()
    for key in ("terms", "titleterms"):
        hits = index[key].get(word, [])
        found |= {index["docnames"][i]
                  for i in ([hits] if isinstance(hits, int) else hits)}
    return found


def page_text(path):
    """A Chinese page's prose and headings, as the indexer sees them."""
    text = path.read_text(encoding="utf-8")
    return re.sub(r"```.*?```", "", text, flags=re.S)


def query_words(query):
    """The words searchtools.js looks up for a query on the Chinese site:
    split at spaces, a Latin word lower-cased and stemmed (Sphinx's zh
    search stems Latin with the English Porter stemmer: logits -> logit)."""
    stemmer = snowballstemmer.stemmer("english")
    return [stemmer.stemWord(w.lower()) if re.search("[A-Za-z]", w) else w
            for w in query.split()]


@pytest.mark.parametrize("term", [t["zh"] for t in GLOSSARY["terms"]])
def test_search_finds_every_page_that_uses_a_glossary_term(site, term):
    html, _ = site
    index = search_index(html)
    found = set.intersection(*(pages_found(index, word)
                               for word in query_words(term)))
    using = {page for page in PAGES
             if term in page_text(ROOT / "docs" / "zh_CN" / f"{page}.md")}
    assert using <= found, f"{term!r} not found on {sorted(using - found)}"


@pytest.mark.parametrize("query", ["自适应", "池化", "自适应池化"])
def test_search_for_pooling_finds_errata_and_pool_page(site, query):
    html, _ = site
    index = search_index(html)
    pages = pages_found(index, query)
    assert {"errata", "adaptive_avg_pool2d"} <= pages, (query, pages)


# Latin that a Chinese table of measurements keeps: units, names of tools,
# page lists (['conv2d.md']) and inline code.
KEPT_LATIN = re.compile(r"\x00\d+\x00|\[[^\]]*\]|\b(GB|SQLite|RSS|PSS|Python|"
                        r"Linux|x86_64|torch|paddle|Sphinx|cpu)\b")


def test_bench_tables_have_chinese_for_every_cell():
    """The tables of docs/_bench/ (English, by tests/bench.py) and the line
    under each read in Chinese through sphinx.po's messages with fields;
    no build needed."""
    sys.path.insert(0, str(ROOT / "docs" / "_ext"))
    from babel.messages.pofile import read_po
    from interface_language import CODE, Messages
    with open(ROOT / "docs/locales/zh_CN/LC_MESSAGES/sphinx.po", "rb") as po:
        messages = Messages({m.id: m.string for m in read_po(po)
                             if m.id and isinstance(m.id, str)})
    left = []
    for path in sorted((ROOT / "docs" / "_bench").glob("*.md")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or set(line) <= set("|-"):
                continue
            cells = line.strip("|").split(" | ") if line.startswith("|") \
                else [line]
            for cell in cells:
                codes = iter(range(100))
                text = re.sub(r"`[^`]*`", lambda _: CODE.format(next(codes)),
                              cell.strip())
                if text.startswith(CODE.format(0)) and text.endswith("\x00"):
                    continue  # a test's name, a command
                said = messages.say(text) or text
                if re.search("[A-Za-z]", KEPT_LATIN.sub("", said)):
                    left.append(f"{path.name}: {cell.strip()!r} -> {said!r}")
    assert not left, "\n".join(left)


def test_bench_tables_speak_each_language(site):
    """The post-transform translates the built tables on the Chinese site
    only, and the line of facts under them."""
    html, _ = site
    en = (html / "en" / "about_build.html").read_text(encoding="utf-8")
    zh = (html / "zh_CN" / "about_build.html").read_text(encoding="utf-8")
    def cell(words):  # a table cell of these words alone
        return re.compile(rf"<t[hd][^>]*>{words}</t[hd]>")
    assert cell("measure").search(en)
    assert cell("cold bilingual build").search(en)
    for english, chinese in [("measure", "测量项"), ("slowest tests",
                             "最慢的测试"), ("peak memory", "峰值内存")]:
        assert cell(chinese).search(zh) and not cell(english).search(zh)
    assert "，提交 <code" in zh and ", commit <code" not in zh
