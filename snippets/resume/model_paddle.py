"""The small CNN, its optimizers and its schedulers, in Paddle."""
import warnings

import paddle
from paddle import nn

# Paddle warns at every training-mode BatchNorm call that it tracks the
# running statistics (as PyTorch does)
warnings.filterwarnings("ignore", message="When training, we now")


class Net(nn.Layer):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2D(1, 8, 3, padding=1, bias_attr=False)
        self.bn = nn.BatchNorm2D(8)  # momentum 0.9 is PyTorch's 0.1
        self.relu = nn.ReLU()
        self.pool = nn.MaxPool2D(2)
        self.fc = nn.Linear(8 * 4 * 4, 10)

    def forward(self, x):
        x = self.pool(self.relu(self.bn(self.conv(x))))
        return self.fc(paddle.flatten(x, 1))


def make_scheduler(name, lr):
    if name == "StepLR":
        return paddle.optimizer.lr.StepDecay(lr, 10, gamma=0.5)
    return paddle.optimizer.lr.CosineAnnealingDecay(lr, T_max=40)


DECAY = {"SGD": 1e-4, "Adam": 1e-4, "AdamW": 0.01}


def groups(model, decay_groups=True):
    """PyTorch's three groups. A group's learning_rate is a factor on
    the optimizer's learning rate (the backbone's: a tenth); its
    weight_decay replaces the optimizer's. Without decay_groups, the
    1-D parameters join the Linear weight's group."""
    named = [(n, p) for n, p in model.named_parameters()
             if not p.stop_gradient]  # not BatchNorm's running statistics
    backbone = {"params": [p for n, p in named if n.startswith("conv.")],
                "learning_rate": 0.1}
    if not decay_groups:
        return [backbone, {"params": [p for n, p in named
                                      if not n.startswith("conv.")]}]
    return [backbone,
            {"params": [p for n, p in named if p.ndim == 1],
             "weight_decay": 0.0},
            {"params": [p for n, p in named if n == "fc.weight"]}]


def make_optimizer(name, model, scheduler, grouped=False):
    decay = DECAY[name]
    params = (groups(model, name != "AdamW") if grouped else
              model.parameters())
    if name == "SGD":
        return paddle.optimizer.Momentum(scheduler, momentum=0.9,
                                         parameters=params,
                                         weight_decay=decay)
    if name == "Adam":
        return paddle.optimizer.Adam(scheduler, parameters=params,
                                     weight_decay=decay)
    # AdamW's own way to exempt parameters from decay: by Paddle's
    # internal names (linear_0.b_0), which apply_decay_param_fun receives
    no_decay = {p.name for p in model.parameters() if p.ndim == 1}
    return paddle.optimizer.AdamW(
        scheduler, parameters=params, weight_decay=decay,
        apply_decay_param_fun=(lambda name: name not in no_decay)
        if grouped else None)


def train(model, optimizer, scheduler, batches):
    """One step per batch; the parameters after each step, a Linear
    weight transposed to PyTorch's layout."""
    model.train()
    after = []
    for x, y in batches:
        loss = nn.functional.cross_entropy(
            model(paddle.to_tensor(x)), paddle.to_tensor(y))
        optimizer.clear_grad()
        loss.backward()
        optimizer.step()
        scheduler.step()
        after.append({k: p.numpy().T.copy() if k == "fc.weight"
                      else p.numpy().copy()
                      for k, p in model.named_parameters()
                      if not p.stop_gradient})
    return after
