# Where the channels live. Paddle's data_format="NHWC" takes channels
# last; PyTorch always reads NCHW, so a channels-last array is permuted.
import numpy as np
import paddle
import torch
from torch import nn

rtol, atol = 1e-5, 1e-5  # float32 sums in another order
rng = np.random.default_rng(0)
x = rng.standard_normal((2, 3, 6, 8)).astype(np.float32)  # N, C, H, W
x_nhwc = x.transpose(0, 2, 3, 1)  # N, H, W, C
weight = rng.standard_normal((5, 3, 3, 3)).astype(np.float32)

torch_conv = nn.Conv2d(3, 5, 3, bias=False)
with torch.no_grad():
    torch_conv.weight.copy_(torch.from_numpy(weight))
torch_y = torch_conv(torch.from_numpy(x)).detach().numpy()

# NHWC changes the input and output layout, not the weight layout.
paddle_conv = paddle.nn.Conv2D(3, 5, 3, bias_attr=False,
                               data_format="NHWC")
print("paddle NHWC weight:", list(paddle_conv.weight.shape))
paddle_conv.weight.set_value(weight)
paddle_y = paddle_conv(paddle.to_tensor(x_nhwc)).numpy()
print("paddle NHWC     x", x_nhwc.shape, "-> y", paddle_y.shape)

# PyTorch: permute to NCHW, convolve, permute back.
permuted_y = torch_conv(torch.from_numpy(x_nhwc).permute(0, 3, 1, 2))
permuted_y = permuted_y.permute(0, 2, 3, 1).detach().numpy()
print("torch permute   x", x_nhwc.shape, "-> y", permuted_y.shape)

# torch.channels_last is a memory order only: shapes stay NCHW.
x_cl = torch.from_numpy(x).to(memory_format=torch.channels_last)
cl_y = torch_conv(x_cl).detach().numpy()
print("torch channels_last x", tuple(x_cl.shape), "-> y", cl_y.shape)

# One image without the batch axis: PyTorch accepts (C, H, W).
single_y = torch_conv(torch.from_numpy(x[0]))
print("torch (C, H, W) x", x[0].shape, "-> y", tuple(single_y.shape))
try:
    paddle.nn.Conv2D(3, 5, 3)(paddle.to_tensor(x[0]))
except ValueError:
    paddle_3d = "ValueError"
print("paddle 3-D input:", paddle_3d, "(needs the batch axis)")

# Checks
assert list(paddle_conv.weight.shape) == list(weight.shape)
np.testing.assert_allclose(paddle_y.transpose(0, 3, 1, 2), torch_y,
                           rtol=rtol, atol=atol)
np.testing.assert_allclose(permuted_y, paddle_y, rtol=rtol, atol=atol)
np.testing.assert_allclose(cl_y, torch_y, rtol=rtol, atol=atol)
assert tuple(single_y.shape) == torch_y.shape[1:], f"{single_y.shape}"
