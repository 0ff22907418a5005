# Paddle also takes four numbers, [top, bottom, left, right]. With
# exclusive=False it does not count all the padding after the input
# (bottom, right). On ones, each output is (real values) / divisor, so
# 1 means that no padding was counted.
import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F
from torch import nn

ones = np.ones((1, 1, 4, 4), np.float32)
top, bottom, left, right = 0, 2, 0, 2
paddle_y = paddle.nn.AvgPool2D(3, 1, [top, bottom, left, right],
                               exclusive=False)(paddle.to_tensor(ones))
# PyTorch: pad with zeros first, then every window divides by 9.
torch_y = nn.AvgPool2d(3, 1)(
    F.pad(torch.from_numpy(ones), (left, right, top, bottom)))
print("Paddle, padding [0, 2, 0, 2], exclusive=False:\n",
      np.round(paddle_y.numpy()[0, 0], 4))
print("PyTorch, F.pad then pool:\n", np.round(torch_y.numpy()[0, 0], 4))

# The port that counts all padding, in Paddle: pad first, then pool.
padded = PF.pad(paddle.to_tensor(ones), [left, right, top, bottom])
paddle_port = paddle.nn.AvgPool2D(3, 1)(padded)

# Checks: PyTorch's layer refuses four numbers.
try:
    nn.AvgPool2d(3, 1, (top, bottom, left, right))(torch.from_numpy(ones))
    raise AssertionError("PyTorch took four padding numbers")
except RuntimeError as error:
    assert "tuple of two ints" in str(error)
rtol, atol = 1e-6, 1e-6
np.testing.assert_allclose(paddle_y.numpy(), 1.0, rtol)
assert torch_y.numpy()[0, 0, -1, -1] < 0.5
np.testing.assert_allclose(paddle_port.numpy(), torch_y.numpy(), rtol, atol)
# Partly counted when there is padding before as well.
uneven = paddle.nn.AvgPool2D(3, 1, [1, 2, 1, 2], exclusive=False)(
    paddle.to_tensor(ones)).numpy()
torch_uneven = nn.AvgPool2d(3, 1)(
    F.pad(torch.from_numpy(ones), (1, 2, 1, 2))).numpy()
assert uneven[0, 0, -1, -1] > torch_uneven[0, 0, -1, -1] + 0.1
# Symmetric numbers are counted in full, as in PyTorch.
symmetric = paddle.nn.AvgPool2D(3, 1, [1, 1, 1, 1], exclusive=False)
np.testing.assert_allclose(
    symmetric(paddle.to_tensor(ones)).numpy(),
    nn.AvgPool2d(3, 1, 1)(torch.from_numpy(ones)).numpy(), rtol, atol)
