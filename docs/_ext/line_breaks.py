"""The previous and next page links break API names between their parts.

Their titles are API names ("nn.Linear and paddle.nn.Linear"), in half a
phone's width. Without a break opportunity the browser either sticks out
of the page or, told to break anywhere, cuts a word ("paddle.nn.L/inear").
The theme's template shows ``prev_title`` / ``next_title`` when the page's
context has them: they are the titles with ``<wbr>`` after each dot that
sits between two letters or digits, so a line ends after "paddle.nn.".
"""

import re

# A dot inside a dotted name, in text (not in a tag: only text is searched).
DOT = re.compile(r"(?<=\w)\.(?=\w)")
TAG = re.compile(r"(<[^>]*>)")


def with_breaks(title):
    """The HTML title with <wbr> after each dot of a dotted name."""
    parts = TAG.split(title)
    return "".join(part if part.startswith("<") else DOT.sub(".<wbr>", part)
                   for part in parts)


def add_breaks(app, pagename, templatename, context, doctree):
    for which in ("prev", "next"):
        link = context.get(which)
        if link and link.get("title"):
            context[f"{which}_title"] = with_breaks(link["title"])


def setup(app):
    app.connect("html-page-context", add_breaks)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
