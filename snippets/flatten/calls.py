"""The call matrix's entries for the APIs this page teaches: each one's
port (the Paddle code for a PyTorch call) and its calls.
snippets/mapping/call_matrix.py runs them."""
import sys
from pathlib import Path

import torch
from torch import nn

# Run alone: snippets/ on the path, as the build's kernel has it.
if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from call_engine import Api, Var, source  # noqa: E402


RENAME_AXES = {"input": "x", "start_dim": "start_axis",
               "end_dim": "stop_axis"}


def port_flatten(name):
    def port(call):
        a = {RENAME_AXES[k]: v for k, v in call.arguments.items()}
        positional = [a.pop(RENAME_AXES[n]) for n in call.positional]
        return source(name, positional, a)
    return port


CALLS = [
    Api("nn.Flatten", nn.Flatten, "paddle.nn.Flatten",
        port_flatten("paddle.nn.Flatten"),
        full={"start_dim": 2, "end_dim": -2}, required=0,
        values={"start_dim": [0, 2], "end_dim": [2, -2]},
        x_shape=(2, 3, 4, 5)),
    Api("torch.flatten", torch.flatten, "paddle.flatten",
        port_flatten("paddle.flatten"),
        full={"input": Var("x"), "start_dim": 1, "end_dim": 2},
        required=1, values={"start_dim": [1, 2], "end_dim": [2, -2]},
        tensors=lambda a: {"x": (2, 3, 4, 5)}),
]
