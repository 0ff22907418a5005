"""With align_corners written out, grid_sample agrees in every mode and
padding mode Paddle has, on inputs from 1 x 1 pixel up, with sample
points inside, outside and exactly halfway between pixels."""
import itertools

import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F


def halfway_grid(h, w, align_corners):
    """Sample points at every half pixel, from half a pixel outside the
    input to half a pixel past it: nearest has to break ties."""
    def axis(n):
        pixels = np.arange(-1, 2 * n) / 2  # -0.5, 0, 0.5, ..., n - 0.5
        if align_corners:
            return 2 * pixels / max(n - 1, 1) - 1
        return (2 * pixels + 1) / n - 1
    gx, gy = np.meshgrid(axis(w), axis(h))
    return np.stack([gx, gy], axis=-1)[None].astype(np.float32)


rng = np.random.default_rng(0)
checked = 0
for (h, w), mode, padding_mode, align_corners in itertools.product(
        [(1, 1), (1, 3), (2, 5), (4, 4)], ["bilinear", "nearest"],
        ["zeros", "border", "reflection"], [False, True]):
    x = rng.standard_normal((1, 2, h, w)).astype(np.float32)
    for grid in (rng.uniform(-1.5, 1.5, (1, 3, 4, 2)).astype(np.float32),
                 halfway_grid(h, w, align_corners)):
        options = dict(mode=mode, padding_mode=padding_mode,
                       align_corners=align_corners)
        torch_y = F.grid_sample(torch.from_numpy(x),
                                torch.from_numpy(grid), **options)
        paddle_y = PF.grid_sample(paddle.to_tensor(x),
                                  paddle.to_tensor(grid), **options)
        # Checks: the same values, ties included.
        np.testing.assert_allclose(paddle_y.numpy(), torch_y.numpy(),
                                   rtol=1e-5, atol=1e-5)
        checked += 1
print(checked, "calls agree")

try:
    PF.grid_sample(paddle.ones([1, 1, 2, 2]), paddle.zeros([1, 1, 1, 2]),
                   mode="bicubic")
except ValueError as error:
    bicubic_error = str(error).split(" (at ")[0]
print("Paddle, mode='bicubic':", bicubic_error)

# Checks: Paddle has no bicubic grid_sample. The identity transform
# samples exactly where interpolate does (with border padding, as
# interpolate clamps at the edges), in both frameworks.
assert "should be in ['bilinear', 'nearest']" in bicubic_error
x = rng.standard_normal((1, 2, 3, 4)).astype(np.float32)
identity = np.array([[[1, 0, 0], [0, 1, 0]]], np.float32)
for align_corners in (False, True):
    size = [1, 2, 5, 7]
    want = F.interpolate(torch.from_numpy(x), size=size[2:],
                         mode="bilinear", align_corners=align_corners)
    grid = F.affine_grid(torch.from_numpy(identity), size,
                         align_corners=align_corners)
    torch_y = F.grid_sample(torch.from_numpy(x), grid, padding_mode="border",
                            align_corners=align_corners)
    paddle_grid = PF.affine_grid(paddle.to_tensor(identity), size,
                                 align_corners=align_corners)
    paddle_y = PF.grid_sample(paddle.to_tensor(x), paddle_grid,
                              padding_mode="border",
                              align_corners=align_corners)
    for y in (torch_y, paddle_y):
        np.testing.assert_allclose(y.numpy(), want.numpy(), rtol=1e-5,
                                   atol=1e-5)
