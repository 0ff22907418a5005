"""paddle.compat: PyTorch-compatible versions of a few Paddle APIs. Its
Linear stores the weight as PyTorch does, [out, in]; paddle.nn.Linear
stores [in, out]."""
import inspect

import numpy as np
import paddle
import paddle.compat
import torch
from torch import nn

classes = sorted({obj.__name__ for obj in vars(paddle.compat.nn).values()
                  if inspect.isclass(obj)
                  and issubclass(obj, paddle.nn.Layer)})
print("paddle.compat functions:", ", ".join(paddle.compat.__all__))
print("paddle.compat.nn layers:", ", ".join(classes))

rng = np.random.default_rng(0)
x = rng.standard_normal((2, 4)).astype(np.float32)
torch_linear = nn.Linear(4, 3)
compat_linear = paddle.compat.nn.Linear(4, 3)
paddle_linear = paddle.nn.Linear(4, 3)
for name, layer in [("torch.nn.Linear", torch_linear),
                    ("paddle.compat.nn.Linear", compat_linear),
                    ("paddle.nn.Linear", paddle_linear)]:
    print(f"{name:23} weight {list(layer.weight.shape)}")

# PyTorch's weights go into compat as they are, into paddle.nn
# transposed.
weight = torch_linear.weight.detach().numpy()
bias = torch_linear.bias.detach().numpy()
compat_linear.weight.set_value(weight)
compat_linear.bias.set_value(bias)
paddle_linear.weight.set_value(weight.T)
paddle_linear.bias.set_value(bias)
torch_y = torch_linear(torch.from_numpy(x)).detach().numpy()
compat_y = compat_linear(paddle.to_tensor(x)).numpy()
paddle_y = paddle_linear(paddle.to_tensor(x)).numpy()
print(f"same weights copied: compat - torch up to "
      f"{np.abs(compat_y - torch_y).max():.1e}, paddle.nn - torch up to "
      f"{np.abs(paddle_y - torch_y).max():.1e}")

# PyTorch's keywords: compat takes them, paddle.nn.Linear does not.
no_bias = paddle.compat.nn.Linear(4, 3, bias=False)
print(f"paddle.compat.nn.Linear(4, 3, bias=False).bias: {no_bias.bias}")

# Checks: layouts, values, and what compat is and is not
tol = dict(rtol=1e-5, atol=1e-5)
assert list(compat_linear.weight.shape) == [3, 4]  # [out, in]
assert list(paddle_linear.weight.shape) == [4, 3]  # [in, out]
np.testing.assert_allclose(compat_y, torch_y, **tol)
np.testing.assert_allclose(paddle_y, torch_y, **tol)
assert no_bias.bias is None
assert not issubclass(paddle.compat.nn.Linear, paddle.nn.Linear)
for name in ["Conv2d", "Conv2D", "BatchNorm2d", "BatchNorm2D",
             "AdaptiveAvgPool2d"]:
    assert not hasattr(paddle.compat.nn, name), name
assert "Linear" in classes and "AvgPool2D" in classes
