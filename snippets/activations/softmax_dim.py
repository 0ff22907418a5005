# Softmax without an axis: PyTorch guesses one from the rank of the
# input and warns; Paddle always uses the last axis. The warning would
# otherwise go to stderr, so it is caught and shown here.
import textwrap
import warnings

import numpy as np
import paddle
import paddle.compat
import torch
from torch import nn


def summed_axis(y):
    """The axis along which the output sums to 1."""
    return [d for d in range(y.ndim)
            if np.allclose(y.sum(axis=d), 1, atol=1e-5)]


rng = np.random.default_rng(0)
x = rng.standard_normal((2, 3, 4, 5)).astype(np.float32)  # N, C, H, W
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    torch_y = nn.Softmax()(torch.from_numpy(x)).numpy()
paddle_y = paddle.nn.Softmax()(paddle.to_tensor(x)).numpy()
print(f"PyTorch warns ({caught[0].category.__name__}):")
print(textwrap.fill(str(caught[0].message), 72, initial_indent="  ",
                    subsequent_indent="  "))
print("input [N, C, H, W]: PyTorch sums to 1 along axis",
      summed_axis(torch_y)[0], "- Paddle along axis",
      summed_axis(paddle_y)[0])

# The rule, by the rank of the input.
implicit = {}
for shape in [(5,), (4, 5), (3, 4, 5), (2, 3, 4, 5)]:
    xs = rng.standard_normal(shape).astype(np.float32)
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        t = nn.Softmax()(torch.from_numpy(xs)).numpy()
    p = paddle.nn.Softmax()(paddle.to_tensor(xs)).numpy()
    implicit[len(shape)] = summed_axis(t)[0]
    print(f"rank {len(shape)}: PyTorch axis {summed_axis(t)[0]}, "
          f"Paddle axis {summed_axis(p)[0]}")

# The port: name the axis; paddle.compat.nn.Softmax keeps PyTorch's
# guess, without a warning.
torch_dim1 = nn.Softmax(dim=1)(torch.from_numpy(x)).numpy()
paddle_axis1 = paddle.nn.Softmax(axis=1)(paddle.to_tensor(x)).numpy()
with warnings.catch_warnings(record=True) as compat_caught:
    warnings.simplefilter("always")
    compat_y = paddle.compat.nn.Softmax()(paddle.to_tensor(x)).numpy()

# Checks
rtol, atol = 1e-5, 1e-6
assert len(caught) == 1 and caught[0].category is UserWarning
assert "Implicit dimension choice" in str(caught[0].message)
assert summed_axis(torch_y) == [1] and summed_axis(paddle_y) == [3]
assert not np.allclose(torch_y, paddle_y, atol=1e-3)
assert implicit == {1: 0, 2: 1, 3: 0, 4: 1}
np.testing.assert_allclose(paddle_axis1, torch_dim1, rtol, atol)
np.testing.assert_allclose(compat_y, torch_y, rtol, atol)
assert not compat_caught
