"""Each layer page links the official API pages of what it teaches, at the
versions the site runs (docs/_ext/api_links.py, docs/_data/api_links.yaml).

The links come from the rendering function and from a small built page;
the build rules are broken on the small site of conftest: a wrong API name,
a listed page that does not exist, a layer page without an entry."""

import re
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT / "docs" / "_ext"))
sys.path.insert(0, str(Path(__file__).parent))
import api_links  # noqa: E402
from conftest import Site  # noqa: E402
from test_drift_guard import assert_fails, assert_passes  # noqa: E402

DATA = ROOT / "docs" / "_data" / "api_links.yaml"
PINS = dict(re.findall(r"^([\w-]+)==(\S+)", (ROOT / "requirements.txt")
                       .read_text(encoding="utf-8"), re.M))
TORCH = ".".join(PINS["torch"].split(".")[:2])  # 2.13.0 -> 2.13
PADDLE = ".".join(PINS["paddlepaddle"].split(".")[:2])
DATA_FILE = "docs/_data/api_links.yaml"


def urls(block):
    return [ref["refuri"] for ref in block.findall(
        lambda node: node.tagname == "reference")]


@pytest.fixture(scope="module")
def installed():
    """The versions the build reads, from a fresh interpreter."""
    answer = api_links.resolve(["torch.nn.Conv2d", "paddle.nn.Conv2D"])
    assert not answer["missing"], answer
    return answer["versions"]


def test_links_name_the_pinned_versions(installed):
    data = api_links.load(DATA)
    entry = data["pages"]["conv2d"]
    commit = data["d2l_zh_commit"]
    assert urls(api_links.render(entry, "en", installed, commit)) == [
        f"https://docs.pytorch.org/docs/{TORCH}/generated/"
        "torch.nn.Conv2d.html",
        "https://www.paddlepaddle.org.cn/documentation/docs/en/"
        f"{PADDLE}/api/paddle/nn/Conv2D_en.html",
        "https://d2l.ai/chapter_convolutional-neural-networks/conv-layer.html",
        "https://d2l.ai/chapter_convolutional-neural-networks/"
        "padding-and-strides.html",
        "https://d2l.ai/chapter_convolutional-neural-networks/channels.html",
    ]
    chinese = api_links.render(entry, "zh_CN", installed, commit)
    assert urls(chinese)[:3] == [
        # PyTorch has no Chinese documentation: its English page
        f"https://docs.pytorch.org/docs/{TORCH}/generated/"
        "torch.nn.Conv2d.html",
        "https://www.paddlepaddle.org.cn/documentation/docs/zh/"
        f"{PADDLE}/api/paddle/nn/Conv2D_cn.html",
        f"https://github.com/d2l-ai/d2l-zh/blob/{commit}/"
        "chapter_convolutional-neural-networks/conv-layer.md",
    ]
    assert "仅有英文文档" in chinese.astext()
    assert f"PyTorch {TORCH}" in chinese.astext()
    assert f"飞桨 {PADDLE}" in chinese.astext()


def test_a_function_links_its_module_folder():
    assert api_links.api_url(
        "paddle", "paddle.nn.functional.conv2d", "3.3.1", "zh_CN") == (
        "https://www.paddlepaddle.org.cn/documentation/docs/zh/3.3/api/"
        "paddle/nn/functional/conv2d_cn.html")
    assert api_links.api_url(
        "pytorch", "torch.nn.functional.conv2d", "2.13.0+cpu", "en") == (
        "https://docs.pytorch.org/docs/2.13/generated/"
        "torch.nn.functional.conv2d.html")


def test_every_layer_page_has_an_entry_and_every_entry_a_page():
    """What the build checks, without a build."""
    data = api_links.load(DATA)
    assert api_links.problems(data) == []
    layer_pages = {page.stem for page in (ROOT / "docs" / "en").glob("*.md")
                   if api_links.LAYER_MARK in page.read_text("utf-8")}
    assert set(data["pages"]) == layer_pages


LAYER_CELLS = """
```{{code-cell}} ipython3
:tags: [remove-cell]
:load: ../../snippets/checks_table.py
```

(count-total)=
```{{code-cell}} ipython3
:load: ../../snippets/tiny/count.py
```

```{{code-cell}} ipython3
:tags: [remove-cell]
checks_table("count", [("count-total", "The total", "总和")])
```

## {heading}

```{{glue:md}} count_checks_{language}
:format: myst
```
"""


def make_layer_page(site):
    """The small site's page becomes a layer page: a checks table."""
    for language, title, heading in [
            ("en", "Counting", "What this page checks"),
            ("zh_CN", "计数", "本页检查了什么")]:
        front = ("---\nfile_format: mystnb\nkernelspec:\n  name: python3\n"
                 "  display_name: Python 3\n---\n\n")
        (site.root / "docs" / language / "count.md").write_text(
            front + f"# {title}\n"
            + LAYER_CELLS.format(heading=heading, language=language),
            encoding="utf-8")
    (site.root / "snippets" / "checks_table.py").write_bytes(
        (ROOT / "snippets" / "checks_table.py").read_bytes())


def write_data(site, pytorch):
    site.write(DATA_FILE, f"""
        pages:
          count:
            pytorch: [{pytorch}]
    """)


# The tests of the small site with a layer page run on one worker, which
# builds and records that site once (a module fixture is made once per
# worker: on both, it cost two builds of about 20 s).
ONE_WORKER = pytest.mark.xdist_group("api_links_layer_site")


@pytest.fixture(scope="module")
def layer_template(tiny_template):
    """The small site with a layer page and its entry, recorded once."""
    recorded, tiny_root = tiny_template
    root = tiny_root.with_name("layer")
    shutil.copytree(recorded, root, symlinks=True)
    site = Site(root)
    make_layer_page(site)
    write_data(site, "torch.nn.Conv2d")
    result = site.accept()
    assert_passes(result)
    kept = root.with_name("layer-recorded")
    shutil.copytree(root, kept, symlinks=True)
    return kept, root


@pytest.fixture
def layer_site(layer_template):
    """A copy of it at the path where it was built (see tiny_site)."""
    kept, root = layer_template
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(kept, root, symlinks=True)
    return Site(root)


@ONE_WORKER
def test_built_page_links_the_pinned_versions(layer_site):
    page = (layer_site.build_dir / "html" / "en" / "count.html").read_text(
        encoding="utf-8")
    assert (f'href="https://docs.pytorch.org/docs/{TORCH}/generated/'
            'torch.nn.Conv2d.html"') in page
    # the section comes right before the checks table
    assert page.index("Official documentation") < page.index(
        "What this page checks")


@ONE_WORKER
def test_wrong_api_name_fails_the_build_naming_it(layer_site):
    layer_site.edit(DATA_FILE, "torch.nn.Conv2d", "torch.nn.Conv2D")
    for _ in range(2):  # and again, unchanged
        assert_fails(layer_site.build(), DATA_FILE, "'torch.nn.Conv2D'",
                     "page 'count'", "does not resolve")
    layer_site.edit(DATA_FILE, "torch.nn.Conv2D", "torch.nn.Conv2d")
    assert_passes(layer_site.build())


@ONE_WORKER
def test_languages_share_one_fresh_interpreter(layer_site):
    """The APIs are imported in a fresh interpreter (3 s here) once for
    both languages, and again when the listed names change."""
    write_data(layer_site, "torch.nn.Conv1d")
    english, chinese = layer_site.build("en"), layer_site.build("zh_CN")
    assert_passes(english)
    assert_passes(chinese)
    assert api_links.RESOLVING in english.log, english.log
    assert api_links.RESOLVING not in chinese.log, chinese.log


@ONE_WORKER
def test_layer_page_without_entry_fails(layer_site):
    (layer_site.root / DATA_FILE).unlink()
    for _ in range(2):
        assert_fails(layer_site.build(), "docs/en/count.md",
                     "count is a layer page", "has no entry",
                     "add `count:` under `pages:`")
    write_data(layer_site, "torch.nn.Conv2d")
    assert_passes(layer_site.build())


def test_listed_page_that_does_not_exist_fails(tiny_site):
    tiny_site.write(DATA_FILE, """
        pages:
          nosuch:
            paddle: [paddle.nn.Conv2D]
    """)
    assert_fails(tiny_site.build(), DATA_FILE, "lists page 'nosuch'",
                 "does not exist")


def test_listed_page_that_is_not_a_layer_page_fails(tiny_site):
    """The small site's page has no checks table."""
    write_data(tiny_site, "torch.nn.Conv2d")
    assert_fails(tiny_site.build(), DATA_FILE, "lists page 'count'",
                 "not a layer page")
