# MSELoss and L1Loss: the same names, the same reduction argument and
# the same values in both frameworks.
import numpy as np
import paddle
import torch
from torch import nn

rng = np.random.default_rng(7)
x = rng.standard_normal((4, 3)).astype(np.float32)  # predictions
y = rng.standard_normal((4, 3)).astype(np.float32)  # targets
for name in ("MSELoss", "L1Loss"):
    torch_loss = getattr(nn, name)()(torch.from_numpy(x),
                                     torch.from_numpy(y)).item()
    paddle_loss = getattr(paddle.nn, name)()(paddle.to_tensor(x),
                                             paddle.to_tensor(y)).item()
    print(f"{name}: PyTorch {torch_loss:.6f}, Paddle {paddle_loss:.6f}")

# Checks: each reduction, on 1-D to 4-D inputs, against the formula.
for shape in [(5,), (4, 3), (2, 3, 4, 5)]:
    xs = rng.standard_normal(shape).astype(np.float32)
    ys = rng.standard_normal(shape).astype(np.float32)
    d = xs.astype(np.float64) - ys
    for name, elementwise in (("MSELoss", d ** 2), ("L1Loss", np.abs(d))):
        want = {"none": elementwise, "mean": elementwise.mean(),
                "sum": elementwise.sum()}
        for reduction in ("none", "mean", "sum"):
            t = getattr(nn, name)(reduction=reduction)(
                torch.from_numpy(xs), torch.from_numpy(ys)).numpy()
            p = getattr(paddle.nn, name)(reduction=reduction)(
                paddle.to_tensor(xs), paddle.to_tensor(ys)).numpy()
            np.testing.assert_allclose(t, want[reduction], 1e-5, 1e-6)
            np.testing.assert_allclose(p, t, 1e-5, 1e-6)
