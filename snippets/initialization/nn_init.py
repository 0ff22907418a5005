"""paddle.nn.init: PyTorch's function names, keywords and defaults,
called on a built Paddle layer's parameters."""
import itertools
import math

import paddle
import torch

from init_stats import check_normal, check_uniform

torch.manual_seed(0)
paddle.seed(0)

# PyTorch's reset_parameters of a Linear layer, line for line
linear = paddle.nn.Linear(600, 200)
paddle.nn.init.kaiming_uniform_(linear.weight, a=math.sqrt(5))
bound = 1 / math.sqrt(600)  # fan_in: Paddle reads axis 0 of [in, out]
paddle.nn.init.uniform_(linear.bias, -bound, bound)
print(f"Linear(600, 200): max|w| = {float(linear.weight.abs().max()):.4f},"
      f" max|b| = {float(linear.bias.abs().max()):.4f}, bound {bound:.4f}")

# Checks: the same call, by name, on PyTorch's and Paddle's layers draws
# from the same distribution for every nonlinearity (leaky_relu with
# three slopes, the default a included), both modes, uniform and
# normal, Linear layers both ways round and convolutions with and
# without groups.
check_uniform(linear.weight, -bound, bound)
check_uniform(linear.bias, -bound, bound)
layers = [(600, 200, None, 1), (200, 600, None, 1),
          (64, 128, 3, 1), (64, 128, 3, 4)]
nonlinearities = [(n, 0.0) for n in ("linear", "sigmoid", "tanh", "relu",
                                     "selu")] + [
    ("leaky_relu", a) for a in (0.0, 0.2, math.sqrt(5))]
calls = 0
for (c_in, c_out, k, groups), kind in itertools.product(
        layers, ("uniform", "normal")):
    if k is None:
        t, p = torch.nn.Linear(c_in, c_out), paddle.nn.Linear(c_in, c_out)
        fans = {"fan_in": c_in, "fan_out": c_out}
    else:
        t = torch.nn.Conv2d(c_in, c_out, k, groups=groups)
        p = paddle.nn.Conv2D(c_in, c_out, k, groups=groups)
        fans = {"fan_in": c_in // groups * k * k, "fan_out": c_out * k * k}
    for (nl, a), mode in itertools.product(nonlinearities, fans):
        gain = torch.nn.init.calculate_gain(nl, a)
        for init in (torch.nn.init, paddle.nn.init):
            getattr(init, f"kaiming_{kind}_")(
                t.weight if init is torch.nn.init else p.weight,
                a=a, mode=mode, nonlinearity=nl)
        for w in (t.weight, p.weight):
            if kind == "uniform":
                b = gain * math.sqrt(3 / fans[mode])
                check_uniform(w, -b, b)
            else:
                check_normal(w, 0.0, gain / math.sqrt(fans[mode]))
        calls += 1
    fan_sum = fans["fan_in"] + fans["fan_out"]
    for gain in (1.0, 5 / 3):
        getattr(torch.nn.init, f"xavier_{kind}_")(t.weight, gain=gain)
        getattr(paddle.nn.init, f"xavier_{kind}_")(p.weight, gain=gain)
        for w in (t.weight, p.weight):
            if kind == "uniform":
                b = gain * math.sqrt(6 / fan_sum)
                check_uniform(w, -b, b)
            else:
                check_normal(w, 0.0, gain * math.sqrt(2 / fan_sum))
        calls += 1
    # the defaults: kaiming's a = 0, mode fan_in, nonlinearity leaky_relu
    for init in (torch.nn.init, paddle.nn.init):
        getattr(init, f"kaiming_{kind}_")(
            t.weight if init is torch.nn.init else p.weight)
    for w in (t.weight, p.weight):
        if kind == "uniform":
            b = math.sqrt(6 / fans["fan_in"])
            check_uniform(w, -b, b)
        else:
            check_normal(w, 0.0, math.sqrt(2 / fans["fan_in"]))
    calls += 1
print(f"{calls} calls, each on both frameworks' layers: all as the "
      "formula")
