# ceil_mode=True rounds the output size up; the last window then hangs
# over the end of the input. It is averaged over what it covers inside
# the input (and the padding, if counted), never over the overhang.
import math

import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F

x = np.arange(25, dtype=np.float32).reshape(1, 1, 5, 5)
torch_y = {}
for count in (True, False):
    torch_y[count] = F.avg_pool2d(torch.from_numpy(x), 2, 2, ceil_mode=True,
                                  count_include_pad=count).numpy()
    print(f"PyTorch, count_include_pad={count}, last column:",
          torch_y[count][0, 0, :, -1])
paddle_y = PF.avg_pool2d(paddle.to_tensor(x), 2, 2, ceil_mode=True)
print("Paddle, last column:", paddle_y.numpy()[0, 0, :, -1])
# The last window of row 0 holds x[0:2, 4]: two values, not four.
last = x[0, 0, 0:2, 4].mean()

# With padding, Paddle keeps a last window that sees only padding
# (PyTorch drops it, as for max pooling): 0 / 0 or 0 / count.
torch_pad = F.avg_pool2d(torch.from_numpy(x), 2, 2, 1, ceil_mode=True)
paddle_pad = {
    exclusive: PF.avg_pool2d(paddle.to_tensor(x), 2, 2, 1, ceil_mode=True,
                             exclusive=exclusive).numpy()
    for exclusive in (True, False)}
print("padding 1: PyTorch", list(torch_pad.shape),
      "Paddle", list(paddle_pad[True].shape))
print("Paddle's extra column, exclusive=True: ",
      paddle_pad[True][0, 0, :, -1])
print("Paddle's extra column, exclusive=False:",
      paddle_pad[False][0, 0, :, -1])
h = torch_pad.shape[2]

# Checks: the overhang is never counted; the extra window; the port.
rtol, atol = 1e-6, 1e-6
for count in (True, False):
    np.testing.assert_allclose(torch_y[count][0, 0, 0, -1], last, rtol, atol)
    np.testing.assert_allclose(paddle_y.numpy(), torch_y[count], rtol, atol)
assert np.isnan(paddle_pad[True][0, 0, :, -1]).all()
assert (paddle_pad[False][0, 0, :, -1] == 0).all()
np.testing.assert_allclose(paddle_pad[False][:, :, :h, :h],
                           torch_pad.numpy(), rtol, atol)
# Over a grid (one-pixel inputs, even and odd kernels, strides up to
# the kernel + 2): same values wherever both have an output; Paddle's
# extra window, with padding or with a stride larger than the kernel,
# holds NaN or 0 in either setting.
rng = np.random.default_rng(0)
settings = extra = 0
for n in range(1, 9):
    for k in range(1, min(n, 4) + 1):
        for s in range(1, k + 3):
            for p in range(k // 2 + 1):
                x = rng.standard_normal((1, 1, n, n)).astype(np.float32)
                for count in (True, False):
                    t = F.avg_pool2d(torch.from_numpy(x), k, s, p, True,
                                     count).numpy()
                    q = PF.avg_pool2d(paddle.to_tensor(x), k, s, p, True,
                                      not count).numpy()
                    m = t.shape[-1]
                    settings += 1
                    np.testing.assert_allclose(q[..., :m, :m], t,
                                               rtol, atol)
                    if q.shape[-1] == m:
                        continue
                    extra += 1
                    assert q.shape[-1] == m + 1 and (p > 0 or s > k)
                    edge = np.concatenate([q[0, 0, m], q[0, 0, :, m]])
                    assert (np.isnan(edge) | (edge == 0)).all()
print(f"grid: {settings} settings, Paddle has an extra window in {extra}")
