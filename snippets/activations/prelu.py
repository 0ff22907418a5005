# PReLU has a weight: its key is `weight` in PyTorch, `_weight` in
# Paddle. A state dict copied without renaming it loads nothing.
import warnings

import numpy as np
import paddle
import torch
from torch import nn

torch_prelu = nn.PReLU(num_parameters=3, init=0.1)
paddle_prelu = paddle.nn.PReLU(num_parameters=3, init=0.1)
print("keys: PyTorch", list(torch_prelu.state_dict()),
      "- Paddle", list(paddle_prelu.state_dict()))
with torch.no_grad():
    torch_prelu.weight.copy_(torch.tensor([0.2, -0.5, 2.0]))
state = {k: v.numpy() for k, v in torch_prelu.state_dict().items()}
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    paddle_prelu.set_state_dict(state)  # PyTorch's key: skipped
print("copied as is:", paddle_prelu._weight.numpy(), "-", caught[0].message)
paddle_prelu.set_state_dict({"_weight": state["weight"]})
print("key renamed: ", paddle_prelu._weight.numpy())

# One slope per channel, along axis 1 of [N, C, H, W] in both; with
# data_format="NHWC", Paddle's layer takes the channels from the end.
rng = np.random.default_rng(0)
x = rng.standard_normal((2, 3, 4, 5)).astype(np.float32)
torch_y = torch_prelu(torch.from_numpy(x)).detach().numpy()
paddle_y = paddle_prelu(paddle.to_tensor(x)).numpy()
nhwc = paddle.nn.PReLU(3, data_format="NHWC")
nhwc.set_state_dict({"_weight": state["weight"]})
nhwc_y = nhwc(paddle.to_tensor(x.transpose(0, 2, 3, 1))).numpy()
refused = {}
for framework, layer, tensor in (
        ("PyTorch", torch_prelu, torch.from_numpy(x[0, 0, 0, :3])),
        ("Paddle", paddle_prelu, paddle.to_tensor(x[0, 0, 0, :3]))):
    try:
        layer(tensor)  # 1-D input, three slopes
    except Exception as error:
        refused[framework] = type(error).__name__
print("1-D input with three slopes:", refused)

# Checks
assert list(torch_prelu.state_dict()) == ["weight"]
assert list(paddle_prelu.state_dict()) == ["_weight"]
assert "_weight is not found" in str(caught[0].message)
np.testing.assert_array_equal(paddle_prelu._weight.numpy(),
                              state["weight"])
np.testing.assert_array_equal(paddle_y, torch_y)
np.testing.assert_array_equal(nhwc_y.transpose(0, 3, 1, 2), torch_y)
assert refused == {"PyTorch": "RuntimeError", "Paddle": "AssertionError"}
