"""Show a PyTorch cell and its PaddlePaddle twin as synced tabs.

myst-nb executes only top-level code cells: a cell nested in a ``tab-set``
directive is not run (it only warns). So pages keep every cell at the top
level and tag the two framework versions of a step::

    ```{code-cell} ipython3
    :tags: [pytorch]
    :load: ../../snippets/conv2d/reference_example_torch.py
    ```

    ```{code-cell} ipython3
    :tags: [paddle]
    :load: ../../snippets/conv2d/reference_example_paddle.py
    ```

After execution, each such adjacent pair (code and outputs) is moved into a
sphinx-design tab set of the sync group ``framework``: choosing a framework on
one tab set switches all of them, and sphinx-design remembers the choice in
the browser's local storage, across pages and visits.
"""

from docutils import nodes
from sphinx.util import logging
from sphinx_design.shared import create_component

logger = logging.getLogger(__name__)

# Tab labels; conf.py's interface_settings gives the Chinese site its own.
FRAMEWORKS = {"pytorch": "PyTorch", "paddle": "PaddlePaddle"}
SYNC_GROUP = "framework"


def framework_of(node):
    if isinstance(node, nodes.container) and node.get("nb_element") == "cell_code":
        tags = node.get("cell_metadata", {}).get("tags", [])
        found = [key for key in FRAMEWORKS if key in tags]
        return found[0] if found else None
    return None


def tab_item(key, cell, labels):
    label = nodes.rubric(labels[key], labels[key], classes=["sd-tab-label"])
    label["sync_id"] = key
    label["sync_group"] = SYNC_GROUP
    content = create_component("tab-content", classes=["sd-tab-content"])
    content += cell
    return create_component("tab-item", classes=["sd-tab-item"],
                            selected=False, children=[label, content])


def group_cells(app, doctree):
    for parent in list(doctree.findall(nodes.Element)):
        children = parent.children
        index = 0
        while index < len(children):
            key = framework_of(children[index])
            if key is None:
                index += 1
                continue
            following = children[index + 1] if index + 1 < len(children) else None
            if key != "pytorch" or framework_of(following) != "paddle":
                logger.warning(
                    f"a cell tagged {key!r} must be part of an adjacent pair: "
                    "a `pytorch` cell directly followed by a `paddle` cell",
                    location=children[index],
                    type="framework_tabs",
                )
                index += 1
                continue
            torch_cell, paddle_cell = children[index], following
            tab_set = create_component("tab-set", classes=["sd-tab-set"])
            labels = app.config.framework_labels
            tab_set += tab_item("pytorch", torch_cell, labels)
            tab_set += tab_item("paddle", paddle_cell, labels)
            parent.replace(torch_cell, tab_set)
            parent.remove(paddle_cell)
            index += 1


def setup(app):
    app.setup_extension("sphinx_design")
    app.add_config_value("framework_labels", FRAMEWORKS, "env")
    app.connect("doctree-read", group_cells)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
