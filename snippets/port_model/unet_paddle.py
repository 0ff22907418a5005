"""The same U-Net in Paddle."""
import paddle
from paddle import nn


class ConvNeXtBlock(nn.Layer):
    def __init__(self, c):
        super().__init__()
        self.dwconv = nn.Conv2D(c, c, 7, padding=3, groups=c)
        self.norm = nn.LayerNorm(c, epsilon=1e-6)
        self.pwconv1 = nn.Linear(c, 4 * c)
        self.act = nn.GELU()
        self.pwconv2 = nn.Linear(4 * c, c)
        self.gamma = self.create_parameter(
            [c], default_initializer=nn.initializer.Constant(0.5))

    def forward(self, x):
        y = self.dwconv(x).transpose([0, 2, 3, 1])
        y = self.pwconv2(self.act(self.pwconv1(self.norm(y))))
        x += (self.gamma * y).transpose([0, 3, 1, 2])
        return x


class TinyUNet(nn.Layer):
    def __init__(self, num_classes=3):
        super().__init__()
        self.stem = nn.Sequential(
            nn.Conv2D(3, 8, 3, padding=1),
            nn.InstanceNorm2D(8),  # a scale and shift by default
            nn.PReLU(8))
        self.down = nn.Conv2D(8, 16, 2, stride=2)
        self.block = ConvNeXtBlock(16)
        self.mid_norm = nn.LayerNorm([16, 8, 8], bias_attr=False)
        self.up = nn.Conv2DTranspose(16, 8, 2, stride=2, groups=2)
        self.relu = nn.ReLU()
        self.decode = nn.Sequential(
            nn.Conv2D(16, 8, 3, padding=1),
            nn.GroupNorm(2, 8),
            nn.PReLU())
        self.head = nn.Conv2D(8, num_classes, 1)

    def forward(self, x):
        skip = self.stem(x)
        y = self.mid_norm(self.block(self.down(skip)))
        y = self.relu(self.up(y))
        y = self.decode(paddle.concat([y, skip], axis=1))
        return self.head(y)
