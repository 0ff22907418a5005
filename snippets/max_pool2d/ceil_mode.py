# ceil_mode=True rounds the output size up, so a last, partial window
# covers the rest of the input. With padding the frameworks disagree on
# when that last window is allowed.
import math

import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F


def torch_size(n, k, s, p):
    """PyTorch: round up, but drop a last window that would start in
    the padding after the input."""
    out = math.ceil((n + 2 * p - k) / s) + 1
    return out - 1 if (out - 1) * s >= n + p else out


def paddle_size(n, k, s, p):
    """Paddle: round up, keep every window."""
    return math.ceil((n + 2 * p - k) / s) + 1


x = np.arange(25, dtype=np.float32).reshape(1, 1, 5, 5)
floor_y = F.max_pool2d(torch.from_numpy(x), 2, 2)
ceil_y = F.max_pool2d(torch.from_numpy(x), 2, 2, ceil_mode=True)
print("x[0, 0]:\n", x[0, 0])
print("kernel 2, stride 2: ceil_mode=False", list(floor_y.shape),
      "True", list(ceil_y.shape))
print("ceil_mode=True, last column:", ceil_y.numpy()[0, 0, :, -1])

torch_y = F.max_pool2d(torch.from_numpy(x), 2, 2, 1, ceil_mode=True)
paddle_y = PF.max_pool2d(paddle.to_tensor(x), 2, 2, 1, ceil_mode=True)
print("padding 1 as well:")
print("PyTorch:\n", torch_y.numpy()[0, 0])
print("Paddle:\n", paddle_y.numpy()[0, 0])
lowest = np.finfo(np.float32).min  # what Paddle's empty windows hold

# Without padding both agree; the partial window holds the last column.
paddle_ceil = PF.max_pool2d(paddle.to_tensor(x), 2, 2, ceil_mode=True)
np.testing.assert_array_equal(paddle_ceil.numpy(), ceil_y.numpy())
assert floor_y.shape[-1] == 2 and ceil_y.shape[-1] == 3
np.testing.assert_array_equal(ceil_y.numpy()[0, 0, :, -1],
                              x[0, 0, 1::2, -1].tolist() + [24])
# The port: keep PyTorch's size by cutting Paddle's extra window off.
h = torch_size(5, 2, 2, 1)
np.testing.assert_array_equal(paddle_y.numpy()[:, :, :h, :h],
                              torch_y.numpy())

# Checks over a grid of sizes where the kernel fits in the input.
rng = np.random.default_rng(0)
same = differ = 0
for n in range(2, 13):
    for k in range(2, min(n, 4) + 1):
        for s in range(1, k + 1):
            for p in range(k // 2 + 1):
                x = rng.standard_normal((1, 1, n, n)).astype(np.float32)
                t = F.max_pool2d(torch.from_numpy(x), k, s, p,
                                 ceil_mode=True).numpy()
                q = PF.max_pool2d(paddle.to_tensor(x), k, s, p,
                                  ceil_mode=True).numpy()
                assert t.shape[-1] == torch_size(n, k, s, p)
                assert q.shape[-1] == paddle_size(n, k, s, p)
                m = t.shape[-1]
                np.testing.assert_array_equal(q[..., :m, :m], t)
                if q.shape == t.shape:
                    same += 1
                    continue
                differ += 1
                assert p > 0 and q.shape[-1] == m + 1
                # the extra row and column lie in the padding only
                assert (q[..., m, :] == lowest).all()
                assert (q[..., :, m] == lowest).all()
print(f"{same + differ} settings: {same} of the same size; in {differ},"
      "\nPaddle adds a row and a column that see only padding")
