# The receptive field of a stack of convolutions: the input pixels one
# output pixel depends on. The gradient of that output with respect to
# the input is nonzero exactly there.
import numpy as np
import paddle
import torch
from torch import nn


def formula(layers):
    """1 + sum of (k - 1) * d, each times the strides of the layers below."""
    field, jump = 1, 1
    for k, s, d in layers:
        field += (k - 1) * d * jump
        jump *= s
    return field


def torch_field(layers, size=41):
    convs = [nn.Conv2d(1, 1, k, stride=s, dilation=d, bias=False)
             for k, s, d in layers]
    for conv in convs:
        nn.init.ones_(conv.weight)  # all positive: no gradient cancels
    x = torch.zeros(1, 1, size, size, requires_grad=True)
    y = nn.Sequential(*convs)(x)
    y[0, 0, y.shape[2] // 2, y.shape[3] // 2].backward()
    rows = np.nonzero(x.grad[0, 0].abs().sum(1).numpy())[0]
    return rows.max() - rows.min() + 1


def paddle_field(layers, size=41):
    ones = paddle.ParamAttr(initializer=paddle.nn.initializer.Constant(1.0))
    convs = [paddle.nn.Conv2D(1, 1, k, stride=s, dilation=d,
                              weight_attr=ones, bias_attr=False)
             for k, s, d in layers]
    x = paddle.zeros([1, 1, size, size])
    x.stop_gradient = False
    y = paddle.nn.Sequential(*convs)(x)
    y[0, 0, y.shape[2] // 2, y.shape[3] // 2].backward()
    rows = np.nonzero(np.abs(x.grad.numpy()[0, 0]).sum(1))[0]
    return rows.max() - rows.min() + 1


stacks = {  # (kernel size, stride, dilation) of each layer, input first
    "one 3x3": [(3, 1, 1)],
    "two 3x3": [(3, 1, 1)] * 2,
    "three 3x3": [(3, 1, 1)] * 3,
    "one 7x7": [(7, 1, 1)],
    "3x3 stride 2, then two 3x3": [(3, 2, 1), (3, 1, 1), (3, 1, 1)],
    "3x3, dilation 1, 2, 4": [(3, 1, 1), (3, 1, 2), (3, 1, 4)],
}
fields = {name: torch_field(layers) for name, layers in stacks.items()}
for name, field in fields.items():
    print(f"{name:27} receptive field {field} x {field}")

# Checks
for name, layers in stacks.items():
    assert fields[name] == formula(layers), name
    assert paddle_field(layers) == fields[name], name
assert fields["three 3x3"] == fields["one 7x7"]
