"""Every snippet is a standalone program a reader can run with `python`,
and it prints what the pages that load it show.

Each snippet runs once here, in a process of its own, forked from one that
has imported torch, paddle and numpy once (tests/fork_server.py), with the
environment, folder, arguments and path of `python <snippet>`. A forked
run differs from a run of its own in what was imported before the snippet
started (numpy, paddle and torch, in that order), so for each order in
which snippets first import the libraries with native code
(`import_order`), the first snippet with that order runs in a fresh
interpreter instead: that shows that the forked runs stand for runs of
their own.

What it prints is held against the outputs recorded for it in
docs/_expected/ (what the site shows, with the drift guard's tolerance for
numbers): this second run of every snippet, apart from the build's, is also
what shows that no snippet prints something else from run to run.
"""

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT / "docs" / "_ext"))
from drift_guard import difference  # noqa: E402

# as tests/fork_server.py allows a forked run
TIMEOUT = 300

SNIPPETS = sorted(p.relative_to(ROOT).as_posix()
                  for p in (ROOT / "snippets").rglob("*.py"))
# Libraries with native code whose import order may matter (numpy aside:
# every one of them imports it first).
NATIVE = ["torch", "paddle", "matplotlib", "torchvision", "sklearn"]


def import_order(path, seen=None):
    """The NATIVE libraries in the order the snippet's top-level imports
    reach them, through the project's own modules (a snippet's folder, a
    layer's folder, snippets/)."""
    seen = set() if seen is None else seen
    order = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        else:
            continue
        for name in names:
            top = name.split(".")[0]
            local = [p for p in (path.parent / f"{top}.py",
                                 ROOT / "snippets" / f"{top}.py",
                                 ROOT / "snippets" / top / "calls.py")
                     if p.is_file() and p not in seen]
            if top in NATIVE:
                reached = [top]
            elif local:
                seen.add(local[0])
                reached = import_order(local[0], seen)
            else:
                reached = []
            order += [lib for lib in reached if lib not in order]
    return tuple(order)


# The first snippet of each import order runs in a fresh interpreter.
FRESH = set({import_order(ROOT / s): s for s in reversed(SNIPPETS)}
            .values())


def printed(outputs):
    """The printed text among a cell's recorded outputs (a figure or
    other rich output is not printed text)."""
    texts = [o for o in outputs if not o.startswith("figure ")]
    return texts[0] if texts else ""


def printed_on_pages(snippet):
    """{page record: what the snippet prints when run alone, as the page
    shows it, or with what an import prints first}. A page may run a
    snippet that this one imports in an earlier cell and let the import
    take that run (after_training.py imports train_digits.py): alone, the
    import prints what that cell showed."""
    tree = ast.parse((ROOT / snippet).read_text(encoding="utf-8"))
    folder = Path(snippet).parent.as_posix()
    imported = {f"{folder}/{node.module}.py" for node in ast.walk(tree)
                if isinstance(node, ast.ImportFrom) and node.module}
    shown = {}
    for record in sorted((ROOT / "docs" / "_expected").glob("*.json")):
        cells = json.loads(record.read_text(encoding="utf-8"))["cells"]
        if snippet in cells:
            own = printed(cells[snippet])
            shown[record.name] = [own] + [printed(cells[name]) + own
                                          for name in sorted(imported)
                                          if name in cells]
    return shown


def fresh_python(snippet, env):
    """`python <snippet>` in an interpreter of its own."""
    result = subprocess.run([sys.executable, snippet], cwd=ROOT,
                            capture_output=True, text=True, env=env,
                            timeout=TIMEOUT)
    return {"code": result.returncode, "stdout": result.stdout,
            "stderr": result.stderr}


@pytest.mark.parametrize("snippet", SNIPPETS)
def test_snippet_runs_as_plain_python(snippet, forked_python, snippet_env):
    if snippet in FRESH:
        result = fresh_python(snippet, snippet_env)
    else:
        result = forked_python(snippet)
    assert result["code"] == 0, result["stderr"] or result["code"]
    assert result["stderr"] == "", result["stderr"]
    for record, ways in printed_on_pages(snippet).items():
        differences = [difference(way, result["stdout"]) for way in ways]
        assert None in differences, (
            f"python {snippet} prints something else than "
            f"docs/_expected/{record} records: {differences[0]}")


def functions(path):
    """{name: the function's or class's code, docstring left out} of a
    snippet."""
    found = {}
    for node in ast.parse((ROOT / path).read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            body = node.body[1:] if ast.get_docstring(node) else node.body
            found[node.name] = ast.dump(ast.Module(body, []))
    return found



def test_snippets_run_on_the_pinned_kernels(forked_python, tmp_path):
    """The environment the build gives snippets (docs/_ext/kernel_env.py)
    takes effect: PyTorch picks its AVX2 kernels and oneDNN an AVX2
    convolution on any newer CPU, so that the recorded rounding does not
    depend on the CPU's newest instructions."""
    probe = tmp_path / "probe.py"
    probe.write_text(
        "import torch\n"
        "print(torch.backends.cpu.get_cpu_capability())\n"
        "torch.nn.functional.conv2d(torch.ones(2, 3, 64, 64),\n"
        "                           torch.ones(64, 3, 7, 7))\n")
    result = forked_python(probe, env={"ONEDNN_VERBOSE": "1"})
    assert result["code"] == 0, result["stderr"]
    capability, *log = result["stdout"].splitlines()
    assert capability == "AVX2", capability
    # onednn_verbose,v1,primitive,exec,cpu,convolution,jit:avx2,...
    kernels = [line.split(",")[6] for line in log
               if ",exec,cpu,convolution," in line]
    assert kernels and all(k.endswith(":avx2") for k in kernels), log

# Port helpers the call matrix's entries copy from the snippet that
# teaches them (the snippets print their lesson, so they are copied, not
# imported; schedules/calls.py imports one_cycle_port.py's helpers, a
# module that prints nothing). (max_pool2d/calls.py's paddle_max_pool2d_dilated is not a
# copy: it generalizes the MaxPool2d page's to a size, stride and
# dilation per axis.)
COPIED = {"paddle_smoothed_ce": "snippets/losses/label_smoothing.py",
          "paddle_nll_loss": "snippets/losses/nll_loss.py",
          "TorchReduceOnPlateau": "snippets/schedules/plateau.py"}


@pytest.mark.parametrize("name", COPIED)
def test_call_matrix_runs_the_pages_own_helper(name):
    """The call matrix proves the code the page teaches, not a copy that
    drifted from it (docstrings aside)."""
    calls = f"{Path(COPIED[name]).parent.as_posix()}/calls.py"
    assert functions(COPIED[name])[name] == functions(calls)[name], (
        f"{name} in {calls} differs from {COPIED[name]}: copy it again")


def test_import_order_follows_the_projects_own_modules(tmp_path):
    """The fresh runs' sample (`FRESH`) sees the order in which a snippet
    reaches the native libraries through a module of its folder."""
    (tmp_path / "helper.py").write_text("import torch\nimport numpy\n")
    snippet = tmp_path / "lesson.py"
    snippet.write_text("from helper import x\nimport paddle.nn as nn\n"
                       "import torch\n")
    assert import_order(snippet) == ("torch", "paddle")
    assert len(FRESH) == len({import_order(ROOT / s) for s in SNIPPETS})
