"""The "2d" in AdaptiveAvgPool2d counts the pooled dimensions (H and W),
not the dimensions of the tensor: PyTorch's layer takes (C, H, W) and
(N, C, H, W); Paddle's takes 4-D tensors."""
import numpy as np
import paddle
import torch
from torch import nn

rng = np.random.default_rng(0)
x_np = rng.standard_normal((2, 3, 8, 9)).astype(np.float32)  # N C H W
pool = nn.AdaptiveAvgPool2d((2, 2))

y4 = pool(torch.from_numpy(x_np))
y3 = pool(torch.from_numpy(x_np[0]))  # one image, no batch axis
print("torch 4-D", list(x_np.shape), "->", list(y4.shape))
print("torch 3-D", list(x_np[0].shape), "->", list(y3.shape))
assert list(y4.shape) == [2, 3, 2, 2] and list(y3.shape) == [3, 2, 2]
np.testing.assert_array_equal(y3.numpy(), y4[0].numpy())

paddle_y = paddle.nn.AdaptiveAvgPool2D((2, 2))(paddle.to_tensor(x_np))
print("paddle 4-D", list(x_np.shape), "->", list(paddle_y.shape))
np.testing.assert_allclose(paddle_y.numpy(), y4.numpy(), rtol=1e-5,
                           atol=1e-6)

# Only H and W are pooled: each output is the mean of a block of one
# sample and one channel; the quarter-blocks of 8 x 9 are 4 x 5.
block = x_np[1, 2, 0:4, 0:5].mean()
np.testing.assert_allclose(y4[1, 2, 0, 0].item(), block, rtol=1e-5)
print(f"y[1, 2, 0, 0] = {y4[1, 2, 0, 0].item():.4f} = mean of "
      "x[1, 2, 0:4, 0:5]")
