# The weight is [C_in, C_out / groups, kH, kW] in both frameworks: copy
# it as it is. NumPy makes the numbers once; both layers copy them.
import itertools

import numpy as np
import paddle
import torch
from torch import nn

rtol, atol = 1e-5, 1e-5  # float32 sums may differ in the last bits
rng = np.random.default_rng(0)


def both(c_in, c_out, k, weight, **opts):
    """The two layers with the same weights, on the same input."""
    x = rng.standard_normal((2, c_in, 5, 6)).astype(np.float32)
    bias = rng.standard_normal(c_out).astype(np.float32)
    tconv = nn.ConvTranspose2d(c_in, c_out, k, **opts)
    with torch.no_grad():  # copying into a parameter is not a step
        tconv.weight.copy_(torch.from_numpy(weight))
        tconv.bias.copy_(torch.from_numpy(bias))
    paddle_tconv = paddle.nn.Conv2DTranspose(c_in, c_out, k, **opts)
    paddle_tconv.weight.set_value(weight)  # not transposed
    paddle_tconv.bias.set_value(bias)
    return (tconv(torch.from_numpy(x)).detach().numpy(),
            paddle_tconv(paddle.to_tensor(x)).numpy(), tconv, paddle_tconv)


opts = dict(stride=2, padding=1, output_padding=1, dilation=2, groups=2)
weight = rng.standard_normal((4, 3, 3, 3)).astype(np.float32)
torch_y, paddle_y, tconv, paddle_tconv = both(4, 6, 3, weight, **opts)
print("settings:", opts)
print("torch  weight", list(tconv.weight.shape), "keys",
      list(tconv.state_dict()))
print("paddle weight", list(paddle_tconv.weight.shape), "keys",
      list(paddle_tconv.state_dict()))
print("torch y ", list(torch_y.shape), np.round(torch_y[0, 0, 5, :3], 4))
print("paddle y", list(paddle_y.shape), np.round(paddle_y[0, 0, 5, :3], 4))

# A weight transposed "to be safe" (as nn.Linear's must be) is refused
# where the shape changes, and silently wrong where it does not.
square = rng.standard_normal((3, 3, 3, 3)).astype(np.float32)
right, _, _, _ = both(3, 3, 3, square)
wrong, _, _, _ = both(3, 3, 3, square.transpose(1, 0, 2, 3))
print("square layer, transposed copy: largest difference",
      round(float(np.abs(right - wrong).max()), 3))
refused = []
try:
    with torch.no_grad():
        tconv.weight.copy_(torch.from_numpy(weight.transpose(1, 0, 2, 3)))
except RuntimeError:
    refused.append("torch RuntimeError")
try:  # Paddle checks the shape with an assert statement
    paddle_tconv.weight.set_value(weight.transpose(1, 0, 2, 3))
except AssertionError:
    refused.append("paddle AssertionError")
print("non-square layer, transposed copy:", ", ".join(refused))

# Checks: the same output over a grid of settings, the weight copied
# as it is; its shape and the state-dict keys are the same.
np.testing.assert_allclose(torch_y, paddle_y, rtol=rtol, atol=atol)
assert list(tconv.state_dict()) == list(paddle_tconv.state_dict())
assert not np.allclose(right, wrong, atol=1e-2)
assert len(refused) == 2, refused
checked = 0
for s, p, d, g, k in itertools.product((1, 2, 3), (0, 2), (1, 2),
                                       (1, 2), (1, 2, 3)):
    for op in range(s):  # every output padding both accept
        w = rng.standard_normal((4, 6 // g, k, k)).astype(np.float32)
        torch_y, paddle_y, tconv, paddle_tconv = both(
            4, 6, k, w, stride=s, padding=p, output_padding=op,
            dilation=d, groups=g)
        assert tconv.weight.shape == tuple(paddle_tconv.weight.shape)
        np.testing.assert_allclose(torch_y, paddle_y, rtol=rtol, atol=atol)
        checked += 1
print(f"{checked} settings, equal within rtol={rtol:g}, atol={atol:g}")
