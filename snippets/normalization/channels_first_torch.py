"""ConvNeXt's LayerNorm on [N, C, H, W]: each pixel normalized over its
C channels. Two ways to write it, and GroupNorm(1, C), which is not it."""
import itertools

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn


def by_permute(x, ln):
    """torchvision's LayerNorm2d: channels last, LayerNorm(C), back."""
    return ln(x.permute(0, 2, 3, 1)).permute(0, 3, 1, 2)


def over_dim_1(x, weight, bias, eps):
    """The ConvNeXt paper's code: statistics over dimension 1."""
    mean = x.mean(1, keepdim=True)
    var = (x - mean).pow(2).mean(1, keepdim=True)
    x = (x - mean) / torch.sqrt(var + eps)
    return weight[:, None, None] * x + bias[:, None, None]


def layer(c, rng):
    ln = nn.LayerNorm(c, eps=1e-6)  # ConvNeXt's eps
    with torch.no_grad():
        ln.weight.copy_(torch.from_numpy(rng.standard_normal(c)))
        ln.bias.copy_(torch.from_numpy(rng.standard_normal(c)))
    return ln


rng = np.random.default_rng(0)
x = torch.from_numpy(rng.standard_normal((2, 4, 3, 3)).astype(np.float32))
ln = layer(4, rng)
y = by_permute(x, ln)
y_dim1 = over_dim_1(x, ln.weight, ln.bias, ln.eps)
y_group = F.group_norm(x, 1, ln.weight, ln.bias, eps=ln.eps)
print("permute vs dimension 1:", f"{(y - y_dim1).abs().max():.1e}")
print("permute vs GroupNorm(1, C):",
      f"{(y - y_group).abs().max().item():.4f}")

# Checks: the two ways agree on every shape of the grid, one channel
# (the output is the bias) and one pixel included; GroupNorm(1, C)
# differs wherever a sample has more than one pixel, and refuses a
# batch that is one value.
tol = dict(rtol=1e-5, atol=1e-5)
grid = list(itertools.product([1, 2], [1, 2, 3, 8], [1, 2, 5], [1, 3]))
for n, c, h, w in grid:
    x = torch.from_numpy(rng.standard_normal((n, c, h, w)).astype(
        np.float32))
    ln = layer(c, rng)
    with torch.no_grad():
        y = by_permute(x, ln)
        y_dim1 = over_dim_1(x, ln.weight, ln.bias, ln.eps)
        try:
            y_group = F.group_norm(x, 1, ln.weight, ln.bias, eps=ln.eps)
        except ValueError:  # Expected more than 1 value per channel
            assert c * h * w == 1
            y_group = y
    np.testing.assert_allclose(y.numpy(), y_dim1.numpy(), **tol)
    if c == 1:
        np.testing.assert_array_equal(y.numpy(), np.broadcast_to(
            ln.bias.detach().numpy()[:, None, None], y.shape))
    assert (h * w == 1) == np.allclose(y, y_group, **tol)
print(len(grid), "shapes checked")
