"""The layers and the functions, with their defaults, as installed."""
import inspect
import textwrap

import paddle
import paddle.nn.functional as PF
import torch.nn.functional as F
from torch import nn


def signature(api):
    """name(arg, arg=default, ...) without type annotations."""
    sig = inspect.signature(api)
    params = [p.replace(annotation=p.empty) for p in sig.parameters.values()]
    plain = sig.replace(parameters=params, return_annotation=sig.empty)
    return f"{api.__name__}{plain}"


apis = {"torch.nn": nn.Dropout, "paddle.nn": paddle.nn.Dropout,
        "torch.nn.functional": F.dropout, "paddle.nn.functional": PF.dropout,
        "torch.nn ": nn.Dropout2d, "paddle.nn ": paddle.nn.Dropout2D,
        "torch.nn.functional ": F.dropout2d,
        "paddle.nn.functional ": PF.dropout2d}
for module, api in apis.items():
    # Wrapped so that the listing fits a phone screen
    print(textwrap.fill(f"{module.strip()}.{signature(api)}", 66,
                        subsequent_indent="    "))

# A p outside [0, 1]: PyTorch refuses to build the layer, Paddle builds it
# and refuses on the first call.
try:
    nn.Dropout(1.5)
except ValueError as error:
    print("nn.Dropout(1.5): ValueError when built:\n   ", error)
bad = paddle.nn.Dropout(1.5)
try:
    bad(paddle.ones([2, 2]))
except ValueError as error:
    print("paddle.nn.Dropout(1.5): built; ValueError on the first call:"
          "\n   ", error)

# Checks: the defaults the page relies on
torch_params = inspect.signature(nn.Dropout).parameters
paddle_params = inspect.signature(paddle.nn.Dropout).parameters
assert torch_params["p"].default == paddle_params["p"].default == 0.5
assert paddle_params["mode"].default == "upscale_in_train"
assert paddle_params["axis"].default is None
assert [n for n in paddle_params if n not in torch_params] == [
    "axis", "mode", "name"]
assert inspect.signature(F.dropout).parameters["training"].default is True
assert inspect.signature(PF.dropout).parameters["training"].default is True
assert not hasattr(paddle.compat.nn, "Dropout")
