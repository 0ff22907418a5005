"""Build, test and re-record the bilingual site: `nox -s docs`, `nox -s tests`.

Every session runs in one shared environment, `.nox/site`, created on the
first run and updated whenever requirements.txt changes: torch and paddle
take about 2 GB, and nox would otherwise give each session its own copy.
(nox has no setting for a shared environment; uv would be faster, but it
does not see the local CPU wheel of torch and would download a CUDA build.)
"""

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import nox

ROOT = Path(__file__).parent
BUILD = ROOT / "_build"
ENV = ROOT / ".nox" / "site"
PYTHON = str(ENV / "bin" / "python")
LANGUAGES = ["en", "zh_CN"]
# Worker processes that read (and execute) pages: one per core of the
# project's machine (see the About page). A larger `-j` passed to
# `nox -s docs --` takes over.
JOBS = "2"

# The suite on both cores (pytest-xdist), one worker per core; a test marked
# xdist_group runs on the worker that runs the rest of its group
# (tests/conftest.py groups each page's browser tests), in the order the
# suite sorts them (xdist would start with the largest groups: the browser
# tests, which wait for the site). `-n 0` after `nox -s tests --` runs it
# in one process.
TEST_FLAGS = ["-n", JOBS, "--dist", "loadgroup", "--no-loadscope-reorder"]

nox.options.sessions = ["docs"]


def environment(session):
    """Create the shared environment once; install requirements.txt into it
    when the file has changed since the last install."""
    if not Path(PYTHON).exists():
        session.run(sys.executable, "-m", "venv", str(ENV), external=True)
    stamp = ENV / "requirements.sha256"
    digest = hashlib.sha256((ROOT / "requirements.txt").read_bytes())
    if not stamp.exists() or stamp.read_text() != digest.hexdigest():
        uv = shutil.which("uv")
        if uv:
            # uv (optional; CI installs it) downloads and unpacks in
            # parallel and compiles the bytecode on every core: 24 s from
            # an empty cache, against pip's 29 s and compileall's 17 s
            # (measured here, the same 140 packages).
            session.run(uv, "pip", "install", "--quiet", "--python", PYTHON,
                        "--compile-bytecode", *uv_pip_settings(),
                        "-r", "requirements.txt", external=True)
        else:
            pip_install(session)
        stamp.write_text(digest.hexdigest())
    session.env["PATH"] = os.pathsep.join([str(ENV / "bin"),
                                           os.environ["PATH"]])
    session.env["VIRTUAL_ENV"] = str(ENV)


def uv_pip_settings():
    """pip's settings that choose where torch comes from, for uv, which
    reads none of them: the machine's folder of local wheels (the CPU
    build of torch here, PIP_FIND_LINKS) and README's CPU index
    (PIP_EXTRA_INDEX_URL); without them uv takes a CUDA build. uv would
    take each package from the first index that has it; pip takes the
    best match of all, and so does uv with that strategy."""
    settings = ["--index-strategy", "unsafe-best-match"]
    for variable, option in [("PIP_FIND_LINKS", "--find-links"),
                             ("PIP_INDEX_URL", "--index-url"),
                             ("PIP_EXTRA_INDEX_URL", "--extra-index-url")]:
        for value in os.environ.get(variable, "").split():
            settings += [option, value]
    return settings


def pip_install(session):
    """requirements.txt into the shared environment with pip."""
    # pip compiles the files to bytecode one after another (half of
    # its time here); compileall does it on every core, and skips the
    # packages' own test suites, which nothing here imports (20.5 s ->
    # 17.2 s). A file written for a newer Python fails to compile, as
    # under pip, which skips it too: exit code 1. Without bytecode
    # every interpreter compiles what it imports, and keeps nothing
    # where PYTHONDONTWRITEBYTECODE is set (the project's machine sets
    # it, and conf.py sets it for kernels): `import torch, paddle`
    # took 10.9 s instead of 4.6-5.3 s, in every kernel and snippet run.
    session.run(PYTHON, "-m", "pip", "install", "--quiet", "--no-compile",
                "-r", "requirements.txt", external=True)
    packages = session.run(
        PYTHON, "-c", "import sysconfig; print(sysconfig.get_path("
        "'purelib'))", external=True, silent=True).strip()
    session.run(PYTHON, "-m", "compileall", "-qq", "-j", "0",
                "-x", "/tests?/|/testing/_internal/", packages,
                external=True, success_codes=[0, 1])


def sphinx_command(language, *extra, root=ROOT, build=BUILD):
    """The sphinx-build command for one language; tests use it too."""
    return [
        "python", "-m", "sphinx",
        "-b", "html",
        "-c", str(root),  # one conf.py for both source trees
        "-D", f"language={language}",
        "-W",  # warnings are errors
        "--keep-going",  # but report all of them first
        "-n",  # nitpicky: every reference must resolve
        "-j", JOBS,  # read (and execute) pages in parallel
        "-d", str(build / "doctrees" / language),
        *extra,
        str(root / "docs" / language),
        str(build / "html" / language),
    ]


def build_languages(python, *extra, root=ROOT, build=BUILD, env=None,
                    live=False):
    """Build both languages at once; return each one's exit code and log.

    Their pages run the same code: whichever build starts reading first runs
    it (docs/_ext/parallel_read.py), the other waits and then takes each
    result from the shared cache, while their start-up and writing overlap.
    Both finish even if one fails, to report every broken page. ``live``
    shows the English log as it comes; each other log follows when its
    build is done.
    """
    builds = {}
    with tempfile.TemporaryDirectory() as folder:
        for language in LANGUAGES:
            _, *command = sphinx_command(language, *extra, root=root,
                                         build=build)
            log, output = None, {}
            if not (live and language == LANGUAGES[0]):
                log = open(Path(folder) / language, "w+", encoding="utf-8")
                output = {"stdout": log, "stderr": subprocess.STDOUT}
            process = subprocess.Popen([python, *command], cwd=root, env=env,
                                       **output)
            builds[language] = process, log
        results = {}
        for language, (process, log) in builds.items():
            process.wait()
            text = ""
            if log:
                log.seek(0)
                text = log.read()
                log.close()
            results[language] = process.returncode, text
    return results


def build(session, *extra):
    # what session.run would pass; nox marks a variable to unset with None
    env = {name: value for name, value in {**os.environ, **session.env}.items()
           if value is not None}
    results = build_languages(PYTHON, *extra, env=env, live=True)
    failed = []
    for language, (code, log) in results.items():
        if log:
            session.log(f"The {language} build:")
            print(log, end="", flush=True)
        if code:
            failed.append(language)
    add_root_page(BUILD)
    if failed:
        session.error(f"the build failed in {', '.join(failed)}: see the "
                      "warnings above, each names its page")


def add_root_page(build):
    """The page above both languages that leads to each."""
    (build / "html").mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "docs" / "_root" / "index.html", build / "html")


@nox.session(venv_backend="none")
def docs(session):
    """Build both languages into _build/html."""
    environment(session)
    build(session, *session.posargs)
    session.log(f"Open {BUILD / 'html' / 'index.html'}")


@nox.session(venv_backend="none")
def preview(session):
    """Rebuild the English site on every change, served on localhost:8000."""
    environment(session)
    _, _, _, *command = sphinx_command("en", *session.posargs)
    session.run(PYTHON, "-m", "sphinx_autobuild", *command,
                "--host", "127.0.0.1", "--port", "8000",
                "--watch", str(ROOT / "snippets"), external=True)


@nox.session(venv_backend="none")
def accept(session):
    """Re-record every page's outputs after a reviewed change, show the diff."""
    environment(session)
    build(session, "-E", "-D", "drift_accept=1")  # -E: re-read every page
    session.run("git", "diff", "--stat", "--", "docs/_expected", external=True)
    session.run("git", "diff", "--", "docs/_expected", external=True)


@nox.session(venv_backend="none")
def bench(session):
    """Time cold, no-op and incremental builds; write docs/_bench/."""
    environment(session)
    session.run(PYTHON, "tests/bench.py", *session.posargs, external=True)


@nox.session(venv_backend="none")
def versions(session):
    """Run the call matrix and every page's snippets on each Paddle
    release; write docs/_data/paddle_releases.json (tests/versions.py).
    Pages named after `--` (`nox -s versions -- conv2d`) limit the run."""
    environment(session)
    session.run(PYTHON, "tests/versions.py", *session.posargs, external=True)


@nox.session(venv_backend="none")
def zoo(session):
    """Port every model torchvision and paddle.vision share (minutes)."""
    environment(session)
    sys.path.append(str(ROOT / "docs" / "_ext"))
    from kernel_env import KERNEL_ENV  # as in the build (conf.py)
    session.env.update(ZOO="1", **KERNEL_ENV)
    session.run(PYTHON, "-m", "pytest", "tests/test_zoo.py",
                *session.posargs, external=True)


@nox.session(venv_backend="none")
def hunt(session):
    """The counterexample hunt with 5,000 drawn calls per API, and every
    combination of the training chain (tests/test_training_chain.py)."""
    environment(session)
    session.env["HUNT_EXAMPLES"] = "5000"
    session.run(PYTHON, "-m", "pytest", "tests/test_hunt.py",
                "tests/test_training_chain.py", "-m", "hunt",
                "-n", "2", *session.posargs, external=True)


@nox.session(venv_backend="none")
def tests(session):
    """Build the site from an empty cache, induce every failure, test it."""
    environment(session)
    session.run(PYTHON, "-m", "pytest", *TEST_FLAGS, *session.posargs,
                external=True)
