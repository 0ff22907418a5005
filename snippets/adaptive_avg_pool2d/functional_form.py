# The function beside the layer takes the output size on every call; the
# layer only stores it. Both frameworks have one.
import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F

rtol, atol = 1e-6, 1e-6  # float32 means, summed in different orders
x = np.random.default_rng(0).standard_normal((2, 3, 8, 9)).astype("float32")

torch_y = F.adaptive_avg_pool2d(torch.from_numpy(x), (5, 1))
paddle_y = PF.adaptive_avg_pool2d(paddle.to_tensor(x), [5, 1])
print("torch ", list(torch_y.shape), " paddle", list(paddle_y.shape))

# Checks
torch_layer = torch.nn.AdaptiveAvgPool2d((5, 1))
paddle_layer = paddle.nn.AdaptiveAvgPool2D([5, 1])
np.testing.assert_array_equal(torch_y.numpy(),
                              torch_layer(torch.from_numpy(x)).numpy())
np.testing.assert_array_equal(paddle_y.numpy(),
                              paddle_layer(paddle.to_tensor(x)).numpy())
np.testing.assert_allclose(paddle_y.numpy(), torch_y.numpy(),
                           rtol=rtol, atol=atol)
