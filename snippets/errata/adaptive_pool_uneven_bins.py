"""Adaptive average pooling makes H_out x W_out bins that can differ in
size and overlap; it does not cut the input into equal blocks."""
import math

import numpy as np
import paddle
import torch
from torch import nn

n_in, n_out = 8, 5  # 8 rows pooled to 5
edges = [(math.floor(i * n_in / n_out), math.ceil((i + 1) * n_in / n_out))
         for i in range(n_out)]
want_sizes = [end - start for start, end in edges]

# Probe: sample n has a single 1 in row n, so output i is nonzero
# exactly when row n lies in bin i.
probe = np.eye(n_in, dtype=np.float32).reshape(n_in, 1, n_in, 1)
torch_w = nn.AdaptiveAvgPool2d((n_out, 1))(torch.from_numpy(probe))
paddle_w = paddle.nn.AdaptiveAvgPool2D((n_out, 1))(paddle.to_tensor(probe))
for name, w in (("torch", torch_w.numpy()), ("paddle", paddle_w.numpy())):
    w = w.reshape(n_in, n_out)  # w[row, output]
    sizes = [int((w[:, i] > 0).sum()) for i in range(n_out)]
    shared = [row for row in range(n_in) if (w[row] > 0).sum() > 1]
    print(f"{name:6}: bin sizes {sizes}, rows in two bins {shared}")
    assert sizes == want_sizes, f"{name}: {sizes} != {want_sizes}"
    np.testing.assert_allclose(w.sum(axis=0), 1.0, rtol=1e-6)
    assert len(set(sizes)) > 1, f"{name}: the bins are all equal"
    assert shared, f"{name}: no bins overlap"
print("bins [start, end):", edges)
