# Unfold copies every k x k window of the input into one column (im2col);
# Fold adds the columns back into place. Each input value reads
# 100 * channel + 10 * row + column.
import itertools

import numpy as np
import torch
from torch import nn

_, channel, row, column = np.indices((1, 2, 3, 4))
x = torch.from_numpy((100 * channel + 10 * row + column).astype(np.float32))
k = 2
columns = nn.Unfold(kernel_size=k)(x)  # [N, C * k * k, windows]
print(list(x.shape), "->", list(columns.shape))
print(columns[0].numpy().astype(int))
fold = nn.Fold(output_size=(3, 4), kernel_size=k)
count = fold(nn.Unfold(kernel_size=k)(torch.ones_like(x)))[0, 0]
print("windows over each pixel:")
print(count.numpy().astype(int))

# Checks: column l holds window (i, j) = divmod(l, 3), channel by
# channel, row by row; Fold of the columns is x times that count.
for (c, u, v), (i, j) in itertools.product(
        np.ndindex(2, k, k), np.ndindex(2, 3)):
    assert columns[0, (c * k + u) * k + v, i * 3 + j] == x[0, c, i + u, j + v]
np.testing.assert_array_equal(fold(columns).numpy(), (x * count).numpy())
