"""torch.nn.init's Kaiming and Xavier functions and Paddle's
initializers of the same names: the keywords carry over, and each reads
fan_in and fan_out from its own framework's weight layout."""
import itertools
import math

import paddle
import torch

from init_stats import check_normal, check_uniform, values

I = paddle.nn.initializer
torch.manual_seed(0)
paddle.seed(0)

# torchvision's ResNet initializes its convolutions like this ...
conv = torch.nn.Conv2d(64, 128, 3, bias=False)
torch.nn.init.kaiming_normal_(conv.weight, mode="fan_out",
                              nonlinearity="relu")
# ... and this is the same in Paddle, set when the layer is built
init = I.KaimingNormal(mode="fan_out", nonlinearity="relu")
paddle_conv = paddle.nn.Conv2D(64, 128, 3, bias_attr=False,
                               weight_attr=paddle.ParamAttr(initializer=init))
std = math.sqrt(2) / math.sqrt(128 * 3 * 3)  # gain / sqrt(fan_out)
print(f"std(w): PyTorch {values(conv.weight).std():.5f}, Paddle "
      f"{values(paddle_conv.weight).std():.5f}, formula {std:.5f}")

# calculate_gain: the same numbers under the same names
names = ["linear", "conv1d", "conv2d", "conv3d", "conv_transpose1d",
         "conv_transpose2d", "conv_transpose3d", "sigmoid", "tanh", "relu",
         "selu"]
gains = [(n, None) for n in names] + [
    ("leaky_relu", a) for a in (None, 0.0, 0.2, math.sqrt(5))]
for name, param in gains:
    g_torch = torch.nn.init.calculate_gain(name, param)
    g_paddle = I.calculate_gain(name, param)
    assert g_torch == g_paddle, (name, param, g_torch, g_paddle)
print(f"calculate_gain: {len(gains)} names and parameters, all equal")

# Checks: every nonlinearity (leaky_relu with three slopes), both modes,
# uniform and normal, on Linear layers wider and narrower than their
# input and on convolutions with and without groups: both frameworks
# draw from the formula's distribution. fan_in = in / groups * kh * kw,
# fan_out = out * kh * kw, as in PyTorch.
layers = [  # (in, out, kernel, groups); kernel None: Linear
    (600, 200, None, 1), (200, 600, None, 1),
    (64, 128, 3, 1), (64, 128, 3, 4)]


def build(c_in, c_out, k, groups, paddle_init=None):
    if k is None:
        return (torch.nn.Linear(c_in, c_out),
                paddle.nn.Linear(c_in, c_out, weight_attr=paddle_init))
    return (torch.nn.Conv2d(c_in, c_out, k, groups=groups),
            paddle.nn.Conv2D(c_in, c_out, k, groups=groups,
                             weight_attr=paddle_init))


nonlinearities = [(n, 0.0) for n in ("linear", "conv2d", "sigmoid",
                                     "tanh", "relu", "selu")] + [
    ("leaky_relu", a) for a in (0.0, 0.2, math.sqrt(5))]
pairs = 0
for (c_in, c_out, k, groups), uniform in itertools.product(
        layers, (True, False)):
    rf = 1 if k is None else k * k
    fans = {"fan_in": c_in // groups * rf, "fan_out": c_out * rf}
    for (nl, a), mode in itertools.product(nonlinearities, fans):
        gain = torch.nn.init.calculate_gain(nl, a)
        kaiming = I.KaimingUniform if uniform else I.KaimingNormal
        t, p = build(c_in, c_out, k, groups, paddle.ParamAttr(
            initializer=kaiming(negative_slope=a, nonlinearity=nl,
                                mode=mode)))
        if uniform:
            torch.nn.init.kaiming_uniform_(t.weight, a, mode, nl)
            bound = gain * math.sqrt(3 / fans[mode])
            for w in (t.weight, p.weight):
                check_uniform(w, -bound, bound)
        else:
            torch.nn.init.kaiming_normal_(t.weight, a, mode, nl)
            for w in (t.weight, p.weight):
                check_normal(w, 0.0, gain / math.sqrt(fans[mode]))
        pairs += 1
    for gain in (1.0, 5 / 3, math.sqrt(2)):
        xavier = I.XavierUniform if uniform else I.XavierNormal
        t, p = build(c_in, c_out, k, groups,
                     paddle.ParamAttr(initializer=xavier(gain=gain)))
        fan_sum = fans["fan_in"] + fans["fan_out"]
        if uniform:
            torch.nn.init.xavier_uniform_(t.weight, gain)
            bound = gain * math.sqrt(6 / fan_sum)
            for w in (t.weight, p.weight):
                check_uniform(w, -bound, bound)
        else:
            torch.nn.init.xavier_normal_(t.weight, gain)
            for w in (t.weight, p.weight):
                check_normal(w, 0.0, gain * math.sqrt(2 / fan_sum))
        pairs += 1
print(f"{pairs} settings, each drawn in both frameworks: all as the "
      "formula")
