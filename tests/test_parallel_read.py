"""What parallel workers take turns at: starting a kernel, adding a run to
the execution cache; and how the pages are dealt out to them
(docs/_ext/parallel_read.py)."""

import json
import subprocess
import sys
import time
import types
from pathlib import Path

from filelock import FileLock

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT / "docs" / "_ext"))

import parallel_read  # noqa: E402
from parallel_read import balance, costs, kernel_start_lock  # noqa: E402

# Runs a one-cell notebook the way the build does (nbclient, with the
# build's kernel start). The kernel notes, while it starts up and has just
# bound its ports, the time and whether the lock is held; the cell reports
# that, and whether the lock is free while the page's code runs.
STARTER = """
import sys
import nbclient
import nbformat

sys.path.insert(0, {ext!r})
from parallel_read import start_kernels_one_at_a_time

start_kernels_one_at_a_time()
cell = nbformat.v4.new_code_cell(
    "import json\\n"
    "print(json.dumps(dict(STARTUP, lock_held_while_running=held())))")
notebook = nbformat.v4.new_notebook(cells=[cell], metadata={{
    "kernelspec": {{"name": "python3", "display_name": "Python 3"}}}})
print("starting a kernel", flush=True)
nbclient.execute(notebook, extra_arguments=[
    "--IPKernelApp.exec_files=[{probe!r}]"])
print(notebook.cells[0].outputs[0].text, end="")
"""

PROBE = """
import time
import filelock


def held():
    try:
        filelock.FileLock({lock!r}).acquire(timeout=0).lock.release()
        return False
    except filelock.Timeout:
        return True


STARTUP = {{"time": time.time(), "lock_held": held()}}
"""


def test_a_kernel_starts_while_no_other_starts(tmp_path, monkeypatch):
    """Two workers that start kernels at once can pick the same TCP port
    (jupyter/jupyter_client#487). A kernel starts only while no other
    process is starting one: it waits while the test holds the lock, keeps
    the lock until its ports are bound, and frees it before the page runs.
    The lock is this test's own (a runtime folder of its own), as the
    builds of other tests take the user's lock at any time."""
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(tmp_path / "runtime"))
    lock = str(kernel_start_lock())
    probe = tmp_path / "probe.py"
    probe.write_text(PROBE.format(lock=lock))
    starter = STARTER.format(ext=str(ROOT / "docs" / "_ext"), lock=lock,
                             probe=str(probe))
    with FileLock(lock):
        run = subprocess.Popen([sys.executable, "-c", starter],
                               stdout=subprocess.PIPE, text=True)
        assert run.stdout.readline() == "starting a kernel\n"
        time.sleep(5)  # an unguarded kernel is up in a second or two
        released = time.time()
    out, _ = run.communicate(timeout=120)
    assert run.returncode == 0
    startup = json.loads(out)
    assert startup["time"] > released, "the kernel did not wait for the lock"
    assert startup["lock_held"], "the lock was free before the ports were bound"
    assert not startup["lock_held_while_running"], "pages would not run side by side"


# Adds a run to a cache as the build does, and says when it is done.
WRITER = """
import sys
import time

import nbformat
from jupyter_cache import get_cache
from jupyter_cache.base import CacheBundleIn

sys.path.insert(0, {ext!r})
from parallel_read import write_cache_one_at_a_time

write_cache_one_at_a_time()
cache = get_cache({cache!r})
notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1")])
print("adding a run", flush=True)
cache.cache_notebook_bundle(CacheBundleIn(notebook, "page.ipynb"),
                            check_validity=False, overwrite=True)
print(time.time())
"""


def test_a_run_is_added_to_the_cache_while_no_other_is(tmp_path):
    """jupyter-cache can delete a record another worker is adding
    (parallel_read.py): a worker adds its run only while no other does."""
    cache = tmp_path / "cache"
    writer = WRITER.format(ext=str(ROOT / "docs" / "_ext"), cache=str(cache))
    with FileLock(f"{cache}.write.lock"):
        run = subprocess.Popen([sys.executable, "-c", writer],
                               stdout=subprocess.PIPE, text=True)
        assert run.stdout.readline() == "adding a run\n"
        time.sleep(3)  # adding a run unguarded takes a fraction of that
        released = time.time()
    out, _ = run.communicate(timeout=60)
    assert run.returncode == 0
    assert float(out) > released, "the run was added while another was"


def pages(tmp_path, loads):
    """A folder of pages, each executing with that many snippets (None:
    no code), and an env that finds them."""
    for name, count in loads.items():
        text = ("# prose\n" if count is None else
                "file_format: mystnb\n" + ":load: x.py\n" * count)
        (tmp_path / f"{name}.md").write_text(text, encoding="utf-8")
    return types.SimpleNamespace(
        doc2path=lambda docname: tmp_path / f"{docname}.md")


def test_timed_pages_cost_their_seconds_and_others_a_scaled_guess(tmp_path):
    env = pages(tmp_path, {"slow": 10, "fast": 10, "new": 20, "prose": None})
    timed = tmp_path / "page_seconds.json"
    timed.write_text(json.dumps({"slow": 60.0, "fast": 20.0, "gone": 5.0}))
    cost = costs(env, ["slow", "fast", "new", "prose"], timed)
    # 80 s for 80 guessed units: the new page's 50 units are 50 s
    assert cost == {"slow": 60.0, "fast": 20.0, "new": 50.0, "prose": 0}
    assert costs(env, ["new"], tmp_path / "missing.json") == {"new": 50}


def test_the_slowest_pages_are_dealt_out_first_to_the_least_loaded(
        tmp_path):
    seconds = {"zoo": 40.0, "conv": 30.0, "a": 20.0, "b": 10.0}
    prose = {"prose1": None, "prose2": None}
    env = pages(tmp_path, {**dict.fromkeys(seconds, 1), **prose})
    timed = tmp_path / "page_seconds.json"
    timed.write_text(json.dumps(seconds))
    docnames = sorted([*seconds, *prose])
    # in that order, Sphinx's two chunks of three would hold 60 s and 40 s
    original = parallel_read.TIMED
    parallel_read.TIMED = timed
    try:
        balance(types.SimpleNamespace(parallel=2), env, docnames)
    finally:
        parallel_read.TIMED = original
    # worker i reads chunk i: each starts with its slowest page
    first, second = docnames[:3], docnames[3:]
    assert (first[0], second[0]) == ("zoo", "conv"), docnames
    assert [sum(seconds.get(d, 0) for d in half)
            for half in (first, second)] == [50.0, 50.0], docnames
