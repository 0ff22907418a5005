# Paddle 3.3 also takes some of PyTorch's spellings: return_indices= in
# adaptive max pooling, output_size when the unpooling layer is called
# (with a warning), and PyTorch's int64 indices in unpooling.
import warnings

import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F

rng = np.random.default_rng(0)
x = rng.permutation(63).reshape(1, 1, 7, 9).astype(np.float32)
_, adaptive_i = paddle.nn.AdaptiveMaxPool2D((2, 3), return_indices=True)(
    paddle.to_tensor(x))
print("AdaptiveMaxPool2D(..., return_indices=True):", adaptive_i.dtype)

torch_y, torch_i = F.max_pool2d(torch.from_numpy(x), 2,
                                return_indices=True)
paddle_y, paddle_i = PF.max_pool2d(paddle.to_tensor(x), 2,
                                   return_mask=True)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    in_call = paddle.nn.MaxUnPool2D(2)(paddle_y, paddle_i,
                                       output_size=[7, 9])
print("MaxUnPool2D, output_size in the call:",
      caught[0].category.__name__)
from_torch = PF.max_unpool2d(paddle_y, paddle.to_tensor(torch_i.numpy()),
                             2, output_size=(7, 9))
print("int64 indices from PyTorch:", from_torch.shape)

# Checks: each gives PyTorch's result.
want = F.max_unpool2d(torch_y, torch_i, 2, output_size=(7, 9)).numpy()
np.testing.assert_array_equal(in_call.numpy(), want)
np.testing.assert_array_equal(from_torch.numpy(), want)
torch_adaptive_i = F.adaptive_max_pool2d(
    torch.from_numpy(x), (2, 3), return_indices=True)[1]
np.testing.assert_array_equal(adaptive_i.numpy(), torch_adaptive_i.numpy())
