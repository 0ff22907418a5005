# The fifth positional argument sits in the same place in both layers
# and means the opposite: count_include_pad in PyTorch, exclusive in
# Paddle. A call copied verbatim silently flips the divisor.
import numpy as np
import paddle
import torch
from torch import nn

ones = np.ones((1, 1, 4, 4), np.float32)
# PyTorch: kernel 3, stride 1, padding 1, ceil_mode, count_include_pad
torch_y = nn.AvgPool2d(3, 1, 1, False, False)(torch.from_numpy(ones))
paddle_y = paddle.nn.AvgPool2D(3, 1, 1, False, False)(
    paddle.to_tensor(ones))
print("PyTorch AvgPool2d(3, 1, 1, False, False), first row:",
      np.round(torch_y.numpy()[0, 0, 0], 4))
print("Paddle AvgPool2D(3, 1, 1, False, False), first row: ",
      np.round(paddle_y.numpy()[0, 0, 0], 4))

# Checks: one ignores the padding, the other counts it.
np.testing.assert_allclose(torch_y.numpy(), 1.0, rtol=1e-6)
assert paddle_y.numpy()[0, 0, 0, 0] < 0.5
