# The padding layers: one per mode, each with (left, right, top, bottom).
import numpy as np
import torch
from torch import nn

x = torch.arange(1.0, 13.0).reshape(1, 1, 3, 4)
padding = (1, 2, 0, 1)
layers = {
    "zeros": nn.ZeroPad2d(padding),
    "constant 9": nn.ConstantPad2d(padding, 9.0),
    "reflect": nn.ReflectionPad2d(padding),
    "replicate": nn.ReplicationPad2d(padding),
    "circular": nn.CircularPad2d(padding),
}
outputs = {name: layer(x)[0, 0].numpy() for name, layer in layers.items()}
for name, y in outputs.items():
    print(f"{name:10} {list(y.shape)}, first row {y[0].astype(int)}")

# Checks: each layer is np.pad with its mode, widths (top, bottom) and
# (left, right).
numpy_args = {"zeros": {}, "constant 9": {"constant_values": 9.0},
              "reflect": {"mode": "reflect"}, "replicate": {"mode": "edge"},
              "circular": {"mode": "wrap"}}
for name, y in outputs.items():
    want = np.pad(x[0, 0].numpy(), ((0, 1), (1, 2)), **numpy_args[name])
    np.testing.assert_array_equal(y, want)
