# NLLLoss takes log-probabilities (a LogSoftmax output) and class
# indices: loss_n = -w[y_n] * x[n, y_n]. CrossEntropyLoss is LogSoftmax
# followed by NLLLoss. Paddle's NLLLoss agrees while no label is
# ignored; with labels to ignore, use paddle_nll_loss below instead.
import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
from torch import nn

rng = np.random.default_rng(5)
x = rng.standard_normal((8, 3)).astype(np.float32)
y = rng.integers(0, 3, 8)
log_q = PF.log_softmax(paddle.to_tensor(x), axis=1)
torch_log_q = torch.log_softmax(torch.from_numpy(x), dim=1)
torch_nll = nn.NLLLoss()(torch_log_q, torch.from_numpy(y)).item()
paddle_nll = paddle.nn.NLLLoss()(log_q, paddle.to_tensor(y)).item()
print(f"NLLLoss: PyTorch {torch_nll:.6f}, Paddle {paddle_nll:.6f}")



def paddle_nll_loss(x, y, weight=None, ignore_index=-100,
                    reduction="mean"):
    """PyTorch's NLLLoss in Paddle, classes on axis 1, for any input."""
    keep = (y != ignore_index).astype(x.dtype)
    y_safe = paddle.where(y != ignore_index, y, paddle.zeros_like(y))
    picked = paddle.take_along_axis(x, y_safe.unsqueeze(1), 1).squeeze(1)
    w_y = keep if weight is None else keep * paddle.gather(
        weight, y_safe.flatten()).reshape(y.shape)
    loss = -picked * w_y
    if reduction == "none":
        return loss
    return loss.sum() / (w_y.sum() if reduction == "mean" else 1)


# On log-probabilities log_softmax changes nothing, so Paddle's
# CrossEntropyLoss with a weight (ones if none) gives NLLLoss too.
y_ignored = y.copy()
y_ignored[-2:] = -100
want = nn.NLLLoss()(torch_log_q, torch.from_numpy(y_ignored)).item()
port = paddle.nn.CrossEntropyLoss(weight=paddle.ones([3]))(
    log_q, paddle.to_tensor(y_ignored)).item()
helper = paddle_nll_loss(log_q, paddle.to_tensor(y_ignored)).item()
print(f"labels -100: PyTorch NLLLoss {want:.6f}")
print(f"  Paddle CrossEntropyLoss(weight=ones) {port:.6f}")
print(f"  paddle_nll_loss {helper:.6f}")

# Checks: NLLLoss without ignored labels over weight x reduction x N-D
# (class axis 1 in both); both ports with ignored labels, the helper on
# any input too (raw scores, not log-probabilities).
w = np.array([0.2, 1.0, 3.0], np.float32)
for shape in [(8, 3), (2, 3, 4, 5)]:
    xs = rng.standard_normal(shape).astype(np.float32)
    ys = rng.integers(0, 3, (shape[0], *shape[2:]))
    t_lq = torch.log_softmax(torch.from_numpy(xs), dim=1)
    p_lq = PF.log_softmax(paddle.to_tensor(xs), axis=1)
    for weight in (None, w):
        for reduction in ("none", "mean", "sum"):
            t_w = None if weight is None else torch.from_numpy(weight)
            p_w = None if weight is None else paddle.to_tensor(weight)
            want_nd = nn.NLLLoss(t_w, reduction=reduction)(
                t_lq, torch.from_numpy(ys)).numpy()
            got = paddle.nn.NLLLoss(p_w, reduction=reduction)(
                p_lq, paddle.to_tensor(ys)).numpy()
            np.testing.assert_allclose(got, want_nd, 1e-5, 1e-6)
            yi = ys.copy()
            yi.flat[-3:] = -100
            want_nd = nn.NLLLoss(t_w, reduction=reduction)(
                t_lq, torch.from_numpy(yi)).numpy()
            got = paddle.nn.CrossEntropyLoss(
                p_w if p_w is not None else paddle.ones([3]),
                reduction=reduction, axis=1)(
                p_lq, paddle.to_tensor(yi)).numpy()
            np.testing.assert_allclose(got, want_nd, 1e-5, 1e-6)
            y2 = np.where(yi < 0, 2, yi)  # ignore_index=2 this time
            for t_x, p_x in ((t_lq, p_lq), (torch.from_numpy(xs),
                                            paddle.to_tensor(xs))):
                want_nd = nn.NLLLoss(t_w, reduction=reduction,
                                     ignore_index=2)(
                    t_x, torch.from_numpy(y2)).numpy()
                got = paddle_nll_loss(p_x, paddle.to_tensor(y2), p_w, 2,
                                      reduction).numpy()
                np.testing.assert_allclose(got, want_nd, 1e-5, 1e-6)
np.testing.assert_allclose(paddle_nll, torch_nll, 1e-5, 1e-6)
np.testing.assert_allclose(port, want, 1e-5, 1e-6)
np.testing.assert_allclose(helper, want, 1e-5, 1e-6)
