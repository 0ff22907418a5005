"""Build-speed benchmark: `nox -s bench` (after `nox -s docs`).

Measures, as medians over several runs, in a build folder of its own:
a cold bilingual build (empty execution cache) and its English part, which
is a cold build of one language alone; a no-op rebuild; a rebuild after a
prose-only edit and after a one-snippet edit; the peak memory of a cold
build; the floor: every page's code run once as a plain Python process, plus
one bilingual build with execution off; and what starting a Jupyter kernel
for each executed page costs, the main part of the gap to the floor. Prints a table with the targets of issue 7, and writes it,
with date, machine, versions and commit, to docs/_bench/ for the
"About this build" page.
"""

import datetime
import json
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import nbformat
import psutil
from nbclient import NotebookClient

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "docs" / "_ext"))

from noxfile import LANGUAGES, sphinx_command  # noqa: E402
from snippet_pages import read_page  # noqa: E402

WORK = ROOT / "_build" / "bench"
OUT = ROOT / "docs" / "_bench"
PROSE_PAGE = "batchnorm2d.md"
SNIPPET = ROOT / "snippets" / "adaptive_avg_pool2d" / "bin_edges.py"


class PeakMemory:
    """Peak of the summed RSS of a process tree, sampled every 50 ms."""

    def __init__(self, pid):
        self.root, self.peak = psutil.Process(pid), 0
        self.thread = threading.Thread(target=self.sample, daemon=True)
        self.thread.start()

    def sample(self):
        while True:
            try:
                tree = [self.root, *self.root.children(recursive=True)]
                rss = sum(p.memory_info().rss for p in tree)
            except psutil.Error:
                return
            self.peak = max(self.peak, rss)
            time.sleep(0.05)


def run(command):
    """Run a command; return seconds, peak bytes of its tree, and its log."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    memory = PeakMemory(process.pid)
    log = process.communicate()[0]
    seconds = time.perf_counter() - start
    if process.returncode:
        sys.exit(f"benchmark command failed: {' '.join(command)}\n{log}")
    return seconds, memory.peak, log


def build(languages, *extra):
    """Build the languages in turn; seconds of each, peak bytes, the log."""
    seconds, peak, logs = {}, 0, []
    for language in languages:
        command = sphinx_command(
            language, "-D", f"nb_execution_cache_path={WORK / 'cache'}",
            *extra, build=WORK,
        )
        seconds[language], p, log = run([sys.executable, *command[1:]])
        peak, logs = max(peak, p), logs + [log]
    return sum(seconds.values()), peak, "\n".join(logs), seconds


def kernel_start():
    """Seconds to start a Jupyter kernel, run one line and stop it."""
    notebook = nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_code_cell("x = 1")],
        metadata={"kernelspec": {"name": "python3", "display_name": "P"}},
    )
    start = time.perf_counter()
    NotebookClient(notebook, timeout=60).execute()
    return time.perf_counter() - start


def edited(path, addition):
    """Rebuild both languages after appending to a file, then restore it."""
    original = path.read_text(encoding="utf-8")
    build(LANGUAGES)  # start from an up-to-date build
    try:
        path.write_text(original + addition, encoding="utf-8")
        return build(LANGUAGES)[:3]
    finally:
        path.write_text(original, encoding="utf-8")


def floor():
    """Every page's code once as plain Python, plus a build that runs none."""
    seconds = 0
    with tempfile.TemporaryDirectory() as folder:
        for page in sorted((ROOT / "docs" / "en").glob("*.md")):
            cells = [c.source for c in read_page(page).cells
                     if c.cell_type == "code"]
            if not cells:
                continue
            script = Path(folder) / f"{page.stem}.py"
            script.write_text("\n\n".join(cells), encoding="utf-8")
            seconds += run([sys.executable, str(script)])[0]
    shutil.rmtree(WORK, ignore_errors=True)
    # glue has nothing to paste without execution: not strict, only timed
    for language in LANGUAGES:
        command = sphinx_command(language, "-D", "nb_execution_mode=off",
                                 build=WORK)
        command.remove("-W")
        seconds += run([sys.executable, *command[1:]])[0]
    return seconds


def executed_pages(log):
    return sorted(set(
        line.split(":")[0].split("/")[-1]
        for line in log.splitlines() if ": Executing notebook" in line
    ))


def main(runs):
    results = {name: [] for name in [
        "cold_both", "cold_en", "noop", "prose", "snippet", "floor",
        "peak_memory", "kernels"]}
    checks = {}
    for _ in range(runs):
        # English first from an empty cache: its part is the cold build of
        # one language alone; Chinese then reuses the cache.
        shutil.rmtree(WORK, ignore_errors=True)
        seconds, peak, log, parts = build(LANGUAGES)
        results["cold_both"].append(seconds)
        results["cold_en"].append(parts["en"])
        results["peak_memory"].append(peak / 2**30)
        checks["cold_executes"] = executed_pages(log)
        results["kernels"].append(
            kernel_start() * len(checks["cold_executes"]))
        seconds, _, log, _ = build(LANGUAGES)
        results["noop"].append(seconds)
        checks["noop_executes"] = executed_pages(log)
        seconds, _, log = edited(
            ROOT / "docs" / "en" / PROSE_PAGE, "\nOne more sentence.\n")
        results["prose"].append(seconds)
        checks["prose_executes"] = executed_pages(log)
        seconds, _, log = edited(SNIPPET, "# an edited comment\n")
        results["snippet"].append(seconds)
        checks["snippet_executes"] = executed_pages(log)
        results["floor"].append(floor())
    median = {name: statistics.median(v) for name, v in results.items()}
    loaders = sorted(
        page.name for page in (ROOT / "docs" / "en").glob("*.md")
        if SNIPPET.name in page.read_text(encoding="utf-8")
    )
    return median, checks, loaders


def decisive(ratio, limit):
    """The ratio with as many decimals as its comparison with the limit
    needs: 1.1516 against 1.15 shows as 1.152, never as 1.15."""
    for digits in range(2, 7):
        text = f"{ratio:.{digits}f}"
        if (float(text) <= limit) == (ratio <= limit):
            return text
    return repr(ratio)


def report(median, checks, loaders, runs):
    floor_ratio = median["cold_both"] / median["floor"]
    language_ratio = median["cold_both"] / median["cold_en"]
    rows = [
        ("cold bilingual build", f"{median['cold_both']:.1f} s",
         f"{decisive(floor_ratio, 1.3)} × floor", "≤ 1.3 × floor",
         floor_ratio <= 1.3),
        ("cold bilingual build", f"{median['cold_both']:.1f} s",
         f"{decisive(language_ratio, 1.15)} × English alone",
         "≤ 1.15 × one language", language_ratio <= 1.15),
        ("cold English build", f"{median['cold_en']:.1f} s",
         "the English part of the cold bilingual build", "", None),
        ("floor", f"{median['floor']:.1f} s", "", "", None),
        ("kernel start-ups", f"{median['kernels']:.1f} s",
         f"one per executed page ({len(checks['cold_executes'])})",
         "", None),
        ("no-op rebuild", f"{median['noop']:.1f} s",
         f"executes {checks['noop_executes'] or 'nothing'}",
         "executes nothing, ≤ 10 s",
         not checks["noop_executes"] and median["noop"] <= 10),
        ("prose-only edit", f"{median['prose']:.1f} s",
         f"executes {checks['prose_executes'] or 'nothing'}",
         "executes nothing", not checks["prose_executes"]),
        ("one-snippet edit", f"{median['snippet']:.1f} s",
         f"executes {checks['snippet_executes']}",
         f"only {loaders}", checks["snippet_executes"] == loaders),
        ("peak memory", f"{median['peak_memory']:.2f} GB", "", "≤ 3 GB",
         median["peak_memory"] <= 3),
    ]
    verdict = {True: "met", False: "MISSED", None: ""}
    table = ["| measure | median | detail | target | |",
             "|---|---|---|---|---|"]
    table += [f"| {a} | {b} | {c} | {d} | {verdict[e]} |"
              for a, b, c, d, e in rows]
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                            capture_output=True, text=True).stdout.strip()
    import paddle
    import sphinx
    import torch
    facts = (
        f"{datetime.date.today()}, commit `{commit}`, {runs} runs, "
        f"{psutil.cpu_count()} cores, "
        f"{psutil.virtual_memory().total / 2**30:.0f} GB, "
        f"{platform.system()} {platform.machine()}, "
        f"Python {platform.python_version()}, torch {torch.__version__}, "
        f"paddle {paddle.__version__}, Sphinx {sphinx.__version__}"
    )
    text = "\n".join(table) + "\n\n" + facts + "\n"
    OUT.mkdir(exist_ok=True)
    (OUT / "results.md").write_text(text, encoding="utf-8")
    (OUT / "results.json").write_text(json.dumps(
        {"median": median, "checks": checks, "facts": facts}, indent=2) + "\n")
    print(text)


if __name__ == "__main__":
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    report(*main(runs), runs)
