# Three layer calls copied with Paddle's class name, and their ports.
import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
from torch import nn

rng = np.random.default_rng(0)
x = rng.integers(-9, 10, (2, 3, 4, 5)).astype(np.float32)

# 1. Pad2D's mode defaults to 'constant': without it, zeros.
want = nn.ReflectionPad2d(2)(torch.from_numpy(x)).numpy()
literal = paddle.nn.Pad2D(2)(paddle.to_tensor(x)).numpy()
ported = paddle.nn.Pad2D(2, mode="reflect")(paddle.to_tensor(x)).numpy()
print("ReflectionPad2d(2), first row:", want[0, 0, 0].astype(int))
print("Pad2D(2), first row:          ", literal[0, 0, 0].astype(int))

# 2. ConstantPad2d(padding, value): Paddle's second parameter is mode,
# checked when the layer is called.
try:
    paddle.nn.Pad2D(2, 9.0)(paddle.to_tensor(x))
except AssertionError as error:
    mode_error = str(error)
    print("Pad2D(2, 9.0):", type(error).__name__)
    print(" ", mode_error)

# 3. Without the batch axis: reflect, replicate and circular want a 4-D
# input in Paddle; ZeroPad2D reads four widths on [H, W] from the first
# axis, H.
image = x[0]  # [C, H, W]
try:
    paddle.nn.Pad2D(2, mode="reflect")(paddle.to_tensor(image))
except (AssertionError, ValueError) as error:
    print("Pad2D(2, mode='reflect') on [C, H, W]:", type(error).__name__)
unbatched = paddle.nn.Pad2D(2, mode="reflect")(
    paddle.to_tensor(image).unsqueeze(0)).squeeze(0).numpy()
plane = x[0, 0]  # [H, W]
torch_plane = nn.ZeroPad2d((1, 2, 0, 0))(torch.from_numpy(plane)).numpy()
paddle_plane = paddle.nn.ZeroPad2D([1, 2, 0, 0])(
    paddle.to_tensor(plane)).numpy()
print("ZeroPad2d((1, 2, 0, 0)) on [4, 5]: PyTorch", list(torch_plane.shape),
      "Paddle", list(paddle_plane.shape))
plane_port = PF.pad(paddle.to_tensor(plane), [0, 0, 1, 2]).numpy()

# Checks: the literal copies differ or fail; the ports agree.
assert not np.array_equal(literal, want)
assert mode_error.endswith("but got 9.0.")
np.testing.assert_array_equal(ported, want)
np.testing.assert_array_equal(unbatched, want[0])
assert torch_plane.shape == (4, 8) and paddle_plane.shape == (7, 5)
np.testing.assert_array_equal(plane_port, torch_plane)
