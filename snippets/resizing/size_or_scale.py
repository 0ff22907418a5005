"""size or scale_factor: the same output size can come with other sample
positions. Both frameworks follow the same rule; their spellings differ."""
import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F
from torch import nn

# Four rows of the ramp 0 1 2 3 4: [N, C, H, W] = [1, 1, 4, 5]
x_np = np.tile(np.arange(5, dtype=np.float32), (1, 1, 4, 1))
x, px = torch.from_numpy(x_np), paddle.to_tensor(x_np)

# Five pixels times 1.5 is 7 pixels. With scale_factor the samples are
# 1 / 1.5 input pixels apart; with size (or recompute_scale_factor=True)
# 5 / 7 apart. Interpolating the ramp 0..4 shows where they fall.
by_scale = F.interpolate(x, scale_factor=(1, 1.5), mode="bilinear")
by_size = F.interpolate(x, size=(4, 7), mode="bilinear")
recomputed = F.interpolate(x, scale_factor=(1, 1.5), mode="bilinear",
                           recompute_scale_factor=True)
print("scale_factor=1.5:", by_scale[0, 0, 0].numpy().round(3))
print("size=(4, 7):     ", by_size[0, 0, 0].numpy().round(3))



def refused(call):
    """The error a call raises, without where Paddle's C++ raised it."""
    try:
        call()
    except (TypeError, ValueError) as error:
        return f"{type(error).__name__}: {str(error).split(' (at ')[0]}"
    return "accepted"


# What Paddle spells differently: an int size, area with a scale factor,
# and nn.Upsample's fifth argument (align_mode in Paddle).
print("size=6: PyTorch", tuple(F.interpolate(x, size=6).shape))
print("  Paddle", refused(lambda: PF.interpolate(px, size=6)))
print("area, scale_factor=0.5: PyTorch",
      tuple(F.interpolate(x, scale_factor=0.5, mode="area").shape))
print("  Paddle", refused(
    lambda: PF.interpolate(px, scale_factor=0.5, mode="area")))
print("Upsample(None, 1.5, 'bilinear', False, True): PyTorch",
      tuple(nn.Upsample(None, 1.5, "bilinear", False, True)(x).shape))
print("  Paddle", refused(lambda: paddle.nn.Upsample(
    None, 1.5, "bilinear", False, True)(px)))

# Checks: the sample positions (the ramp's values, edges clamped); Paddle
# gives the same for each call; the ports.
u = np.clip((np.arange(7) + 0.5) / 1.5 - 0.5, 0, 4)
np.testing.assert_allclose(by_scale[0, 0, 0].numpy(), u, atol=1e-6)
v = np.clip((np.arange(7) + 0.5) * 5 / 7 - 0.5, 0, 4)
np.testing.assert_allclose(by_size[0, 0, 0].numpy(), v, atol=1e-6)
np.testing.assert_array_equal(recomputed.numpy(), by_size.numpy())
tol = dict(rtol=1e-6, atol=1e-6)
for torch_y, options in [
        (by_scale, {"scale_factor": (1, 1.5)}), (by_size, {"size": (4, 7)}),
        (recomputed, {"scale_factor": (1, 1.5),
                      "recompute_scale_factor": True})]:
    np.testing.assert_allclose(
        PF.interpolate(px, mode="bilinear", **options).numpy(),
        torch_y.numpy(), **tol)
np.testing.assert_array_equal(
    PF.interpolate(px, size=[6, 6]).numpy(),
    F.interpolate(x, size=6).numpy())
area = F.interpolate(x, scale_factor=0.5, mode="area")
h, w = px.shape[2:]  # floor(side * scale), as PyTorch sizes it
paddle_area = PF.interpolate(px, size=[int(h * 0.5), int(w * 0.5)],
                             mode="area")
np.testing.assert_allclose(paddle_area.numpy(), area.numpy(), **tol)
np.testing.assert_allclose(
    paddle.nn.Upsample(None, 1.5, "bilinear", False,
                       recompute_scale_factor=True)(px).numpy(),
    nn.Upsample(None, 1.5, "bilinear", False, True)(x).numpy(), **tol)
