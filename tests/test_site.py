"""The real site, built once in both languages from an empty cache."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
PAGES = sorted(p.relative_to(ROOT / "docs/en").with_suffix("").as_posix()
               for p in (ROOT / "docs/en").rglob("*.md"))
NOTEBOOK_PAGES = [p for p in PAGES
                  if "file_format: mystnb" in (ROOT / f"docs/en/{p}.md").read_text()]


def test_root_page_leads_to_both_languages(site):
    html, _ = site
    root = (html / "index.html").read_text()
    for language in ["en", "zh_CN"]:
        assert f'href="{language}/index.html"' in root
        assert (html / language / "index.html").exists()


def test_one_language_runs_each_page_the_other_reuses_it(site):
    """The languages build at once; the build that reads first runs every
    page, the other waits for it and takes each result from the cache."""
    _, logs = site
    runner = "en" if "Executing notebook" in logs["en"] else "zh_CN"
    (reuser,) = set(logs) - {runner}
    assert "Executing notebook" not in logs[reuser]
    assert "waiting for the other language's build" in logs[reuser]
    for page in NOTEBOOK_PAGES:
        assert f"docs/{runner}/{page}.md: Executing notebook" in logs[runner]
        assert f"docs/{reuser}/{page}.md: Using cached notebook" in logs[
            reuser]


def test_parallel_build_runs_each_page_once_without_cache_errors(site):
    """Both languages, and the workers of each (noxfile.JOBS), share the
    SQLite execution cache: no page is run twice, and none of the races
    parallel builds are known for shows up. The bench checks the same."""
    from bench import CACHE_ERRORS, executions

    _, logs = site
    log = logs["en"] + logs["zh_CN"]
    counts = executions(log)
    assert counts == {f"{page}.md": 1 for page in NOTEBOOK_PAGES}, counts
    for error in CACHE_ERRORS:
        assert error not in log
    # ipython_kernel_config.py drops this one harmless kernel message
    assert "running over TCP without encryption" not in log


@pytest.mark.parametrize("language, html_lang, search_word", [
    ("en", "en", "Search"),
    ("zh_CN", "zh-CN", "搜索"),
])
def test_each_language_is_a_real_build_in_it(site, language, html_lang,
                                             search_word):
    html, _ = site
    for page in PAGES:
        text = (html / language / f"{page}.html").read_text()
        assert f'<html lang="{html_lang}"' in text, page
        assert search_word in text, page


def test_chinese_search_index_holds_chinese_words(site):
    html, _ = site
    index = (html / "zh_CN" / "searchindex.js").read_text()
    assert '"卷积"' in index or '"\\u5377\\u79ef"' in index


@pytest.mark.parametrize("page", PAGES)
def test_language_switch_lands_on_counterpart(site, page):
    html, _ = site
    for language, other in [("en", "zh_CN"), ("zh_CN", "en")]:
        here = html / language / f"{page}.html"
        link = re.search(r'class="btn btn-sm lang-switch" href="([^"]+)"',
                         here.read_text())
        assert link, f"{here} has no language switch"
        if page == "404":  # served at any depth: an absolute link home
            assert link.group(1) == f"/{other}/index.html"
            continue
        target = (here.parent / link.group(1)).resolve()
        assert target == (html / other / f"{page}.html").resolve()


@pytest.mark.parametrize("page", PAGES)
def test_chinese_line_breaks_do_not_show_as_spaces(site, page):
    html, _ = site
    text = (html / "zh_CN" / f"{page}.html").read_text()
    # paragraphs, and table cells (which hold their text directly)
    paragraphs = re.findall(r"<p>(.*?)</p>|<t[hd][^>]*>(.*?)</t[hd]>", text,
                            re.S)
    paragraphs = [p or cell for p, cell in paragraphs]
    broken = [p for p in paragraphs
              if re.search("[\u4e00-\u9fff\uff00-\uffef]\n[\u4e00-\u9fff]", p)]
    assert not broken, broken[:3]


# Shows the build's own execution times and dates, on purpose (the page
# says so); Sphinx's .buildinfo holds a hash of the settings.
VARIES_ON_PURPOSE = {"en/environment.html", "zh_CN/environment.html",
                     "en/.buildinfo", "zh_CN/.buildinfo"}


def test_two_clean_builds_give_identical_files(site, site_again):
    (first, _), (second, _) = site, site_again
    files = sorted(p.relative_to(first).as_posix()
                   for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second).as_posix()
                           for p in second.rglob("*") if p.is_file())
    differ = [f for f in files if f not in VARIES_ON_PURPOSE
              and (first / f).read_bytes() != (second / f).read_bytes()]
    assert not differ, differ


def test_read_the_docs_builds_with_the_flags_of_nox():
    from noxfile import sphinx_command

    command = sphinx_command("en")
    flags = " ".join(command[command.index("-W"):command.index("-d")])
    config = " ".join((ROOT / ".readthedocs.yaml").read_text().split())
    assert f"{flags} -d" in config, flags


def test_readme_build_command_runs_its_session():
    """`nox -s docs` as the README shows it, through its own session and
    environment; Sphinx is only asked for its version in each language (the
    site itself is built by the fixtures above)."""
    result = subprocess.run(
        [sys.executable, "-m", "nox", "-s", "docs", "--", "--version"],
        cwd=ROOT, capture_output=True, text=True)
    log = result.stdout + result.stderr
    assert result.returncode == 0, log
    assert log.count("sphinx-build") == 2, log


def test_code_has_no_span_that_colours_nothing(site):
    """docs/_ext/lean_highlight.py leaves out the span of each kind of
    token that looks like plain code text. From the stylesheet the site
    serves: a kind whose rule in light and in dark mode is the code
    block's own colour (or that has none) is plain; no code block of the
    site has a span of a plain kind, and the kinds it colours otherwise
    still have theirs."""
    from pygments.token import STANDARD_TYPES

    html, _ = site
    css = (html / "en" / "_static" / "pygments.css").read_text()
    rules = {}
    for mode in ["light", "dark"]:
        prefix = re.escape(f'html[data-theme="{mode}"] .highlight')
        base = re.search(prefix + r" \{[^}]*color: (#\w+)", css)[1]
        for name in filter(None, STANDARD_TYPES.values()):
            rule = re.search(prefix + rf" \.{name} \{{ ([^}}]*) \}}", css)
            body = rule[1].strip().rstrip(";").lower() if rule else None
            rules.setdefault(name, set()).add(
                body in (None, f"color: {base}".lower()))
    plain = {name for name, same in rules.items() if same == {True}}
    assert {"n", "p"} <= plain, plain
    used = set()
    for page in html.glob("*/*.html"):
        text = page.read_text(encoding="utf-8")
        for block in re.findall(r'<div class="highlight[^"]*"><pre>(.*?)'
                                r'</pre>', text, re.S):
            used |= set(re.findall(r'<span class="(\w+)"', block))
    assert not used & plain, f"spans that colour nothing: {used & plain}"
    assert {"k", "o", "mi", "s2", "c1"} <= used, used


def test_table_cells_have_no_span_per_word_nor_lone_paragraph(site):
    """docs/_ext/lean_tables.py: inline code in a table cell is one element,
    and a cell's one paragraph is its text; elsewhere the HTML is
    Sphinx's (a span per word of inline code)."""
    html, _ = site
    cells = code = 0
    for page in html.glob("*/*.html"):
        text = page.read_text(encoding="utf-8")
        for cell in re.findall(r"<td[^>]*>(.*?)</td>", text, re.S):
            cells += 1
            code += cell.count('<code class="docutils literal')
            assert '<span class="pre">' not in cell, (page, cell)
            assert not re.fullmatch(r"\s*<p>(?:(?!<p>).)*</p>\s*", cell,
                                    re.S), (page, cell)
    mapping = (html / "en" / "mapping.html").read_text(encoding="utf-8")
    assert cells > 5000 and code > 5000, (cells, code)
    # outside tables: a paragraph's inline code keeps Sphinx's spans
    assert re.search(r'<p>[^<]*(?:<[^>]+>[^<]*)*?<code class="docutils '
                     r'literal notranslate"><span class="pre">', mapping)
