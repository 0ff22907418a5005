# A kernel made on the fly and passed to F.conv2d: a Gaussian blur whose
# width is a number, applied to each channel on its own (groups=3).
import numpy as np
import torch
import torch.nn.functional as F


def gaussian_kernel(sigma, radius):
    t = np.arange(-radius, radius + 1)
    g = np.exp(-t**2 / (2 * sigma**2))
    return (np.outer(g, g) / np.outer(g, g).sum()).astype(np.float32)


radius = 3  # 7x7 kernels
rtol, atol = 1e-5, 1e-5  # float32 sums
rng = np.random.default_rng(0)
x = torch.from_numpy(rng.random((1, 3, 24, 32), dtype=np.float32))
flat = torch.full((1, 3, 24, 32), 0.7)

stds = []
for sigma in (0.5, 1.0, 2.0):
    kernel = torch.from_numpy(gaussian_kernel(sigma, radius))
    # C_out = 3 kernels, each for C_in / groups = 1 channel.
    weight = kernel.expand(3, 1, *kernel.shape)
    y = F.conv2d(x, weight, padding=radius, groups=3)
    stds.append(y.numpy().std())
    print(f"sigma={sigma}: y {list(y.shape)}, std(y) {stds[-1]:.4f}")
    assert y.shape == x.shape, f"{y.shape}"
    # The weights sum to 1: a flat image stays flat inside the border.
    inner = F.conv2d(flat, weight, groups=3)
    np.testing.assert_allclose(inner.numpy(), 0.7, rtol=rtol, atol=atol)
    # groups=3: channel 1 is blurred from channel 1 alone.
    alone = F.conv2d(x[:, 1:2], kernel[None, None], padding=radius)
    np.testing.assert_allclose(y[:, 1:2].numpy(), alone.numpy(),
                               rtol=rtol, atol=atol)

# A wider Gaussian averages more pixels: the noise shrinks.
assert stds[0] > stds[1] > stds[2], f"{stds}"

# Nothing here is a parameter: the kernel is data, fixed, not learned.
assert not weight.requires_grad and not y.requires_grad
