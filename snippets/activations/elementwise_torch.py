# An activation function acts on each value on its own; the layers have
# no weights. Each row: the layer's output for the same six inputs,
# checked against the formula written in NumPy.
import math

import numpy as np
import torch
from torch import nn

x = np.array([-2.0, -1.0, 0.0, 1.0, 2.0, 8.0], dtype=np.float32)
x64 = x.astype(np.float64)
erf = np.vectorize(math.erf)
sigmoid = 1 / (1 + np.exp(-x64))
tanh_gelu = 0.5 * x64 * (1 + np.tanh(
    math.sqrt(2 / math.pi) * (x64 + 0.044715 * x64 ** 3)))
elu = np.where(x64 > 0, x64, np.expm1(x64))
scale, alpha = 1.0507009873554805, 1.6732632423543772  # SELU's
softplus = np.log1p(np.exp(x64))
layers = {  # name: (layer, formula)
    "ReLU": (nn.ReLU(), np.maximum(x64, 0)),
    "ReLU6": (nn.ReLU6(), np.clip(x64, 0, 6)),
    "LeakyReLU": (nn.LeakyReLU(), np.where(x64 > 0, x64, 0.01 * x64)),
    "GELU": (nn.GELU(), 0.5 * x64 * (1 + erf(x64 / math.sqrt(2)))),
    "GELU tanh": (nn.GELU(approximate="tanh"), tanh_gelu),
    "SiLU": (nn.SiLU(), x64 * sigmoid),
    "Hardswish": (nn.Hardswish(), x64 * np.clip(x64 + 3, 0, 6) / 6),
    "Sigmoid": (nn.Sigmoid(), sigmoid),
    "Hardtanh": (nn.Hardtanh(), np.clip(x64, -1, 1)),
    "ELU": (nn.ELU(), elu),
    "SELU": (nn.SELU(), scale * np.where(x64 > 0, x64,
                                         alpha * np.expm1(x64))),
    "Softplus": (nn.Softplus(), softplus),
    "Mish": (nn.Mish(), x64 * np.tanh(softplus)),
    "Hardsigmoid": (nn.Hardsigmoid(), np.clip(x64 + 3, 0, 6) / 6),
}
print("x:         ", x)
rtol, atol = 1e-5, 1e-6  # float32 layer against float64 NumPy
for name, (layer, formula) in layers.items():
    y = layer(torch.from_numpy(x)).numpy()
    print(f"{name:11}", np.round(y, 4))
    np.testing.assert_allclose(y, formula, rtol, atol, err_msg=name)
    assert list(layer.parameters()) == []
