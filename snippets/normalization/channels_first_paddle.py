"""The same in Paddle: transpose around LayerNorm(C), or the statistics
over axis 1; GroupNorm(1, C) is not it here either."""
import itertools

import numpy as np
import paddle
import paddle.nn.functional as PF


def by_permute(x, ln):
    """Channels last, LayerNorm(C), back."""
    return ln(x.transpose([0, 2, 3, 1])).transpose([0, 3, 1, 2])


def over_dim_1(x, weight, bias, eps):
    """Statistics over axis 1."""
    mean = x.mean(1, keepdim=True)
    var = (x - mean).pow(2).mean(1, keepdim=True)
    x = (x - mean) / paddle.sqrt(var + eps)
    return weight[:, None, None] * x + bias[:, None, None]


def layer(c, rng):
    ln = paddle.nn.LayerNorm(c, epsilon=1e-6)  # ConvNeXt's eps
    ln.weight.set_value(rng.standard_normal(c).astype(np.float32))
    ln.bias.set_value(rng.standard_normal(c).astype(np.float32))
    return ln


rng = np.random.default_rng(0)
x = paddle.to_tensor(rng.standard_normal((2, 4, 3, 3)).astype(np.float32))
ln = layer(4, rng)
y = by_permute(x, ln)
y_dim1 = over_dim_1(x, ln.weight, ln.bias, ln._epsilon)
y_group = PF.group_norm(x, 1, epsilon=ln._epsilon, weight=ln.weight,
                        bias=ln.bias)
print("permute vs axis 1:", f"{(y - y_dim1).abs().max().item():.1e}")
print("permute vs GroupNorm(1, C):",
      f"{(y - y_group).abs().max().item():.4f}")

# Checks: the same grid as the PyTorch tab.
tol = dict(rtol=1e-5, atol=1e-5)
grid = list(itertools.product([1, 2], [1, 2, 3, 8], [1, 2, 5], [1, 3]))
for n, c, h, w in grid:
    x = paddle.to_tensor(rng.standard_normal((n, c, h, w)).astype(
        np.float32))
    ln = layer(c, rng)
    y = by_permute(x, ln)
    y_dim1 = over_dim_1(x, ln.weight, ln.bias, ln._epsilon)
    y_group = PF.group_norm(x, 1, epsilon=ln._epsilon, weight=ln.weight,
                            bias=ln.bias)
    np.testing.assert_allclose(y.numpy(), y_dim1.numpy(), **tol)
    if c == 1:
        np.testing.assert_array_equal(y.numpy(), np.broadcast_to(
            ln.bias.numpy()[:, None, None], y.shape))
    assert (h * w == 1) == np.allclose(y.numpy(), y_group.numpy(), **tol)
print(len(grid), "shapes checked")
