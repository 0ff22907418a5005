# With padding, the edge windows hold fewer real values than the kernel.
# PyTorch divides by the whole window by default (count_include_pad=
# True); Paddle divides by the real values only (exclusive=True). An
# input of ones shows the divisor: each output is (real values) / it.
import numpy as np
import paddle
import paddle.compat
import torch
from torch import nn

ones = np.ones((1, 1, 4, 4), np.float32)
torch_pool = nn.AvgPool2d(3, stride=1, padding=1)
paddle_pool = paddle.nn.AvgPool2D(3, stride=1, padding=1)
torch_y = torch_pool(torch.from_numpy(ones)).numpy()
paddle_y = paddle_pool(paddle.to_tensor(ones)).numpy()
print("PyTorch default (count_include_pad=True):\n",
      np.round(torch_y[0, 0], 4))
print("Paddle default (exclusive=True):\n", np.round(paddle_y[0, 0], 4))

# The port: the two flags are each other's negation.
rng = np.random.default_rng(0)
x = rng.standard_normal((2, 3, 7, 8)).astype(np.float32)
rtol, atol = 1e-5, 1e-6  # float32 means, summed in another order
for count_include_pad in (True, False):
    torch_pool = nn.AvgPool2d(3, 2, 1, count_include_pad=count_include_pad)
    paddle_pool = paddle.nn.AvgPool2D(3, 2, 1,
                                      exclusive=not count_include_pad)
    np.testing.assert_allclose(
        paddle_pool(paddle.to_tensor(x)).numpy(),
        torch_pool(torch.from_numpy(x)).numpy(), rtol, atol)
print("count_include_pad=c ported as exclusive=(not c): equal")

# paddle.compat.nn.AvgPool2d takes PyTorch's arguments and defaults.
compat_y = paddle.compat.nn.AvgPool2d(3, 1, 1)(paddle.to_tensor(ones))
print("paddle.compat.nn.AvgPool2d(3, 1, 1) corner:",
      round(float(compat_y[0, 0, 0, 0]), 4))

# Checks: the defaults disagree exactly at the border.
corner, edge = torch_y[0, 0, 0, 0], torch_y[0, 0, 0, 1]
np.testing.assert_allclose([corner, edge], [4 / 9, 6 / 9], rtol)
np.testing.assert_allclose(paddle_y, 1.0, rtol)
np.testing.assert_allclose(torch_y[0, 0, 1:-1, 1:-1], 1.0, rtol)
np.testing.assert_allclose(compat_y.numpy(), torch_y, rtol, atol)
# Without padding the flag changes nothing, in either framework.
for flag in (True, False):
    np.testing.assert_allclose(
        paddle.nn.AvgPool2D(3, 2, exclusive=flag)(
            paddle.to_tensor(x)).numpy(),
        nn.AvgPool2d(3, 2)(torch.from_numpy(x)).numpy(), rtol, atol)
