# device and dtype place and type the parameters at construction.
import torch
from torch import nn

torch.manual_seed(0)
conv = nn.Conv2d(2, 3, 3)
print("default:", conv.weight.dtype, conv.weight.device)
assert conv.weight.dtype == torch.get_default_dtype() == torch.float32

conv = nn.Conv2d(2, 3, 3, device="cpu", dtype=torch.float64)
print("asked:  ", conv.weight.dtype, conv.bias.dtype, conv.weight.device)
assert conv.weight.dtype == conv.bias.dtype == torch.float64
assert conv.weight.device == torch.device("cpu")

# The input must have the parameters' dtype; nothing is cast for you.
x = torch.randn(1, 2, 5, 5)  # float32
try:
    conv(x)
except RuntimeError:
    print("float32 input: RuntimeError")
else:
    raise AssertionError("a float32 input was accepted")
y = conv(x.to(torch.float64))
print("float64 input:", y.dtype)
assert y.dtype == torch.float64

# dtype must be a torch.dtype, not a string.
try:
    nn.Conv2d(2, 3, 3, dtype="float64")
except TypeError:
    print("dtype='float64': TypeError")
else:
    raise AssertionError("a dtype string was accepted")
