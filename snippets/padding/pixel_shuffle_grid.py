# PixelShuffle and PixelUnshuffle in both frameworks over a grid: factors
# 1 to 4, one to three output channels, sides 1 to 3, batches of 1 and 2;
# Paddle's channels-last layout; inputs of other ranks.
import itertools

import numpy as np
import paddle
import torch
from torch import nn

rng = np.random.default_rng(0)
checked = 0
for r, c, h, w, n in itertools.product([1, 2, 3, 4], [1, 2, 3], [1, 2, 3],
                                       [1, 3], [1, 2]):
    x = rng.integers(-99, 100, (n, c * r * r, h, w)).astype(np.float32)
    y = nn.PixelShuffle(r)(torch.from_numpy(x)).numpy()
    paddle_y = paddle.nn.PixelShuffle(r)(paddle.to_tensor(x)).numpy()
    last = paddle.nn.PixelShuffle(r, data_format="NHWC")(
        paddle.to_tensor(x.transpose(0, 2, 3, 1))).numpy()
    back = nn.PixelUnshuffle(r)(torch.from_numpy(y)).numpy()
    paddle_back = paddle.nn.PixelUnshuffle(r)(paddle.to_tensor(y)).numpy()
    last_back = paddle.nn.PixelUnshuffle(r, data_format="NHWC")(
        paddle.to_tensor(y.transpose(0, 2, 3, 1))).numpy()
    # Checks: the same tensor in both frameworks, channels first or last;
    # PixelUnshuffle gives the input back in both.
    np.testing.assert_array_equal(paddle_y, y)
    np.testing.assert_array_equal(last.transpose(0, 3, 1, 2), y)
    np.testing.assert_array_equal(back, x)
    np.testing.assert_array_equal(paddle_back, x)
    np.testing.assert_array_equal(last_back.transpose(0, 3, 1, 2), x)
    checked += 1
print(f"{checked} settings: PixelShuffle and PixelUnshuffle agree")

# PyTorch takes any number of leading axes; Paddle [N, C, H, W] only.
refused = {}
for shape in [(8, 2, 3), (2, 2, 8, 2, 3)]:
    x = rng.integers(-99, 100, shape).astype(np.float32)
    want = nn.PixelShuffle(2)(torch.from_numpy(x)).numpy()
    try:
        paddle.nn.PixelShuffle(2)(paddle.to_tensor(x))
    except ValueError as error:
        refused[shape] = type(error).__name__
    lead = paddle.to_tensor(x).reshape([-1, 8, 2, 3])
    ported = paddle.nn.PixelShuffle(2)(lead).reshape(want.shape).numpy()
    print(f"{str(list(shape)):16} PyTorch {list(want.shape)}, Paddle "
          f"{refused[shape]}, reshaped to 4-D: equal")
    # Checks: Paddle refuses the rank; through 4-D the result is PyTorch's.
    np.testing.assert_array_equal(ported, want)
assert set(refused.values()) == {"ValueError"}
