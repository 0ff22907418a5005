"""Which PyTorch keywords Paddle's layers accept: each keyword of the
PyTorch signature, passed alone with PyTorch's default, to the Paddle
layer. Accepted means no TypeError, not the same meaning."""
import inspect
import warnings

import paddle
from torch import nn

# PyTorch name -> (Paddle class, the required arguments by position)
LAYERS = {
    "Conv2d": (paddle.nn.Conv2D, (4, 6, 3)),
    "BatchNorm2d": (paddle.nn.BatchNorm2D, (4,)),
    "AdaptiveAvgPool2d": (paddle.nn.AdaptiveAvgPool2D, (2,)),
    "Linear": (paddle.nn.Linear, (4, 3)),
    "MaxPool2d": (paddle.nn.MaxPool2D, (2,)),
    "AvgPool2d": (paddle.nn.AvgPool2D, (2,)),
    "Dropout": (paddle.nn.Dropout, ()),
    "Flatten": (paddle.nn.Flatten, ()),
}


hints = {}  # what Paddle's error message suggests instead


def accepted(paddle_layer, head, name, value):
    """Does the Paddle layer take the keyword? A TypeError about another
    argument (one still missing) does not count against it."""
    try:
        with warnings.catch_warnings(record=True) as caught:
            paddle_layer(*head, **{name: value})
    except TypeError as error:
        message = str(error)
        first = paddle_layer.__name__ not in hints
        if "Did you mean" in message and first:
            hints[paddle_layer.__name__] = (
                message.split("Did you mean to use ")[1].split("(")[0],
                [str(w.message).split(". ")[0] for w in caught])
        return f"'{name}'" not in message or "missing" in message
    return True


table = {}
for torch_name, (paddle_layer, required) in LAYERS.items():
    parameters = inspect.signature(getattr(nn, torch_name)).parameters
    table[torch_name] = {}
    for i, (name, p) in enumerate(parameters.items()):
        if i < len(required):  # required: by keyword, the rest before
            head, value = required[:i], required[i]
        else:
            head, value = required, p.default
        table[torch_name][name] = accepted(paddle_layer, head, name, value)
    yes = [n for n, ok in table[torch_name].items() if ok]
    no = [n for n, ok in table[torch_name].items() if not ok]
    print(f"{paddle_layer.__name__:18} takes {len(yes)} of "
          f"{len(parameters)}; refuses: {', '.join(no) or 'none'}")
for layer, (suggestion, warned) in hints.items():
    print(f"{layer}: the TypeError suggests {suggestion}(); first a "
          f"warning:\n  {warned[0] if warned else 'none'}")

# Checks: the keywords the mapping rows rely on
conv, bn = table["Conv2d"], table["BatchNorm2d"]
assert all(conv.values()), conv  # all of Conv2d's, bias included
for name in ["eps", "affine", "track_running_stats", "device", "dtype",
             "bias"]:
    assert not bn[name], name
assert bn["num_features"] and bn["momentum"]  # a name, not a meaning
assert all(table["AdaptiveAvgPool2d"].values())
assert not table["Linear"]["bias"]
assert hints["Linear"][0] == "paddle.compat.nn.Linear"
assert "may behave differently" in hints["Linear"][1][0]
