# Max pooling pads with -inf, not with zeros: a padded border can never
# win. The input is all negative, so zeros would win every edge window.
import numpy as np
import paddle
import torch
import torch.nn.functional as F
from torch import nn

rng = np.random.default_rng(1)
x = -rng.integers(1, 10, (1, 1, 4, 4)).astype(np.float32)
torch_y = nn.MaxPool2d(3, stride=1, padding=1)(torch.from_numpy(x))
paddle_y = paddle.nn.MaxPool2D(3, stride=1, padding=1)(paddle.to_tensor(x))
# What zero padding would give: pad first, then pool without padding.
zero_padded = F.max_pool2d(F.pad(torch.from_numpy(x), (1, 1, 1, 1)), 3, 1)
print("x[0, 0]:\n", x[0, 0])
print("PyTorch, padding=1:\n", torch_y.numpy()[0, 0])
print("Paddle, padding=1:\n", paddle_y.numpy()[0, 0])
print("zeros as padding would give:\n", zero_padded.numpy()[0, 0])

# PyTorch allows at most half the kernel as padding; Paddle allows more.
try:
    nn.MaxPool2d(3, stride=1, padding=2)(torch.from_numpy(x))
except RuntimeError as error:
    torch_refuses = str(error).split(",")[0]
paddle_wide = paddle.nn.MaxPool2D(3, stride=1, padding=2)(
    paddle.to_tensor(x))
print("padding=2, kernel 3: PyTorch:", torch_refuses)
print("                     Paddle: output", list(paddle_wide.shape))

# Checks: every output is a value of x, never the padding.
assert (torch_y.numpy() < 0).all() and (paddle_y.numpy() < 0).all()
np.testing.assert_array_equal(torch_y.numpy(), paddle_y.numpy())
assert (zero_padded.numpy()[0, 0, 0] == 0).all()
assert torch_refuses.startswith("pad should be at most half")
assert paddle_wide.shape == [1, 1, 6, 6]
# Paddle's extra padding forms: "SAME", "VALID", [top, bottom, left, right]
paddle_x = paddle.to_tensor(x)
assert paddle.nn.MaxPool2D(3, 2, "SAME")(paddle_x).shape == [1, 1, 2, 2]
assert paddle.nn.MaxPool2D(3, 2, "VALID")(paddle_x).shape == [1, 1, 1, 1]
assert paddle.nn.MaxPool2D(3, 1, [0, 1, 1, 0])(paddle_x).shape == [
    1, 1, 3, 3]
