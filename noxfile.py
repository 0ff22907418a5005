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
import sys
from pathlib import Path

import nox
import nox.command

ROOT = Path(__file__).parent
BUILD = ROOT / "_build"
ENV = ROOT / ".nox" / "site"
PYTHON = str(ENV / "bin" / "python")
LANGUAGES = ["en", "zh_CN"]

nox.options.sessions = ["docs"]


def environment(session):
    """Create the shared environment once; install requirements.txt into it
    when the file has changed since the last install."""
    if not Path(PYTHON).exists():
        session.run(sys.executable, "-m", "venv", str(ENV), external=True)
    stamp = ENV / "requirements.sha256"
    digest = hashlib.sha256((ROOT / "requirements.txt").read_bytes())
    if not stamp.exists() or stamp.read_text() != digest.hexdigest():
        session.run(PYTHON, "-m", "pip", "install", "--quiet",
                    "-r", "requirements.txt", external=True)
        stamp.write_text(digest.hexdigest())
    session.env["PATH"] = os.pathsep.join([str(ENV / "bin"),
                                           os.environ["PATH"]])
    session.env["VIRTUAL_ENV"] = str(ENV)


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
        "-d", str(build / "doctrees" / language),
        *extra,
        str(root / "docs" / language),
        str(build / "html" / language),
    ]


def build(session, *extra):
    # English first: it executes the pages and fills the shared cache, so
    # the Chinese build reuses every result instead of running it again.
    # Both are built even if the first fails, to report every broken page.
    session.log("Each page's kernel logs \"Kernel is running over TCP "
                "without encryption\": harmless, it listens on 127.0.0.1 "
                "for this build only.")
    failed = []
    for language in LANGUAGES:
        _, *command = sphinx_command(language, *extra)
        try:
            session.run(PYTHON, *command, external=True)
        except nox.command.CommandFailed:
            failed.append(language)
    add_root_page(BUILD)
    if failed:
        session.error(f"the build failed in {', '.join(failed)}: see the "
                      "warnings above, each names its page")


def add_root_page(build):
    """The page above both languages that leads to each."""
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
def tests(session):
    """Build the site from an empty cache, induce every failure, test it."""
    environment(session)
    session.run(PYTHON, "-m", "pytest", *session.posargs, external=True)
