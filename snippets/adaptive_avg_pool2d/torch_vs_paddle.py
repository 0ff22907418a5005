import numpy as np
import paddle
import torch
from torch import nn

# one input, made once, seen by both frameworks
rng = np.random.default_rng(0)
x_np = rng.standard_normal((2, 64, 8, 9)).astype(np.float32)
torch_x = torch.from_numpy(x_np)
paddle_x = paddle.to_tensor(x_np)

rtol, atol = 1e-6, 1e-6  # float32 means, summed in different orders
outputs = {}
for out_size in [(5, 1), (None, 5), 1, (3, 4), (16, 20)]:
    outputs[out_size] = (
        nn.AdaptiveAvgPool2d(out_size)(torch_x).numpy(),
        paddle.nn.AdaptiveAvgPool2D(out_size)(paddle_x).numpy())
    gap = np.abs(outputs[out_size][0] - outputs[out_size][1]).max()
    print(f"output_size={str(out_size):9} -> "
          f"{list(outputs[out_size][0].shape)}, largest gap {gap:.1e}")

# Checks
for out_size, (torch_y, paddle_y) in outputs.items():
    np.testing.assert_allclose(torch_y, paddle_y, rtol=rtol, atol=atol,
                               err_msg=f"output_size={out_size}")
