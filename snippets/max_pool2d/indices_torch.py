# return_indices=True also returns where each maximum came from: its
# position in its own channel of the input, flattened row by row
# (h * W + w), counted in the input without padding.
import numpy as np
import torch
from torch import nn

rng = np.random.default_rng(0)
x = rng.permutation(40).reshape(1, 2, 4, 5).astype(np.float32)
pool = nn.MaxPool2d(3, stride=2, padding=1, return_indices=True)
y, indices = pool(torch.from_numpy(x))
print("x[0, 1]:\n", x[0, 1])
print("y[0, 1]:\n", y.numpy()[0, 1])
print("indices[0, 1]:\n", indices.numpy()[0, 1], indices.dtype)
width = x.shape[3]
print("row = index // W:\n", indices.numpy()[0, 1] // width)
print("column = index % W:\n", indices.numpy()[0, 1] % width)

# MaxUnpool2d puts each maximum back where it came from, zeros elsewhere.
unpool = nn.MaxUnpool2d(3, stride=2, padding=1)
restored = unpool(y, indices, output_size=x.shape).numpy()
print("unpooled[0, 1]:\n", restored[0, 1])

# Checks: the indices address each channel of the unpadded input.
flat = x.reshape(1, 2, -1)
np.testing.assert_array_equal(
    np.take_along_axis(flat, indices.numpy().reshape(1, 2, -1), axis=2),
    y.numpy().reshape(1, 2, -1))
assert indices.dtype == torch.int64
assert 0 <= int(indices.min()) and int(indices.max()) < 4 * 5
kept = restored != 0
np.testing.assert_array_equal(restored[kept], x[kept])
# Ties go to the first position of the window, row by row.
_, tied = nn.MaxPool2d(2, return_indices=True)(torch.ones(1, 1, 4, 4))
np.testing.assert_array_equal(tied.numpy()[0, 0], [[0, 2], [8, 10]])
