"""Both layers and both functions, with their defaults, as installed."""
import inspect
import textwrap

import paddle
import paddle.nn.functional as PF
import torch.nn.functional as F
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


apis = {"torch.nn": nn.Linear, "paddle.nn": paddle.nn.Linear,
        "paddle.compat.nn": paddle.compat.nn.Linear,
        "torch.nn.functional": F.linear, "paddle.nn.functional": PF.linear}
for module, api in apis.items():
    # Wrapped so that the listing fits a phone screen
    print(textwrap.fill(f"{module}.{signature(api)}", 66,
                        subsequent_indent="    "))

# Checks: the defaults the page relies on
torch_params = inspect.signature(nn.Linear).parameters
paddle_params = inspect.signature(paddle.nn.Linear).parameters
assert torch_params["bias"].default is True
assert paddle_params["bias_attr"].default is None
assert {"device", "dtype"} <= set(torch_params) - set(paddle_params)
assert {"weight_attr", "bias_attr", "name"} <= set(paddle_params)
assert "bias" not in paddle_params
compat_params = inspect.signature(paddle.compat.nn.Linear).parameters
assert [(p.name, p.default) for p in compat_params.values()] == [
    (p.name, p.default) for p in torch_params.values()]
