"""Both layers and both functions, with their defaults as installed."""
import ast
import inspect
import textwrap

import paddle
import paddle.nn.functional as PF
import torch.nn.functional as F
from torch import nn


def parameters(api):
    """{name: default}; PyTorch's F.max_pool2d hides its signature behind
    a dispatcher, so read the one its docstring starts with."""
    params = inspect.signature(api).parameters
    if "args" not in params:
        return {name: p.default for name, p in params.items()}
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


torch_layer = show("torch.nn.MaxPool2d", nn.MaxPool2d)
paddle_layer = show("paddle.nn.MaxPool2D", paddle.nn.MaxPool2D)
torch_function = show("torch.nn.functional.max_pool2d", F.max_pool2d)
paddle_function = show("paddle.nn.functional.max_pool2d", PF.max_pool2d)

# Checks: what the page says about these signatures.
for found in (torch_layer, paddle_layer, torch_function, paddle_function):
    assert found["stride"] is None and found["padding"] == 0
    assert found["ceil_mode"] is False
assert "dilation" in torch_layer and "dilation" not in paddle_layer
assert "dilation" not in paddle_function
assert torch_layer["return_indices"] is False
assert paddle_layer["return_mask"] is False
# The order after padding: the layer and the function differ in PyTorch.
assert list(torch_layer)[3:] == ["dilation", "return_indices", "ceil_mode"]
assert list(torch_function)[4:] == ["dilation", "ceil_mode",
                                    "return_indices"]
assert list(paddle_layer)[3:5] == ["return_mask", "ceil_mode"]
