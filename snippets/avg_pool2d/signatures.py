"""Both layers and both functions, with their defaults as installed."""
import ast
import inspect
import textwrap

import paddle
import paddle.nn.functional as PF
import torch.nn.functional as F
from torch import nn


def parameters(api):
    """{name: default}; PyTorch's F.avg_pool2d is compiled and has no
    Python signature, so read the one its docstring starts with."""
    try:
        params = inspect.signature(api).parameters
        return {name: p.default for name, p in params.items()}
    except ValueError:
        head = api.__doc__.strip().splitlines()[0].split(" -> ")[0]
    args = ast.parse(f"def {head}: pass").body[0].args
    defaults = [ast.literal_eval(d) for d in args.defaults]
    defaults = [inspect.Parameter.empty] * (
        len(args.args) - len(defaults)) + defaults
    return {a.arg: d for a, d in zip(args.args, defaults)}


def show(title, api):
    found = parameters(api)
    text = ", ".join(name if d is inspect.Parameter.empty
                     else f"{name}={d!r}" for name, d in found.items())
    print(textwrap.fill(f"{title}({text})", 72,
                        subsequent_indent="    "))
    return found


torch_layer = show("torch.nn.AvgPool2d", nn.AvgPool2d)
paddle_layer = show("paddle.nn.AvgPool2D", paddle.nn.AvgPool2D)
torch_function = show("torch.nn.functional.avg_pool2d", F.avg_pool2d)
paddle_function = show("paddle.nn.functional.avg_pool2d", PF.avg_pool2d)

# Checks: what the page says about these signatures.
for found in (torch_layer, paddle_layer, torch_function, paddle_function):
    assert found["stride"] is None and found["padding"] == 0
    assert found["ceil_mode"] is False
    assert found["divisor_override"] is None
for found in (torch_layer, torch_function):
    assert found["count_include_pad"] is True
for found in (paddle_layer, paddle_function):
    assert found["exclusive"] is True
# The same position, opposite meanings.
assert list(torch_layer).index("count_include_pad") == list(
    paddle_layer).index("exclusive") == 4
