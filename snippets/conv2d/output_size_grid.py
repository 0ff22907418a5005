# The output-size formula against both frameworks over a grid of kernel
# sizes, strides, paddings, dilations and odd/even input sizes.
import itertools

import numpy as np
import paddle
import torch
from torch import nn


def out_size(n, k, s=1, p=0, d=1):
    """Output length along one axis (floor division)."""
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


torch.manual_seed(0)
paddle.seed(0)
heights = (7, 8)  # odd and even; each width is height + 3 (other parity)
grid = itertools.product(heights, (1, 2, 3, 5), (1, 2, 3), (0, 1, 2), (1, 2))
checked, refused, examples = 0, 0, []
for h, k, s, p, d in grid:
    w = h + 3
    x = np.zeros((1, 1, h, w), np.float32)
    opts = dict(stride=s, padding=p, dilation=d)
    if d * (k - 1) + 1 > h + 2 * p:  # the dilated kernel does not fit
        try:
            nn.Conv2d(1, 1, k, **opts)(torch.from_numpy(x))
        except RuntimeError:
            refused += 1
            continue
        raise AssertionError(f"torch accepted {(h, k, s, p, d)}")
    torch_y = nn.Conv2d(1, 1, k, **opts)(torch.from_numpy(x))
    paddle_y = paddle.nn.Conv2D(1, 1, k, **opts)(paddle.to_tensor(x))
    want = [1, 1, out_size(h, k, s, p, d), out_size(w, k, s, p, d)]
    assert list(torch_y.shape) == want, f"torch {torch_y.shape} {want}"
    assert list(paddle_y.shape) == want, f"paddle {paddle_y.shape} {want}"
    checked += 1
    if (h, k, s, p, d) in {(7, 3, 2, 1, 1), (8, 3, 2, 1, 1), (8, 5, 1, 2, 2)}:
        examples.append((h, w, k, s, p, d, want[2], want[3]))

print("settings checked in each framework:", checked)
print("kernel larger than the padded input, refused by torch:", refused)
print(" H_in W_in  k  s  p  d  H_out W_out")
for row in examples:
    print("{:5d}{:5d}{:3d}{:3d}{:3d}{:3d}{:7d}{:6d}".format(*row))

# Paddle does not check that case: here it fails inside its kernel...
h, k, s, p, d = 7, 5, 1, 0, 2
x = paddle.zeros([1, 1, h, h + 3])
try:
    paddle.nn.Conv2D(1, 1, k, stride=s, padding=p, dilation=d)(x)
except RuntimeError:
    print("paddle, H_in=7, k=5, s=1, d=2: RuntimeError")
else:
    raise AssertionError("paddle accepted a kernel that does not fit")
# ...and here it returns a 1x1 map where the formula gives 0 rows, as
# if -2 / 3 were truncated to 0.
h, k, s, p, d = 7, 5, 3, 0, 2
x = paddle.zeros([1, 1, h, h + 3])
y = paddle.nn.Conv2D(1, 1, k, stride=s, padding=p, dilation=d)(x)
print("paddle, H_in=7, k=5, s=3, d=2:", list(y.shape),
      "formula H_out:", out_size(h, k, s, p, d))
assert out_size(h, k, s, p, d) == 0 and y.shape[2] == 1, f"{y.shape}"
