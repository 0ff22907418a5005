# Conv -> BatchNorm: in train mode the batch mean absorbs any constant a
# channel gets, so the convolution's bias changes nothing. The division by
# the batch's standard deviation likewise absorbs the weights' scale.
import warnings

import numpy as np
import paddle
import torch
from torch import nn

# Paddle warns on every train-mode forward pass; the page says why.
warnings.filterwarnings("ignore", message="When training")
rtol, atol = 1e-4, 1e-4  # float32; eps breaks scale invariance slightly
torch.manual_seed(0)
paddle.seed(0)
rng = np.random.default_rng(0)
x = torch.from_numpy(rng.standard_normal((8, 3, 6, 6)).astype(np.float32))

conv = nn.Conv2d(3, 4, 3)  # with a bias
plain = nn.Conv2d(3, 4, 3, bias=False)
scaled = nn.Conv2d(3, 4, 3, bias=False)
with torch.no_grad():
    plain.weight.copy_(conv.weight)
    scaled.weight.copy_(10 * conv.weight)
bn = nn.BatchNorm2d(4)  # train mode: batch statistics

y = bn(conv(x)).detach().numpy()
y_plain = bn(plain(x)).detach().numpy()
y_scaled = bn(scaled(x)).detach().numpy()
print("conv bias:", conv.bias.detach().numpy().round(3))
print("largest |y - y without bias|:", f"{np.abs(y - y_plain).max():.1e}")
print("largest |y - y, weights x10|:", f"{np.abs(y - y_scaled).max():.1e}")

# Paddle, same idea, with a large bias.
paddle_conv = paddle.nn.Conv2D(3, 4, 3)
paddle_conv.bias.set_value(np.full(4, 5.0, np.float32))
paddle_plain = paddle.nn.Conv2D(3, 4, 3, bias_attr=False)
paddle_plain.weight.set_value(paddle_conv.weight)
paddle_scaled = paddle.nn.Conv2D(3, 4, 3, bias_attr=False)
paddle_scaled.weight.set_value(10 * paddle_conv.weight)
paddle_bn = paddle.nn.BatchNorm2D(4)
paddle_x = paddle.to_tensor(x.numpy())
paddle_y = paddle_bn(paddle_conv(paddle_x)).numpy()
paddle_y_plain = paddle_bn(paddle_plain(paddle_x)).numpy()
paddle_y_scaled = paddle_bn(paddle_scaled(paddle_x)).numpy()

# Checks
np.testing.assert_allclose(y, y_plain, rtol=rtol, atol=atol)
np.testing.assert_allclose(y, y_scaled, rtol=rtol, atol=atol)
np.testing.assert_allclose(paddle_y, paddle_y_plain, rtol=rtol, atol=atol)
np.testing.assert_allclose(paddle_y, paddle_y_scaled, rtol=rtol, atol=atol)
# Without batch normalization the bias does change the output.
assert not np.allclose(conv(x).detach(), plain(x).detach(), atol=1e-3)
