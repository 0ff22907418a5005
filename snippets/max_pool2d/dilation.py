# Dilation spreads the window's elements d pixels apart. Paddle's
# MaxPool2D has no dilation argument; cut the dilated windows out with
# paddle.nn.functional.unfold (which does take dilations) and take
# their maximum. unfold pads with zeros, so pad with -inf first.
import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
from torch import nn


def paddle_max_pool2d_dilated(x, k, stride, padding, dilation):
    n, c, h, w = x.shape
    x = PF.pad(x, [padding] * 4, value=-np.inf)
    cols = PF.unfold(x, k, strides=stride, dilations=dilation)
    # cols: [N, C * k * k, L], the windows of every channel side by side
    h_out = (h + 2 * padding - dilation * (k - 1) - 1) // stride + 1
    w_out = (w + 2 * padding - dilation * (k - 1) - 1) // stride + 1
    cols = cols.reshape([n, c, k * k, h_out, w_out])
    return cols.max(axis=2)


rng = np.random.default_rng(0)
x = rng.standard_normal((2, 3, 9, 10)).astype(np.float32)
k, stride, padding, dilation = 3, 2, 1, 2
pool = nn.MaxPool2d(k, stride, padding, dilation=dilation)
torch_y = pool(torch.from_numpy(x)).numpy()
paddle_y = paddle_max_pool2d_dilated(paddle.to_tensor(x), k, stride,
                                     padding, dilation).numpy()
print("x", list(x.shape), "-> PyTorch", list(torch_y.shape),
      "Paddle (unfold)", list(paddle_y.shape))
try:
    paddle.nn.MaxPool2D(k, stride, padding, dilation=dilation)
except TypeError as error:
    print("paddle.nn.MaxPool2D(..., dilation=2):", type(error).__name__)

# Checks: equal values (max only copies them), and a dilated window
# differs from a plain one.
np.testing.assert_array_equal(paddle_y, torch_y)
plain = nn.MaxPool2d(k, stride, padding)(torch.from_numpy(x)).numpy()
assert plain.shape != torch_y.shape or not np.array_equal(plain, torch_y)
for d in (1, 2, 3):  # more settings, all ported the same way
    for p in (0, 1):
        t = nn.MaxPool2d(3, 1, p, dilation=d)(torch.from_numpy(x))
        q = paddle_max_pool2d_dilated(paddle.to_tensor(x), 3, 1, p, d)
        np.testing.assert_array_equal(q.numpy(), t.numpy())
