"""Fail the build when an executed page does not show what was reviewed.

After myst-nb has executed (or fetched from its cache) a page's notebook,
every code cell is checked:

- a cell that raised (a failing snippet or a failing check) is an error;
- any output on stderr is an error: readers never see library noise;
- every output a reader sees (text, glued values, the presence of figures) is
  compared with the record in ``docs/_expected/<page>.json``. Numbers may
  differ by ``TOLERANCE`` (relative or absolute); all other text must match
  up to white space.

Messages name the page, the snippet and the value. ``-D drift_accept=1``
(``nox -s accept``) writes the records instead of comparing them.
"""

import json
import math
import re
from pathlib import Path

from jupyter_cache import get_cache
from myst_nb.sphinx_ import NbMetadataCollector
from snippet_pages import cell_name
from sphinx.util import logging

logger = logging.getLogger(__name__)

TOLERANCE = 1e-4
NUMBER = re.compile(r"[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?")
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
            if glued:
                glue[glued["name"]] = data.get("text/plain", "")
            elif mime and mime.startswith("image/"):
                rich.append(f"<{mime}>")  # pixels are not compared
            elif mime:
                rich.append(data[mime])
    return ([printed] if printed else []) + rich, glue, problems


def record_of(app, page, notebook):
    cells, glue, problems = {}, {}, []
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    for number, cell in enumerate(code, start=1):
        name = cell_name(app, page, cell, number)
        while name in cells:
            name += "'"
        shown, glued, trouble = visible_outputs(cell)
        cells[name] = shown
        glue.update(glued)
        problems += [(name, p) for p in trouble]
    return {"cells": cells, "glue": glue}, problems


def difference(expected, actual):
    """Describe the first difference beyond tolerance, or return None."""
    skeleton = lambda s: " ".join(NUMBER.sub("#", s).split())  # noqa: E731
    if skeleton(expected) != skeleton(actual):
        return f"text differs\n  expected: {expected!r}\n  actual:   {actual!r}"
    for want, got in zip(NUMBER.findall(expected), NUMBER.findall(actual)):
        if not math.isclose(
            float(want), float(got), rel_tol=TOLERANCE, abs_tol=TOLERANCE
        ):
            return (
                f"value {got} differs from the recorded {want} "
                f"(tolerance {TOLERANCE})\n"
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


def note_expected(app, docname, source):
    app.env.note_dependency(str(expected_path(app, docname)))


def executed_notebook(app, notebook):
    """The page's notebook with the outputs of its run.

    myst-nb keeps the executed notebook to itself; the cache holds a copy.
    """
    cache = get_cache(app.env.mystnb_config.execution_cache_path)
    return cache.merge_match_into_notebook(notebook)[1]


def snippet_in_traceback(app, page, notebook, traceback):
    """The snippet whose code nbclient quotes in a timeout message."""
    code = [c for c in notebook.cells if c.cell_type == "code"]
    for number, cell in enumerate(code, start=1):
        head = "\n".join(cell.source.strip().splitlines()[:5])
        if head and head in traceback:
            return cell_name(app, page, cell, number)
    return "(not found in the traceback)"


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
        logger.warning(
            f"execution stopped with {exec_data['error']} in snippet "
            f"{culprit} (time limit: nb_execution_timeout = "
            f"{app.config.nb_execution_timeout} s in conf.py). Run the "
            "snippet with `python` to see why it fails or hangs.",
            location=docname,
            type="drift",
        )
        return
    try:
        executed = executed_notebook(app, notebook)
    except KeyError:  # a snippet changed on disk while this page was built
        logger.warning("a snippet changed during the build; build again",
                       location=docname, type="drift")
        return
    app.env.temp_data["executed_notebook"] = executed  # for downloads.py
    actual, problems = record_of(app, page, executed)
    for name, problem in problems:
        logger.warning(
            f"snippet {name} {problem}\n  Run `python {name}` to see it, "
            "then fix the snippet (or the claim it checks) at its source.",
            location=docname,
            type="drift",
        )
    if problems:
        return
    path = expected_path(app, docname)
    if app.config.drift_accept:
        path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(actual, indent=2, ensure_ascii=False) + "\n"
        path.write_text(text, encoding="utf-8")
        logger.info(f"recorded the outputs of {page} in {path}")
        return
    if not path.exists():
        logger.warning(
            f"no recorded outputs: {path} is missing; run `nox -s accept` "
            "to record them, review them and commit the file",
            location=docname,
            type="drift",
        )
        return
    expected = json.loads(path.read_text(encoding="utf-8"))
    for where, what in compare(expected, actual):
        logger.warning(
            f"{where}: output drifted from {path}: {what}\n  {ACCEPT_HINT}",
            location=docname,
            type="drift",
        )


def check_records_have_pages(app):
    """A record whose page is gone would never be compared again."""
    records = Path(app.config.drift_expected_dir)
    for record in sorted(records.rglob("*.json")):
        docname = record.relative_to(records).with_suffix("").as_posix()
        if not Path(app.env.doc2path(docname)).exists():
            logger.warning(
                f"{record} records outputs of a page that does not exist "
                f"({app.env.doc2path(docname)}); delete it with its page",
                type="drift",
            )


def setup(app):
    app.add_config_value("drift_expected_dir", "", "env", str)
    app.add_config_value("drift_accept", False, "env", bool)
    app.connect("builder-inited", check_records_have_pages)
    app.connect("source-read", note_expected)
    app.connect("doctree-read", check_page)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
