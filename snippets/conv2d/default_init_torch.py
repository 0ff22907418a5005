# PyTorch's default: weight and bias uniform in [-b, b], b = 1/sqrt(fan_in)
# with fan_in = (in_channels / groups) * kH * kW.
# (reset_parameters: kaiming_uniform_ with a = sqrt(5), which gives this b.)
import math

import numpy as np
import torch
from torch import nn

uniform_rtol = 0.02  # sample std vs. b / sqrt(3), the std of U(-b, b)
edge_share = 0.98  # the largest |w| must reach this share of b
torch.manual_seed(0)

layers = {}  # groups -> (weight, bias, bound)
for in_channels, groups in ((64, 1), (64, 64)):
    conv = nn.Conv2d(in_channels, 128, 3, groups=groups)
    weight = conv.weight.detach().numpy()
    bias = conv.bias.detach().numpy()
    fan_in = in_channels // groups * 3 * 3
    bound = 1 / math.sqrt(fan_in)
    layers[groups] = weight, bias, bound
    print(f"groups={groups:2}: fan_in={fan_in:3}, b={bound:.4f}, "
          f"max|w|={np.abs(weight).max():.4f}, "
          f"max|bias|={np.abs(bias).max():.4f}")
dense_weight, _, dense_bound = layers[1]
print(f"          std(w)={dense_weight.std():.4f} (dense), "
      f"b/sqrt(3)={dense_bound / math.sqrt(3):.4f}")

# Checks: within [-b, b]; uniform, not clipped (the extremes come close
# to b); the dense layer, with enough samples, has the uniform's std.
for weight, bias, bound in layers.values():
    assert np.abs(weight).max() <= bound, "weight outside [-b, b]"
    assert np.abs(bias).max() <= bound, "bias outside [-b, b]"
    assert np.abs(weight).max() >= edge_share * bound, "weights far from b"
np.testing.assert_allclose(dense_weight.std(), dense_bound / math.sqrt(3),
                           rtol=uniform_rtol)
