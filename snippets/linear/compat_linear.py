# paddle.compat.nn.Linear: a Paddle layer with PyTorch's arguments and
# PyTorch's weight layout.
import textwrap

import numpy as np
import paddle
import torch
from torch import nn

rtol, atol = 1e-5, 1e-5  # float32 sums, added in another order
offers = ", ".join(sorted(paddle.compat.nn.__all__))
print(textwrap.fill(f"paddle.compat.nn offers: {offers}", 66,
                    subsequent_indent="    "))

torch.manual_seed(0)
paddle.seed(0)
x = np.random.default_rng(0).standard_normal((2, 4)).astype(np.float32)
torch_linear = nn.Linear(4, 3)
compat_linear = paddle.compat.nn.Linear(4, 3)  # bias=True, like PyTorch
print("compat weight", list(compat_linear.weight.shape))

# A PyTorch state dict loads as it is, no transpose.
state = {name: value.detach().numpy()
         for name, value in torch_linear.state_dict().items()}
missing, unexpected = compat_linear.set_state_dict(state)
torch_y = torch_linear(torch.from_numpy(x)).detach().numpy()
compat_y = compat_linear(paddle.to_tensor(x)).numpy()
print("loaded: missing", missing, "unexpected", unexpected)
print(f"y equal within rtol={rtol:g}, atol={atol:g}:",
      np.allclose(compat_y, torch_y, rtol=rtol, atol=atol))

# It is not a paddle.nn.Linear: code that looks for that class skips it.
print("isinstance(compat_linear, paddle.nn.Linear):",
      isinstance(compat_linear, paddle.nn.Linear))

# Paddle's own arguments are refused.
try:
    paddle.compat.nn.Linear(4, 3, bias_attr=False)
    refused = False
except TypeError as error:
    refused = True
    print("bias_attr=False: TypeError,", str(error).splitlines()[1])

# Checks
assert list(compat_linear.weight.shape) == [3, 4]
assert missing == [] and unexpected == []
np.testing.assert_allclose(compat_y, torch_y, rtol=rtol, atol=atol)
assert not isinstance(compat_linear, paddle.nn.Linear)
assert isinstance(compat_linear, paddle.nn.Layer)
assert refused, "compat Linear should refuse bias_attr"
# No compat twin for the other layers of a classic CNN head.
assert not {"Dropout", "Flatten", "Conv2d"} & set(paddle.compat.nn.__all__)
