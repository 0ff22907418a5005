"""The call matrix's entries for the APIs this page teaches: each one's
port (the Paddle code for a PyTorch call) and its calls.
snippets/mapping/call_matrix.py runs them."""
import sys
from pathlib import Path

import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F
from torch import nn

# Run alone: snippets/ on the path, as the build's kernel has it.
if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from call_engine import (  # noqa: E402
    NAMESPACE, Api, Var, pool_size, port_pool, source)


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


def port_adaptive_max_pool2d(name):
    """The same layer or function; return_indices is called return_mask,
    in the same position."""
    def port(call):
        a = {"x" if k == "input" else k: v
             for k, v in call.arguments.items()}
        if "return_indices" in a:
            a["return_mask"] = a.pop("return_indices")
        positional = [a.pop(n) for n in ("x", "output_size", "return_mask")
                      if n in call.positional or n == "x" and n in a]
        return source(name, positional, a)
    return port


def port_max_unpool2d(name):
    """The same layer or function. The function's sixth parameter is
    data_format in Paddle, output_size in PyTorch: pass it by keyword.
    The indices are Paddle's own, from return_mask=True."""
    def port(call):
        a = dict(call.arguments)
        head = ["input", "indices", "kernel_size", "stride", "padding"]
        positional = [a.pop(n) for n in head if n in call.positional
                      or n in ("input", "indices") and n in a]
        return source(name, positional, a)
    return port


def unpool_input(a):
    """[N, C, H, W] whose pooled size, (3, 4), unpools to H x W: the
    output_size if one is given, else the default size."""
    k, s, p = (np.broadcast_to(v, 2) for v in (
        a["kernel_size"], a.get("stride") or a["kernel_size"],
        a.get("padding", 0)))
    if a.get("output_size") is not None:
        return (2, 3, *a["output_size"][-2:])
    pooled = np.array([3, 4])
    return (2, 3, *((pooled - 1) * s + k - 2 * p).tolist())


def unpool_runner(call, paddle_code, rng):
    """Max pooling with indices in each framework, with the call's
    window, then the call (a layer is called on the pooled values and
    the indices); the unpooled tensors are compared."""
    a = call.arguments
    x = rng.standard_normal(call.api.x_shape or unpool_input(a)).astype(
        np.float32)
    window = [a["kernel_size"], a.get("stride"), a.get("padding", 0)]
    torch_y, torch_i = F.max_pool2d(torch.from_numpy(x), *window,
                                    return_indices=True)
    paddle_y, paddle_i = PF.max_pool2d(paddle.to_tensor(x), *window,
                                       return_mask=True)
    torch_out = eval(call.code, NAMESPACE | {"y": torch_y,
                                             "indices": torch_i})
    paddle_out = eval(paddle_code, NAMESPACE | {"y": paddle_y,
                                                "indices": paddle_i})
    if "input" not in a:  # a layer: call it
        torch_out = torch_out(torch_y, torch_i)
        paddle_out = paddle_out(paddle_y, paddle_i)
    return {"output": (torch_out.numpy(), paddle_out.numpy())}


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
    Api("nn.AdaptiveMaxPool2d", nn.AdaptiveMaxPool2d,
        "paddle.nn.AdaptiveMaxPool2D",
        port_adaptive_max_pool2d("paddle.nn.AdaptiveMaxPool2D"),
        full={"output_size": (3, 4), "return_indices": True}, required=1,
        values={"output_size": [1, 4, (3, None), (None, 2), (10, 12)],
                "return_indices": [True]},
        x_shape=(2, 3, 9, 10)),
    Api("F.adaptive_max_pool2d", F.adaptive_max_pool2d,
        "PF.adaptive_max_pool2d",
        port_adaptive_max_pool2d("PF.adaptive_max_pool2d"),
        full={"input": Var("x"), "output_size": (3, 4),
              "return_indices": True},
        required=2,
        values={"output_size": [1, (3, None), (10, 12)],
                "return_indices": [True]},
        tensors=lambda a: {"x": (2, 3, 9, 10)}),
    Api("nn.MaxUnpool2d", nn.MaxUnpool2d, "paddle.nn.MaxUnPool2D",
        port_max_unpool2d("paddle.nn.MaxUnPool2D"),
        full={"kernel_size": 3, "stride": 2, "padding": 1}, required=1,
        values={"kernel_size": [2, (2, 3)], "stride": [2, (1, 2), 3],
                "padding": [1, (1, 0)]},
        runner=unpool_runner),
    Api("F.max_unpool2d", F.max_unpool2d, "PF.max_unpool2d",
        port_max_unpool2d("PF.max_unpool2d"),
        full={"input": Var("y"), "indices": Var("indices"),
              "kernel_size": 3, "stride": 2, "padding": 1,
              "output_size": (8, 10)},
        required=3,
        values={"stride": [2, 3], "padding": [1],
                "output_size": [(8, 10), (2, 3, 7, 9)]},
        extra=[{"kernel_size": 2, "output_size": (7, 9)}],
        runner=unpool_runner),
]
