"""Each activation layer in both frameworks, with its arguments."""
import inspect
import textwrap

import paddle
from torch import nn

PAIRS = [  # PyTorch layer, Paddle layer
    ("ReLU", "ReLU"), ("ReLU6", "ReLU6"), ("LeakyReLU", "LeakyReLU"),
    ("GELU", "GELU"), ("SiLU", "SiLU"), ("SiLU", "Swish"),
    ("Hardswish", "Hardswish"), ("Sigmoid", "Sigmoid"),
    ("Softmax", "Softmax"), ("Hardtanh", "Hardtanh"), ("ELU", "ELU"),
    ("SELU", "SELU"), ("Softplus", "Softplus"), ("Mish", "Mish"),
    ("Hardsigmoid", "Hardsigmoid"), ("Threshold", "ThresholdedReLU"),
]


def arguments(cls):
    """name=default for each argument, the name alone where it has no
    default; Sigmoid in PyTorch takes none."""
    found = inspect.signature(cls).parameters.values()
    return [p.name if p.default is p.empty else f"{p.name}={p.default!r}"
            for p in found if p.kind is p.POSITIONAL_OR_KEYWORD]


torch_args, paddle_args = {}, {}
for torch_name, paddle_name in PAIRS:
    torch_args[torch_name] = arguments(getattr(nn, torch_name))
    paddle_args[paddle_name] = arguments(getattr(paddle.nn, paddle_name))
    print(textwrap.fill(
        f"nn.{torch_name}({', '.join(torch_args[torch_name])})", 66,
        subsequent_indent="    "))
    print(textwrap.fill(
        f"  paddle.nn.{paddle_name}({', '.join(paddle_args[paddle_name])})",
        66, subsequent_indent="      "))

# Checks: the differences the page names.
assert torch_args["Softmax"] == ["dim=None"]
assert paddle_args["Softmax"] == ["axis=-1", "name=None"]
assert torch_args["GELU"] == ["approximate='none'"]
assert paddle_args["GELU"] == ["approximate=False", "name=None"]
assert "negative_slope=0.01" in torch_args["LeakyReLU"]
assert "negative_slope=0.01" in paddle_args["LeakyReLU"]
# inplace: every PyTorch layer here but GELU, Sigmoid, Softmax and
# Softplus has it;
# in Paddle only SiLU does.
torch_inplace = {n for n, a in torch_args.items() if "inplace=False" in a}
paddle_inplace = {n for n, a in paddle_args.items() if "inplace=False" in a}
assert torch_inplace == {"ReLU", "ReLU6", "LeakyReLU", "SiLU", "Hardswish",
                         "Hardtanh", "ELU", "SELU", "Mish", "Hardsigmoid",
                         "Threshold"}
assert paddle_inplace == {"SiLU"}
# Paddle's SiLU is its Silu under a second name.
assert paddle.nn.SiLU is paddle.nn.Silu
# Hardtanh's bounds are renamed; SELU's constants are arguments in
# Paddle only; Softplus has the same defaults (ints in Paddle).
assert torch_args["Hardtanh"][:2] == ["min_val=-1.0", "max_val=1.0"]
assert paddle_args["Hardtanh"] == ["min=-1.0", "max=1.0", "name=None"]
assert torch_args["SELU"] == ["inplace=False"]
assert paddle_args["SELU"][:2] == ["scale=1.0507009873554805",
                                   "alpha=1.6732632423543772"]
assert torch_args["Softplus"] == ["beta=1.0", "threshold=20.0"]
assert paddle_args["Softplus"] == ["beta=1", "threshold=20", "name=None"]
assert torch_args["Threshold"] == ["threshold", "value", "inplace=False"]
assert paddle_args["ThresholdedReLU"] == ["threshold=1.0", "value=0.0",
                                          "name=None"]
