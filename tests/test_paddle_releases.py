"""The Paddle releases matrix: its data file, its staleness check and its
page, without running `nox -s versions` (tests/versions.py) again."""

import hashlib
import json
import os
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT / "docs" / "_ext"))
from paddle_releases import mark, stale, snippet_hashes  # noqa: E402

sys.path.insert(0, str(ROOT / "tests"))
import versions  # noqa: E402

DATA = ROOT / "docs" / "_data" / "paddle_releases.json"
STATUSES = {"agree", "differs", "error", "cannot run"}


def loaded_snippets():
    found = set()
    for page in (ROOT / "docs" / "en").glob("*.md"):
        for load in re.findall(r"^:load:\s*(\S+)", page.read_text(
                encoding="utf-8"), re.M):
            found.add((page.parent / load).resolve().relative_to(
                ROOT).as_posix())
    return found


def test_data_file_has_a_status_for_every_row_and_release():
    data = json.loads(DATA.read_text(encoding="utf-8"))
    assert {"made", "commit", "torch", "pinned", "releases", "snippets",
            "calls", "checks"} <= data.keys()
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", data["made"])
    assert re.fullmatch(r"[0-9a-f]{40}", data["commit"])
    assert len(data["releases"]) >= 4 and data["pinned"] in data["releases"]
    rows = [c["port"] for c in data["calls"]]
    rows += [c["literal"] for c in data["calls"]]
    rows += [c["results"] for c in data["checks"]]
    assert data["calls"] and data["checks"]
    for row in rows:
        assert row.keys() == set(data["releases"]), row
        for status, detail in row.values():
            assert status in STATUSES and isinstance(detail, str), row
    # the pinned release is the reference of the call matrix
    assert all(c["port"][data["pinned"]][0] == "agree"
               for c in data["calls"])


def test_data_file_covers_every_snippet_a_page_loads():
    data = json.loads(DATA.read_text(encoding="utf-8"))
    covered = {c["snippet"] for c in data["checks"]}
    assert loaded_snippets() <= covered, loaded_snippets() - covered


def test_label_covers_framework_pair_and_section():
    conv2d = versions.labels("conv2d")
    # a label on a cell: that cell and its Paddle partner
    assert conv2d["snippets/conv2d/groups_torch.py"] == "conv2d-groups"
    assert conv2d["snippets/conv2d/groups_paddle.py"] == "conv2d-groups"
    # a label on a heading: the cells of its section
    assert versions.labels("max_pool2d")[
        "snippets/max_pool2d/padding_neg_inf.py"] == "max-pool2d-padding"


@pytest.fixture
def project(tmp_path):
    """A project with two snippets and a data file made for them."""
    (tmp_path / "snippets" / "tiny").mkdir(parents=True)
    for name in ("a.py", "b.py"):
        (tmp_path / "snippets" / "tiny" / name).write_text(f"x = '{name}'\n")
    (tmp_path / "requirements.txt").write_text(
        "torch==2.13.0\npaddlepaddle==3.3.1\n")
    data = {"torch": "2.13.0", "pinned": "3.3.1",
            "snippets": snippet_hashes(tmp_path)}
    return tmp_path, data


def test_fresh_data_file_is_not_stale(project):
    root, data = project
    assert stale(root, data) == []


def test_changed_snippet_makes_data_file_stale(project):
    root, data = project
    (root / "snippets" / "tiny" / "b.py").write_text("x = 'changed'\n")
    assert stale(root, data) == [
        "1 snippet(s) changed since: snippets/tiny/b.py"]


def test_new_and_removed_snippets_make_data_file_stale(project):
    root, data = project
    (root / "snippets" / "tiny" / "a.py").rename(
        root / "snippets" / "tiny" / "c.py")
    assert stale(root, data) == [
        "1 snippet(s) new since: snippets/tiny/c.py",
        "1 snippet(s) removed since: snippets/tiny/a.py"]


def test_new_pin_makes_data_file_stale(project):
    root, data = project
    (root / "requirements.txt").write_text(
        "torch==2.13.0\npaddlepaddle==3.4.0\n")
    assert stale(root, data) == [
        "it ran beside paddlepaddle 3.3.1, requirements.txt pins 3.4.0"]


RELEASES = ["2.6.2", "3.0.0", "3.1.1", "3.2.2", "3.3.1"]


@pytest.mark.parametrize("holding, en, zh", [
    (RELEASES, "all", "全部"),
    (RELEASES[1:], "3.0+", "3.0 起"),
    (RELEASES[-1:], "3.3.1 only", "仅 3.3.1"),
    (["2.6.2", "3.3.1"], "2.6.2, 3.3.1", "2.6.2, 3.3.1"),
    ([], "none", "无"),
])
def test_mark_names_the_releases_a_fact_holds_on(holding, en, zh):
    data = {"releases": RELEASES}
    assert (mark(data, holding, "en"), mark(data, holding, "zh_CN")) == (
        en, zh)


def small_data(root):
    """Two releases; the older one lacks a name the page uses."""
    def row(old):
        return {"2.6.2": old, "3.3.1": ["agree", "same"]}
    return {
        "made": "2026-12-04", "commit": "0" * 40, "seconds": 1,
        "torch": "2.13.0", "pinned": "3.3.1", "releases": ["2.6.2", "3.3.1"],
        "cannot_run": {}, "snippets": snippet_hashes(root),
        "calls": [{"api": "nn.Conv2d", "call": "nn.Conv2d(4, 6, 3)",
                   "port": row(["agree", "same"]),
                   "literal": row(["agree", "same"])}],
        "checks": [{"page": "count", "snippet": "snippets/tiny/count.py",
                    "label": "tiny-count", "results": row(
                        ["error", "AttributeError: no Conv2d"])}],
    }


def add_releases_page(site):
    data = small_data(site.root)
    (site.root / "docs" / "_data" / "paddle_releases.json").write_text(
        json.dumps(data))
    for language in ("en", "zh_CN"):
        site.write(f"docs/{language}/paddle_releases.md", """
            # Releases

            Counting holds on {holds-on}`tiny-count`, the calls on
            {holds-on}`calls:nn.Conv2d`; made {releases-made}`date`.

            ```{paddle-releases} changed
            ```

            ```{paddle-releases} held
            ```
        """)
        site.edit(f"docs/{language}/index.md", "count\n",
                  "count\npaddle_releases\n")


def test_page_renders_the_matrix_from_the_data_file(tiny_site):
    add_releases_page(tiny_site)
    result = tiny_site.build("en")
    assert result.returncode == 0, result.log
    page = tiny_site.build_dir / "html" / "en" / "paddle_releases.html"
    html = page.read_text(encoding="utf-8")
    text = " ".join(re.sub(r"<[^>]+>", " ", html).split())
    assert "Counting holds on 3.3.1 only" in text, text
    assert "the calls on all" in text and "made 2026-12-04" in text
    # the changed row: the error on the old release, agreement on the pin
    assert ("snippets/tiny/count.py error: AttributeError: no Conv2d "
            "agrees") in text, text
    assert "nn.Conv2d(4, 6, 3)" in text  # the held table


def test_stale_data_file_fails_the_build_in_ci_only(tiny_site):
    add_releases_page(tiny_site)
    tiny_site.edit("snippets/tiny/count.py", "total = x.sum()",
                   "total = x.sum()  # edited")
    env = dict(os.environ, CI="true")
    result = tiny_site.build("en", env=env)
    assert result.returncode != 0, result.log
    assert re.search(r"paddle_releases.md: WARNING: .*paddle_releases.json "
                     r"is older than what it covers \(1 snippet\(s\) "
                     r"changed since: snippets/tiny/count.py\): "
                     r"re-run `nox -s versions`",
                     result.log), result.log
    env.pop("CI")
    result = tiny_site.build("en", env=env)
    assert result.returncode == 0, result.log
    assert "re-run `nox -s versions`" in result.log
