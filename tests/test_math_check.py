"""A `$` left in page text (math that did not render) fails the build,
naming the page and the line. The builds run on the small site of
conftest."""

PAGE = "docs/en/count.md"

# A formula wrapped so that a line starts with "+": Markdown reads that
# line as a list item, and both dollars stay in the text.
BROKEN = """
The output size is $H_{out} = H + p_{before}
+ p_{after} - k + 1$ for stride 1.
"""

FINE = """
The output size is $H_{out} = H + p_{before} + p_{after} - k + 1$,
and `$HOME` in code is not math.
"""


def add_prose(site, text):
    page = site.root / PAGE
    page.write_text(page.read_text() + text)
    return page.read_text().splitlines()


def test_unrendered_math_fails_build(tiny_site):
    lines = add_prose(tiny_site, BROKEN)
    item = lines.index("+ p_{after} - k + 1$ for stride 1.") + 1
    result = tiny_site.build()
    assert result.returncode != 0, result.log
    # the list item and the paragraph cut off before it
    for line in (item, item - 1):
        assert f"{PAGE}:{line}: WARNING: unrendered math" in result.log, (
            result.log)


def test_rendered_math_and_dollar_in_code_pass(tiny_site):
    add_prose(tiny_site, FINE)
    result = tiny_site.build()
    assert result.returncode == 0, result.log
    assert "unrendered math" not in result.log
