"""The "What this page checks" table, made by the page's own run.

A page loads this file in its first (hidden) cell and ends with a hidden
cell that lists its claims, each with the label of the cell whose asserts
prove it and its wording in both languages::

    checks_table("conv2d", [
        ("conv2d-output-size", "The output-size formula", "输出尺寸公式"),
    ])

That glues one Markdown table per language, ``<page>_checks_en`` and
``<page>_checks_zh_CN``, which each page shows with a ``glue:md``
directive. The last cell runs after every check of the page, and a failed
check fails the build, so the table only reaches the site when all the
checks above it passed; a label that is not on the page fails the strict
build.
"""
from myst_nb import glue

HEADER = {"en": "| Claim | Proof | Paddle releases |\n| --- | --- | --- |",
          "zh_CN": "| 结论 | 证明 | 飞桨版本 |\n| --- | --- | --- |"}
LINK = {"en": "check", "zh_CN": "检查"}


class MarkdownTable:
    """Shown as Markdown on the page, recorded as text by drift_guard."""

    def __init__(self, text):
        self.text = text

    def _repr_markdown_(self):
        return self.text

    def __repr__(self):
        return self.text


def checks_table(page, rows):
    """Glue the table of `rows` = [(label, English, Chinese), ...]."""
    for i, language in enumerate(("en", "zh_CN"), start=1):
        lines = [HEADER[language]]
        for row in rows:
            label, claim = row[0], row[i]
            # filled in by the build from `nox -s versions`' data file
            # (docs/_ext/paddle_releases.py), not by this run
            lines.append(f"| {claim} | [{LINK[language]}](#{label}) "
                         f"| {{holds-on}}`{label}` |")
        glue(f"{page}_checks_{language}", MarkdownTable("\n".join(lines)),
             display=False)
