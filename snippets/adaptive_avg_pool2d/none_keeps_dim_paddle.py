import numpy as np
import paddle

tol = dict(rtol=1e-6, atol=1e-6)  # float32 sums
rng = np.random.default_rng(0)
x_np = rng.standard_normal((2, 3, 5, 7)).astype(np.float32)
x = paddle.to_tensor(x_np)

# None in output_size means "same as the input" for that dimension.
y = paddle.nn.AdaptiveAvgPool2D((None, 3))(x)
print("(None, 3):", list(x.shape), "->", list(y.shape))
# It is the same layer as writing the input height explicitly.
y_explicit = paddle.nn.AdaptiveAvgPool2D((x.shape[2], 3))(x)

# With n_out == n_in every bin is one element: rows are not mixed,
# so (None, 1) is a mean over the width only.
y_width = paddle.nn.AdaptiveAvgPool2D((None, 1))(x)
print("(None, 1):", list(x.shape), "->", list(y_width.shape),
      "= mean over W only")

# Checks
assert y.shape[2] == x.shape[2], f"{y.shape[2]} != {x.shape[2]}"
np.testing.assert_array_equal(y.numpy(), y_explicit.numpy())
np.testing.assert_allclose(y_width.numpy(),
                           x_np.mean(axis=3, keepdims=True), **tol)
