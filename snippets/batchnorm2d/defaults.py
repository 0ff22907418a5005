"""The two constructors side by side, with their defaults."""
import inspect

import numpy as np
import paddle
import torch
from torch import nn


def show(title, cls):
    """Print the constructor's arguments; return their defaults."""
    print(title)
    args = {}
    for name, p in inspect.signature(cls.__init__).parameters.items():
        if name == "self":
            continue
        if p.default is p.empty:
            print(f"  {name} (required)")
            continue
        note = "  (keyword only)" if p.kind is p.KEYWORD_ONLY else ""
        print(f"  {name}={p.default!r}{note}")
        args[name] = p.default
    return args


torch_args = show("torch.nn.BatchNorm2d arguments:", nn.BatchNorm2d)
paddle_args = show("paddle.nn.BatchNorm2D arguments:", paddle.nn.BatchNorm2D)
torch_momentum = torch_args["momentum"]
paddle_momentum = paddle_args["momentum"]
eps = torch_args["eps"]

# A positional call copied from PyTorch swaps eps and momentum silently.
copied = paddle.nn.BatchNorm2D(3, 1e-3, 0.01)  # meant: eps=1e-3, m=0.01
print("BatchNorm2D(3, 1e-3, 0.01): momentum", copied._momentum,
      "epsilon", copied._epsilon)

# Checks
assert paddle_args["epsilon"] == eps, "default eps differs"
# The defaults describe the same update, written from opposite ends.
np.testing.assert_allclose(torch_momentum, 1 - paddle_momentum)
# Arguments with no counterpart in the other framework.
assert {"device", "dtype"} <= set(torch_args) - set(paddle_args)
assert {"data_format", "name"} <= set(paddle_args) - set(torch_args)
# The positional order after num_features differs.
assert list(torch_args)[:2] == ["eps", "momentum"]
assert list(paddle_args)[:2] == ["momentum", "epsilon"]
assert copied._momentum == 1e-3 and copied._epsilon == 0.01
# Fresh layers in both: scale 1, shift 0, running mean 0, variance 1.
torch_bn = nn.BatchNorm2d(3)
paddle_bn = paddle.nn.BatchNorm2D(3)
pairs = {"weight": (torch_bn.weight, paddle_bn.weight),
         "bias": (torch_bn.bias, paddle_bn.bias),
         "running mean": (torch_bn.running_mean, paddle_bn._mean),
         "running variance": (torch_bn.running_var, paddle_bn._variance)}
for name, (torch_t, paddle_t) in pairs.items():
    np.testing.assert_array_equal(paddle_t.numpy(),
                                  torch_t.detach().numpy(), err_msg=name)
