# Same input, same settings, the flag ported: both frameworks give the
# same means within a float32 tolerance (they may add in another order).
import itertools

import numpy as np
import paddle
import torch
from torch import nn

rng = np.random.default_rng(0)
x = rng.standard_normal((2, 3, 11, 12)).astype(np.float32)
rtol, atol = 1e-5, 1e-6
settings = list(itertools.product((2, 3), (1, 2, 3), (0, 1), (False, True),
                                  (True, False)))
for k, s, p, ceil_mode, count_include_pad in settings:
    torch_pool = nn.AvgPool2d(k, s, p, ceil_mode=ceil_mode,
                              count_include_pad=count_include_pad)
    paddle_pool = paddle.nn.AvgPool2D(k, stride=s, padding=p,
                                      ceil_mode=ceil_mode,
                                      exclusive=not count_include_pad)
    torch_y = torch_pool(torch.from_numpy(x)).numpy()
    paddle_y = paddle_pool(paddle.to_tensor(x)).numpy()
    h, w = torch_y.shape[2:]  # PyTorch's size (see ceil_mode above)
    np.testing.assert_allclose(paddle_y[:, :, :h, :w], torch_y, rtol, atol)

# Channels last: Paddle reads NHWC itself, PyTorch needs a permute.
x_nhwc = x.transpose(0, 2, 3, 1)
paddle_nhwc = paddle.nn.AvgPool2D(3, 2, 1, exclusive=False,
                                  data_format="NHWC")(
    paddle.to_tensor(x_nhwc)).numpy()
torch_nhwc = nn.AvgPool2d(3, 2, 1)(
    torch.from_numpy(x_nhwc).permute(0, 3, 1, 2)).permute(0, 2, 3, 1)
np.testing.assert_allclose(paddle_nhwc, torch_nhwc.numpy(), rtol, atol)
# Paddle's string padding forms ("SAME" keeps ceil(n / stride) outputs).
paddle_x = paddle.to_tensor(x)
assert paddle.nn.AvgPool2D(3, 2, "SAME")(paddle_x).shape == [2, 3, 6, 6]
assert paddle.nn.AvgPool2D(3, 2, "VALID")(paddle_x).shape == [2, 3, 5, 5]
# A window as large as the input: the global mean of each channel.
global_y = nn.AvgPool2d((11, 12))(torch.from_numpy(x)).numpy()
np.testing.assert_allclose(global_y[:, :, 0, 0], x.mean(axis=(2, 3)),
                           rtol, atol)
print(f"{len(settings)} settings and NHWC: equal within rtol={rtol:.0e}, "
      f"atol={atol:.0e}")
