# Which default bound is larger? PyTorch's b = 1 / sqrt(in), Paddle's
# b' = sqrt(6 / (in + out)). Squared, 1 / in against 6 / (in + out):
# b' is larger when out < 5 in, equal at out = 5 in, smaller above.
from fractions import Fraction

import numpy as np
import paddle
import torch


def compare(n_in, n_out):
    """The sign of b'^2 - b^2, computed exactly."""
    diff = Fraction(6, n_in + n_out) - Fraction(1, n_in)
    return (diff > 0) - (diff < 0)


counts = {1: 0, 0: 0, -1: 0}
for n_in in range(1, 129):
    for n_out in range(1, 6 * n_in + 1):
        counts[compare(n_in, n_out)] += 1
print(f"b' larger: {counts[1]}, equal: {counts[0]}, "
      f"smaller: {counts[-1]} of the (in, out) pairs tried")

# At out = 5 in both layers draw from U(-1/8, 1/8) for in = 64.
torch.manual_seed(0)
paddle.seed(0)
torch_w = torch.nn.Linear(64, 320).weight.detach().numpy()
paddle_w = paddle.nn.Linear(64, 320).weight.numpy()
print(f"in 64, out 320: max|w| PyTorch {np.abs(torch_w).max():.4f}, "
      f"Paddle {np.abs(paddle_w).max():.4f}")

# Checks: larger exactly below out = 5 in, equal exactly at it
assert all(compare(n_in, n_out) == (n_out < 5 * n_in) - (n_out > 5 * n_in)
           for n_in in range(1, 129) for n_out in range(1, 6 * n_in + 1))
assert counts[0] == 128
for w in (torch_w, paddle_w):
    assert 0.99 * 0.125 <= np.abs(w).max() <= 0.125
