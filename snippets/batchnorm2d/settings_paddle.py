"""What weight_attr=False, bias_attr=False and use_global_stats do."""
import warnings

import numpy as np
import paddle

# Paddle warns on each training-mode call that it tracks running
# statistics; that is expected here.
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


def describe(bn):
    # Paddle stores the running statistics as non-trainable parameters.
    params = [name for name, p in bn.named_parameters()
              if not p.stop_gradient]
    stats = [name for name, p in bn.named_parameters() if p.stop_gradient]
    print(f"  parameters: {params}\n  statistics: {stats}")


# weight_attr=False and bias_attr=False: no scale, no shift.
bn = paddle.nn.BatchNorm2D(2, weight_attr=False, bias_attr=False)
print("weight_attr=False, bias_attr=False")
describe(bn)
assert bn.weight is None and bn.bias is None
eps = bn._epsilon  # Paddle keeps the constructor's `epsilon` here
np.testing.assert_allclose(bn(x).numpy(), normalized(x_np, eps), **tol)

# Each alone removes one of them; a missing weight acts as scale 1.
bn = paddle.nn.BatchNorm2D(2, bias_attr=False)
print("bias_attr=False")
describe(bn)
assert bn.weight is not None and bn.bias is None
bn = paddle.nn.BatchNorm2D(2, weight_attr=False)
print("weight_attr=False")
describe(bn)
assert bn.weight is None and bn.bias is not None
np.testing.assert_allclose(bn(x).numpy(), normalized(x_np, eps), **tol)

# Which statistics normalize in each mode, and what gets updated.
print("use_global_stats  mode   normalizes with  updates running stats")
for use_global_stats in [None, True, False]:
    for training in [True, False]:
        bn = paddle.nn.BatchNorm2D(2, weight_attr=False, bias_attr=False,
                                   use_global_stats=use_global_stats)
        if training:
            bn.train()
        else:
            bn.eval()
        mean0, var0 = bn._mean.numpy(), bn._variance.numpy()
        y = bn(x).numpy()
        if np.allclose(y, normalized(x_np, eps), **tol):
            used = "batch"
        else:
            want = normalized(x_np, eps, mean0, var0)
            np.testing.assert_allclose(y, want, **tol)
            used = "running"
        updated = not np.array_equal(bn._mean.numpy(), mean0)
        mode = "train" if training else "eval"
        print(f"{use_global_stats!s:16s}  {mode:5s}  {used:15s}  {updated}")

# The filtered warning: one per forward pass in train mode, none in eval.
bn = paddle.nn.BatchNorm2D(2)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    bn(x)
    bn(x)
    bn.eval()
    bn(x)
assert [w.category for w in caught] == [UserWarning] * 2, caught
assert all("When training" in str(w.message) for w in caught)

# Paddle's momentum must be a number: there is no cumulative average.
bn = paddle.nn.BatchNorm2D(2, momentum=None)
try:
    bn(x)
except TypeError as err:
    print("momentum=None:", type(err).__name__)
else:
    raise AssertionError("Paddle accepted momentum=None")
