import math

import numpy as np
import paddle
import torch
from torch import nn


def bin_edges(n_in, n_out):
    return [(math.floor(i * n_in / n_out),
             math.ceil((i + 1) * n_in / n_out)) for i in range(n_out)]


def emulate(x, out_size, divide):
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
torch_x = torch.from_numpy(x_np)
paddle_x = paddle.to_tensor(x_np)

# same float32 sums in the same order; PyTorch divides by kh, then
# by kw (two roundings), Paddle divides once by kh * kw
out_size = (5, 1)
torch_y = nn.AdaptiveAvgPool2d(out_size)(torch_x).numpy()
paddle_y = paddle.nn.AdaptiveAvgPool2D(out_size)(paddle_x).numpy()
np.testing.assert_array_equal(torch_y, emulate(x_np, out_size,
                                               two_roundings))
np.testing.assert_array_equal(paddle_y, emulate(x_np, out_size,
                                                one_rounding))
n_diff, n_total = int((torch_y != paddle_y).sum()), torch_y.size
# differing outputs are neighbouring float32 numbers (1 ulp apart)
ulp = np.spacing(np.maximum(np.abs(torch_y), np.abs(paddle_y)))
assert (np.abs(torch_y - paddle_y) <= ulp).all(), "more than 1 ulp"
print(f"{out_size}: PyTorch = sum / kh / kw, Paddle = sum / (kh * kw)")
print(f"{n_diff} of {n_total} outputs differ, each by 1 ulp")

# output_size=1: PyTorch hands the work to torch.mean, which adds in
# a different order; Paddle still adds row by row
torch_y = nn.AdaptiveAvgPool2d(1)(torch_x)
paddle_y = paddle.nn.AdaptiveAvgPool2D(1)(paddle_x).numpy()
np.testing.assert_array_equal(
    torch_y.numpy(), torch_x.mean(dim=(2, 3), keepdim=True).numpy())
np.testing.assert_array_equal(paddle_y, emulate(x_np, (1, 1),
                                                one_rounding))
print("1: PyTorch = torch.mean, Paddle = row-by-row sum / (H * W)")
