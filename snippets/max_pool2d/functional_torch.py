# The function does what the layer does, without building a layer.
# Mind the order: after padding and dilation, F.max_pool2d takes
# ceil_mode before return_indices; nn.MaxPool2d the other way round.
import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

rng = np.random.default_rng(0)
x = torch.from_numpy(rng.standard_normal((1, 2, 5, 5)).astype(np.float32))
y_layer = nn.MaxPool2d(3, 2, 1, ceil_mode=True)(x)
y_function = F.max_pool2d(x, 3, 2, 1, ceil_mode=True)
y, indices = F.max_pool2d(x, 3, 2, 1, return_indices=True)
print("layer", list(y_layer.shape), "function", list(y_function.shape),
      "indices", list(indices.shape))

# Checks: same values; positional 6th argument = ceil_mode here.
np.testing.assert_array_equal(y_layer.numpy(), y_function.numpy())
np.testing.assert_array_equal(F.max_pool2d(x, 3, 2, 1, 1, True).numpy(),
                              y_function.numpy())
