"""A small ResNet for 8 x 8 grey images, in PyTorch."""
from torch import nn


class BasicBlock(nn.Module):
    def __init__(self, c_in, c_out, stride=1):
        super().__init__()
        self.conv1 = nn.Conv2d(c_in, c_out, 3, stride, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(c_out)
        self.relu1 = nn.ReLU()
        self.conv2 = nn.Conv2d(c_out, c_out, 3, 1, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(c_out)
        self.shortcut = nn.Identity()
        if stride != 1 or c_in != c_out:
            # a 1 x 1 projection brings x to the new shape
            self.shortcut = nn.Sequential(
                nn.Conv2d(c_in, c_out, 1, stride, bias=False),
                nn.BatchNorm2d(c_out))
        self.relu2 = nn.ReLU()

    def forward(self, x):
        y = self.relu1(self.bn1(self.conv1(x)))
        y = self.bn2(self.conv2(y))
        return self.relu2(y + self.shortcut(x))


class TinyResNet(nn.Module):
    def __init__(self, num_classes=10, p=0.2):
        super().__init__()
        self.stem = nn.Sequential(
            nn.Conv2d(1, 16, 3, 1, 1, bias=False),
            nn.BatchNorm2d(16),
            nn.ReLU())
        self.pool = nn.MaxPool2d(2)
        self.block1 = BasicBlock(16, 16)
        self.block2 = BasicBlock(16, 32, stride=2)
        self.avgpool = nn.AdaptiveAvgPool2d(1)
        self.flatten = nn.Flatten()
        self.dropout = nn.Dropout(p)
        self.fc = nn.Linear(32, num_classes)

    def forward(self, x):
        x = self.pool(self.stem(x))
        x = self.block2(self.block1(x))
        x = self.flatten(self.avgpool(x))
        return self.fc(self.dropout(x))


if __name__ == "__main__":
    import torch

    model = TinyResNet().eval()
    y = model(torch.zeros(2, 1, 8, 8))
    print("logits:", tuple(y.shape))
    trainable = [p for p in model.parameters() if p.requires_grad]
    print("trainable parameters:", sum(p.numel() for p in trainable))
