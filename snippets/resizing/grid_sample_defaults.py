"""affine_grid and grid_sample: PyTorch's align_corners defaults to False,
Paddle's to True. A spatial transformer copied as it is runs, and
samples elsewhere."""
import warnings

import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F

rng = np.random.default_rng(0)
x = rng.uniform(0, 1, (2, 3, 32, 32)).astype(np.float32)  # values in [0, 1]
theta = np.tile(np.array([[0.75, -0.43, 0.1], [0.43, 0.75, 0.0]],
                         np.float32), (2, 1, 1))  # rotate, zoom, shift
tx, px = torch.from_numpy(x), paddle.to_tensor(x)
t_theta, p_theta = torch.from_numpy(theta), paddle.to_tensor(theta)

# PyTorch warns when align_corners is left out, and uses False.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    F.affine_grid(t_theta, list(x.shape))
print("PyTorch warns:", str(caught[0].message).split(". ")[0])

gaps = {}
for mode in ("bilinear", "nearest"):
    grid = F.affine_grid(t_theta, list(x.shape), align_corners=False)
    want = F.grid_sample(tx, grid, mode=mode, align_corners=False).numpy()
    # Copied as it is: Paddle's defaults, align_corners=True.
    copied = PF.grid_sample(px, PF.affine_grid(p_theta, list(x.shape)),
                            mode=mode).numpy()
    # Only grid_sample copied, on a grid made elsewhere (by PyTorch here,
    # by a flow network in an optical-flow model).
    on_grid = PF.grid_sample(px, paddle.to_tensor(grid.numpy()),
                             mode=mode).numpy()
    # The port: align_corners=False in both calls.
    port = PF.grid_sample(
        px, PF.affine_grid(p_theta, list(x.shape), align_corners=False),
        mode=mode, align_corners=False).numpy()
    gaps[mode] = [np.abs(y - want).max() for y in (copied, on_grid, port)]
print(f"{'largest difference':19}{'both copied':>12}{'grid_sample':>12}"
      f"{'port':>9}")
for mode, (copied, on_grid, port) in gaps.items():
    print(f"{mode:19}{copied:12.3f}{on_grid:12.3f}{port:9.1e}")
try:
    PF.affine_grid(p_theta, size=list(x.shape), align_corners=False)
except TypeError as error:
    size_error = str(error)
print("Paddle, size=:", size_error)

# Checks: the port agrees, the copies do not; on grid_sample alone the
# nearest mode reads other pixels, differing by close to the whole
# range of the input.
for copied, on_grid, port in gaps.values():
    assert port < 1e-5 and copied > 0.01 and on_grid > 0.3
assert gaps["nearest"][1] > 0.9
assert "unexpected keyword argument 'size'" in size_error
