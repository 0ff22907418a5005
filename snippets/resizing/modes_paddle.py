"""paddle.nn.Upsample and paddle.nn.functional.interpolate: the same row,
the same modes, the same numbers."""
import numpy as np
import paddle
import paddle.nn.functional as PF

x = paddle.to_tensor([[[[1.0, 4.0, 2.0]]]])  # [1, 1, 1, 3]
for mode, align_corners in [("nearest", False), ("bilinear", False),
                            ("bilinear", True), ("bicubic", False)]:
    up = paddle.nn.Upsample(scale_factor=2, mode=mode,
                            align_corners=align_corners)
    y = up(x)
    print(f"{mode:8} align_corners={str(align_corners):5}",
          y[0, 0, 0].numpy().round(3))
wide = paddle.to_tensor([[[[1.0, 4.0, 2.0, 8.0]]]])
area = PF.interpolate(wide, size=(1, 2), mode="area")
print("area     4 -> 2:", area[0, 0, 0].numpy())

# Checks: the same as in PyTorch; align_corners must be a bool.
for mode in ["nearest", "bilinear", "bicubic"]:
    np.testing.assert_array_equal(
        paddle.nn.Upsample(scale_factor=2, mode=mode)(x).numpy(),
        PF.interpolate(x, scale_factor=2, mode=mode).numpy())
near = PF.interpolate(x, scale_factor=2, mode="nearest")[0, 0, 0]
assert near.tolist() == [1, 1, 4, 4, 2, 2]
corners = PF.interpolate(x, scale_factor=2, mode="bilinear",
                         align_corners=True)[0, 0, 0]
assert corners[0] == 1 and corners[-1] == 2
assert area[0, 0, 0].tolist() == [2.5, 5.0]
try:
    PF.interpolate(x, scale_factor=2, mode="bilinear", align_corners=None)
    refused = False
except TypeError:
    refused = True
assert refused
