# Hand-set kernels in one Conv2d layer, applied to a photograph.
import matplotlib.pyplot as plt
import numpy as np
import torch
from matplotlib import cbook
from numpy.lib.stride_tricks import sliding_window_view
from torch import nn

with cbook.get_sample_data("grace_hopper.jpg") as f:
    rgb = plt.imread(f)[::2, ::2] / 255.0  # every 2nd pixel: faster
gray = (rgb @ [0.299, 0.587, 0.114]).astype(np.float32)  # luma

sobel_x = np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], np.float32)
laplace = np.array([[0, 1, 0], [1, -4, 1], [0, 1, 0]], np.float32)
k = 9  # one layer holds kernels of one size: pad the 3x3 ones with 0
kernels = {
    "Sobel x (vertical edges)": np.pad(sobel_x, (k - 3) // 2),
    "Sobel y (horizontal edges)": np.pad(sobel_x.T, (k - 3) // 2),
    f"box blur {k}x{k}": np.full((k, k), 1 / k**2, np.float32),
    "Laplacian": np.pad(laplace, (k - 3) // 2),
}

weight = np.stack(list(kernels.values()))[:, None]  # C_out, 1, k, k
conv = nn.Conv2d(1, len(kernels), k, padding=k // 2, bias=False)
with torch.no_grad():  # set by hand, not learned
    conv.weight.copy_(torch.from_numpy(weight))
x = torch.from_numpy(gray)[None, None]  # N=1, C=1, H, W
y = conv(x).detach().numpy()[0]
print("x", list(x.shape), "-> y", list(y.shape))
assert y.shape[1:] == gray.shape, f"{y.shape} vs {gray.shape}"

# Each map, away from the padded border, is a plain sliding sum.
atol = 1e-4  # float32 sums of k * k products, in another order
windows = sliding_window_view(gray, (k, k))
inner = slice(k // 2, -(k // 2))
for (name, kernel), fmap in zip(kernels.items(), y):
    want = np.einsum("ijkl,kl->ij", windows, kernel)
    np.testing.assert_allclose(fmap[inner, inner], want, atol=atol)
    print(f"{name:27} min {fmap.min():8.4f}  max {fmap.max():8.4f}")

# The blur averages in the zeros of the padding: darker at the
# border than a blur of the photo with its edge pixels repeated.
edge = sliding_window_view(np.pad(gray, k // 2, mode="edge"),
                           (k, k)).mean(axis=(2, 3))
blur = y[2]
assert np.all(blur <= edge + atol), "padding brightened the blur"
assert blur[0].mean() < edge[0].mean() - 0.01, "border not darker"

# The input on the left, the four maps in a 2 x 2 block: few panels
# per row keep the titles readable on a phone.
fig, axd = plt.subplot_mosaic([["input", 0, 1], ["input", 2, 3]],
                              figsize=(6, 5.2), layout="constrained")
axes = list(axd.values())
axd["input"].imshow(gray, cmap="gray")
axd["input"].set_title("input (grayscale)")
for i, (name, fmap) in enumerate(zip(kernels, y)):
    ax = axd[i]
    if fmap.min() < 0:  # signed map: 0 is mid-gray, top 1 % clipped
        m = np.percentile(np.abs(fmap), 99)
        ax.imshow(fmap, cmap="gray", vmin=-m, vmax=m)
    else:
        ax.imshow(fmap, cmap="gray")
    ax.set_title(name.replace(" (", "\n("))
for ax in axes:
    ax.set_axis_off()
plt.show()
