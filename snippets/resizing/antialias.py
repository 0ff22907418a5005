"""antialias=True: when shrinking, each output is a weighted mean of all
the inputs under a bilinear kernel stretched by the shrink factor,
instead of reading the two neighbours of its sample point."""
import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F

# One bright pixel in three; shrunk to a third, each output covers one
# bright and two dark pixels.
row = np.tile(np.array([1, 0, 0], np.float32), 4).reshape(1, 1, 1, 12)
x, px = torch.from_numpy(row), paddle.to_tensor(row)
for antialias in (False, True):
    torch_y = F.interpolate(x, size=(1, 4), mode="bilinear",
                            antialias=antialias)
    paddle_y = PF.interpolate(px, size=(1, 4), mode="bilinear",
                              antialias=antialias)
    print(f"antialias={antialias!s:5} PyTorch",
          torch_y[0, 0, 0].numpy().round(3), "Paddle",
          paddle_y[0, 0, 0].numpy().round(3))

# Checks: without antialias the samples fall on dark pixels and the
# bright ones vanish. With it, output j is the mean of the row weighted
# by max(0, 1 - |i - u_j| / 3), u_j its sample point, in both
# frameworks.
sharp = F.interpolate(x, size=(1, 4), mode="bilinear")
np.testing.assert_array_equal(sharp.numpy(), 0)
u = (np.arange(4) + 0.5) * 3 - 0.5
weights = np.maximum(0, 1 - np.abs(np.arange(12) - u[:, None]) / 3)
hand = weights @ row[0, 0, 0] / weights.sum(axis=1)
for antialias_y in (
        F.interpolate(x, size=(1, 4), mode="bilinear", antialias=True),
        PF.interpolate(px, size=(1, 4), mode="bilinear", antialias=True)):
    np.testing.assert_allclose(antialias_y.numpy()[0, 0, 0], hand,
                               rtol=1e-6)
