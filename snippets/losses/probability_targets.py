# Probabilities as targets: PyTorch reads a float target of the logits'
# shape as probabilities; Paddle needs soft_label=True. Both agree
# without a weight. With a weight they weigh differently:
#   PyTorch: loss_n = -sum_c w_c p_nc log q_nc, mean over the N samples;
#   Paddle:  loss_n = (sum_c w_c p_nc) (-sum_c p_nc log q_nc), mean
#            divided by the sum of the sample weights sum_c w_c p_nc.
import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
from torch import nn

rng = np.random.default_rng(4)
x = rng.standard_normal((8, 3)).astype(np.float32)
p = rng.dirichlet(np.ones(3), 8).astype(np.float32)  # rows sum to 1
w = np.array([0.2, 1.0, 3.0], np.float32)
torch_x, torch_p = torch.from_numpy(x), torch.from_numpy(p)
paddle_x, paddle_p = paddle.to_tensor(x), paddle.to_tensor(p)
plain = (nn.CrossEntropyLoss()(torch_x, torch_p).item(),
         paddle.nn.CrossEntropyLoss(soft_label=True)(
             paddle_x, paddle_p).item())
weighted = (nn.CrossEntropyLoss(torch.from_numpy(w))(torch_x,
                                                     torch_p).item(),
            paddle.nn.CrossEntropyLoss(paddle.to_tensor(w),
                                       soft_label=True)(
                paddle_x, paddle_p).item())
print(f"probabilities:  PyTorch {plain[0]:.6f}, "
      f"Paddle soft_label=True {plain[1]:.6f}")
print(f"  with weight:  PyTorch {weighted[0]:.6f}, Paddle {weighted[1]:.6f}")
soft_weight_gap = abs(weighted[1] - weighted[0])
try:
    paddle.nn.CrossEntropyLoss()(paddle_x, paddle_p)
except ValueError as error:
    soft_refused = type(error).__name__
    print("without soft_label:", soft_refused)


def paddle_weighted_soft_ce(x, p, weight, reduction="mean"):
    """PyTorch's weighted cross-entropy with probabilities, on axis 1."""
    shape = [1, -1] + [1] * (x.ndim - 2)
    loss = -(weight.reshape(shape) * p * PF.log_softmax(x, axis=1)).sum(1)
    return {"none": loss, "mean": loss.mean(), "sum": loss.sum()}[reduction]


port = paddle_weighted_soft_ce(paddle_x, paddle_p, paddle.to_tensor(w))
print(f"paddle_weighted_soft_ce: {port.item():.6f}")

# Checks: Paddle's soft_label without weight, and the helper with any
# weight, equal PyTorch for every reduction on [N, C] and [N, C, H, W]
# (Paddle's axis=1 for the latter).
for shape in [(8, 3), (2, 3, 4, 5)]:
    xs = rng.standard_normal(shape).astype(np.float32)
    ps = rng.dirichlet(np.ones(3), (shape[0], *shape[2:]))
    ps = np.moveaxis(ps, -1, 1).astype(np.float32)
    for reduction in ("none", "mean", "sum"):
        want = nn.CrossEntropyLoss(reduction=reduction)(
            torch.from_numpy(xs), torch.from_numpy(ps)).numpy()
        got = paddle.nn.CrossEntropyLoss(
            reduction=reduction, soft_label=True, axis=1)(
            paddle.to_tensor(xs), paddle.to_tensor(ps)).numpy()
        # 'none' keeps the class axis as 1 in Paddle
        np.testing.assert_allclose(got.reshape(want.shape), want, 1e-5,
                                   1e-6)
        for weight in (np.ones(3, np.float32), w):
            want = nn.CrossEntropyLoss(torch.from_numpy(weight),
                                       reduction=reduction)(
                torch.from_numpy(xs), torch.from_numpy(ps)).numpy()
            got = paddle_weighted_soft_ce(
                paddle.to_tensor(xs), paddle.to_tensor(ps),
                paddle.to_tensor(weight), reduction).numpy()
            np.testing.assert_allclose(got, want, 1e-5, 1e-6)
x64, p64 = x.astype(np.float64), p.astype(np.float64)
log_q = x64 - np.log(np.exp(x64).sum(1, keepdims=True))
sample_w = p64 @ w
np.testing.assert_allclose(weighted[1], (sample_w * -(p64 * log_q).sum(1))
                           .sum() / sample_w.sum(), 1e-5)
np.testing.assert_allclose(weighted[0], -(w * p64 * log_q).sum(1).mean(),
                           1e-5)
assert soft_weight_gap > 0.1
assert soft_refused == "ValueError"
