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
]
