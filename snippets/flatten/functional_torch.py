# The function starts at axis 0: without a start it flattens the batch
# axis too. Older code often reshapes instead of flattening.
import torch
from torch import nn

x = torch.zeros(2, 3, 4, 5)
shapes = {
    "torch.flatten(x)": torch.flatten(x),
    "torch.flatten(x, 1)": torch.flatten(x, 1),
    "x.flatten(1)": x.flatten(1),
    "x.view(x.size(0), -1)": x.view(x.size(0), -1),
}
for name, y in shapes.items():
    print(f"{name:28} {list(y.shape)}")

# Checks: the layer is the function from axis 1
assert list(shapes["torch.flatten(x)"].shape) == [2 * 3 * 4 * 5]
for y in list(shapes.values())[1:]:
    assert torch.equal(y, nn.Flatten()(x))
