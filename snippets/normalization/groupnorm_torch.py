"""nn.GroupNorm(G, C): the C channels split into G groups of C / G; one
mean and variance per sample and group; a scale and shift per channel."""
import itertools

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

rng = np.random.default_rng(0)
x_np = rng.standard_normal((2, 6, 4, 4)).astype(np.float32)
x = torch.from_numpy(x_np)

gn = nn.GroupNorm(3, 6)  # num_groups first, then num_channels
with torch.no_grad():
    gn.weight.copy_(torch.from_numpy(rng.standard_normal(6)))
    gn.bias.copy_(torch.from_numpy(rng.standard_normal(6)))
y = gn(x)
print(gn)
print({k: tuple(v.shape) for k, v in gn.state_dict().items()})

try:
    nn.GroupNorm(4, 6)
except ValueError as error:
    print("ValueError:", error)


def hand(x, groups, weight, bias, eps):
    """Statistics over each group's channels and all pixels."""
    n, c, h, w = x.shape
    g = x.astype(np.float64).reshape(n, groups, -1)
    g = (g - g.mean(-1, keepdims=True)) / np.sqrt(g.var(-1, keepdims=True)
                                                  + eps)
    return g.reshape(n, c, h, w) * weight[:, None, None] + bias[:, None,
                                                                None]


# Checks: the formula; GroupNorm(1, C) is a LayerNorm over [C, H, W]
# with a scale per channel; GroupNorm(C, C) is InstanceNorm2d(C,
# affine=True). On a grid of shapes and every divisor as G. PyTorch's
# GroupNorm refuses only a batch that is one value (N * C / G * H * W
# = 1); InstanceNorm2d refuses every 1 x 1 map, where GroupNorm(C, C)
# returns the bias.
tol = dict(rtol=1e-5, atol=1e-5)
np.testing.assert_allclose(y.detach().numpy(), hand(
    x_np, 3, gn.weight.detach().numpy(), gn.bias.detach().numpy(),
    gn.eps), **tol)
# The grid in float64 (the functional forms, which the layers call): a
# group of two close values has a variance near eps, which magnifies
# float32 rounding past any useful tolerance.
grid_tol = dict(rtol=1e-7, atol=1e-7)
refused = in_refused = 0
for n, c, h, w in itertools.product([1, 2], [1, 2, 4, 6], [1, 2, 5],
                                    [1, 3]):
    x, weight, bias = (torch.from_numpy(rng.standard_normal(shape))
                       for shape in ((n, c, h, w), c, c))
    for groups in [g for g in range(1, c + 1) if c % g == 0]:
        try:
            y = F.group_norm(x, groups, weight, bias, eps=1e-5).numpy()
        except ValueError:  # Expected more than 1 value per channel
            assert n * c // groups * h * w == 1
            refused += 1
            continue
        np.testing.assert_allclose(y, hand(x.numpy(), groups,
                                           weight.numpy(), bias.numpy(),
                                           1e-5), **grid_tol)
        if groups == 1:
            ln = F.layer_norm(x, [c, h, w], eps=1e-5)
            np.testing.assert_allclose(
                y, (ln * weight[:, None, None] + bias[:, None, None]).numpy(),
                **grid_tol)
        if groups == c and h * w == 1:
            np.testing.assert_allclose(y, np.broadcast_to(
                bias.numpy()[:, None, None], y.shape), **grid_tol)
            try:
                F.instance_norm(x, weight=weight, bias=bias, eps=1e-5)
            except ValueError:  # Expected more than 1 spatial element
                in_refused += 1
                continue
            raise AssertionError("instance_norm took a 1 x 1 map")
        if groups == c:
            inorm = F.instance_norm(x, weight=weight, bias=bias, eps=1e-5)
            np.testing.assert_allclose(y, inorm.numpy(), **grid_tol)
print(f"GroupNorm refused {refused} calls, InstanceNorm2d {in_refused}")
