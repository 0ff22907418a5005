"""Build, test and re-record the bilingual site: `nox -s docs`, `nox -s tests`."""

import shutil
from pathlib import Path

import nox
import nox.command

ROOT = Path(__file__).parent
BUILD = ROOT / "_build"
LANGUAGES = ["en", "zh_CN"]

nox.options.sessions = ["docs"]
# Installing torch and paddle takes a while; reuse the environment and let pip
# bring it up to date with requirements.txt.
nox.options.reuse_existing_virtualenvs = True


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
    failed = []
    for language in LANGUAGES:
        try:
            session.run(*sphinx_command(language, *extra))
        except nox.command.CommandFailed:
            failed.append(language)
    add_root_page(BUILD)
    if failed:
        session.error(f"the build failed in {', '.join(failed)}: see the "
                      "warnings above, each names its page")


def add_root_page(build):
    """The page above both languages that leads to each."""
    shutil.copy(ROOT / "docs" / "_root" / "index.html", build / "html")


@nox.session
def docs(session):
    """Build both languages into _build/html."""
    session.install("-r", "requirements.txt")
    build(session, *session.posargs)
    session.log(f"Open {BUILD / 'html' / 'index.html'}")


@nox.session
def accept(session):
    """Re-record every page's outputs after a reviewed change, show the diff."""
    session.install("-r", "requirements.txt")
    build(session, "-E", "-D", "drift_accept=1")  # -E: re-read every page
    session.run("git", "diff", "--stat", "--", "docs/_expected", external=True)
    session.run("git", "diff", "--", "docs/_expected", external=True)


@nox.session
def bench(session):
    """Time cold, no-op and incremental builds; write docs/_bench/."""
    session.install("-r", "requirements.txt")
    session.run("python", "tests/bench.py", *session.posargs)


@nox.session
def tests(session):
    """Build the site from an empty cache, induce every failure, test it."""
    session.install("-r", "requirements.txt")
    session.run("pytest", *session.posargs)
