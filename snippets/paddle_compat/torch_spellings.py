"""Which paddle.nn layers also answer to PyTorch's spelling, found by
introspection: Paddle writes 2D where PyTorch writes 2d."""
import inspect
import textwrap

import paddle
from torch import nn


def layers(module, base):
    """{name: class} of the public layer classes of a module."""
    return {name: obj for name, obj in vars(module).items()
            if inspect.isclass(obj) and issubclass(obj, base)
            and not name.startswith("_")}


paddle_layers = layers(paddle.nn, paddle.nn.Layer)
torch_layers = layers(nn, nn.Module)
# Paddle's 1D/2D/3D name -> every other spelling paddle.nn has for it,
# whatever its case: MaxUnPool2D is also MaxUnpool2d.
spelled = {}
for name in sorted(paddle_layers):
    if name[-2:] in ("1D", "2D", "3D"):
        spelled[name] = [other for other in dir(paddle.nn)
                         if other.lower() == name.lower()
                         and other != name]
aliases = {name: others[0] for name, others in spelled.items() if others}
missing = {name for name, others in spelled.items() if not others}
shared = sorted(set(paddle_layers) & set(torch_layers))

print(f"paddle.nn: {len(spelled)} layer names end in 1D, 2D or 3D")
print(f"{len(aliases)} also exist in PyTorch's spelling, as the same "
      "class:")
print(textwrap.fill(", ".join(aliases.values()), 72,
                    initial_indent="  ", subsequent_indent="  "))
print(f"{len(missing)} exist only with the capital D:")
print(textwrap.fill(", ".join(sorted(missing)), 72,
                    initial_indent="  ", subsequent_indent="  "))
print(f"{len(shared)} layer names are the same in torch.nn and paddle.nn")


def lookup(name):
    """Is the PyTorch spelling in paddle.nn, and is it the same class?"""
    d = name[:-1] + "d"
    obj = getattr(paddle.nn, d, None)
    return d, obj is not None and obj is getattr(paddle.nn, name)


# Checks: the layers of this site, and the whole list by introspection
assert lookup("Conv2D") == ("Conv2d", True)
assert lookup("AdaptiveAvgPool2D") == ("AdaptiveAvgPool2d", True)
assert aliases["MaxUnPool2D"] == "MaxUnpool2d"  # P: another case
for name in ["BatchNorm2D", "MaxPool2D", "AvgPool2D"]:
    assert name in missing and not hasattr(paddle.nn, name[:-1] + "d")
assert "Linear" in shared and "Flatten" in shared
# every spelling is the same class; none has two
assert all(getattr(paddle.nn, other) is paddle_layers[name]
           for name, others in spelled.items() for other in others)
assert all(len(others) <= 1 for others in spelled.values())
# a PyTorch layer's exact name is in paddle.nn iff it is an alias
by_lower = {name.lower(): name for name in spelled}
for torch_name in torch_layers:
    name = by_lower.get(torch_name.lower())
    if name is not None:
        assert hasattr(paddle.nn, torch_name) == (
            aliases.get(name) == torch_name), torch_name
