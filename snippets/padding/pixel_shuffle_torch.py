# PixelShuffle moves channels into space: each group of r * r channels
# becomes one channel r times higher and wider. Each input value reads
# 100 * channel + 10 * row + column, to see where it lands.
import numpy as np
import torch
from torch import nn

r = 2
_, channel, row, column = np.indices((1, 4, 2, 3))  # 4 = 1 * r * r
value = 100 * channel + 10 * row + column
x = torch.from_numpy(value.astype(np.float32))
y = nn.PixelShuffle(r)(x)
print(list(x.shape), "->", list(y.shape))
print(y[0, 0].numpy().astype(int))
back = nn.PixelUnshuffle(r)(y)

# Checks: channel c * r * r + i * r + j goes to row offset i and column
# offset j of each r x r block, the NumPy formula; PixelUnshuffle undoes
# it.
n, c, h, w = x.shape
blocks = x.numpy().reshape(n, c // r**2, r, r, h, w)
want = blocks.transpose(0, 1, 4, 2, 5, 3).reshape(n, c // r**2, h * r,
                                                    w * r)
np.testing.assert_array_equal(y.numpy(), want)
np.testing.assert_array_equal(back.numpy(), x.numpy())
