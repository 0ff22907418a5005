# Paddle's axis draws one coin per index of the given axes and shares it
# along the others. axis=[0, 1] on NCHW keeps or drops each channel map
# whole: channel dropout, PyTorch's nn.Dropout2d.
import numpy as np
import paddle
import torch
from torch import nn

p = 0.5
rng = np.random.default_rng(0)
x = rng.uniform(1, 2, size=(2, 16, 2, 2)).astype(np.float32)  # N, C, H, W


def kept_maps(y):
    """Which (n, c) maps are kept; fails unless each is kept whole."""
    kept = y != 0
    whole = kept.all(axis=(2, 3)) | ~kept.any(axis=(2, 3))
    assert whole.all(), "a channel map is partly dropped"
    return kept.all(axis=(2, 3))


paddle.seed(0)
y_axis01 = paddle.nn.Dropout(p, axis=[0, 1])(paddle.to_tensor(x)).numpy()
y_axis1 = paddle.nn.Dropout(p, axis=1)(paddle.to_tensor(x)).numpy()
y_2d = paddle.nn.Dropout2D(p)(paddle.to_tensor(x)).numpy()
torch.manual_seed(0)
torch_2d = nn.Dropout2d(p)(torch.from_numpy(x)).numpy()
for name, y in (("paddle axis=[0, 1]", y_axis01),
                ("paddle axis=1     ", y_axis1),
                ("paddle Dropout2D  ", y_2d),
                ("torch  Dropout2d  ", torch_2d)):
    rows = ["".join(map(str, row)) for row in kept_maps(y).astype(int)]
    print(name, "kept channels:", " | ".join(rows))

# Checks: whole maps, scaled by 1/(1-p); axis=1 shares its coins across
# the batch; the others draw per sample and channel (16 coins each: equal
# rows by chance would be a 1 in 65536 event)
for y in (y_axis01, y_axis1, y_2d, torch_2d):
    kept = y != 0
    np.testing.assert_allclose(y[kept], x[kept] / (1 - p), rtol=1e-6)
assert (kept_maps(y_axis1)[0] == kept_maps(y_axis1)[1]).all()
for y in (y_axis01, y_2d, torch_2d):
    assert not (kept_maps(y)[0] == kept_maps(y)[1]).all()
