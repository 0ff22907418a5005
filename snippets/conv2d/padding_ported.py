# Porting Paddle's asymmetric and strided 'same' padding to PyTorch:
# pad explicitly with F.pad, then convolve without padding.
import numpy as np
import paddle
import torch
import torch.nn.functional as F
from torch import nn

rng = np.random.default_rng(0)
x = rng.standard_normal((1, 2, 9, 10)).astype(np.float32)
weight = rng.standard_normal((3, 2, 3, 3)).astype(np.float32)
bias = rng.standard_normal(3).astype(np.float32)
torch_x, paddle_x = torch.from_numpy(x), paddle.to_tensor(x)

torch_conv = nn.Conv2d(2, 3, 3, stride=2)  # no padding of its own
with torch.no_grad():
    torch_conv.weight.copy_(torch.from_numpy(weight))
    torch_conv.bias.copy_(torch.from_numpy(bias))


def paddle_conv(padding):
    conv = paddle.nn.Conv2D(2, 3, 3, stride=2, padding=padding)
    conv.weight.set_value(weight)
    conv.bias.set_value(bias)
    return conv


def same_pads(n, k=3, s=2):
    """Paddle's 'same': ceil(n / s) outputs, the odd pixel goes after."""
    total = max((-(-n // s) - 1) * s + k - n, 0)
    return total // 2, total - total // 2


# 1. Asymmetric [top, bottom, left, right] -> F.pad(left, right, top, bottom)
top, bottom, left, right = 1, 2, 0, 1
paddle_y = paddle_conv([top, bottom, left, right])(paddle_x).numpy()
torch_y = torch_conv(F.pad(torch_x, (left, right, top, bottom)))
print("asymmetric: paddle", paddle_y.shape, "torch", tuple(torch_y.shape))
np.testing.assert_allclose(torch_y.detach().numpy(), paddle_y,
                           rtol=1e-5, atol=1e-5)

# 2. padding='same' with stride 2 -> the pads same_pads() computes
top, bottom = same_pads(x.shape[2])
left, right = same_pads(x.shape[3])
print("'same' with stride 2 pads (top, bottom, left, right):",
      (top, bottom, left, right))
paddle_y = paddle_conv("same")(paddle_x).numpy()
torch_y = torch_conv(F.pad(torch_x, (left, right, top, bottom)))
print("'same': paddle", paddle_y.shape, "torch", tuple(torch_y.shape))
np.testing.assert_allclose(torch_y.detach().numpy(), paddle_y,
                           rtol=1e-5, atol=1e-5)

# 3. padding='same' with dilation: Paddle runs the kernel undilated
# (dilation is reset to 1); PyTorch keeps it. Port with explicit padding.
d = 2
torch_conv = nn.Conv2d(2, 3, 3, padding="same", dilation=d)
paddle_same = paddle.nn.Conv2D(2, 3, 3, padding="same", dilation=d)
paddle_same_1 = paddle.nn.Conv2D(2, 3, 3, padding="same", dilation=1)
paddle_explicit = paddle.nn.Conv2D(2, 3, 3, padding=d, dilation=d)
with torch.no_grad():
    torch_conv.weight.copy_(torch.from_numpy(weight))
    torch_conv.bias.copy_(torch.from_numpy(bias))
for conv in (paddle_same, paddle_same_1, paddle_explicit):
    conv.weight.set_value(weight)
    conv.bias.set_value(bias)
torch_y = torch_conv(torch_x).detach().numpy()
y_same = paddle_same(paddle_x).numpy()
np.testing.assert_allclose(y_same, paddle_same_1(paddle_x).numpy(),
                           rtol=1e-5, atol=1e-5)
assert not np.allclose(y_same, torch_y, atol=1e-3), "same + dilation"
np.testing.assert_allclose(paddle_explicit(paddle_x).numpy(), torch_y,
                           rtol=1e-5, atol=1e-5)
print("'same', dilation=2: paddle equals its dilation=1 result;")
print("  torch equals paddle padding=2, dilation=2")
