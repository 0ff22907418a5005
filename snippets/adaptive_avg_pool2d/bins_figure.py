import math

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Rectangle


def bin_edges(n_in, n_out):
    return [(math.floor(i * n_in / n_out),
             math.ceil((i + 1) * n_in / n_out)) for i in range(n_out)]


# a 5 x 7 input pooled to 3 x 3: neither size divides evenly
h_in, w_in, h_out, w_out = 5, 7, 3, 3
rows, cols = bin_edges(h_in, h_out), bin_edges(w_in, w_out)

coverage = np.zeros((h_in, w_in), dtype=int)
for h0, h1 in rows:
    for w0, w1 in cols:
        coverage[h0:h1, w0:w1] += 1
# every input is used; some are used by two or four outputs
assert coverage.min() >= 1 and coverage.max() > 1, coverage
print("outputs that use each input position:")
print(coverage)

# one panel above the other: the grid cells stay wide on a phone
fig, (ax_bins, ax_count) = plt.subplots(2, 1, figsize=(5, 7.2),
                                       layout="constrained")
colors = plt.cm.viridis(np.linspace(0, 0.7, w_out))
styles = ["-", "--", ":"]
for i, (h0, h1) in enumerate(rows):
    for j, (w0, w1) in enumerate(cols):
        # insets keep the outlines of overlapping bins apart
        d = 0.08 + 0.1 * i
        ax_bins.add_patch(Rectangle(
            (w0 - 0.5 + d, h0 - 0.5 + d), w1 - w0 - 2 * d,
            h1 - h0 - 2 * d, fill=False, edgecolor=colors[j],
            linestyle=styles[i], lw=2))
        ax_bins.text((w0 + w1 - 1) / 2, (h0 + h1 - 1) / 2,
                     f"({i},{j})", ha="center", va="center",
                     fontsize=11, color=colors[j])
ax_bins.set_title("bin of each output (i, j)")

ax_count.imshow(coverage, cmap="Greys", vmin=0, vmax=6)
for (h, w), n in np.ndenumerate(coverage):
    ax_count.text(w, h, str(n), ha="center", va="center")
ax_count.set_title("outputs using each input")

for ax in (ax_bins, ax_count):
    ax.set_xlim(-0.5, w_in - 0.5)
    ax.set_ylim(h_in - 0.5, -0.5)
    ax.set_xticks(range(w_in))
    ax.set_yticks(range(h_in))
    ax.set_xticks(np.arange(w_in + 1) - 0.5, minor=True)
    ax.set_yticks(np.arange(h_in + 1) - 0.5, minor=True)
    ax.grid(which="minor", color="0.7", lw=0.5)
    ax.tick_params(which="minor", length=0)
    ax.set_xlabel("input column w")
    ax.set_ylabel("input row h")
    ax.set_aspect("equal")
fig.suptitle("AdaptiveAvgPool2d: 5 × 7 input,\noutput_size=(3, 3)")
plt.show()
