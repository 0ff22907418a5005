"""The call matrix's entries for the APIs this page teaches: each one's
port (the Paddle code for a PyTorch call) and its calls.
snippets/mapping/call_matrix.py runs them."""
import sys
import warnings
from pathlib import Path

import torch
import torch.nn.functional as F
from torch import nn

# Run alone: snippets/ on the path, as the build's kernel has it.
if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from call_engine import Api, Var, port_dtype, source  # noqa: E402

# nn.Hardtanh's min_value and max_value are deprecated; the matrix passes
# them on purpose, to port them.
warnings.filterwarnings("ignore", message="keyword argument `m")


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


def port_hardtanh(call):
    """min_val and max_val are min and max; the deprecated min_value and
    max_value, when given, win over them, as in PyTorch."""
    a = call.arguments
    bounds = {"min": a.get("min_val", -1.0), "max": a.get("max_val", 1.0)}
    for old, new in (("min_value", "min"), ("max_value", "max")):
        if a.get(old) is not None:
            bounds[new] = a[old]
    passed = {k: v for k, v in bounds.items()
              if f"{k}_val" in a or f"{k}_value" in a}
    positional = [passed.pop(k) for k in ("min", "max")
                  if f"{k}_val" in call.positional and k in passed]
    return source("paddle.nn.Hardtanh", positional, passed)


# Paddle's functions with an in-place twin; elu_ refuses a negative alpha.
IN_PLACE = {"PF.hardtanh", "PF.elu", "PF.thresholded_relu"}


def port_function(name, rename=None):
    """An elementwise function: input is x, the rest keep their order
    (renamed). inplace=True, or PyTorch's name ending in _, becomes
    Paddle's function with an underscore or, where there is none, the
    output written back to x."""
    rename = rename or {}
    base = name.removesuffix("_")

    def port(call):
        a = dict(call.arguments)
        inplace = a.pop("inplace", False) or name.endswith("_")
        x = a.pop("input")
        positional = [x] + [a.pop(n) for n in call.positional if n in a]
        keywords = {rename.get(k, k): v for k, v in a.items()}
        if not inplace:
            return source(base, positional, keywords)
        if base in IN_PLACE and not (base == "PF.elu" and
                                     call.arguments.get("alpha", 1) < 0):
            return source(base + "_", positional, keywords)
        return f"paddle.assign({source(base, positional, keywords)}, x)"
    return port


def function(name, torch_function, paddle_name, full, values=None,
             rename=None, required=1):
    """An elementwise function's entry: its input x is [2, 3, 4, 5]."""
    return Api(name, torch_function, paddle_name,
               port_function(paddle_name, rename),
               full={"input": Var("x")} | full, required=required,
               values=values or {}, tensors=lambda a: {"x": (2, 3, 4, 5)})


def layer(name, paddle_name, full, required=0, values=None):
    """An activation layer's entry: inplace dropped, names kept."""
    return Api(name, getattr(nn, name.removeprefix("nn.")), paddle_name,
               port_activation(paddle_name), full=full, required=required,
               values=values or {}, x_shape=(2, 3, 4, 5))


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
    Api("nn.Hardtanh", nn.Hardtanh, "paddle.nn.Hardtanh", port_hardtanh,
        full={"min_val": -0.5, "max_val": 2.0, "inplace": True,
              "min_value": None, "max_value": None},
        required=0,
        values={"min_val": [-0.5], "max_val": [2.0], "inplace": [True],
                "min_value": [-2.0], "max_value": [0.5]},
        extra=[{"min_val": 0.0, "max_val": 6.0}], x_shape=(2, 3, 4, 5)),
    function("F.hardtanh", F.hardtanh, "PF.hardtanh",
             {"min_val": -0.5, "max_val": 2.0, "inplace": True},
             {"min_val": [-0.5], "max_val": [2.0], "inplace": [True]},
             {"min_val": "min", "max_val": "max"}),
    function("F.hardtanh_", F.hardtanh_, "PF.hardtanh_",
             {"min_val": -0.5, "max_val": 2.0}, {"max_val": [2.0]},
             {"min_val": "min", "max_val": "max"}),
    layer("nn.ELU", "paddle.nn.ELU", {"alpha": 0.5, "inplace": True},
          values={"alpha": [0.5, -0.5], "inplace": [True]}),
    function("F.elu", F.elu, "PF.elu", {"alpha": 0.5, "inplace": True},
             {"alpha": [0.5, -0.5], "inplace": [True]}),
    function("F.elu_", F.elu_, "PF.elu_", {"alpha": 0.5},
             {"alpha": [0.5, -0.5]}),
    layer("nn.SELU", "paddle.nn.SELU", {"inplace": True},
          values={"inplace": [True]}),
    function("F.selu", F.selu, "PF.selu", {"inplace": True},
             {"inplace": [True]}),
    layer("nn.Softplus", "paddle.nn.Softplus",
          {"beta": 2.0, "threshold": 3.0},
          values={"beta": [2.0, -1.0], "threshold": [3.0]}),
    function("F.softplus", F.softplus, "PF.softplus",
             {"beta": 2.0, "threshold": 3.0},
             {"beta": [2.0, -1.0], "threshold": [3.0]}),
    layer("nn.Mish", "paddle.nn.Mish", {"inplace": True},
          values={"inplace": [True]}),
    function("F.mish", F.mish, "PF.mish", {"inplace": True},
             {"inplace": [True]}),
    layer("nn.Hardsigmoid", "paddle.nn.Hardsigmoid", {"inplace": True},
          values={"inplace": [True]}),
    function("F.hardsigmoid", F.hardsigmoid, "PF.hardsigmoid",
             {"inplace": True}, {"inplace": [True]}),
    layer("nn.Threshold", "paddle.nn.ThresholdedReLU",
          {"threshold": 0.5, "value": -1.0, "inplace": True}, required=2,
          values={"inplace": [True]}),
    function("F.threshold", F.threshold, "PF.thresholded_relu",
             {"threshold": 0.5, "value": -1.0, "inplace": True},
             {"inplace": [True]}, required=3),
    function("F.threshold_", F.threshold_, "PF.thresholded_relu_",
             {"threshold": 0.5, "value": -1.0}, required=3),
]
