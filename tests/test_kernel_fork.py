"""Kernels forked from a server that has imported the libraries
(docs/_ext/kernel_fork.py): they start from its imports, run as Jupyter
kernels that Jupyter can interrupt and kill, and start fresh when a setting
read at start differs. The site's builds use them throughout (every build
test here goes through them); these tests watch the processes."""

import os
import sys
import time
from pathlib import Path

import pytest
from jupyter_client import KernelManager

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT / "docs" / "_ext"))

import kernel_fork  # noqa: E402


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """A server for a project whose snippets import numpy, with its kernel
    spec; the environment as it was afterwards."""
    root = tmp_path_factory.mktemp("forking")
    (root / "snippets").mkdir()
    (root / "snippets" / "counting.py").write_text("import numpy as np\n")
    saved = dict(os.environ)
    kernel_fork.write_kernel_spec(root / "jupyter")
    path = kernel_fork.start_server(root)
    yield path
    kernel_fork.stop_server()
    os.environ.clear()
    os.environ.update(saved)
    assert not Path(path).exists(), "the server left its socket"


def start(tmp_path, **env):
    manager = KernelManager(kernel_name="python3")
    manager.start_kernel(cwd=str(tmp_path), env=dict(os.environ, **env))
    client = manager.client()
    client.start_channels()
    client.wait_for_ready(timeout=60)
    return manager, client


def run(client, code, timeout=30):
    """What the code printed, and its reply's status."""
    printed = []

    def keep(message):
        if message["msg_type"] == "stream":
            printed.append(message["content"]["text"])
        elif message["msg_type"] == "error":
            printed.append(message["content"]["ename"])
    reply = client.execute_interactive(code, output_hook=keep,
                                       timeout=timeout)
    return "".join(printed).strip(), reply["content"]["status"]


CHECK = ("import os, sys; print('numpy' in sys.modules, os.getpid(), "
         "os.getcwd(), os.environ.get('FORKED_TEST'))")


def gone(pid, within=5):
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        try:  # a child of this process (a fresh kernel) is reaped here
            os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            pass
        time.sleep(0.05)
    return False


def test_kernel_starts_from_the_servers_imports(server, tmp_path):
    manager, client = start(tmp_path, FORKED_TEST="mine")
    try:
        printed, status = run(client, CHECK)
        preloaded, pid, cwd, variable = printed.split()
        # forked: numpy imported before any line ran, in the folder and
        # with the environment Jupyter gave the kernel, its own process
        assert (preloaded, cwd, variable) == ("True", str(tmp_path), "mine")
        assert int(pid) != manager.provisioner.pid
    finally:
        client.stop_channels()
        manager.shutdown_kernel()
    assert gone(int(pid)), "the kernel outlived its shutdown"


def test_setting_read_at_start_gives_a_fresh_kernel(server, tmp_path):
    threads = str(int(os.environ.get("OMP_NUM_THREADS", "1")) + 1)
    manager, client = start(tmp_path, OMP_NUM_THREADS=threads)
    try:
        printed, _ = run(client, CHECK)
        preloaded, pid, *_ = printed.split()
        # numpy read OMP_NUM_THREADS as it was imported: not the server's
        assert preloaded == "False"
        assert int(pid) == manager.provisioner.pid  # the launcher became it
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)


def test_interrupt_reaches_the_kernel(server, tmp_path):
    manager, client = start(tmp_path)
    try:
        message = client.execute("import time; time.sleep(60)")
        time.sleep(0.5)
        manager.interrupt_kernel()  # SIGINT to the launcher's group
        reply = client.get_shell_msg(timeout=10)
        assert reply["parent_header"]["msg_id"] == message
        assert reply["content"]["ename"] == "KeyboardInterrupt"
        # A request that reaches the kernel while it still drops the ones
        # queued behind the failed cell is answered "aborted" (ipykernel's
        # stop_on_error_timeout, ipython/ipykernel#609 and #618): once, in
        # a CI run with three test workers on two cores. Ask again.
        for _ in range(5):
            answer = run(client, "print(6 * 7)")
            if answer != ("", "aborted"):
                break
        assert answer == ("42", "ok")
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)


def test_killed_launcher_takes_its_busy_kernel(server, tmp_path):
    manager, client = start(tmp_path)
    printed, _ = run(client, "import os; print(os.getpid())")
    kernel = int(printed)
    client.execute("while True: pass")  # busy: it answers no shutdown
    time.sleep(0.5)
    client.stop_channels()
    manager.shutdown_kernel(now=True)  # SIGKILL to the launcher's group
    assert gone(kernel), "a busy kernel outlived its killed launcher"


def test_without_a_server_the_launcher_is_a_fresh_kernel(server, tmp_path):
    manager, client = start(tmp_path, KERNEL_FORK_SERVER="")
    try:
        printed, _ = run(client, CHECK)
        assert printed.split()[0] == "False"
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)
