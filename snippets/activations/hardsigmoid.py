# Hardsigmoid: PyTorch computes relu6(x + 3) / 6, a line of slope 1/6
# through (0, 1/2) clipped to [0, 1]. Paddle writes the line's slope
# and offset as arguments of its function, defaulting to 0.1666667 and
# 0.5; its layer takes none.
import inspect

import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
from torch import nn

defaults = inspect.signature(PF.hardsigmoid).parameters
slope, offset = defaults["slope"].default, defaults["offset"].default
print(f"Paddle's slope {slope!r}, offset {offset!r}; PyTorch's 1/6 = "
      f"{1 / 6!r}")
print(f"in float32: {np.float32(slope):.9f} vs {np.float32(1 / 6):.9f}")

x = np.linspace(-4, 4, 8001, dtype=np.float32)
torch_y = nn.Hardsigmoid()(torch.from_numpy(x)).numpy()
paddle_y = paddle.nn.Hardsigmoid()(paddle.to_tensor(x)).numpy()
gap = float(np.abs(torch_y - paddle_y).max())
print(f"x from -4 to 4: largest |PyTorch - Paddle| {gap:.0e}")
edges = np.array([-3.0, 3.0], dtype=np.float32)
print("at x = -3 and 3: PyTorch", nn.Hardsigmoid()(torch.from_numpy(edges))
      .numpy(), "- Paddle", paddle.nn.Hardsigmoid()(
          paddle.to_tensor(edges)).numpy())

# Another slope, such as 0.2, has no PyTorch argument: write the line
# and clip it.
paddle_02 = PF.hardsigmoid(paddle.to_tensor(x), slope=0.2).numpy()
torch_02 = torch.clamp(0.2 * torch.from_numpy(x) + 0.5, 0, 1).numpy()
print("PF.hardsigmoid(x, slope=0.2) vs PyTorch's Hardsigmoid: differs by "
      f"{np.abs(paddle_02 - torch_y).max():.2f}")

# Checks: the defaults are PyTorch's line within float32 rounding, the
# same 0 and 1 at the edges; another slope ports as clamp.
rtol, atol = 1e-5, 1e-6
assert slope != 1 / 6 and abs(slope - 1 / 6) < 1e-7 and offset == 0.5
np.testing.assert_allclose(paddle_y, torch_y, rtol, atol)
np.testing.assert_allclose(torch_y, np.clip(x + 3, 0, 6) / 6, rtol, atol)
assert (torch_y[x <= -3] == 0).all() and (paddle_y[x <= -3] == 0).all()
assert (torch_y[x >= 3] == 1).all() and (paddle_y[x >= 3] == 1).all()
np.testing.assert_allclose(paddle_02, torch_02, rtol, atol)
assert np.abs(paddle_02 - torch_y).max() > 0.05
