# groups splits the channels: a depthwise conv (groups = in_channels)
# against a dense one, and what "split" means.
import torch
from torch import nn

torch.manual_seed(0)
channels, k = 32, 3
x = torch.randn(1, channels, 16, 16)


def n_params(layer):
    return sum(p.numel() for p in layer.parameters())


dense = nn.Conv2d(channels, channels, k)
depthwise = nn.Conv2d(channels, channels, k, groups=channels)
for name, conv in (("dense", dense), ("depthwise", depthwise)):
    print(f"{name:9} weight {list(conv.weight.shape)}, "
          f"y {list(conv(x).shape)}, parameters {n_params(conv)}")

# With groups=2, outputs 0..2 see only inputs 0..1: changing input
# channel 3 moves outputs 3..5 and leaves outputs 0..2 alone.
conv = nn.Conv2d(4, 6, k, groups=2)
x_small = torch.randn(1, 4, 8, 8)
x_changed = x_small.clone()
x_changed[:, 3] += 1.0
diff = (conv(x_changed) - conv(x_small)).abs().amax(dim=(0, 2, 3))
print("groups=2, change input 3 -> |change| per output:",
      diff.detach().numpy().round(4))

# Both channel counts must divide by groups; checked at construction.
errors = []
for c_in, c_out, groups in ((3, 6, 2), (4, 6, 4)):
    try:
        nn.Conv2d(c_in, c_out, k, groups=groups)
    except ValueError as err:
        errors.append(type(err).__name__)
        print(f"Conv2d({c_in}, {c_out}, groups={groups}): ValueError:", err)

# Checks: weight [C_out, C_in / groups, kH, kW] plus one bias per output
# channel; same output shape; groups do not mix; both counts checked.
assert n_params(dense) == channels * channels * k * k + channels
assert n_params(depthwise) == channels * 1 * k * k + channels
assert dense(x).shape == depthwise(x).shape
assert torch.all(diff[:3] == 0) and torch.all(diff[3:] > 0), f"{diff}"
assert errors == ["ValueError", "ValueError"], errors
