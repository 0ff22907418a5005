import numpy as np
import paddle
import torch
from torch import nn

# one input, made once, seen by both frameworks
rng = np.random.default_rng(0)
x_np = rng.standard_normal((2, 64, 8, 9)).astype(np.float32)
torch_x = torch.from_numpy(x_np)
paddle_x = paddle.to_tensor(x_np)

rtol, atol = 1e-6, 1e-6
for out_size in [(5, 1), (None, 5), 1, (3, 4), (16, 20)]:
    torch_y = nn.AdaptiveAvgPool2d(out_size)(torch_x).numpy()
    paddle_y = paddle.nn.AdaptiveAvgPool2D(out_size)(paddle_x).numpy()
    np.testing.assert_allclose(torch_y, paddle_y, rtol=rtol, atol=atol,
                               err_msg=f"output_size={out_size}")
    print(f"output_size={str(out_size):9} -> {list(torch_y.shape)}, "
          "equal within the tolerance")
