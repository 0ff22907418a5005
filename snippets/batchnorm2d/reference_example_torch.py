"""The reference article's example in PyTorch: a [1, 2, 3, 4] input."""
import numpy as np
import torch
from torch import nn

rng = np.random.default_rng(0)
x_np = rng.standard_normal((1, 2, 3, 4), dtype=np.float32)
x = torch.from_numpy(x_np)

bn = nn.BatchNorm2d(2)  # training mode: normalizes with batch statistics
y = bn(x)
weight = bn.weight.detach().numpy()
bias = bn.bias.detach().numpy()

# One element by hand, in float64: channel 0 statistics over (N, H, W).
mean = x_np[:, 0].astype(np.float64).mean()
var = x_np[:, 0].astype(np.float64).var()  # biased: divides by N*H*W
hand = (x_np[0, 0, 0, 0] - mean) / np.sqrt(var + bn.eps)
hand = hand * weight[0] + bias[0]
layer = y[0, 0, 0, 0].item()

print(bn)
print("channel 0 mean, biased variance:",
      round(mean, 4), round(var, 4))
print("y[0, 0, 0, 0] by hand:", round(hand, 4), "layer:", round(layer, 4))
print("output shape:", tuple(y.shape))
print(np.round(y.detach().numpy(), 4))

# Checks: a fresh layer only standardizes (scale 1, shift 0); the element
# and the whole tensor match the hand computation.
tol = dict(rtol=1e-5, atol=1e-5)  # float32 layer vs float64 hand
np.testing.assert_array_equal(weight, np.ones(2, dtype=np.float32))
np.testing.assert_array_equal(bias, np.zeros(2, dtype=np.float32))
np.testing.assert_allclose(layer, hand, **tol)
mean_c = x_np.mean(axis=(0, 2, 3), dtype=np.float64, keepdims=True)
var_c = x_np.var(axis=(0, 2, 3), dtype=np.float64, keepdims=True)
hand_y = (x_np - mean_c) / np.sqrt(var_c + bn.eps)
np.testing.assert_allclose(y.detach().numpy(), hand_y, **tol)
