"""Every executed page says which library versions produced its outputs.

A hidden cell that loads ``snippets/versions.py`` and a note in the page's
language are appended to each executed page (identically in both languages),
so the versions come from the same run as the outputs, and a page cannot
forget them. The note's text is ``provenance_note`` in conf.py.
"""

import os
from pathlib import Path

CELL = """

```{{code-cell}} ipython3
:tags: [remove-cell]
:load: {snippet}
```

:::{{note}}
{note}
:::
"""


def append_versions(app, docname, source):
    if "file_format: mystnb" not in source[0]:
        return  # nothing runs on this page
    page = Path(app.env.doc2path(docname))
    snippet = Path(app.confdir) / "snippets" / "versions.py"
    relative = Path(os.path.relpath(snippet, page.parent)).as_posix()
    note = app.config.provenance_note[app.config.language]
    source[0] += CELL.format(snippet=relative, note=note)


def setup(app):
    app.add_config_value("provenance_note", {}, "env", dict)
    # before snippet_pages and drift_guard read the page's cells
    app.connect("source-read", append_versions, priority=100)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
