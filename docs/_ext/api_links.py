"""Each layer page links the official API pages of what it teaches.

``docs/_data/api_links.yaml`` lists, per layer page, the PyTorch and Paddle
APIs it teaches and the chapters of *Dive into Deep Learning* on the same
idea. On each layer page, right before its "What this page checks"
heading, a section "Official documentation" (「官方文档」) lists them in
the page's language, one line per source:

- PyTorch's API pages, in English on both sites (PyTorch has none in
  Chinese, which the Chinese line says);
- Paddle's, in the page's language;
- d2l.ai on the English site, d2l-zh at a fixed commit on the Chinese one.

The links name the versions the site runs: the major.minor of
``torch.__version__`` and ``paddle.__version__``, read in a subprocess that
imports every API of the data file (the module, then ``getattr``). The build
fails, naming the data file, the page and the API, when a name does not
resolve; when the data file lists a page that does not exist or is not a
layer page; and when a layer page (a page that loads
``snippets/checks_table.py``) has no entry.
The subprocess runs again only when the data file or the installed torch or
paddle changes: its answer is kept in the execution cache's folder, which
both languages' builds share (the second to get there waits for the first
and takes its answer).
"""

import hashlib
import importlib.metadata
import json
import os
import re
import subprocess
import sys
from html import escape
from pathlib import Path

import yaml
from docutils import nodes
from filelock import FileLock
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from glossary import UniqueKeyLoader
from line_breaks import with_breaks

logger = logging.getLogger(__name__)

PYTORCH_URL = "https://docs.pytorch.org/docs/{version}/generated/{name}.html"
PADDLE_URL = ("https://www.paddlepaddle.org.cn/documentation/docs/{language}/"
              "{version}/api/{path}_{suffix}.html")
D2L_URL = {"en": "https://d2l.ai/{path}.html",
           "zh_CN": "https://github.com/d2l-ai/d2l-zh/blob/{commit}/{path}.md"}
# which framework a name belongs to: its top-level package, and the
# distribution whose version the cache key records
FRAMEWORKS = {"pytorch": ("torch", "torch"),
              "paddle": ("paddle", "paddlepaddle")}
# answers of resolve() kept in the execution cache's folder
KEPT = 4
RESOLVING = "api_links: importing the listed APIs in a fresh interpreter"
# A layer page loads this in its first cell and ends with its table.
LAYER_MARK = "snippets/checks_table.py"
CHECKS_HEADING = re.compile(r"^(?:\(\S+\)=\n)?(?P<level>#{2,6}) .*\n"
                            r"(?:[ \t]*\n)*```\{glue:md\} \S+_checks_", re.M)
WORDS = {
    "en": {"heading": "Official documentation",
           "pytorch": "PyTorch {version}: ", "paddle": "Paddle {version}: ",
           "d2l": "Dive into Deep Learning: ", "separator": ", "},
    "zh_CN": {"heading": "官方文档",
              "pytorch": "PyTorch {version}（仅有英文文档）：",
              "paddle": "飞桨 {version}：",
              "d2l": "《动手学深度学习》：", "separator": "、"},
}
D2L_KEYS = {"en": ("en", "en_title"), "zh_CN": ("zh", "zh_title")}

# Run by the subprocess: import each name's module, getattr the rest.
RESOLVE = r"""
import importlib, json, sys

names = json.loads(sys.stdin.read())
missing, versions = {}, {}
for name in names:
    parts = name.split(".")
    for cut in range(len(parts) - 1, 0, -1):
        try:
            found = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        break
    else:
        missing[name] = f"no module {parts[0]!r}"
        continue
    root = sys.modules[parts[0]]
    versions[parts[0]] = getattr(root, "__version__", None)
    try:
        for part in parts[cut:]:
            found = getattr(found, part)
    except AttributeError as error:
        missing[name] = str(error)
print("\n" + json.dumps({"missing": missing, "versions": versions}))
"""


def load(path):
    """The data file, or None where there is none."""
    path = Path(path)
    if not path.is_file():
        return None
    return yaml.load(path.read_text(encoding="utf-8"),
                     Loader=UniqueKeyLoader) or {}


def minor(version):
    """'2.13.0+cpu' -> '2.13'."""
    return ".".join(re.match(r"\d+(?:\.\d+)?", version)[0].split(".")[:2])


def api_url(framework, name, version, language):
    """The official page of one API, at the version's major.minor."""
    if framework == "pytorch":
        return PYTORCH_URL.format(version=minor(version), name=name)
    zh = language == "zh_CN"
    return PADDLE_URL.format(language="zh" if zh else "en",
                             version=minor(version),
                             path=name.replace(".", "/"),
                             suffix="cn" if zh else "en")


def d2l_url(chapter, language, commit):
    path = chapter[D2L_KEYS[language][0]]
    return D2L_URL[language].format(path=path, commit=commit)


def names_of(data):
    """{(framework, name): [pages]} of the data file."""
    found = {}
    for page, entry in (data.get("pages") or {}).items():
        for framework in FRAMEWORKS:
            for name in (entry or {}).get(framework) or []:
                found.setdefault((framework, name), []).append(page)
    return found


def resolve(names, python=sys.executable):
    """Import each name in a fresh interpreter: {"missing": {name: why},
    "versions": {package: __version__}}."""
    answer = subprocess.run([python, "-c", RESOLVE], input=json.dumps(names),
                            capture_output=True, text=True)
    if answer.returncode != 0:
        raise RuntimeError(f"resolving the APIs failed:\n{answer.stderr}")
    return json.loads(answer.stdout.rstrip().rsplit("\n", 1)[-1])


def cache_key(names):
    """The names, the installed torch and paddle, the interpreter."""
    digest = hashlib.sha256(json.dumps(sorted(names)).encode())
    for package, distribution in FRAMEWORKS.values():
        try:
            version = importlib.metadata.version(distribution)
        except importlib.metadata.PackageNotFoundError:
            version = None
        digest.update(f"{package}=={version}".encode())
    digest.update(sys.executable.encode())
    return digest.hexdigest()


def resolved(app, names):
    """resolve(), or its answer from an earlier build, in either language,
    for the same names and the same torch and paddle (the last few are
    kept: an edit undone costs nothing, an edit of a d2l chapter needs no
    answer)."""
    store = Path(app.config.nb_execution_cache_path) / "api_links.json"
    store.parent.mkdir(parents=True, exist_ok=True)
    key = cache_key(names)
    with FileLock(store.with_suffix(".lock")):
        kept = {}
        if store.is_file():
            kept = json.loads(store.read_text(encoding="utf-8"))
            if key in kept:
                return kept[key]
        logger.info(RESOLVING)
        answer = resolve(names)
        kept = dict(list(kept.items())[-(KEPT - 1):], **{key: answer})
        store.write_text(json.dumps(kept), encoding="utf-8")
    return answer


def problems(data):
    """What is wrong with the data file's shape, each as a sentence."""
    found = []
    if not isinstance(data, dict) or not isinstance(
            data.get("pages") or {}, dict):
        return ["`pages` must map each page to its APIs"]
    for page, entry in (data.get("pages") or {}).items():
        if not isinstance(entry, dict) or not (
                entry.get("pytorch") or entry.get("paddle")):
            found.append(f"page {page!r} lists no `pytorch:` or "
                         "`paddle:` API")
            continue
        unknown = set(entry) - {"pytorch", "paddle", "d2l"}
        if unknown:
            found.append(f"page {page!r} has unknown keys "
                         f"{sorted(unknown)} (pytorch, paddle, d2l)")
        for framework, (package, _) in FRAMEWORKS.items():
            for name in entry.get(framework) or []:
                if not str(name).startswith(package + "."):
                    found.append(f"page {page!r}: {framework} API "
                                 f"{name!r} does not start with {package}.")
        for chapter in entry.get("d2l") or []:
            keys = {"en", "en_title", "zh", "zh_title"}
            if not isinstance(chapter, dict) or set(chapter) != keys:
                found.append(f"page {page!r}: each d2l chapter "
                             f"needs exactly {sorted(keys)}")
    if not data.get("d2l_zh_commit") and any(
            (e or {}).get("d2l") for e in (data.get("pages") or {}).values()
            if isinstance(e, dict)):
        found.append("d2l chapters need `d2l_zh_commit`")
    return found


def entries(data):
    """{page: entry} of the data file; {} where it has the wrong shape."""
    pages = data.get("pages") if isinstance(data, dict) else None
    return pages if isinstance(pages, dict) else {}


def entry_pages(data):
    return set(entries(data))


def line_of(path, page=None, name=None):
    """``path:line`` of a page's entry in the data file (of one of its
    names, with name), for the warning's location."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    number, start = 1, 0
    if page is not None:
        for i, text in enumerate(lines):
            if re.match(rf"\s+{re.escape(page)}:", text):
                number = start = i + 1
                break
    if name is not None:
        for i, text in enumerate(lines[start:], start=start):
            if re.search(rf"(?<![\w.]){re.escape(name)}(?![\w.])", text):
                number = i + 1
                break
    return f"{path}:{number}"


def shown(app):
    """The data file's path as the messages show it: from the project."""
    return Path(os.path.relpath(app.config.api_links_path,
                                app.confdir)).as_posix()


def read_data(app):
    """Load the data file and resolve its APIs once per build."""
    path = app.config.api_links_path
    app.api_links = {"data": None, "versions": {}}
    data = load(path)
    if data is None:
        return
    app.api_links["data"] = data
    found = problems(data)
    for problem in found:
        logger.warning(problem, location=line_of(path))
    if found:
        return
    names = names_of(data)
    if not names:
        return
    answer = resolved(app, sorted({n for _, n in names}))
    app.api_links["versions"] = answer["versions"]
    for (framework, name), pages in sorted(names.items()):
        if name in answer["missing"]:
            logger.warning(
                f"{framework} API {name!r} of page {pages[0]!r} "
                f"does not resolve in the installed packages "
                f"({answer['missing'][name]}): fix its name in {shown(app)}",
                location=line_of(path, pages[0], name))


def check_pages_exist(app, env, docnames):
    """Each listed page exists and is a layer page."""
    data = app.api_links["data"]
    path = app.config.api_links_path
    for page in sorted(entry_pages(data)):
        if page not in env.found_docs:
            logger.warning(f"{shown(app)} lists page {page!r}, but "
                           f"docs/{app.config.language}/{page}.md does not "
                           "exist: fix the name or remove the entry",
                           location=line_of(path, page))
        elif LAYER_MARK not in Path(env.doc2path(page)).read_text(
                encoding="utf-8"):
            logger.warning(f"{shown(app)} lists page {page!r}, which is not "
                           f"a layer page (it does not load {LAYER_MARK}): "
                           "the links go before a layer page's checks "
                           "table; remove the entry",
                           location=line_of(path, page))


def add_section(app, docname, source):
    """Put the section before a layer page's "What this page checks"."""
    if LAYER_MARK not in source[0]:
        return
    app.env.note_dependency(app.config.api_links_path)
    if docname not in entry_pages(app.api_links["data"]):
        logger.warning(
            f"{docname} is a layer page (it loads {LAYER_MARK}) but "
            f"{shown(app)} has no entry for it: add `{docname}:` under "
            "`pages:` with the `pytorch:` and `paddle:` APIs it teaches "
            "(qualified names, e.g. torch.nn.Conv2d, paddle.nn.Conv2D) "
            "and, where one exists, its `d2l:` chapters", location=docname)
        return
    heading = CHECKS_HEADING.search(source[0])
    if heading is None:
        logger.warning(
            f"{docname} has no \"What this page checks\" heading followed "
            "by its ```{glue:md} <page>_checks_...``` table: the "
            "official documentation goes right before it",
            location=docname)
        return
    title = WORDS[app.config.language]["heading"]
    section = f"{heading['level']} {title}\n\n```{{api-links}}\n```\n\n"
    at = heading.start()
    source[0] = source[0][:at] + section + source[0][at:]


# A name this long may not fit beside its label on a 390 px phone: it may
# break after a dot. A shorter one moves to the next line whole.
BREAKABLE = 24


class api_name(nodes.literal):
    """An API's qualified name: HTML breaks a long one only after a dot."""


def visit_api_name(self, node):
    self.body.append(self.starttag(node, "code", "",
                                   CLASS="docutils literal notranslate"))
    name = escape(node.astext(), quote=False)
    self.body.append(with_breaks(name) if len(name) > BREAKABLE else name)
    self.body.append("</code>")
    raise nodes.SkipNode


def line(label, links, separator, classes):
    paragraph = nodes.paragraph(classes=classes)
    paragraph += nodes.Text(label)
    for i, (text, url, literal) in enumerate(links):
        if i:
            paragraph += nodes.Text(separator)
        inner = api_name(text, text) if literal else nodes.Text(text)
        paragraph += nodes.reference("", "", inner, refuri=url)
    item = nodes.list_item()
    item += paragraph
    return item


def render(entry, language, versions, commit=None):
    """The section's list for one page, in its language."""
    words = WORDS[language]
    block = nodes.bullet_list(classes=["api-links"])
    for framework, (package, _) in FRAMEWORKS.items():
        apis = entry.get(framework) or []
        if not apis:
            continue
        version = versions[package]
        block += line(
            words[framework].format(version=minor(version)),
            [(name, api_url(framework, name, version, language), True)
             for name in apis],
            words["separator"], [f"api-links-{framework}"])
    chapters = entry.get("d2l") or []
    if chapters:
        title = D2L_KEYS[language][1]
        block += line(words["d2l"],
                      [(c[title], d2l_url(c, language, commit), False)
                       for c in chapters],
                      words["separator"], ["api-links-d2l"])
    return block


class ApiLinks(SphinxDirective):
    """The page's official documentation, from the data file."""

    def run(self):
        self.env.note_dependency(self.config.api_links_path)
        links = self.env.app.api_links
        entry = entries(links["data"]).get(self.env.docname)
        if not isinstance(entry, dict):
            return []  # a wrong shape is reported already
        try:
            block = render(entry, self.config.language, links["versions"],
                           links["data"].get("d2l_zh_commit"))
        except KeyError:  # a name did not resolve: reported already
            return []
        return [block]


def setup(app):
    app.add_config_value("api_links_path", "", "env", str)
    app.add_node(api_name, html=(visit_api_name, None))
    app.add_directive("api-links", ApiLinks)
    app.connect("builder-inited", read_data)
    app.connect("env-before-read-docs", check_pages_exist)
    # after bilingual's check of the two versions' headings, which reads
    # the other language's page as written
    app.connect("source-read", add_section, priority=300)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
