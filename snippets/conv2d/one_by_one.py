# A 1 x 1 convolution looks at one pixel at a time: at every position it
# is the same fully connected layer across the channels.
import numpy as np
import paddle
import torch
from torch import nn

rtol, atol = 1e-5, 1e-5  # float32 sums in another order
rng = np.random.default_rng(0)
x = rng.standard_normal((2, 8, 5, 6)).astype(np.float32)
weight = rng.standard_normal((3, 8, 1, 1)).astype(np.float32)

torch_conv = nn.Conv2d(8, 3, kernel_size=1, bias=False)
with torch.no_grad():
    torch_conv.weight.copy_(torch.from_numpy(weight))
torch_y = torch_conv(torch.from_numpy(x)).detach().numpy()
paddle_conv = paddle.nn.Conv2D(8, 3, kernel_size=1, bias_attr=False)
paddle_conv.weight.set_value(weight)
paddle_y = paddle_conv(paddle.to_tensor(x)).numpy()

# The same numbers as a matrix product over the channel axis.
matrix = weight[:, :, 0, 0]  # [C_out, C_in]
by_pixel = np.einsum("oc,nchw->nohw", matrix, x)
print("x", list(x.shape), "-> y", list(torch_y.shape))
print("weights:", torch_conv.weight.numel(), "= 3 x 8")

# Checks
np.testing.assert_allclose(torch_y, by_pixel, rtol=rtol, atol=atol)
np.testing.assert_allclose(paddle_y, by_pixel, rtol=rtol, atol=atol)
# Each output pixel depends only on the input pixel at the same place.
x_changed = x.copy()
x_changed[:, :, 2, 3] += 1.0
y_changed = torch_conv(torch.from_numpy(x_changed)).detach().numpy()
moved = np.abs(y_changed - torch_y).max(axis=(0, 1)) > 0
assert moved.sum() == 1 and moved[2, 3]
