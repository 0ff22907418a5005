# output_size at call time: both layers take the size wanted and work
# out the output padding themselves, within the same range.
import itertools

import numpy as np
import paddle
import torch
import torch.nn.functional as F
import paddle.nn.functional as PF
from torch import nn

rtol, atol = 1e-5, 1e-5
rng = np.random.default_rng(0)
x = rng.standard_normal((1, 2, 4, 5)).astype(np.float32)
weight = rng.standard_normal((2, 3, 3, 3)).astype(np.float32)

# A 4 x 5 input, stride 2: the smallest output is 9 x 11, and any size up
# to stride - 1 more can be asked for.
tconv = nn.ConvTranspose2d(2, 3, 3, stride=2)
paddle_tconv = paddle.nn.Conv2DTranspose(2, 3, 3, stride=2)
with torch.no_grad():
    tconv.weight.copy_(torch.from_numpy(weight))
    tconv.bias.zero_()
paddle_tconv.weight.set_value(weight)
torch_y = tconv(torch.from_numpy(x), output_size=[10, 11])
paddle_y = paddle_tconv(paddle.to_tensor(x), output_size=[10, 11])
print("torch ", list(torch_y.shape), "paddle", list(paddle_y.shape))

# F.conv_transpose2d has no output_size: pass the output padding.
torch_f = F.conv_transpose2d(torch.from_numpy(x), torch.from_numpy(weight),
                             stride=2, output_padding=(1, 0))
paddle_f = PF.conv2d_transpose(paddle.to_tensor(x), paddle.to_tensor(weight),
                               stride=2, output_size=[10, 11])
print("F.conv_transpose2d, output_padding=(1, 0):", list(torch_f.shape))


def outcome(run):
    try:
        return list(run().shape[2:])
    except (ValueError, TypeError) as error:
        return type(error).__name__


# The other spellings: the whole shape, a single int (on a square
# input), both arguments.
square = np.zeros((1, 2, 4, 4), np.float32)
spellings = {
    "torch output_size=[1, 3, 10, 11]": lambda: tconv(
        torch.from_numpy(x), output_size=[1, 3, 10, 11]),
    "paddle output_size=[1, 3, 10, 11]": lambda: paddle_tconv(
        paddle.to_tensor(x), output_size=[1, 3, 10, 11]),
    "torch output_size=10": lambda: tconv(
        torch.from_numpy(square), output_size=10),
    "paddle output_size=10": lambda: paddle_tconv(
        paddle.to_tensor(square), output_size=10),
    "PF output_size and output_padding": lambda: PF.conv2d_transpose(
        paddle.to_tensor(x), paddle.to_tensor(weight), stride=2,
        output_padding=1, output_size=[10, 11]),
}
for name, run in spellings.items():
    print(f"{name:>36}: {outcome(run)}")

# Checks: the same values in both, and the same as output padding.
np.testing.assert_allclose(torch_y.detach().numpy(), paddle_y.numpy(),
                           rtol=rtol, atol=atol)
np.testing.assert_allclose(torch_f.numpy(), paddle_f.numpy(),
                           rtol=rtol, atol=atol)
np.testing.assert_allclose(torch_y.detach().numpy(), torch_f.numpy(),
                           rtol=rtol, atol=atol)
assert [outcome(run) for run in spellings.values()] == [
    [10, 11], "ValueError", "TypeError", [10, 10], "ValueError"]

# The accepted sizes over a grid: from the formula's size without
# output padding (n_min) up to n_min + stride - 1, in both, whatever the
# dilation and the layer's own output_padding (which is then ignored).
accepted = 0
for n, k, s, p, d in itertools.product((2, 5), (1, 2, 3), (1, 2, 3),
                                       (0, 1), (1, 2, 3)):
    n_min = (n - 1) * s - 2 * p + d * (k - 1) + 1
    for op, size in itertools.product(range(s), range(n_min - 1,
                                                      n_min + s + 1)):
        if size < 1:
            continue
        opts = dict(stride=s, padding=p, output_padding=op, dilation=d)
        t = nn.ConvTranspose2d(1, 1, k, **opts)
        q = paddle.nn.Conv2DTranspose(1, 1, k, **opts)
        torch_got = outcome(lambda: t(torch.zeros(1, 1, n, n),
                                      output_size=[size, size]))
        paddle_got = outcome(lambda: q(paddle.zeros([1, 1, n, n]),
                                       output_size=[size, size]))
        ok = n_min <= size <= n_min + s - 1
        assert torch_got == ([size, size] if ok else "ValueError")
        assert paddle_got == torch_got, (n, k, s, p, d, op, size)
        accepted += ok
print("sizes accepted in both over the grid:", accepted)
