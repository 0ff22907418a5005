# What each mode puts around a 4 x 4 image: two rows and columns on each
# side, drawn from PyTorch's F.pad (Paddle's is checked below).
import matplotlib.pyplot as plt
import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F
from matplotlib.patches import Rectangle

image = np.arange(1, 17, dtype=np.float32).reshape(1, 1, 4, 4)
p = 2
MODES = ["constant", "reflect", "replicate", "circular"]
padded = {mode: F.pad(torch.from_numpy(image), [p] * 4, mode)[0, 0].numpy()
          for mode in MODES}

fig, axes = plt.subplots(2, 2, figsize=(6, 6))
for ax, mode in zip(axes.flat, MODES):
    values = padded[mode]
    ax.imshow(values, cmap="Blues", vmin=-8, vmax=30)
    for (r, c), v in np.ndenumerate(values):
        ax.text(c, r, int(v), ha="center", va="center", fontsize=8)
    ax.add_patch(Rectangle((p - 0.5, p - 0.5), 4, 4, fill=False,
                           edgecolor="black", linewidth=2))
    ax.set_title(f"mode='{mode}'", fontsize=11)
    ax.set_xticks([])
    ax.set_yticks([])
fig.tight_layout()
plt.show()


def source(j, n, mode):
    """The input position that output position j (input coordinates)
    reads along an axis of size n: the formulas on this page."""
    if 0 <= j < n:
        return j
    if mode == "replicate":
        return min(max(j, 0), n - 1)
    if mode == "reflect":
        return -j if j < 0 else 2 * (n - 1) - j
    return j % n  # circular


# Checks: each mode is one of NumPy's np.pad modes (constant, reflect,
# edge, wrap) and the formula; Paddle's F.pad gives the same tensors.
numpy_mode = {"constant": "constant", "reflect": "reflect",
              "replicate": "edge", "circular": "wrap"}
for mode in MODES:
    want = np.pad(image[0, 0], p, mode=numpy_mode[mode])
    np.testing.assert_array_equal(padded[mode], want)
    if mode != "constant":
        rows = [source(j, 4, mode) for j in range(-p, 4 + p)]
        np.testing.assert_array_equal(want, image[0, 0][np.ix_(rows, rows)])
    got = PF.pad(paddle.to_tensor(image), [p] * 4, mode)[0, 0].numpy()
    np.testing.assert_array_equal(got, want)
