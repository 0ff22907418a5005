# Conv2d slides each kernel over the input and sums products: checked
# against a plain NumPy loop on a non-square input and kernel.
import numpy as np
import torch
from torch import nn

torch.manual_seed(0)
rng = np.random.default_rng(0)
x = rng.standard_normal((1, 2, 5, 6)).astype(np.float32)  # N, C, H, W
# A kernel 3 rows high and 2 columns wide.
conv = nn.Conv2d(2, 3, kernel_size=(3, 2))
y = conv(torch.from_numpy(x)).detach().numpy()

weight = conv.weight.detach().numpy()  # C_out, C_in, kH, kW
bias = conv.bias.detach().numpy()
c_out, _, kh, kw = weight.shape
h_out, w_out = x.shape[2] - kh + 1, x.shape[3] - kw + 1


def slide(kernels):
    out = np.empty((1, c_out, h_out, w_out), np.float32)
    for o in range(c_out):
        for i in range(h_out):  # down the rows (height)
            for j in range(w_out):  # along the columns (width)
                patch = x[0, :, i:i + kh, j:j + kw]  # all input channels
                out[0, o, i, j] = (patch * kernels[o]).sum() + bias[o]
    return out


want = slide(weight)
print("x", x.shape, "-> y", y.shape, "weight", weight.shape)
print("y[0, 0, 0, 0] layer:", round(float(y[0, 0, 0, 0]), 4))
print("y[0, 0, 0, 0] loop: ", round(float(want[0, 0, 0, 0]), 4))
rtol, atol = 1e-5, 1e-5  # float32 sums in another order
np.testing.assert_allclose(y, want, rtol=rtol, atol=atol)

# The kernel is not flipped: a flipped kernel gives another result.
flipped = slide(weight[:, :, ::-1, ::-1])
assert not np.allclose(y, flipped, atol=1e-3), "kernel looks flipped"
