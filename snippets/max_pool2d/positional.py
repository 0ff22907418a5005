# A PyTorch call with positional arguments does not port verbatim:
# Paddle has no dilation, so every argument after padding moves.
import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F
from torch import nn

rng = np.random.default_rng(0)
x = rng.standard_normal((1, 1, 5, 5)).astype(np.float32)

# PyTorch: kernel 3, stride 2, padding 1, dilation 1
torch_y = nn.MaxPool2d(3, 2, 1, 1)(torch.from_numpy(x))
# the same numbers in Paddle: the 1 lands in return_mask
paddle_out = paddle.nn.MaxPool2D(3, 2, 1, 1)(paddle.to_tensor(x))
print("PyTorch MaxPool2d(3, 2, 1, 1) returns", type(torch_y).__name__)
print("Paddle MaxPool2D(3, 2, 1, 1) returns", type(paddle_out).__name__,
      "of", len(paddle_out))

# The function: (..., dilation=1, ceil_mode=True) in PyTorch becomes
# (..., return_mask=1, ceil_mode=True) in Paddle.
torch_f = F.max_pool2d(torch.from_numpy(x), 3, 2, 1, 1, True)
paddle_f = PF.max_pool2d(paddle.to_tensor(x), 3, 2, 1, 1, True)
print("F.max_pool2d(x, 3, 2, 1, 1, True):", type(torch_f).__name__,
      "vs", type(paddle_f).__name__)

# The port: keywords from stride on.
paddle_y = paddle.nn.MaxPool2D(3, stride=2, padding=1)(paddle.to_tensor(x))

# Checks
assert isinstance(torch_y, torch.Tensor)
assert isinstance(paddle_out, tuple) and len(paddle_out) == 2
assert isinstance(paddle_f, tuple)
np.testing.assert_array_equal(paddle_y.numpy(), torch_y.numpy())
