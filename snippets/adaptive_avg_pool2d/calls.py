"""The call matrix's entries for the APIs this page teaches: each one's
port (the Paddle code for a PyTorch call) and its calls.
snippets/mapping/call_matrix.py runs them."""
import sys
from pathlib import Path

from torch import nn

# Run alone: snippets/ on the path, as the build's kernel has it.
if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from call_engine import Api, source  # noqa: E402


def port_adaptive_avg_pool2d(call):
    return source("paddle.nn.AdaptiveAvgPool2D",
                  [call.arguments["output_size"]], {})


CALLS = [
    Api("nn.AdaptiveAvgPool2d", nn.AdaptiveAvgPool2d,
        "paddle.nn.AdaptiveAvgPool2D", port_adaptive_avg_pool2d,
        full={"output_size": (3, 4)}, required=1,
        values={"output_size": [1, 4, (3, None), (None, 2)]},
        x_shape=(2, 4, 9, 10)),
]
