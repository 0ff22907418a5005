# The function does what the layer does, in the same argument order.
import numpy as np
import paddle
import paddle.nn.functional as PF

rng = np.random.default_rng(0)
x = paddle.to_tensor(rng.standard_normal((1, 2, 5, 5)).astype(np.float32))
y_layer = paddle.nn.AvgPool2D(3, 2, 1, exclusive=True)(x)
y_function = PF.avg_pool2d(x, 3, 2, 1, exclusive=True)
print("layer", list(y_layer.shape), "function", list(y_function.shape))

# Check: the same computation, so the same values.
np.testing.assert_array_equal(y_layer.numpy(), y_function.numpy())
