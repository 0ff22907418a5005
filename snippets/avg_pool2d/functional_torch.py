# The function does what the layer does, in the same argument order.
import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

rng = np.random.default_rng(0)
x = torch.from_numpy(rng.standard_normal((1, 2, 5, 5)).astype(np.float32))
y_layer = nn.AvgPool2d(3, 2, 1, count_include_pad=False)(x)
y_function = F.avg_pool2d(x, 3, 2, 1, count_include_pad=False)
print("layer", list(y_layer.shape), "function", list(y_function.shape))

# Check: the same computation, so the same values.
np.testing.assert_array_equal(y_layer.numpy(), y_function.numpy())
