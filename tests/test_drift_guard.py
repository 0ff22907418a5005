"""Each way a contributor can break a page fails the build, naming the page,
the snippet and what to do. The builds run on the small site of conftest."""

import json

import pytest

PAGE = "docs/en/count.md"
SNIPPET = "snippets/tiny/count.py"


def assert_fails(result, *fragments):
    assert result.returncode != 0, result.log
    for fragment in fragments:
        assert fragment in result.log, result.log


def test_recorded_site_builds(tiny_site):
    for language in ["en", "zh_CN"]:
        result = tiny_site.build(language)
        assert result.returncode == 0, result.log


@pytest.mark.parametrize("line, error", [
    ("raise RuntimeError('broken snippet')", "raised RuntimeError"),
    ("assert total == 16, 'the claim no longer holds'",
     "raised AssertionError: the claim no longer holds"),
])
def test_raising_snippet_fails_build(tiny_site, line, error):
    snippet = tiny_site.root / SNIPPET
    snippet.write_text(snippet.read_text() + line + "\n")
    assert_fails(tiny_site.build(), PAGE, f"snippet {SNIPPET} {error}")


def test_snippet_warning_fails_build(tiny_site):
    snippet = tiny_site.root / SNIPPET
    snippet.write_text(
        snippet.read_text() + "import warnings\nwarnings.warn('careful')\n"
    )
    assert_fails(tiny_site.build(), PAGE, f"snippet {SNIPPET} wrote to stderr",
                 "UserWarning: careful")


def test_hanging_snippet_fails_build(tiny_site):
    snippet = tiny_site.root / SNIPPET
    snippet.write_text(snippet.read_text() + "import time\ntime.sleep(60)\n")
    result = tiny_site.build("en", "-D", "nb_execution_timeout=3")
    assert_fails(result, PAGE, "CellTimeoutError", f"in snippet {SNIPPET}",
                 "nb_execution_timeout = 3")


def test_missing_snippet_fails_build(tiny_site):
    page = tiny_site.root / PAGE
    page.write_text(page.read_text().replace("count.py", "cuont.py"))
    assert_fails(tiny_site.build(), PAGE, "snippets/tiny/cuont.py",
                 "Fix the :load: path")


def test_changed_snippet_output_fails_build(tiny_site):
    snippet = tiny_site.root / SNIPPET
    snippet.write_text(snippet.read_text().replace("x.mean()", "x.max()"))
    assert_fails(tiny_site.build(), PAGE, f"{SNIPPET}: output drifted",
                 "value 5.0000 differs from the recorded 2.5000",
                 "nox -s accept")


def test_changed_expected_value_fails_build(tiny_site):
    record = tiny_site.root / "docs/_expected/count.json"
    data = json.loads(record.read_text())
    data["glue"]["tiny_total"] = "14"
    record.write_text(json.dumps(data))
    assert_fails(tiny_site.build(), PAGE, "glue 'tiny_total'",
                 "value 15 differs from the recorded 14")


def test_change_within_tolerance_passes(tiny_site):
    record = tiny_site.root / "docs/_expected/count.json"
    record.write_text(record.read_text().replace("2.5000", "2.50001"))
    result = tiny_site.build()
    assert result.returncode == 0, result.log


def test_missing_record_fails_build(tiny_site):
    (tiny_site.root / "docs/_expected/count.json").unlink()
    assert_fails(tiny_site.build(), PAGE, "no recorded outputs",
                 "nox -s accept")


def test_accept_records_a_reviewed_change(tiny_site):
    snippet = tiny_site.root / SNIPPET
    snippet.write_text(snippet.read_text().replace("x.mean()", "x.max()"))
    accepted = tiny_site.build("en", "-D", "drift_accept=1")
    assert accepted.returncode == 0, accepted.log
    assert "5.0000" in (tiny_site.root / "docs/_expected/count.json").read_text()
    assert tiny_site.build().returncode == 0


def test_page_missing_in_one_language_fails_build(tiny_site):
    (tiny_site.root / "docs/zh_CN/count.md").unlink()
    assert_fails(tiny_site.build(), PAGE, "has no zh_CN counterpart",
                 "docs/zh_CN/count.md")


def test_languages_loading_different_snippets_fail_build(tiny_site):
    tiny_site.write("snippets/tiny/other.py", "print('other')\n")
    page = tiny_site.root / "docs/zh_CN/count.md"
    page.write_text(page.read_text().replace("count.py", "other.py"))
    assert_fails(tiny_site.build(), PAGE, "code cells differ",
                 "code cell 2 (../../snippets/tiny/count.py) differs")


def test_edited_snippet_reruns_only_pages_that_load_it(tiny_site):
    tiny_site.write("snippets/tiny/other.py", "print('other page')\n")
    for language in ["en", "zh_CN"]:
        page = tiny_site.root / f"docs/{language}/count.md"
        other = page.read_text().replace("count.py", "other.py")
        other = other.replace("glue(\"tiny_total\", int(total), display=False)",
                              "print('no glue')").replace("{glue}`tiny_total`", "")
        tiny_site.write(f"docs/{language}/other.md", other)
        index = tiny_site.root / f"docs/{language}/index.md"
        index.write_text(index.read_text().replace("count\n", "count\nother\n"))
    assert tiny_site.build("en", "-D", "drift_accept=1").returncode == 0

    snippet = tiny_site.root / SNIPPET
    snippet.write_text(snippet.read_text().replace("x.mean()", "x.max()"))
    result = tiny_site.build("en", "-D", "drift_accept=1")
    assert result.returncode == 0, result.log
    assert "count.md: Executing notebook" in result.log
    assert "other.md" not in result.log


def test_new_pin_reexecutes_every_page(tiny_site):
    requirements = tiny_site.root / "requirements.txt"
    requirements.write_text(requirements.read_text() + "# a new pin\n")
    result = tiny_site.build()
    assert result.returncode == 0, result.log
    assert "count.md: Executing notebook" in result.log


def test_record_of_a_deleted_page_fails_build(tiny_site):
    record = tiny_site.root / "docs/_expected/count.json"
    record.rename(record.with_name("gone.json"))
    record.with_name("count.json").write_text(
        record.with_name("gone.json").read_text())
    assert_fails(tiny_site.build(), "docs/_expected/gone.json",
                 "records outputs of a page that does not exist")
