"""Each mode is a matrix along each axis: output = A_h @ x @ A_w.T. The
rows of A come from the formulas on the page, written in NumPy; both
frameworks give the same numbers."""
import itertools

import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F


def source(j, n_in, n_out, align_corners, ratio=None):
    """Where output sample j falls on the input axis, in pixels."""
    if align_corners:
        return j * (n_in - 1) / (n_out - 1) if n_out > 1 else 0 * j
    ratio = n_in / n_out if ratio is None else ratio
    return (j + 0.5) * ratio - 0.5


def cubic(t, a=-0.75):
    """The bicubic kernel (Keys, a = -0.75), at distance t."""
    t = np.abs(t)
    return np.where(t <= 1, ((a + 2) * t - (a + 3)) * t * t + 1,
                    np.where(t < 2, ((a * t - 5 * a) * t + 8 * a) * t
                             - 4 * a, 0))


def matrix(n_in, n_out, mode, align_corners=False, ratio=None):
    """The rows of A: the weights each output takes from the input."""
    a = np.zeros((n_out, n_in))
    j = np.arange(n_out)
    if mode == "nearest":
        a[j, np.minimum(np.floor(j * n_in / n_out), n_in - 1).astype(int)] = 1
    elif mode == "area":  # adaptive average pooling's bins
        for k in j:
            start, end = k * n_in // n_out, -(-(k + 1) * n_in // n_out)
            a[k, start:end] = 1 / (end - start)
    elif mode == "bilinear":
        u = np.maximum(source(j, n_in, n_out, align_corners, ratio), 0)
        i0 = np.minimum(np.floor(u).astype(int), n_in - 1)
        i1 = np.minimum(i0 + 1, n_in - 1)
        np.add.at(a, (j, i0), 1 - (u - i0))
        np.add.at(a, (j, i1), u - i0)
    else:  # bicubic: four taps, indices clamped to the border
        u = source(j, n_in, n_out, align_corners, ratio)
        i = np.floor(u).astype(int)
        for tap in range(-1, 3):
            np.add.at(a, (j, np.clip(i + tap, 0, n_in - 1)),
                      cubic(u - (i + tap)))
    return a


rng = np.random.default_rng(0)
x = rng.standard_normal((1, 1, 3, 4)).astype(np.float32)
a_h = matrix(3, 5, "bilinear")
print("rows of A_h, bilinear, 3 -> 5:\n", a_h.round(2))

# Checks: every mode and both alignments, on sizes down and up, 1 to 8
# pixels; both frameworks against the matrices.
tol = dict(rtol=1e-5, atol=1e-5)
checked = 0
for mode, align_corners in [("nearest", None), ("area", None),
                            ("bilinear", False), ("bilinear", True),
                            ("bicubic", False), ("bicubic", True)]:
    for (h_in, w_in), (h_out, w_out) in itertools.product(
            [(1, 2), (3, 4), (5, 8)], [(1, 3), (2, 7), (6, 5), (8, 8)]):
        x = rng.standard_normal((1, 2, h_in, w_in)).astype(np.float32)
        a_h = matrix(h_in, h_out, mode, align_corners)
        a_w = matrix(w_in, w_out, mode, align_corners)
        hand = a_h @ x.astype(np.float64) @ a_w.T
        paddle_hand = hand
        if mode in ("bilinear", "bicubic") and not align_corners and (
                h_out == 1 < h_in):
            # One output row from more: Paddle takes r = 0, so u = -1/2.
            paddle_a_h = matrix(h_in, 1, mode, ratio=0)
            paddle_hand = paddle_a_h @ x.astype(np.float64) @ a_w.T
        options = dict(size=(h_out, w_out), mode=mode)
        if align_corners is not None:
            options["align_corners"] = align_corners
        torch_y = F.interpolate(torch.from_numpy(x), **options).numpy()
        paddle_y = PF.interpolate(paddle.to_tensor(x), **options).numpy()
        np.testing.assert_allclose(torch_y, hand, **tol)
        np.testing.assert_allclose(paddle_y, paddle_hand, **tol)
        checked += 1
print(checked, "cases: PyTorch, Paddle and the matrices agree")
