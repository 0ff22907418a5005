# divisor_override replaces the divisor: each output is the window's
# sum divided by this number. Both frameworks take it, but Paddle's
# default exclusive=True still rescales by the real values in the
# window, so only exclusive=False gives PyTorch's result.
import numpy as np
import paddle
import torch
from torch import nn

x = np.arange(16, dtype=np.float32).reshape(1, 1, 4, 4)
torch_y = nn.AvgPool2d(3, 1, 1, divisor_override=2)(torch.from_numpy(x))
paddle_default = paddle.nn.AvgPool2D(3, 1, 1, divisor_override=2)(
    paddle.to_tensor(x))
paddle_port = paddle.nn.AvgPool2D(3, 1, 1, exclusive=False,
                                  divisor_override=2)(paddle.to_tensor(x))
print("x[0, 0]:\n", x[0, 0])
print("PyTorch, divisor_override=2, first row:",
      torch_y.numpy()[0, 0, 0])
print("Paddle, same call, first row:          ",
      paddle_default.numpy()[0, 0, 0])
print("Paddle, exclusive=False, first row:    ",
      paddle_port.numpy()[0, 0, 0])

# Corner window: 4 real values and 5 padding positions.
corner_sum = float(x[0, 0, :2, :2].sum())
print("corner: sum / 2 =", corner_sum / 2)
print("Paddle's default: sum / 4 * 9 / 2 =", corner_sum / 4 * 9 / 2)

# Limits: PyTorch wants a non-zero int; Paddle takes floats and zero.
try:
    nn.AvgPool2d(3, 1, 1, divisor_override=2.5)(torch.from_numpy(x))
except TypeError:
    print("PyTorch divisor_override=2.5: TypeError")
try:
    nn.AvgPool2d(3, 1, 1, divisor_override=0)(torch.from_numpy(x))
except RuntimeError as error:
    print("PyTorch divisor_override=0:", error)
paddle_zero = paddle.nn.AvgPool2D(3, 1, 1, divisor_override=0)(
    paddle.to_tensor(x))
print("Paddle divisor_override=0: all inf:",
      bool(np.isinf(paddle_zero.numpy()).all()))

# Checks
rtol, atol = 1e-6, 1e-6
np.testing.assert_allclose(paddle_port.numpy(), torch_y.numpy(), rtol, atol)
# PyTorch ignores count_include_pad once divisor_override is set.
no_pad = nn.AvgPool2d(3, 1, 1, count_include_pad=False,
                      divisor_override=2)(torch.from_numpy(x))
np.testing.assert_allclose(no_pad.numpy(), torch_y.numpy(), rtol, atol)
np.testing.assert_allclose(torch_y.numpy()[0, 0, 0, 0], corner_sum / 2)
np.testing.assert_allclose(paddle_default.numpy()[0, 0, 0, 0],
                           corner_sum / 4 * 9 / 2, rtol)
# Paddle's default scales each window by (window size) / (real values).
real = nn.AvgPool2d(3, 1, 1)(torch.ones(1, 1, 4, 4)).numpy() * 9
np.testing.assert_allclose(paddle_default.numpy(),
                           torch_y.numpy() * 9 / real, rtol, atol)
# A float divisor in Paddle: the sum divided by it.
paddle_float = paddle.nn.AvgPool2D(3, 1, 1, exclusive=False,
                                   divisor_override=2.5)(paddle.to_tensor(x))
np.testing.assert_allclose(paddle_float.numpy(), torch_y.numpy() * 2 / 2.5,
                           rtol, atol)
# Inside, where the window holds no padding, all three agree.
np.testing.assert_allclose(paddle_default.numpy()[0, 0, 1:3, 1:3],
                           torch_y.numpy()[0, 0, 1:3, 1:3], rtol, atol)
