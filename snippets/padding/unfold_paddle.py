# The same in Paddle: the arguments are plural (kernel_sizes).
import itertools

import numpy as np
import paddle

_, channel, row, column = np.indices((1, 2, 3, 4))
x = paddle.to_tensor((100 * channel + 10 * row + column).astype(np.float32))
k = 2
columns = paddle.nn.Unfold(kernel_sizes=k)(x)  # [N, C * k * k, windows]
print(list(x.shape), "->", list(columns.shape))
print(columns[0].numpy().astype(int))
fold = paddle.nn.Fold(output_sizes=(3, 4), kernel_sizes=k)
count = fold(paddle.nn.Unfold(kernel_sizes=k)(paddle.ones_like(x)))[0, 0]
print("windows over each pixel:")
print(count.numpy().astype(int))

# Checks: column l holds window (i, j) = divmod(l, 3), channel by
# channel, row by row; Fold of the columns is x times that count.
for (c, u, v), (i, j) in itertools.product(
        np.ndindex(2, k, k), np.ndindex(2, 3)):
    assert columns[0, (c * k + u) * k + v, i * 3 + j] == x[0, c, i + u, j + v]
np.testing.assert_array_equal(fold(columns).numpy(), (x * count).numpy())
