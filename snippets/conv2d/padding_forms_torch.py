# The padding forms nn.Conv2d accepts, and the ones it refuses.
import torch
import torch.nn.functional as F
from torch import nn


def out_size(n, k, s=1, p_before=0, p_after=0, d=1):
    return (n + p_before + p_after - d * (k - 1) - 1) // s + 1


def show(label, result):
    print(f"{label:32}{result}")


torch.manual_seed(0)
x = torch.randn(1, 1, 9, 10)  # odd height, even width
h, w = x.shape[2:]

# An int pads all four sides; a tuple (pH, pW) pads rows, then columns.
y = nn.Conv2d(1, 1, 3, padding=(2, 1))(x)
want = [1, 1, out_size(h, 3, p_before=2, p_after=2),
        out_size(w, 3, p_before=1, p_after=1)]
show("padding=(2, 1)", list(y.shape))
assert list(y.shape) == want, f"{list(y.shape)} != {want}"

# 'valid' means no padding and works with any stride.
y = nn.Conv2d(1, 1, 3, stride=2, padding="valid")(x)
want = [1, 1, out_size(h, 3, s=2), out_size(w, 3, s=2)]
show("'valid', stride=2", list(y.shape))
assert list(y.shape) == want, f"{list(y.shape)} != {want}"

# 'same' keeps H and W, also with dilation, but only with stride 1.
y = nn.Conv2d(1, 1, 3, padding="same", dilation=2)(x)
show("'same', dilation=2", list(y.shape))
assert list(y.shape) == [1, 1, h, w], f"{list(y.shape)}"
try:
    nn.Conv2d(1, 1, 3, stride=2, padding="same")
except ValueError as err:
    show("'same', stride=2", f"ValueError: {err}")
else:
    raise AssertionError("stride 2 with padding='same' was accepted")
try:
    nn.Conv2d(1, 1, 3, padding="SAME")
except ValueError:
    show("'SAME'", "ValueError (lower case only)")
else:
    raise AssertionError("upper-case 'SAME' was accepted")

# No asymmetric padding: four numbers fail on the first call...
try:
    nn.Conv2d(1, 1, 3, padding=(1, 2, 0, 1))(x)
except RuntimeError:
    show("padding=(1, 2, 0, 1)", "RuntimeError on the first call")
else:
    raise AssertionError("four padding numbers were accepted")

# ...so pad first. F.pad takes (left, right, top, bottom).
top, bottom, left, right = 1, 2, 0, 1
y = nn.Conv2d(1, 1, 3)(F.pad(x, (left, right, top, bottom)))
want = [1, 1, out_size(h, 3, p_before=top, p_after=bottom),
        out_size(w, 3, p_before=left, p_after=right)]
show("F.pad(x, (0, 1, 1, 2))", list(y.shape))
assert list(y.shape) == want, f"{list(y.shape)} != {want}"
