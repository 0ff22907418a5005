"""Read pages in parallel (``-j``): equal shares of work, one shared cache,
one language at a time.

Sphinx splits the sorted list of pages to read into contiguous chunks and
hands each chunk to a worker process (``sphinx.util.parallel.make_chunks``),
so the pages that execute code could pile up in one chunk while another
worker reads pages of prose. Sphinx lets an extension reorder that list
(``env-before-read-docs``): this one deals the pages out, the slowest first,
to whichever worker has the least work so far.

A page's cost is the seconds its code ran in the cold builds of the last
`nox -s bench` (docs/_bench/page_seconds.json; a page's code is the same in
both languages). A page the bench has not timed gets a guess: nothing for a
page that executes no code, else 30 for its kernel (starting it and
importing torch and paddle take about as long as running 30 snippets) plus
one per snippet it loads, turned into seconds at the rate of the timed
pages. Only the order changes: every page is still read once, and a stale
or missing file costs time, never correctness.

The workers share myst-nb's execution cache, a SQLite database that
jupyter-cache creates on first use: two workers that both find it missing
both create its tables, and one fails ("table settings already exists").
So the parent process creates it before the workers start.

Adding a run to the cache is not safe with two writers either. jupyter-cache
adds a record to the database, then writes the notebook's file, then deletes
the records beyond its size limit: those not among the newest ones, found by
two queries. A record another worker adds between those two queries is among
neither, so it is deleted: its file is not written yet (the build fails with
"Notebook file does not exist for cache record", which CI hit) or it is, and
that run is lost. So workers add runs one at a time, under a lock next to the
cache.

The two languages build at the same time (noxfile.py), and their pages run
the same code. Whichever build starts reading first holds a lock next to the
cache until it has read every page; the other waits for it, then finds each
result in the cache. A page runs once, and everything but the reading
(start-up, writing, the search index) overlaps.

Kernels start one at a time, across every build of the user. A kernel manager
picks five free TCP ports for a new kernel (it binds port 0, notes the port
the system gave and closes it) and the kernel binds them a moment later, so
two workers that start kernels at once can pick the same port, and one kernel
dies with "Address already in use" (jupyter/jupyter_client#487, which CI
hit). Once a kernel has answered, its ports are bound, and the system hands a
bound port to no other request for a free one, so a lock held from the choice
of ports until the kernel answers removes the race among the builds; the
pages still run side by side. Neither myst-nb nor jupyter-cache lets a
project choose nbclient's NotebookClient, so this wraps its kernel start in
place.
"""

import json
import re
from pathlib import Path

from filelock import FileLock, Timeout
from jupyter_cache import get_cache
from jupyter_cache.cache.main import JupyterCacheBase
from jupyter_core.paths import jupyter_runtime_dir
from nbclient import NotebookClient
from sphinx.util import logging
from sphinx.util.parallel import make_chunks

logger = logging.getLogger(__name__)


KERNEL = 30  # what starting a kernel costs, counted in snippets
LOAD = re.compile(r"^:load:", re.M)
# written by tests/bench.py
TIMED = Path(__file__).parent.parent / "_bench" / "page_seconds.json"


def guess(env, docname):
    text = env.doc2path(docname).read_text(encoding="utf-8", errors="replace")
    if "file_format: mystnb" not in text:
        return 0
    return KERNEL + len(LOAD.findall(text))


def costs(env, docnames, timed=None):
    """{page: seconds}: as timed by the bench, else guessed."""
    timed = timed or TIMED
    guesses = {d: guess(env, d) for d in docnames}
    seconds = json.loads(timed.read_text()) if timed.exists() else {}
    page = {d: d.rpartition("/")[2] for d in docnames}
    known = [d for d in docnames if page[d] in seconds and guesses[d]]
    rate = (sum(seconds[page[d]] for d in known)
            / sum(guesses[d] for d in known)) if known else 1
    return {d: seconds[page[d]] if d in known else guesses[d] * rate
            for d in docnames}


def read_alone(app, env, docnames):
    """Wait until no other build reads pages with this cache."""
    config = env.mystnb_config
    if not docnames or config.execution_mode != "cache":
        return
    app.reading_lock = FileLock(
        Path(config.execution_cache_path).with_suffix(".lock"))
    try:
        app.reading_lock.acquire(timeout=0)
    except Timeout:
        logger.info("waiting for the other language's build to read its "
                    "pages; this one then takes their results from the cache")
        app.reading_lock.acquire()
    cache = get_cache(config.execution_cache_path)
    cache.list_cache_records()  # creates the database if it is missing


def done_reading(app, env):
    if getattr(app, "reading_lock", None):
        app.reading_lock.release()


def kernel_start_lock():
    """One lock for every build of this user: in Jupyter's runtime folder,
    next to the kernels' connection files."""
    runtime = Path(jupyter_runtime_dir())
    runtime.mkdir(parents=True, exist_ok=True)
    return runtime / "kernel-start.lock"


def start_kernels_one_at_a_time():
    """Hold a lock from the choice of a kernel's ports until it answers."""
    start_kernel = NotebookClient.async_start_new_kernel
    if getattr(start_kernel, "alone", False):
        return
    path = kernel_start_lock()

    async def start_kernel_alone(self, **kwargs):
        with FileLock(path):  # one per call: Sphinx forks its workers
            await start_kernel(self, **kwargs)  # picks ports, launches
            await self.async_start_new_kernel_client()  # until it answers

    start_kernel_alone.alone = True
    NotebookClient.async_start_new_kernel = start_kernel_alone


def write_cache_one_at_a_time():
    """Hold a lock next to the cache while a run is added to it."""
    add_run = JupyterCacheBase.cache_notebook_bundle
    if getattr(add_run, "alone", False):
        return

    def add_run_alone(self, *args, **kwargs):
        with FileLock(f"{self.path}.write.lock"):
            return add_run(self, *args, **kwargs)

    add_run_alone.alone = True
    JupyterCacheBase.cache_notebook_bundle = add_run_alone


def balance(app, env, docnames):
    workers = app.parallel
    if workers < 2 or len(docnames) < 2:
        return
    cost = costs(env, docnames)
    # worker w takes chunks w, w + workers, ...: its slots, in order
    chunks = [[None] * len(chunk) for chunk in make_chunks(docnames, workers)]
    slots = [[(c, i) for c in range(w, len(chunks), workers)
              for i in range(len(chunks[c]))] for w in range(workers)]
    load = [0.0] * workers
    for docname in sorted(docnames, key=lambda d: (-cost[d], d)):
        worker = min((w for w in range(workers) if slots[w]),
                     key=lambda w: load[w])
        chunk, index = slots[worker].pop(0)
        chunks[chunk][index] = docname
        load[worker] += cost[docname]
    docnames[:] = [docname for chunk in chunks for docname in chunk]


def setup(app):
    start_kernels_one_at_a_time()
    write_cache_one_at_a_time()
    app.connect("env-before-read-docs", read_alone, priority=100)
    app.connect("env-before-read-docs", balance)
    app.connect("env-updated", done_reading)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
