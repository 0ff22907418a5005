"""The call matrix's entries for the APIs this page teaches: each one's
port (the Paddle code for a PyTorch call) and its calls.
snippets/mapping/call_matrix.py runs them."""
import sys
from pathlib import Path

import torch.nn.functional as F

# Run alone: snippets/ on the path, as the build's kernel has it.
if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from call_engine import Api, Var, port_padding, source  # noqa: E402


def port_conv2d_function(call):
    a = dict(call.arguments)
    if "padding" in a:  # the kernel size is the weight's shape
        kernel = call.api.tensors(a)["weight"][2:]
        a["padding"] = port_padding(a | {"kernel_size": kernel})
    positional = [a.pop(n) for n in call.positional]
    keywords = {"x" if k == "input" else k: v for k, v in a.items()}
    return source("PF.conv2d", positional, keywords)


CALLS = [
    Api("F.conv2d", F.conv2d, "PF.conv2d", port_conv2d_function,
        full={"input": Var("x"), "weight": Var("weight"),
              "bias": Var("bias"), "stride": 2, "padding": 1,
              "dilation": 2, "groups": 2},
        required=2,
        values={"bias": [Var("bias")], "stride": [2],
                "padding": [1, "valid", "same"], "dilation": [2],
                "groups": [2]},
        extra=[{"padding": "same", "dilation": 2}],
        tensors=lambda a: {"x": (2, 4, 9, 10),
                           "weight": (6, 4 // a.get("groups", 1), 3, 3),
                           "bias": (6,)}),
]
