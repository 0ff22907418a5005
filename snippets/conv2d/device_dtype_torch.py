# device and dtype place and type the parameters at construction.
import torch
from torch import nn

torch.manual_seed(0)
default = nn.Conv2d(2, 3, 3)
print("default:", default.weight.dtype, default.weight.device)
conv = nn.Conv2d(2, 3, 3, device="cpu", dtype=torch.float64)
print("asked:  ", conv.weight.dtype, conv.bias.dtype, conv.weight.device)

# The input must have the parameters' dtype; nothing is cast for you.
x = torch.randn(1, 2, 5, 5)  # float32
refused = []
try:
    conv(x)
except RuntimeError:
    refused.append("float32 input")
y = conv(x.to(torch.float64))
print("float32 input: RuntimeError; float64 input:", y.dtype)
# dtype must be a torch.dtype, not a string.
try:
    nn.Conv2d(2, 3, 3, dtype="float64")
except TypeError:
    refused.append("dtype string")
print("dtype='float64': TypeError")

# Checks
assert default.weight.dtype == torch.get_default_dtype() == torch.float32
assert conv.weight.dtype == conv.bias.dtype == torch.float64
assert conv.weight.device == torch.device("cpu")
assert y.dtype == torch.float64
assert refused == ["float32 input", "dtype string"], refused
