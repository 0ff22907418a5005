"""BatchNorm divides by sqrt(var + eps), with the biased variance that
unbiased=False selects (divide by M, not M - 1)."""
import warnings

import numpy as np
import paddle
import torch
from torch import nn

# Paddle warns on each training-mode call that it tracks running
# statistics; that is expected here.
warnings.filterwarnings("ignore", message="When training, we now")

rng = np.random.default_rng(0)
x_np = rng.normal(0.2, 1.2, size=(1, 2, 3, 4)).astype(np.float32)
c = x_np[0, 0].astype(np.float64)  # channel 0: M = 12 values
m = c.size

# unbiased=False is the biased estimator: it divides by M.
squares = ((c - c.mean()) ** 2).sum()
biased, unbiased = squares / m, squares / (m - 1)
channel = torch.from_numpy(x_np[0, 0])
np.testing.assert_allclose(channel.var(unbiased=False).item(), biased,
                           rtol=1e-5)
np.testing.assert_allclose(channel.var(unbiased=True).item(), unbiased,
                           rtol=1e-5)
print(f"channel 0: unbiased=False -> {biased:.4f} (divide by {m}), "
      f"unbiased=True -> {unbiased:.4f} (divide by {m - 1})")


def candidates(eps):
    """The output of channel 0 by three formulas."""
    centered = c - c.mean()
    return {
        "biased, eps inside sqrt": centered / np.sqrt(biased + eps),
        "biased, eps outside sqrt": centered / (np.sqrt(biased) + eps),
        "unbiased, eps inside sqrt": centered / np.sqrt(unbiased + eps),
    }


# With the default eps, eps inside or outside differ too little to show
# in four decimals: a printout cannot tell the two formulas apart.
default = candidates(1e-5)
small_gap = np.abs(default["biased, eps outside sqrt"]
                   - default["biased, eps inside sqrt"]).max()
assert small_gap < 5e-5, small_gap
print(f"eps = 1e-05: inside and outside sqrt differ by {small_gap:.1e}")

# A large eps separates them: the layers match eps inside the root.
eps = 0.5
wanted = candidates(eps)
torch_y = nn.BatchNorm2d(2, eps=eps)(torch.from_numpy(x_np))
paddle_y = paddle.nn.BatchNorm2D(2, epsilon=eps)(paddle.to_tensor(x_np))
gaps = {}
for name, y in (("torch", torch_y.detach().numpy()[0, 0]),
                ("paddle", paddle_y.numpy()[0, 0])):
    for formula, want in wanted.items():
        gaps[name, formula] = np.abs(y - want).max()
        print(f"eps = {eps}, {name:6} vs {formula}: largest gap "
              f"{gaps[name, formula]:.4f}")
        if formula == "biased, eps inside sqrt":
            np.testing.assert_allclose(y, want, rtol=1e-5, atol=1e-5)
        else:
            assert gaps[name, formula] > 1e-2, f"{name}: {formula}"
