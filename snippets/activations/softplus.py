# Softplus is log(1 + exp(beta * x)) / beta, a smooth ReLU. Above
# beta * x > threshold both frameworks return x itself, which avoids
# overflow; with the default threshold of 20 the switch is invisible,
# with a small one it is a step.
import numpy as np
import paddle
import torch
from torch import nn

beta, threshold = 2.0, 1.0  # a small threshold, to see the switch
x = np.array([0.4, 0.49, 0.5, 0.51, 0.6], dtype=np.float32)
torch_y = nn.Softplus(beta, threshold)(torch.from_numpy(x)).numpy()
paddle_y = paddle.nn.Softplus(beta, threshold)(paddle.to_tensor(x)).numpy()
smooth = np.log1p(np.exp(beta * x.astype(np.float64))) / beta
print("x:             ", x)
print("PyTorch:       ", torch_y)
print("Paddle:        ", paddle_y)
print("log(1+e^bx)/b: ", smooth.astype(np.float32))
step = float(torch_y[2] - torch_y[3])
print(f"at x = threshold / beta = {threshold / beta}: a step of {step:.3f}")

# With the defaults (beta=1, threshold=20) on a wide range.
wide = np.linspace(-30, 30, 6001, dtype=np.float32)
default_gap = np.abs(
    nn.Softplus()(torch.from_numpy(wide)).numpy()
    - paddle.nn.Softplus()(paddle.to_tensor(wide)).numpy()).max()
print(f"defaults, x from -30 to 30: largest |PyTorch - Paddle| "
      f"{default_gap:.0e}")

# Checks: the formula up to the threshold, x above it, in both; the
# same step, at the same place.
rtol, atol = 1e-5, 1e-6
above = beta * x > threshold
for y in (torch_y, paddle_y):
    np.testing.assert_allclose(y[~above], smooth[~above], rtol, atol)
    np.testing.assert_array_equal(y[above], x[above])
np.testing.assert_allclose(paddle_y, torch_y, rtol, atol)
assert step > 0.01
assert default_gap < 1e-5
