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

from call_engine import Api, NotPortable, Var, port_dtype, source  # noqa: E402


def affine_attrs(a, affine_name):
    """No scale and shift: both attrs False; no shift alone: bias_attr."""
    if a.get(affine_name, True) is False:
        return {"weight_attr": False, "bias_attr": False}
    if a.get("bias", True) is False:
        return {"bias_attr": False}
    return {}


def with_dtype(code, a):
    # device: the layer is made on Paddle's current device.
    if a.get("dtype") is not None:
        code += f".to(dtype={port_dtype(a['dtype'])!r})"
    return code


def check_epsilon(a):
    """Paddle's layer_norm refuses an epsilon above 0.001 (ValueError)."""
    if a.get("eps", 1e-5) > 1e-3:
        raise NotPortable("eps above 0.001")


def port_layernorm(call):
    a = call.arguments
    check_epsilon(a)
    keywords = {"epsilon": a["eps"]} if "eps" in a else {}
    keywords |= affine_attrs(a, "elementwise_affine")
    return with_dtype(source("paddle.nn.LayerNorm",
                             [a["normalized_shape"]], keywords), a)


def port_groupnorm(call):
    a = call.arguments
    keywords = {"epsilon": a["eps"]} if "eps" in a else {}
    keywords |= affine_attrs(a, "affine")
    return with_dtype(source("paddle.nn.GroupNorm",
                             [a["num_groups"], a["num_channels"]],
                             keywords), a)


def port_instancenorm(call):
    a = call.arguments
    if a.get("track_running_stats"):
        raise NotPortable("track_running_stats=True")
    keywords = {"epsilon": a["eps"]} if "eps" in a else {}
    # momentum: only the running statistics use it.
    if not a.get("affine", False):
        keywords |= {"weight_attr": False, "bias_attr": False}
    elif a.get("bias", True) is False:
        # Paddle takes bias_attr=False only with weight_attr=False: a
        # shift that stays at zero instead.
        keywords["bias_attr"] = Var("paddle.ParamAttr(learning_rate=0.0)")
    return with_dtype(source("paddle.nn.InstanceNorm2D",
                             [a["num_features"]], keywords), a)


def flat(value, shape):
    """Paddle's layer_norm takes a 1-D weight and bias."""
    return Var(f"{value}.flatten()") if len(shape) > 1 else value


def port_layer_norm_function(call):
    a = dict(call.arguments)
    check_epsilon(a)
    shape = tuple(np.atleast_1d(a["normalized_shape"]))
    for name in ("weight", "bias"):
        if a.get(name) is not None:
            a[name] = flat(a[name], shape)
    renamed = {"input": "x", "eps": "epsilon"}
    positional = [a.pop(n) for n in call.positional]
    return source("PF.layer_norm", positional,
                  {renamed.get(k, k): v for k, v in a.items()})


def port_group_norm_function(call):
    a = call.arguments
    keywords = {"epsilon": a["eps"]} if "eps" in a else {}
    keywords |= {k: a[k] for k in ("weight", "bias") if k in a}
    return source("PF.group_norm", [a["input"], a["num_groups"]], keywords)


def port_instance_norm_function(call):
    a = call.arguments
    keywords = {k: a[k] for k in ("weight", "bias") if k in a}
    if a.get("use_input_stats", True) is False:
        # The running statistics alone: batch_norm in eval mode.
        keywords |= {"epsilon": a["eps"]} if "eps" in a else {}
        return source("PF.batch_norm", [a["input"], a["running_mean"],
                                        a["running_var"]], keywords)
    # Paddle ignores the running statistics (PyTorch updates them).
    keywords |= {"eps": a["eps"]} if "eps" in a else {}
    return source("PF.instance_norm", [a["input"]], keywords)


def norm_tensors(normalized=None):
    """The input, and a weight and bias of the right shape."""
    def tensors(a):
        shape = (4,) if normalized is None else tuple(np.atleast_1d(
            a.get("normalized_shape", normalized)))
        return {"x": (2, 4, 5, 6), "weight": shape, "bias": shape,
                "running_mean": (4,), "running_var": (4,)}
    return tensors


X, W, B = Var("x"), Var("weight"), Var("bias")
RM, RV = Var("running_mean"), Var("running_var")
CALLS = [
    Api("nn.LayerNorm", nn.LayerNorm, "paddle.nn.LayerNorm", port_layernorm,
        full={"normalized_shape": [5, 6], "eps": 1e-3,
              "elementwise_affine": True, "bias": False, "device": "cpu",
              "dtype": torch.float64},
        required=1,
        values={"eps": [1e-3, 0.01], "elementwise_affine": [False],
                "bias": [False], "device": ["cpu"],
                "dtype": [torch.float64]},
        extra=[{"normalized_shape": 6}, {"normalized_shape": [4, 5, 6]},
               (6, 1e-3, False)],
        x_shape=(2, 4, 5, 6)),
    Api("nn.GroupNorm", nn.GroupNorm, "paddle.nn.GroupNorm", port_groupnorm,
        full={"num_groups": 2, "num_channels": 4, "eps": 1e-3,
              "affine": True, "device": "cpu", "dtype": torch.float64,
              "bias": False},
        required=2,
        values={"eps": [1e-3], "affine": [False], "device": ["cpu"],
                "dtype": [torch.float64], "bias": [False]},
        extra=[{"num_groups": 1}, {"num_groups": 4}, (2, 4, 1e-3, False)],
        x_shape=(2, 4, 5, 6)),
    Api("nn.InstanceNorm2d", nn.InstanceNorm2d, "paddle.nn.InstanceNorm2D",
        port_instancenorm,
        full={"num_features": 4, "eps": 1e-3, "momentum": 0.2,
              "affine": True, "track_running_stats": False,
              "device": "cpu", "dtype": torch.float64, "bias": False},
        required=1,
        values={"eps": [1e-3], "momentum": [0.2], "affine": [True],
                "track_running_stats": [True], "device": ["cpu"],
                "dtype": [torch.float64]},
        extra=[(4, 1e-3, 0.2, True)],
        x_shape=(2, 4, 5, 6), names={"weight": "scale"}),
    Api("F.layer_norm", F.layer_norm, "PF.layer_norm",
        port_layer_norm_function,
        full={"input": X, "normalized_shape": [5, 6], "weight": W,
              "bias": B, "eps": 1e-3},
        required=2,
        values={"weight": [W], "bias": [B], "eps": [1e-3, 0.01]},
        extra=[{"normalized_shape": [6], "weight": W, "bias": B},
               (X, [6], W)],
        tensors=norm_tensors([5, 6])),
    Api("F.group_norm", F.group_norm, "PF.group_norm",
        port_group_norm_function,
        full={"input": X, "num_groups": 2, "weight": W, "bias": B,
              "eps": 1e-3},
        required=2,
        values={"weight": [W], "bias": [B], "eps": [1e-3]},
        extra=[{"num_groups": 4}, (X, 1, W)],
        tensors=norm_tensors()),
    Api("F.instance_norm", F.instance_norm, "PF.instance_norm",
        port_instance_norm_function,
        full={"input": X, "running_mean": RM, "running_var": RV,
              "weight": W, "bias": B, "use_input_stats": True,
              "momentum": 0.2, "eps": 1e-3},
        required=1,
        values={"weight": [W], "bias": [B], "momentum": [0.2],
                "eps": [1e-3]},
        extra=[{"running_mean": RM, "running_var": RV},
               {"running_mean": RM, "running_var": RV,
                "use_input_stats": False},
               {"running_mean": RM, "running_var": RV, "weight": W,
                "bias": B, "use_input_stats": False, "eps": 1e-3}],
        tensors=norm_tensors()),
]
