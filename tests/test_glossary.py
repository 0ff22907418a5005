"""The Chinese pages follow the glossary (docs/_data/glossary.yaml).

Fast: reads the sources, builds nothing. Prose only: code blocks, math,
inline code and directive options are left out before checking.
"""

import re
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT / "docs" / "_ext"))

import glossary  # noqa: E402

GLOSSARY = glossary.load(ROOT / "docs" / "_data" / "glossary.yaml")
ENTRIES = GLOSSARY["terms"] + GLOSSARY.get("phrases", [])
# banned word -> the word to use; other names readers know (aka) are shown
# on the glossary page and found by search, but prose keeps one name
BANNED = {word: entry["zh"] for entry in ENTRIES
          for word in entry.get("avoid", []) + entry.get("aka", [])}
ZH_PAGES = sorted((ROOT / "docs" / "zh_CN").glob("*.md"))
CJK = "\u3400-\u9fff"


def blank(match):
    """Remove a match but keep its line breaks: line numbers stay right."""
    return "\n" * match.group(0).count("\n")


def prose(text):
    """The page's prose, line by line, without code, math or markup."""
    for pattern, flags in [
        (r"\A---\n.*?\n---\n", re.S),  # front matter
        (r"^(`{3,}|:{3,}).*?^\1\s*$", re.S | re.M),  # blocks, directives
        (r"\$\$.*?\$\$", re.S),
        (r"\$[^$\n]+\$", 0),
        (r"(\{[\w:-]+\})?`[^`\n]+`", 0),  # inline code and roles
        (r"<!--.*?-->", re.S),
        (r"\]\([^)]*\)", 0),  # link targets
    ]:
        text = re.sub(pattern, blank, text, flags=flags)
    return text.splitlines()


def lines_with(text, pattern):
    return [f"line {number}: {line.strip()}"
            for number, line in enumerate(prose(text), start=1)
            if re.search(pattern, line)]


def test_glossary_entries_are_complete_and_unique():
    for term in GLOSSARY["terms"]:
        missing = {"en", "zh", "en_def", "zh_def"} - term.keys()
        assert not missing, f"{term.get('en')}: no {sorted(missing)}"
    for key in ("en", "zh"):
        names = [entry[key] for entry in ENTRIES]
        assert len(names) == len(set(names)), f"a {key} name is repeated"
    for word, use in BANNED.items():
        assert word not in use, f"{word!r} is banned but part of {use!r}"
        assert not any(word in entry["zh"] for entry in ENTRIES), \
            f"{word!r} is banned but part of a glossary term"


def test_every_term_names_an_existing_page_that_teaches_it():
    pages = {p.stem for p in (ROOT / "docs" / "en").glob("*.md")}
    for term in GLOSSARY["terms"]:
        assert term.get("page") in pages, \
            f"{term['en']}: page {term.get('page')!r} is not a page of docs/en"


def test_prose_filter_keeps_prose_and_drops_code():
    text = ("用 `eval 模式` 和 $\\text{分箱}$ 说明\n```python\n# 抽头\n```\n"
            "正文里的抽头\n")
    assert "\n".join(prose(text)).count("抽头") == 1
    assert "分箱" not in "\n".join(prose(text))
    assert "eval 模式" not in "\n".join(prose(text))


@pytest.mark.parametrize("page", ZH_PAGES, ids=lambda p: p.name)
def test_chinese_page_uses_glossary_terms(page):
    text = page.read_text(encoding="utf-8")
    found = [f"{word!r} (use {use!r}) at {where}"
             for word, use in BANNED.items()
             for where in lines_with(text, re.escape(word))]
    assert not found, f"{page.relative_to(ROOT)}:\n" + "\n".join(found)


@pytest.mark.parametrize("page", ZH_PAGES, ids=lambda p: p.name)
def test_chinese_page_uses_full_width_punctuation(page):
    """A comma or a quote next to a Chinese character is full width."""
    text = page.read_text(encoding="utf-8")
    half_width = rf"[{CJK}]\s*[,\"]|[,\"]\s*[{CJK}]"
    found = lines_with(text, half_width)
    assert not found, (f"{page.relative_to(ROOT)}: use ，and “” in "
                       "Chinese text:\n" + "\n".join(found))


def chinese_strings_of_snippets():
    """Chinese text in snippets, such as the mapping table's labels."""
    for path in sorted((ROOT / "snippets").rglob("*.py")):
        for number, line in enumerate(
                path.read_text(encoding="utf-8").splitlines(), start=1):
            if re.search(f"[{CJK}]", line):
                yield f"{path.relative_to(ROOT)}:{number}", line


def chinese_figure_text():
    path = ROOT / "docs" / "_data" / "figure_text.yaml"
    table = glossary.load(path)
    for english, chinese in table.get("zh_CN", {}).items():
        yield f"{path.relative_to(ROOT)}: {english!r}", chinese


def chinese_code_comments():
    path = ROOT / "docs" / "_data" / "code_comments.yaml"
    table = yaml.safe_load(path.read_text(encoding="utf-8"))
    for english, chinese in (table.get("zh_CN") or {}).items():
        yield f"{path.relative_to(ROOT)}: {english!r}", chinese


def test_code_comments_use_full_width_punctuation():
    """As on the pages, but a comment has no inline-code markup: a quote
    set off by a space (data_format="NHWC" 得到) is code."""
    half_width = rf"[{CJK}][,\"]|[,\"][{CJK}]"
    found = [f"{where}: {chinese}" for where, chinese in chinese_code_comments()
             if re.search(half_width, chinese)]
    assert not found, "use ，and “” in Chinese text:\n" + "\n".join(found)


def test_snippets_figures_and_comments_use_glossary_terms():
    found = [f"{where}: {word!r} (use {use!r})"
             for where, text in [*chinese_strings_of_snippets(),
                                 *chinese_figure_text(),
                                 *chinese_code_comments()]
             for word, use in BANNED.items() if word in text]
    assert not found, "\n".join(found)


def test_a_key_defined_twice_is_refused_naming_the_key_and_line(tmp_path):
    path = tmp_path / "glossary.yaml"
    path.write_text("terms: []\nsearch_words: [a]\nterms: []\n",
                    encoding="utf-8")
    with pytest.raises(yaml.constructor.ConstructorError,
                       match=r"(?s)'terms' a second time.*line 3"):
        glossary.load(path)


def test_a_key_defined_twice_inside_a_term_is_refused(tmp_path):
    path = tmp_path / "glossary.yaml"
    path.write_text("terms:\n  - en: a\n    zh: 甲\n    en: b\n",
                    encoding="utf-8")
    with pytest.raises(yaml.constructor.ConstructorError,
                       match="'en' a second time"):
        glossary.load(path)
