# The transposed convolution is the gradient of a convolution with
# respect to its input: backward through conv2d gives conv_transpose2d.
import itertools

import numpy as np
import torch
import torch.nn.functional as F


def output_padding(n, k, s, p, d):
    """What the strided convolution dropped at the end of the axis."""
    return (n + 2 * p - d * (k - 1) - 1) % s


torch.manual_seed(0)
rng = np.random.default_rng(0)
x = torch.from_numpy(rng.standard_normal((1, 4, 7, 8)).astype(np.float32))
w = torch.from_numpy(rng.standard_normal((6, 2, 3, 3)).astype(np.float32))
opts = dict(stride=2, padding=1, dilation=1, groups=2)
x.requires_grad_(True)
y = F.conv2d(x, w, **opts)  # [1, 4, 7, 8] -> [1, 6, 4, 4]
g = torch.from_numpy(rng.standard_normal(y.shape).astype(np.float32))
y.backward(g)  # x.grad = d(sum(y * g)) / dx

# conv2d's weight [C_out, C_in / g, ...] read as [C_in', C_out' / g, ...]
# by the transposed convolution: the same tensor, no copy. The output
# padding gives back the rows and columns the stride dropped.
op = (output_padding(7, 3, 2, 1, 1), output_padding(8, 3, 2, 1, 1))
back = F.conv_transpose2d(g, w, output_padding=op, **opts)
print("x", list(x.shape), "-> y", list(y.shape), "-> back",
      list(back.shape), "with output_padding", op)
print("x.grad[0, 0, 0, :3]", x.grad[0, 0, 0, :3].numpy().round(4))
print("back[0, 0, 0, :3]  ", back[0, 0, 0, :3].detach().numpy().round(4))


# Checks: equal here and over a grid, including sizes the stride does
# not divide; the output padding needed is always below the stride.
rtol, atol = 1e-5, 1e-5
np.testing.assert_allclose(x.grad.numpy(), back.detach().numpy(),
                           rtol=rtol, atol=atol)
checked = 0
for n, k, s, p, d, groups in itertools.product(
        (5, 6, 9), (1, 2, 3), (1, 2, 3), (0, 1), (1, 2), (1, 2)):
    if d * (k - 1) + 1 > n + 2 * p:
        continue  # the kernel does not fit
    x = torch.randn(1, 2, n, n + 1, requires_grad=True)
    w = torch.randn(4, 2 // groups, k, k)
    opts = dict(stride=s, padding=p, dilation=d, groups=groups)
    y = F.conv2d(x, w, **opts)
    g = torch.randn(y.shape)
    y.backward(g)
    op = (output_padding(n, k, s, p, d), output_padding(n + 1, k, s, p, d))
    assert max(op) < s
    back = F.conv_transpose2d(g, w, output_padding=op, **opts)
    np.testing.assert_allclose(x.grad.numpy(), back.numpy(),
                               rtol=rtol, atol=atol)
    checked += 1
print(f"{checked} settings: gradient = transposed convolution")
