# Switching the bias off, and choosing initial values yourself.
import torch
from torch import nn

torch.manual_seed(0)
x = torch.zeros(1, 2, 5, 5)  # a zero input shows the bias alone

no_bias = nn.Conv2d(2, 3, 3, bias=False)
n_params = sum(p.numel() for p in no_bias.parameters())
print("bias=False: conv.bias is", no_bias.bias, "| parameters:", n_params)
# bias is also the eighth positional argument.
positional = nn.Conv2d(2, 3, 3, 1, 0, 1, 1, False)
print("Conv2d(2, 3, 3, 1, 0, 1, 1, False): conv.bias is", positional.bias)

# Initial values: overwrite the parameters with torch.nn.init.
conv = nn.Conv2d(2, 3, 3)
nn.init.constant_(conv.bias, 0.5)
nn.init.zeros_(conv.weight)
y = conv(x)
print("bias set to 0.5: y[0, :, 0, 0] =", y[0, :, 0, 0].tolist())

# Checks: no bias, no bias parameter, zero in gives zero out; with a zero
# weight the output is the bias.
assert no_bias.bias is None and positional.bias is None
assert n_params == no_bias.weight.numel(), f"{n_params} parameters"
assert no_bias(x).abs().max() == 0, "no bias: zero in, zero out"
assert torch.all(y == conv.bias.view(1, -1, 1, 1)), "y should equal bias"
