# 5 input channels, 10 output channels, 3x3 kernel, one 100x100 image.
import torch
from torch import nn

torch.manual_seed(0)
in_channels, out_channels, kernel_size = 5, 10, 3
height, width = 100, 100

x = torch.randn(1, in_channels, height, width)  # N, C, H, W
conv = nn.Conv2d(in_channels, out_channels, kernel_size)
y = conv(x)

print("x           ", list(x.shape))
print("y           ", list(y.shape))
print("conv.weight ", list(conv.weight.shape))
print("conv.bias   ", list(conv.bias.shape))

# Stride 1 and no padding: the window fits kernel_size - 1 fewer times.
want = (1, out_channels, height - kernel_size + 1, width - kernel_size + 1)
assert tuple(y.shape) == want, f"{tuple(y.shape)} != {want}"
want_w = (out_channels, in_channels, kernel_size, kernel_size)
assert tuple(conv.weight.shape) == want_w, f"{conv.weight.shape}"
assert tuple(conv.bias.shape) == (out_channels,), f"{conv.bias.shape}"

# padding=1 gives back the kernel_size - 1 rows and columns.
padded = nn.Conv2d(in_channels, out_channels, kernel_size, padding=1)
assert padded(x).shape[2:] == x.shape[2:], "padding=1 keeps H, W"
