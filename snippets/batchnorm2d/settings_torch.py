"""What affine, bias, track_running_stats and momentum=None do."""
import numpy as np
import torch
from torch import nn

rng = np.random.default_rng(6)
batches = rng.normal(1.0, 2.0, size=(3, 4, 2, 3, 3)).astype(np.float32)
x_np = batches[0]
x = torch.from_numpy(x_np)
tol = dict(rtol=1e-5, atol=1e-5)


def normalized(a, eps, mean=None, var=None):
    """By hand; batch statistics unless mean and var are given."""
    if mean is None:
        mean = a.mean(axis=(0, 2, 3), dtype=np.float64)
        var = a.var(axis=(0, 2, 3), dtype=np.float64)
    mean, var = mean.reshape(1, -1, 1, 1), var.reshape(1, -1, 1, 1)
    return (a - mean) / np.sqrt(var + eps)


layers = {"affine=False": nn.BatchNorm2d(2, affine=False),
          "bias=False": nn.BatchNorm2d(2, bias=False),
          "track_running_stats=False":
              nn.BatchNorm2d(2, track_running_stats=False)}
for setting, bn in layers.items():
    params = [name for name, _ in bn.named_parameters()]
    buffers = [name for name, b in bn.named_buffers() if b is not None]
    print(f"{setting:26} parameters {params}, buffers {buffers}")

# Which statistics normalize in each mode, and what gets updated.
print("track_running_stats  mode   normalizes with  updates running stats")
used = {}
for track in [True, False]:
    for training in [True, False]:
        bn = nn.BatchNorm2d(2, affine=False, track_running_stats=track)
        bn.train(training)
        mean0 = None if bn.running_mean is None else bn.running_mean.clone()
        var0 = None if bn.running_var is None else bn.running_var.clone()
        y = bn(x).numpy()
        if np.allclose(y, normalized(x_np, bn.eps), **tol):
            used[track, training] = "batch"
        elif np.allclose(y, normalized(x_np, bn.eps, mean0.numpy(),
                                       var0.numpy()), **tol):
            used[track, training] = "running"
        if mean0 is None:
            updated = "no buffers"
        else:
            updated = str(not torch.equal(bn.running_mean, mean0))
        mode = "train" if training else "eval"
        how = used.get((track, training), "neither")
        print(f"{track!s:19s}  {mode:5s}  {how:15s}  {updated}")

# momentum=None: a cumulative average, every batch weighs the same.
cumulative = nn.BatchNorm2d(2, momentum=None)
for batch in batches:
    cumulative(torch.from_numpy(batch))
print("momentum=None: running mean",
      np.round(cumulative.running_mean.numpy(), 4), "= mean of the",
      cumulative.num_batches_tracked.item(), "batch means")

# Checks
bn = layers["affine=False"]
assert bn.weight is None and bn.bias is None
np.testing.assert_allclose(bn(x).numpy(), normalized(x_np, bn.eps), **tol)
bn = layers["bias=False"]
assert bn.weight is not None and bn.bias is None
bn = layers["track_running_stats=False"]
assert bn.running_mean is None and bn.running_var is None
assert used == {(True, True): "batch", (True, False): "running",
                (False, True): "batch", (False, False): "batch"}, used
axes = (1, 3, 4)  # per batch and channel
want_mean = batches.mean(axis=axes, dtype=np.float64).mean(axis=0)
want_var = batches.var(axis=axes, ddof=1, dtype=np.float64).mean(axis=0)
np.testing.assert_allclose(cumulative.running_mean.numpy(), want_mean, **tol)
np.testing.assert_allclose(cumulative.running_var.numpy(), want_var, **tol)
assert cumulative.num_batches_tracked.item() == len(batches)
