"""Each way a contributor can break a page fails the build, names the page
on the failure line with the snippet and what to do, fails every build after
it until fixed, and leaves nothing broken to publish.

The builds run on the small site of conftest, incrementally, as a
contributor's builds do: fault, build (fails), build again unchanged (fails
again), fix, build (passes)."""

import json
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent.parent / "docs" / "_ext"))
from drift_guard import ABSOLUTE, RELATIVE, difference  # noqa: E402

PAGE = "docs/en/count.md"
SNIPPET = "snippets/tiny/count.py"
WARNING = re.compile(r"^(?:\S.*?: )?(?:WARNING|ERROR): ", re.M)


def failures(result):
    """Each warning of a build, with the lines of its message."""
    starts = [m.start() for m in WARNING.finditer(result.stderr)]
    return [result.stderr[a:b].rstrip()
            for a, b in zip(starts, starts[1:] + [len(result.stderr)])]


def assert_fails(result, page, *fragments):
    """The build failed with a warning whose first line names the page and
    which says every fragment."""
    assert result.returncode != 0, result.log
    for failure in failures(result):
        first_line = failure.splitlines()[0]
        if ((page is None or re.search(
                rf"{re.escape(page)}(:\d+)?: (WARNING|ERROR)", first_line))
                and all(fragment in failure for fragment in fragments)):
            return failure
    raise AssertionError(f"no failure on {page} says {fragments}:\n"
                         + "\n---\n".join(failures(result)))


def assert_passes(result):
    assert result.returncode == 0, result.log
    assert not failures(result), result.log


def assert_fails_until_fixed(site, fix, page, *fragments, language="en",
                             extra=()):
    """Build twice (both fail, nothing broken is published), fix, build."""
    html = site.build_dir / "html" / language
    for _ in range(2):
        result = site.build(language, *extra)
        assert_fails(result, page, *fragments)
        published = Path(page).with_suffix(".html").name
        assert not (html / published).exists(), "a broken page was published"
        assert not (html / "reports").exists(), "error reports were published"
    fix()
    assert_passes(site.build(language, *extra))


def append(site, path, code):
    target = site.root / path
    original = target.read_text(encoding="utf-8")
    target.write_text(original + code, encoding="utf-8")
    return lambda: target.write_text(original, encoding="utf-8")


def test_recorded_site_builds_in_both_languages(tiny_site):
    for language in ["en", "zh_CN"]:
        assert_passes(tiny_site.build(language))


def test_rebuild_reads_nothing(tiny_site):
    result = tiny_site.build()
    assert_passes(result)
    assert "0 changed" in result.log or "no targets are out of date" \
        in result.log, result.log


@pytest.mark.parametrize("line, error", [
    ("raise RuntimeError('broken snippet')\n", "raised RuntimeError"),
    ("assert total == 16, 'the claim no longer holds'\n",
     "raised AssertionError: the claim no longer holds"),
    ("import warnings\nwarnings.warn('careful')\n",
     "UserWarning: careful"),
])
def test_broken_snippet_fails_every_build_until_fixed(tiny_site, line, error):
    fix = append(tiny_site, SNIPPET, line)
    assert_fails_until_fixed(tiny_site, fix, PAGE, f"snippet {SNIPPET}",
                             error, f"python {SNIPPET}")


@pytest.mark.parametrize("lines", [1, 12])
def test_hanging_snippet_is_named_whatever_its_length(tiny_site, lines):
    code = "".join(f"step_{n} = {n}\n" for n in range(lines))
    fix = append(tiny_site, SNIPPET, code + "import time\ntime.sleep(60)\n")
    extra = ("-D", "nb_execution_timeout=3")
    assert_fails_until_fixed(
        tiny_site, fix, PAGE, "CellTimeoutError", f"in snippet {SNIPPET}",
        "nb_execution_timeout = 3 s, set with -D", extra=extra)


def test_timeout_is_not_buried_under_missing_glue(tiny_site):
    append(tiny_site, SNIPPET, "import time\ntime.sleep(60)\n")
    result = tiny_site.build("en", "-D", "nb_execution_timeout=3")
    assert_fails(result, PAGE, f"in snippet {SNIPPET}")
    assert "mystnb.glue" not in result.log, result.log


def test_missing_snippet_fails_every_build_until_fixed(tiny_site):
    tiny_site.edit(PAGE, "count.py", "cuont.py")
    assert_fails_until_fixed(
        tiny_site, lambda: tiny_site.edit(PAGE, "cuont.py", "count.py"),
        PAGE, "snippets/tiny/cuont.py", "Fix the :load: path")


@pytest.mark.parametrize("data, says", [
    (b"\xef\xbb\xbfprint('hello')\n", "starts with a UTF-8 byte-order mark"),
    ("print('h\u00e9llo')\n".encode("latin-1"),
     "is not UTF-8 (byte 0xe9 on line 1)"),
])
def test_snippet_not_in_utf8_is_reported_as_such(tiny_site, data, says):
    snippet = tiny_site.root / SNIPPET
    original = snippet.read_bytes()
    snippet.write_bytes(data)
    assert_fails_until_fixed(tiny_site, lambda: snippet.write_bytes(original),
                             PAGE, SNIPPET, says)


def test_bom_in_one_page_is_reported_on_that_page(tiny_site):
    page = tiny_site.root / "docs/zh_CN/count.md"
    original = page.read_bytes()
    page.write_bytes(b"\xef\xbb\xbf" + original)
    assert_passes(tiny_site.build("en"))
    assert_fails_until_fixed(
        tiny_site, lambda: page.write_bytes(original), "docs/zh_CN/count.md",
        "the page starts with a UTF-8 byte-order mark", language="zh_CN")


def test_drifted_output_fails_every_build_until_accepted(tiny_site):
    tiny_site.edit(SNIPPET, "x.mean()", "x.max()")
    assert_fails_until_fixed(
        tiny_site, lambda: tiny_site.edit(SNIPPET, "x.max()", "x.mean()"),
        PAGE, f"{SNIPPET}: output drifted",
        "value 5.0000 differs from the recorded 2.5000", "nox -s accept")


def test_changed_record_fails_build(tiny_site):
    # the record is a dependency of its page: editing it re-checks the page
    record = tiny_site.root / "docs/_expected/count.json"
    data = json.loads(record.read_text())
    data["glue"]["tiny_total"] = "14"
    record.write_text(json.dumps(data))
    assert_fails(tiny_site.build(), PAGE, "glue 'tiny_total'",
                 "value 15 differs from the recorded 14")


@pytest.mark.parametrize("recorded, printed, agree", [
    ("mean = 2.5000", "mean = 2.5002", True),  # 8e-5 relative
    ("mean = 2.5000", "mean = 2.5003", False),  # 1.2e-4 relative
    ("diff = 3e-08", "diff = 9e-07", True),  # float32 noise near zero
    ("diff = 1e-05", "diff = 9e-05", False),
    ("diff = 1e-05", "diff = 1.2e-05", False),  # 2e-6 apart
])
def test_tolerance(recorded, printed, agree):
    assert (difference(recorded, printed) is None) == agree
    assert (RELATIVE, ABSOLUTE) == (1e-4, 1e-6)


def test_value_just_beyond_tolerance_fails_build(tiny_site):
    tiny_site.edit("docs/_expected/count.json", "2.5000", "2.4997")
    assert_fails(tiny_site.build(), PAGE, "differs from the recorded 2.4997")


def test_value_within_tolerance_passes(tiny_site):
    tiny_site.edit("docs/_expected/count.json", "2.5000", "2.50001")
    assert_passes(tiny_site.build())


def test_missing_glue_value_fails_every_build_until_fixed(tiny_site):
    for language in ["en", "zh_CN"]:
        tiny_site.edit(f"docs/{language}/count.md", 'glue("tiny_total"',
                       'glue("tiny_sum"')

    def fix():
        for language in ["en", "zh_CN"]:
            tiny_site.edit(f"docs/{language}/count.md", 'glue("tiny_sum"',
                           'glue("tiny_total"')
    assert_fails_until_fixed(tiny_site, fix, PAGE, "tiny_total")


def test_missing_record_fails_build(tiny_site):
    (tiny_site.root / "docs/_expected/count.json").unlink()
    assert_fails(tiny_site.build(), PAGE, "no recorded outputs",
                 "nox -s accept")


def test_accept_records_a_reviewed_change(tiny_site):
    tiny_site.edit(SNIPPET, "x.mean()", "x.max()")
    assert_passes(tiny_site.accept())
    assert "5.0000" in (tiny_site.root / "docs/_expected/count.json").read_text()
    assert_passes(tiny_site.build())


def test_accept_refuses_output_that_changes_between_runs(tiny_site):
    record = tiny_site.root / "docs/_expected/count.json"
    before = record.read_text()
    append(tiny_site, SNIPPET, "import random\nprint(random.random())\n")
    result = tiny_site.accept()
    assert_fails(result, PAGE, SNIPPET, "differs between two runs")
    assert record.read_text() == before


@pytest.mark.parametrize("code, says", [
    ("import os\nprint(os.getcwd())\n", "an absolute path of the build"),
    ("import socket\nprint(socket.gethostname())\n", "the host name"),
])
def test_output_showing_the_build_machine_fails(tiny_site, code, says):
    fix = append(tiny_site, SNIPPET, code)
    assert_fails_until_fixed(tiny_site, fix, PAGE, SNIPPET, says)


@pytest.mark.parametrize("code", [
    "_ = open({path!r}, 'w').write('x')\n",
    "import numpy as np\nnp.save({path!r}, np.zeros(2))\n",
    "import os\nos.remove({snippet!r})\n",
])
def test_snippet_writing_into_repository_fails(tiny_site, code):
    junk = tiny_site.root / "snippets" / "tiny" / "junk.npy"
    snippet = tiny_site.root / SNIPPET
    fix = append(tiny_site, SNIPPET,
                 code.format(path=str(junk), snippet=str(snippet)))
    assert_fails_until_fixed(tiny_site, fix, PAGE, f"snippet {SNIPPET}",
                             "must not write into the repository: snippets/")
    assert not junk.exists() and snippet.exists()


def test_snippet_writing_a_relative_file_leaves_sources_alone(tiny_site):
    before = sorted(p for p in tiny_site.root.rglob("*")
                    if "_build" not in p.parts)
    append(tiny_site, SNIPPET, "_ = open('scratch.txt', 'w').write('x')\n")
    assert_passes(tiny_site.build())
    after = sorted(p for p in tiny_site.root.rglob("*")
                   if "_build" not in p.parts)
    assert after == before


FIGURE = """
import matplotlib.pyplot as plt

fig, ax = plt.subplots(figsize=(4, 3))
ax.plot([0, 1, 2], [0, 1, 4], label="squares")
ax.set_title("Growth")
ax.legend()
plt.show()
"""


@pytest.mark.parametrize("old, new, says", [
    ('"Growth"', '"Decay"', '"title": "Decay"'),
    ("[0, 1, 4]", "[0, 1, 5]", "value 5.0 differs from the recorded 4.0"),
    ("figsize=(4, 3)", "figsize=(5, 3)", "value 5.0 differs from the recorded 4.0"),
])
def test_changed_figure_fails_build(tiny_site, old, new, says):
    append(tiny_site, "docs/_data/figure_text.yaml",
           '  Growth: 增长\n  Decay: 衰减\n  squares: 平方\n')
    append(tiny_site, SNIPPET, FIGURE)
    assert_passes(tiny_site.accept())
    record = json.loads(
        (tiny_site.root / "docs/_expected/count.json").read_text())
    figures = record["cells"][SNIPPET][1:]  # reviewable: one per language
    assert '"title": "Growth"' in figures[0] and "squares" in figures[0]
    assert '"title": "增长"' in figures[1]
    tiny_site.edit(SNIPPET, old, new)
    assert_fails(tiny_site.build(), PAGE, "output drifted", says)


def test_page_missing_in_one_language_fails_build(tiny_site):
    (tiny_site.root / "docs/zh_CN/count.md").unlink()
    assert_fails(tiny_site.build(), None, "has no zh_CN counterpart",
                 "docs/zh_CN/count.md")


def test_page_in_another_format_needs_its_counterpart(tiny_site):
    tiny_site.write("docs/en/notes.rst", "Notes\n=====\n\n.. toctree::\n")
    result = tiny_site.build()
    assert_fails(result, None, "docs/en/notes.rst: page has no zh_CN")


def test_languages_loading_different_snippets_fail_every_build(tiny_site):
    tiny_site.write("snippets/tiny/other.py", "print('other')\n")
    page = "docs/zh_CN/count.md"
    tiny_site.edit(page, "count.py", "other.py")
    assert_fails_until_fixed(
        tiny_site, lambda: tiny_site.edit(page, "other.py", "count.py"),
        page, "code cells differ",
        "code cell 2 (../../snippets/tiny/other.py) differs",
        language="zh_CN")


def test_languages_with_different_sections_fail_every_build(tiny_site):
    """The language switch keeps the reader's section by its position, so
    both versions of a page have the same headings, fenced lines aside."""
    append(tiny_site, "docs/en/count.md", "\n## Why\n\nBecause.\n")

    def fix():
        append(tiny_site, "docs/zh_CN/count.md",
               "\n```text\n# 不是标题\n```\n\n## 原因\n\n因为。\n")

    assert_fails_until_fixed(tiny_site, fix, "docs/en/count.md",
                             "sections differ", "2 headings vs 1")


def test_edited_snippet_reruns_only_pages_that_load_it(tiny_site):
    tiny_site.write("snippets/tiny/other.py", "print('other page')\n")
    for language in ["en", "zh_CN"]:
        page = tiny_site.root / f"docs/{language}/count.md"
        other = page.read_text().replace("count.py", "other.py")
        other = other.replace('glue("tiny_total", int(total), display=False)',
                              "print('no glue')").replace(
                                  "{glue}`tiny_total`", "")
        tiny_site.write(f"docs/{language}/other.md", other)
        tiny_site.edit(f"docs/{language}/index.md", "count\n",
                       "count\nother\n")
    assert_passes(tiny_site.accept())

    tiny_site.edit(SNIPPET, "x.mean()", "x.max()")
    result = tiny_site.accept()
    assert_passes(result)
    assert "count.md: Executing notebook" in result.log
    assert "other.md: Executing notebook" not in result.log


def test_edited_helper_module_reruns_the_pages(tiny_site):
    tiny_site.write("snippets/tiny_helper.py", "SCALE = 1\n")
    tiny_site.edit(SNIPPET, "import numpy as np\n",
                   "import numpy as np\nfrom tiny_helper import SCALE\n")
    assert_passes(tiny_site.accept())
    tiny_site.edit("snippets/tiny_helper.py", "SCALE = 1", "SCALE = 2")
    result = tiny_site.build()
    assert_passes(result)
    assert "count.md: Executing notebook" in result.log


def test_installed_package_reexecutes_every_page(tiny_site, tmp_path):
    # a package installed by hand, whatever requirements.txt says
    extra = tmp_path / "extra"
    info = extra / "handmade-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Name: handmade\nVersion: 1.0\n")
    import os
    env = dict(os.environ, PYTHONPATH=str(extra))
    result = tiny_site.build(env=env)
    assert_passes(result)
    assert "count.md: Executing notebook" in result.log


def test_record_of_a_deleted_page_fails_build(tiny_site):
    record = tiny_site.root / "docs/_expected/count.json"
    record.with_name("gone.json").write_text(record.read_text())
    assert_fails(tiny_site.build(), None, "docs/_expected/gone.json",
                 "records outputs of a page that does not exist")


def add_second_page(site):
    """A copy of the counting page, again.md, with its record, in the
    navigation of both languages."""
    record = site.root / "docs/_expected/count.json"
    record.with_name("again.json").write_text(record.read_text())
    for language in ["en", "zh_CN"]:
        page = site.root / f"docs/{language}/count.md"
        page.with_name("again.md").write_text(page.read_text())
        site.edit(f"docs/{language}/index.md", "count\n", "count\nagain\n")


def test_page_added_with_its_record_builds_incrementally(tiny_site):
    # the new page is not in Sphinx's environment yet when the guard looks
    # for the pages of the records
    add_second_page(tiny_site)
    assert_passes(tiny_site.build())


def test_faults_found_by_parallel_workers_all_stand(tiny_site):
    """When two pages fail at once (each in its own worker under -j 2),
    both are reported, and both fail every build until fixed."""
    add_second_page(tiny_site)
    assert_passes(tiny_site.build())
    fix = append(tiny_site, SNIPPET, "raise RuntimeError('broken snippet')\n")
    for _ in range(2):
        result = tiny_site.build()
        for page in [PAGE, "docs/en/again.md"]:
            assert_fails(result, page, f"snippet {SNIPPET}",
                         "raised RuntimeError")
    fix()
    assert_passes(tiny_site.build())
