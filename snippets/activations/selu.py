# SELU is scale * ELU(x, alpha) with two fixed constants. PyTorch
# hard-codes them; Paddle makes them arguments, whose defaults are
# PyTorch's constants.
import inspect

import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F
from torch import nn

# PyTorch's constants, read off its SELU in float64: selu(1) = scale,
# and selu(x) tends to -scale * alpha for very negative x.
one, far = F.selu(torch.tensor([1.0, -100.0], dtype=torch.float64))
torch_scale, torch_alpha = one.item(), -far.item() / one.item()
defaults = inspect.signature(paddle.nn.SELU).parameters
paddle_scale = defaults["scale"].default
paddle_alpha = defaults["alpha"].default
print(f"scale: PyTorch {torch_scale!r}, Paddle {paddle_scale!r}")
print(f"alpha: PyTorch {torch_alpha!r}, Paddle {paddle_alpha!r}")

# A Paddle SELU with other constants has no PyTorch layer: write it as
# scale * F.elu(x, alpha).
rng = np.random.default_rng(0)
x = rng.standard_normal((2, 3, 4, 5)).astype(np.float32)
custom = paddle.nn.SELU(scale=1.5, alpha=2.0)(paddle.to_tensor(x)).numpy()
ported = (1.5 * F.elu(torch.from_numpy(x), alpha=2.0)).numpy()
gap = np.abs(custom - ported).max()
print(f"paddle.nn.SELU(1.5, 2.0) vs 1.5 * F.elu(x, 2.0): {gap:.0e}")

# Checks: the same constants (to the last bit of a float64), the same
# values with the defaults, and the port of other constants.
assert abs(torch_scale - paddle_scale) < 1e-15
assert abs(torch_alpha - paddle_alpha) < 1e-13
np.testing.assert_allclose(
    PF.selu(paddle.to_tensor(x)).numpy(),
    nn.SELU()(torch.from_numpy(x)).numpy(), 1e-5, 1e-6)
np.testing.assert_allclose(custom, ported, 1e-5, 1e-6)
