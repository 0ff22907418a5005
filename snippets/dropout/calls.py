"""The call matrix's entries for the APIs this page teaches: each one's
port (the Paddle code for a PyTorch call) and its calls.
snippets/mapping/call_matrix.py runs them."""
import sys
from pathlib import Path

import numpy as np
import paddle
import torch
import torch.nn.functional as F
from torch import nn

# Run alone: snippets/ on the path, as the build's kernel has it.
if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from call_engine import Api, Var, source  # noqa: E402


def port_dropout(call):
    a = dict(call.arguments)
    positional = [a.pop(n) for n in ("p", "inplace")
                  if n in call.positional]
    return source("paddle.nn.Dropout", positional, a)


def port_dropout_function(call):
    # Paddle's third parameter is axis: name training and inplace.
    a = {"x" if k == "input" else k: v
         for k, v in call.arguments.items()}
    positional = [a.pop("x" if n == "input" else n)
                  for n in call.positional if n in ("input", "p")]
    return source("PF.dropout", positional, a)


def dropout_rule(call, x, torch_y, paddle_y):
    """The masks come from different random generators, so the outputs
    are compared with the rule they share: each element is 0 or
    x / (1 - p). With p = 0 or 1, or not training, they are compared
    with each other."""
    a = call.arguments
    p = a.get("p", 0.5)
    if a.get("training", True) is False or p in (0, 1):
        return {"output": (torch_y, paddle_y)}
    kept = x / (1 - p)
    pairs = {}
    for framework, y in (("PyTorch", torch_y), ("Paddle", paddle_y)):
        dropped = np.mean(y == 0)
        assert 0 < dropped < 1, (call.code, framework, dropped)
        pairs[f"{framework} rule"] = (np.where(y == 0, 0, kept), y)
    return pairs


def dropout_after(torch_layer, paddle_layer, x, call):
    """In evaluation mode, dropout is the identity in both."""
    torch_layer.eval()
    paddle_layer.eval()
    return {"PyTorch eval output": (
                x, torch_layer(torch.from_numpy(x.copy())).numpy()),
            "Paddle eval output": (
                x, paddle_layer(paddle.to_tensor(x)).numpy())}


def port_dropout2d(call):
    """paddle.nn.Dropout2D has no inplace: drop it; p keeps its place."""
    a = call.arguments
    positional = [a["p"]] if "p" in call.positional else []
    keywords = {"p": a["p"]} if "p" in a and not positional else {}
    return source("paddle.nn.Dropout2D", positional, keywords)


def port_dropout2d_function(call):
    """Paddle's fourth parameter is data_format: inplace goes, and its
    work is done by writing the output back to x."""
    a = {"x" if k == "input" else k: v
         for k, v in call.arguments.items()}
    inplace = a.pop("inplace", False)
    positional = [a.pop("x" if n == "input" else n)
                  for n in call.positional if n != "inplace"]
    code = source("PF.dropout2d", positional, a)
    return f"paddle.assign({code}, x)" if inplace else code


def channel_rule(call, x, torch_y, paddle_y):
    """Channel dropout: each [H, W] map of each sample is all 0 or all
    x / (1 - p), in both frameworks. With p = 0 or 1, or not training,
    the outputs are compared with each other."""
    a = call.arguments
    p = a.get("p", 0.5)
    if a.get("training", True) is False or p in (0, 1):
        return {"output": (torch_y, paddle_y)}
    kept = x / (1 - p)
    pairs = {}
    for framework, y in (("PyTorch", torch_y), ("Paddle", paddle_y)):
        dropped = (y == 0).all(axis=(2, 3), keepdims=True)
        pairs[f"{framework} rule"] = (np.where(dropped, 0, kept), y)
    return pairs


CHANNEL_RULE = ("same rule: each channel all 0 or x / (1 − p)",
                "规则一致：每个通道全为 0 或全为 x / (1 − p)")

CALLS = [
    Api("nn.Dropout", nn.Dropout, "paddle.nn.Dropout", port_dropout,
        full={"p": 0.2, "inplace": True}, required=0,
        values={"p": [0.0, 0.2, 1.0], "inplace": [True]},
        x_shape=(2, 3, 4, 5), outputs=dropout_rule, after=dropout_after),
    Api("F.dropout", F.dropout, "PF.dropout", port_dropout_function,
        full={"input": Var("x"), "p": 0.2, "training": False,
              "inplace": True},
        required=1,
        values={"p": [0.0, 0.2, 1.0], "training": [False],
                "inplace": [True]},
        extra=[(Var("x"), 0.2, False),
               {"p": 0.2, "training": True, "inplace": True}],
        tensors=lambda a: {"x": (2, 3, 4, 5)}, outputs=dropout_rule),
    Api("nn.Dropout2d", nn.Dropout2d, "paddle.nn.Dropout2D", port_dropout2d,
        full={"p": 0.2, "inplace": True}, required=0,
        values={"p": [0.0, 0.2, 1.0], "inplace": [True]},
        x_shape=(2, 8, 3, 4), outputs=channel_rule, after=dropout_after,
        rule=CHANNEL_RULE),
    Api("F.dropout2d", F.dropout2d, "PF.dropout2d",
        port_dropout2d_function,
        full={"input": Var("x"), "p": 0.2, "training": False,
              "inplace": True},
        required=1,
        values={"p": [0.0, 0.2, 1.0], "training": [False],
                "inplace": [True]},
        extra=[{"p": 0.2, "training": True, "inplace": True}],
        tensors=lambda a: {"x": (2, 8, 3, 4)}, outputs=channel_rule,
        rule=CHANNEL_RULE),
]
