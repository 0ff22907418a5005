"""Matched momenta (Paddle's = 1 - PyTorch's) give the same running mean
but not the same running variance: PyTorch feeds the unbiased batch
variance into it, Paddle the biased one."""
import warnings

import numpy as np
import paddle
import torch
from torch import nn

# Paddle warns on each training-mode call that it tracks running
# statistics; that is expected here.
warnings.filterwarnings("ignore", message="When training, we now")

rng = np.random.default_rng(0)
x_np = rng.normal(0.0, 2.0, size=(2, 1, 3, 3)).astype(np.float32)
m = x_np.size  # 18 values in the one channel
torch_bn = nn.BatchNorm2d(1, momentum=0.1)
paddle_bn = paddle.nn.BatchNorm2D(1, momentum=1 - 0.1)
torch_bn(torch.from_numpy(x_np))  # one training step each
paddle_bn(paddle.to_tensor(x_np))

var = x_np.astype(np.float64).var()  # biased: divides by m
torch_var = torch_bn.running_var.item()
paddle_var = paddle_bn._variance.numpy().item()
np.testing.assert_allclose(torch_var, 0.9 + 0.1 * var * m / (m - 1),
                           rtol=1e-5)
np.testing.assert_allclose(paddle_var, 0.9 + 0.1 * var, rtol=1e-5)
np.testing.assert_allclose(paddle_bn._mean.numpy(),
                           torch_bn.running_mean.numpy(), rtol=1e-5,
                           atol=1e-6)
print(f"running mean: torch {torch_bn.running_mean.item():.4f}, "
      f"paddle {paddle_bn._mean.numpy().item():.4f}")
print(f"running var:  torch {torch_var:.4f}, paddle {paddle_var:.4f}")

# So the two layers disagree in eval mode.
torch_bn.eval()
paddle_bn.eval()
torch_y = torch_bn(torch.from_numpy(x_np)).detach().numpy()
paddle_y = paddle_bn(paddle.to_tensor(x_np)).numpy()
gap = np.abs(torch_y - paddle_y).max()
print(f"eval outputs differ by up to {gap:.4f}")
assert gap > 1e-3, f"eval outputs agree ({gap})"
