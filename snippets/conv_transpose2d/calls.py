"""The call matrix's entries for the APIs this page teaches: each one's
port (the Paddle code for a PyTorch call) and its calls.
snippets/mapping/call_matrix.py runs them."""
import sys
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

# Run alone: snippets/ on the path, as the build's kernel has it.
if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from call_engine import (  # noqa: E402
    Api, NotPortable, Var, port_dtype, source)

# The first six parameters have the same order in both; after them
# PyTorch has groups, bias, dilation and Paddle dilation, groups.
SAME_ORDER = ["in_channels", "out_channels", "kernel_size", "stride",
              "padding", "output_padding", "input", "weight", "bias"]


def port_output_padding(a):
    """Paddle wants output_padding below the stride; PyTorch also takes
    it below the dilation. Such an output padding is padding taken off
    the bottom and right: [top, bottom, left, right] in Paddle."""
    stride = np.broadcast_to(a.get("stride", 1), 2)
    extra = np.broadcast_to(a.get("output_padding", 0), 2)
    if np.all(extra < stride):
        return
    padding = np.broadcast_to(a.get("padding", 0), 2)
    if np.any(extra > padding):
        raise NotPortable("output_padding >= stride and > padding")
    a["padding"] = [int(padding[0]), int(padding[0] - extra[0]),
                    int(padding[1]), int(padding[1] - extra[1])]
    a["output_padding"] = 0


def port_conv_transpose2d(call):
    a = dict(call.arguments)
    port_output_padding(a)
    positional = []
    for name in call.positional:
        if name not in SAME_ORDER:
            break
        positional.append(a.pop(name))
    keywords, to = {}, {}
    for name, value in a.items():
        if name == "bias":
            if value is False:
                keywords["bias_attr"] = False
        elif name == "padding_mode":
            pass  # "zeros", the only mode either accepts
        elif name == "device":
            to["device"] = str(value)  # not a torch.device
        elif name == "dtype":
            to["dtype"] = port_dtype(value)
        else:
            keywords[name] = value
    tconv = source("paddle.nn.Conv2DTranspose", positional, keywords)
    # No device or dtype argument in Paddle: move the built layer.
    return source(f"{tconv}.to", [], to) if to else tconv


def port_conv_transpose2d_function(call):
    a = dict(call.arguments)
    port_output_padding(a)
    positional = []
    for name in call.positional:
        if name not in SAME_ORDER:
            break
        positional.append(a.pop(name))
    keywords = {"x" if k == "input" else k: v for k, v in a.items()}
    return source("PF.conv2d_transpose", positional, keywords)


CALLS = [
    Api("nn.ConvTranspose2d", nn.ConvTranspose2d,
        "paddle.nn.Conv2DTranspose", port_conv_transpose2d,
        full={"in_channels": 4, "out_channels": 6, "kernel_size": 3,
              "stride": 2, "padding": 1, "output_padding": 1, "groups": 2,
              "bias": False, "dilation": 2, "padding_mode": "zeros",
              "device": "cpu", "dtype": torch.float64},
        required=3,
        values={"stride": [2, (1, 2)], "padding": [1, (2, 1)],
                "groups": [2], "bias": [False], "dilation": [2],
                "device": ["cpu", torch.device("cpu")],
                "dtype": [torch.float64]},
        extra=[(4, 6, 3, 2, 1, 1, 2),
               (4, 6, 3, 2, 1, 1, 2, True, 2),
               {"stride": 2, "output_padding": 1},
               {"stride": (3, 2), "output_padding": (2, 1)},
               {"dilation": 3, "output_padding": 2},
               {"dilation": 3, "padding": 2, "output_padding": 2}],
        x_shape=(2, 4, 5, 6)),
    Api("F.conv_transpose2d", F.conv_transpose2d, "PF.conv2d_transpose",
        port_conv_transpose2d_function,
        full={"input": Var("x"), "weight": Var("weight"),
              "bias": Var("bias"), "stride": 2, "padding": 1,
              "output_padding": 1, "groups": 2, "dilation": 2},
        required=2,
        values={"bias": [Var("bias")], "stride": [2, (1, 2)],
                "padding": [1, (2, 1)], "groups": [2], "dilation": [2]},
        extra=[(Var("x"), Var("weight"), Var("bias"), 2, 1, 1, 2, 3),
               {"stride": 2, "output_padding": 1},
               {"dilation": 3, "output_padding": 2},
               {"dilation": 3, "padding": (2, 1), "output_padding": 1}],
        tensors=lambda a: {"x": (2, 4, 5, 6),
                           "weight": (4, 6 // a.get("groups", 1), 3, 3),
                           "bias": (6,)}),
]
