# Average pooling replaces each window by its mean. A 2 x 2 window with
# the default stride (= the kernel size) halves height and width.
import numpy as np
import paddle

rng = np.random.default_rng(0)
x = rng.integers(0, 10, (1, 1, 4, 6)).astype(np.float32)  # N, C, H, W
pool = paddle.nn.AvgPool2D(2)
y = pool(paddle.to_tensor(x)).numpy()
print("x[0, 0]:\n", x[0, 0])
print("y[0, 0]:\n", y[0, 0])

# Check: the same windows cut out with NumPy; nothing to learn.
windows = x.reshape(1, 1, 2, 2, 3, 2)  # rows in pairs, columns in pairs
rtol, atol = 1e-6, 1e-6  # float32 sums, possibly in another order
np.testing.assert_allclose(y, windows.mean(axis=(3, 5)), rtol, atol)
assert list(pool.parameters()) == []
