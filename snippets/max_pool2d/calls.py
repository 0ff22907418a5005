"""The call matrix's entries for the APIs this page teaches: each one's
port (the Paddle code for a PyTorch call) and its calls.
snippets/mapping/call_matrix.py runs them."""
import sys
from pathlib import Path

import numpy as np
import paddle.nn.functional as PF
import torch.nn.functional as F
from torch import nn

# Run alone: snippets/ on the path, as the build's kernel has it.
if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from call_engine import (  # noqa: E402
    NAMESPACE, Api, Var, pool_size, port_pool)


def paddle_max_pool2d_dilated(x, k, stride, padding, dilation,
                              ceil_mode=False):
    """PyTorch's dilated max pooling in Paddle (see the MaxPool2d page):
    pad with -inf, cut the dilated windows out with unfold, take the
    maximum of each. With ceil_mode, pad the bottom and right further
    until PyTorch's last window fits."""
    n, c, h, w = x.shape
    k, s, p, d = (np.broadcast_to(v, 2).tolist() for v in (
        k, k if stride is None else stride, padding, dilation))
    span = [d[i] * (k[i] - 1) + 1 for i in range(2)]
    out = [pool_size(size, span[i], s[i], p[i], ceil_mode)
           for i, size in enumerate((h, w))]
    after = [max(p[i], (out[i] - 1) * s[i] + span[i] - size - p[i])
             for i, size in enumerate((h, w))]
    x = PF.pad(x, [p[1], after[1], p[0], after[0]], value=-np.inf)
    cols = PF.unfold(x, k, strides=s, dilations=d)
    cols = cols.reshape([n, c, k[0] * k[1], *out_of(x, span, s)])
    return cols.max(axis=2)[:, :, :out[0], :out[1]]


def out_of(x, span, s):
    """unfold's output size of the padded x."""
    return [(x.shape[2 + i] - span[i]) // s[i] + 1 for i in range(2)]


# The ports of dilated calls call it.
NAMESPACE["paddle_max_pool2d_dilated"] = paddle_max_pool2d_dilated


CALLS = [
    Api("nn.MaxPool2d", nn.MaxPool2d, "paddle.nn.MaxPool2D",
        port_pool("paddle.nn.MaxPool2D"),
        full={"kernel_size": 3, "stride": 2, "padding": 1, "dilation": 1,
              "return_indices": True, "ceil_mode": True},
        required=1,
        values={"stride": [2, (1, 2)], "padding": [1, (1, 0)],
                "dilation": [2], "return_indices": [True],
                "ceil_mode": [True]},
        extra=[{"stride": 2, "padding": 1, "dilation": 2},
               {"kernel_size": 2, "stride": 2, "padding": 1,
                "ceil_mode": True},
               {"kernel_size": 2, "stride": 3, "ceil_mode": True},
               {"dilation": 2, "ceil_mode": True},
               {"dilation": 2, "return_indices": True},
               {"kernel_size": 2, "stride": 3, "ceil_mode": True,
                "return_indices": True}],
        x_shape=(2, 3, 9, 10)),
    Api("F.max_pool2d", F.max_pool2d, "PF.max_pool2d",
        port_pool("PF.max_pool2d"),
        full={"input": Var("x"), "kernel_size": 3, "stride": 2,
              "padding": 1, "dilation": 1, "ceil_mode": True,
              "return_indices": True},
        required=2,
        values={"stride": [2], "padding": [1], "dilation": [2],
                "ceil_mode": [True], "return_indices": [True]},
        extra=[{"kernel_size": 2, "stride": 2, "padding": 1,
                "ceil_mode": True}],
        tensors=lambda a: {"x": (2, 3, 9, 10)}),
]
