# Same input, same settings: both frameworks pick the same maxima.
# Max pooling does no arithmetic, it copies values, so the comparison
# can be exact.
import itertools

import numpy as np
import paddle
import torch
from torch import nn

rng = np.random.default_rng(0)
x = rng.standard_normal((2, 3, 11, 12)).astype(np.float32)
settings = list(itertools.product((2, 3), (1, 2, 3), (0, 1), (False, True)))
for k, s, p, ceil_mode in settings:
    torch_y = nn.MaxPool2d(k, s, p, ceil_mode=ceil_mode)(torch.from_numpy(x))
    paddle_pool = paddle.nn.MaxPool2D(k, stride=s, padding=p,
                                      ceil_mode=ceil_mode)
    paddle_y = paddle_pool(paddle.to_tensor(x)).numpy()
    h, w = torch_y.shape[2:]  # PyTorch's size (see ceil_mode above)
    np.testing.assert_array_equal(paddle_y[:, :, :h, :w], torch_y.numpy())

# Channels last: Paddle reads NHWC itself, PyTorch needs a permute.
x_nhwc = x.transpose(0, 2, 3, 1)
paddle_nhwc = paddle.nn.MaxPool2D(3, 2, 1, data_format="NHWC")(
    paddle.to_tensor(x_nhwc)).numpy()
torch_nhwc = nn.MaxPool2d(3, 2, 1)(
    torch.from_numpy(x_nhwc).permute(0, 3, 1, 2)).permute(0, 2, 3, 1)
np.testing.assert_array_equal(paddle_nhwc, torch_nhwc.numpy())
print(f"{len(settings)} settings and NHWC: equal values")
