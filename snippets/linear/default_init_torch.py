# PyTorch's default (reset_parameters in torch/nn/modules/linear.py):
# kaiming_uniform_ with a = sqrt(5), that is weight ~ U(-b, b) with
# b = 1 / sqrt(in_features); the bias is drawn from the same U(-b, b).
import math

import numpy as np
import torch
from torch import nn

y_rtol = 0.03  # output std vs. sqrt(in_features) * std(w)
std_rtol = 0.01  # sample std vs. b / sqrt(3), the std of U(-b, b)
edge_share = 0.99  # the largest |w| must reach this share of b
torch.manual_seed(0)
in_features, out_features = 1024, 512

linear = nn.Linear(in_features, out_features)
weight = linear.weight.detach().numpy()
bias = linear.bias.detach().numpy()
bound = 1 / math.sqrt(in_features)
print(f"b = 1/sqrt({in_features}) = {bound:.4f}")
print(f"max|w| = {np.abs(weight).max():.4f}, "
      f"max|bias| = {np.abs(bias).max():.4f}")
print(f"std(w) = {weight.std():.4f}, b/sqrt(3) = {bound / math.sqrt(3):.4f}")

# What it means for a fresh layer: the output scale of unit inputs.
x = np.random.default_rng(0).standard_normal((256, in_features))
y = linear(torch.from_numpy(x.astype(np.float32))).detach().numpy()
y_std = math.sqrt(in_features) * bound / math.sqrt(3)
print(f"std of y for standard-normal x: {y.std():.3f} "
      f"(sqrt(in) * b/sqrt(3) = {y_std:.3f})")

# Checks
assert np.abs(weight).max() <= bound and np.abs(bias).max() <= bound
assert np.abs(weight).max() >= edge_share * bound, "not uniform to b"
assert np.abs(bias).max() >= 0.9 * bound, "bias not drawn from U(-b, b)"
np.testing.assert_allclose(weight.std(), bound / math.sqrt(3),
                           rtol=std_rtol)
np.testing.assert_allclose(y.std(), y_std, rtol=y_rtol)
