"""Every snippet is a standalone program a reader can run with `python`."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
SNIPPETS = sorted(p.relative_to(ROOT).as_posix()
                  for p in (ROOT / "snippets").rglob("*.py"))


@pytest.mark.parametrize("snippet", SNIPPETS)
def test_snippet_runs_as_plain_python(snippet, snippet_env):
    result = subprocess.run([sys.executable, snippet], cwd=ROOT,
                            capture_output=True, text=True, env=snippet_env,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stderr == "", result.stderr
