# Flatten turns each sample's feature maps into one vector, the input of
# a fully connected layer. The layer keeps the batch axis.
import numpy as np
import torch
from torch import nn

x = torch.arange(2 * 3 * 4 * 5, dtype=torch.float32).reshape(2, 3, 4, 5)
flatten = nn.Flatten()  # start_dim=1, end_dim=-1
y = flatten(x)
print("x", list(x.shape), "-> y", list(y.shape))
print("y[0, :6] ", y[0, :6].tolist())
print("y[0, 20:]", y[0, 20:26].tolist(), "...")

# Checks: row-major order, the last axis fastest
np.testing.assert_array_equal(y.numpy(), x.numpy().reshape(2, -1))
assert y[0, 1 * 4 * 5 + 0 * 5 + 0] == x[0, 1, 0, 0]  # channel 1 starts
