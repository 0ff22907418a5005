"""Fail the build when an executed page does not show what was reviewed.

After myst-nb has executed (or fetched from its cache) a page's notebook,
every code cell is checked:

- a cell that raised (a failing snippet or a failing check) is an error;
- any output on stderr is an error: readers never see library noise;
- an output that shows a fact of the build machine (an absolute path, the
  host or user name) is an error: it would differ on every machine;
- running the page must not write into the repository (the kernel guard
  makes such a write raise);
- every output a reader sees (text, glued values, a summary of each figure:
  size, titles, labels, legend, data statistics) is compared with the record
  in ``docs/_expected/<page>.json``; see ``difference``.

Messages name the page, the snippet and the value. ``-D drift_accept=1``
(``nox -s accept``) writes the records instead, after running each page a
second time and refusing an output that differs between the two runs.

Each figure's summary comes with its output (``figure_backend.py`` puts it
in the output's metadata). Every kernel starts by guarding the repository
against writes (``kernel_guard.py``, an IPython startup file). A hidden last
cell carries a hash of the repository files that snippets may import or read
without loading them (helper modules, data files under ``snippets/`` and
``docs/_data/``): changing one re-runs the pages instead of replaying their
cached outputs.
"""

import copy
import getpass
import hashlib
import json
import math
import os
import re
import shutil
import socket
import tempfile
from pathlib import Path

from jupyter_cache import get_cache
from jupyter_cache.executors.utils import single_nb_execution
from myst_nb.sphinx_ import NbMetadataCollector
from snippet_pages import cell_name
from sphinx.util import logging

logger = logging.getLogger(__name__)

# Two printed numbers agree when they differ by at most RELATIVE of the
# larger, or by at most ABSOLUTE: float32 results move by a few units in the
# last place between CPUs (float32 resolves about 1.2e-7 near 1), so noise
# near zero, such as a difference printed as 3e-08, must pass, while a
# recorded 1e-05 that now prints 9e-05 must not.
RELATIVE = 1e-4
ABSOLUTE = 1e-6
NUMBER = re.compile(r"[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?")
SETUP_TAG = "drift-guard-setup"
# Data that only changes what a page shows, never what it runs: read by the
# Sphinx side alone (a re-run of `nox -s versions` re-executes no page).
NOT_RUN = {"docs/_data/code_comments.yaml",
           "docs/_data/paddle_releases.json",
           "docs/_data/api_links.yaml"}
SKIP_DIRS = {"_build", ".git", ".nox", "node_modules", ".pytest_cache",
             "__pycache__"}
# What myst-nb shows of a rich output in HTML, first match wins.
SHOWN_MIME = ["text/html", "image/svg+xml", "image/png", "image/jpeg",
              "text/markdown", "text/latex", "text/plain"]
ACCEPT_HINT = "if the change is intended, run `nox -s accept` and review the diff"


def visible_outputs(cell):
    """What a reader sees of a cell, and what must never reach the page.

    Printed text is taken as one block: how it is split into messages, and
    where those fall among rich outputs, depends on timing.
    """
    printed, rich, glue, problems = "", [], {}, []
    for output in cell.get("outputs", []):
        kind = output["output_type"]
        if kind == "stream" and output["name"] == "stderr":
            problems.append(f"wrote to stderr:\n{output['text'].rstrip()}")
        elif kind == "stream":
            printed += output["text"]
        elif kind == "error":
            problems.append(f"raised {output['ename']}: {output['evalue']}")
        else:
            glued = output.get("metadata", {}).get("scrapbook", {})
            prefix = len(glued.get("mime_prefix", ""))
            data = {k[prefix:]: v for k, v in output.get("data", {}).items()}
            mime = next((m for m in SHOWN_MIME if m in data), None)
            figure = output.get("metadata", {}).get("figure")
            if figure:  # pixels are not compared, this summary is
                shown = "figure " + json.dumps(figure, sort_keys=True,
                                               ensure_ascii=False)
            elif mime and mime.startswith("image/"):
                shown = f"<{mime}>"
            else:
                shown = data.get(mime, "") if mime else ""
            if glued:
                glue[glued["name"]] = (shown if figure
                                       else data.get("text/plain", ""))
            elif mime:
                rich.append(shown)
    return ([printed] if printed else []) + rich, glue, problems


def code_cells(notebook):
    """The page's code cells, without the hidden setup cell."""
    return [cell for cell in notebook.cells if cell.cell_type == "code"
            and SETUP_TAG not in cell.metadata.get("tags", [])]


def record_of(app, page, notebook):
    cells, glue, problems = {}, {}, []
    for number, cell in enumerate(code_cells(notebook), start=1):
        name = cell_name(app, page, cell, number)
        while name in cells:
            name += "'"
        shown, glued, trouble = visible_outputs(cell)
        cells[name] = shown
        glue.update(glued)
        problems += [(name, p) for p in trouble]
        problems += [(name, p) for p in machine_facts(app, shown, glued)]
    return {"cells": cells, "glue": glue}, problems


def machine_facts(app, shown, glued):
    """What an output reveals of the machine that built it."""
    facts = app.drift_machine_facts
    for text in [*shown, *glued.values()]:
        for name, pattern in facts:
            if match := pattern.search(text):
                yield (f"shows {name} ({match.group(0)!r}), which differs "
                       "from machine to machine: print a path relative to "
                       "the snippet, or nothing of the machine")


def machine_fact_patterns(app):
    root = str(Path(app.confdir).resolve())
    paths = {root, str(Path.home()), tempfile.gettempdir(),
             os.path.realpath(tempfile.gettempdir())}
    user = re.escape(getpass.getuser())
    host = re.escape(socket.gethostname())
    facts = [("an absolute path of the build machine",
              re.compile("|".join(re.escape(p) for p in sorted(paths)))),
             ("the user name",
              re.compile(rf"(/home/|/Users/|\\Users\\){user}\b|"
                         rf"\b{user}@"))]
    # a whole word only: "vm" is a host name here, not part of "svm"
    facts.append(("the host name", re.compile(rf"(?<![\w.-]){host}(?![\w-])")))
    app.drift_machine_facts = facts


def difference(expected, actual):
    """Describe the first difference beyond tolerance, or return None."""
    skeleton = lambda s: " ".join(NUMBER.sub("#", s).split())  # noqa: E731
    if skeleton(expected) != skeleton(actual):
        return f"text differs\n  expected: {expected!r}\n  actual:   {actual!r}"
    for want, got in zip(NUMBER.findall(expected), NUMBER.findall(actual)):
        if not math.isclose(float(want), float(got), rel_tol=RELATIVE,
                            abs_tol=ABSOLUTE):
            return (
                f"value {got} differs from the recorded {want} (tolerance: "
                f"relative {RELATIVE}, absolute {ABSOLUTE})\n"
                f"  expected: {expected!r}\n  actual:   {actual!r}"
            )
    return None


def compare(expected, actual):
    """Yield (where, what) for each drifted output."""
    for name, outputs in actual["cells"].items():
        if name not in expected["cells"]:
            yield name, "has no recorded outputs"
            continue
        recorded = expected["cells"][name]
        if len(recorded) != len(outputs):
            yield name, f"shows {len(outputs)} outputs, recorded {len(recorded)}"
            continue
        for want, got in zip(recorded, outputs):
            diff = difference(want, got)
            if diff:
                yield name, diff
    for name in expected["cells"].keys() - actual["cells"].keys():
        yield name, "was recorded but the page no longer runs it"
    for key, got in actual["glue"].items():
        want = expected["glue"].get(key)
        if want is None:
            yield f"glue {key!r}", "has no recorded value"
        elif diff := difference(want, got):
            yield f"glue {key!r}", diff
    for key in expected["glue"].keys() - actual["glue"].keys():
        yield f"glue {key!r}", "was recorded but is no longer glued"


def expected_path(app, docname):
    return Path(app.config.drift_expected_dir) / f"{docname}.json"


# -- Before a page runs -------------------------------------------------------

SETUP_CELL = """

```{{code-cell}} ipython3
:tags: [remove-cell, %s]
# repository files the snippets may read: {digest}
```
""" % SETUP_TAG


def unloaded_files(app):
    """Files under snippets/ and docs/_data/ that no page loads: helper
    modules and data that snippets import or read by themselves."""
    root = Path(app.confdir).resolve()
    loaded = set()
    for tree in Path(app.srcdir).resolve().parent.iterdir():  # each language
        for page in tree.rglob("*.md"):
            for load in re.findall(r"^:load:\s*(\S+)",
                                   page.read_text(encoding="utf-8",
                                                  errors="replace"), re.M):
                loaded.add((page.parent / load).resolve())
    found = []
    for folder in [root / "snippets", root / "docs" / "_data"]:
        found += [f for f in folder.rglob("*") if f.is_file()
                  and not SKIP_DIRS & set(f.relative_to(root).parts)
                  and f.suffix != ".pyc" and f.resolve() not in loaded
                  and f.relative_to(root).as_posix() not in NOT_RUN]
    return sorted(found)


def prepare(app):
    machine_fact_patterns(app)
    app.drift_helpers = unloaded_files(app)
    digest = hashlib.sha256()
    for path in app.drift_helpers:
        digest.update(path.relative_to(app.confdir).as_posix().encode())
        digest.update(path.read_bytes())
    app.drift_setup_cell = SETUP_CELL.format(digest=digest.hexdigest()[:16])


def install_kernel_guard(app, config):
    """Every kernel runs kernel_guard.py first, as an IPython startup file
    (kernels inherit this environment): no cell is added before the page's
    own, so warnings keep the page's line numbers. The profile's
    ipython_kernel_config.py drops one harmless kernel log message."""
    profile = Path(app.confdir) / "_build" / "ipython"
    startup = profile / "profile_default" / "startup"
    startup.mkdir(parents=True, exist_ok=True)
    here = Path(__file__).parent
    shutil.copy(here / "kernel_guard.py", startup / "00-kernel-guard.py")
    shutil.copy(here / "ipython_kernel_config.py", startup.parent)
    os.environ["IPYTHONDIR"] = str(profile)


def add_setup_cell(app, docname, source):
    """Append the hidden cell whose code carries the hash of the helpers."""
    if "file_format: mystnb" not in source[0]:
        return
    # editing a record re-checks its page (a missing file would make Sphinx
    # re-read the page on every build: "no recorded outputs" fails anyway)
    app.env.note_dependency(str(expected_path(app, docname)))
    for helper in app.drift_helpers:
        app.env.note_dependency(str(helper))
    source[0] += app.drift_setup_cell


# -- After a page ran ---------------------------------------------------------

def executed_notebook(app, notebook):
    """The cache record of the page's run, and the page's notebook with the
    outputs of that run.

    myst-nb keeps the executed notebook to itself; the cache holds a copy.
    """
    cache = get_cache(app.env.mystnb_config.execution_cache_path)
    return cache.merge_match_into_notebook(notebook)


def snippet_in_traceback(app, page, notebook, traceback):
    """The snippet that nbclient quotes in a timeout message: the whole
    code of a short cell, the first five lines as a list of a long one."""
    for number, cell in enumerate(code_cells(notebook), start=1):
        lines = cell.source.strip().split("\n")
        quoted = cell.source if len(lines) < 11 else f"{lines[:5]}"
        if cell.source.strip() and quoted in traceback:
            return cell_name(app, page, cell, number)
    return "(not found in the traceback)"


def where_set(app, name):
    if name in getattr(app.config, "_overrides", {}):
        return "set with -D"
    return "in conf.py"


def report(app, docname, message):
    logger.warning(message, location=docname, type="drift")


def check_page(app, doctree):
    docname = app.env.docname
    exec_data = NbMetadataCollector.get_exec_data(app.env, docname)
    if exec_data is None:
        return  # not a notebook page: nothing was executed
    page = Path(app.env.doc2path(docname))
    notebook = app.env.temp_data["page_notebook"]  # from snippet_pages
    if not exec_data["succeeded"]:
        traceback = exec_data["traceback"] or ""
        culprit = snippet_in_traceback(app, page, notebook, traceback)
        report(app, docname,
               f"execution stopped with {exec_data['error']} in snippet "
               f"{culprit} (time limit: nb_execution_timeout = "
               f"{app.config.nb_execution_timeout} s, "
               f"{where_set(app, 'nb_execution_timeout')}). Run "
               f"`python {culprit}` to see why it fails or hangs; the "
               "page's glued values are missing until it runs through.")
        return
    try:
        record, executed = executed_notebook(app, notebook)
    except KeyError:  # a snippet changed on disk while this page was built
        report(app, docname, "a snippet changed during the build; build again")
        return
    app.env.cached_runs[docname] = record  # faults.py evicts a faulty run
    app.env.temp_data["executed_notebook"] = executed  # for downloads.py
    actual, problems = record_of(app, page, executed)
    for name, problem in problems:
        report(app, docname,
               f"snippet {name} {problem}\n  Run `python {name}` to see "
               "it, then fix the snippet (or the claim it checks) at its "
               "source.")
    if problems:
        return
    path = expected_path(app, docname)
    if app.config.drift_accept:
        if check_second_run(app, docname, page, notebook, actual):
            path.parent.mkdir(parents=True, exist_ok=True)
            text = json.dumps(actual, indent=2, ensure_ascii=False) + "\n"
            path.write_text(text, encoding="utf-8")
            logger.info(f"recorded the outputs of {page} in {path}")
        return
    if not path.exists():
        report(app, docname,
               f"no recorded outputs: {path} is missing; run `nox -s accept` "
               "to record them, review them and commit the file")
        return
    expected = json.loads(path.read_text(encoding="utf-8"))
    for where, what in compare(expected, actual):
        report(app, docname,
               f"{where}: output drifted from {path}: {what}\n  {ACCEPT_HINT}")


def check_second_run(app, docname, page, notebook, first):
    """Before recording, run the page again: an output that changes from
    run to run cannot be recorded."""
    config = app.env.mystnb_config
    again = copy.deepcopy(notebook)
    with tempfile.TemporaryDirectory() as cwd:
        result = single_nb_execution(again, cwd=cwd, allow_errors=True,
                                     timeout=config.execution_timeout,
                                     meta_override=True)
    if result.err is not None:
        report(app, docname, f"the second run stopped: {result.err!r}")
        return False
    second, _ = record_of(app, page, again)
    differences = list(compare(first, second))
    for where, what in differences:
        report(app, docname,
               f"{where}: output differs between two runs, so it cannot be "
               f"recorded: {what.replace('recorded', 'first run')}\n  Seed "
               "the randomness (and keep timings out of the outputs).")
    return not differences


def check_records_have_pages(app):
    """A record whose page is gone would never be compared again."""
    records = Path(app.config.drift_expected_dir)
    for record in sorted(records.rglob("*.json")):
        docname = record.relative_to(records).with_suffix("").as_posix()
        # by file, in any format: a new page is not in the environment yet
        page = Path(app.srcdir) / docname
        if not any(page.with_name(page.name + suffix).exists()
                   for suffix in app.config.source_suffix):
            report(app, None,
                   f"{record} records outputs of a page that does not exist "
                   f"({page}.md); delete it with its page")


def setup(app):
    app.add_config_value("drift_expected_dir", "", "env", str)
    # "": recording is not a reason to re-read pages (accept passes -E)
    app.add_config_value("drift_accept", False, "", bool)
    app.connect("builder-inited", check_records_have_pages)
    app.connect("builder-inited", prepare)
    app.connect("config-inited", install_kernel_guard)
    # after provenance.py (100) has appended its cell, before snippet_pages
    app.connect("source-read", add_setup_cell, priority=200)
    app.connect("doctree-read", check_page)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
