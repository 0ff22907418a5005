# The output size with ceil_mode=True in each framework, as a formula,
# checked over a grid of settings whose kernel fits in the padded input:
# one-pixel inputs, even and odd kernels, strides up to kernel + 2.
import math

import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F


def torch_size(n, k, s, p):
    """PyTorch: round up, but drop a last window that would start in
    the padding after the input, or past it."""
    out = math.ceil((n + 2 * p - k) / s) + 1
    return out - 1 if (out - 1) * s >= n + p else out


def paddle_size(n, k, s, p):
    """Paddle: round up, keep every window."""
    return math.ceil((n + 2 * p - k) / s) + 1


lowest = np.finfo(np.float32).min
rng = np.random.default_rng(0)
same = differ = differ_unpadded = 0
for n in range(1, 13):
    for k in range(1, min(n, 4) + 1):
        for s in range(1, k + 3):
            for p in range(k // 2 + 1):
                x = rng.standard_normal((1, 1, n, n)).astype(np.float32)
                t = F.max_pool2d(torch.from_numpy(x), k, s, p,
                                 ceil_mode=True).numpy()
                q = PF.max_pool2d(paddle.to_tensor(x), k, s, p,
                                  ceil_mode=True).numpy()
                # Checks: each size formula; equal values where both
                # have an output; Paddle's extra window sees no input,
                # and without padding it needs a stride > kernel.
                assert t.shape[-1] == torch_size(n, k, s, p)
                assert q.shape[-1] == paddle_size(n, k, s, p)
                m = t.shape[-1]
                np.testing.assert_array_equal(q[..., :m, :m], t)
                if q.shape == t.shape:
                    same += 1
                    continue
                differ += 1
                differ_unpadded += p == 0
                assert (p > 0 or s > k) and q.shape[-1] == m + 1
                assert (q[..., m, :] == lowest).all()
                assert (q[..., :, m] == lowest).all()
print(f"{same + differ} settings: {same} of the same size; in {differ},"
      "\nPaddle adds a row and a column that see no input"
      f"\n({differ_unpadded} of them without padding, stride > kernel)")
