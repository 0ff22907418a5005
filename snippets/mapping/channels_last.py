"""Paddle's data_format="NHWC" against PyTorch with a permute, for all
three layers: the conversion rule of every data_format row."""
import warnings

import numpy as np
import paddle
import torch
from torch import nn

# Paddle warns on each training-mode call of BatchNorm2D that it tracks
# running statistics; that is expected here.
warnings.filterwarnings("ignore", message="When training, we now")

rng = np.random.default_rng(0)
x = rng.standard_normal((2, 7, 9, 4)).astype(np.float32)  # N, H, W, C
weight = rng.standard_normal((5, 4, 3, 3)).astype(np.float32)
bias = rng.standard_normal(5).astype(np.float32)
tol = dict(rtol=1e-5, atol=1e-5)

# PyTorch: channels first going in, channels last coming out.
torch_x = torch.from_numpy(x).permute(0, 3, 1, 2)
paddle_x = paddle.to_tensor(x)

torch_conv = nn.Conv2d(4, 5, 3, padding=1)
with torch.no_grad():
    torch_conv.weight.copy_(torch.from_numpy(weight))
    torch_conv.bias.copy_(torch.from_numpy(bias))
paddle_conv = paddle.nn.Conv2D(4, 5, 3, padding=1, data_format="NHWC")
paddle_conv.weight.set_value(weight)  # same weight layout as NCHW
paddle_conv.bias.set_value(bias)

layers = {
    "Conv2D": (torch_conv, paddle_conv),
    "BatchNorm2D": (nn.BatchNorm2d(4),
                    paddle.nn.BatchNorm2D(4, data_format="NHWC")),
    "AdaptiveAvgPool2D": (
        nn.AdaptiveAvgPool2d((2, 3)),
        paddle.nn.AdaptiveAvgPool2D((2, 3), data_format="NHWC")),
}
for name, (torch_layer, paddle_layer) in layers.items():
    torch_y = torch_layer(torch_x).permute(0, 2, 3, 1).detach().numpy()
    paddle_y = paddle_layer(paddle_x).numpy()
    np.testing.assert_allclose(paddle_y, torch_y, **tol, err_msg=name)
    print(f"{name:17} NHWC {list(x.shape)} -> {list(paddle_y.shape)}"
          ", equal to PyTorch with permute")
