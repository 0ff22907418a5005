# Unfold and Fold over a grid: kernels, strides, paddings and dilations
# that differ between height and width, strides larger than the kernel,
# sizes the stride does not divide, one-pixel inputs.
import itertools

import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F


def im2col(x, k, s, p, d):
    """Unfold written out in NumPy: column (c * kH + u) * kW + v, block
    i * W_out + j, value x_padded[c, i * sH + u * dH, j * sW + v * dW]."""
    n, c, h, w = x.shape
    xp = np.pad(x, ((0, 0), (0, 0), (p[0], p[0]), (p[1], p[1])))
    out = [(h + 2 * p[0] - d[0] * (k[0] - 1) - 1) // s[0] + 1,
           (w + 2 * p[1] - d[1] * (k[1] - 1) - 1) // s[1] + 1]
    cols = np.zeros((n, c * k[0] * k[1], out[0] * out[1]), x.dtype)
    for ch, u, v, i, j in itertools.product(range(c), range(k[0]),
                                            range(k[1]), range(out[0]),
                                            range(out[1])):
        cols[:, (ch * k[0] + u) * k[1] + v, i * out[1] + j] = xp[
            :, ch, i * s[0] + u * d[0], j * s[1] + v * d[1]]
    return cols


rng = np.random.default_rng(0)
counts = {"checked": 0, "no block": 0, "Paddle takes": 0,
          "uncovered pixels": 0}
for k, s, p, d, size in itertools.product(
        [(1, 1), (2, 3), (3, 2)], [(1, 1), (2, 3), (3, 1)],
        [(0, 0), (1, 2)], [(1, 1), (2, 1)], [(1, 1), (4, 5), (6, 6)]):
    x = rng.integers(-9, 10, (2, 2, *size)).astype(np.float32)
    settings = dict(kernel_size=k, stride=s, padding=p, dilation=d)
    paddle_settings = dict(kernel_sizes=k, strides=s, paddings=p,
                           dilations=d)
    try:
        cols = F.unfold(torch.from_numpy(x), **settings).numpy()
    except RuntimeError:  # no block fits
        counts["no block"] += 1
        try:
            paddle_cols = PF.unfold(paddle.to_tensor(x), **paddle_settings)
        except ValueError:
            continue
        # Checks: where Paddle still gives blocks, they are the input
        # with zeros added at the bottom and right until the kernel fits.
        short = [max(0, d[i] * (k[i] - 1) + 1 - size[i] - 2 * p[i])
                 for i in (0, 1)]
        fitted = F.pad(torch.from_numpy(x), [0, short[1], 0, short[0]])
        np.testing.assert_array_equal(
            paddle_cols.numpy(), F.unfold(fitted, **settings).numpy())
        counts["Paddle takes"] += 1
        continue
    paddle_cols = PF.unfold(paddle.to_tensor(x), **paddle_settings).numpy()
    y = F.fold(torch.from_numpy(cols), size, **settings).numpy()
    paddle_y = PF.fold(paddle.to_tensor(cols), size,
                       **paddle_settings).numpy()
    ones = np.ones_like(x)
    count = F.fold(F.unfold(torch.from_numpy(ones), **settings), size,
                   **settings).numpy()
    # Checks: both unfold as the NumPy loop does; both fold the same;
    # fold(unfold(x)) is x times the number of blocks that cover each
    # pixel, which is 0 where the stride skips a pixel.
    np.testing.assert_array_equal(cols, im2col(x, k, s, p, d))
    np.testing.assert_array_equal(paddle_cols, cols)
    np.testing.assert_array_equal(paddle_y, y)
    np.testing.assert_array_equal(y, x * count)
    counts["checked"] += 1
    counts["uncovered pixels"] += int((count == 0).any())
print(f"{counts['checked']} settings agree; in {counts['uncovered pixels']} "
      "of them some pixels are in no block and fold back to 0")
print(f"{counts['no block']} settings leave no block: PyTorch refuses "
      f"them all, Paddle {counts['no block'] - counts['Paddle takes']}")
