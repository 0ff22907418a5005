"""The Chinese site shows the snippets' comments and docstrings in Chinese
(docs/_ext/code_comments.py, docs/_data/code_comments.yaml); the code, and
the English site, stay as written.

Fast: the extension's functions on the real snippets, no build; one build of
the small site of conftest for the failure of a missing entry.
"""

import ast
import io
import re
import sys
import tokenize
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT / "docs" / "_ext"))
from code_comments import (  # noqa: E402
    CATALOG, WIDTH, columns, load_catalog, missing_in_snippets, stubs,
    translate_source, unused, wrap)
from test_drift_guard import (  # noqa: E402
    assert_fails, assert_passes, failures)

TABLE, KEEP = load_catalog(ROOT / CATALOG)
SNIPPETS = sorted((ROOT / "snippets").rglob("*.py"))


def chinese(path):
    return translate_source(path.read_text(encoding="utf-8"), TABLE, KEEP)[0]


def test_every_comment_and_docstring_of_every_snippet_is_in_the_catalog():
    missing = missing_in_snippets(ROOT)
    assert not missing, (
        f"comments with no Chinese in {CATALOG} (run `python "
        "docs/_ext/code_comments.py --missing` for YAML stubs):\n" + "\n".join(
            f"{path}: {text!r}" for path, texts in missing.items()
            for text in texts))


def english_lines(source):
    """Every line of prose in the comments and docstrings, found without
    the extension: comment tokens, and docstring lines that are not
    indented code."""
    found = {" ".join(token.string.lstrip("#").split())
             for token in tokenize.generate_tokens(
                 io.StringIO(source).readline)
             if token.type == tokenize.COMMENT}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef,
                             ast.AsyncFunctionDef)):
            docstring = ast.get_docstring(node) or ""
            found |= {" ".join(line.split())
                      for line in docstring.splitlines()
                      if not line.startswith(" ")}
    return {line for line in found if re.search("[A-Za-z]", line)}


def test_no_english_comment_or_docstring_is_left_in_chinese_code():
    same = {english for english, chinese in TABLE.items()
            if " ".join(chinese.split()) == english} | KEEP
    left = {}
    for path in SNIPPETS:
        source = path.read_text(encoding="utf-8")
        english = english_lines(source) & english_lines(
            translate_source(source, TABLE, KEEP)[0])
        if english - same:
            left[path.relative_to(ROOT).as_posix()] = sorted(english - same)
    assert not left, "\n".join(f"{path}: {lines}"
                               for path, lines in left.items())


def test_every_catalog_entry_is_used():
    stale = unused(ROOT)
    assert not stale, ("entries no snippet has (`python docs/_ext/"
                       "code_comments.py --unused`):\n" + "\n".join(stale))


def test_missing_prints_yaml_stubs_to_fill_in(tmp_path):
    (tmp_path / "snippets" / "tiny").mkdir(parents=True)
    (tmp_path / "snippets" / "tiny" / "a.py").write_text(
        '"""Say: "hi"."""\nx = 1  # one\n# one\n', encoding="utf-8")
    (tmp_path / CATALOG).parent.mkdir(parents=True)
    (tmp_path / CATALOG).write_text("zh_CN:\n", encoding="utf-8")
    printed = stubs(tmp_path)
    assert printed.startswith("  # snippets/tiny/a.py\n")
    filled = [line if line.lstrip().startswith("#") else f"{line} 中文"
              for line in printed.splitlines()]
    (tmp_path / CATALOG).write_text("\n".join(["zh_CN:", *filled]),
                                    encoding="utf-8")
    assert load_catalog(tmp_path / CATALOG)[0] == {
        'Say: "hi".': "中文", "one": "中文"}
    assert not missing_in_snippets(tmp_path)


@pytest.mark.parametrize("path", SNIPPETS,
                         ids=lambda p: p.relative_to(ROOT).as_posix())
def test_translated_snippet_is_the_same_code_within_78_columns(path):
    source = path.read_text(encoding="utf-8")
    translated = chinese(path)
    # the same program: only comments and docstrings differ
    assert ast.dump(strip_docstrings(ast.parse(translated))) == ast.dump(
        strip_docstrings(ast.parse(source))), path
    width = max(map(columns, source.splitlines()), default=0)
    too_long = [line for line in translated.splitlines()
                if columns(line) > max(WIDTH, width)]
    assert not too_long, f"{path}: lines over {WIDTH} columns:\n" + \
        "\n".join(too_long)


def strip_docstrings(tree):
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (isinstance(body, list) and body and isinstance(body[0], ast.Expr)
                and isinstance(body[0].value, ast.Constant)
                and isinstance(body[0].value.value, str)):
            body[0].value.value = ""
    return tree


def test_english_catalog_changes_nothing():
    for path in SNIPPETS:
        source = path.read_text(encoding="utf-8")
        assert translate_source(source, {}, set())[0] == source, path


@pytest.mark.parametrize("name", [
    "conv2d/output_size_grid.py", "batchnorm2d/running_stats_steps.py",
    "activations/signatures.py"])
def test_translated_snippet_runs(name, tmp_path, forked_python):
    script = tmp_path / "snippet.py"
    script.write_text(chinese(ROOT / "snippets" / name), encoding="utf-8")
    result = forked_python(script, cwd=tmp_path,
                           env={"PYTHONPATH": str(ROOT / "snippets")})
    assert result["code"] == 0, result["stderr"]


EXAMPLE = '''\
"""Module docstring.

Second paragraph."""
import math  # noqa: E402


def area(r):
    """Area of a disc."""
    # A block of two
    # lines.
    #
    # Its second paragraph.
    return math.pi * r ** 2  # the formula, with a comment too long to stay on its line
'''
TABLE_EXAMPLE = {
    "Module docstring.": "模块文档字符串。",
    "Second paragraph.": "第二段。",
    "Area of a disc.": "圆盘的面积。",
    "A block of two lines.": "两行的注释块。",
    "Its second paragraph.": "它的第二段。",
    "the formula, with a comment too long to stay on its line":
        "公式，" + "注释太长" * 12,
}


def test_comments_blocks_and_docstrings_are_replaced_and_rewrapped():
    translated, missing = translate_source(EXAMPLE, TABLE_EXAMPLE,
                                           {"noqa: E402"})
    assert not missing
    assert translated.startswith('"""模块文档字符串。\n\n第二段。\n"""\n')
    assert "import math  # noqa: E402\n" in translated
    assert '    """圆盘的面积。"""\n' in translated
    assert "    # 两行的注释块。\n    #\n    # 它的第二段。\n" in translated
    # too long after the code: moved above it, wrapped
    assert "    # 公式，注释太长" in translated
    assert translated.endswith("    return math.pi * r ** 2\n")
    assert all(columns(line) <= WIDTH for line in translated.splitlines())
    compile(translated, "example", "exec")


def test_missing_entries_are_listed():
    missing = translate_source(EXAMPLE, {}, set())[1]
    assert missing == [
        "Module docstring.", "Second paragraph.", "Area of a disc.",
        "noqa: E402", "A block of two lines.", "Its second paragraph.",
        "the formula, with a comment too long to stay on its line"]


def test_text_without_latin_letters_is_kept():
    source = "x = 1  # 1 -> 2\n# ----\n"
    assert translate_source(source, {}, set()) == (source, [])


def test_wrap_counts_cjk_as_two_columns_and_keeps_code_whole():
    lines = wrap("形状 [N, C, H, W] 与 x.shape 一致，" * 6, 40)
    assert all(columns(line) <= 40 for line in lines)
    assert all("[N, C, H, W]" in line for line in lines[:2])
    assert "".join(lines).count("x.shape") == 6


def test_missing_entry_fails_the_chinese_build_naming_page_and_snippet(
        tiny_site):
    snippet = tiny_site.root / "snippets/tiny/count.py"
    snippet.write_text("# Sum of the six values.\n"
                       + snippet.read_text(encoding="utf-8"),
                       encoding="utf-8")
    assert_passes(tiny_site.build("en"))
    for _ in range(2):  # and again, unchanged
        failure = assert_fails(
            tiny_site.build("zh_CN"), "docs/zh_CN/count.md",
            "snippet snippets/tiny/count.py", '"Sum of the six values."',
            str(CATALOG))
    assert "--missing" in failure
    tiny_site.edit(CATALOG, "zh_CN:\n", "zh_CN:\n  Sum of the six values.: "
                   "六个值之和。\n")
    result = tiny_site.build("zh_CN")
    assert_passes(result)
    # the failed run was evicted from the cache (faults.py): it runs again
    assert "count.md: Executing notebook" in result.log
    html = tiny_site.build_dir / "html"
    assert "六个值之和。" in (html / "zh_CN/count.html").read_text("utf-8")
    assert "# 六个值之和。" in (html / "zh_CN/_code/count.py").read_text(
        "utf-8")
    assert "六个值之和" in (html / "zh_CN/_code/count.ipynb").read_text(
        "utf-8")
    # the English site shows the snippet as it is
    english = (html / "en/_code/count.py").read_text("utf-8")
    assert snippet.read_text(encoding="utf-8").rstrip() in english
    # editing the catalog re-reads the Chinese page but runs nothing, and
    # leaves the English site alone
    tiny_site.edit(CATALOG, "六个值之和。", "六个数之和。")
    result = tiny_site.build("zh_CN")
    assert_passes(result)
    assert "Executing notebook" not in result.log, result.log
    assert "六个数之和。" in (html / "zh_CN/count.html").read_text("utf-8")
    assert "0 changed" in tiny_site.build("en").log
