"""The small CNN, its optimizers and its schedulers, in PyTorch."""
import torch
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 8, 3, padding=1, bias=False)
        self.bn = nn.BatchNorm2d(8)
        self.relu = nn.ReLU()
        self.pool = nn.MaxPool2d(2)
        self.fc = nn.Linear(8 * 4 * 4, 10)

    def forward(self, x):
        x = self.pool(self.relu(self.bn(self.conv(x))))
        return self.fc(torch.flatten(x, 1))


DECAY = {"SGD": 1e-4, "Adam": 1e-4, "AdamW": 0.01}  # Adam: L2, as SGD


def groups(model, lr):
    """Three parameter groups: the convolution (the backbone) at a tenth
    of the learning rate; no weight decay on biases and normalization
    weights (every 1-D parameter); the Linear weight. Named, so that the
    checkpoint says which parameter each state belongs to."""
    named = list(model.named_parameters())
    return [
        {"params": [(n, p) for n, p in named if n.startswith("conv.")],
         "lr": lr / 10},
        {"params": [(n, p) for n, p in named if p.ndim == 1],
         "weight_decay": 0.0},
        {"params": [(n, p) for n, p in named if n == "fc.weight"]},
    ]


def make_optimizer(name, model, lr, grouped=False):
    decay = DECAY[name]
    params = groups(model, lr) if grouped else model.parameters()
    if name == "SGD":
        return torch.optim.SGD(params, lr, momentum=0.9, weight_decay=decay)
    if name == "Adam":
        return torch.optim.Adam(params, lr, weight_decay=decay)
    return torch.optim.AdamW(params, lr, weight_decay=decay)


def make_scheduler(name, optimizer):
    if name == "StepLR":
        return torch.optim.lr_scheduler.StepLR(optimizer, 10, gamma=0.5)
    return torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=40)


def train(model, optimizer, scheduler, batches):
    """One step per batch; the parameters after each step."""
    model.train()
    after = []
    for x, y in batches:
        loss = nn.functional.cross_entropy(
            model(torch.from_numpy(x)), torch.from_numpy(y))
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        scheduler.step()
        after.append({k: p.detach().numpy().copy()
                      for k, p in model.named_parameters()})
    return after
