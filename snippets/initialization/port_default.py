"""PyTorch's default initialization in Paddle: U(-b, b) with
b = 1 / sqrt(fan_in) for the weight and the bias of every convolution
and Linear layer, set when the layer is built or redrawn afterwards."""
import math

import paddle
import torch

from init_stats import check_uniform

I = paddle.nn.initializer


LAYERS = (paddle.nn.Linear, paddle.nn.Conv1D, paddle.nn.Conv2D,
          paddle.nn.Conv3D, paddle.nn.Conv2DTranspose)


def fan_in(weight, layer):
    """PyTorch's fan_in, read from Paddle's layout."""
    if isinstance(layer, paddle.nn.Linear):
        return weight.shape[0]  # Linear weight: [in, out]
    # conv: [out, in / groups, kh, kw]; transposed: [in, out / groups, ...],
    # where PyTorch too reads axis 1
    return math.prod(weight.shape[1:])


def torch_like_attrs(fan_in):
    """weight_attr and bias_attr for a layer that is being built."""
    bound = 1 / math.sqrt(fan_in)
    return (paddle.ParamAttr(initializer=I.Uniform(-bound, bound)),
            paddle.ParamAttr(initializer=I.Uniform(-bound, bound)))


def torch_like_init(model):
    """Redraw every convolution and Linear layer of a built model."""
    for layer in model.sublayers(include_self=True):
        if isinstance(layer, LAYERS):
            bound = 1 / math.sqrt(fan_in(layer.weight, layer))
            I.Uniform(-bound, bound)(layer.weight)
            if layer.bias is not None:
                I.Uniform(-bound, bound)(layer.bias)


torch.manual_seed(0)
paddle.seed(0)
weight_attr, bias_attr = torch_like_attrs(600)
linear = paddle.nn.Linear(600, 200, weight_attr=weight_attr,
                          bias_attr=bias_attr)
model = paddle.nn.Sequential(
    paddle.nn.Conv2D(3, 64, 7, stride=2), paddle.nn.ReLU(),
    paddle.nn.Conv2D(64, 64, 3, groups=64), paddle.nn.Flatten(),
    paddle.nn.Linear(64, 10))
torch_like_init(model)
print("Linear(600, 200), built with the attrs: max|w| =",
      f"{float(linear.weight.abs().max()):.4f}")
for layer in (model[0], model[2], model[4]):
    print(f"{type(layer).__name__}{list(layer.weight.shape)}: fan_in = "
          f"{fan_in(layer.weight, layer)}, max|w| = "
          f"{float(layer.weight.abs().max()):.4f}")

# Checks: over a grid of layers (Linear wide, narrow and with one input;
# Conv2D with 1 x 1, odd, non-square kernels, groups, depthwise; Conv1D,
# Conv3D, Conv2DTranspose with groups), PyTorch's fresh layer and the
# redrawn Paddle layer both follow U(-b, b), b = 1 / sqrt(fan_in), the
# weight and the bias alike.
T, P = torch.nn, paddle.nn
grid = [  # (PyTorch layer, Paddle layer, fan_in)
    (T.Linear(600, 200), P.Linear(600, 200), 600),
    (T.Linear(200, 600), P.Linear(200, 600), 200),
    (T.Linear(1, 300), P.Linear(1, 300), 1),
    (T.Conv2d(64, 128, 3), P.Conv2D(64, 128, 3), 64 * 9),
    (T.Conv2d(64, 128, 1), P.Conv2D(64, 128, 1), 64),
    (T.Conv2d(32, 64, (3, 5)), P.Conv2D(32, 64, (3, 5)), 32 * 15),
    (T.Conv2d(64, 128, 3, groups=4), P.Conv2D(64, 128, 3, groups=4), 144),
    (T.Conv2d(256, 256, 3, groups=256), P.Conv2D(256, 256, 3, groups=256),
     9),
    (T.Conv2d(3, 64, 7), P.Conv2D(3, 64, 7), 147),
    (T.Conv1d(16, 256, 5), P.Conv1D(16, 256, 5), 80),
    (T.Conv3d(8, 64, 3), P.Conv3D(8, 64, 3), 216),
    # transposed: fan_in counts the outputs of a group (axis 1)
    (T.ConvTranspose2d(64, 128, 4, groups=2),
     P.Conv2DTranspose(64, 128, 4, groups=2), 64 * 16),
]
for t, p, fan in grid:
    torch_like_init(p)
    bound = 1 / math.sqrt(fan)
    for param in (t.weight, t.bias, p.weight, p.bias):
        check_uniform(param, -bound, bound)
