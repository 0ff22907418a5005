"""Batch normalization shifts and scales each channel; it does not make
the values normally distributed."""
import warnings

import numpy as np
import paddle
import torch
from torch import nn

# Paddle warns on each training-mode call that it tracks running
# statistics; that is expected here.
warnings.filterwarnings("ignore", message="When training, we now")


def skewness(a):
    a = np.asarray(a, dtype=np.float64).ravel()
    return ((a - a.mean()) ** 3).mean() / a.std() ** 3


# Strongly skewed activations: exponential, skewness 2 in theory.
rng = np.random.default_rng(0)
x_np = rng.exponential(1.0, size=(16, 1, 16, 16)).astype(np.float32)
torch_y = nn.BatchNorm2d(1)(torch.from_numpy(x_np)).detach().numpy()
paddle_y = paddle.nn.BatchNorm2D(1)(paddle.to_tensor(x_np)).numpy()

before = skewness(x_np)
print(f"input : mean {x_np.mean():.4f}, var {x_np.var():.4f}, "
      f"skewness {before:.4f}")
for name, y in (("torch", torch_y), ("paddle", paddle_y)):
    after = skewness(y)
    below = (y < 0).mean()  # a normal distribution: 0.5
    mean = round(float(y.mean()), 4) + 0.0  # no "-0.0000"
    print(f"{name:6}: mean {mean:.4f}, var {y.var():.4f}, "
          f"skewness {after:.4f}, share below 0 {below:.4f}")
    np.testing.assert_allclose(y.mean(), 0.0, atol=1e-4)
    np.testing.assert_allclose(y.var(), 1.0, atol=1e-3)
    # The shape is untouched: same skewness, far from a normal's 0.
    np.testing.assert_allclose(after, before, rtol=1e-4)
    assert after > 1.5, f"{name}: skewness {after}"
    assert below > 0.6, f"{name}: {below} of the values below 0"
