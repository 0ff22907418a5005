# Paddle's default: weight ~ Normal(0, std), std = sqrt(2 / fan), with
# fan = in_channels * kH * kW (groups are not taken into account);
# bias = 0.
import math

import numpy as np
import paddle

normal_rtol = 0.02  # sample std vs. std, dense layer
group_rtol = 0.10  # depthwise layer: far fewer weights, looser check
share_atol = 0.01  # share of weights within one std vs. a normal's
normal_share = math.erf(1 / math.sqrt(2))  # P(|z| <= 1), about 0.6827
paddle.seed(0)

layers = {}  # groups -> (weight, bias)
for in_channels, groups in ((64, 1), (64, 64)):
    conv = paddle.nn.Conv2D(in_channels, 128, 3, groups=groups)
    layers[groups] = conv.weight.numpy(), conv.bias.numpy()
std = math.sqrt(2 / (64 * 3 * 3))  # the same for both: groups ignored
per_group = math.sqrt(2 / (64 // 64 * 3 * 3))  # what a per-group fan gives
dense, depthwise = layers[1][0], layers[64][0]
share = np.mean(np.abs(dense) <= std)  # a normal, not a uniform
print(f"std={std:.4f}; std(w): dense {dense.std():.4f}, "
      f"depthwise {depthwise.std():.4f}")
print(f"dense, within one std: {share:.4f} (normal: {normal_share:.4f})")
print(f"depthwise with a per-group fan would have std={per_group:.4f}")
print("max|bias|:", max(np.abs(bias).max() for _, bias in layers.values()))

# Checks
for _, bias in layers.values():
    assert np.all(bias == 0), "bias should start at zero"
np.testing.assert_allclose(dense.std(), std, rtol=normal_rtol)
np.testing.assert_allclose(share, normal_share, atol=share_atol)
np.testing.assert_allclose(depthwise.std(), std, rtol=group_rtol)
assert not np.isclose(depthwise.std(), per_group, rtol=group_rtol)
