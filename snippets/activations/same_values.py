# The same activation in both frameworks, on the same 1,601 inputs from
# -8 to 8 and two large ones: equal within a float32 tolerance (exp,
# erf and tanh are computed by different libraries).
import numpy as np
import paddle
import torch
from torch import nn

x = np.concatenate([np.linspace(-8, 8, 1601), [-100, 100]])
x = x.astype(np.float32)
pairs = {  # name: (PyTorch layer, Paddle layer)
    "ReLU": (nn.ReLU(), paddle.nn.ReLU()),
    "ReLU6": (nn.ReLU6(), paddle.nn.ReLU6()),
    "LeakyReLU(0.2)": (nn.LeakyReLU(0.2), paddle.nn.LeakyReLU(0.2)),
    "GELU": (nn.GELU(), paddle.nn.GELU()),
    "GELU tanh": (nn.GELU("tanh"), paddle.nn.GELU(True)),
    "SiLU / Silu": (nn.SiLU(), paddle.nn.Silu()),
    "SiLU / Swish": (nn.SiLU(), paddle.nn.Swish()),
    "Hardswish": (nn.Hardswish(), paddle.nn.Hardswish()),
    "Sigmoid": (nn.Sigmoid(), paddle.nn.Sigmoid()),
    "Softmax(dim=0 / axis=0)": (nn.Softmax(dim=0), paddle.nn.Softmax(0)),
    "Hardtanh(-0.5, 2.0)": (nn.Hardtanh(-0.5, 2.0),
                            paddle.nn.Hardtanh(-0.5, 2.0)),
    "ELU(0.5)": (nn.ELU(0.5), paddle.nn.ELU(0.5)),
    "SELU": (nn.SELU(), paddle.nn.SELU()),
    "Softplus": (nn.Softplus(), paddle.nn.Softplus()),
    "Mish": (nn.Mish(), paddle.nn.Mish()),
    "Hardsigmoid": (nn.Hardsigmoid(), paddle.nn.Hardsigmoid()),
    "Threshold / ThresholdedReLU": (nn.Threshold(0.5, -1.0),
                                    paddle.nn.ThresholdedReLU(0.5, -1.0)),
}
EXACT = ("ReLU", "ReLU6", "LeakyReLU(0.2)", "Hardtanh(-0.5, 2.0)",
         "Threshold / ThresholdedReLU")
rtol, atol = 1e-5, 1e-6
print("largest |PyTorch - Paddle|:")
for name, (torch_layer, paddle_layer) in pairs.items():
    torch_y = torch_layer(torch.from_numpy(x)).numpy()
    paddle_y = paddle_layer(paddle.to_tensor(x)).numpy()
    gap = float(np.abs(torch_y - paddle_y).max())
    print(f"  {name:27} {gap:.0e}")
    # Check
    np.testing.assert_allclose(paddle_y, torch_y, rtol, atol, err_msg=name)
    if name in EXACT:  # no rounding at all
        np.testing.assert_array_equal(paddle_y, torch_y, err_msg=name)
