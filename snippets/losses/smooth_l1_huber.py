# SmoothL1Loss and HuberLoss differ by a factor: Huber(delta) equals
# delta * SmoothL1(beta=delta). Paddle's SmoothL1Loss(delta) is the Huber
# loss by default (is_huber=True; paddle.nn.HuberLoss is the same
# class), and PyTorch's SmoothL1Loss only with is_huber=False.
import numpy as np
import paddle
import torch
from torch import nn

rng = np.random.default_rng(8)
x = (rng.standard_normal(100) * 3).astype(np.float32)
y = rng.standard_normal(100).astype(np.float32)
torch_x, torch_y = torch.from_numpy(x), torch.from_numpy(y)
paddle_x, paddle_y = paddle.to_tensor(x), paddle.to_tensor(y)
rows = {}
for d in (0.5, 1.0, 2.0):
    rows[d] = (nn.SmoothL1Loss(beta=d)(torch_x, torch_y).item(),
               nn.HuberLoss(delta=d)(torch_x, torch_y).item(),
               paddle.nn.SmoothL1Loss(delta=d)(paddle_x, paddle_y).item(),
               paddle.nn.SmoothL1Loss(delta=d, is_huber=False)(
                   paddle_x, paddle_y).item())
print("   d   SmoothL1(beta=d)  Huber(delta=d)  "
      "Paddle SmoothL1(delta=d)  is_huber=False")
for d, (smooth, huber, paddle_default, paddle_smooth) in rows.items():
    print(f"{d:4}  {smooth:16.6f}  {huber:14.6f}  {paddle_default:24.6f}"
          f"  {paddle_smooth:14.6f}")
literal_gap = abs(rows[2.0][2] - rows[2.0][0])  # SmoothL1(beta=2) copied

# beta=0: PyTorch's SmoothL1 is the L1 loss; Paddle's delta=0 is NaN
# with is_huber=False (a division by delta): port it to L1Loss.
beta_zero = (nn.SmoothL1Loss(beta=0.0)(torch_x, torch_y).item(),
             paddle.nn.SmoothL1Loss(delta=0.0, is_huber=False)(
                 paddle_x, paddle_y).item(),
             paddle.nn.L1Loss()(paddle_x, paddle_y).item())
print("beta=0: PyTorch", round(beta_zero[0], 6), "- Paddle is_huber=False",
      beta_zero[1], "- Paddle L1Loss", round(beta_zero[2], 6))

# Checks: the formulas, and the two ports over delta x reduction x rank.
d64 = np.abs(x.astype(np.float64) - y)
for d, (smooth, huber, paddle_default, paddle_smooth) in rows.items():
    want_huber = np.where(d64 < d, 0.5 * d64 ** 2, d * (d64 - 0.5 * d))
    np.testing.assert_allclose(huber, want_huber.mean(), 1e-5)
    np.testing.assert_allclose(smooth, want_huber.mean() / d, 1e-5)
for shape in [(7,), (4, 3), (2, 3, 4, 5)]:
    xs = (rng.standard_normal(shape) * 3).astype(np.float32)
    ys = rng.standard_normal(shape).astype(np.float32)
    for d in (0.1, 0.5, 1.0, 2.0, 7.0):
        for reduction in ("none", "mean", "sum"):
            args = (torch.from_numpy(xs), torch.from_numpy(ys))
            paddle_args = (paddle.to_tensor(xs), paddle.to_tensor(ys))
            smooth = nn.SmoothL1Loss(reduction=reduction,
                                     beta=d)(*args).numpy()
            huber = nn.HuberLoss(reduction=reduction, delta=d)(*args).numpy()
            np.testing.assert_allclose(
                paddle.nn.SmoothL1Loss(reduction, d, is_huber=False)(
                    *paddle_args).numpy(), smooth, 1e-5, 1e-6)
            np.testing.assert_allclose(
                paddle.nn.SmoothL1Loss(reduction, d)(*paddle_args).numpy(),
                huber, 1e-5, 1e-6)
assert paddle.nn.HuberLoss is paddle.nn.SmoothL1Loss
assert literal_gap > 0.1
assert np.isnan(beta_zero[1])
np.testing.assert_allclose(beta_zero[2], beta_zero[0], 1e-6)
