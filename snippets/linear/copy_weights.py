# Porting a trained PyTorch Linear to Paddle: the weight must be
# transposed, the bias copies as it is.
import textwrap
import warnings

import numpy as np
import paddle
import torch
from torch import nn

rtol, atol = 1e-5, 1e-5  # float32 sums, added in another order
torch.manual_seed(0)
rng = np.random.default_rng(0)
x = rng.standard_normal((2, 4)).astype(np.float32)

torch_linear = nn.Linear(4, 3)
torch_y = torch_linear(torch.from_numpy(x)).detach().numpy()
state = {name: value.detach().numpy()
         for name, value in torch_linear.state_dict().items()}
paddle_linear = paddle.nn.Linear(4, 3)
print("torch weight ", list(state["weight"].shape))
print("paddle weight", list(paddle_linear.weight.shape))

# Right: transpose the weight.
paddle_linear.weight.set_value(state["weight"].T)
paddle_linear.bias.set_value(state["bias"])
paddle_y = paddle_linear(paddle.to_tensor(x)).numpy()
print(f"transposed: y equal within rtol={rtol:g}, atol={atol:g}:",
      np.allclose(paddle_y, torch_y, rtol=rtol, atol=atol))

# Wrong: load the PyTorch state as it is. The weight is skipped with a
# warning only; the layer keeps its random weight.
fresh = paddle.nn.Linear(4, 3)
random_weight = fresh.weight.numpy().copy()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    missing, unexpected = fresh.set_state_dict(state)
print("set_state_dict: UserWarning")
print(textwrap.indent(textwrap.fill(str(caught[0].message), 66), "    "))
print("  returned missing", missing, "unexpected", unexpected)

# Wrong, loud: set_value checks the shape.
try:
    fresh.weight.set_value(state["weight"])
    refused = False
except AssertionError as error:
    refused = True
    print("set_value: AssertionError,", str(error).split(",")[0])

# Wrong, silent: a square layer takes the untransposed weight.
torch_square = nn.Linear(4, 4)
paddle_square = paddle.nn.Linear(4, 4)
paddle_square.weight.set_value(torch_square.weight.detach().numpy())
paddle_square.bias.set_value(torch_square.bias.detach().numpy())
square_gap = np.abs(
    paddle_square(paddle.to_tensor(x)).numpy()
    - torch_square(torch.from_numpy(x)).detach().numpy()).max()
print(f"square, not transposed: max |torch y - paddle y| = {square_gap:.4f}")

# Checks
np.testing.assert_allclose(paddle_y, torch_y, rtol=rtol, atol=atol)
assert len(caught) == 1
assert "Skip loading for weight" in str(caught[0].message)
assert missing == ["weight"] and unexpected == ["weight"]
np.testing.assert_array_equal(fresh.weight.numpy(), random_weight)
np.testing.assert_array_equal(fresh.bias.numpy(), state["bias"])
assert refused, "set_value should refuse the [out, in] weight"
assert square_gap > 100 * atol, "the untransposed square weight worked"
