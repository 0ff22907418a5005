# nn.Threshold(threshold, value): y = x if x > threshold, else value.
# Paddle has no Threshold; its ThresholdedReLU (and the function
# thresholded_relu) computes the same rule with the same arguments.
import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F
from torch import nn

threshold, value = 0.5, -1.0
x = np.array([-2.0, 0.0, 0.5, 0.6, 1.0, 3.0], dtype=np.float32)
torch_y = nn.Threshold(threshold, value)(torch.from_numpy(x)).numpy()
ported = {
    "ThresholdedReLU(0.5, -1.0)": paddle.nn.ThresholdedReLU(
        threshold, value)(paddle.to_tensor(x)),
    "PF.thresholded_relu(x, 0.5, -1.0)": PF.thresholded_relu(
        paddle.to_tensor(x), threshold, value),
    "paddle.where(x > 0.5, x, -1.0)": paddle.where(
        paddle.to_tensor(x) > threshold, paddle.to_tensor(x),
        paddle.full_like(paddle.to_tensor(x), value)),
}
print(f"{'x':34}", x)
print(f"{'nn.Threshold(0.5, -1.0)':34}", torch_y)
for name, y in ported.items():
    print(f"{name:34}", y.numpy())

# Paddle's arguments have defaults, PyTorch's do not: ThresholdedReLU()
# is Threshold(1.0, 0.0).
bare = paddle.nn.ThresholdedReLU()(paddle.to_tensor(x)).numpy()
print(f"{'ThresholdedReLU()':34}", bare)

# Checks: the same values as PyTorch for every port; at x = threshold
# the output is value (the test is x > threshold, in both).
want = np.where(x > threshold, x, value)
np.testing.assert_array_equal(torch_y, want)
np.testing.assert_array_equal(
    F.threshold(torch.from_numpy(x), threshold, value).numpy(), want)
for name, y in ported.items():
    np.testing.assert_array_equal(y.numpy(), want, err_msg=name)
assert torch_y[x == threshold] == value
np.testing.assert_array_equal(
    bare, nn.Threshold(1.0, 0.0)(torch.from_numpy(x)).numpy())
