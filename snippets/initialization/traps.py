"""Four ports that look right and start from other weights."""
import math

import numpy as np
import paddle
import torch

from init_stats import check_uniform, values

I = paddle.nn.initializer
paddle.seed(0)
torch.manual_seed(0)
a = math.sqrt(5)
bound = 1 / math.sqrt(600)  # PyTorch's default for Linear(600, 200)


def paddle_linear(weight_init=None, bias_init=None):
    return paddle.nn.Linear(
        600, 200, weight_attr=paddle.ParamAttr(initializer=weight_init),
        bias_attr=paddle.ParamAttr(initializer=bias_init))


# 1. kaiming_uniform_(w, a=sqrt(5)) ported by its keyword only: Paddle's
#    default nonlinearity is "relu", which ignores negative_slope.
literal = paddle_linear(I.KaimingUniform(negative_slope=a))
print(f"1. negative_slope only: max|w| = "
      f"{np.abs(values(literal.weight)).max():.4f}, PyTorch's bound "
      f"{bound:.4f}")

# 2. fan_in computed by hand as in PyTorch, weight.shape[1]: Paddle's
#    Linear weight is [in, out], so that is out_features.
fan_in = paddle_linear().weight.shape[1]
print(f"2. weight.shape[1] = {fan_in}: bound 1/sqrt({fan_in}) = "
      f"{1 / math.sqrt(fan_in):.4f}")

# 3. The weight's initializer reused for the bias: a bias is 1-D, and
#    Paddle takes its length, out_features, as its fan_in. PyTorch's
#    kaiming_uniform_ refuses a 1-D tensor.
reused = I.KaimingUniform(negative_slope=a, nonlinearity="leaky_relu")
shared = paddle_linear(reused, reused)
print(f"3. bias: max|b| = {np.abs(values(shared.bias)).max():.4f}, "
      f"PyTorch's bound {bound:.4f}")
try:
    torch.nn.init.kaiming_uniform_(torch.empty(200), a=a)
except ValueError as error:
    refusal = str(error)
print("   PyTorch:", refusal)

# 4. One global initializer for every layer: it replaces the default of
#    BatchNorm2D's weight, which should start at 1, too.
I.set_global_initializer(reused, I.Constant(0.0))
bn = paddle.nn.BatchNorm2D(8)
I.set_global_initializer(None)
print("4. BatchNorm2D weight:", np.round(values(bn.weight), 3))

# Checks
# 1: over slopes and layers, the literal port is sqrt(1 + a^2) times
#    too wide: the bound of relu, sqrt(6 / fan_in), whatever a is
for slope in (0.01, 0.2, 1.0, a):
    for c_in, c_out in ((600, 200), (200, 600)):
        w = paddle.nn.Linear(c_in, c_out, weight_attr=paddle.ParamAttr(
            initializer=I.KaimingUniform(negative_slope=slope))).weight
        relu = math.sqrt(6 / c_in)
        check_uniform(w, -relu, relu)
        torch_bound = math.sqrt(6 / (1 + slope ** 2) / c_in)
        assert math.isclose(relu / torch_bound, math.sqrt(1 + slope ** 2))
    conv = paddle.nn.Conv2D(64, 128, 3, weight_attr=paddle.ParamAttr(
        initializer=I.KaimingUniform(negative_slope=slope)))
    relu = math.sqrt(6 / (64 * 9))
    check_uniform(conv.weight, -relu, relu)
# 2, 3: the bound of out_features, not in_features
assert fan_in == 200
check_uniform(shared.weight, -bound, bound)
check_uniform(shared.bias, -1 / math.sqrt(200), 1 / math.sqrt(200))
assert "fewer than 2 dimensions" in refusal
# 4: BatchNorm2D's weight is drawn, not 1; without the global it is 1
assert (values(bn.weight) != 1).all()
assert (values(paddle.nn.BatchNorm2D(8).weight) == 1).all()
