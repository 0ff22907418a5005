"""Paddle's data_format="NHWC" has no PyTorch argument: permute instead."""
import warnings

import numpy as np
import paddle
import torch
from torch import nn

# Paddle warns on each training-mode call that it tracks running
# statistics; that is expected here.
warnings.filterwarnings("ignore", message="When training, we now")

rng = np.random.default_rng(11)
x_np = rng.normal(1.0, 2.0, size=(4, 3, 5, 5)).astype(np.float32)
x_nhwc = np.ascontiguousarray(x_np.transpose(0, 2, 3, 1))

paddle_bn = paddle.nn.BatchNorm2D(3, data_format="NHWC")
paddle_y = paddle_bn(paddle.to_tensor(x_nhwc)).numpy()

# PyTorch's BatchNorm2d always reads dimension 1 as the channels.
torch_bn = nn.BatchNorm2d(3)
torch_y = torch_bn(torch.from_numpy(x_nhwc).permute(0, 3, 1, 2))
torch_y = torch_y.permute(0, 2, 3, 1).detach().numpy()

print("paddle NHWC input:", list(x_nhwc.shape), "-> output",
      list(paddle_y.shape))
print("torch sees:       ", list(x_np.shape), "(channels at dim 1)")

# Checks
np.testing.assert_allclose(paddle_y, torch_y, rtol=1e-5, atol=1e-5)
np.testing.assert_allclose(paddle_bn._mean.numpy(),
                           torch_bn.running_mean.numpy(),
                           rtol=1e-5, atol=1e-6)
