"""Height comes before width: in the input (N, C, H, W), in kernel_size
(kH, kW) and in the weight [C_out, C_in, kH, kW]."""
import numpy as np
import paddle
import torch
from torch import nn

# A NumPy image is indexed [row, column]: 6 rows (height), 10 columns.
rows, cols = 6, 10
image = np.arange(rows * cols, dtype=np.float32).reshape(rows, cols)
torch_x = torch.from_numpy(image)[None, None]  # (N, C, H, W)
paddle_x = paddle.to_tensor(image)[None, None]

# A kernel 3 rows tall and 1 column wide shrinks the height only.
k_h, k_w = 3, 1
torch_conv = nn.Conv2d(1, 1, (k_h, k_w))
paddle_conv = paddle.nn.Conv2D(1, 1, (k_h, k_w))
want_y = [1, 1, rows - k_h + 1, cols - k_w + 1]
want_w = [1, 1, k_h, k_w]
for name, conv, x in (("torch", torch_conv, torch_x),
                      ("paddle", paddle_conv, paddle_x)):
    y_shape, w_shape = list(conv(x).shape), list(conv.weight.shape)
    print(f"{name:6} x {list(x.shape)}, weight {w_shape} -> y {y_shape}")
    assert y_shape == want_y, f"{name}: {y_shape} != {want_y}"
    assert w_shape == want_w, f"{name}: {w_shape} != {want_w}"
    # Read as (width, height), the kernel would shrink the columns.
    assert y_shape != [1, 1, rows - k_w + 1, cols - k_h + 1]
