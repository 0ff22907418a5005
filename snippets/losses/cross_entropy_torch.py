# Cross-entropy on class scores (logits): the layer applies log-softmax
# itself, then takes minus the log-probability of each sample's class.
import numpy as np
import torch
from torch import nn

rng = np.random.default_rng(0)
x = rng.standard_normal((4, 3)).astype(np.float32)  # N = 4, C = 3
y = np.array([0, 2, 1, 2])  # one class index per sample
losses = {reduction: nn.CrossEntropyLoss(reduction=reduction)(
    torch.from_numpy(x), torch.from_numpy(y)).numpy()
    for reduction in ("none", "mean", "sum")}
for reduction, loss in losses.items():
    print(f"reduction={reduction!r}:", np.round(loss, 4))

# Checks: the formula, in float64 NumPy.
x64 = x.astype(np.float64)
log_q = x64 - np.log(np.exp(x64).sum(axis=1, keepdims=True))
want = -log_q[np.arange(4), y]
np.testing.assert_allclose(losses["none"], want, 1e-6, 1e-6)
np.testing.assert_allclose(losses["mean"], want.mean(), 1e-6, 1e-6)
np.testing.assert_allclose(losses["sum"], want.sum(), 1e-6, 1e-6)
assert losses["none"].shape == (4,)
