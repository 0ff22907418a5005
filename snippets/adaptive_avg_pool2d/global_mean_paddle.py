import numpy as np
import paddle

tol = dict(rtol=1e-6, atol=1e-6)  # float32 sums
rng = np.random.default_rng(0)
x_np = rng.standard_normal((2, 3, 5, 7)).astype(np.float32)
x = paddle.to_tensor(x_np)

# output_size=1 is one bin covering all of H and W: the global mean
pool = paddle.nn.AdaptiveAvgPool2D(1)
y = pool(x)
want = x_np.mean(axis=(2, 3), keepdims=True)
print(list(x.shape), "->", list(y.shape))
print("y[0, :, 0, 0]:", y[0, :, 0, 0].numpy().round(4))

# Checks: the same as the mean over H and W.
np.testing.assert_allclose(y.numpy(), want, **tol)
