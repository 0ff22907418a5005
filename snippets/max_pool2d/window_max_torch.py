# Max pooling keeps the largest value of each window. A 2 x 2 window
# with the default stride (= the kernel size) halves height and width.
import numpy as np
import torch
from torch import nn

rng = np.random.default_rng(0)
x = rng.integers(0, 10, (1, 1, 4, 6)).astype(np.float32)  # N, C, H, W
pool = nn.MaxPool2d(2)
y = pool(torch.from_numpy(x)).numpy()
print("x[0, 0]:\n", x[0, 0])
print("y[0, 0]:\n", y[0, 0])

# Check: the same windows cut out with NumPy. The layer has nothing to
# learn, and it only copies values, so the match is exact.
windows = x.reshape(1, 1, 2, 2, 3, 2)  # rows in pairs, columns in pairs
np.testing.assert_array_equal(y, windows.max(axis=(3, 5)))
assert list(pool.parameters()) == []
