# A fully connected layer: each output feature is a weighted sum of all
# input features plus a bias. Paddle keeps the weight as [in, out].
import numpy as np
import paddle

rtol, atol = 1e-5, 1e-5  # float32 sums, added in another order
paddle.seed(0)
rng = np.random.default_rng(0)
x = rng.standard_normal((2, 4)).astype(np.float32)  # 2 samples, 4 features

linear = paddle.nn.Linear(4, 3)  # in_features=4, out_features=3
y = linear(paddle.to_tensor(x)).numpy()
weight = linear.weight.numpy()
bias = linear.bias.numpy()
print("x", list(x.shape), "-> y", list(y.shape))
print("weight", list(weight.shape), " bias", list(bias.shape))

# Leading axes are kept: only the last axis is mixed.
y_seq = linear(paddle.zeros([2, 5, 4]))
print("x [2, 5, 4] -> y", list(y_seq.shape))

# Checks: y = x W + b, with W of shape [in, out]
np.testing.assert_allclose(y, x @ weight + bias, rtol=rtol, atol=atol)
assert weight.shape == (4, 3) and bias.shape == (3,)
assert list(y_seq.shape) == [2, 5, 3]
