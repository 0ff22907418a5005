# Batch normalization needs more than one value per channel to measure a
# variance. What each framework does in train mode when it gets one.
import warnings

import numpy as np
import paddle
import torch
from torch import nn

# Paddle warns on every train-mode forward pass; the page says why.
warnings.filterwarnings("ignore", message="When training")
rng = np.random.default_rng(0)
one = rng.standard_normal((1, 3, 1, 1)).astype(np.float32)  # M = 1
image = rng.standard_normal((1, 3, 4, 4)).astype(np.float32)  # M = 16

torch_bn = nn.BatchNorm2d(3)
try:
    torch_bn(torch.from_numpy(one))
except ValueError as error:
    torch_error = str(error)
print("torch, M = 1: ValueError:", torch_error.split(",")[0])

paddle_bn = paddle.nn.BatchNorm2D(3)
paddle_y = paddle_bn(paddle.to_tensor(one)).numpy()
print("paddle, M = 1: x  ", one.ravel().round(4))
print("               y  ", paddle_y.ravel().round(4))
print("               running mean", paddle_bn._mean.numpy())

# One image of 4 x 4 pixels is enough: M = 16 values per channel.
torch_y = torch_bn(torch.from_numpy(image)).detach().numpy()
print("one 4x4 image: per-channel mean", torch_y.mean((0, 2, 3)).round(4))

# Checks
assert torch_error.startswith("Expected more than 1 value per channel")
np.testing.assert_array_equal(paddle_y, one)  # passed through unchanged
np.testing.assert_array_equal(paddle_bn._mean.numpy(), np.zeros(3))
np.testing.assert_array_equal(paddle_bn._variance.numpy(), np.ones(3))
np.testing.assert_allclose(torch_y.mean((0, 2, 3)), 0, atol=1e-6)
np.testing.assert_allclose(torch_y.std((0, 2, 3)), 1, atol=1e-3)
