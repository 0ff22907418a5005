# inplace=True in PyTorch overwrites the input to save memory. Paddle's
# activation layers, except SiLU, have no such argument; its in-place
# functions end in an underscore, such as paddle.nn.functional.relu_.
import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
from torch import nn

x = np.array([-2.0, -1.0, 0.0, 1.0, 2.0], dtype=np.float32)
torch_x = torch.from_numpy(x.copy())
torch_y = nn.ReLU(inplace=True)(torch_x)
print("PyTorch, ReLU(inplace=True): input is now", torch_x.numpy())
try:
    paddle.nn.ReLU(inplace=True)
except TypeError as error:
    print("paddle.nn.ReLU(inplace=True):", type(error).__name__)
paddle_x = paddle.to_tensor(x)
PF.relu_(paddle_x)
print("Paddle, F.relu_(x): input is now", paddle_x.numpy())

# Checks
assert torch_y.data_ptr() == torch_x.data_ptr()  # the same memory
np.testing.assert_array_equal(paddle_x.numpy(), np.maximum(x, 0))
for name in ("ReLU6", "LeakyReLU", "Hardswish"):
    try:
        getattr(paddle.nn, name)(inplace=True)
        raise AssertionError(f"{name} took inplace")
    except TypeError:
        pass
silu_x = paddle.to_tensor(x)
paddle.nn.SiLU(inplace=True)(silu_x)
np.testing.assert_allclose(silu_x.numpy(), x / (1 + np.exp(-x)), 1e-5, 1e-6)
