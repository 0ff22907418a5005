"""The call matrix's entries for the APIs this page teaches: each one's
port (the Paddle code for a PyTorch call) and its calls.
snippets/mapping/call_matrix.py runs them."""
import sys
from pathlib import Path

import paddle
import torch
from torch import nn

# Run alone: snippets/ on the path, as the build's kernel has it.
if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from call_engine import (  # noqa: E402
    Api, NotPortable, Var, port_dtype, source)


def port_batchnorm2d(call):
    a = call.arguments
    # Paddle's order is (num_features, momentum, epsilon): name them.
    keywords = {}
    if "eps" in a:
        keywords["epsilon"] = a["eps"]
    if "momentum" in a:
        if a["momentum"] is None:
            raise NotPortable("momentum=None")
        keywords["momentum"] = round(1 - a["momentum"], 12)
    if a.get("affine", True) is False:
        keywords |= {"weight_attr": False, "bias_attr": False}
    elif a.get("bias", True) is False:
        keywords["bias_attr"] = Var("paddle.ParamAttr(learning_rate=0.0)")
    if a.get("track_running_stats", True) is False:
        keywords["use_global_stats"] = False
    # device: the layer is made on Paddle's current device.
    code = source("paddle.nn.BatchNorm2D", [a["num_features"]], keywords)
    if a.get("dtype") is not None:
        code += f".to(dtype={port_dtype(a['dtype'])!r})"
    return code


def batchnorm_after(torch_bn, paddle_bn, x, call):
    """After the training step: the running statistics, then the eval
    output with PyTorch's statistics copied into Paddle."""
    pairs = {}
    if torch_bn.running_mean is not None:
        momentum = call.arguments.get("momentum", 0.1)
        pairs["running mean"] = (torch_bn.running_mean.numpy(),
                                 paddle_bn._mean.numpy())
        # PyTorch feeds the unbiased batch variance, Paddle the biased
        # one (see the BatchNorm2d page): take that term out to compare.
        n = x.size // x.shape[1]
        biased = x.var(axis=(0, 2, 3))
        bessel = momentum * biased * (n / (n - 1) - 1)
        pairs["running var"] = (torch_bn.running_var.numpy() - bessel,
                                paddle_bn._variance.numpy())
        paddle_bn._mean.set_value(torch_bn.running_mean.numpy())
        paddle_bn._variance.set_value(torch_bn.running_var.numpy())
    torch_bn.eval()
    paddle_bn.eval()
    pairs["eval output"] = (
        torch_bn(torch.from_numpy(x)).detach().numpy(),
        paddle_bn(paddle.to_tensor(x)).numpy())
    return pairs


CALLS = [
    Api("nn.BatchNorm2d", nn.BatchNorm2d, "paddle.nn.BatchNorm2D",
        port_batchnorm2d,
        full={"num_features": 4, "eps": 1e-3, "momentum": 0.2,
              "affine": True, "track_running_stats": True,
              "device": "cpu", "dtype": torch.float64, "bias": False},
        required=1,
        values={"eps": [1e-3], "momentum": [0.2, None],
                "affine": [False], "track_running_stats": [False],
                "device": ["cpu"], "dtype": [torch.float64],
                "bias": [False]},
        extra=[(4, 1e-3, 0.2)],
        x_shape=(3, 4, 5, 6),
        names={"running_mean": "_mean", "running_var": "_variance"},
        after=batchnorm_after),
]
