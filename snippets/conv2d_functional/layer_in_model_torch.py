# A layer is part of a model: its weight and bias are registered, so
# the optimizer and state_dict find them without being told.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)


class TinyNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, 3, padding=1)
        self.head = nn.Linear(8, 2)

    def forward(self, x):
        y = F.relu(self.conv(x))
        return self.head(y.mean(dim=(2, 3)))  # average over H and W


model = TinyNet()
for name, p in model.named_parameters():
    print(f"{name:12} {list(p.shape)}")
n_params = sum(p.numel() for p in model.parameters())

# One step of gradient descent over model.parameters(), the list an
# optimizer receives, moves the conv weight.
lr = 0.1
x = torch.randn(4, 3, 8, 8)
target = torch.tensor([0, 1, 0, 1])
before = model.conv.weight.detach().clone()
loss = F.cross_entropy(model(x), target)
loss.backward()
with torch.no_grad():  # the update itself is not part of the model
    for p in model.parameters():
        p -= lr * p.grad
change = (model.conv.weight.detach() - before).abs().max().item()
print(f"loss {loss.item():.4f}, largest conv.weight change {change:.4f}")

# Checks: the layer's parameters are registered, saved and trained.
assert n_params == (8 * 3 * 3 * 3 + 8) + (8 * 2 + 2), f"{n_params}"
assert "conv.weight" in model.state_dict(), "conv.weight not saved"
# Porting detail: nn.Linear stores its weight as [out, in].
assert list(model.head.weight.shape) == [2, 8]
assert change > 0, "the optimizer did not update conv.weight"
