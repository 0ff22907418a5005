# The output-size formula against both frameworks over a grid of input
# sizes, kernels, strides, paddings, dilations and output paddings.
import itertools

import numpy as np
import paddle
import torch
import torch.nn.functional as F
import paddle.nn.functional as PF


def out_size(n, k, s=1, p=0, d=1, op=0):
    """Output length along one axis."""
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1


def shape_or_error(run):
    try:
        return list(run().shape[2:])
    except (RuntimeError, ValueError) as error:
        return type(error).__name__


grid = itertools.product((1, 2, 5), (1, 2, 3, 4), (1, 2, 3), (0, 1, 2),
                         (1, 2, 3), (0, 1, 2, 3))
counts = {"checked": 0, "torch only": 0, "both refuse": 0,
          "negative": 0, "zero empty": 0, "zero refused": 0}
empties = []  # settings where torch returns a map of 0 rows
for h, k, s, p, d, op in grid:
    w = h + 3  # each width is the height + 3: other parity
    want = [out_size(h, k, s, p, d, op), out_size(w, k, s, p, d, op)]
    weight = np.ones((1, 1, k, k), np.float32)
    opts = dict(stride=s, padding=p, output_padding=op, dilation=d)
    got = shape_or_error(lambda: F.conv_transpose2d(
        torch.zeros(1, 1, h, w), torch.from_numpy(weight), **opts))
    if want[0] < 1:  # the formula gives no rows: Paddle is not run
        if want[0] < 0:
            assert got == "RuntimeError", (h, k, s, p, d, op, got)
            counts["negative"] += 1
        else:
            empty = got == [0, want[1]]
            counts["zero empty" if empty else "zero refused"] += 1
            assert empty or got == "RuntimeError", got
            if empty:
                empties.append((h, k, s, p, d, op))
        continue
    paddle_got = shape_or_error(lambda: PF.conv2d_transpose(
        paddle.zeros([1, 1, h, w]), paddle.to_tensor(weight), **opts))
    # The rule for output_padding: smaller than the stride or the
    # dilation in PyTorch, smaller than the stride in Paddle.
    torch_want = want if op < max(s, d) else "RuntimeError"
    paddle_want = want if op < s else "ValueError"
    assert got == torch_want, (h, k, s, p, d, op, got)
    assert paddle_got == paddle_want, (h, k, s, p, d, op, paddle_got)
    if op < s:
        counts["checked"] += 1
    elif op < d:
        counts["torch only"] += 1
    else:
        counts["both refuse"] += 1

for what, n in counts.items():
    print(f"{what:>13}: {n}")
print("0 rows, torch returns an empty map (H_in, k, s, p, d, op):")
print(empties)

# The layers call these functions: a few settings through them too.
for k, s, p, d, op in [(3, 2, 1, 1, 1), (4, 2, 1, 1, 0), (3, 1, 0, 2, 1)]:
    torch_y = torch.nn.ConvTranspose2d(
        1, 1, k, s, p, op, dilation=d)(torch.zeros(1, 1, 5, 8))
    try:
        paddle_y = paddle.nn.Conv2DTranspose(
            1, 1, k, s, p, op, dilation=d)(paddle.zeros([1, 1, 5, 8]))
        paddle_shape = list(paddle_y.shape[2:])
    except ValueError:
        paddle_shape = "ValueError"
    print(f"k={k} s={s} p={p} d={d} output_padding={op}:",
          "torch", list(torch_y.shape[2:]), "paddle", paddle_shape)
    assert list(torch_y.shape[2:]) == [out_size(5, k, s, p, d, op),
                                       out_size(8, k, s, p, d, op)]
    assert paddle_shape == (list(torch_y.shape[2:]) if op < s
                            else "ValueError")
