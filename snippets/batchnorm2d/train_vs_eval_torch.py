"""Train mode uses batch statistics, eval mode the running ones."""
import numpy as np
import torch
from torch import nn

rng = np.random.default_rng(5)
batches = rng.normal(1.0, 2.0, size=(3, 4, 2, 3, 3)).astype(np.float32)
x_np = rng.normal(1.0, 2.0, size=(4, 2, 3, 3)).astype(np.float32)
w_np = rng.uniform(0.5, 2.0, size=2).astype(np.float32)
b_np = rng.uniform(-1.0, 1.0, size=2).astype(np.float32)

bn = nn.BatchNorm2d(2)
with torch.no_grad():  # a learned-looking scale and shift
    bn.weight.copy_(torch.from_numpy(w_np))
    bn.bias.copy_(torch.from_numpy(b_np))
for batch in batches:  # a few training steps fill the running stats
    bn(torch.from_numpy(batch))
x = torch.from_numpy(x_np)

# Train mode: statistics of this batch; the running stats move.
running_before = bn.running_mean.numpy().copy()
y_train = bn(x).detach().numpy()
y_train_alone = bn(x[:1]).detach().numpy()  # sample 0 without its batch
# Eval mode: the stored running statistics; nothing is updated.
bn.eval()
running_mean = bn.running_mean.numpy().reshape(1, -1, 1, 1).copy()
running_var = bn.running_var.numpy().reshape(1, -1, 1, 1).copy()
y = bn(x).detach().numpy()
y_alone = bn(x[:1]).detach().numpy()
gap = np.abs(y_train_alone - y_train[:1]).max()

print("running mean:", np.round(running_mean.ravel(), 4))
print("running var: ", np.round(running_var.ravel(), 4))
print("eval, sample 0, channel 0, row 0:", np.round(y[0, 0, 0], 4))
print(f"train mode, sample 0 alone vs in its batch: {gap:.4f}")

# Checks: both modes follow their formulas; only train mode moves the
# running statistics and makes a sample depend on its batch mates.
tol = dict(rtol=1e-5, atol=1e-5)
w, b = w_np.reshape(1, -1, 1, 1), b_np.reshape(1, -1, 1, 1)
mean = x_np.mean(axis=(0, 2, 3), dtype=np.float64, keepdims=True)
var = x_np.var(axis=(0, 2, 3), dtype=np.float64, keepdims=True)
np.testing.assert_allclose(
    y_train, (x_np - mean) / np.sqrt(var + bn.eps) * w + b, **tol)
assert not np.allclose(running_mean.ravel(), running_before)
want = (x_np - running_mean) / np.sqrt(running_var + bn.eps) * w + b
np.testing.assert_allclose(y, want, **tol)
np.testing.assert_array_equal(bn.running_mean.numpy(),
                              running_mean.ravel())
np.testing.assert_allclose(y_alone, y[:1], **tol)
assert gap > 1e-2, f"train mode should depend on the batch: {gap}"
