"""Where the samples of a 3 x 3 input enlarged to 5 x 5 fall, with
align_corners=False and True, and where grid_sample puts -1 and 1."""
import matplotlib.pyplot as plt
import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F
from matplotlib.patches import Rectangle

n_in, n_out = 3, 5
j = np.arange(n_out)
positions = {  # the sample points, in input pixels (0 = first center)
    False: (j + 0.5) * n_in / n_out - 0.5,
    True: j * (n_in - 1) / (n_out - 1),
}
for align_corners, u in positions.items():
    print(f"align_corners={align_corners!s:5}", u.round(2))

fig, axes = plt.subplots(1, 2, figsize=(6, 3.6), layout="constrained")
for ax, (align_corners, u) in zip(axes, positions.items()):
    for r in range(n_in):
        for c in range(n_in):
            ax.add_patch(Rectangle((c - 0.5, r - 0.5), 1, 1, fill=False,
                                   edgecolor="0.6"))
    centers = np.arange(n_in)
    cx, cy = np.meshgrid(centers, centers)
    ax.plot(cx.ravel(), cy.ravel(), "o", color="black", markersize=4,
            label="input pixel centers")
    ux, uy = np.meshgrid(u, u)
    ax.plot(ux.ravel(), uy.ravel(), "x", color="tab:orange",
            markersize=7, label="output sample points")
    edge = -0.5 if not align_corners else 0  # where grid -1 falls
    ax.add_patch(Rectangle((edge, edge), n_in - 1 - 2 * edge,
                           n_in - 1 - 2 * edge, fill=False,
                           linestyle="--", edgecolor="tab:blue",
                           label="grid_sample's -1 and 1"))
    ax.set_title(f"align_corners={align_corners}", fontsize=11)
    ax.set_xlim(-0.8, n_in - 0.2)
    ax.set_ylim(n_in - 0.2, -0.8)
    ax.set_aspect("equal")
    ax.set_xticks(centers)
    ax.set_yticks(centers)
    ax.set_xlabel("input column")
axes[0].set_ylabel("input row")
handles, labels = axes[0].get_legend_handles_labels()
fig.legend(handles, labels, loc="outside lower center", ncol=2,
           fontsize=9)
plt.show()

# Checks: interpolating a ramp (value = column) returns the sample points,
# clamped to the outer centers, in both frameworks; grid_sample reads
# grid -1 at pixel -0.5 (half of it outside: half the value of a ramp
# 1, 2, 3 with zero padding) or at pixel 0.
ramp = np.tile(np.arange(n_in, dtype=np.float32), (1, 1, n_in, 1))
for align_corners, u in positions.items():
    options = dict(size=(n_out, n_out), mode="bilinear",
                   align_corners=align_corners)
    for y in (F.interpolate(torch.from_numpy(ramp), **options),
              PF.interpolate(paddle.to_tensor(ramp), **options)):
        np.testing.assert_allclose(y.numpy()[0, 0, 0],
                                   np.clip(u, 0, n_in - 1), atol=1e-6)
    grid = np.array([[[[-1, 0], [1, 0]]]], np.float32)  # grid x at -1 and 1
    for y in (F.grid_sample(torch.from_numpy(ramp + 1),
                            torch.from_numpy(grid),
                            align_corners=align_corners),
              PF.grid_sample(paddle.to_tensor(ramp + 1),
                             paddle.to_tensor(grid),
                             align_corners=align_corners)):
        first, last = y.numpy()[0, 0, 0]
        assert (first, last) == ((0.5, 1.5) if not align_corners
                                 else (1.0, 3.0))
