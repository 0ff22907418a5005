"""The call matrix's entries for the APIs this page teaches: each one's
port (the Paddle code for a PyTorch call) and its calls.
snippets/mapping/call_matrix.py runs them."""
import sys
from pathlib import Path

import torch
import torch.nn.functional as F
from torch import nn
from torch.nn.utils.parametrizations import weight_norm

# Run alone: snippets/ on the path, as the build's kernel has it.
if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from call_engine import NAMESPACE, Api, Var, port_dtype, source  # noqa: E402

# The calls of weight_norm name it.
NAMESPACE["weight_norm"] = weight_norm


def port_linear(call):
    a = call.arguments
    positional = [a[n] for n in ("in_features", "out_features")]
    keywords = {"bias_attr": False} if a.get("bias") is False else {}
    # device: the layer is made on Paddle's current device.
    code = source("paddle.nn.Linear", positional, keywords)
    if a.get("dtype") is not None:
        code += f".to(dtype={port_dtype(a['dtype'])!r})"
    return code


def port_linear_function(call):
    # Paddle's weight is [in, out]: transpose PyTorch's [out, in].
    a = call.arguments
    keywords = {"x" if k == "input" else k: v for k, v in a.items()}
    keywords["weight"] = Var(f"{a['weight']}.T")
    positional = [keywords.pop("x" if n == "input" else n)
                  for n in call.positional]
    return source("PF.linear", positional, keywords)


def paddle_linear_code(code):
    """`nn.Linear(4, 3, bias=False)` as Paddle code."""
    return code.replace("nn.Linear(", "paddle.nn.Linear(").replace(
        "bias=False", "bias_attr=False")


def port_weight_norm(call):
    """The Linear's weight is [in, out] in Paddle: PyTorch's dim 0 (one
    length per output) is Paddle's 1, and back. -1 and None take the
    whole weight in both."""
    a = dict(call.arguments)
    a["module"] = Var(paddle_linear_code(a["module"]))
    if a.get("dim", 0) not in (None, -1):
        a["dim"] = 1 - a.get("dim", 0) % 2
    positional = [a.pop(n) for n in call.positional]
    if "module" in a:  # Paddle's name for it
        a = {"layer" if k == "module" else k: v for k, v in a.items()}
    return source("paddle.nn.utils.weight_norm", positional, a)


def literal_weight_norm(call):
    """The Linear ported, weight_norm's arguments copied as they are."""
    return paddle_linear_code(call.code.replace(
        "weight_norm(", "paddle.nn.utils.weight_norm(", 1))


CALLS = [
    Api("nn.Linear", nn.Linear, "paddle.nn.Linear", port_linear,
        full={"in_features": 4, "out_features": 3, "bias": False,
              "device": "cpu", "dtype": torch.float64},
        required=2,
        values={"bias": [False], "device": ["cpu"],
                "dtype": [torch.float64]},
        x_shape=(2, 4)),
    Api("F.linear", F.linear, "PF.linear", port_linear_function,
        full={"input": Var("x"), "weight": Var("weight"),
              "bias": Var("bias")},
        required=2, values={"bias": [Var("bias")]},
        tensors=lambda a: {"x": (2, 4), "weight": (3, 4), "bias": (3,)}),
    Api("weight_norm", weight_norm, "paddle.nn.utils.weight_norm",
        port_weight_norm,
        full={"module": Var("nn.Linear(4, 3)"), "name": "weight",
              "dim": 0},
        required=1, values={"dim": [0, 1, -1, None]},
        extra=[{"module": Var("nn.Linear(4, 4, bias=False)")},
               {"module": Var("nn.Linear(4, 4)"), "dim": 1}],
        x_shape=(2, 4), literal=literal_weight_norm,
        names={"original0": "weight_g", "original1": "weight_v"}),
]
