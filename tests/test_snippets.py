"""Every snippet is a standalone program a reader can run with `python`.

Each snippet runs in a process of its own, forked from one that has
imported torch, paddle and numpy once (tests/snippet_server.py), with the
environment, folder, arguments and path of `python <snippet>`. That each
also runs in a fresh interpreter of its own is shown on one snippet of
every folder.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
SNIPPETS = sorted(p.relative_to(ROOT).as_posix()
                  for p in (ROOT / "snippets").rglob("*.py"))
# The first snippet of each folder (snippets/ itself included).
FIRST_OF_FOLDER = sorted({Path(s).parent: s for s in reversed(SNIPPETS)}
                         .values())


@pytest.fixture(scope="session")
def forked_python(snippet_env):
    """Runs a snippet as `python <snippet>` does; returns its exit code,
    stdout and stderr."""
    server = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "snippet_server.py")],
        cwd=ROOT, env=snippet_env, stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)

    def run(snippet):
        server.stdin.write(snippet + "\n")
        server.stdin.flush()
        answer = server.stdout.readline()
        assert answer, "the snippet server ended"
        return json.loads(answer)
    yield run
    server.stdin.close()
    server.wait()


@pytest.mark.parametrize("snippet", SNIPPETS)
def test_snippet_runs_as_plain_python(snippet, forked_python):
    result = forked_python(snippet)
    assert result["code"] == 0, result["stderr"] or result["code"]
    assert result["stderr"] == "", result["stderr"]


@pytest.mark.parametrize("snippet", FIRST_OF_FOLDER)
def test_snippet_runs_alone_in_a_fresh_interpreter(snippet, snippet_env):
    result = subprocess.run([sys.executable, snippet], cwd=ROOT,
                            capture_output=True, text=True, env=snippet_env,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stderr == "", result.stderr
