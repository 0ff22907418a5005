# Flatten turns each sample's feature maps into one vector, the input of
# a fully connected layer. The layer keeps the batch axis; the function,
# by default, flattens the batch axis too.
import numpy as np
import torch
from torch import nn

x = torch.arange(2 * 3 * 4 * 5, dtype=torch.float32).reshape(2, 3, 4, 5)
flatten = nn.Flatten()
y = flatten(x)
print("x                          ", list(x.shape))
print("nn.Flatten()(x)            ", list(y.shape))
print("torch.flatten(x)           ", list(torch.flatten(x).shape))
print("torch.flatten(x, 1)        ", list(torch.flatten(x, 1).shape))
print("x.flatten(1)               ", list(x.flatten(1).shape))
print("x.view(x.size(0), -1)      ", list(x.view(x.size(0), -1).shape))

# Checks: row-major order, the last axis fastest
np.testing.assert_array_equal(y.numpy(), x.numpy().reshape(2, -1))
assert list(torch.flatten(x).shape) == [2 * 3 * 4 * 5]
