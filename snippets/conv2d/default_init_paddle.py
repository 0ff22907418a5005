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

for in_channels, groups in ((64, 1), (64, 64)):
    conv = paddle.nn.Conv2D(in_channels, 128, 3, groups=groups)
    weight = conv.weight.numpy()
    bias = conv.bias.numpy()
    std = math.sqrt(2 / (in_channels * 3 * 3))
    print(f"groups={groups:2}: std={std:.4f}, std(w)={weight.std():.4f}, "
          f"max|bias|={np.abs(bias).max():.4f}")
    assert np.all(bias == 0), "bias should start at zero"
    if groups == 1:  # enough samples for tight checks
        np.testing.assert_allclose(weight.std(), std, rtol=normal_rtol)
        # A normal, not a uniform: the share within one std tells.
        share = np.mean(np.abs(weight) <= std)
        print(f"          within one std: {share:.4f} "
              f"(normal: {normal_share:.4f})")
        np.testing.assert_allclose(share, normal_share, atol=share_atol)
    else:
        np.testing.assert_allclose(weight.std(), std, rtol=group_rtol)
        # What a per-group fan (as in PyTorch) would have given instead:
        per_group = math.sqrt(2 / (in_channels // groups * 3 * 3))
        print(f"          a per-group fan would give std={per_group:.4f}")
        assert not np.isclose(weight.std(), per_group, rtol=group_rtol)
