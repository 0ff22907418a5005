"""What parallel workers take turns at: starting a kernel, adding a run to
the execution cache (docs/_ext/parallel_read.py)."""

import json
import subprocess
import sys
import time
from pathlib import Path

from filelock import FileLock

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT / "docs" / "_ext"))

from parallel_read import kernel_start_lock  # noqa: E402

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


def test_a_kernel_starts_while_no_other_starts(tmp_path):
    """Two workers that start kernels at once can pick the same TCP port
    (jupyter/jupyter_client#487). A kernel starts only while no other
    process is starting one: it waits while the test holds the lock, keeps
    the lock until its ports are bound, and frees it before the page runs."""
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
