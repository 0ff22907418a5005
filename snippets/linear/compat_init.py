# paddle.compat.nn.Linear's initialization: PyTorch's formula, but the
# fan is read from the wrong axis. Paddle's initializers take a 2-D
# weight as [in, out], so for this [out, in] weight the bound becomes
# 1/sqrt(out_features) instead of PyTorch's 1/sqrt(in_features).
import math

import numpy as np
import paddle

std_rtol = 0.01  # sample std vs. b / sqrt(3), the std of U(-b, b)
edge_share = 0.99  # the largest |w| must reach this share of b
paddle.seed(0)
in_features, out_features = 1024, 256

linear = paddle.compat.nn.Linear(in_features, out_features)
weight, bias = linear.weight.numpy(), linear.bias.numpy()
torch_bound = 1 / math.sqrt(in_features)  # PyTorch's b
compat_bound = 1 / math.sqrt(out_features)
print(f"{in_features} -> {out_features}: 1/sqrt(in) = {torch_bound:.4f}, "
      f"1/sqrt(out) = {compat_bound:.4f}")
print(f"max|w| = {np.abs(weight).max():.4f}, "
      f"max|bias| = {np.abs(bias).max():.4f}")

# Checks
# The weight: U(-1/sqrt(out), 1/sqrt(out)), not PyTorch's range.
assert np.abs(weight).max() <= compat_bound
assert np.abs(weight).max() >= edge_share * compat_bound
np.testing.assert_allclose(weight.std(), compat_bound / math.sqrt(3),
                           rtol=std_rtol)
assert np.abs(weight).max() > 1.5 * torch_bound, "now PyTorch's range"
# The bias: PyTorch's U(-1/sqrt(in), 1/sqrt(in)).
assert torch_bound >= np.abs(bias).max() >= 0.9 * torch_bound
