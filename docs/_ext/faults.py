"""A page that failed a build fails every later build until it is fixed.

Sphinx reports a page's warnings only when it reads the page, and a failed
build still marks the page as read: the next build would skip it, exit 0 and
publish it as it is (a traceback, a drifted value, a missing glue value).
Sphinx has no setting for this (sphinx-doc/sphinx#725), so this module keeps
the faults itself:

- every warning of a build is attributed to the page it concerns (its
  location, or the page being read or written when it was logged: each
  record is stamped with that page when it is made, so that this holds in
  the worker processes of a parallel build (``-j``) too, whose records reach
  this handler only when the parent process replays them);
- after the build the faulty pages are written to ``faults.json`` next to the
  doctrees, their HTML, downloads and myst-nb's error reports are deleted
  (nothing broken is left to publish), and their cached executions are
  evicted (a failed run is run again, not replayed);
- the next build re-reads every page of that list, so its checks run again.
  A warning that names no page makes the next build re-read every page.
"""

import json
import logging
import re
import shutil
from pathlib import Path

from jupyter_cache import get_cache
from sphinx.util import logging as sphinx_logging
from sphinx.util.logging import WarningStreamHandler

EVERY_PAGE = "*"
FILE = "faults.json"
LOCATION = re.compile(r"^(?P<path>.+?)(?::\d+)?$")


class FaultCollector(logging.Handler):
    """Remembers which pages the warnings of a build are about."""

    def __init__(self, app):
        super().__init__(logging.WARNING)
        self.app = app
        self.faults = {}  # page -> messages
        self.failed_runs = set()  # pages whose execution stopped

    def emit(self, record):
        page = self.page_of(record) or EVERY_PAGE
        record.fault_page = page  # for DropAfterFailedRun, later
        message = record.getMessage()
        self.faults.setdefault(page, []).append(message)
        if "Executing notebook failed" in message:
            self.failed_runs.add(page)

    def page_of(self, record):
        env = self.app.env
        location = getattr(record, "location", None)
        if isinstance(location, tuple):
            location = location[0]
        elif location is not None and not isinstance(location, str):
            location = getattr(location, "source", None)  # a docutils node
        if isinstance(location, str):
            if location in env.found_docs:
                return location
            path = LOCATION.match(location)["path"]
            if docname := env.path2doc(path):
                return docname
        return getattr(record, "page_at_work", None)


def previous_faults(app):
    path = Path(app.doctreedir) / FILE
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def reread_faulty_pages(app, env, added, changed, removed):
    faults = previous_faults(app)
    if EVERY_PAGE in faults:
        return list(env.found_docs)
    return [page for page in faults if page in env.found_docs]


def start_collecting(app):
    app.fault_collector = FaultCollector(app)
    make_record = app.fault_record_factory = logging.getLogRecordFactory()

    def stamped_record(*args, **kwargs):
        record = make_record(*args, **kwargs)
        record.page_at_work = app.env.temp_data.get("docname")
        return record

    logging.setLogRecordFactory(stamped_record)
    # first, so that it sees each warning when it is logged: Sphinx holds
    # back the warnings of the reading phase and prints them at its end
    logging.getLogger(sphinx_logging.NAMESPACE).handlers.insert(
        0, app.fault_collector)


def remove_output(app, page):
    """Delete what the build published of a faulty page."""
    outdir = Path(app.outdir)
    for path in [outdir / f"{page}.html", outdir / "_code" / f"{page}.py",
                 outdir / "_code" / f"{page}.ipynb",
                 outdir / "_sources" / f"{page}.md.txt"]:
        path.unlink(missing_ok=True)


def evict_cached_run(app, page):
    record = app.env.cached_runs.get(page)  # a failed run is never cached
    if record is None:
        return
    cache = get_cache(app.env.mystnb_config.execution_cache_path)
    try:
        cache.remove_cache(record)
    except KeyError:
        pass  # already gone


# The cache record of each page's run (noted by drift_guard), kept in the
# environment so that the worker processes of a parallel build hand it back.

def init_cached_runs(app):
    if not hasattr(app.env, "cached_runs"):
        app.env.cached_runs = {}


def forget_cached_run(app, env, docname):
    env.cached_runs.pop(docname, None)


def merge_cached_runs(app, env, docnames, other):
    env.cached_runs.update(
        {page: other.cached_runs[page] for page in docnames
         if page in other.cached_runs})


def keep_faults(app, exception):
    collector = app.fault_collector
    logging.getLogger(sphinx_logging.NAMESPACE).removeHandler(collector)
    logging.setLogRecordFactory(app.fault_record_factory)
    faults = collector.faults
    path = Path(app.doctreedir) / FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(faults, indent=1, ensure_ascii=False),
                    encoding="utf-8")
    # myst-nb's reports of failed runs, with the build machine's paths
    shutil.rmtree(Path(app.outdir) / "reports", ignore_errors=True)
    pages = app.env.found_docs if EVERY_PAGE in faults else faults
    for page in pages:
        remove_output(app, page)
    for page in faults:
        evict_cached_run(app, page)


class DropAfterFailedRun(logging.Filter):
    """When a page's run stopped, its glue values are missing: the warnings
    about each of them would bury the one that says why the run stopped."""

    def __init__(self, app):
        super().__init__()
        self.app = app

    def filter(self, record):
        page = getattr(record, "fault_page", None)
        return not (page in self.app.fault_collector.failed_runs
                    and "[mystnb.glue" in record.getMessage())


def install_filter(app):
    for handler in logging.getLogger(sphinx_logging.NAMESPACE).handlers:
        if isinstance(handler, WarningStreamHandler):
            handler.filters.insert(0, DropAfterFailedRun(app))


def setup(app):
    app.connect("builder-inited", start_collecting, priority=0)
    app.connect("builder-inited", install_filter)
    app.connect("builder-inited", init_cached_runs)
    app.connect("env-purge-doc", forget_cached_run)
    app.connect("env-merge-info", merge_cached_runs)
    app.connect("env-get-outdated", reread_faulty_pages)
    app.connect("build-finished", keep_faults)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
