# The function does what the layer does, without building a layer.
# Layer and function take their arguments in the same order.
import numpy as np
import paddle
import paddle.nn.functional as PF

rng = np.random.default_rng(0)
x = paddle.to_tensor(rng.standard_normal((1, 2, 5, 5)).astype(np.float32))
y_layer = paddle.nn.MaxPool2D(3, 2, 1, ceil_mode=True)(x)
y_function = PF.max_pool2d(x, 3, 2, 1, ceil_mode=True)
y, indices = PF.max_pool2d(x, 3, 2, 1, return_mask=True)
print("layer", list(y_layer.shape), "function", list(y_function.shape),
      "indices", list(indices.shape))

# Checks: same values; positional 5th argument = return_mask here.
np.testing.assert_array_equal(y_layer.numpy(), y_function.numpy())
assert isinstance(PF.max_pool2d(x, 3, 2, 1, True), tuple)
