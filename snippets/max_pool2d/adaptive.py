# Adaptive max pooling: the output size is given, the windows follow
# from it (the bins of adaptive average pooling), and each output keeps
# the maximum of its bin. return_indices (PyTorch) and return_mask
# (Paddle) return where each maximum came from.
import math

import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F
from torch import nn

rng = np.random.default_rng(0)
x = rng.permutation(35).reshape(1, 1, 5, 7).astype(np.float32)
torch_y, torch_i = nn.AdaptiveMaxPool2d((2, 3), return_indices=True)(
    torch.from_numpy(x))
paddle_y, paddle_i = paddle.nn.AdaptiveMaxPool2D((2, 3), return_mask=True)(
    paddle.to_tensor(x))
print("x[0, 0]:\n", x[0, 0])
print("y[0, 0]:\n", torch_y.numpy()[0, 0])
print("PyTorch indices:", torch_i.numpy()[0, 0].tolist(), torch_i.dtype)
print("Paddle indices: ", paddle_i.numpy()[0, 0].tolist(), paddle_i.dtype)

# Paddle takes a batch [N, C, H, W] only; PyTorch also one image.
try:
    paddle.nn.AdaptiveMaxPool2D(2)(paddle.to_tensor(x[0]))
except ValueError as error:
    print("Paddle, [C, H, W]:", type(error).__name__)


def bin_edges(n_in, n_out):
    """Half-open [start, end) input ranges, as for the average."""
    return [(math.floor(i * n_in / n_out),
             math.ceil((i + 1) * n_in / n_out)) for i in range(n_out)]


def by_hand(x, out_h, out_w):
    """The maximum of each bin, and its position h * W + w."""
    y = np.empty((*x.shape[:2], out_h, out_w), x.dtype)
    i = np.empty(y.shape, np.int64)
    for r, (top, bottom) in enumerate(bin_edges(x.shape[2], out_h)):
        for c, (left, right) in enumerate(bin_edges(x.shape[3], out_w)):
            window = x[:, :, top:bottom, left:right]
            flat = window.reshape(*x.shape[:2], -1)
            at = flat.argmax(axis=2)  # the first maximum, row by row
            width = right - left
            y[:, :, r, c] = flat.max(axis=2)
            i[:, :, r, c] = (top + at // width) * x.shape[3] + (
                left + at % width)
    return y, i


# Checks: over sides 1 to 7 and output sizes 1 to 8 (outputs larger
# than the input included), PyTorch's and Paddle's values and indices
# are the maximum of each bin and its position; ties (an input of ones)
# go to the first position in both.
tried = 0
for h, w in [(1, 1), (1, 7), (2, 5), (5, 2), (4, 4), (5, 7), (7, 6)]:
    x = rng.standard_normal((2, 3, h, w)).astype(np.float32)
    for out_h, out_w in [(1, 1), (2, 3), (3, 2), (4, 4), (5, 1), (8, 3)]:
        want_y, want_i = by_hand(x, out_h, out_w)
        torch_y, torch_i = F.adaptive_max_pool2d(
            torch.from_numpy(x), (out_h, out_w), return_indices=True)
        paddle_y, paddle_i = PF.adaptive_max_pool2d(
            paddle.to_tensor(x), (out_h, out_w), return_mask=True)
        for y, i in [(torch_y, torch_i), (paddle_y, paddle_i)]:
            np.testing.assert_array_equal(y.numpy(), want_y)
            np.testing.assert_array_equal(i.numpy(), want_i)
        tried += 1
ones = np.ones((1, 1, 5, 7), np.float32)
torch_tie = F.adaptive_max_pool2d(torch.from_numpy(ones), (2, 3),
                                  return_indices=True)[1]
paddle_tie = PF.adaptive_max_pool2d(paddle.to_tensor(ones), (2, 3),
                                    return_mask=True)[1]
np.testing.assert_array_equal(torch_tie.numpy(), by_hand(ones, 2, 3)[1])
np.testing.assert_array_equal(paddle_tie.numpy(), torch_tie.numpy())
assert torch_i.dtype == torch.int64 and paddle_i.dtype == paddle.int32
print(f"{tried} settings: the same values and indices, ties included")
