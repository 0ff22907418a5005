"""Paddle's momentum weighs the old running estimate, PyTorch's the new
batch: PyTorch's default is Paddle's 1 - momentum, and PyTorch's value
passed to Paddle makes the running mean follow the latest batch."""
import inspect
import warnings

import numpy as np
import paddle
import torch
from torch import nn

# Paddle warns on each training-mode call that it tracks running
# statistics; that is expected here.
warnings.filterwarnings("ignore", message="When training, we now")

torch_bn = nn.BatchNorm2d(1)
torch_momentum = torch_bn.momentum  # PyTorch's default
paddle_default = inspect.signature(paddle.nn.BatchNorm2D).parameters[
    "momentum"].default
np.testing.assert_allclose(paddle_default, 1 - torch_momentum)
paddle_matched = paddle.nn.BatchNorm2D(1)  # Paddle's default
paddle_copied = paddle.nn.BatchNorm2D(1, momentum=torch_momentum)

rng = np.random.default_rng(0)
steps = 30
batches = rng.normal(3.0, 1.0, size=(steps, 8, 1, 4, 4))
batches = batches.astype(np.float32)
hand = 0.0
for batch in batches:
    torch_bn(torch.from_numpy(batch))
    paddle_matched(paddle.to_tensor(batch))
    paddle_copied(paddle.to_tensor(batch))
    # Paddle's rule: keep momentum of the old estimate.
    hand = torch_momentum * hand + (1 - torch_momentum) * batch.mean()

torch_mean = torch_bn.running_mean.item()
matched_mean = paddle_matched._mean.numpy().item()
copied_mean = paddle_copied._mean.numpy().item()
last = batches[-1].mean()
print(f"after {steps} batches, running mean:")
for label, value in ((f"torch momentum={torch_momentum}", torch_mean),
                     (f"paddle momentum={paddle_default}", matched_mean),
                     (f"paddle momentum={torch_momentum}", copied_mean),
                     ("mean of the last batch", last)):
    print(f"  {label:24} {value:.4f}")
np.testing.assert_allclose(matched_mean, torch_mean, rtol=1e-5)
np.testing.assert_allclose(copied_mean, hand, rtol=1e-5)
assert abs(copied_mean - torch_mean) > 1e-2, "copied momentum matched"
assert abs(copied_mean - last) < abs(torch_mean - last)
