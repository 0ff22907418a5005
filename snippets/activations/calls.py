"""The call matrix's entries for the APIs this page teaches: each one's
port (the Paddle code for a PyTorch call) and its calls.
snippets/mapping/call_matrix.py runs them."""
import sys
from pathlib import Path

import torch
import torch.nn.functional as F
from torch import nn

# Run alone: snippets/ on the path, as the build's kernel has it.
if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from call_engine import Api, Var, port_dtype, source  # noqa: E402


def port_activation(name, rename=None, keep=()):
    """Drop inplace unless Paddle's layer takes it; rename the rest."""
    rename = rename or {}

    def port(call):
        a = {rename.get(k, k): v for k, v in call.arguments.items()
             if k != "inplace" or "inplace" in keep}
        if a.get("approximate") in ("none", "tanh"):
            a["approximate"] = a["approximate"] == "tanh"
        if "axis" in rename.values() and a.get("axis") is None:
            a["axis"] = implicit_axis(call.api.x_shape)
        return source(name, [], a)
    return port


def implicit_axis(shape):
    """PyTorch's choice when softmax gets no dim: axis 0 for 0-, 1- and
    3-D input, else 1; Paddle would take the last axis."""
    return 0 if len(shape) in (0, 1, 3) else 1


def port_softmax_function(name):
    """F.softmax, F.log_softmax: input is x, dim is axis (named when
    PyTorch picked it), _stacklevel goes, dtype becomes a string."""
    def port(call):
        a = dict(call.arguments)
        x = a.pop("input")
        a.pop("_stacklevel", None)
        keywords = {"axis": a.pop("dim", None)}
        if keywords["axis"] is None:
            keywords["axis"] = implicit_axis(call.api.tensors(a)["x"])
        if a.get("dtype") is not None:
            keywords["dtype"] = port_dtype(a["dtype"])
        return source(name, [x], keywords)
    return port


def port_tanh_function(call):
    return source("paddle.tanh", [call.arguments["input"]], {})


def port_prelu(call):
    """Same order for num_parameters and init; device goes (Paddle's
    current device), dtype is set after building. The weight is
    renamed `_weight` (copy_weights maps it)."""
    a = call.arguments
    positional = [a[n] for n in ("num_parameters", "init")
                  if n in call.positional]
    keywords = {n: a[n] for n in ("num_parameters", "init")
                if n in a and n not in call.positional}
    code = source("paddle.nn.PReLU", positional, keywords)
    if a.get("dtype") is not None:
        code += f".to(dtype={port_dtype(a['dtype'])!r})"
    return code


CALLS = [
    Api("nn.ReLU", nn.ReLU, "paddle.nn.ReLU",
        port_activation("paddle.nn.ReLU"),
        full={"inplace": True}, required=0, values={"inplace": [True]},
        x_shape=(2, 3, 4, 5)),
    Api("nn.ReLU6", nn.ReLU6, "paddle.nn.ReLU6",
        port_activation("paddle.nn.ReLU6"),
        full={"inplace": True}, required=0, values={"inplace": [True]},
        x_shape=(2, 3, 4, 5)),
    Api("nn.LeakyReLU", nn.LeakyReLU, "paddle.nn.LeakyReLU",
        port_activation("paddle.nn.LeakyReLU"),
        full={"negative_slope": 0.2, "inplace": True}, required=0,
        values={"negative_slope": [0.2], "inplace": [True]},
        x_shape=(2, 3, 4, 5)),
    Api("nn.GELU", nn.GELU, "paddle.nn.GELU",
        port_activation("paddle.nn.GELU"),
        full={"approximate": "tanh"}, required=0,
        values={"approximate": ["tanh", "none"]}, x_shape=(2, 3, 4, 5)),
    Api("nn.SiLU", nn.SiLU, "paddle.nn.SiLU",
        port_activation("paddle.nn.SiLU", keep=("inplace",)),
        full={"inplace": True}, required=0, values={"inplace": [True]},
        x_shape=(2, 3, 4, 5)),
    Api("nn.Hardswish", nn.Hardswish, "paddle.nn.Hardswish",
        port_activation("paddle.nn.Hardswish"),
        full={"inplace": True}, required=0, values={"inplace": [True]},
        x_shape=(2, 3, 4, 5)),
    Api("nn.Sigmoid", nn.Sigmoid, "paddle.nn.Sigmoid",
        port_activation("paddle.nn.Sigmoid"), full={}, required=0,
        x_shape=(2, 3, 4, 5)),
    Api("nn.Softmax", nn.Softmax, "paddle.nn.Softmax",
        port_activation("paddle.nn.Softmax", {"dim": "axis"}),
        full={"dim": 1}, required=0, values={"dim": [0, 1, -1]},
        x_shape=(2, 3, 4, 5)),
    Api("nn.LogSoftmax", nn.LogSoftmax, "paddle.nn.LogSoftmax",
        port_activation("paddle.nn.LogSoftmax", {"dim": "axis"}),
        full={"dim": 1}, required=0, values={"dim": [0, 1, -1]},
        x_shape=(2, 3, 4, 5)),
    Api("F.softmax", F.softmax, "PF.softmax",
        port_softmax_function("PF.softmax"),
        full={"input": Var("x"), "dim": 1, "_stacklevel": 3,
              "dtype": torch.float64},
        required=1, values={"dim": [1, -1], "dtype": [torch.float64]},
        extra=[{"dim": 1, "dtype": torch.float64}],
        tensors=lambda a: {"x": (2, 3, 4, 5)}, casts=True),
    Api("F.log_softmax", F.log_softmax, "PF.log_softmax",
        port_softmax_function("PF.log_softmax"),
        full={"input": Var("x"), "dim": 1, "_stacklevel": 3,
              "dtype": torch.float64},
        required=1, values={"dim": [1, -1], "dtype": [torch.float64]},
        extra=[{"dim": 1, "dtype": torch.float64}],
        tensors=lambda a: {"x": (2, 3, 4, 5)}, casts=True),
    Api("nn.Tanh", nn.Tanh, "paddle.nn.Tanh",
        port_activation("paddle.nn.Tanh"), full={}, required=0,
        x_shape=(2, 3, 4, 5)),
    Api("F.tanh", F.tanh, "paddle.tanh", port_tanh_function,
        full={"input": Var("x")}, required=1,
        tensors=lambda a: {"x": (2, 3, 4, 5)}),
    Api("nn.PReLU", nn.PReLU, "paddle.nn.PReLU", port_prelu,
        full={"num_parameters": 3, "init": 0.1, "device": "cpu",
              "dtype": torch.float64},
        required=0,
        values={"num_parameters": [3], "init": [0.1], "device": ["cpu"],
                "dtype": [torch.float64]},
        x_shape=(2, 3, 4, 5), names={"weight": "_weight"}),
]
