# Dilation spreads the window's elements d pixels apart. Paddle's
# MaxPool2D has no dilation argument; cut the dilated windows out with
# paddle.nn.functional.unfold (which does take dilations) and take
# their maximum. unfold pads with zeros, so pad with -inf first.
import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
from torch import nn


def pool_size(n, span, stride, padding, ceil_mode):
    """PyTorch's output size: rounded up with ceil_mode, less a last
    window that would start in the padding after the input."""
    out = (n + 2 * padding - span) / stride
    out = int(np.ceil(out) if ceil_mode else np.floor(out)) + 1
    if ceil_mode and (out - 1) * stride >= n + padding:
        out -= 1
    return out


def paddle_max_pool2d_dilated(x, k, stride, padding, dilation,
                              ceil_mode=False):
    n, c, h, w = x.shape
    span = dilation * (k - 1) + 1  # the dilated window's side
    out = [pool_size(size, span, stride, padding, ceil_mode)
           for size in (h, w)]
    # With ceil_mode the last window may hang over the input: pad the
    # bottom and right until it fits.
    after = [max(padding, (o - 1) * stride + span - size - padding)
             for o, size in zip(out, (h, w))]
    x = PF.pad(x, [padding, after[1], padding, after[0]], value=-np.inf)
    cols = PF.unfold(x, k, strides=stride, dilations=dilation)
    # cols: [N, C * k * k, L], the windows of every channel side by side
    fit = [(x.shape[i] - span) // stride + 1 for i in (2, 3)]
    cols = cols.reshape([n, c, k * k, *fit])
    return cols.max(axis=2)[:, :, :out[0], :out[1]]


rng = np.random.default_rng(0)
x = rng.standard_normal((2, 3, 9, 10)).astype(np.float32)
k, stride, padding, dilation = 3, 2, 1, 2
pool = nn.MaxPool2d(k, stride, padding, dilation=dilation)
torch_y = pool(torch.from_numpy(x)).numpy()
paddle_y = paddle_max_pool2d_dilated(paddle.to_tensor(x), k, stride,
                                     padding, dilation).numpy()
print("x", list(x.shape), "-> PyTorch", list(torch_y.shape),
      "Paddle (unfold)", list(paddle_y.shape))
try:
    paddle.nn.MaxPool2D(k, stride, padding, dilation=dilation)
except TypeError as error:
    print("paddle.nn.MaxPool2D(..., dilation=2):", type(error).__name__)

# More settings, all ported the same way: dilations 1 to 3, kernels 1
# to 3, strides up to 4 (larger than the kernel), the largest padding,
# ceil_mode, one-pixel and odd and even sides.
tried, rounded_up, mismatches = {False: 0, True: 0}, 0, []
for d, kk, s, ceil_mode, h in np.ndindex(3, 3, 4, 2, 6):
    d, kk, s, h = d + 1, kk + 1, s + 1, h + 1
    for p in range(kk // 2 + 1):
        xs = rng.standard_normal((1, 2, h, h + 1)).astype(np.float32)
        try:
            want = nn.MaxPool2d(kk, s, p, d, ceil_mode=bool(ceil_mode))(
                torch.from_numpy(xs)).numpy()
        except RuntimeError:  # the dilated window does not fit
            continue
        got = paddle_max_pool2d_dilated(paddle.to_tensor(xs), kk, s, p,
                                        d, bool(ceil_mode)).numpy()
        if got.shape != want.shape or not np.array_equal(got, want):
            mismatches.append((d, kk, s, p, ceil_mode, h))
        tried[bool(ceil_mode)] += 1
        span = d * (kk - 1) + 1
        rounded_up += bool(ceil_mode) and want.shape[2:] != tuple(
            pool_size(n, span, s, p, False) for n in xs.shape[2:])
print(f"settings tried: {tried[False]} without ceil_mode, "
      f"{tried[True]} with it ({rounded_up} rounded up); "
      f"{len(mismatches)} differ")

# Checks: equal values (max only copies them), and a dilated window
# differs from a plain one.
np.testing.assert_array_equal(paddle_y, torch_y)
plain = nn.MaxPool2d(k, stride, padding)(torch.from_numpy(x)).numpy()
assert plain.shape != torch_y.shape or not np.array_equal(plain, torch_y)
assert not mismatches and min(tried.values()) > 100 and rounded_up > 50
