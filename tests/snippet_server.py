"""Run snippets as `python <snippet>` would, without importing torch and
paddle again for each: this process imports them once, then forks a child
per snippet, which starts from that state as a fresh interpreter would
after those imports.

Started by tests/test_snippets.py with the snippets' environment, in the
project folder. Reads one snippet path (relative to the project) a line on
stdin; answers each with one line of JSON on stdout: the exit code (minus
the signal number if a signal ended it), and what the snippet wrote to
stdout and to stderr (file descriptors 1 and 2, so that what a library
writes from C is caught too).
"""

import json
import os
import runpy
import signal
import sys
import tempfile
import traceback

import numpy  # noqa: F401 - the imports every snippet would repeat
import paddle  # noqa: F401
import torch  # noqa: F401

# Seconds a snippet may run here. The limit that binds is the build's
# (nb_execution_timeout, per cell); this one only keeps a hanging snippet
# from hanging the suite, and is generous, so that a loaded machine does
# not fail a snippet that the build runs in time.
TIMEOUT = 300


def run(snippet, out, err):
    """In the child: become `python <snippet>` and run it; never returns."""
    signal.alarm(TIMEOUT)  # SIGALRM ends the child, reported as -14
    os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
    os.dup2(out.fileno(), 1)
    os.dup2(err.fileno(), 2)
    sys.argv = [snippet]
    # what the interpreter puts first on the path: the script's folder
    sys.path[0] = os.path.dirname(os.path.abspath(snippet))
    code = 0
    try:
        runpy.run_path(snippet, run_name="__main__")
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
    for line in sys.stdin:
        snippet = line.strip()
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            child = os.fork()
            if child == 0:
                run(snippet, out, err)
            _, status = os.waitpid(child, 0)
            code = os.waitstatus_to_exitcode(status)
            texts = []
            for stream in (out, err):
                stream.seek(0)
                texts.append(stream.read().decode("utf-8", "replace"))
        print(json.dumps({"code": code, "stdout": texts[0],
                          "stderr": texts[1]}), flush=True)


if __name__ == "__main__":
    main()
