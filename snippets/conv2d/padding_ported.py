# Porting Paddle's asymmetric and strided 'same' padding to PyTorch:
# pad explicitly with F.pad, then convolve without padding.
import numpy as np
import paddle
import torch
import torch.nn.functional as F
from torch import nn

rtol, atol = 1e-5, 1e-5  # float32 sums in another order
rng = np.random.default_rng(0)
x = rng.standard_normal((1, 2, 9, 10)).astype(np.float32)
weight = rng.standard_normal((3, 2, 3, 3)).astype(np.float32)
bias = rng.standard_normal(3).astype(np.float32)
torch_x, paddle_x = torch.from_numpy(x), paddle.to_tensor(x)


def torch_conv(**opts):
    conv = nn.Conv2d(2, 3, 3, **opts)
    with torch.no_grad():
        conv.weight.copy_(torch.from_numpy(weight))
        conv.bias.copy_(torch.from_numpy(bias))
    return lambda t: conv(t).detach().numpy()


def paddle_conv(**opts):
    conv = paddle.nn.Conv2D(2, 3, 3, **opts)
    conv.weight.set_value(weight)
    conv.bias.set_value(bias)
    return lambda t: conv(t).numpy()


def same_pads(n, k=3, s=2):
    """Paddle's 'same': ceil(n / s) outputs, the odd pixel goes after."""
    total = max((-(-n // s) - 1) * s + k - n, 0)
    return total // 2, total - total // 2


# 1. Asymmetric [top, bottom, left, right] -> F.pad(left, right, top, bottom)
pads = [1, 2, 0, 1]
paddle_asym = paddle_conv(stride=2, padding=pads)(paddle_x)
torch_asym = torch_conv(stride=2)(
    F.pad(torch_x, (pads[2], pads[3], pads[0], pads[1])))
print("asymmetric: paddle", paddle_asym.shape, "torch", torch_asym.shape)

# 2. padding='same' with stride 2 -> the pads same_pads() computes.
top, bottom = same_pads(x.shape[2])
left, right = same_pads(x.shape[3])
print("'same' with stride 2 pads (top, bottom, left, right):",
      (top, bottom, left, right))
paddle_same = paddle_conv(stride=2, padding="same")(paddle_x)
torch_same = torch_conv(stride=2)(F.pad(torch_x, (left, right, top, bottom)))
print("'same': paddle", paddle_same.shape, "torch", torch_same.shape)

# 3. padding='same' with dilation: Paddle runs the kernel undilated;
# PyTorch keeps the dilation. Port with explicit padding d * (k - 1) / 2.
d = 2
torch_dilated = torch_conv(padding="same", dilation=d)(torch_x)
paddle_dilated = paddle_conv(padding="same", dilation=d)(paddle_x)
paddle_undilated = paddle_conv(padding="same", dilation=1)(paddle_x)
paddle_explicit = paddle_conv(padding=d, dilation=d)(paddle_x)
print("'same', dilation=2: paddle equals its dilation=1 result;")
print("  torch equals paddle padding=2, dilation=2")

# Checks
np.testing.assert_allclose(torch_asym, paddle_asym, rtol=rtol, atol=atol)
np.testing.assert_allclose(torch_same, paddle_same, rtol=rtol, atol=atol)
np.testing.assert_allclose(paddle_dilated, paddle_undilated,
                           rtol=rtol, atol=atol)
assert not np.allclose(paddle_dilated, torch_dilated, atol=1e-3)
np.testing.assert_allclose(paddle_explicit, torch_dilated,
                           rtol=rtol, atol=atol)
