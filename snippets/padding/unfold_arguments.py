# Unfold and Fold in the two frameworks: the names and order of their
# arguments, read from the signatures, then what a copied call does.
import inspect
import warnings

import numpy as np
import paddle
import paddle.compat.nn.functional as CF
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F
from torch import nn

APIS = [(nn.Unfold, paddle.nn.Unfold), (nn.Fold, paddle.nn.Fold),
        (F.unfold, PF.unfold), (F.fold, PF.fold)]


def names(api):
    return [n for n in inspect.signature(api).parameters
            if n not in ("input", "x", "name")]


for torch_api, paddle_api in APIS:
    print(f"{torch_api.__name__:6}  PyTorch {names(torch_api)}")
    print(f"{'':6}  Paddle  {names(paddle_api)}")

# The same positional call: PyTorch reads dilation 1, padding 0, stride 2;
# Paddle strides 1, paddings 0, dilations 2.
rng = np.random.default_rng(0)
x = rng.integers(-9, 10, (1, 2, 5, 6)).astype(np.float32)
torch_y = F.unfold(torch.from_numpy(x), 2, 1, 0, 2)
paddle_y = PF.unfold(paddle.to_tensor(x), 2, 1, 0, 2)
compat_y = CF.unfold(paddle.to_tensor(x), 2, 1, 0, 2)
print("unfold(x, 2, 1, 0, 2): PyTorch", list(torch_y.shape), "Paddle",
      list(paddle_y.shape), "paddle.compat", list(compat_y.shape))

# PyTorch's keywords: refused by Unfold (after a warning) and unfold,
# taken by Fold.
refused = []
for call in (lambda: paddle.nn.Unfold(kernel_size=2),
             lambda: PF.unfold(paddle.to_tensor(x), kernel_size=2)):
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        try:
            call()
        except TypeError as error:
            refused.append(str(error))
for message in refused:
    print("TypeError:", "\n  ".join(line.strip()
                                     for line in message.splitlines()))
columns = paddle.to_tensor(F.unfold(torch.from_numpy(x), 2).numpy())
folded = paddle.nn.Fold(output_size=(5, 6), kernel_size=2)(columns)
print("paddle.nn.Fold(output_size=(5, 6), kernel_size=2):",
      list(folded.shape))

# Four paddings: [top, left, bottom, right] in Paddle's unfold, not
# F.pad's [left, right, top, bottom]. PyTorch's unfold takes two at most.
four = PF.unfold(paddle.to_tensor(x), 2, paddings=[1, 0, 0, 2]).numpy()
padded = F.pad(torch.from_numpy(x), [0, 2, 1, 0])  # l, r, t, b
try:
    F.unfold(torch.from_numpy(x), 2, padding=[1, 0, 0, 2])
except RuntimeError as error:
    four_refused = str(error)
    print("F.unfold(x, 2, padding=[1, 0, 0, 2]): RuntimeError")

# Checks: the layers take the same order under plural names, the
# functions another order; the copied positional call reads other
# settings, paddle.compat's unfold PyTorch's; Paddle's four paddings
# are [top, left, bottom, right], which PyTorch refuses.
assert names(paddle.nn.Unfold) == [n + "s" for n in names(nn.Unfold)]
assert names(paddle.nn.Fold) == [n + "s" for n in names(nn.Fold)]
assert names(F.unfold)[1:] == ["dilation", "padding", "stride"]
assert names(PF.unfold)[1:] == ["strides", "paddings", "dilations"]
assert names(PF.fold)[2:] == ["strides", "paddings", "dilations"]
assert torch_y.shape[2] == 6 and paddle_y.shape[2] == 12
np.testing.assert_array_equal(four, F.unfold(padded, 2).numpy())
np.testing.assert_array_equal(compat_y.numpy(), torch_y.numpy())
assert len(refused) == 2 and "paddle.compat.nn.Unfold()" in refused[0]
assert "expected padding equals to 2" in four_refused
