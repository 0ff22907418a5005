# ignore_index with reduction='mean': the mean is a weighted mean,
#   sum of w[y_n] * loss_n / sum of w[y_n], over the samples not ignored.
# Paddle forms the denominator the same way, except when ignore_index is
# negative (PyTorch's -100, the default) and no weight is given: then it
# divides by every sample, ignored ones included.
import numpy as np
import paddle
import torch
from torch import nn

rng = np.random.default_rng(2)
x = rng.standard_normal((8, 3)).astype(np.float32)
y = np.array([0, 1, 2, -100, 1, 2, -100, 0])  # two samples ignored
torch_mean = nn.CrossEntropyLoss()(torch.from_numpy(x),
                                   torch.from_numpy(y)).item()
paddle_mean = paddle.nn.CrossEntropyLoss()(paddle.to_tensor(x),
                                           paddle.to_tensor(y)).item()
# The port: a weight of ones makes Paddle count only the kept samples.
ported = paddle.nn.CrossEntropyLoss(weight=paddle.ones([3]))(
    paddle.to_tensor(x), paddle.to_tensor(y)).item()
print(f"PyTorch {torch_mean:.6f}")
print(f"Paddle  {paddle_mean:.6f}  (divided by all 8 samples)")
print(f"Paddle, weight=paddle.ones([3]): {ported:.6f}")
mean_gap = abs(paddle_mean - torch_mean)

# Every label ignored: PyTorch's mean is 0 / 0, Paddle returns 0.
all_ignored = np.full(8, -100)
empty = (nn.CrossEntropyLoss()(torch.from_numpy(x),
                               torch.from_numpy(all_ignored)).item(),
         paddle.nn.CrossEntropyLoss(weight=paddle.ones([3]))(
             paddle.to_tensor(x), paddle.to_tensor(all_ignored)).item())
print("every label ignored: PyTorch", empty[0], "- Paddle", empty[1])

# Checks: the grid of weight x ignore_index x reduction, with and
# without ignored labels; the literal port differs in one corner only:
# a negative ignore_index, no weight, ignored labels, the mean.
w = np.array([0.2, 1.0, 3.0], np.float32)
differs = []
for weight in (None, w):
    for ignore_index in (-100, -1, 0, 2):
        for some_ignored in (False, True):
            labels = rng.integers(0, 3, 8)
            labels[:2] = (1, 2) if ignore_index == 0 else (0, 1)
            if some_ignored:
                labels[-3:] = ignore_index
            for reduction in ("none", "mean", "sum"):
                t_kw = {} if weight is None else {
                    "weight": torch.from_numpy(weight)}
                p_kw = {} if weight is None else {
                    "weight": paddle.to_tensor(weight)}
                want = nn.CrossEntropyLoss(
                    ignore_index=ignore_index, reduction=reduction,
                    **t_kw)(torch.from_numpy(x),
                            torch.from_numpy(labels)).numpy()
                literal = paddle.nn.CrossEntropyLoss(
                    ignore_index=ignore_index, reduction=reduction,
                    **p_kw)(paddle.to_tensor(x),
                            paddle.to_tensor(labels)).numpy()
                port = paddle.nn.CrossEntropyLoss(
                    weight=paddle.to_tensor(w if weight is not None
                                            else np.ones(3, np.float32)),
                    ignore_index=ignore_index, reduction=reduction)(
                    paddle.to_tensor(x), paddle.to_tensor(labels)).numpy()
                np.testing.assert_allclose(port, want, 1e-5, 1e-6)
                if not np.allclose(literal, want, 1e-5, 1e-6):
                    differs.append((weight is None, ignore_index,
                                    some_ignored, reduction))
assert differs == [(True, -100, True, "mean"), (True, -1, True, "mean")]
np.testing.assert_allclose(paddle_mean * 8 / 6, torch_mean, 1e-5)
np.testing.assert_allclose(ported, torch_mean, 1e-5, 1e-6)
assert np.isnan(empty[0]) and empty[1] == 0
