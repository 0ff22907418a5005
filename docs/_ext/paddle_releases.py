"""Which Paddle releases each fact holds for, read from the data file.

`nox -s versions` (tests/versions.py) runs the call matrix and every page's
snippets on each Paddle release and writes ``docs/_data/paddle_releases.json``.
The build never re-runs it; it shows it:

- ``{holds-on}`label other-label calls:nn.Conv2d``` is a short mark ("all",
  "3.0+", "3.3.1 only") for the releases on which every named check agrees
  with the pinned release (a check label names the cell that loads the
  snippet; ``calls:<api>`` names every call of that API in the call matrix);
- the ``paddle-releases`` directive renders the matrix: a summary per
  release, the rows that changed between releases, the rows that hold on all;
- ``{releases-made}`date``` says when and on which commit it was made.

The data file is stale when the pinned torch or paddle of requirements.txt
is not the one it ran beside, or when a snippet changed, appeared or went
away since (it stores a hash of each): the build then says so, naming the
snippets, as a warning in CI (``CI=true``), which fails the strict build, and
as a note elsewhere, so that editing a snippet does not block a local build.
"""

import hashlib
import json
import os
import re
from pathlib import Path

from docutils import nodes
from docutils.statemachine import StringList
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

logger = logging.getLogger(__name__)
PAGE = "paddle_releases"

WORDS = {
    "en": {"agree": "agrees", "differs": "differs", "error": "error",
           "cannot run": "cannot run", "all": "all", "only": "{} only",
           "from": "{}+", "none": "none", "unknown": "not run",
           "made": "{date}, commit {commit}", "never": "never"},
    "zh_CN": {"agree": "一致", "differs": "不同", "error": "报错",
              "cannot run": "无法运行", "all": "全部", "only": "仅 {}",
              "from": "{} 起", "none": "无", "unknown": "未运行",
              "made": "{date}，提交 {commit}", "never": "尚未生成"},
}
HEADERS = {
    "en": {"summary": ("Release", "Calls that agree",
                       "Page checks that agree", "Differ", "Error",
                       "Cannot run"),
           "changed": "Call or snippet",
           "held": ("Page", "Calls or snippets")},
    "zh_CN": {"summary": ("版本", "一致的调用", "一致的页面检查", "不同",
                          "报错", "无法运行"),
              "changed": "调用或代码片段", "held": ("页面", "调用或代码片段")},
}


def load(path):
    path = Path(path)
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def snippet_hashes(root):
    return {p.relative_to(root).as_posix():
            hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted((Path(root) / "snippets").rglob("*.py"))}


def pins(root):
    text = (Path(root) / "requirements.txt").read_text(encoding="utf-8")
    return dict(re.findall(r"^([\w-]+)==(\S+)", text, re.M))


def stale(root, data):
    """Why the data file no longer describes the project, if it does not."""
    reasons = []
    pinned = pins(root)
    for name, key in (("torch", "torch"), ("paddlepaddle", "pinned")):
        if pinned.get(name) != data[key]:
            reasons.append(f"it ran beside {name} {data[key]}, "
                           f"requirements.txt pins {pinned.get(name)}")
    now, then = snippet_hashes(root), data["snippets"]
    changed = sorted(p for p in now.keys() & then.keys()
                     if now[p] != then[p])
    for what, paths in (("changed", changed),
                        ("new", sorted(now.keys() - then.keys())),
                        ("removed", sorted(then.keys() - now.keys()))):
        if paths:
            shown = ", ".join(paths[:5]) + (", ..." if len(paths) > 5 else "")
            reasons.append(f"{len(paths)} snippet(s) {what} since: {shown}")
    return reasons


def check_stale(app, env, docnames):
    data = app.paddle_releases
    if data is None:
        return
    reasons = stale(app.confdir, data)
    if not reasons:
        return
    message = (f"{app.config.paddle_releases_path} is older than what it "
               f"covers ({'; '.join(reasons)}): re-run `nox -s versions` "
               "and commit the data file")
    if os.environ.get("CI") == "true":
        # on the page that shows the matrix, where there is one
        page = PAGE if PAGE in env.found_docs else None
        logger.warning(message, location=page)
    else:
        logger.info(message)


def holds_on(data, keys):
    """The releases on which every key agrees with the pinned release."""
    results = []
    for key in keys:
        if key.startswith("calls:"):
            api = key.removeprefix("calls:")
            results += [c["port"] for c in data["calls"] if c["api"] == api]
        else:
            results += [c["results"] for c in data["checks"]
                        if c["label"] == key]
    if not results:
        return None
    return [v for v in data["releases"]
            if all(r[v][0] == "agree" for r in results)]


def mark(data, holding, language):
    words = WORDS[language]
    if holding is None:
        return words["unknown"]
    releases = data["releases"]
    if holding == releases:
        return words["all"]
    if not holding:
        return words["none"]
    if holding == releases[-len(holding):]:
        if len(holding) == 1:
            return words["only"].format(holding[0])
        return words["from"].format(".".join(holding[0].split(".")[:2]))
    return ", ".join(holding)


def holds_on_role(name, rawtext, text, lineno, inliner, options=None,
                  content=None):
    env = inliner.document.settings.env
    env.note_dependency(env.config.paddle_releases_path)
    data = env.app.paddle_releases
    language = env.config.language
    if data is None:
        shown = WORDS[language]["unknown"]
    else:
        shown = mark(data, holds_on(data, text.split()), language)
    return [nodes.inline(rawtext, shown, classes=["holds-on"])], []


def made_role(name, rawtext, text, lineno, inliner, options=None,
              content=None):
    env = inliner.document.settings.env
    data = env.app.paddle_releases
    words = WORDS[env.config.language]
    shown = words["never"] if data is None else words["made"].format(
        date=data["made"], commit=data["commit"][:10])
    return [nodes.inline(rawtext, shown)], []


def cell(status, language, width=90):
    kind, detail = status
    text = WORDS[language][kind]
    if kind != "agree" and detail:
        detail = detail if len(detail) <= width else detail[:width] + "…"
        colon = "：" if language == "zh_CN" else ": "
        text += colon + (f"`{detail}`" if "`" not in detail else detail)
    return text.replace("|", "\\|")


def table(header, rows):
    return "\n".join(["| " + " | ".join(header) + " |",
                      "|" + " --- |" * len(header),
                      *("| " + " | ".join(row) + " |" for row in rows)])


def render(data, language, part):
    """One part of the matrix as a Markdown table, in the page's language."""
    headers = HEADERS[language]
    releases = data["releases"]
    if part == "summary":
        rows = []
        for v in releases:
            calls = [c["port"][v][0] for c in data["calls"]]
            checks = [c["results"][v][0] for c in data["checks"]]
            both = calls + checks
            rows.append([v, f"{calls.count('agree')} / {len(calls)}",
                         f"{checks.count('agree')} / {len(checks)}",
                         *(str(both.count(s)) for s in
                           ("differs", "error", "cannot run"))])
        return table(headers["summary"], rows)
    everything = [(f"`{c['call']}`", c["port"]) for c in data["calls"]]
    everything += [(f"`{c['snippet']}`", c["results"])
                   for c in data["checks"]]
    if part == "changed":
        return table([headers["changed"], *releases], [
            [name, *(cell(results[v], language) for v in releases)]
            for name, results in everything
            if any(results[v][0] != "agree" for v in releases)])
    held = {}
    for c in data["calls"]:
        if all(c["port"][v][0] == "agree" for v in releases):
            # the call matrix runs on the mapping page
            held.setdefault("mapping", []).append(c["call"])
    for c in data["checks"]:
        if all(c["results"][v][0] == "agree" for v in releases):
            held.setdefault(f"[{c['page']}]({c['page']}.md)", []).append(
                c["snippet"].split("/", 1)[1])
    return table(headers["held"], [
        [page, ", ".join(f"`{n}`" for n in names)]
        for page, names in held.items()])


class PaddleReleases(SphinxDirective):
    """One part of the matrix (summary, changed, held) as a table."""

    required_arguments = 1

    def run(self):
        data = self.env.app.paddle_releases
        self.env.note_dependency(self.config.paddle_releases_path)
        if data is None:
            logger.warning(f"{self.config.paddle_releases_path} is missing: "
                           "run `nox -s versions`",
                           location=self.get_location())
            return []
        container = nodes.container()
        self.state.nested_parse(
            StringList(render(data, self.config.language,
                              self.arguments[0]).splitlines(),
                       source=self.config.paddle_releases_path),
            self.content_offset, container)
        return container.children


def read_data(app):
    app.paddle_releases = load(app.config.paddle_releases_path)


def setup(app):
    app.add_config_value("paddle_releases_path", "", "env", str)
    app.add_role("holds-on", holds_on_role)
    app.add_role("releases-made", made_role)
    app.add_directive("paddle-releases", PaddleReleases)
    app.connect("builder-inited", read_data)
    app.connect("env-before-read-docs", check_stale)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
