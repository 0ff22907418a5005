# Same input, same weights, same settings: the same output in both
# frameworks. NumPy makes the numbers once; both layers copy them.
import numpy as np
import paddle
import torch
from torch import nn

rtol, atol = 1e-5, 1e-5  # float32 sums may differ in the last bits
rng = np.random.default_rng(0)
x = rng.standard_normal((2, 4, 11, 12)).astype(np.float32)
weight = rng.standard_normal((6, 2, 3, 3)).astype(np.float32)
bias = rng.standard_normal(6).astype(np.float32)
opts = dict(stride=2, padding=1, dilation=2, groups=2)

torch_conv = nn.Conv2d(4, 6, 3, **opts)
with torch.no_grad():  # copying into a parameter is not a training step
    torch_conv.weight.copy_(torch.from_numpy(weight))
    torch_conv.bias.copy_(torch.from_numpy(bias))
torch_y = torch_conv(torch.from_numpy(x)).detach().numpy()

paddle_conv = paddle.nn.Conv2D(4, 6, 3, **opts)
paddle_conv.weight.set_value(weight)
paddle_conv.bias.set_value(bias)
paddle_y = paddle_conv(paddle.to_tensor(x)).numpy()

print("settings:", opts)
print("torch y ", torch_y.shape, np.round(torch_y[0, 0, 0, :4], 4))
print("paddle y", paddle_y.shape, np.round(paddle_y[0, 0, 0, :4], 4))
np.testing.assert_allclose(torch_y, paddle_y, rtol=rtol, atol=atol)
print(f"equal within rtol={rtol:g}, atol={atol:g}")
