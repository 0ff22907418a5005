# Hardtanh clips to [min_val, max_val] in PyTorch, [min, max] in Paddle:
# the same order, other names. By keyword, PyTorch's names fail.
import warnings

import numpy as np
import paddle
import torch
from torch import nn

x = np.array([-3.0, -1.0, -0.5, 0.0, 0.5, 2.0, 7.0], dtype=np.float32)
torch_y = nn.Hardtanh(min_val=-0.5, max_val=2.0)(torch.from_numpy(x))
paddle_y = paddle.nn.Hardtanh(min=-0.5, max=2.0)(paddle.to_tensor(x))
by_position = paddle.nn.Hardtanh(-0.5, 2.0)(paddle.to_tensor(x))
print("Hardtanh(-0.5, 2.0):", torch_y.numpy())
try:
    paddle.nn.Hardtanh(min_val=-0.5, max_val=2.0)
    keyword_error = None
except TypeError as error:
    keyword_error = type(error).__name__
print("paddle.nn.Hardtanh(min_val=-0.5, ...):", keyword_error)

# PyTorch's old names, min_value and max_value, still work with a
# warning, and win over min_val and max_val.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_names = nn.Hardtanh(min_value=-0.5, max_value=2.0)
print("nn.Hardtanh(min_value=-0.5, max_value=2.0):", old_names)
print("  warns:", caught[0].message)

# Bounds in the wrong order: PyTorch refuses them, Paddle returns max.
try:
    nn.Hardtanh(2.0, -0.5)
    refusal = None
except AssertionError as error:
    refusal = type(error).__name__
print("nn.Hardtanh(2.0, -0.5):", refusal)
swapped = paddle.nn.Hardtanh(2.0, -0.5)(paddle.to_tensor(x)).numpy()
print("paddle.nn.Hardtanh(2.0, -0.5):", swapped)

# Checks
assert keyword_error == "TypeError" and refusal == "AssertionError"
np.testing.assert_array_equal(paddle_y.numpy(), torch_y.numpy())
np.testing.assert_array_equal(by_position.numpy(), torch_y.numpy())
np.testing.assert_array_equal(torch_y.numpy(), np.clip(x, -0.5, 2.0))
assert (old_names.min_val, old_names.max_val) == (-0.5, 2.0)
assert len(caught) == 2 and "deprecated" in str(caught[0].message)
np.testing.assert_array_equal(swapped, np.full_like(x, -0.5))
# Hardtanh(0, 6) is ReLU6, in both frameworks.
np.testing.assert_array_equal(
    nn.Hardtanh(0.0, 6.0)(torch.from_numpy(x)).numpy(),
    nn.ReLU6()(torch.from_numpy(x)).numpy())
np.testing.assert_array_equal(
    paddle.nn.Hardtanh(0.0, 6.0)(paddle.to_tensor(x)).numpy(),
    paddle.nn.ReLU6()(paddle.to_tensor(x)).numpy())
