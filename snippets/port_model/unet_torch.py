"""A small U-Net with a ConvNeXt-style block, in PyTorch: the layers of
modern and dense-prediction CNNs (LayerNorm, GroupNorm, InstanceNorm,
transposed convolution, PReLU)."""
import torch
from torch import nn


class ConvNeXtBlock(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.dwconv = nn.Conv2d(c, c, 7, padding=3, groups=c)
        self.norm = nn.LayerNorm(c, eps=1e-6)  # over the channels, moved last
        self.pwconv1 = nn.Linear(c, 4 * c)
        self.act = nn.GELU()
        self.pwconv2 = nn.Linear(4 * c, c)
        self.gamma = nn.Parameter(torch.full((c,), 0.5))  # layer scale

    def forward(self, x):
        y = self.dwconv(x).permute(0, 2, 3, 1)  # NCHW -> NHWC
        y = self.pwconv2(self.act(self.pwconv1(self.norm(y))))
        x += (self.gamma * y).permute(0, 3, 1, 2)
        return x


class TinyUNet(nn.Module):
    def __init__(self, num_classes=3):
        super().__init__()
        self.stem = nn.Sequential(
            nn.Conv2d(3, 8, 3, padding=1),
            nn.InstanceNorm2d(8, affine=True),
            nn.PReLU(8))
        self.down = nn.Conv2d(8, 16, 2, stride=2)
        self.block = ConvNeXtBlock(16)
        # over [C, H, W]: a 16 x 16 input only
        self.mid_norm = nn.LayerNorm([16, 8, 8], bias=False)
        self.up = nn.ConvTranspose2d(16, 8, 2, stride=2, groups=2)
        self.relu = nn.ReLU(inplace=True)
        self.decode = nn.Sequential(
            nn.Conv2d(16, 8, 3, padding=1),
            nn.GroupNorm(2, 8),
            nn.PReLU())
        self.head = nn.Conv2d(8, num_classes, 1)

    def forward(self, x):
        skip = self.stem(x)
        y = self.mid_norm(self.block(self.down(skip)))
        y = self.relu(self.up(y))
        y = self.decode(torch.cat([y, skip], dim=1))
        return self.head(y)
