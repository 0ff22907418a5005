# Flatten turns each sample's feature maps into one vector, the input of
# a fully connected layer. The layer keeps the batch axis; the function,
# by default, flattens the batch axis too.
import numpy as np
import paddle

x = paddle.arange(2 * 3 * 4 * 5, dtype="float32").reshape([2, 3, 4, 5])
flatten = paddle.nn.Flatten()
y = flatten(x)
print("x                          ", list(x.shape))
print("paddle.nn.Flatten()(x)     ", list(y.shape))
print("paddle.flatten(x)          ", list(paddle.flatten(x).shape))
print("paddle.flatten(x, 1)       ", list(paddle.flatten(x, 1).shape))
print("x.flatten(1)               ", list(x.flatten(1).shape))
print("x.reshape([x.shape[0], -1])", list(x.reshape([x.shape[0], -1]).shape))

# Checks: row-major order, the last axis fastest
np.testing.assert_array_equal(y.numpy(), x.numpy().reshape(2, -1))
assert list(paddle.flatten(x).shape) == [2 * 3 * 4 * 5]
