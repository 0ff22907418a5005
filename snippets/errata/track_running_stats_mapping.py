"""Which statistics each BatchNorm setting normalizes with, in train and
in eval mode: PyTorch's track_running_stats=True matches Paddle's
use_global_stats=None, and False matches False."""
import inspect
import warnings

import numpy as np
import paddle
import torch
from torch import nn

# Paddle warns on each training-mode call that it tracks running
# statistics; that is expected here.
warnings.filterwarnings("ignore", message="When training, we now")

default = inspect.signature(paddle.nn.BatchNorm2D).parameters[
    "use_global_stats"].default
print("paddle.nn.BatchNorm2D: use_global_stats defaults to", default)
assert default is None, default

rng = np.random.default_rng(0)
batches = rng.normal(2.0, 3.0, size=(4, 4, 2, 3, 3)).astype(np.float32)
x_np = batches[-1]
eps = 1e-5
tol = dict(rtol=1e-4, atol=1e-4)


def normalized(stats):
    mean, var = stats
    return (x_np - mean[None, :, None, None]) / np.sqrt(
        var[None, :, None, None] + eps)


def running_stats(bn):
    """The layer's stored statistics, None if it keeps none."""
    if isinstance(bn, nn.Module):
        if not bn.track_running_stats:
            return None
        stats = (bn.running_mean.numpy(), bn.running_var.numpy())
    else:
        stats = (bn._mean.numpy(), bn._variance.numpy())
    return tuple(s.astype(np.float64) for s in stats)


def used(y, running):
    """Name the statistics the output was normalized with."""
    batch = (x_np.mean(axis=(0, 2, 3)), x_np.var(axis=(0, 2, 3)))
    for name, stats in (("batch", batch), ("running", running)):
        if stats is not None and np.allclose(y, normalized(stats), **tol):
            return name
    raise AssertionError("neither batch nor running statistics")


layers = {
    "torch track_running_stats=True": nn.BatchNorm2d(2),
    "torch track_running_stats=False":
        nn.BatchNorm2d(2, track_running_stats=False),
    "paddle use_global_stats=None": paddle.nn.BatchNorm2D(2),
    "paddle use_global_stats=False":
        paddle.nn.BatchNorm2D(2, use_global_stats=False),
    "paddle use_global_stats=True":
        paddle.nn.BatchNorm2D(2, use_global_stats=True),
}
found = {}
for name, bn in layers.items():
    convert = (torch.from_numpy if name.startswith("torch")
               else paddle.to_tensor)
    for batch in batches[:-1]:  # a few steps to move the running stats
        bn(convert(batch))
    modes = []
    for mode in ("train", "eval"):
        getattr(bn, mode)()
        running = running_stats(bn)  # as they are before this call
        y = bn(convert(x_np))
        y = y.detach().numpy() if isinstance(y, torch.Tensor) else y.numpy()
        modes.append(used(y, running))
    found[name] = tuple(modes)
    print(f"{name:32} train: {modes[0]:8} eval: {modes[1]}")

torch_true = found["torch track_running_stats=True"]
torch_false = found["torch track_running_stats=False"]
assert torch_true == found["paddle use_global_stats=None"]
assert torch_false == found["paddle use_global_stats=False"]
# The pairs True -> False and False -> True behave differently.
assert torch_true != found["paddle use_global_stats=False"]
assert torch_false != found["paddle use_global_stats=True"]
