# Run by a hidden first cell of every executed page (drift_guard.py): each
# figure a cell shows also gets a summary, in the output's metadata, that the
# drift guard records and compares, so a figure whose data, labels or size
# changed fails the build.
def _drift_guard_figure_summaries():
    import numpy as np
    from IPython import get_ipython
    from IPython.core.formatters import BaseFormatter
    from traitlets import Unicode

    def stats(values):
        values = np.ma.masked_invalid(np.ma.asarray(values, dtype=float))
        if values.count() == 0:
            return [list(values.shape)]
        return [list(values.shape)] + [
            float(f"{v:.6g}") for v in (values.min(), values.max(),
                                        values.mean())]

    def texts(artists):
        return [t.get_text() for t in artists if t.get_text()]

    def summary(fig):
        width, height = fig.get_size_inches() * fig.dpi
        axes = []
        for ax in fig.axes:
            legend = ax.get_legend()
            axes.append({
                "title": ax.get_title(),
                "xlabel": ax.get_xlabel(),
                "ylabel": ax.get_ylabel(),
                "legend": texts(legend.get_texts()) if legend else [],
                "texts": texts(ax.texts),
                "lines": [stats(line.get_xydata()) for line in ax.lines],
                "images": [stats(image.get_array()) for image in ax.images],
                "bars": [stats([[p.get_x(), p.get_y(), p.get_width(),
                                 p.get_height()] for p in ax.patches])]
                if ax.patches else [],
                "collections": [stats(c.get_offsets())
                                for c in ax.collections],
            })
        title = fig._suptitle.get_text() if fig._suptitle else ""
        return {"size": [round(width), round(height)], "title": title,
                "axes": axes}

    class FigureSummary(BaseFormatter):
        format_type = Unicode("application/vnd.drift-guard.figure+json")
        _return_type = dict

        # Not a registered type printer: matplotlib's inline backend removes
        # every formatter's printer for Figure when pyplot is imported.
        # The summary goes in the output's metadata, which myst-nb does not
        # render (data of an unknown type would be a warning).
        def __call__(self, obj):
            names = {(c.__module__, c.__name__) for c in type(obj).__mro__}
            if ("matplotlib.figure", "Figure") in names:
                return None, summary(obj)
            return None

    display = get_ipython().display_formatter
    formatter = FigureSummary(parent=display)
    display.formatters[formatter.format_type] = formatter


_drift_guard_figure_summaries()
del _drift_guard_figure_summaries
