# torch.nn.functional.conv2d and paddle.nn.functional.conv2d side by
# side: the names and defaults of their parameters.
import inspect

import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F

# PyTorch's conv2d is compiled: its signature is the docstring's first
# line. Paddle's is a Python function.
torch_params = F.conv2d.__doc__.strip().splitlines()[0]
paddle_signature = inspect.signature(PF.conv2d).parameters
print("torch: ", torch_params)
print("paddle:", ", ".join(paddle_signature))

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
torch_y2 = F.conv2d(x=torch_x, weight=torch_w)
paddle_y2 = PF.conv2d(input=paddle_x, weight=paddle_w)

# Checks
shared = ["weight", "bias", "stride", "padding", "dilation", "groups"]
defaults = "bias=None, stride=1, padding=0, dilation=1, groups=1"
assert torch_params.startswith(f"conv2d(input, weight, {defaults})")
assert list(paddle_signature) == ["x", *shared, "data_format", "name"]
paddle_defaults = [p.default for p in paddle_signature.values()]
assert paddle_defaults[2:7] == [None, 1, 0, 1, 1], f"{paddle_defaults}"
assert "padding_mode" not in torch_params + " ".join(paddle_signature)
for a, b in ((torch_y, paddle_y), (torch_y2, paddle_y2)):
    np.testing.assert_allclose(a.numpy(), b.numpy(), rtol=rtol, atol=atol)
