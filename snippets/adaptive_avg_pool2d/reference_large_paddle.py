import math

import numpy as np
import paddle


def bin_edges(n_in, n_out):
    return [(math.floor(i * n_in / n_out),
             math.ceil((i + 1) * n_in / n_out)) for i in range(n_out)]


tol = dict(rtol=1e-6, atol=1e-6)  # float32 sums
rng = np.random.default_rng(0)
x_np = rng.standard_normal((2, 64, 8, 9)).astype(np.float32)
x = paddle.to_tensor(x_np)

pool_a = paddle.nn.AdaptiveAvgPool2D((5, 1))
pool_b = paddle.nn.AdaptiveAvgPool2D((None, 5))
pool_c = paddle.nn.AdaptiveAvgPool2D(1)
y_a, y_b, y_c = pool_a(x), pool_b(x), pool_c(x)
for name, y in [("(5, 1)", y_a), ("(None, 5)", y_b), ("1", y_c)]:
    print(f"output_size={name:9} -> {list(y.shape)}")

print("H 8 -> 5 bins:", bin_edges(8, 5))
print("W 9 -> 5 bins:", bin_edges(9, 5))
n, c = 1, 10
print(f"y_a[{n}, {c}, :, 0]:", y_a[n, c, :, 0].numpy().round(4))

# Checks: each output is the mean of its bin, computed with NumPy.
for i, (h0, h1) in enumerate(bin_edges(8, 5)):
    hand = x_np[n, c, h0:h1, :].mean()
    np.testing.assert_allclose(y_a[n, c, i, 0].item(), hand, **tol)
for j, (w0, w1) in enumerate(bin_edges(9, 5)):
    hand = x_np[n, c, :, w0:w1].mean(axis=-1)
    np.testing.assert_allclose(y_b[n, c, :, j].numpy(), hand, **tol)
hand = x_np.mean(axis=(2, 3), keepdims=True)
np.testing.assert_allclose(y_c.numpy(), hand, **tol)
