import numpy as np
import paddle

rng = np.random.default_rng(0)
x_np = rng.standard_normal((3, 5, 7)).astype(np.float32)
x = paddle.to_tensor(x_np)

# Paddle's layer wants 4-D input (NCHW, or NHWC via data_format)
out_size = (2, 3)
pool = paddle.nn.AdaptiveAvgPool2D(out_size)
try:
    pool(x)
    raise AssertionError("a 3-D input was expected to fail")
except ValueError:
    print("3-D:", list(x.shape), "-> ValueError")

# so add the batch dimension, and drop it again afterwards
y_batched = pool(x.unsqueeze(0))
y = y_batched.squeeze(0)
print("4-D:", list(x.unsqueeze(0).shape), "->", list(y_batched.shape))
assert list(y.shape) == [x.shape[0], *out_size], y.shape
