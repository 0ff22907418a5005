"""The same small ResNet in Paddle: same layers, same names."""
from paddle import nn


class BasicBlock(nn.Layer):
    def __init__(self, c_in, c_out, stride=1):
        super().__init__()
        self.conv1 = nn.Conv2D(c_in, c_out, 3, stride, 1, bias_attr=False)
        self.bn1 = nn.BatchNorm2D(c_out)
        self.relu1 = nn.ReLU()
        self.conv2 = nn.Conv2D(c_out, c_out, 3, 1, 1, bias_attr=False)
        self.bn2 = nn.BatchNorm2D(c_out)
        self.shortcut = nn.Identity()
        if stride != 1 or c_in != c_out:
            # a 1 x 1 projection brings x to the new shape
            self.shortcut = nn.Sequential(
                nn.Conv2D(c_in, c_out, 1, stride, bias_attr=False),
                nn.BatchNorm2D(c_out))
        self.relu2 = nn.ReLU()

    def forward(self, x):
        y = self.relu1(self.bn1(self.conv1(x)))
        y = self.bn2(self.conv2(y))
        return self.relu2(y + self.shortcut(x))


class TinyResNet(nn.Layer):
    def __init__(self, num_classes=10, p=0.2):
        super().__init__()
        self.stem = nn.Sequential(
            nn.Conv2D(1, 16, 3, 1, 1, bias_attr=False),
            nn.BatchNorm2D(16),
            nn.ReLU())
        self.pool = nn.MaxPool2D(2)
        self.block1 = BasicBlock(16, 16)
        self.block2 = BasicBlock(16, 32, stride=2)
        self.avgpool = nn.AdaptiveAvgPool2D(1)
        self.flatten = nn.Flatten()
        self.dropout = nn.Dropout(p)
        self.fc = nn.Linear(32, num_classes)

    def forward(self, x):
        x = self.pool(self.stem(x))
        x = self.block2(self.block1(x))
        x = self.flatten(self.avgpool(x))
        return self.fc(self.dropout(x))


if __name__ == "__main__":
    import paddle

    model = TinyResNet()
    model.eval()
    y = model(paddle.zeros([2, 1, 8, 8]))
    print("logits:", tuple(y.shape))
    # parameters() also lists the running statistics, which do not train
    trainable = [p for p in model.parameters() if not p.stop_gradient]
    print("trainable parameters:", sum(int(p.size) for p in trainable))
