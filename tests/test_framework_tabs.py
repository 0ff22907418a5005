"""Adjacent cells tagged pytorch/paddle become one synced tab set."""

import re

LOAD = ":load: ../../snippets/tiny/count.py"


def tag_cells(site, first, second=None):
    """Tag the page's snippet cell, and add a second cell after it."""
    for language in ["en", "zh_CN"]:
        page = site.root / f"docs/{language}/count.md"
        cells = f":tags: [{first}]\n{LOAD}\n```\n"
        if second:
            cells += f"\n```{{code-cell}} ipython3\n:tags: [{second}]\n{LOAD}\n```\n"
        page.write_text(page.read_text().replace(f"{LOAD}\n```\n", cells))


def test_cell_pair_becomes_synced_tabs(tiny_site):
    tag_cells(tiny_site, "pytorch", "paddle")
    assert tiny_site.build("en", "-D", "drift_accept=1").returncode == 0
    html = (tiny_site.build_dir / "html/en/count.html").read_text()
    assert html.count('class="sd-tab-set') == 1
    for key, label in [("pytorch", "PyTorch"), ("paddle", "PaddlePaddle")]:
        assert f'data-sync-id="{key}"' in html
        assert label in html
    assert html.count('data-sync-group="framework"') == 2
    assert html.count("total = 15.0") == 2  # each tab keeps its output


def test_chinese_tabs_say_feijiang_as_the_prose_does(tiny_site):
    tag_cells(tiny_site, "pytorch", "paddle")
    assert tiny_site.build("zh_CN", "-D", "drift_accept=1").returncode == 0
    html = (tiny_site.build_dir / "html/zh_CN/count.html").read_text()
    labels = re.findall(r'class="sd-tab-label"[^>]*>\s*([^<]*?)\s*<', html)
    assert labels == ["PyTorch", "飞桨"], labels


def test_unpaired_framework_cell_fails_build(tiny_site):
    tag_cells(tiny_site, "paddle")
    result = tiny_site.build("en", "-D", "drift_accept=1")
    assert result.returncode != 0
    assert "count.md" in result.log
    assert "must be part of an adjacent pair" in result.log
