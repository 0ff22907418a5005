# A NaN in a window: PyTorch's max pooling returns NaN. Paddle's CPU
# kernel (this version) mostly skips it, so a NaN can vanish silently.
import numpy as np
import paddle
import torch
from torch import nn

rng = np.random.default_rng(0)
x = rng.standard_normal((1, 1, 3, 3)).astype(np.float32)
torch_out, paddle_out = [], []
for position in range(9):  # a NaN in each place of one 3 x 3 window
    x_nan = x.copy()
    x_nan.flat[position] = np.nan
    torch_out.append(nn.MaxPool2d(3)(torch.from_numpy(x_nan)).item())
    paddle_out.append(paddle.nn.MaxPool2D(3)(
        paddle.to_tensor(x_nan)).item())
print("NaN at position:", list(range(9)))
print("PyTorch:", np.round(torch_out, 2))
print("Paddle: ", np.round(paddle_out, 2))

# Checks: PyTorch always NaN; Paddle not always.
assert np.isnan(torch_out).all()
paddle_nan = int(np.isnan(paddle_out).sum())
assert paddle_nan < 9
for value in paddle_out:  # a NaN, or another value of the window
    assert np.isnan(value) or np.isclose(x, value).any()
