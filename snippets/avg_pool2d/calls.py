"""The call matrix's entries for the APIs this page teaches: each one's
port (the Paddle code for a PyTorch call) and its calls.
snippets/mapping/call_matrix.py runs them."""
import sys
from pathlib import Path

import torch.nn.functional as F
from torch import nn

# Run alone: snippets/ on the path, as the build's kernel has it.
if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from call_engine import Api, Var, port_pool  # noqa: E402


CALLS = [
    Api("nn.AvgPool2d", nn.AvgPool2d, "paddle.nn.AvgPool2D",
        port_pool("paddle.nn.AvgPool2D"),
        full={"kernel_size": 3, "stride": 2, "padding": 1,
              "ceil_mode": True, "count_include_pad": False,
              "divisor_override": 2},
        required=1,
        values={"stride": [2, (1, 2)], "padding": [1, (1, 0)],
                "ceil_mode": [True], "count_include_pad": [False],
                "divisor_override": [2]},
        extra=[{"padding": 1, "count_include_pad": False},
               {"padding": 1, "divisor_override": 2},
               {"kernel_size": 2, "stride": 2, "padding": 1,
                "ceil_mode": True},
               {"kernel_size": 2, "stride": 2, "padding": 1,
                "ceil_mode": True, "count_include_pad": False},
               {"kernel_size": 2, "stride": 3, "ceil_mode": True}],
        x_shape=(2, 3, 9, 10)),
    Api("F.avg_pool2d", F.avg_pool2d, "PF.avg_pool2d",
        port_pool("PF.avg_pool2d"),
        full={"input": Var("x"), "kernel_size": 3, "stride": 2,
              "padding": 1, "ceil_mode": True, "count_include_pad": False,
              "divisor_override": 2},
        required=2,
        values={"stride": [2], "padding": [1], "ceil_mode": [True],
                "count_include_pad": [False], "divisor_override": [2]},
        extra=[{"padding": 1, "count_include_pad": False},
               {"kernel_size": 2, "stride": 2, "padding": 1,
                "ceil_mode": True}],
        tensors=lambda a: {"x": (2, 3, 9, 10)}),
]
