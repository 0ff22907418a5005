"""Each activation layer in both frameworks, with its arguments."""
import inspect

import paddle
from torch import nn

PAIRS = [  # PyTorch layer, Paddle layer
    ("ReLU", "ReLU"), ("ReLU6", "ReLU6"), ("LeakyReLU", "LeakyReLU"),
    ("GELU", "GELU"), ("SiLU", "SiLU"), ("SiLU", "Swish"),
    ("Hardswish", "Hardswish"), ("Sigmoid", "Sigmoid"),
    ("Softmax", "Softmax"),
]


def arguments(cls):
    """name=default for each argument; Sigmoid in PyTorch takes none."""
    found = inspect.signature(cls).parameters.values()
    return [f"{p.name}={p.default!r}" for p in found
            if p.kind is p.POSITIONAL_OR_KEYWORD]


torch_args, paddle_args = {}, {}
for torch_name, paddle_name in PAIRS:
    torch_args[torch_name] = arguments(getattr(nn, torch_name))
    paddle_args[paddle_name] = arguments(getattr(paddle.nn, paddle_name))
    print(f"nn.{torch_name}({', '.join(torch_args[torch_name])})")
    print(f"  paddle.nn.{paddle_name}"
          f"({', '.join(paddle_args[paddle_name])})")

# Checks: the differences the page names.
assert torch_args["Softmax"] == ["dim=None"]
assert paddle_args["Softmax"] == ["axis=-1", "name=None"]
assert torch_args["GELU"] == ["approximate='none'"]
assert paddle_args["GELU"] == ["approximate=False", "name=None"]
assert "negative_slope=0.01" in torch_args["LeakyReLU"]
assert "negative_slope=0.01" in paddle_args["LeakyReLU"]
# inplace: every PyTorch layer here but GELU, Sigmoid and Softmax has it;
# in Paddle only SiLU does.
torch_inplace = {n for n, a in torch_args.items() if "inplace=False" in a}
paddle_inplace = {n for n, a in paddle_args.items() if "inplace=False" in a}
assert torch_inplace == {"ReLU", "ReLU6", "LeakyReLU", "SiLU", "Hardswish"}
assert paddle_inplace == {"SiLU"}
# Paddle's SiLU is its Silu under a second name.
assert paddle.nn.SiLU is paddle.nn.Silu
