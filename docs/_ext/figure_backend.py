"""The matplotlib backend of the kernel that runs the pages: every figure in
every language of the site, from one run.

Not a Sphinx extension: ``figure_languages.py`` makes the kernel load it
(``MPLBACKEND=module://figure_backend``). Snippets stay plain matplotlib,
drawn with English text; ``plt.show()`` here renders each open figure once
per language and publishes one ``image/png`` output per language:

- English as drawn;
- Simplified Chinese, with every title, axis label, legend entry, annotation
  and text label replaced by its entry in ``docs/_data/figure_text.yaml``,
  whose glyphs come from Noto Sans CJK SC (the ``noto-cjk-sans-otc``
  package, registered here) where DejaVu Sans has none. A text with a
  Latin letter and no entry stops the run, naming the text and the file.

Each output's metadata names its language (``figure.language``, also written
into the PNG as its ``Language`` text chunk, which the Sphinx side reads,
next to a ``Title`` chunk that becomes the image's alternative text) and
carries a summary of the figure for review (``figure``: size, texts, data).
Run outside a kernel (``MPLBACKEND=Agg python snippet.py``) none of this is
loaded.
"""

import base64
import io
import os
import re
from pathlib import Path

import matplotlib
import numpy as np
from matplotlib import font_manager
from matplotlib._pylab_helpers import Gcf
from matplotlib.backend_bases import FigureManagerBase as FigureManager
from matplotlib.backends.backend_agg import FigureCanvasAgg as FigureCanvas
from matplotlib.ticker import FixedFormatter

__all__ = ["FigureCanvas", "FigureManager", "show"]

LANGUAGES = os.environ.get("FIGURE_LANGUAGES", "en zh_CN").split()
CATALOG = Path(os.environ.get(
    "FIGURE_TEXT",
    Path(__file__).parents[1] / "_data" / "figure_text.yaml"))
DPI = 150  # CSS pixels x 1.5: sharp on phones and laptops, quick to draw
# The site's figure style. A figure at most 6 inches wide with 12 pt text
# shows its text at 10 CSS pixels or more on a 390 px phone.
# DejaVu Sans first, so that Latin text looks the same in every language;
# matplotlib takes each glyph DejaVu Sans lacks from Noto Sans CJK SC.
STYLE = {"font.size": 12, "legend.fontsize": 10,
         "font.family": ["DejaVu Sans", "Noto Sans CJK SC"]}
NEEDS_TRANSLATION = re.compile("[A-Za-z]")


def register_cjk_font():
    """Make Noto Sans CJK SC known to matplotlib, from the pinned package."""
    import noto_cjk_sans_otc

    font_manager.fontManager.addfont(str(noto_cjk_sans_otc.FONT_PATH))


def catalog():
    import yaml

    return yaml.safe_load(CATALOG.read_text(encoding="utf-8")) or {}


def texts_of(fig):
    """Every text artist a reader sees, in drawing order."""
    seen = list(fig.texts)
    for legend in fig.legends:
        seen += [legend.get_title(), *legend.get_texts()]
    for ax in fig.axes:
        seen += [ax.title, ax._left_title, ax._right_title,
                 ax.xaxis.label, ax.yaxis.label, *ax.texts]
        if legend := ax.get_legend():
            seen += [legend.get_title(), *legend.get_texts()]
    return [t for t in seen if t.get_text()]


def fixed_tick_formatters(fig):
    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis):
            formatter = axis.get_major_formatter()
            if isinstance(formatter, FixedFormatter):
                yield formatter


def translate(fig, table):
    """Replace the figure's English text in place; return what was missing."""
    missing = []

    def lookup(text):
        if not NEEDS_TRANSLATION.search(text):
            return text
        if text not in table:
            missing.append(text)
            return text
        return table[text]

    for artist in texts_of(fig):
        artist.set_text(lookup(artist.get_text()))
    for formatter in fixed_tick_formatters(fig):
        formatter.seq = [lookup(label) for label in formatter.seq]
    return missing


def stats(values):
    values = np.asarray(values, dtype=float)
    values = values[np.isfinite(values)]
    if not values.size:
        return {"n": 0}
    return {"n": int(values.size), "min": float(values.min()),
            "max": float(values.max()), "mean": float(values.mean())}


def summary(fig):
    """What a reviewer needs to tell two versions of a figure apart."""
    axes = []
    for ax in fig.axes:
        legend = ax.get_legend()
        axes.append({
            "title": ax.get_title(),
            "xlabel": ax.get_xlabel(),
            "ylabel": ax.get_ylabel(),
            "legend": [t.get_text() for t in legend.get_texts()]
            if legend else [],
            "texts": [t.get_text() for t in ax.texts],
            "lines": [stats(line.get_ydata()) for line in ax.lines],
            "images": [dict(stats(image.get_array()),
                            shape=list(np.shape(image.get_array())))
                       for image in ax.images],
            "patches": len(ax.patches),
        })
    return {
        "size_inches": [round(float(v), 2) for v in fig.get_size_inches()],
        "suptitle": fig._suptitle.get_text() if fig._suptitle else "",
        "axes": axes,
    }


def title(fig, language):
    """The figure's titles, for the alternative text of the image."""
    titles = [fig._suptitle] if fig._suptitle else []
    titles += [ax.title for ax in fig.axes]
    separator = "；" if language.startswith("zh") else "; "
    return separator.join(" ".join(t.get_text().split()) for t in titles
                          if t.get_text())


CJK = "\u3000-\u303f\u4e00-\u9fff\uff00-\uffef"
# one upright CJK character, or a run of anything else (1e-4, h)
UPRIGHT_PIECES = re.compile(f"[{CJK}]|[^{CJK}\\s]+")


def set_upright(fig):
    """Chinese y-axis labels top to bottom with each character upright,
    as Chinese figures set them, instead of lying on their side. Returns
    how to undo it (the recorded summary keeps the label as one line)."""
    undo = []
    for ax in fig.axes:
        label = ax.yaxis.label
        text = label.get_text()
        if re.search(f"[{CJK}]", text) and label.get_rotation() == 90:
            undo.append((label, dict(
                text=text, rotation=label.get_rotation(),
                linespacing=label.get_linespacing(), va=label.get_va(),
                ha=label.get_ha())))
            label.set(text="\n".join(UPRIGHT_PIECES.findall(text)),
                      rotation=0, linespacing=1.1, va="center", ha="right")
    return undo


def render(fig, language):
    undo = set_upright(fig) if language.startswith("zh") else []
    buffer = io.BytesIO()
    # white, not transparent: the figure stays readable in dark mode
    fig.savefig(buffer, format="png", dpi=DPI, bbox_inches="tight",
                facecolor="white",
                metadata={"Language": language,
                          "Title": title(fig, language)})
    for label, properties in undo:
        label.set(**properties)
    return buffer.getvalue()


def publish(fig, language):
    from IPython.display import publish_display_data
    from PIL import Image

    png = render(fig, language)
    width, height = Image.open(io.BytesIO(png)).size
    meta = dict(summary(fig), language=language)
    publish_display_data(
        data={"image/png": base64.b64encode(png).decode("ascii"),
              "text/plain": f"<Figure ({language})>"},
        metadata={"image/png": {"width": round(width * 100 / DPI)},
                  "figure": meta},
    )


def show(*args, **kwargs):
    """Publish every open figure in every language, then close it."""
    table = None
    try:
        for manager in Gcf.get_all_fig_managers():
            fig = manager.canvas.figure
            for language in LANGUAGES:
                if language != "en":
                    table = catalog() if table is None else table
                    missing = translate(fig, table.get(language, {}))
                    if missing:
                        raise KeyError(
                            f"no {language} text for {missing} in "
                            f"{CATALOG}: add each as an entry under "
                            f"{language}")
                publish(fig, language)
    finally:
        matplotlib.pyplot.close("all")


register_cjk_font()
matplotlib.rcParams.update(STYLE)
