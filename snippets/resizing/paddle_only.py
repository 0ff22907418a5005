"""Paddle's own parameters: align_mode, and data_format for channels-last
input. PyTorch has neither."""
import itertools

import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F

# A ramp again: the output shows where each sample falls.
ramp = np.tile(np.arange(4, dtype=np.float32), (1, 1, 2, 1))  # 0 1 2 3
x, px = torch.from_numpy(ramp), paddle.to_tensor(ramp)
torch_y = F.interpolate(x, size=(2, 6), mode="bilinear")
mode_0 = PF.interpolate(px, size=(2, 6), mode="bilinear", align_mode=0)
mode_1 = PF.interpolate(px, size=(2, 6), mode="bilinear", align_mode=1)
print("PyTorch, align_corners=False:", torch_y[0, 0, 0].numpy().round(3))
print("Paddle, align_mode=0:        ", mode_0[0, 0, 0].numpy().round(3))
print("Paddle, align_mode=1:        ", mode_1[0, 0, 0].numpy().round(3))
mode_1_gap = np.abs(mode_1.numpy() - torch_y.numpy()).max()

# Channels last: Paddle reads [N, H, W, C] with data_format="NHWC";
# PyTorch needs the channels moved to axis 1 and back.
rng = np.random.default_rng(0)
x_nhwc = rng.standard_normal((2, 5, 4, 3)).astype(np.float32)
paddle_nhwc = PF.interpolate(paddle.to_tensor(x_nhwc), size=(7, 9),
                             mode="bicubic", data_format="NHWC")
torch_nhwc = F.interpolate(torch.from_numpy(x_nhwc).permute(0, 3, 1, 2),
                           size=(7, 9), mode="bicubic").permute(0, 2, 3, 1)
print("NHWC:", list(paddle_nhwc.shape), "largest difference",
      f"{np.abs(paddle_nhwc.numpy() - torch_nhwc.numpy()).max():.1e}")

# Checks, on input sizes 1 to 6 and output sizes 1 to 9: align_mode=0 is
# PyTorch's align_corners=False (one output pixel aside, see above);
# align_mode=1 puts sample j at j * n_in / n_out; align_mode changes
# nothing with align_corners=True, nor in the other modes.
tol = dict(rtol=1e-5, atol=1e-5)
for n_in, n_out in itertools.product(range(1, 7), range(1, 10)):
    a = rng.standard_normal((1, 1, 2, n_in)).astype(np.float32)
    a_ramp = np.tile(np.arange(n_in, dtype=np.float32), (1, 1, 2, 1))
    size = (2, n_out)
    if not n_out == 1 < n_in:
        np.testing.assert_allclose(
            PF.interpolate(paddle.to_tensor(a), size=size,
                           mode="bilinear", align_mode=0).numpy(),
            F.interpolate(torch.from_numpy(a), size=size,
                          mode="bilinear").numpy(), **tol)
    u = np.minimum(np.arange(n_out) * n_in / n_out, n_in - 1)
    np.testing.assert_allclose(PF.interpolate(
        paddle.to_tensor(a_ramp), size=size, mode="bilinear",
        align_mode=1).numpy()[0, 0, 0], u, **tol)
    for mode, align_corners in [("bilinear", True), ("bicubic", False),
                                ("bicubic", True), ("nearest", False)]:
        ys = [PF.interpolate(paddle.to_tensor(a), size=size, mode=mode,
                             align_corners=align_corners,
                             align_mode=m).numpy() for m in (0, 1)]
        np.testing.assert_array_equal(ys[0], ys[1])
np.testing.assert_allclose(paddle_nhwc.numpy(), torch_nhwc.numpy(), **tol)
