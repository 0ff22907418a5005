"""A channel's activations before and after batch normalization."""
import warnings

import matplotlib.pyplot as plt
import numpy as np
import paddle

# Paddle warns on each training-mode call that it tracks running
# statistics; that is expected here.
warnings.filterwarnings("ignore", message="When training, we now")

rng = np.random.default_rng(4)
# Skewed, shifted activations, like those after a ReLU-ish layer.
tol = dict(rtol=1e-5, atol=1e-5)
x_np = (rng.gamma(2.0, 1.5, size=(64, 1, 8, 8)) + 1.0).astype(np.float32)
bn = paddle.nn.BatchNorm2D(1)
y_np = bn(paddle.to_tensor(x_np)).numpy()


def skewness(a):
    a = a.astype(np.float64).ravel()
    return np.mean((a - a.mean()) ** 3) / a.std() ** 3


before, after = x_np.ravel(), y_np.ravel()
skew_before, skew_after = skewness(before), skewness(after)
for name, a, skew in [("before", before, skew_before),
                      ("after", after, skew_after)]:
    mean = round(float(a.mean()), 4) + 0.0  # + 0.0 turns -0.0 into 0.0
    print(f"{name:6s} mean {mean:.4f}, variance {a.var():.4f}, "
          f"skewness {skew:.4f}")
# Zero mean and (up to eps) unit variance ...
np.testing.assert_allclose(after.mean(), 0.0, **tol)
want_var = before.var(dtype=np.float64)
want_var = want_var / (want_var + bn._epsilon)
np.testing.assert_allclose(after.var(dtype=np.float64), want_var, **tol)
# ... but the shape is untouched: a shift and a scale keep the skewness.
np.testing.assert_allclose(skew_after, skew_before, **tol)
assert skew_after > 0.5, f"expected a skewed result, got {skew_after}"

fig, axes = plt.subplots(1, 2, figsize=(6, 3.2), layout="constrained")
axes[0].hist(before, bins=40, color="0.5")
axes[0].set_title("before: channel 0 of x")
axes[1].hist(after, bins=40, color="0.5", density=True,
             label="normalized")
grid = np.linspace(-3, 4, 200)
axes[1].plot(grid, np.exp(-grid ** 2 / 2) / np.sqrt(2 * np.pi),
             color="0.1", linestyle="--", label="standard normal")
axes[1].set_title("after: channel 0 of y")
axes[1].legend(fontsize=10, loc="upper right")
axes[0].set_ylabel("count")
axes[1].set_ylabel("density")
for ax in axes:
    ax.set_xlabel("activation")
plt.show()
