# label_smoothing=eps: the target keeps 1 - eps on its class and spreads
# eps over all C classes. Without weight and ignored labels both agree;
# with a weight, or with labels to ignore, Paddle's literal port differs
# or fails. paddle_smoothed_ce below is PyTorch's formula in Paddle.
import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
from torch import nn


def paddle_smoothed_ce(x, y, weight, ignore_index=-100, eps=0.0,
                       reduction="mean"):
    """PyTorch's cross-entropy with label smoothing, classes on axis 1."""
    log_q = PF.log_softmax(x, axis=1)
    keep = y != ignore_index
    y_safe = paddle.where(keep, y, paddle.zeros_like(y)).unsqueeze(1)
    w_y = paddle.gather(weight, y_safe.flatten()).reshape(y.shape)
    w_y = w_y * keep.astype(x.dtype)
    nll = -paddle.take_along_axis(log_q, y_safe, 1).squeeze(1) * w_y
    shape = [1, -1] + [1] * (x.ndim - 2)
    smooth = -(log_q * weight.reshape(shape)).sum(1) * keep.astype(x.dtype)
    loss = (1 - eps) * nll + eps / x.shape[1] * smooth
    if reduction == "none":
        return loss
    return loss.sum() / (w_y.sum() if reduction == "mean" else 1)


rng = np.random.default_rng(3)
x = rng.standard_normal((8, 3)).astype(np.float32)
y = rng.integers(0, 3, 8)
w = np.array([0.2, 1.0, 3.0], np.float32)
torch_x, torch_y = torch.from_numpy(x), torch.from_numpy(y)
paddle_x, paddle_y = paddle.to_tensor(x), paddle.to_tensor(y)
plain = (nn.CrossEntropyLoss(label_smoothing=0.1)(torch_x, torch_y).item(),
         paddle.nn.CrossEntropyLoss(label_smoothing=0.1)(
             paddle_x, paddle_y).item())
weighted = (nn.CrossEntropyLoss(torch.from_numpy(w), label_smoothing=0.1)(
    torch_x, torch_y).item(), paddle.nn.CrossEntropyLoss(
    paddle.to_tensor(w), label_smoothing=0.1)(paddle_x, paddle_y).item())
print(f"label_smoothing=0.1: PyTorch {plain[0]:.6f}, Paddle {plain[1]:.6f}")
print(f"  with a weight:     PyTorch {weighted[0]:.6f}, "
      f"Paddle {weighted[1]:.6f}")
smoothing_weight_gap = abs(weighted[1] - weighted[0])

y_ignored = y.copy()
y_ignored[:2] = -100
try:
    paddle.nn.CrossEntropyLoss(label_smoothing=0.1)(
        paddle_x, paddle.to_tensor(y_ignored))
except ValueError as error:
    refusal = str(error).splitlines()[0]
    print("  with label -100:  ", refusal[:52], "...")
y_two = np.where(y_ignored == -100, 2, y)
ignore_two = (nn.CrossEntropyLoss(ignore_index=2, label_smoothing=0.1)(
    torch_x, torch.from_numpy(y_two)).item(), paddle.nn.CrossEntropyLoss(
    ignore_index=2, label_smoothing=0.1)(
    paddle_x, paddle.to_tensor(y_two)).item())
print(f"  ignore_index=2:    PyTorch {ignore_two[0]:.6f}, "
      f"Paddle {ignore_two[1]:.6f}")
port = paddle_smoothed_ce(paddle_x, paddle.to_tensor(y_ignored),
                          paddle.to_tensor(w), eps=0.1).item()
print(f"paddle_smoothed_ce, weight and label -100: {port:.6f}")

# Checks: the helper equals PyTorch over eps x weight x ignore_index x
# reduction, on [N, C] and [N, C, H, W]; the literal port only without
# weight and ignored labels.
for shape in [(8, 3), (2, 3, 4, 5)]:
    xs = rng.standard_normal(shape).astype(np.float32)
    for weight in (np.ones(3, np.float32), w):
        for ignore_index in (-100, 2):
            for some_ignored in (False, True):
                ys = rng.integers(0, 2, (shape[0], *shape[2:]))
                if some_ignored:
                    ys.flat[:3] = ignore_index
                for eps in (0.0, 0.1, 0.9):
                    for reduction in ("none", "mean", "sum"):
                        want = nn.CrossEntropyLoss(
                            torch.from_numpy(weight),
                            ignore_index=ignore_index,
                            reduction=reduction, label_smoothing=eps)(
                            torch.from_numpy(xs),
                            torch.from_numpy(ys)).numpy()
                        got = paddle_smoothed_ce(
                            paddle.to_tensor(xs), paddle.to_tensor(ys),
                            paddle.to_tensor(weight), ignore_index, eps,
                            reduction).numpy()
                        np.testing.assert_allclose(got, want, 1e-5, 1e-6)
for reduction in ("none", "mean", "sum"):
    want = nn.CrossEntropyLoss(label_smoothing=0.1, reduction=reduction)(
        torch_x, torch_y).numpy()
    got = paddle.nn.CrossEntropyLoss(label_smoothing=0.1,
                                     reduction=reduction)(
        paddle_x, paddle_y).numpy()
    # 'none' comes back as [N, 1] from Paddle's smoothed path
    np.testing.assert_allclose(got.reshape(want.shape), want, 1e-5, 1e-6)
assert smoothing_weight_gap > 1e-3
assert "Illegal index value" in refusal
assert abs(ignore_two[1] - ignore_two[0]) > 0.1
want = nn.CrossEntropyLoss(torch.from_numpy(w), label_smoothing=0.1)(
    torch_x, torch.from_numpy(y_ignored)).item()
np.testing.assert_allclose(port, want, 1e-5, 1e-6)
