# Paddle's default (ParamAttr._set_default_param_initializer): the weight
# is XavierUniform, U(-b, b) with b = sqrt(6 / (in + out)); the bias is
# the constant 0.
import math

import numpy as np
import paddle

y_rtol = 0.03  # output std vs. sqrt(in_features) * std(w)
std_rtol = 0.01  # sample std vs. b / sqrt(3), the std of U(-b, b)
edge_share = 0.99  # the largest |w| must reach this share of b
paddle.seed(0)
in_features, out_features = 1024, 512

linear = paddle.nn.Linear(in_features, out_features)
weight = linear.weight.numpy()
bias = linear.bias.numpy()
bound = math.sqrt(6 / (in_features + out_features))
print(f"b = sqrt(6/({in_features}+{out_features})) = {bound:.4f}")
print(f"max|w| = {np.abs(weight).max():.4f}, "
      f"max|bias| = {np.abs(bias).max():.4f}")
print(f"std(w) = {weight.std():.4f}, b/sqrt(3) = {bound / math.sqrt(3):.4f}")

# What it means for a fresh layer: the output scale of unit inputs.
x = np.random.default_rng(0).standard_normal((256, in_features))
y = linear(paddle.to_tensor(x.astype(np.float32))).numpy()
y_std = math.sqrt(in_features) * bound / math.sqrt(3)
print(f"std of y for standard-normal x: {y.std():.3f} "
      f"(sqrt(in) * b/sqrt(3) = {y_std:.3f})")

# Checks
assert np.abs(weight).max() <= bound and np.all(bias == 0)
assert np.abs(weight).max() >= edge_share * bound, "not uniform to b"
np.testing.assert_allclose(weight.std(), bound / math.sqrt(3),
                           rtol=std_rtol)
np.testing.assert_allclose(y.std(), y_std, rtol=y_rtol)
