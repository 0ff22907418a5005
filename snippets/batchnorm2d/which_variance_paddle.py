"""Which variance Paddle uses to normalize and to update the running var."""
import warnings

import numpy as np
import paddle

# Paddle warns on each training-mode call that it tracks running
# statistics; that is expected here.
warnings.filterwarnings("ignore", message="When training, we now")

rng = np.random.default_rng(1)
# A small batch, so that dividing by n or n - 1 visibly differs.
x_np = rng.normal(3.0, 2.0, size=(2, 2, 2, 2)).astype(np.float32)
x = paddle.to_tensor(x_np)
n = x_np.shape[0] * x_np.shape[2] * x_np.shape[3]

# A large eps makes its place in the formula visible.
eps, momentum = 0.5, 0.9
bn = paddle.nn.BatchNorm2D(2, epsilon=eps, momentum=momentum)
var0 = bn._variance.numpy()  # fresh running variance
y = bn(x).numpy()

axes = (0, 2, 3)
mean = x_np.mean(axis=axes, dtype=np.float64, keepdims=True)
var_biased = x_np.var(axis=axes, dtype=np.float64, keepdims=True)
var_unbiased = x_np.var(axis=axes, ddof=1, dtype=np.float64,
                        keepdims=True)
candidates = {
    "biased, eps inside sqrt": (x_np - mean) / np.sqrt(var_biased + eps),
    "unbiased, eps inside sqrt":
        (x_np - mean) / np.sqrt(var_unbiased + eps),
    "biased, eps outside sqrt": (x_np - mean) / (np.sqrt(var_biased) + eps),
}
errors = {name: np.abs(y - cand).max()
          for name, cand in candidates.items()}
print(f"normalization (n = {n}), max |layer - candidate|:")
for name, error in errors.items():
    print(f"  {name:26s} {error:.4f}")

# One step: running = momentum * running + (1 - momentum) * v.
run_biased = momentum * var0 + (1 - momentum) * var_biased.ravel()
run_unbiased = momentum * var0 + (1 - momentum) * var_unbiased.ravel()
running_var = bn._variance.numpy()  # Paddle's name for running_var
print("running variance:", np.round(running_var, 4))
print("  with biased v:  ", np.round(run_biased, 4))
print("  with unbiased v:", np.round(run_unbiased, 4))

# Checks: only the biased variance with eps inside the square root
# gives the output; the running variance takes the biased one.
np.testing.assert_allclose(y, candidates["biased, eps inside sqrt"],
                           rtol=1e-5, atol=1e-5)
np.testing.assert_allclose(running_var, run_biased, rtol=1e-5)
gap = np.abs(running_var - run_unbiased).max()
assert gap > 1e-3, f"biased and unbiased are indistinguishable: {gap}"
