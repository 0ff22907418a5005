"""Build-speed benchmark: `nox -s bench` (after `nox -s docs`).

Measures, as medians over several runs, in a build folder of its own, each
build as `nox -s docs` runs it (both languages at once, each with
`noxfile.JOBS` worker processes):

- a cold bilingual build (empty execution cache): the language that reads
  first executes every page, the other reuses each result; the log must
  show each page executed exactly once and no error from the shared SQLite
  cache;
- the floor it is compared with: every page's code run once as a plain
  Python process (with the kernel's environment, but free to use every
  core), one page after another, plus one bilingual build with execution
  off;
- a no-op rebuild, a rebuild after a prose-only edit and one after a
  one-snippet edit, with the pages each one executed;
- the peak memory of a cold build: the summed PSS of the process tree
  (proportional set size: a page that n processes share, such as the
  code of torch and paddle in every kernel or what forked workers share
  with their parent, counts 1/n in each), which adds up to what the
  machine gives the build; beside it the summed RSS, which counts such
  pages in every process (an upper bound);
- seconds per page and per executed page of the cold build, so that its
  growth with the number of pages shows;
- each page's execution seconds in the cold builds, written to
  docs/_bench/page_seconds.json: the build deals its pages out to its
  workers by them (docs/_ext/parallel_read.py).

Prints a table with the targets of issue 16 and writes it, with date,
machine, versions and commit, to docs/_bench/ for the "About this build"
page.

Then it times the test suite once, as `nox -s tests` runs it (its own
empty cache, both cores), and writes its time and its slowest tests to
docs/_bench/suite.md (issue 27: at most 10 minutes). `--suite-only` times
the suite alone; `--no-suite` skips it.
"""

import collections
import datetime
import json
import os
import platform
import runpy
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import types
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import psutil
from jupyter_cache import get_cache

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "docs" / "_ext"))

from noxfile import LANGUAGES, build_languages, sphinx_command  # noqa: E402
from figure_languages import configure_kernel  # noqa: E402
from snippet_pages import read_page  # noqa: E402

WORK = ROOT / "_build" / "bench"
OUT = ROOT / "docs" / "_bench"
PROSE_PAGE = "batchnorm2d.md"
SNIPPET = ROOT / "snippets" / "adaptive_avg_pool2d" / "bin_edges.py"


class PeakMemory:
    """Peaks of the summed PSS and RSS of this process's descendants (the
    builds, their workers and kernels), sampled every 50 ms until
    stopped."""

    def __init__(self):
        self.pss = self.rss = 0
        self.running = True
        self.thread = threading.Thread(target=self.sample, daemon=True)
        self.thread.start()

    def sample(self):
        while self.running:
            pss = rss = 0
            for process in psutil.Process().children(recursive=True):
                try:
                    memory = process.memory_full_info()
                except psutil.Error:
                    continue  # it ended in between
                pss, rss = pss + memory.pss, rss + memory.rss
            self.pss, self.rss = max(self.pss, pss), max(self.rss, rss)
            time.sleep(0.05)

    def stop(self):
        self.running = False
        self.thread.join()
        return self.pss, self.rss


def run(command, cwd=ROOT, env=None):
    """Run a command; return seconds, peak bytes of its tree, and its log."""
    memory = PeakMemory()
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    seconds = time.perf_counter() - start
    peak = memory.stop()
    if result.returncode:
        sys.exit(f"benchmark command failed: {' '.join(command)}\n"
                 f"{result.stdout}")
    return seconds, peak, result.stdout


def build(*extra):
    """Both languages at once, as `nox -s docs` builds them: seconds, peak
    bytes and the logs."""
    memory = PeakMemory()
    start = time.perf_counter()
    results = build_languages(
        sys.executable, "-D", f"nb_execution_cache_path={WORK / 'cache'}",
        *extra, build=WORK)
    seconds = time.perf_counter() - start
    peak = memory.stop()
    for language, (code, log) in results.items():
        if code:
            sys.exit(f"the {language} build failed:\n{log}")
    return seconds, peak, "\n".join(log for _, log in results.values())


def edited(path, addition):
    """Rebuild both languages after appending to a file, then restore it."""
    original = path.read_text(encoding="utf-8")
    build()  # start from an up-to-date build
    try:
        path.write_text(original + addition, encoding="utf-8")
        return build()
    finally:
        path.write_text(original, encoding="utf-8")


def kernel_environment():
    """The environment conf.py and figure_languages.py give each kernel."""
    saved = dict(os.environ)
    try:
        conf = runpy.run_path(str(ROOT / "conf.py"))
        configure_kernel(None, types.SimpleNamespace(
            bilingual_languages=conf["bilingual_languages"],
            figure_text_path=conf.get("figure_text_path", str(
                ROOT / "docs" / "_data" / "figure_text.yaml"))))
        environment = dict(os.environ)
    finally:
        os.environ.clear()
        os.environ.update(saved)
    # The build gives each kernel one thread, so that pages can run in two
    # workers at once; the floor runs one page at a time and may use every
    # core.
    environment.pop("OMP_NUM_THREADS", None)
    return environment


def floor():
    """Every page's code once as plain Python, plus a build that runs none."""
    seconds = 0
    environment = kernel_environment()
    with tempfile.TemporaryDirectory() as folder:
        for page in sorted((ROOT / "docs" / "en").glob("*.md")):
            cells = [c.source for c in read_page(page).cells
                     if c.cell_type == "code"]
            if not cells:
                continue
            script = Path(folder) / f"page_{page.stem}.py"  # not a module name
            script.write_text("\n\n".join(cells), encoding="utf-8")
            seconds += run([sys.executable, str(script)], cwd=folder,
                           env=environment)[0]
    shutil.rmtree(WORK, ignore_errors=True)
    # glue has nothing to paste without execution: not strict, only timed
    for language in LANGUAGES:
        command = sphinx_command(language, "-D", "nb_execution_mode=off",
                                 build=WORK)
        command.remove("-W")
        seconds += run([sys.executable, *command[1:]])[0]
    return seconds


def executions(log):
    """How many times the log shows each page executed."""
    return collections.Counter(
        line.split(":")[0].split("/")[-1]
        for line in log.splitlines() if ": Executing notebook" in line
    )


def executed_pages(log):
    return sorted(executions(log))


# What the known races of parallel builds on the shared SQLite cache, and a
# worker that died, leave in a log (tests/test_site.py checks for them too).
CACHE_ERRORS = ["database is locked", "already exists", "OperationalError",
                "Notebook file does not exist", "Error in parallel process"]


def main(runs):
    results = {name: [] for name in [
        "cold_both", "noop", "prose", "snippet", "floor", "peak_memory",
        "peak_rss"]}
    checks = {}
    page_seconds = collections.defaultdict(list)
    for _ in range(runs):
        shutil.rmtree(WORK, ignore_errors=True)
        seconds, peak, log = build()
        results["cold_both"].append(seconds)
        results["peak_memory"].append(peak[0] / 2**30)
        results["peak_rss"].append(peak[1] / 2**30)
        for record in get_cache(str(WORK / "cache")).list_cache_records():
            page_seconds[Path(record.uri).stem].append(
                record.data["execution_seconds"])
        counts = executions(log)
        checks["cold_executes"] = sorted(counts)
        checks["cold_doubled"] = sorted(p for p, n in counts.items() if n > 1)
        checks["cache_errors"] = sorted(
            line for line in log.splitlines()
            if any(error in line for error in CACHE_ERRORS))
        seconds, _, log = build()
        results["noop"].append(seconds)
        checks["noop_executes"] = executed_pages(log)
        seconds, _, log = edited(
            ROOT / "docs" / "en" / PROSE_PAGE, "\nOne more sentence.\n")
        results["prose"].append(seconds)
        checks["prose_executes"] = executed_pages(log)
        # code, not a comment: a comment would need its Chinese first
        seconds, _, log = edited(SNIPPET, "edited = True\n")
        results["snippet"].append(seconds)
        checks["snippet_executes"] = executed_pages(log)
        results["floor"].append(floor())
    median = {name: statistics.median(v) for name, v in results.items()}
    # what docs/_ext/parallel_read.py deals the pages out by
    (OUT / "page_seconds.json").write_text(json.dumps(
        {page: round(statistics.median(v), 1)
         for page, v in sorted(page_seconds.items())}, indent=2) + "\n",
        encoding="utf-8")
    pages = sorted(page.name for page in (ROOT / "docs" / "en").glob("*.md"))
    checks["pages"] = pages
    checks["executing_pages"] = sorted(
        page for page in pages if "file_format: mystnb" in
        (ROOT / "docs" / "en" / page).read_text(encoding="utf-8"))
    checks["loaders"] = sorted(
        page for page in pages if SNIPPET.name in
        (ROOT / "docs" / "en" / page).read_text(encoding="utf-8"))
    return median, checks


def decisive(ratio, limit):
    """The ratio with as many decimals as its comparison with the limit
    needs: 0.8016 against 0.8 shows as 0.802, never as 0.80."""
    for digits in range(2, 7):
        text = f"{ratio:.{digits}f}"
        if (float(text) <= limit) == (ratio <= limit):
            return text
    return repr(ratio)


def report(median, checks, runs):
    ratio = median["cold_both"] / median["floor"]
    pages, executing = len(checks["pages"]), len(checks["executing_pages"])
    once = (checks["cold_executes"] == checks["executing_pages"]
            and not checks["cold_doubled"] and not checks["cache_errors"])
    rows = [
        ("cold bilingual build", f"{median['cold_both']:.1f} s",
         f"{decisive(ratio, 0.8)} × floor", "≤ 0.8 × floor", ratio <= 0.8),
        ("floor", f"{median['floor']:.1f} s",
         "each page's code as plain Python, one after another, plus both "
         "languages with execution off", "", None),
        ("per page", f"{median['cold_both'] / pages:.2f} s",
         f"cold build / {pages} pages (each in two languages)", "", None),
        ("per executed page", f"{median['cold_both'] / executing:.2f} s",
         f"cold build / {executing} pages that execute code", "", None),
        ("executions", f"{len(checks['cold_executes'])}",
         "each executing page once: "
         + ("yes" if not checks["cold_doubled"] else
            f"doubled {checks['cold_doubled']}")
         + "; SQLite cache errors: "
         + (f"{len(checks['cache_errors'])}" if checks["cache_errors"]
            else "none"),
         "each page once, no cache error", once),
        ("no-op rebuild", f"{median['noop']:.1f} s",
         f"executes {checks['noop_executes'] or 'nothing'}",
         "executes nothing, ≤ 5 s",
         not checks["noop_executes"] and median["noop"] <= 5),
        ("prose-only edit", f"{median['prose']:.1f} s",
         f"executes {checks['prose_executes'] or 'nothing'}",
         "executes nothing", not checks["prose_executes"]),
        ("one-snippet edit", f"{median['snippet']:.1f} s",
         f"executes {checks['snippet_executes']}",
         f"only {checks['loaders']}",
         checks["snippet_executes"] == checks["loaders"]),
        ("peak memory", f"{median['peak_memory']:.2f} GB",
         "summed PSS of the build's processes (summed RSS, which counts "
         f"shared pages in each: {median['peak_rss']:.2f} GB)", "≤ 3 GB",
         median["peak_memory"] <= 3),
    ]
    verdict = {True: "met", False: "MISSED", None: ""}
    table = ["| measure | median | detail | target | verdict |",
             "|---|---|---|---|---|"]
    table += [f"| {a} | {b} | {c} | {d} | {verdict[e]} |"
              for a, b, c, d, e in rows]
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                            capture_output=True, text=True).stdout.strip()
    import paddle
    import sphinx
    import torch
    from noxfile import JOBS
    facts = (
        f"{datetime.date.today()}, commit `{commit}`, {runs} runs, "
        f"`-j {JOBS}`, {psutil.cpu_count()} cores, "
        f"{psutil.virtual_memory().total / 2**30:.0f} GB, "
        f"{platform.system()} {platform.machine()}, "
        f"Python {platform.python_version()}, torch {torch.__version__}, "
        f"paddle {paddle.__version__}, Sphinx {sphinx.__version__}"
    )
    text = "\n".join(table) + "\n\n" + facts + "\n"
    OUT.mkdir(exist_ok=True)
    (OUT / "results.md").write_text(text, encoding="utf-8")
    (OUT / "results.json").write_text(json.dumps(
        {"median": median, "checks": checks, "facts": facts}, indent=2,
        ensure_ascii=False) + "\n", encoding="utf-8")
    print(text)


SUITE_LIMIT = 600  # seconds: issue 27
SLOWEST = 15  # tests listed


def suite():
    """Run the test suite as `nox -s tests` does; its wall time, the
    counts of its outcomes and each test's time (setup, call and teardown,
    on the worker that ran it)."""
    from noxfile import TEST_FLAGS

    with tempfile.TemporaryDirectory() as folder:
        junit = Path(folder) / "suite.xml"
        start = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-m", "pytest", *TEST_FLAGS, "-q",
             "-p", "no:cacheprovider", f"--junitxml={junit}",
             f"--basetemp={Path(folder) / 'tmp'}"], cwd=ROOT,
            capture_output=True, text=True)
        seconds = time.perf_counter() - start
        cases = ElementTree.parse(junit).getroot().iter("testcase")
        tests, outcomes = [], collections.Counter()
        for case in cases:
            outcome = next((c.tag for c in case
                            if c.tag in ("failure", "error", "skipped")),
                           "passed")
            outcomes[outcome] += 1
            name = f"{case.get('classname')}::{case.get('name')}"
            tests.append((float(case.get("time", 0)), name))
    if result.returncode:
        print(result.stdout[-5000:], result.stderr[-5000:])
    return seconds, dict(outcomes), sorted(tests, reverse=True)


def report_suite(seconds, outcomes, tests):
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                            capture_output=True, text=True).stdout.strip()
    from noxfile import TEST_FLAGS
    counts = ", ".join(f"{n} {what}" for what, n in sorted(outcomes.items()))
    rows = [
        "| measure | value | target | verdict |", "|---|---|---|---|",
        f"| `nox -s tests` | {seconds / 60:.1f} min ({counts}) "
        f"| ≤ {SUITE_LIMIT // 60} min "
        f"| {'met' if seconds <= SUITE_LIMIT else 'MISSED'} |",
        f"| sum of the tests' own times | {sum(t for t, _ in tests) / 60:.1f}"
        f" min, on {psutil.cpu_count()} cores (`{' '.join(TEST_FLAGS)}`) "
        "| | |",
    ]
    slowest = ["| slowest tests | seconds |", "|---|---|"] + [
        f"| `{name.removeprefix('tests.')}` | {time_:.1f} |"
        for time_, name in tests[:SLOWEST]]
    facts = (f"{datetime.date.today()}, commit `{commit}`, one run, "
             f"{psutil.cpu_count()} cores, Python {platform.python_version()}")
    text = "\n".join(rows) + "\n\n" + "\n".join(slowest) + "\n\n" + facts
    OUT.mkdir(exist_ok=True)
    (OUT / "suite.md").write_text(text + "\n", encoding="utf-8")
    (OUT / "suite.json").write_text(json.dumps(
        {"seconds": seconds, "outcomes": outcomes, "facts": facts,
         "tests": [[t, name] for t, name in tests]}, indent=2,
        ensure_ascii=False) + "\n", encoding="utf-8")
    print(text)


if __name__ == "__main__":
    flags = {a for a in sys.argv[1:] if a.startswith("--")}
    numbers = [a for a in sys.argv[1:] if not a.startswith("--")]
    runs = int(numbers[0]) if numbers else 3
    if "--suite-only" not in flags:
        report(*main(runs), runs)
    if "--no-suite" not in flags:
        report_suite(*suite())
