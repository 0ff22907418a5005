# BCEWithLogitsLoss: a sigmoid and binary cross-entropy in one, for
# multi-label targets in [0, 1]. weight scales each element, pos_weight
# the positive term of each class: the same in both frameworks.
import numpy as np
import paddle
import torch
from torch import nn

rng = np.random.default_rng(6)
x = rng.standard_normal((4, 3)).astype(np.float32)  # logits, 3 labels
y = rng.integers(0, 2, (4, 3)).astype(np.float32)  # float, not int
pos_weight = np.array([1.0, 2.0, 5.0], np.float32)  # one per class
torch_loss = nn.BCEWithLogitsLoss(pos_weight=torch.from_numpy(pos_weight))(
    torch.from_numpy(x), torch.from_numpy(y)).item()
paddle_loss = paddle.nn.BCEWithLogitsLoss(
    pos_weight=paddle.to_tensor(pos_weight))(
    paddle.to_tensor(x), paddle.to_tensor(y)).item()
print(f"pos_weight={pos_weight}: PyTorch {torch_loss:.6f}, "
      f"Paddle {paddle_loss:.6f}")

# Checks: the formula, and both frameworks over weight x pos_weight x
# reduction, soft targets and [N, C, H, W] included (pos_weight
# broadcast over the last axis, as in PyTorch).
x64, y64 = x.astype(np.float64), y.astype(np.float64)
log_sig = -np.logaddexp(0, -x64)  # log sigmoid(x)
log_one_minus = -np.logaddexp(0, x64)  # log (1 - sigmoid(x))
want = -(pos_weight * y64 * log_sig + (1 - y64) * log_one_minus)
np.testing.assert_allclose(torch_loss, want.mean(), 1e-5)
for shape in [(4, 3), (2, 3, 4, 3)]:
    xs = (rng.standard_normal(shape) * 4).astype(np.float32)
    ys = rng.random(shape).astype(np.float32)  # soft targets
    elem_w = rng.random(shape).astype(np.float32)
    for weight in (None, elem_w):
        for pw in (None, pos_weight):
            for reduction in ("none", "mean", "sum"):
                t_kw, p_kw = {"reduction": reduction}, {
                    "reduction": reduction}
                if weight is not None:
                    t_kw["weight"] = torch.from_numpy(weight)
                    p_kw["weight"] = paddle.to_tensor(weight)
                if pw is not None:
                    t_kw["pos_weight"] = torch.from_numpy(pw)
                    p_kw["pos_weight"] = paddle.to_tensor(pw)
                want = nn.BCEWithLogitsLoss(**t_kw)(
                    torch.from_numpy(xs), torch.from_numpy(ys)).numpy()
                got = paddle.nn.BCEWithLogitsLoss(**p_kw)(
                    paddle.to_tensor(xs), paddle.to_tensor(ys)).numpy()
                np.testing.assert_allclose(got, want, 1e-5, 1e-5)
np.testing.assert_allclose(paddle_loss, torch_loss, 1e-5, 1e-6)
