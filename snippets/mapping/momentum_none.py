"""PyTorch's momentum=None keeps a cumulative average: every batch
counts the same. Paddle has no such setting; what can be done."""
import warnings

import numpy as np
import paddle
import torch
from torch import nn

# Paddle warns on each training-mode call of BatchNorm2D that it tracks
# running statistics; that is expected here.
warnings.filterwarnings("ignore", message="When training, we now")

rng = np.random.default_rng(0)
batches = [rng.normal(t, 1.0, (8, 3, 4, 4)).astype(np.float32)
           for t in range(5)]  # a drifting mean: the weighting shows
torch_bn = nn.BatchNorm2d(3, momentum=None)
paddle_bn = paddle.nn.BatchNorm2D(3)  # default: momentum=0.9
paddle_step = paddle.nn.BatchNorm2D(3)
for t, x in enumerate(batches, start=1):
    torch_bn(torch.from_numpy(x))
    paddle_bn(paddle.to_tensor(x))
    # Step t of a cumulative average keeps (t - 1) / t of the old one.
    # _momentum is private: it works in this release, nothing promises
    # that it will in the next.
    paddle_step._momentum = 1 - 1 / t
    paddle_step(paddle.to_tensor(x))

average = np.mean([x.mean(axis=(0, 2, 3)) for x in batches], axis=0)
print("running mean, channel 0, after", len(batches), "batches:")
print(f"  PyTorch momentum=None        {torch_bn.running_mean[0]:.4f}")
print(f"  average of the batch means   {average[0]:.4f}")
default_mean = paddle_bn._mean.numpy()
print(f"  Paddle, default momentum     {default_mean[0]:.4f}")
print(f"  Paddle, _momentum per step   {paddle_step._mean.numpy()[0]:.4f}")
var_gap = np.abs(torch_bn.running_var.numpy()
                 - paddle_step._variance.numpy()).max()
print(f"running variance, PyTorch - Paddle per step: up to {var_gap:.4f}")

# To port a trained layer, copy the statistics: the eval outputs agree.
paddle_bn._mean.set_value(torch_bn.running_mean.numpy())
paddle_bn._variance.set_value(torch_bn.running_var.numpy())
torch_bn.eval()
paddle_bn.eval()
x = rng.standard_normal((2, 3, 4, 4)).astype(np.float32)
eval_gap = np.abs(torch_bn(torch.from_numpy(x)).detach().numpy()
                  - paddle_bn(paddle.to_tensor(x)).numpy()).max()
print(f"eval output with the statistics copied: largest gap "
      f"{eval_gap:.1e}")

# Checks: the cumulative average, matched per step in the mean only
tol = dict(rtol=1e-5, atol=1e-5)
np.testing.assert_allclose(torch_bn.running_mean.numpy(), average, **tol)
np.testing.assert_allclose(paddle_step._mean.numpy(), average, **tol)
assert np.abs(default_mean - average).max() > 0.5
assert torch_bn.num_batches_tracked.item() == len(batches)
assert not any("batches" in name for name in paddle_bn.state_dict())
assert var_gap > 1e-3  # unbiased against biased batch variances
assert eval_gap < 1e-5, eval_gap
