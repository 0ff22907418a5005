"""Resuming with the weights alone: a fresh optimizer and a scheduler
that starts again from the base learning rate."""
import matplotlib.pyplot as plt
from matplotlib.ticker import MaxNLocator
import numpy as np

from resume_both_ways import (TOL, k, m, paddle_then_torch,
                              torch_then_paddle)

drift = {
    "PyTorch → Paddle": torch_then_paddle(
        "AdamW", "CosineAnnealingLR", weights_only=True),
    "Paddle → PyTorch": paddle_then_torch(
        "AdamW", "CosineAnnealingLR", weights_only=True),
}
gaps = {  # as in the proof above
    "PyTorch → Paddle": torch_then_paddle("AdamW", "CosineAnnealingLR"),
    "Paddle → PyTorch": paddle_then_torch("AdamW", "CosineAnnealingLR"),
}
steps = np.arange(k + 1, k + m + 1)
fig, ax = plt.subplots(figsize=(6, 3.5))
for label in drift:
    line, = ax.semilogy(steps, gaps[label], marker="o",
                        label=f"{label}, converted")
    ax.semilogy(steps, drift[label], marker="x", color=line.get_color(),
                linestyle=":", label=f"{label}, weights only")
ax.axhline(TOL, color="grey", linestyle="--", label="tolerance")
ax.set_xlabel("training step")
ax.xaxis.set_major_locator(MaxNLocator(integer=True))
ax.set_ylabel("largest parameter difference")
ax.set_title("Weights only: the continuation drifts")
ax.legend(fontsize=9)
plt.show()
for label, gap in drift.items():
    print(f"{label}, weights only: {gap[0]:.1e} after one step, "
          f"{gap.max():.1e} after {m}")

# Checks
for gap in drift.values():
    assert gap[0] > 100 * TOL and gap.max() > 1000 * TOL
