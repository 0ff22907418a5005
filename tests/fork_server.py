"""Run Python programs as `python` would start them, without paying for the
same imports in each: this process imports the modules named on its command
line once (and calls the functions named as `module:function`), then
forks a child per program, which starts from that state as a
fresh interpreter would after those imports.

The snippets' runs use it (torch, paddle and numpy imported once) and so do
the small sites' builds (Sphinx, myst-nb and the themes: their imports take
about two thirds of a build that has nothing to do). A child shares its
parent's hash seed, where a fresh interpreter draws one; the full site is
always built by fresh interpreters (tests/conftest.py).

`ForkServer` starts one and sends it programs. The server reads one
request a line on stdin, as JSON: "argv" (what `sys.argv` would
be, the program first), "module" (run as `python -m module`) or else
argv[0] is the script, "cwd", and "env" (the whole environment; of what
Python reads as it starts, PYTHONPATH alone is applied). Answers
each with one line of JSON on stdout: the exit code (minus the signal
number if a signal ended it), and what the program wrote to stdout and to
stderr (file descriptors 1 and 2, so that what a library writes from C is
caught too).
"""

import importlib
import json
import os
import runpy
import signal
import subprocess
import sys
import tempfile
import traceback
from pathlib import Path

HERE = Path(__file__).parent

# Seconds a program may run here. The limits that bind are the build's
# (nb_execution_timeout, per cell) and the tests' own; this one only keeps a
# hanging program from hanging the suite, and is generous, so that a loaded
# machine does not fail a snippet that the build runs in time.
TIMEOUT = 300


def run(request, out, err):
    """In the child: become the program and run it; never returns."""
    signal.alarm(TIMEOUT)  # SIGALRM ends the child, reported as -14
    os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
    os.dup2(out.fileno(), 1)
    os.dup2(err.fileno(), 2)
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    sys.argv = list(request["argv"])
    module = request.get("module")
    # what the interpreter puts first on the path: the folder of the
    # script, or the working folder for `-m`; then PYTHONPATH's folders
    sys.path[0] = os.getcwd() if module else os.path.dirname(
        os.path.abspath(sys.argv[0]))
    extra = request["env"].get("PYTHONPATH", "")
    sys.path[1:1] = [os.path.abspath(p) for p in extra.split(os.pathsep) if p]
    code = 0
    try:
        if module:
            runpy.run_module(module, run_name="__main__", alter_sys=True)
        else:
            runpy.run_path(sys.argv[0], run_name="__main__")
    except SystemExit as end:
        if end.code is None or isinstance(end.code, int):
            code = end.code or 0
        else:
            print(end.code, file=sys.stderr)
            code = 1
    except BaseException:  # noqa: BLE001 - reported as the interpreter does
        traceback.print_exc()
        code = 1
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    os._exit(code)


def main():
    for name in sys.argv[1:]:  # "module", or "module:function" to call
        module, _, function = name.partition(":")
        loaded = importlib.import_module(module)
        if function:
            getattr(loaded, function)()
    for line in sys.stdin:
        request = json.loads(line)
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            child = os.fork()
            if child == 0:
                run(request, out, err)
            _, status = os.waitpid(child, 0)
            code = os.waitstatus_to_exitcode(status)
            texts = []
            for stream in (out, err):
                stream.seek(0)
                texts.append(stream.read().decode("utf-8", "replace"))
        print(json.dumps({"code": code, "stdout": texts[0],
                          "stderr": texts[1]}), flush=True)


class ForkServer:
    """The client: starts a server that imports `modules` (with env, this
    process's environment if None), and sends it programs to run."""

    def __init__(self, *modules, env=None):
        self.process = subprocess.Popen(
            [sys.executable, __file__, *modules], cwd=HERE.parent, env=env,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, text=True)

    def run(self, argv, cwd=None, env=None, module=None):
        """{"code", "stdout", "stderr"} of `python argv` (`python -m module
        argv[1:]`) in cwd (the project folder if None) with env (this
        process's environment if None)."""
        request = {"argv": argv, "cwd": str(cwd or HERE.parent),
                   "module": module,
                   "env": dict(os.environ if env is None else env)}
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline()
        assert answer, "the fork server ended"
        return json.loads(answer)

    def close(self):
        self.process.stdin.close()
        self.process.wait()


if __name__ == "__main__":
    main()
