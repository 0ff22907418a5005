"""Start the build's kernels by forking a process that has imported the heavy
libraries once, instead of a fresh interpreter that imports them per page.

Each page runs in its own Jupyter kernel, and nearly every page imports
torch and paddle: about 3 s of a core per page, before its first line runs.
Here each build starts a server (`serve`) before it reads its pages; when
the first kernel is asked for, the server imports the libraries the
snippets import (of ``PRELOAD``) and ipykernel; each kernel is then a
child forked from it,
which starts from that state as a fresh interpreter would after those
imports, and runs ipykernel as ``python -m ipykernel_launcher`` does.

Jupyter still launches one process per kernel and manages it as usual: the
build's kernel spec (written into the build folder, found through
JUPYTER_PATH) runs this file as a launcher. The launcher hands the server
its arguments, environment, working folder and standard streams, forwards
the signals Jupyter sends it to the kernel, and exits with the kernel's
exit code; a kernel whose launcher is killed kills itself.

A fresh kernel starts instead when no server is at hand, or when a setting
that Python or a preloaded library reads as it starts differs between the
server and the kernel (`settings_read_at_start`): the kernel then runs as
it would have without the server.

No library does this: jupyter_client lets a kernel spec choose the command
(or a provisioner, registered by an installed package's entry point), and
the forking launchers we know of serve Jupyter servers, not one build.
"""

import gc
import importlib
import json
import os
import re
import select
import selectors
import signal
import socket
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

# Imported by the server if some snippet imports them.
PRELOAD = ["numpy", "torch", "paddle"]
VARIABLE = "KERNEL_FORK_SERVER"
# Variables read as Python or the preloaded libraries start: a kernel whose
# value differs from the server's starts fresh.
READ_AT_START = re.compile(
    r"PYTHON|LD_|OMP_|MKL_|KMP_|GOMP_|OPENBLAS|GLOG_|FLAGS_|ONEDNN_"
    r"|DNNL_|ATEN_|TORCH|PYTORCH|PADDLE|CUDA|NUMPY|NPY_")
IMPORTS = re.compile(r"^\s*(?:import|from)\s+(\w+)", re.M)


# -- The server ---------------------------------------------------------------


def settings_read_at_start(env):
    return {k: v for k, v in env.items() if READ_AT_START.match(k)}


def serve(path, modules):
    """Fork a kernel for each launcher that connects to the socket at
    `path`, having imported the modules when the first one connected; end
    when stdin closes (the build that started the server has ended)."""
    try:
        forking(path, modules)
    finally:
        os.unlink(path)
        os.rmdir(os.path.dirname(path))


def forking(path, modules):
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the build handles Ctrl-C
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(path)
    listener.listen(16)  # launchers wait here while the imports run
    started = settings_read_at_start(os.environ)
    imported = False
    selector = selectors.DefaultSelector()
    selector.register(listener, selectors.EVENT_READ)
    selector.register(sys.stdin, selectors.EVENT_READ)
    kernels = {}  # pid: the launcher's connection
    while True:
        for key, _ in selector.select(timeout=0.2):
            if key.fileobj is sys.stdin:
                return
            if not imported:  # when the first kernel is asked for
                import_once(modules)
                imported = True
            connection, _ = listener.accept()
            try:
                message, fds, _, _ = socket.recv_fds(connection, 1 << 20, 3)
                request = json.loads(message)
            except (OSError, ValueError):  # a launcher that ended at once
                connection.close()
                continue
            differs = sorted(
                set(started.items())
                ^ set(settings_read_at_start(request["env"]).items()))
            if differs:
                answer = {"fresh": sorted({k for k, _ in differs})}
                connection.sendall(json.dumps(answer).encode() + b"\n")
                connection.close()
                for fd in fds:
                    os.close(fd)
                continue
            pid = os.fork()
            if pid == 0:
                selector.close()
                for other in [listener, connection, *kernels.values()]:
                    other.close()
                become_kernel(request, fds)
            for fd in fds:
                os.close(fd)
            connection.sendall(json.dumps({"pid": pid}).encode() + b"\n")
            kernels[pid] = connection
        while kernels:  # report each kernel that ended to its launcher
            pid, status = os.waitpid(-1, os.WNOHANG)
            if pid == 0:
                break
            connection = kernels.pop(pid)
            code = os.waitstatus_to_exitcode(status)
            try:
                connection.sendall(json.dumps({"exit": code}).encode() + b"\n")
            except OSError:
                pass  # its launcher has gone
            connection.close()


def import_once(modules):
    # The imports' objects are shared with every kernel until written to;
    # the garbage collector of a kernel would write to each of them, and so
    # copy their memory into the kernel (Python's gc.freeze)
    gc.disable()
    for name in modules:
        importlib.import_module(name)
    importlib.import_module("ipykernel.kernelapp")
    gc.freeze()


def become_kernel(request, fds):
    """In the forked child: the kernel, as `python -m ipykernel_launcher`
    would run it; never returns."""
    for fd, standard in zip(fds, (0, 1, 2)):
        os.dup2(fd, standard)
        os.close(fd)
    os.setsid()  # out of the terminal's reach, as Jupyter starts a kernel
    gc.enable()
    signal.signal(signal.SIGINT, signal.default_int_handler)
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    sys.path[0] = os.getcwd()  # as `python -m` puts it first
    sys.argv = [request["argv0"], *request["args"]]
    watch(request["launcher"])
    code = 0
    try:
        from ipykernel import kernelapp
        kernelapp.launch_new_instance()
    except SystemExit as end:
        code = end.code if isinstance(end.code, int) else int(bool(end.code))
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:  # noqa: BLE001 - ending anyway
                pass
    os._exit(code)


def watch(launcher):
    """End this kernel when its launcher ends: Jupyter kills the launcher's
    process group, which this process is not in."""
    handle = os.pidfd_open(launcher)

    def wait():
        select.select([handle], [], [])  # readable once it has ended
        os.kill(os.getpid(), signal.SIGKILL)
    threading.Thread(target=wait, daemon=True).start()


# -- The launcher (the kernel spec's command) ---------------------------------


def launch(args):
    """Have the server fork the kernel; forward signals to it; exit with
    its code. Without a server, or if it says so, become a fresh kernel."""
    path = os.environ.get(VARIABLE)
    reply = None
    if path:
        client = socket.socket(socket.AF_UNIX)
        try:
            client.connect(path)
            request = {"argv0": sys.argv[0], "args": args, "cwd": os.getcwd(),
                       "env": dict(os.environ), "launcher": os.getpid()}
            socket.send_fds(client, [json.dumps(request).encode()], [0, 1, 2])
            lines = client.makefile("rb")
            reply = json.loads(lines.readline() or "null")
        except OSError:
            reply = None
    if not reply or "pid" not in reply:
        os.execv(sys.executable, [sys.executable, "-m", "ipykernel_launcher",
                                  *args])
    kernel = reply["pid"]

    def forward(number, frame):
        try:
            os.kill(kernel, number)
        except ProcessLookupError:
            pass
    for number in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP,
                   signal.SIGQUIT, signal.SIGUSR1, signal.SIGUSR2):
        signal.signal(number, forward)
    ended = json.loads(lines.readline() or '{"exit": 1}')
    sys.exit(ended["exit"])


# -- In the build -------------------------------------------------------------


def preload(root):
    """The modules of PRELOAD that some snippet imports."""
    found = set()
    for script in Path(root, "snippets").rglob("*.py"):
        found.update(IMPORTS.findall(script.read_text(encoding="utf-8",
                                                      errors="replace")))
    return [name for name in PRELOAD if name in found]


_server = None  # this process's: (process, socket path)


def start_server(root):
    """This process's server, started on first use; the kernels find its
    socket through VARIABLE."""
    global _server
    if _server is not None and _server[0].poll() is None:
        return _server[1]
    path = os.path.join(tempfile.mkdtemp(prefix="kernel-fork-"), "socket")
    process = subprocess.Popen(
        [sys.executable, __file__, "--serve", path, *preload(root)],
        stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
    _server = process, path
    while process.poll() is None and not os.path.exists(path):
        threading.Event().wait(0.01)  # until it listens (before importing)
    os.environ[VARIABLE] = path
    return path


def stop_server():
    global _server
    if _server is not None:
        _server[0].stdin.close()
        _server[0].wait()
        _server = None
    os.environ.pop(VARIABLE, None)


def write_kernel_spec(folder):
    """A kernel spec for the build: ipykernel's own, with this file as its
    command; Jupyter finds it first through JUPYTER_PATH."""
    from ipykernel.kernelspec import get_kernel_dict
    spec = Path(folder) / "kernels" / "python3"
    spec.mkdir(parents=True, exist_ok=True)
    kernel = get_kernel_dict()
    kernel["argv"] = [sys.executable, __file__, "-f", "{connection_file}"]
    (spec / "kernel.json").write_text(json.dumps(kernel, indent=1),
                                      encoding="utf-8")
    os.environ["JUPYTER_PATH"] = os.pathsep.join(
        [str(folder), *filter(None, [os.environ.get("JUPYTER_PATH")])])


def start_before_reading(app, env, docnames):
    """One server for the build, started before Sphinx forks its workers:
    they and their kernels share it. It imports nothing until a kernel is
    asked for (a build that reads its pages from the cache starts none).
    Linux only (a kernel watches its launcher through a pidfd): elsewhere
    every kernel starts fresh."""
    if (docnames and env.config.nb_execution_mode != "off"
            and hasattr(os, "pidfd_open")):
        start_server(app.confdir)


def setup(app):
    app.connect("config-inited", lambda app, config: write_kernel_spec(
        Path(app.confdir) / "_build" / "jupyter"))
    app.connect("env-before-read-docs", start_before_reading, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True}


if __name__ == "__main__":
    if sys.argv[1] == "--serve":
        serve(sys.argv[2], sys.argv[3:])
    else:
        launch(sys.argv[1:])
