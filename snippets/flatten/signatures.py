"""The layers and the functions, with their defaults, as installed."""
import inspect
import textwrap

import paddle
import torch
from torch import nn


def signature(api):
    """name(arg, arg=default, ...) without type annotations. A compiled
    function has no Python signature; its docstring starts with one."""
    if inspect.isbuiltin(api):
        return api.__doc__.strip().splitlines()[0].split(" -> ")[0]
    sig = inspect.signature(api)
    params = [p.replace(annotation=p.empty) for p in sig.parameters.values()]
    plain = sig.replace(parameters=params, return_annotation=sig.empty)
    return f"{api.__name__}{plain}"


apis = {"torch.nn": nn.Flatten, "paddle.nn": paddle.nn.Flatten,
        "torch": torch.flatten, "paddle": paddle.flatten}
for module, api in apis.items():
    # Wrapped so that the listing fits a phone screen
    print(textwrap.fill(f"{module}.{signature(api)}", 66,
                        subsequent_indent="    "))

# Checks: the defaults the page relies on
torch_layer = inspect.signature(nn.Flatten).parameters
paddle_layer = inspect.signature(paddle.nn.Flatten).parameters
paddle_function = inspect.signature(paddle.flatten).parameters
assert torch_layer["start_dim"].default == 1
assert torch_layer["end_dim"].default == -1
assert paddle_layer["start_axis"].default == 1
assert paddle_layer["stop_axis"].default == -1
assert signature(torch.flatten) == "flatten(input, start_dim=0, end_dim=-1)"
assert paddle_function["start_axis"].default == 0
assert paddle_function["stop_axis"].default == -1
assert not hasattr(paddle.compat.nn, "Flatten")
