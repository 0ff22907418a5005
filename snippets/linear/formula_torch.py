# A fully connected layer: each output feature is a weighted sum of all
# input features plus a bias. PyTorch keeps the weight as [out, in].
import numpy as np
import torch
from torch import nn

rtol, atol = 1e-5, 1e-5  # float32 sums, added in another order
torch.manual_seed(0)
rng = np.random.default_rng(0)
x = rng.standard_normal((2, 4)).astype(np.float32)  # 2 samples, 4 features

linear = nn.Linear(4, 3)  # in_features=4, out_features=3
y = linear(torch.from_numpy(x)).detach().numpy()
weight = linear.weight.detach().numpy()
bias = linear.bias.detach().numpy()
print("x", list(x.shape), "-> y", list(y.shape))
print("weight", list(weight.shape), " bias", list(bias.shape))

# Leading axes are kept: only the last axis is mixed.
y_seq = linear(torch.zeros(2, 5, 4))
print("x [2, 5, 4] -> y", list(y_seq.shape))

# Checks: y = x W^T + b, with W of shape [out, in]
np.testing.assert_allclose(y, x @ weight.T + bias, rtol=rtol, atol=atol)
assert weight.shape == (3, 4) and bias.shape == (3,)
assert list(y_seq.shape) == [2, 5, 3]
