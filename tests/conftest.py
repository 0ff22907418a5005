"""Fixtures: the full site built once, and a small two-page site to break.

`nox -s tests` runs the suite on both cores with pytest-xdist. The full
site is built once for both workers (`shared`), in the background while the
tests that need no site run (`sites_made_early`); the browser tests of one
page run on one worker, which opens the page once (`xdist_group`). Small
sites are built by processes forked from one that has imported Sphinx
(`sphinx_server`).
"""

import atexit
import functools
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest
from filelock import FileLock

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT))

# One thread per operation in the tests' own processes (set before any test
# module imports torch; xdist's workers inherit it): the two workers and the
# site's build share two cores, and an operation's second thread spins
# while it waits for a core. Three hunts on a busy machine took 10.7 to
# 16.8 s of CPU with the default, 6.8 s with one thread.
os.environ.setdefault("OMP_NUM_THREADS", "1")

sys.path.append(str(ROOT / "docs" / "_ext"))

from fork_server import ForkServer  # noqa: E402
from kernel_env import KERNEL_ENV  # noqa: E402
from noxfile import (  # noqa: E402
    add_root_page, build_languages, sphinx_command)



ANSI = re.compile(r"\x1b\[[0-9;]*m")
# What a contributor's site needs besides its pages and snippets.
SITE_FILES = ["conf.py", "requirements.txt", "docs/_ext", "docs/_templates",
              "docs/_static", "docs/_root", "docs/_data", "docs/locales"]


# What a build of a small site imports: conf.py's extensions and theme, and
# the Chinese search's word splitter, its dictionary loaded (0.7 s of each
# Chinese build; the glossary's words are added to it in the build); then
# what a build imports as it goes (tests/build_imports.py).
SPHINX_IMPORTS = ["sphinx.cmd.build", "myst_nb.sphinx_ext", "sphinx_design",
                  "sphinx_copybutton", "notfound.extension",
                  "sphinx_book_theme", "nbclient", "matplotlib", "yaml",
                  "sphinx.search.zh", "jieba:initialize",
                  "build_imports:import_them"]


@functools.cache
def sphinx_server():
    """This process's server for small builds, started on first use."""
    server = ForkServer(*SPHINX_IMPORTS)
    atexit.register(server.close)
    return server


def run_sphinx(language, *extra, root=ROOT, build, env=None):
    """Build one language; the result carries its whole log. With env,
    in a fresh interpreter (it may set what Python reads as it starts, such
    as PYTHONPATH); else forked from sphinx_server, as a fresh `python -m
    sphinx` would run after its imports."""
    python, *command = sphinx_command(language, *extra, root=root, build=build)
    if env is None:
        answer = sphinx_server().run([python, *command[2:]], cwd=root,
                                     module="sphinx")
        result = subprocess.CompletedProcess(
            command, answer["code"], answer["stdout"], answer["stderr"])
    else:
        result = subprocess.run(
            [sys.executable, *command], capture_output=True, text=True,
            cwd=root, env=env,
        )
    # Sphinx colours its messages where it guesses a terminal (in CI, say)
    result.stdout, result.stderr = (ANSI.sub("", result.stdout),
                                    ANSI.sub("", result.stderr))
    result.log = result.stdout + result.stderr
    return result


@dataclass
class Site:
    root: Path

    @property
    def build_dir(self):
        return self.root / "_build"

    def build(self, language="en", *extra, env=None):
        return run_sphinx(
            language, *extra, root=self.root, build=self.build_dir, env=env
        )

    def accept(self, language="en"):
        """What `nox -s accept` runs: re-read every page, record."""
        return self.build(language, "-E", "-D", "drift_accept=1")

    def edit(self, path, old, new):
        target = self.root / path
        text = target.read_text(encoding="utf-8")
        assert old in text, (old, path)
        target.write_text(text.replace(old, new), encoding="utf-8")

    def write(self, path, text):
        target = self.root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
        return target


TINY_PAGE = """
    ---
    file_format: mystnb
    kernelspec:
      name: python3
      display_name: Python 3
    ---

    # {title}

    ```{{code-cell}} ipython3
    :tags: [remove-cell]
    from myst_nb import glue
    ```

    ```{{code-cell}} ipython3
    :load: ../../snippets/tiny/count.py
    ```

    ```{{code-cell}} ipython3
    :tags: [remove-cell]
    glue("tiny_total", int(total), display=False)
    ```

    {prose} {{glue}}`tiny_total`.
"""

COUNT_SNIPPET = """
    import numpy as np

    x = np.arange(6, dtype=np.float32).reshape(2, 3)
    total = x.sum()
    assert total == 15, total
    print(f"total = {total}, mean = {x.mean():.4f}")
"""


@pytest.fixture
def tiny_site(tiny_template):
    """A two-page site in both languages with one snippet, outputs recorded.

    Each test gets it as `nox -s accept` left it: a copy of this worker's
    recorded site, restored at the path where it was built (the doctrees
    and the execution cache hold absolute paths) with the files' times
    kept, so that its first build is a no-op, as a contributor's is."""
    recorded, root = tiny_template
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(recorded, root, symlinks=True)
    return Site(root)


@pytest.fixture(scope="session")
def tiny_template(tmp_path_factory):
    """The small site, recorded once per worker; its copy and its path."""
    root = tmp_path_factory.getbasetemp() / "tiny"
    root.mkdir()
    make_tiny_site(root)
    recorded = root.with_name("tiny-recorded")
    shutil.copytree(root, recorded, symlinks=True)
    return recorded, root


def make_tiny_site(tmp_path):
    """Write the small site into tmp_path and record its outputs."""
    site = write_tiny_site(tmp_path)
    # Recorded the way a contributor does it, so that the builds of a test
    # are incremental, as they are for a contributor: `nox -s accept`
    # re-reads every page under the same settings as `nox -s docs`.
    accepted = site.accept()
    assert accepted.returncode == 0, accepted.log
    return site


def write_tiny_site(tmp_path):
    """Write the small site's files into tmp_path."""
    for name in SITE_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name)
        else:
            shutil.copy(source, tmp_path / name)
    site = Site(tmp_path)
    # The real site's matrix covers the real snippets, not these: a test
    # that needs one writes its own (tests/test_paddle_releases.py).
    (tmp_path / "docs" / "_data" / "paddle_releases.json").unlink(
        missing_ok=True)
    # Nor do the real site's official-documentation links: their pages are
    # not here (tests/test_api_links.py writes its own).
    (tmp_path / "docs" / "_data" / "api_links.yaml").unlink(missing_ok=True)
    site.write("snippets/tiny/count.py", COUNT_SNIPPET)
    # provenance.py appends it to every page; a stand-in spares importing
    # torch and paddle in every small build.
    site.write("snippets/versions.py", """
        from myst_nb import glue

        for name in ["torch_version", "paddle_version", "numpy_version"]:
            glue(name, "0.0", display=False)
    """)
    for language, title, prose in [
        ("en", "Counting", "The total is"),
        ("zh_CN", "计数", "总和为"),
    ]:
        site.write(f"docs/{language}/index.md", f"""
            # {title}

            ```{{toctree}}
            count
            ```
        """)
        site.write(f"docs/{language}/count.md",
                   TINY_PAGE.format(title=title, prose=prose))
    return site


def build_site(build):
    """Both languages, at once as `nox -s docs` builds them, with the
    execution cache build/cache (empty unless a copy was put there);
    returns the HTML folder and each language's log."""
    results = build_languages(
        sys.executable, "-D", f"nb_execution_cache_path={build / 'cache'}",
        build=build)
    logs = {}
    for language, (code, log) in results.items():
        logs[language] = ANSI.sub("", log)
        assert code == 0, log
    add_root_page(build)
    return build / "html", logs


def shared(tmp_path_factory, name, make):
    """What make(folder) returns, made once for all xdist workers: the first
    worker that asks makes it, the others wait for it and reuse it (the
    pytest-xdist recipe). make returns something JSON can hold; a failure
    is kept too, so that it is reported once per test, not made again."""
    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent  # shared by the workers of this run
    folder, record = base / name, base / f"{name}.json"
    with FileLock(f"{record}.lock"):
        if not record.exists():
            try:
                result = {"made": make(folder)}
            except Exception as error:  # noqa: BLE001 - re-raised below
                result = {"error": f"{type(error).__name__}: {error}"}
            record.write_text(json.dumps(result), encoding="utf-8")
        result = json.loads(record.read_text(encoding="utf-8"))
    if "error" in result:
        pytest.fail(f"making {name} failed: {result['error']}",
                    pytrace=False)
    return result["made"]


def shared_site(tmp_path_factory, name, cache=None):
    """The full site built into a folder all workers share; from the
    execution results in a copy of `cache`, or from an empty cache."""
    def make(folder):
        if cache:
            shutil.copytree(cache, folder / "_build" / "cache")
        html, logs = build_site(folder / "_build")
        return str(html), logs
    html, logs = shared(tmp_path_factory, name, make)
    return Path(html), logs


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The real site, both languages, built once from an empty cache."""
    return shared_site(tmp_path_factory, "site")


def built_again(tmp_path_factory, site):
    return shared_site(tmp_path_factory, "site_again",
                       cache=site[0].parent / "cache")


@pytest.fixture(scope="session")
def site_again(site, tmp_path_factory):
    """A second clean build, for the reproducibility test: every page
    read and written again into new folders, with the execution results
    of the first. Every snippet's second run is tests/test_snippets.py's,
    held against what the pages show."""
    return built_again(tmp_path_factory, site)


@pytest.fixture(scope="session", autouse=True)
def sites_made_early(request, tmp_path_factory):
    """Start building the full site (and then its second build, if a test
    needs it) in a thread as soon as the tests are known, if any test needs
    it: the tests that need no site come first
    (`pytest_collection_modifyitems`) and run meanwhile, so that no core
    waits for the build. The thread makes them with the fixtures' own
    `shared`: the first worker's thread to take the lock builds, and a
    test that needs the site before it is ready waits for the lock."""
    needed = set().union(*(item.fixturenames
                           for item in request.session.items))
    if "site" not in needed:
        yield
        return

    def make():
        try:
            site = shared_site(tmp_path_factory, "site")
            if "site_again" in needed:
                built_again(tmp_path_factory, site)
        except BaseException:  # noqa: BLE001 - kept in the record, and
            pass               # reported by each test that needs it
    # made here first: the first call makes the worker's folder, deleting
    # what is there (pytest 9.1's getbasetemp under xdist), and a first
    # call from the thread at once with the main thread's once deleted a
    # small site as a test wrote it (CI run of 1572ac8)
    tmp_path_factory.getbasetemp()
    thread = threading.Thread(target=make, name="making the site")
    thread.start()
    yield
    thread.join()


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "slow: builds a site, or runs a snippet that did not "
        "change; `nox -s tests -- -m \"not slow\"` is the quick loop")
    config.addinivalue_line(
        "markers", "hunt: the counterexample hunt (tests/test_hunt.py)")


def changed_files():
    """The files that differ from main (committed or not), and new files;
    every file when git or main is not at hand."""
    def git(*args):
        result = subprocess.run(["git", *args], cwd=ROOT, text=True,
                                capture_output=True)
        return result.stdout.splitlines() if result.returncode == 0 else None
    base = next((b for b in ["origin/main", "main"]
                 if git("rev-parse", "--verify", "-q", b)), None)
    new = git("ls-files", "--others", "--exclude-standard")
    if base is None or new is None:
        return None
    return set(new) | set(git("diff", "--name-only", "--merge-base", base))


LOADED = re.compile(r":load: \.\./\.\./(snippets/\S+)")


def changed_snippets():
    """Snippets changed, or loaded by a page changed in either language;
    None: all of them."""
    files = changed_files()
    if files is None:
        return None
    snippets = {f for f in files if f.startswith("snippets/")}
    for page in files:
        if page.startswith("docs/") and page.endswith(".md") and (
                ROOT / page).is_file():
            snippets |= set(LOADED.findall(
                (ROOT / page).read_text(encoding="utf-8")))
    return snippets


# Fixtures that build a site: a test that uses one is slow.
BUILDS = {"site", "site_again", "tiny_site", "tiny_template"}


@pytest.hookimpl(tryfirst=True)  # before xdist reads the groups
def pytest_collection_modifyitems(config, items):
    """Tests that need no full site first, so that the workers run them
    while it builds (`sites_made_early`); then each page's browser tests
    grouped, so that one worker opens the page once for all of its checks.
    Marks what the quick loop skips: a test that builds a site, and a
    snippet run of a snippet that did not change."""
    # (--no-loadscope-reorder in noxfile.TEST_FLAGS keeps this order)
    items.sort(key=lambda item: "site" in item.fixturenames)
    wanted = changed_snippets() if config.getoption("-m") else None
    for item in items:
        params = getattr(item, "callspec", None)
        params = params.params if params else {}
        if item.module.__name__ == "test_browser" and "page" in params:
            group = f"{params.get('language', '')}/{params['page']}"
            item.add_marker(pytest.mark.xdist_group(group))
        snippet = params.get("snippet")
        if BUILDS & set(item.fixturenames) or (
                wanted is not None and snippet and snippet not in wanted):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session", autouse=True)
def groups_kept(request):
    """Fail when xdist ignores the groups: each page's browser tests would
    open the page once per worker, and the suite would take minutes
    longer while passing (pytest 9.2 with xdist 3.8 did that)."""
    if not request.config.getoption("loadgroup", False):
        return
    lost = [item.nodeid for item in request.session.items
            if item.get_closest_marker("xdist_group")
            and "@" not in item.nodeid.rpartition("]")[2]]
    if lost:
        pytest.fail(
            f"--dist loadgroup: pytest-xdist did not group {len(lost)} "
            f"tests, e.g. {lost[0]}: pin a pytest that it supports "
            "(requirements.txt)", pytrace=False)


@pytest.fixture(scope="session")
def forked_python(snippet_env):
    """Runs a script as `python <script>` does, in the project folder (or
    cwd) with the snippets' environment (and the variables given); returns
    its exit code, stdout and stderr."""
    server = ForkServer("numpy", "paddle", "torch", env=snippet_env)
    yield lambda script, cwd=None, env=(): server.run(
        [str(script)], cwd=cwd, env=snippet_env | dict(env))
    server.close()


@pytest.fixture(scope="session")
def snippet_env():
    """The environment the build gives snippets, for plain `python` runs."""
    # what conf.py gives kernels: one thread, the libraries' kernels pinned
    return dict(os.environ, MPLBACKEND="Agg", **KERNEL_ENV)
