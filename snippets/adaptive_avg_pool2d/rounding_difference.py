# Why exact equality is not promised: the same bin means, computed in
# float32 in two equally valid ways, differ in the last bit.
import math

import numpy as np
import paddle
import torch
from torch import nn


def bin_edges(n_in, n_out):
    return [(math.floor(i * n_in / n_out),
             math.ceil((i + 1) * n_in / n_out)) for i in range(n_out)]


def bin_means(x, out_size, divide):
    """Add a bin's elements row by row in float32, then divide."""
    n_out, m_out = out_size
    y = np.empty(x.shape[:2] + (n_out, m_out), dtype=np.float32)
    for i, (h0, h1) in enumerate(bin_edges(x.shape[2], n_out)):
        for j, (w0, w1) in enumerate(bin_edges(x.shape[3], m_out)):
            total = np.zeros(x.shape[:2], dtype=np.float32)
            for h in range(h0, h1):
                for w in range(w0, w1):
                    total += x[:, :, h, w]
            y[:, :, i, j] = divide(total, h1 - h0, w1 - w0)
    return y


def two_roundings(total, kh, kw):
    return total / np.float32(kh) / np.float32(kw)


def one_rounding(total, kh, kw):
    return total / np.float32(kh * kw)


rng = np.random.default_rng(0)
x_np = rng.standard_normal((2, 64, 8, 9)).astype(np.float32)

# Element-wise float32 arithmetic in NumPy is rounded the same way on
# every machine, so this count does not depend on the CPU.
out_size = (5, 1)
twice = bin_means(x_np, out_size, two_roundings)
once = bin_means(x_np, out_size, one_rounding)
n_diff, n_total = int((twice != once).sum()), twice.size
# One ulp: the gap between a float32 number and the next one.
ulp = np.spacing(np.maximum(np.abs(twice), np.abs(once)))
print(f"{out_size}: sum / kh / kw against sum / (kh * kw):")
print(f"  {n_diff} of {n_total} outputs differ, each by 1 ulp")

# Both frameworks lie within the page's tolerance of either way.
rtol, atol = 1e-6, 1e-6
torch_y = nn.AdaptiveAvgPool2d(out_size)(torch.from_numpy(x_np))
paddle_y = paddle.nn.AdaptiveAvgPool2D(out_size)(paddle.to_tensor(x_np))
print(f"PyTorch and Paddle: within rtol={rtol:g}, atol={atol:g} of both")

# Checks
assert n_diff > 0, "the two ways should disagree somewhere"
assert (np.abs(twice - once) <= ulp).all(), "more than 1 ulp apart"
for y in (torch_y.numpy(), paddle_y.numpy()):
    for want in (twice, once):
        np.testing.assert_allclose(y, want, rtol=rtol, atol=atol)
