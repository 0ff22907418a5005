# Switching the bias off, and choosing the dtype.
import torch
from torch import nn

linear = nn.Linear(4, 3, bias=False)
n_params = sum(p.numel() for p in linear.parameters())
print("bias=False: linear.bias is", linear.bias, "| parameters:", n_params)

linear64 = nn.Linear(4, 3, dtype=torch.float64)
print("dtype=torch.float64: weight", linear64.weight.dtype)

# Checks
assert linear.bias is None and n_params == 4 * 3
assert linear64.weight.dtype == linear64.bias.dtype == torch.float64
