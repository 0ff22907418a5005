import numpy as np
import torch
from torch import nn

rng = np.random.default_rng(0)
x_np = rng.standard_normal((3, 5, 7)).astype(np.float32)
x = torch.from_numpy(x_np)

# "2d" counts spatial dimensions: (C, H, W) and (N, C, H, W) both work
out_size = (2, 3)
pool = nn.AdaptiveAvgPool2d(out_size)
y = pool(x)
y_batched = pool(x.unsqueeze(0))
print("3-D:", list(x.shape), "->", list(y.shape))
print("4-D:", list(x.unsqueeze(0).shape), "->", list(y_batched.shape))
assert list(y.shape) == [x.shape[0], *out_size], y.shape
np.testing.assert_array_equal(y.numpy(), y_batched[0].numpy())
