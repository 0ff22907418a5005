"""Adaptive pooling equals ordinary average pooling with
stride = n_in // n_out and kernel = n_in - (n_out - 1) * stride only
when n_out divides n_in."""
import numpy as np
import paddle
import torch
from torch import nn

rng = np.random.default_rng(0)
x_np = rng.standard_normal((1, 2, 8, 8)).astype(np.float32)
torch_x, paddle_x = torch.from_numpy(x_np), paddle.to_tensor(x_np)

for n_out in (4, 5):  # 4 divides 8, 5 does not
    stride = 8 // n_out
    kernel = 8 - (n_out - 1) * stride
    results = {
        "torch": (nn.AdaptiveAvgPool2d(n_out)(torch_x).numpy(),
                  nn.AvgPool2d(kernel, stride)(torch_x).numpy()),
        "paddle": (paddle.nn.AdaptiveAvgPool2D(n_out)(paddle_x).numpy(),
                   paddle.nn.AvgPool2D(kernel, stride)(paddle_x).numpy()),
    }
    for name, (adaptive, fixed) in results.items():
        assert adaptive.shape == fixed.shape, (adaptive.shape, fixed.shape)
        gap = np.abs(adaptive - fixed).max()
        print(f"8 -> {n_out}, kernel {kernel}, stride {stride}: {name:6} "
              f"shape {list(adaptive.shape)}, largest gap {gap:.4f}")
        if n_out == 4:
            np.testing.assert_allclose(adaptive, fixed, rtol=1e-6,
                                       atol=1e-6)
        else:
            assert gap > 0.1, f"{name}: 8 -> 5 matched a fixed kernel"
