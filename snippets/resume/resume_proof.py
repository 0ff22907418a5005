"""AdamW with cosine annealing, resumed in the other framework, both
ways: the largest parameter difference at each step of the
continuation."""
import matplotlib.pyplot as plt
from matplotlib.ticker import MaxNLocator
import numpy as np

from resume_both_ways import (TOL, k, m, paddle_then_torch,
                              torch_then_paddle)

gaps = {
    "PyTorch → Paddle": torch_then_paddle("AdamW", "CosineAnnealingLR"),
    "Paddle → PyTorch": paddle_then_torch("AdamW", "CosineAnnealingLR"),
}
steps = np.arange(k + 1, k + m + 1)
fig, ax = plt.subplots(figsize=(6, 3.5))
for label, gap in gaps.items():
    ax.semilogy(steps, gap, marker="o", label=label)
ax.axhline(TOL, color="grey", linestyle="--", label="tolerance")
ax.set_xlabel("training step")
ax.xaxis.set_major_locator(MaxNLocator(integer=True))
ax.set_ylabel("largest parameter difference")
ax.set_title("Converted checkpoint: both continuations")
ax.legend()
plt.show()
for label, gap in gaps.items():
    print(f"{label}: largest difference {gap.max():.1e} "
          f"over {m} steps after step {k}")

# Checks
for gap in gaps.values():
    assert gap.max() < TOL, gap.max()
