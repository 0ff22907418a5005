"""What a build imports as it goes, imported before the small sites'
builds fork (tests/conftest.py's `sphinx_server`): Sphinx's builders,
docutils' languages, jupyter_client and the like, 0.15 to 0.2 s of CPU in
each build of the small site.

`import_them` builds the small site in both languages in a child process,
which reports the modules the build imported; the server imports them.
The site's own modules (conf.py, docs/_ext) are not among them: each build
imports those from its own folder. Nor is any project module imported in
the server itself (the child imports conftest)."""

import importlib
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path


def probe(write):
    """In the child: build the small site, write the new modules' names.
    Nothing reaches the server's stdout, which answers its client."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
    os.dup2(1, 2)
    import conftest
    from sphinx.cmd.build import build_main

    root = Path(tempfile.mkdtemp(prefix="build-imports-"))
    conftest.write_tiny_site(root)
    before = set(sys.modules)
    for language in ["en", "zh_CN"]:
        command = conftest.sphinx_command(language, "-q", root=root,
                                          build=root / "_build")
        build_main(command[3:])  # what follows `python -m sphinx`
    names = [name for name in set(sys.modules) - before
             if not str(getattr(sys.modules[name], "__file__", None)
                        or "").startswith(str(root))]
    shutil.rmtree(root)
    os.write(write, json.dumps(names).encode())


def import_them():
    read, write = os.pipe()
    if os.fork() == 0:
        try:
            os.close(read)
            probe(write)
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as report:
        names = json.loads(report.read() or b"[]")
    os.wait()
    for name in sorted(names):
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001, S112 - left to the builds
            continue
