"""nn.Upsample and F.interpolate: one row of three pixels made twice as
wide by each mode, and four pixels averaged into two by 'area'."""
import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

x = torch.tensor([[[[1.0, 4.0, 2.0]]]])  # [N, C, H, W] = [1, 1, 1, 3]
for mode, align_corners in [("nearest", None), ("bilinear", False),
                            ("bilinear", True), ("bicubic", False)]:
    up = nn.Upsample(scale_factor=2, mode=mode,
                     align_corners=align_corners)
    y = up(x)
    print(f"{mode:8} align_corners={str(align_corners):5}",
          y[0, 0, 0].numpy().round(3))
wide = torch.tensor([[[[1.0, 4.0, 2.0, 8.0]]]])
area = F.interpolate(wide, size=(1, 2), mode="area")
print("area     4 -> 2:", area[0, 0, 0].numpy())

# Checks: the layer is the function; nearest repeats each pixel; with
# align_corners=True the corner pixels keep their values; area averages;
# nearest and area refuse any align_corners but None.
for mode in ["nearest", "bilinear", "bicubic"]:
    np.testing.assert_array_equal(
        nn.Upsample(scale_factor=2, mode=mode)(x).numpy(),
        F.interpolate(x, scale_factor=2, mode=mode).numpy())
near = F.interpolate(x, scale_factor=2, mode="nearest")[0, 0, 0]
assert near.tolist() == [1, 1, 4, 4, 2, 2]
corners = F.interpolate(x, scale_factor=2, mode="bilinear",
                        align_corners=True)[0, 0, 0]
assert corners[0] == 1 and corners[-1] == 2
assert area[0, 0, 0].tolist() == [2.5, 5.0]
for mode in ["nearest", "area"]:
    try:
        F.interpolate(x, size=(1, 2), mode=mode, align_corners=False)
        refused = False
    except ValueError:
        refused = True
    assert refused
