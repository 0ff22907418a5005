"""Fresh layers, built with each framework's defaults: what their
weights and biases are drawn from."""
import math

import numpy as np
import paddle
import torch

from init_stats import check_normal, check_uniform, values

torch.manual_seed(0)
paddle.seed(0)
# (name, PyTorch layer, Paddle layer, fan_in, Paddle's normal std)
layers = [
    ("Linear(600, 200)", torch.nn.Linear(600, 200),
     paddle.nn.Linear(600, 200), 600, None),
    ("Conv2d(64, 128, 3)", torch.nn.Conv2d(64, 128, 3),
     paddle.nn.Conv2D(64, 128, 3), 64 * 3 * 3, math.sqrt(2 / (64 * 9))),
    # Paddle's default reads all 64 input channels, not the 16 of a group
    ("Conv2d(64, 128, 3, groups=4)", torch.nn.Conv2d(64, 128, 3, groups=4),
     paddle.nn.Conv2D(64, 128, 3, groups=4), 16 * 3 * 3,
     math.sqrt(2 / (64 * 9))),
]
for name, t, p, fan_in, _ in layers:
    tw, tb, pw, pb = (values(v) for v in (t.weight, t.bias,
                                          p.weight, p.bias))
    print(f"{name}: fan_in = {fan_in}, 1/sqrt(fan_in) = "
          f"{1 / math.sqrt(fan_in):.4f}")
    print(f"  PyTorch  max|w| = {np.abs(tw).max():.4f}  std(w) = "
          f"{tw.std():.4f}  max|b| = {np.abs(tb).max():.4f}")
    print(f"  Paddle   max|w| = {np.abs(pw).max():.4f}  std(w) = "
          f"{pw.std():.4f}  max|b| = {np.abs(pb).max():.4f}")

# Checks: PyTorch draws weight and bias from U(-1/sqrt(fan_in), ...);
# Paddle's Linear weight is Xavier uniform, its conv weight normal with
# std sqrt(2 / (in_channels * kh * kw)), and every bias is 0.
for name, t, p, fan_in, paddle_std in layers:
    bound = 1 / math.sqrt(fan_in)
    check_uniform(t.weight, -bound, bound)
    check_uniform(t.bias, -bound, bound)
    assert not values(p.bias).any()
    if paddle_std is None:  # Linear: XavierUniform over in + out
        xavier = math.sqrt(6 / (600 + 200))
        check_uniform(p.weight, -xavier, xavier)
    else:
        check_normal(p.weight, 0.0, paddle_std)
