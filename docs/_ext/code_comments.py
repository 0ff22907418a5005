"""Chinese comments in the Chinese site's code, from one English snippet.

Snippets are written once, in English, and run once for both languages
(the execution cache is shared because both languages' cells are the same
code). In the Chinese build, after the page has run, the source that each
code cell shows, and the page's ``.py`` and ``.ipynb`` downloads, get every
comment and docstring replaced by its entry in
``docs/_data/code_comments.yaml``, re-wrapped to 78 columns (a CJK
character counts as two). The code itself is untouched, and the English
site shows each snippet byte for byte.

The unit of translation, and the catalog's key, is the English text with its
white space collapsed:

- a block of whole-line comments at one indentation (an empty ``#`` line
  splits it into paragraphs);
- a comment after code on the same line (moved above the line when the
  Chinese would pass 78 columns);
- a paragraph of a module, class or function docstring;
- in either, a ``- `` list item (wrapped under its dash). An indented
  paragraph is code and stays as it is.

Text without a Latin letter, and the catalog's ``keep`` list (pragmas such
as ``noqa: E402``), stay as they are. Any other text without an entry fails
the Chinese build with a warning naming the page, the snippet and the text.
``python docs/_ext/code_comments.py --missing`` prints a YAML stub for each
text under ``snippets/`` that has no entry, ``--unused`` the entries that no
snippet has any more.

No library does this: Sphinx's gettext leaves code alone, or, with
``gettext_additional_targets = ["literal-block"]``, translates a whole code
block as one message, which is a second copy of the code to keep in step
with the first; d2l-zh keeps such a copy. Here only the comments are
written twice.
"""

import ast
import copy
import io
import json
import re
import sys
import tokenize
import unicodedata
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
CATALOG = Path("docs") / "_data" / "code_comments.yaml"
LANGUAGE = "zh_CN"
WIDTH = 78
NEEDS_TRANSLATION = re.compile("[A-Za-z]")
# No line break after an opening mark or before a closing one.
OPENING = "（“‘《「【"
CLOSING = "，。、；：？！）”’》」】…"


def normalized(text):
    return " ".join(text.split())


def load_catalog(path):
    """(English -> Chinese, texts kept as they are)."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    table = {normalized(english): chinese
             for english, chinese in (data.get(LANGUAGE) or {}).items()
             if chinese}
    return table, {normalized(text) for text in data.get("keep") or []}


# -- Wrapping -----------------------------------------------------------------

def columns(text):
    """Width in a monospace font: CJK characters (and the ambiguous ones,
    such as “ and ×, which CJK fonts draw wide) take two columns."""
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1
               for c in text)


def breakable(before, after):
    wide = columns(before) == 2 or columns(after) == 2
    return wide and after not in CLOSING and before not in OPENING


def wrap(text, limit):
    """Lines of at most ``limit`` columns, broken at spaces and between
    CJK characters; a word of code or English, and code in brackets such
    as ``[N, C, H, W]``, is never split."""
    pieces = []  # [space before, text that must stay on one line]
    space, previous, depth = False, "", 0
    for char in normalized(text):
        depth = max(0, depth + (char in "([{") - (char in ")]}"))
        if char == " " and depth and pieces:
            pieces[-1][1] += char
            previous = char
            continue
        if char == " ":
            space = True
            continue
        if pieces and not space and not breakable(previous, char):
            pieces[-1][1] += char
        else:
            pieces.append([space, char])
        space, previous = False, char
    lines, line = [], ""
    for space, piece in pieces:
        joined = line + (" " if space and line else "") + piece
        if line and columns(joined) > limit:
            lines.append(line)
            line = piece
        else:
            line = joined
    return lines + [line] if line else lines


# -- Finding the texts --------------------------------------------------------

def comment_text(token):
    """The text after ``# ``; further indentation marks code."""
    text = token.string[1:].rstrip()
    return text[1:] if text.startswith(" ") else text


def comments(source):
    """Whole-line comment blocks and comments after code, as
    ``[first line, last line, column, [text of each line], inline]``;
    line numbers count from 1."""
    lines = source.splitlines()
    found = []
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    for token in tokens:
        if token.type != tokenize.COMMENT:
            continue
        row, col = token.start
        inline = bool(lines[row - 1][:col].strip())
        previous = found[-1] if found else None
        if (not inline and previous and not previous[4]
                and previous[1] == row - 1 and previous[2] == col):
            previous[1] = row
            previous[3].append(comment_text(token))
        else:
            found.append([row, row, col, [comment_text(token)], inline])
    return found


def paragraphs(lines):
    """Runs of non-empty lines."""
    runs, run = [], []
    for line in [*lines, ""]:
        if line.strip():
            run.append(line)
        elif run:
            runs.append(run)
            run = []
    return runs


def units(lines):
    """Each paragraph as its units of translation: ("text", lines),
    ("item", lines) for a ``- `` list item, or ("code", lines) for an
    indented paragraph, which is kept as it is."""
    found = []
    for run in paragraphs(lines):
        if run[0][:1].isspace():
            found.append([("code", run)])
            continue
        parts = []
        for line in run:
            if line.startswith("- ") or not parts:
                parts.append(("item" if line.startswith("- ") else "text",
                              [line]))
            else:
                parts[-1][1].append(line)
        found.append(parts)
    return found


def docstrings(source):
    """(node, prefix, quote, inner text) of each module, class and function
    docstring."""
    tree = ast.parse(source)
    kinds = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)
    lines = source.splitlines()
    for node in ast.walk(tree):
        if not isinstance(node, kinds) or not node.body:
            continue
        first = node.body[0]
        if not (isinstance(first, ast.Expr)
                and isinstance(first.value, ast.Constant)
                and isinstance(first.value.value, str)):
            continue
        segment = "\n".join(lines[first.lineno - 1:first.end_lineno])
        segment = segment[first.col_offset:]
        end = len(segment) - (len(lines[first.end_lineno - 1])
                              - first.end_col_offset)
        segment = segment[:end]
        prefix, quote = re.match(r"([rRuU]*)(\"\"\"|'''|\"|')",
                                 segment).groups()
        inner = segment[len(prefix) + len(quote):-len(quote)]
        yield first, prefix, quote, inner


def dedented(inner):
    """A docstring's lines without their common indentation (the first line
    has none)."""
    lines = inner.splitlines() or [""]
    rest = [line for line in lines[1:] if line.strip()]
    indent = min((len(line) - len(line.lstrip()) for line in rest),
                 default=0)
    return [lines[0].strip(), *(line[indent:].rstrip() for line in lines[1:])]


# -- Translating --------------------------------------------------------------

class Translation:
    def __init__(self, table, keep):
        self.table, self.keep = table, keep
        self.missing = []

    def of(self, text):
        """The Chinese of one unit, or None to keep the English lines."""
        key = normalized(text)
        if not NEEDS_TRANSLATION.search(key) or key in self.keep:
            return None
        if key not in self.table:
            self.missing.append(key)
            return None
        return normalized(self.table[key])


def comment_lines(chinese, indent):
    return [f"{indent}# {line}"
            for line in wrap(chinese, WIDTH - len(indent) - 2)]


def translated_lines(lines, translation, limit):
    """The lines of a comment block or a docstring with each unit in
    Chinese, wrapped to ``limit`` columns; None if nothing changes."""
    new, changed = [], False
    for number, run in enumerate(units(lines)):
        if number:
            new.append("")
        for kind, unit in run:
            text = " ".join(unit)
            chinese = None if kind == "code" else translation.of(
                text[2:] if kind == "item" else text)
            if chinese is None:
                new += unit
            elif kind == "item":
                first, *rest = wrap(chinese, limit - 2)
                new += [f"- {first}", *(f"  {line}" for line in rest)]
            else:
                new += wrap(chinese, limit)
            changed = changed or chinese is not None
    return new if changed else None


def translated_block(block, lines, translation):
    first, last, col, texts, _ = block
    indent = " " * col
    new = translated_lines(texts, translation, WIDTH - col - 2)
    if new is None:
        return lines[first - 1:last]  # nothing to change: keep it exactly
    return [f"{indent}# {line}".rstrip() for line in new]


def translated_inline(block, lines, translation):
    row, _, col, texts, _ = block
    line = lines[row - 1]
    chinese = translation.of(texts[0])
    if chinese is None:
        return [line]
    code = line[:col].rstrip()
    gap = line[len(code):col]
    inline = f"{code}{gap}# {chinese}"
    if columns(inline) <= WIDTH:
        return [inline]
    indent = line[:len(line) - len(line.lstrip())]
    return [*comment_lines(chinese, indent), code]


def translated_docstring(node, prefix, quote, inner, translation):
    indent = " " * node.col_offset
    limit = WIDTH - len(indent) - len(prefix) - len(quote)
    new = translated_lines(dedented(inner), translation, limit)
    if new is None:
        return None
    if len(new) == 1:
        one = f"{indent}{prefix}{quote}{new[0]}{quote}"
        if columns(one) <= WIDTH:
            return [one]
    new = [f"{indent}{line}" if line else "" for line in new]
    new[0] = f"{indent}{prefix}{quote}{new[0][len(indent):]}"
    return [*new, f"{indent}{quote}"]


def translate_source(source, table, keep):
    """The source with its comments and docstrings in Chinese, and the
    English texts that have no entry."""
    translation = Translation(table, keep)
    lines = source.splitlines()
    edits = []  # (first line, last line, new lines), from 1
    for node, prefix, quote, inner in docstrings(source):
        new = translated_docstring(node, prefix, quote, inner, translation)
        if new is not None:
            tail = lines[node.end_lineno - 1][node.end_col_offset:]
            head = lines[node.lineno - 1][:node.col_offset]
            new[0] = head + new[0][len(head):]
            new[-1] += tail
            edits.append((node.lineno, node.end_lineno, new))
    in_docstring = {line for first, last, _ in edits
                    for line in range(first, last + 1)}
    for block in comments(source):
        if in_docstring & set(range(block[0], block[1] + 1)):
            continue
        change = translated_inline if block[4] else translated_block
        edits.append((block[0], block[1],
                      change(block, lines, translation)))
    for first, last, new in sorted(edits, reverse=True):
        lines[first - 1:last] = new
    end = "\n" if source.endswith("\n") else ""
    return "\n".join(lines) + end, translation.missing


# -- In the Chinese build -----------------------------------------------------

def cell_name(page, cell, number, root):
    load = cell.get("cell_metadata", {}).get("load")
    if load is None:
        return f"inline code cell {number}"
    return (page.parent / load).resolve().relative_to(root).as_posix()


def missing_message(name, texts):
    listed = "\n".join(f"  {json.dumps(t, ensure_ascii=False)}"
                       for t in texts)
    return (f"snippet {name}: comments with no Chinese in {CATALOG}:\n"
            f"{listed}\n  Add each to the catalog's zh_CN entries "
            "(`python docs/_ext/code_comments.py --missing` prints them "
            "as YAML), or to its keep list if it stays English.")


def translate_page(app, doctree):
    from docutils import nodes
    from sphinx.util import logging

    if app.config.language != LANGUAGE or not app.config.code_comments:
        return
    root = Path(app.confdir).resolve()
    catalog = root / CATALOG
    table, keep = load_catalog(catalog)
    docname = app.env.docname
    page = Path(app.env.doc2path(docname))
    cells = [cell for cell in doctree.findall(nodes.container)
             if cell.get("nb_element") == "cell_code"]
    if not cells:
        return
    app.env.note_dependency(str(catalog))
    logger = logging.getLogger(__name__)
    for cell in cells:
        name = cell_name(page, cell, cell["cell_index"] + 1, root)
        for source in cell.findall(nodes.container):
            if source.get("nb_element") != "cell_code_source":
                continue
            for block in source.findall(nodes.literal_block):
                text, missing = translate_source(block.astext(), table, keep)
                block[:] = [nodes.Text(text)]
                block.rawsource = text
                if missing:
                    logger.warning(missing_message(name, missing),
                                   location=docname, type="code_comments")
    notebook = app.env.temp_data.get("executed_notebook")
    if notebook is not None:  # for downloads.py
        notebook = copy.deepcopy(notebook)
        for cell in notebook.cells:
            if cell.cell_type == "code":
                cell.source = translate_source(cell.source, table, keep)[0]
        app.env.temp_data["executed_notebook"] = notebook


def setup(app):
    # False shows the English comments on the Chinese site too.
    app.add_config_value("code_comments", True, "env")
    # after drift_guard has fetched the executed notebook, before
    # downloads.py writes it
    app.connect("doctree-read", translate_page, priority=550)
    return {"parallel_read_safe": True, "parallel_write_safe": True}


# -- The catalog's missing entries, as YAML stubs -----------------------------

def missing_in_snippets(root=ROOT):
    """{snippet path: English texts with no entry}, for every snippet."""
    table, keep = load_catalog(root / CATALOG)
    found = {}
    for path in sorted((root / "snippets").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        missing = translate_source(source, table, keep)[1]
        if missing:
            found[path.relative_to(root).as_posix()] = missing
    return found


def stubs(root=ROOT):
    """YAML lines to paste under ``zh_CN:``, one per missing text."""
    lines, seen = [], set()
    for path, texts in missing_in_snippets(root).items():
        texts = [t for t in dict.fromkeys(texts) if t not in seen]
        seen.update(texts)
        if texts:
            lines.append(f"  # {path}")
        lines += [f"  {json.dumps(t, ensure_ascii=False)}:" for t in texts]
    return "\n".join(lines)


def unused(root=ROOT):
    """Entries that no snippet under ``snippets/`` has (any more)."""
    table, keep = load_catalog(root / CATALOG)
    found = set()
    for path in (root / "snippets").rglob("*.py"):
        found.update(translate_source(path.read_text(encoding="utf-8"),
                                      {}, keep)[1])
    return sorted(set(table) - found)


def main(arguments):
    if arguments == ["--missing"]:
        print(stubs())
    elif arguments == ["--unused"]:
        print("\n".join(unused()))
    else:
        sys.exit("usage: python docs/_ext/code_comments.py --missing | "
                 "--unused\n  --missing: YAML stubs of the texts with no "
                 "entry\n  --unused: entries no snippet has")


if __name__ == "__main__":
    main(sys.argv[1:])
