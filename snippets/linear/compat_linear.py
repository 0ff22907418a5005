# paddle.compat.nn.Linear: a Paddle layer with PyTorch's weight layout,
# PyTorch's arguments and PyTorch's default initialization.
import math
import textwrap

import numpy as np
import paddle
import torch
from torch import nn

rtol, atol = 1e-5, 1e-5  # float32 sums, added in another order
std_rtol = 0.01  # sample std vs. b / sqrt(3), the std of U(-b, b)
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

# The initialization: PyTorch's formula, but the fan is read from the
# wrong axis. Paddle's initializers take a 2-D weight as [in, out], so
# for this [out, in] weight the bound becomes 1/sqrt(out_features).
in_features, out_features = 1024, 256
big = paddle.compat.nn.Linear(in_features, out_features)
weight, bias = big.weight.numpy(), big.bias.numpy()
torch_bound = 1 / math.sqrt(in_features)  # PyTorch's b, also the bias's
compat_bound = 1 / math.sqrt(out_features)
print(f"{in_features} -> {out_features}: max|w| = "
      f"{np.abs(weight).max():.4f}, max|bias| = {np.abs(bias).max():.4f}")
print(f"  1/sqrt(in) = {torch_bound:.4f}, 1/sqrt(out) = {compat_bound:.4f}")

# Checks
assert list(compat_linear.weight.shape) == [3, 4]
assert missing == [] and unexpected == []
np.testing.assert_allclose(compat_y, torch_y, rtol=rtol, atol=atol)
assert not isinstance(compat_linear, paddle.nn.Linear)
assert isinstance(compat_linear, paddle.nn.Layer)
assert refused, "compat Linear should refuse bias_attr"
# The weight: U(-1/sqrt(out), 1/sqrt(out)), not PyTorch's range.
assert np.abs(weight).max() <= compat_bound
assert np.abs(weight).max() >= 0.99 * compat_bound
np.testing.assert_allclose(weight.std(), compat_bound / math.sqrt(3),
                           rtol=std_rtol)
assert np.abs(weight).max() > 1.5 * torch_bound, "now PyTorch's range"
# The bias: PyTorch's U(-1/sqrt(in), 1/sqrt(in)).
assert torch_bound >= np.abs(bias).max() >= 0.9 * torch_bound
# No compat twin for the other layers of a classic CNN head.
assert not {"Dropout", "Flatten", "Conv2d"} & set(paddle.compat.nn.__all__)
