"""paddle.nn.GroupNorm(G, C): the same arguments in the same order;
epsilon for eps."""
import itertools

import numpy as np
import paddle
import paddle.nn.functional as PF

rng = np.random.default_rng(0)
x_np = rng.standard_normal((2, 6, 4, 4)).astype(np.float32)
x = paddle.to_tensor(x_np)

gn = paddle.nn.GroupNorm(3, 6)  # num_groups first, then num_channels
gn.weight.set_value(rng.standard_normal(6).astype(np.float32))
gn.bias.set_value(rng.standard_normal(6).astype(np.float32))
y = gn(x)
print(gn)
print({k: tuple(v.shape) for k, v in gn.state_dict().items()})

wrong = paddle.nn.GroupNorm(4, 6)  # made; it fails when called
try:
    wrong(x)
except ValueError as error:
    print("ValueError:", str(error).splitlines()[0])


def hand(x, groups, weight, bias, eps):
    """Statistics over each group's channels and all pixels."""
    n, c, h, w = x.shape
    g = x.astype(np.float64).reshape(n, groups, -1)
    g = (g - g.mean(-1, keepdims=True)) / np.sqrt(g.var(-1, keepdims=True)
                                                  + eps)
    return g.reshape(n, c, h, w) * weight[:, None, None] + bias[:, None,
                                                                None]


# Checks: the formula, GroupNorm(1, C) and GroupNorm(C, C) on the grid of
# the PyTorch tab. Paddle refuses none of them: a group of one value,
# and InstanceNorm2D on a 1 x 1 map, give the bias.
tol = dict(rtol=1e-5, atol=1e-5)
np.testing.assert_allclose(y.numpy(), hand(
    x_np, 3, gn.weight.numpy(), gn.bias.numpy(), gn._epsilon), **tol)
# The grid in float64 (the functional forms, which the layers call): a
# group of two close values has a variance near eps, which magnifies
# float32 rounding past any useful tolerance.
grid_tol = dict(rtol=1e-7, atol=1e-7)
for n, c, h, w in itertools.product([1, 2], [1, 2, 4, 6], [1, 2, 5],
                                    [1, 3]):
    x, weight, bias = (paddle.to_tensor(rng.standard_normal(shape))
                       for shape in ((n, c, h, w), c, c))
    for groups in [g for g in range(1, c + 1) if c % g == 0]:
        y = PF.group_norm(x, groups, epsilon=1e-5, weight=weight,
                          bias=bias).numpy()
        np.testing.assert_allclose(y, hand(x.numpy(), groups,
                                           weight.numpy(), bias.numpy(),
                                           1e-5), **grid_tol)
        if groups == 1:
            ln = PF.layer_norm(x, [c, h, w], epsilon=1e-5)
            np.testing.assert_allclose(
                y, (ln * weight[:, None, None] + bias[:, None, None]).numpy(),
                **grid_tol)
        if groups == c:
            inorm = PF.instance_norm(x, weight=weight, bias=bias, eps=1e-5)
            np.testing.assert_allclose(y, inorm.numpy(), **grid_tol)
