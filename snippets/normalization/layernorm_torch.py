"""nn.LayerNorm: one mean and one variance per sample, over the last
dimensions that `normalized_shape` names."""
import numpy as np
import torch
from torch import nn

rng = np.random.default_rng(0)
x_np = rng.standard_normal((2, 3, 4, 5)).astype(np.float32)
x = torch.from_numpy(x_np)

ln = nn.LayerNorm([4, 5])  # normalizes over H and W
with torch.no_grad():  # a trained layer: scale and shift not 1 and 0
    ln.weight.copy_(torch.from_numpy(rng.standard_normal((4, 5))))
    ln.bias.copy_(torch.from_numpy(rng.standard_normal((4, 5))))
y = ln(x)

print(ln)
print({k: tuple(v.shape) for k, v in ln.state_dict().items()})
print("no scale or shift:",
      dict(nn.LayerNorm([4, 5], elementwise_affine=False).state_dict()))
print("no shift:", list(nn.LayerNorm([4, 5], bias=False).state_dict()))

# Checks: the layer is the formula, over the last two axes, with the
# biased variance and eps inside the square root; weight and bias have
# the shape of normalized_shape.
tol = dict(rtol=1e-5, atol=1e-5)
x64 = x_np.astype(np.float64)
mean = x64.mean(axis=(2, 3), keepdims=True)
var = x64.var(axis=(2, 3), keepdims=True)
hand = (x64 - mean) / np.sqrt(var + ln.eps)
hand = hand * ln.weight.detach().numpy() + ln.bias.detach().numpy()
np.testing.assert_allclose(y.detach().numpy(), hand, **tol)
assert ln.weight.shape == ln.bias.shape == (4, 5)
assert ln.eps == 1e-5
