# torch.nn.functional.conv2d and paddle.nn.functional.conv2d side by
# side: their parameters, and the padding each one accepts.
import inspect

import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F

# PyTorch's conv2d is compiled: its signature is the docstring's first
# line. Paddle's is a Python function.
torch_params = F.conv2d.__doc__.strip().splitlines()[0]
paddle_params = list(inspect.signature(PF.conv2d).parameters)
print("torch: ", torch_params)
print("paddle:", ", ".join(paddle_params))
shared = ["weight", "bias", "stride", "padding", "dilation", "groups"]
defaults = "bias=None, stride=1, padding=0, dilation=1, groups=1"
assert torch_params.startswith(f"conv2d(input, weight, {defaults})")
assert paddle_params == ["x", *shared, "data_format", "name"]
paddle_defaults = [p.default for p in
                   inspect.signature(PF.conv2d).parameters.values()]
assert paddle_defaults[2:7] == [None, 1, 0, 1, 1], f"{paddle_defaults}"
assert "padding_mode" not in torch_params + " ".join(paddle_params)

rtol, atol = 1e-5, 1e-5  # float32 sums in different orders
rng = np.random.default_rng(0)
x = rng.standard_normal((1, 2, 9, 10)).astype(np.float32)
weight = rng.standard_normal((3, 2, 3, 3)).astype(np.float32)
torch_x, torch_w = torch.from_numpy(x), torch.from_numpy(weight)
paddle_x, paddle_w = paddle.to_tensor(x), paddle.to_tensor(weight)

# Keywords: PyTorch names the input `input` (and takes `x` as a
# NumPy-style alias); Paddle names it `x` (and takes `input` too).
torch_y = F.conv2d(input=torch_x, weight=torch_w)
paddle_y = PF.conv2d(x=paddle_x, weight=paddle_w)
np.testing.assert_allclose(torch_y.numpy(), paddle_y.numpy(),
                           rtol=rtol, atol=atol)
torch_y2 = F.conv2d(x=torch_x, weight=torch_w)
paddle_y2 = PF.conv2d(input=paddle_x, weight=paddle_w)
np.testing.assert_allclose(torch_y2.numpy(), paddle_y2.numpy(),
                           rtol=rtol, atol=atol)

# Strided 'same' and four padding numbers: Paddle only.
for padding, stride in (("same", 2), ([1, 2, 0, 1], 1)):
    y = PF.conv2d(paddle_x, paddle_w, stride=stride, padding=padding)
    try:
        F.conv2d(torch_x, torch_w, stride=stride, padding=padding)
    except RuntimeError:
        result = "RuntimeError"
    else:
        raise AssertionError(f"torch accepted padding={padding!r}")
    print(f"padding={padding!r}, stride={stride}: "
          f"paddle {list(y.shape)}, torch {result}")

# 'same' with dilation 2: Paddle's function, like its layer, runs the
# kernel undilated; PyTorch's keeps the dilation.
paddle_same = PF.conv2d(paddle_x, paddle_w, padding="same", dilation=2)
paddle_plain = PF.conv2d(paddle_x, paddle_w, padding="same")
torch_same = F.conv2d(torch_x, torch_w, padding="same", dilation=2)
torch_explicit = F.conv2d(torch_x, torch_w, padding=2, dilation=2)
np.testing.assert_allclose(paddle_same.numpy(), paddle_plain.numpy(),
                           rtol=rtol, atol=atol)
np.testing.assert_allclose(torch_same.numpy(), torch_explicit.numpy(),
                           rtol=rtol, atol=atol)
assert not np.allclose(paddle_same.numpy(), torch_same.numpy(), atol=1e-3)
print("'same', dilation=2: paddle = its dilation=1 result, torch dilated")

# padding_mode belongs to the layers: both functions refuse it.
for conv2d, xx, ww in ((F.conv2d, torch_x, torch_w),
                       (PF.conv2d, paddle_x, paddle_w)):
    try:
        conv2d(xx, ww, padding=1, padding_mode="reflect")
    except TypeError:
        pass
    else:
        raise AssertionError(f"{conv2d.__module__} took padding_mode")
print("padding_mode=...: TypeError in both functions")

# data_format: Paddle's function reads channels-last input too.
y = PF.conv2d(paddle.to_tensor(x.transpose(0, 2, 3, 1)), paddle_w,
              data_format="NHWC")
print("paddle NHWC:", list(y.shape))
np.testing.assert_allclose(y.numpy().transpose(0, 3, 1, 2),
                           torch_y.numpy(), rtol=rtol, atol=atol)
