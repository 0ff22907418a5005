# The function owns no weights, yet a weight passed to it can learn:
# gradients flow to any tensor that asks for them.
import numpy as np
import paddle
import paddle.nn.functional as PF
from numpy.lib.stride_tricks import sliding_window_view

rng = np.random.default_rng(0)
x = rng.standard_normal((1, 2, 5, 6)).astype(np.float32)
weight = paddle.to_tensor(rng.standard_normal((3, 2, 3, 3)),
                          dtype="float32", stop_gradient=False)

y = PF.conv2d(paddle.to_tensor(x), weight)
y.sum().backward()

# d sum(y) / d weight[o, c, u, v] is the sum of the input pixels that
# tap (u, v) meets on its way over channel c: the same for every o.
windows = sliding_window_view(x[0], (3, 3), axis=(1, 2))  # c, i, j, u, v
want = np.broadcast_to(windows.sum(axis=(1, 2)), weight.shape)
print("weight.grad", list(weight.grad.shape))
print("weight.grad[0, 0]:")
print(weight.grad[0, 0].numpy().round(4))
rtol, atol = 1e-5, 1e-5  # float32 sums
np.testing.assert_allclose(weight.grad.numpy(), want, rtol=rtol, atol=atol)
