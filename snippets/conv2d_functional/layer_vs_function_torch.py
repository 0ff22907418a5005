# The layer is the function plus stored parameters and settings: calling
# F.conv2d with the layer's weight, bias and settings gives its output.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
x = torch.randn(2, 4, 11, 12)

conv = nn.Conv2d(4, 6, 3, stride=2, padding=1, dilation=2, groups=2)
# The layer keeps its settings as public attributes.
print("stride", conv.stride, "padding", conv.padding,
      "dilation", conv.dilation, "groups", conv.groups)
y_layer = conv(x)
y_function = F.conv2d(x, conv.weight, conv.bias, conv.stride,
                      conv.padding, conv.dilation, conv.groups)
print("layer", list(y_layer.shape), "function", list(y_function.shape))

# padding_mode exists only in the layer: the function needs F.pad first.
reflect = nn.Conv2d(4, 6, 3, padding=1, padding_mode="reflect")
y_reflect_layer = reflect(x)
y_reflect_function = F.conv2d(F.pad(x, (1, 1, 1, 1), mode="reflect"),
                              reflect.weight, reflect.bias)
print("reflect: layer", list(y_reflect_layer.shape),
      "F.pad + function", list(y_reflect_function.shape))

# Checks: equal bit for bit, no tolerance.
assert torch.equal(y_layer, y_function), "layer and function differ"
assert torch.equal(y_reflect_layer, y_reflect_function), "reflect differs"
