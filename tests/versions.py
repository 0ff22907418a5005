"""Run the call matrix and every page's snippets on each Paddle release.

`nox -s versions` runs this file in the shared environment. For each
paddlepaddle release the package index offers for this Python (the newest
patch of each minor release from 2.6 on), it makes a small environment,
`.nox/paddle-<version>`, that holds only that paddle and the few pure-Python
packages it needs beyond the shared ones; a `.pth` file puts the shared
environment's packages (torch, numpy, matplotlib, myst-nb) after it on
`sys.path`. An environment that exists is reused. The pinned release runs in
the shared environment itself.

In each environment, this file runs again as a worker (`--worker`):

- the call matrix (`snippets/mapping/call_matrix.py`): its definitions, then
  every call of every API, each call on its own, so that one error does not
  stop the others; each release's verdicts are compared with the pinned
  release's;
- each page's snippets, in the page's order and in one namespace, as the
  page's kernel runs them, in a temporary folder: what each prints is
  compared with `docs/_expected/<page>.json` by the drift guard's own
  `difference`, and a failed assert or an error is reported by its first line.

The results go to `docs/_data/paddle_releases.json`, with the date, the
versions, the commit and a hash of every snippet (the build warns when one
changed since: docs/_ext/paddle_releases.py). Two jobs run at once (two
cores).
"""

import ast
import contextlib
import datetime
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import traceback
import types
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT / ".nox" / "site"
DATA = ROOT / "docs" / "_data" / "paddle_releases.json"
OLDEST = (2, 6)
TIMEOUT = 900  # seconds for one job; a hang is recorded, not waited for


def first_line(text):
    """The first line, without this machine's project folder."""
    lines = str(text).replace(str(ROOT), ".").strip().splitlines()
    return lines[0] if lines else ""


def error_line(error):
    return first_line(f"{type(error).__name__}: {error}")


# -- Worker: runs inside a release's environment ----------------------------

def matrix_worker():
    """Every call of the call matrix: the port's and the literal verdict."""
    path = ROOT / "snippets" / "mapping" / "call_matrix.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    # The definitions, up to the module's own loop over the calls.
    body = []
    for node in tree.body:
        if isinstance(node, ast.For):
            break
        body.append(node)
    module = types.ModuleType("call_matrix")
    module.__file__ = str(path)  # it puts snippets/ on the path
    sys.modules["call_matrix"] = module
    namespace = module.__dict__
    exec(compile(ast.Module(body, []), str(path), "exec"), namespace)
    rows = []
    for api in namespace["MATRIX"]:
        for call in api.calls():
            row = {"api": api.name, "call": call.code}
            try:
                code = api.port(call)
                row["port"] = namespace["run"](api, call, code)[0]
            except namespace["NotPortable"] as reason:
                row["port"] = f"no port: {reason}"
            except Exception as error:
                row["port"] = "error: " + error_line(error)
            literal = call.code.replace(api.name, api.paddle_name, 1)
            row["literal"] = namespace["outcome"](api, call, literal)[0]
            rows.append(row)
    return rows


def page_worker(snippets):
    """Each snippet's printed text and its error, run in one namespace."""
    namespace = {"__name__": "__main__"}
    results = {}
    for snippet in snippets:
        if snippet.startswith("="):  # the page registers its namespace
            sys.modules[snippet[1:]] = types.ModuleType(snippet[1:])
            sys.modules[snippet[1:]].__dict__.update(namespace)
            continue
        out, error = io.StringIO(), None
        # as `python snippet.py` does: its folder first on the path (the
        # port_model snippets import each other by name)
        folder = str((ROOT / snippet).parent)
        if folder not in sys.path:
            sys.path.insert(0, folder)
        try:
            source = (ROOT / snippet).read_text(encoding="utf-8")
            with contextlib.redirect_stdout(out):
                exec(compile(source, snippet, "exec"), namespace)
        except AssertionError as failed:
            # the assert's message, or else its line
            frame = traceback.extract_tb(failed.__traceback__)[-1]
            line = source.splitlines()[frame.lineno - 1].strip() if (
                frame.filename == snippet) else "assert"
            error = "assert: " + (first_line(failed) or line)
        except BaseException as failed:  # noqa: BLE001 (SystemExit too)
            error = "error: " + error_line(failed)
        if "matplotlib.pyplot" in sys.modules:
            sys.modules["matplotlib.pyplot"].close("all")
        results[snippet] = {"printed": out.getvalue(), "error": error}
    return results


def worker(jobs, folder):
    """Import the libraries once, then run each job in a fork of this
    process: every page starts from the same fresh state, as in its own
    kernel, without paying for the imports again."""
    import matplotlib.pyplot  # noqa: F401
    import paddle
    import torch  # noqa: F401
    for number, job in enumerate(jobs.split(";")):
        output = Path(folder) / f"{number}.json"
        pid = os.fork()
        if pid == 0:
            try:
                result = {"paddle": paddle.__version__}
                if job == "matrix":
                    result["calls"] = matrix_worker()
                else:
                    result["snippets"] = page_worker(job.split(","))
                output.write_text(json.dumps(result), encoding="utf-8")
            finally:
                os._exit(0)
        began = time.monotonic()
        while os.waitpid(pid, os.WNOHANG) == (0, 0):
            if time.monotonic() - began > TIMEOUT:
                os.kill(pid, 9)
                os.waitpid(pid, 0)
                output.write_text(json.dumps(
                    {"cannot run": f"did not finish in {TIMEOUT} s"}))
                break
            time.sleep(0.1)
        if not output.exists():
            output.write_text(json.dumps({"cannot run": "the job crashed"}))


# -- Environments ------------------------------------------------------------

def releases(pinned):
    """The newest patch of each minor release from OLDEST on."""
    listing = subprocess.run(
        [sys.executable, "-m", "pip", "index", "versions", "paddlepaddle"],
        capture_output=True, text=True, check=True).stdout
    found = re.search(r"Available versions: (.*)", listing).group(1)
    newest = {}
    for version in found.split(", "):
        parts = tuple(int(p) for p in version.split("."))
        if parts[:2] >= OLDEST and parts > newest.get(parts[:2], ()):
            newest[parts[:2]] = parts
    versions = [".".join(map(str, v)) for _, v in sorted(newest.items())]
    return versions if pinned in versions else [*versions, pinned]


MISSING = """
import importlib.metadata as m
from packaging.requirements import Requirement
for text in m.requires("paddlepaddle") or []:
    r = Requirement(text)
    if r.marker and not r.marker.evaluate({"extra": ""}):
        continue
    try:
        ok = r.specifier.contains(m.version(r.name), prereleases=True)
    except m.PackageNotFoundError:
        ok = False
    if not ok:
        print(r)
"""


def environment(version, pinned):
    """The Python of a release's environment, or why it cannot run."""
    if version == pinned:
        return str(SHARED / "bin" / "python"), None
    folder = ROOT / ".nox" / f"paddle-{version}"
    python = folder / "bin" / "python"
    ready = folder / "ready"
    try:
        if not python.exists():
            subprocess.run([sys.executable, "-m", "venv", str(folder)],
                           check=True, capture_output=True)
        purelib = subprocess.run(
            [str(python), "-c", "import sysconfig; "
             "print(sysconfig.get_paths()['purelib'])"],
            check=True, capture_output=True, text=True).stdout.strip()
        # written on every run: an environment made from another checkout
        # (a git worktree) would point at that checkout's shared packages
        shared = next((SHARED / "lib").glob("python*/site-packages"))
        (Path(purelib) / "shared_site.pth").write_text(
            f"{shared.resolve()}\n")
        if ready.exists():
            return str(python), None
        pip = [str(python), "-m", "pip", "install", "--quiet", "--no-deps"]
        subprocess.run([*pip, f"paddlepaddle=={version}"], check=True,
                       capture_output=True, text=True)
        missing = subprocess.run([str(python), "-c", MISSING], check=True,
                                 capture_output=True, text=True).stdout
        if missing.split():
            subprocess.run([*pip, *missing.split("\n")[:-1]], check=True,
                           capture_output=True, text=True)
        subprocess.run([str(python), "-c", "import paddle"], check=True,
                       capture_output=True, text=True)
    except subprocess.CalledProcessError as error:
        return None, first_line(error.stderr or error) or str(error)
    ready.write_text(version)
    return str(python), None


# -- Jobs and comparison -----------------------------------------------------

def pages():
    """{page: [loaded snippet paths from the root, in order]}, with
    "=name" where the page registers its namespace as module `name` for
    later snippets to import (port_model's train_digits)."""
    found = {}
    for page in sorted((ROOT / "docs" / "en").glob("*.md")):
        steps = re.findall(r"^(?::load:\s*(\S+)|sys\.modules\[\"(\w+)\"\] =)",
                           page.read_text(encoding="utf-8"), re.M)
        if any(load for load, _ in steps):
            found[page.stem] = [
                (page.parent / load).resolve().relative_to(ROOT).as_posix()
                if load else f"={name}" for load, name in steps]
    return found


def labels(page):
    """{snippet: label} for the labelled cells of a page. A label on a
    cell also covers the cells right after it (a framework pair); a label
    on a heading covers the cells of its section."""
    folder = ROOT / "docs" / "en"
    named, label, section, in_cell = {}, None, False, False
    for line in (folder / f"{page}.md").read_text(
            encoding="utf-8").splitlines():
        if in_cell:
            in_cell = not line.startswith("```")
            if line.startswith(":load:") and label:
                snippet = (folder / line.split()[1]).resolve()
                named[snippet.relative_to(ROOT).as_posix()] = label
        elif line.startswith("```{code-cell}"):
            in_cell = True
        elif match := re.match(r"^\(([\w-]+)\)=$", line):
            label, section = match.group(1), None
        elif line.startswith("#"):
            # the heading a label stands on opens its section
            section = section is None and label is not None
            label = label if section else None
        elif line.strip() and not section:
            label = None
    return named


def run_jobs(python, jobs, env):
    """{job: the worker's result, or {"cannot run": first line}}."""
    with tempfile.TemporaryDirectory() as folder:
        done = subprocess.run(
            [python, str(Path(__file__).resolve()), "--worker",
             ";".join(jobs), folder], cwd=folder, env=env,
            capture_output=True, text=True)
        results = {}
        for number, job in enumerate(jobs):
            output = Path(folder) / f"{number}.json"
            if output.exists():
                results[job] = json.loads(output.read_text(encoding="utf-8"))
            else:
                lines = done.stderr.strip().splitlines() or ["no output"]
                results[job] = {"cannot run": lines[-1]}
        return results


def check_status(snippet, result, expected):
    """agree / differs / error, with the first line of what happened."""
    from drift_guard import difference
    error = result["error"]
    if error:
        kind, _, line = error.partition(": ")
        return ("differs", line) if kind == "assert" else ("error", line)
    recorded = expected.get("cells", {}).get(snippet, [])
    printed = result["printed"]
    if printed and not recorded:
        return "differs", "printed output where none is recorded"
    if printed and (diff := difference(recorded[0], printed)):
        # the first line that differs, not the whole output
        want, got = recorded[0].splitlines(), printed.splitlines()
        for a, b in zip(want, got):
            if difference(a, b):
                return "differs", b.strip()
        return "differs", first_line(diff)
    return "agree", ""


def snippet_hashes():
    return {p.relative_to(ROOT).as_posix():
            hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted((ROOT / "snippets").rglob("*.py"))}


def main(only_pages=None):
    started = time.monotonic()
    sys.path.insert(0, str(ROOT / "docs" / "_ext"))
    sys.path.insert(0, str(ROOT))
    import importlib.metadata
    pinned = importlib.metadata.version("paddlepaddle")
    versions = releases(pinned)
    print("releases:", ", ".join(versions), flush=True)
    pythons, cannot = {}, {}
    for version in versions:
        pythons[version], cannot[version] = environment(version, pinned)
        print(f"  {version}: {cannot[version] or 'ready'}", flush=True)
    from kernel_env import KERNEL_ENV  # as in the build (conf.py)
    env = dict(os.environ, MPLBACKEND="Agg", PYTHONDONTWRITEBYTECODE="1",
               PYTHONPATH=str(ROOT / "snippets"), **KERNEL_ENV)
    env.pop("VIRTUAL_ENV", None)
    page_snippets = pages()
    if only_pages:
        page_snippets = {p: s for p, s in page_snippets.items()
                         if p in only_pages}
    jobs = ["matrix", *(",".join(s) for s in page_snippets.values())]
    # Two halves per release, two at a time: both cores stay busy.
    work = [(v, jobs[half::2]) for v in versions if pythons[v]
            for half in (0, 1)]

    def one(item):
        version, some = item
        began = time.monotonic()
        results = run_jobs(pythons[version], some, env)
        print(f"  {version}, {len(some)} jobs: "
              f"{time.monotonic() - began:.0f} s", flush=True)
        return {(version, job): r for job, r in results.items()}

    done = {}
    with ThreadPoolExecutor(max_workers=2) as pool:
        for results in pool.map(one, work):
            done |= results
    for version in versions:
        if pythons[version]:
            got = done[version, "matrix"].get("paddle")
            if got is not None and got != version:
                cannot[version] = f"imported paddle {got}"

    def unrunnable(version, job):
        if cannot[version]:
            return cannot[version]
        return done[version, job].get("cannot run")

    # The call matrix: each release against the pinned release's verdicts.
    reference = {r["call"]: r for r in done[pinned, "matrix"]["calls"]}
    calls = {call: {"api": r["api"], "call": call, "port": {},
                    "literal": {}} for call, r in reference.items()}
    for version in versions:
        reason = unrunnable(version, "matrix")
        rows = {} if reason else {
            r["call"]: r for r in done[version, "matrix"]["calls"]}
        for call, entry in calls.items():
            for key in ("port", "literal"):
                if reason:
                    entry[key][version] = ["cannot run", reason]
                    continue
                got = rows.get(call, {}).get(key, "error: not run")
                want = reference[call][key]
                if got == want:
                    entry[key][version] = ["agree", got]
                elif got.startswith("error: "):
                    entry[key][version] = ["error", got[7:]]
                else:
                    entry[key][version] = ["differs", got]

    # Each page's checks: printed output against docs/_expected, asserts.
    checks = []
    for page, snippets in page_snippets.items():
        job = ",".join(snippets)
        expected_file = ROOT / "docs" / "_expected" / f"{page}.json"
        expected = (json.loads(expected_file.read_text(encoding="utf-8"))
                    if expected_file.exists() else {})
        named = labels(page)
        for snippet in dict.fromkeys(s for s in snippets
                                     if not s.startswith("=")):
            results = {}
            for version in versions:
                if reason := unrunnable(version, job):
                    results[version] = ["cannot run", reason]
                else:
                    results[version] = list(check_status(
                        snippet, done[version, job]["snippets"][snippet],
                        expected))
            checks.append({"page": page, "snippet": snippet,
                           "label": named.get(snippet), "results": results})

    hashes = current = snippet_hashes()
    if only_pages and DATA.exists():
        # A trial on a few pages: the other pages keep their results and
        # the hashes they were made from, so the build still sees them as
        # stale if their snippets changed.
        old = json.loads(DATA.read_text(encoding="utf-8"))
        if old["releases"] == versions:
            run = {c["snippet"] for c in checks}
            run |= {"snippets/mapping/call_matrix.py",
                    "snippets/call_engine.py",
                    "snippets/mapping_layers.py"} | {
                p.relative_to(ROOT).as_posix()
                for pattern in ("*/calls.py", "*/mapping_rows.py")
                for p in (ROOT / "snippets").glob(pattern)}
            checks = [c for c in old["checks"] if c["page"] not in
                      page_snippets] + checks
            # helper modules beside the snippets that ran were run too
            folders = {Path(s).parent for s in run}
            run |= {p for p in current if Path(p).parent in folders}
            # what ran now, new files included, at their current hash
            hashes = {p: h for p, h in old["snippets"].items()
                      if p in current}
            hashes |= {p: current[p] for p in run if p in current}
    import torch
    commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT,
                            capture_output=True, text=True).stdout.strip()
    data = {
        "made": datetime.date.today().isoformat(),
        "commit": commit,
        "seconds": round(time.monotonic() - started),
        "torch": torch.__version__.split("+")[0],
        "pinned": pinned,
        "releases": versions,
        "cannot_run": {v: r for v, r in cannot.items() if r},
        "snippets": hashes,
        "calls": list(calls.values()),
        "checks": checks,
    }
    DATA.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    print(f"wrote {DATA.relative_to(ROOT)} in {data['seconds']} s")
    for version in versions:
        counts = {}
        for entry in [*(c["port"] for c in calls.values()),
                      *(c["results"] for c in checks)]:
            status = entry[version][0]
            counts[status] = counts.get(status, 0) + 1
        print(f"  {version}: " + ", ".join(
            f"{n} {s}" for s, n in sorted(counts.items())))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--worker"]:
        worker(*sys.argv[2:4])
    else:
        main(sys.argv[1:])
