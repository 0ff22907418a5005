# The arguments after output_padding come in another order: groups and
# dilation swap places, so a positional call copied as it is changes
# meaning. Read from the signatures, then run.
import inspect

import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F
from torch import nn


def after_output_padding(api):
    if inspect.isbuiltin(api):  # F.conv_transpose2d: its docstring
        head = api.__doc__.strip().splitlines()[0].split(" -> ")[0]
        names = [a.split("=")[0].strip()
                 for a in head[head.index("(") + 1:-1].split(",")]
    else:
        names = list(inspect.signature(api).parameters)
    return names[names.index("output_padding") + 1:][:4]


for api in (nn.ConvTranspose2d, paddle.nn.Conv2DTranspose):
    print(f"{api.__name__:>16}:", after_output_padding(api))
print(f"{'conv_transpose2d':>16}:", after_output_padding(F.conv_transpose2d))
print(f"{'conv2d_transpose':>16}:", after_output_padding(PF.conv2d_transpose))

# The same seven numbers: groups=2 in PyTorch, dilation=2 in Paddle.
tconv = nn.ConvTranspose2d(4, 6, 3, 2, 1, 1, 2)
paddle_tconv = paddle.nn.Conv2DTranspose(4, 6, 3, 2, 1, 1, 2)
print("torch : groups", tconv.groups, "dilation", tconv.dilation,
      "weight", list(tconv.weight.shape))
print("paddle: groups", paddle_tconv._groups, "dilation",
      paddle_tconv._dilation, "weight", list(paddle_tconv.weight.shape))

# The functions: stride, padding, output_padding, then 2 and 1 by
# position. The weight fits both readings; the outputs differ.
rng = np.random.default_rng(0)
x = rng.standard_normal((1, 4, 5, 5)).astype(np.float32)
w = rng.standard_normal((4, 3, 3, 3)).astype(np.float32)
torch_y = F.conv_transpose2d(torch.from_numpy(x), torch.from_numpy(w),
                             None, 2, 1, 1, 1, 2)  # groups=1, dilation=2
paddle_y = PF.conv2d_transpose(paddle.to_tensor(x), paddle.to_tensor(w),
                               None, 2, 1, 1, 1, 2)  # dilation=1, groups=2
print("(x, w, None, 2, 1, 1, 1, 2): torch", list(torch_y.shape),
      "paddle", list(paddle_y.shape))

# Checks: the swap, read from the signatures and seen in the layers.
assert after_output_padding(nn.ConvTranspose2d)[:3] == [
    "groups", "bias", "dilation"]
assert after_output_padding(paddle.nn.Conv2DTranspose)[:2] == [
    "dilation", "groups"]
assert after_output_padding(F.conv_transpose2d)[:2] == [
    "groups", "dilation"]
assert after_output_padding(PF.conv2d_transpose)[:2] == [
    "dilation", "groups"]
assert (tconv.groups, tconv.dilation) == (2, (1, 1))
assert (paddle_tconv._groups, list(paddle_tconv._dilation)) == (1, [2, 2])
assert list(torch_y.shape) != list(paddle_y.shape)
