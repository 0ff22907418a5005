import math

import numpy as np
import paddle


def bin_edges(n_in, n_out):
    return [(math.floor(i * n_in / n_out),
             math.ceil((i + 1) * n_in / n_out)) for i in range(n_out)]


tol = dict(rtol=1e-6, atol=1e-6)  # float32 sums
rng = np.random.default_rng(0)
x_np = rng.standard_normal((2, 4, 3, 4)).astype(np.float32)
x = paddle.to_tensor(x_np)

y_a = paddle.nn.AdaptiveAvgPool2D((2, 1))(x)
y_b = paddle.nn.AdaptiveAvgPool2D((None, 5))(x)
y_c = paddle.nn.AdaptiveAvgPool2D(1)(x)
for name, y in [("(2, 1)", y_a), ("(None, 5)", y_b), ("1", y_c)]:
    print(f"output_size={name:9} -> {list(y.shape)}")

print("x[0, 0]:")
print(x_np[0, 0].round(4))
print("y_a[0, 0, :, 0]:", y_a[0, 0, :, 0].numpy().round(4))
print("y_b[0, 0, 0]:   ", y_b[0, 0, 0].numpy().round(4))
print("y_c[1, 3, 0, 0]:", round(y_c[1, 3, 0, 0].item(), 4))

# (2, 1): H 3 -> 2, W 4 -> 1; output row 1 shares input row 1.
(h0, h1), (w0, w1) = bin_edges(3, 2)[1], bin_edges(4, 1)[0]
print(f"y_a[..., 1, 0] averages rows [{h0}, {h1}), "
      f"columns [{w0}, {w1})")
hand_a = x_np[0, 0, h0:h1, w0:w1].mean()
# (None, 5): W 4 -> 5 grows the input, bins still average neighbours.
c0, c1 = bin_edges(4, 5)[2]
print(f"y_b[..., 2] averages columns [{c0}, {c1})")
hand_b = x_np[0, 0, 0, c0:c1].mean()
# 1: a single bin covering all 3 x 4 positions.
hand_c = x_np[1, 3].mean()

# Checks: the bins of the page's worked examples, and the elements.
assert (h0, h1, w0, w1) == (1, 3, 0, 4), (h0, h1, w0, w1)
assert (c0, c1) == (1, 3), (c0, c1)  # columns 1 and 2
np.testing.assert_allclose(y_a[0, 0, 1, 0].item(), hand_a, **tol)
np.testing.assert_allclose(y_b[0, 0, 0, 2].item(), hand_b, **tol)
np.testing.assert_allclose(y_c[1, 3, 0, 0].item(), hand_c, **tol)
