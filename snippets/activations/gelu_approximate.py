# GELU's approximate: a string in PyTorch ('none' or 'tanh'), a bool in
# Paddle's signature; the pinned Paddle also takes PyTorch's strings.
import numpy as np
import paddle
import torch
from torch import nn

x = np.linspace(-5, 5, 1001, dtype=np.float32)
torch_exact = nn.GELU()(torch.from_numpy(x)).numpy()
torch_tanh = nn.GELU(approximate="tanh")(torch.from_numpy(x)).numpy()
paddle_gelu = {approximate: paddle.nn.GELU(approximate)(
    paddle.to_tensor(x)).numpy()
    for approximate in (False, True, "none", "tanh")}
gap = float(np.abs(torch_tanh - torch_exact).max())
print(f"largest |tanh - exact| on [-5, 5]: {gap:.1e}")
torch_bool = nn.GELU(approximate=True)  # built without complaint ...
try:
    torch_bool(torch.from_numpy(x))  # ... refused on the first call
except TypeError as error:
    torch_refusal = type(error).__name__
print("nn.GELU(approximate=True), first call:", torch_refusal)
try:
    paddle.nn.GELU(approximate="exact")(paddle.to_tensor(x))
except ValueError:
    print("paddle.nn.GELU(approximate='exact'): ValueError")

# Checks: False and 'none' are the exact GELU, True and 'tanh' the
# approximation, in both frameworks (float32 erf/tanh may differ in the
# last bits, hence the tolerance).
rtol, atol = 1e-5, 1e-6
for approximate, want in ((False, torch_exact), ("none", torch_exact),
                          (True, torch_tanh), ("tanh", torch_tanh)):
    np.testing.assert_allclose(paddle_gelu[approximate], want, rtol, atol,
                               err_msg=repr(approximate))
assert torch_refusal == "TypeError"
assert gap > 1e-4  # the approximation is visible at this tolerance
