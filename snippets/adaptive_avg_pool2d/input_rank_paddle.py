import numpy as np
import paddle

tol = dict(rtol=1e-6, atol=1e-6)  # float32 sums
rng = np.random.default_rng(0)
x_np = rng.standard_normal((3, 5, 7)).astype(np.float32)
x = paddle.to_tensor(x_np)

# Paddle's layer wants 4-D input (NCHW, or NHWC via data_format)
out_size = (2, 3)
pool = paddle.nn.AdaptiveAvgPool2D(out_size)
try:
    pool(x)
except ValueError:
    refused = "ValueError"
print("3-D:", list(x.shape), "->", refused)

# so add the batch dimension, and drop it again afterwards
y_batched = pool(x.unsqueeze(0))
y = y_batched.squeeze(0)
print("4-D:", list(x.unsqueeze(0).shape), "->", list(y_batched.shape))

# channels last: data_format="NHWC" gives the same numbers, transposed
pool_nhwc = paddle.nn.AdaptiveAvgPool2D(out_size, data_format="NHWC")
y_nhwc = pool_nhwc(x.unsqueeze(0).transpose([0, 2, 3, 1]))
print("NHWC:", list(x.unsqueeze(0).transpose([0, 2, 3, 1]).shape), "->",
      list(y_nhwc.shape))

# Checks
assert refused == "ValueError"
assert list(y.shape) == [x.shape[0], *out_size], y.shape
np.testing.assert_allclose(y_nhwc.numpy().transpose(0, 3, 1, 2),
                           y_batched.numpy(), **tol)
