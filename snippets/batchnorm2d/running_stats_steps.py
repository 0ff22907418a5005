"""Several training steps: running statistics by hand, in both frameworks."""
import warnings

import numpy as np
import paddle
import torch
from torch import nn

# Paddle warns on each training-mode call that it tracks running
# statistics; that is expected here.
warnings.filterwarnings("ignore", message="When training, we now")

rng = np.random.default_rng(2)
steps = 5
batches = rng.normal(1.5, 2.0, size=(steps, 4, 2, 3, 3))
batches = batches.astype(np.float32)
_, N, C, H, W = batches.shape
n = N * H * W  # values per channel in one batch

torch_momentum = 0.1
paddle_momentum = 1 - torch_momentum  # the same update, other convention
torch_bn = nn.BatchNorm2d(2, momentum=torch_momentum)
paddle_bn = paddle.nn.BatchNorm2D(2, momentum=paddle_momentum)

# By hand: the new batch gets weight 0.1. PyTorch feeds the unbiased
# variance (Bessel's factor n / (n - 1)), Paddle the biased one.
hand_mean = torch_bn.running_mean.numpy().astype(np.float64)
hand_var_torch = torch_bn.running_var.numpy().astype(np.float64)
hand_var_paddle = hand_var_torch.copy()
keep = 1 - torch_momentum
bessel = n / (n - 1)
for x_np in batches:
    torch_bn(torch.from_numpy(x_np))
    paddle_bn(paddle.to_tensor(x_np))
    mean = x_np.mean(axis=(0, 2, 3), dtype=np.float64)
    var = x_np.var(axis=(0, 2, 3), dtype=np.float64)
    hand_mean = keep * hand_mean + torch_momentum * mean
    hand_var_torch = keep * hand_var_torch + torch_momentum * var * bessel
    hand_var_paddle = keep * hand_var_paddle + torch_momentum * var

torch_mean = torch_bn.running_mean.numpy()
torch_var = torch_bn.running_var.numpy()
paddle_mean = paddle_bn._mean.numpy()
paddle_var = paddle_bn._variance.numpy()
var_gap = torch_var - paddle_var

print(f"after {steps} steps, n = {n} values per channel and batch")
print("running mean  torch :", np.round(torch_mean, 4))
print("              paddle:", np.round(paddle_mean, 4))
print("              hand  :", np.round(hand_mean, 4))
print("running var   torch :", np.round(torch_var, 4))
print("              hand  :", np.round(hand_var_torch, 4))
print("              paddle:", np.round(paddle_var, 4))
print("              hand  :", np.round(hand_var_paddle, 4))
print("torch - paddle var  :", np.round(var_gap, 4))

# Checks
tol = dict(rtol=1e-5, atol=1e-6)
np.testing.assert_allclose(torch_mean, hand_mean, **tol)
np.testing.assert_allclose(paddle_mean, hand_mean, **tol)
np.testing.assert_allclose(torch_mean, paddle_mean, **tol)
np.testing.assert_allclose(torch_var, hand_var_torch, **tol)
np.testing.assert_allclose(paddle_var, hand_var_paddle, **tol)
# The variances differ only by the n / (n - 1) factor on each batch term.
np.testing.assert_allclose(var_gap, hand_var_torch - hand_var_paddle, **tol)
assert np.all(var_gap > 0), f"expected torch > paddle, got {var_gap}"

