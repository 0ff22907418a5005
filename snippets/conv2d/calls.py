"""The call matrix's entries for the APIs this page teaches: each one's
port (the Paddle code for a PyTorch call) and its calls.
snippets/mapping/call_matrix.py runs them."""
import sys
from pathlib import Path

import numpy as np
import torch
from torch import nn

# Run alone: snippets/ on the path, as the build's kernel has it.
if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from call_engine import (  # noqa: E402
    Api, port_dtype, port_padding, same_padding, source)


CONV2D_ORDER = ["in_channels", "out_channels", "kernel_size", "stride",
                "padding", "dilation", "groups"]


def port_conv2d(call):
    a = dict(call.arguments)
    mode = a.get("padding_mode", "zeros")
    pad = None
    if a.get("padding") == "valid" and mode != "zeros":
        a["padding"] = 0  # nothing to pad; Paddle's mode wants an int
    if mode != "zeros" and not isinstance(a.get("padding", 0), int):
        # A non-zero mode needs an int padding in Paddle: pad first,
        # [left, right, top, bottom], then convolve without padding.
        padding = a["padding"]
        if padding == "same":
            padding = same_padding(a["kernel_size"], a.get("dilation", 1))
        if not (isinstance(padding, list) and len(padding) == 4):
            padding = np.repeat(np.broadcast_to(padding, 2), 2).tolist()
        top, bottom, left, right = padding
        pad = source("paddle.nn.Pad2D", [[left, right, top, bottom]],
                     {"mode": mode})
        a["padding"] = 0
        del a["padding_mode"]
    elif "padding" in a:
        a["padding"] = port_padding(a)
    # The first seven parameters have the same order in both; Paddle
    # takes bias, padding_mode, device and dtype by keyword only.
    positional = [a.pop(n) for n in CONV2D_ORDER if n in call.positional]
    keywords = {}
    for name, value in a.items():
        if name == "bias":
            if value is False:
                keywords["bias_attr"] = False
        elif name == "device":
            keywords["device"] = str(value)  # not a torch.device
        elif name == "dtype":
            keywords["dtype"] = port_dtype(value)
        else:
            keywords[name] = value
    conv = source("paddle.nn.Conv2D", positional, keywords)
    return f"paddle.nn.Sequential({pad}, {conv})" if pad else conv


CALLS = [
    Api("nn.Conv2d", nn.Conv2d, "paddle.nn.Conv2D", port_conv2d,
        full={"in_channels": 4, "out_channels": 6, "kernel_size": 3,
              "stride": 2, "padding": 1, "dilation": 2, "groups": 2,
              "bias": False, "padding_mode": "reflect", "device": "cpu",
              "dtype": torch.float64},
        required=3,
        values={"stride": [2, (1, 2)], "padding": [1, (2, 1), "valid",
                                                   "same"],
                "dilation": [2], "groups": [2], "bias": [False],
                "padding_mode": ["reflect", "replicate", "circular"],
                "device": ["cpu", torch.device("cpu")],
                "dtype": [torch.float64]},
        extra=[(4, 6, 3, 2, 1, 2, 2),
               {"padding": "same", "dilation": 2},
               {"kernel_size": 4, "padding": "same"},
               {"kernel_size": 4, "padding": "same", "dilation": 3},
               {"kernel_size": (2, 3), "padding": "same",
                "dilation": (1, 2)},
               {"padding": 1, "padding_mode": "circular"},
               {"padding": (1, 2), "padding_mode": "reflect"},
               {"padding": "same", "padding_mode": "replicate"},
               {"padding": "valid", "padding_mode": "reflect"}],
        x_shape=(2, 4, 9, 10)),
]
