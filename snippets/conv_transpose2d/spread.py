# One input pixel spreads into a kernel-sized patch of the output; with
# a stride smaller than the kernel, neighbouring patches overlap.
import matplotlib.pyplot as plt
import numpy as np
import paddle
import torch
from torch import nn

k, s = 3, 2
tconv = nn.ConvTranspose2d(1, 1, k, stride=s, bias=False)
nn.init.ones_(tconv.weight)  # a kernel of ones: the output counts hits

one = torch.zeros(1, 1, 3, 3)
one[0, 0, 1, 1] = 1.0  # the middle pixel only
spread = tconv(one)[0, 0].detach().numpy()
overlap = tconv(torch.ones(1, 1, 3, 3))[0, 0].detach().numpy()
print("one pixel ->\n", spread.astype(int))
print("all ones ->\n", overlap.astype(int))

fig, axes = plt.subplots(1, 3, figsize=(6, 2.4))
panels = [(one[0, 0].numpy(), "Input: one pixel"),
          (spread, "Output: one patch"),
          (overlap, "Output of all ones")]
for ax, (image, title) in zip(axes, panels):
    ax.imshow(image, cmap="Blues", vmin=0, vmax=4)
    for (r, c), v in np.ndenumerate(image):
        ax.text(c, r, int(v), ha="center", va="center", fontsize=8)
    ax.set_title(title, fontsize=10)
    ax.set_xticks([])
    ax.set_yticks([])
fig.tight_layout()
plt.show()

# Checks: the pixel at (i, j) lands on rows s*i .. s*i + k - 1 (and the
# same columns); the overlaps count 1, 2 or 4 patches; Paddle agrees.
rows, cols = np.nonzero(spread)
assert (rows.min(), rows.max()) == (s * 1, s * 1 + k - 1)
assert (cols.min(), cols.max()) == (s * 1, s * 1 + k - 1)
assert set(np.unique(overlap)) == {1.0, 2.0, 4.0}
paddle_tconv = paddle.nn.Conv2DTranspose(1, 1, k, stride=s,
                                          bias_attr=False)
paddle_tconv.weight.set_value(np.ones((1, 1, k, k), np.float32))
paddle_overlap = paddle_tconv(paddle.ones([1, 1, 3, 3]))[0, 0].numpy()
np.testing.assert_array_equal(paddle_overlap, overlap)
