"""What weight_attr=False, bias_attr=False and use_global_stats do."""
import warnings

import numpy as np
import paddle

# Paddle warns on each training-mode call that it tracks running
# statistics; that is expected here, and counted at the end.
warnings.filterwarnings("ignore", message="When training, we now")

rng = np.random.default_rng(6)
batches = rng.normal(1.0, 2.0, size=(3, 4, 2, 3, 3)).astype(np.float32)
x_np = batches[0]
x = paddle.to_tensor(x_np)
tol = dict(rtol=1e-5, atol=1e-5)


def normalized(a, eps, mean=None, var=None):
    """By hand; batch statistics unless mean and var are given."""
    if mean is None:
        mean = a.mean(axis=(0, 2, 3), dtype=np.float64)
        var = a.var(axis=(0, 2, 3), dtype=np.float64)
    mean, var = mean.reshape(1, -1, 1, 1), var.reshape(1, -1, 1, 1)
    return (a - mean) / np.sqrt(var + eps)


BN = paddle.nn.BatchNorm2D
layers = {"weight_attr=False, bias_attr=False":
              BN(2, weight_attr=False, bias_attr=False),
          "bias_attr=False": BN(2, bias_attr=False),
          "weight_attr=False": BN(2, weight_attr=False)}
for setting, bn in layers.items():
    # Paddle stores the running statistics as non-trainable parameters.
    params = [n for n, p in bn.named_parameters() if not p.stop_gradient]
    stats = [n for n, p in bn.named_parameters() if p.stop_gradient]
    print(f"{setting:34} parameters {params}, statistics {stats}")

# Which statistics normalize in each mode, and what gets updated.
print("use_global_stats  mode   normalizes with  updates running stats")
used = {}
for use_global_stats in [None, True, False]:
    for training in [True, False]:
        bn = BN(2, weight_attr=False, bias_attr=False,
                use_global_stats=use_global_stats)
        bn.train() if training else bn.eval()
        eps = bn._epsilon  # Paddle keeps the constructor's `epsilon` here
        mean0, var0 = bn._mean.numpy(), bn._variance.numpy()
        y = bn(x).numpy()
        key = use_global_stats, training
        if np.allclose(y, normalized(x_np, eps), **tol):
            used[key] = "batch"
        elif np.allclose(y, normalized(x_np, eps, mean0, var0), **tol):
            used[key] = "running"
        updated = not np.array_equal(bn._mean.numpy(), mean0)
        mode = "train" if training else "eval"
        how = used.get(key, "neither")
        print(f"{use_global_stats!s:16s}  {mode:5s}  {how:15s}  {updated}")

# Paddle's momentum must be a number: there is no cumulative average.
try:
    BN(2, momentum=None)(x)
except TypeError as err:
    momentum_none = type(err).__name__
print("momentum=None:", momentum_none)

# Checks
for setting, bn in layers.items():
    assert (bn.weight is None) == ("weight_attr" in setting), setting
    assert (bn.bias is None) == ("bias_attr=False" in setting), setting
for setting in ("weight_attr=False, bias_attr=False", "weight_attr=False"):
    # A missing weight acts as scale 1 (the bias starts at 0).
    np.testing.assert_allclose(layers[setting](x).numpy(),
                               normalized(x_np, eps), **tol)
assert used == {(None, True): "batch", (None, False): "running",
                (True, True): "running", (True, False): "running",
                (False, True): "batch", (False, False): "batch"}, used
assert momentum_none == "TypeError"
# The filtered warning: one per forward pass in train mode, none in eval.
bn = BN(2)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    bn(x)
    bn(x)
    bn.eval()
    bn(x)
assert [w.category for w in caught] == [UserWarning] * 2, caught
assert all("When training" in str(w.message) for w in caught)
