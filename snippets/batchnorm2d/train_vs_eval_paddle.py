"""Train mode uses batch statistics, eval mode the running ones."""
import warnings

import numpy as np
import paddle

# Paddle warns on each training-mode call that it tracks running
# statistics; that is expected here.
warnings.filterwarnings("ignore", message="When training, we now")

rng = np.random.default_rng(5)
batches = rng.normal(1.0, 2.0, size=(3, 4, 2, 3, 3)).astype(np.float32)
x_np = rng.normal(1.0, 2.0, size=(4, 2, 3, 3)).astype(np.float32)
w_np = rng.uniform(0.5, 2.0, size=2).astype(np.float32)
b_np = rng.uniform(-1.0, 1.0, size=2).astype(np.float32)

bn = paddle.nn.BatchNorm2D(2)
bn.weight.set_value(w_np)  # a learned-looking scale and shift
bn.bias.set_value(b_np)
for batch in batches:  # a few training steps fill the running stats
    bn(paddle.to_tensor(batch))
x = paddle.to_tensor(x_np)

# Train mode: statistics of this batch; the running stats move.
running_before = bn._mean.numpy()
y_train = bn(x).numpy()
y_train_alone = bn(x[:1]).numpy()  # sample 0 without its batch
# Eval mode: the stored running statistics; nothing is updated.
bn.eval()
running_mean = bn._mean.numpy().reshape(1, -1, 1, 1)
running_var = bn._variance.numpy().reshape(1, -1, 1, 1)
y = bn(x).numpy()
y_alone = bn(x[:1]).numpy()
gap = np.abs(y_train_alone - y_train[:1]).max()

print("running mean:", np.round(running_mean.ravel(), 4))
print("running var: ", np.round(running_var.ravel(), 4))
print("eval, sample 0, channel 0, row 0:", np.round(y[0, 0, 0], 4))
print(f"train mode, sample 0 alone vs in its batch: {gap:.4f}")

# Checks: both modes follow their formulas; only train mode moves the
# running statistics and makes a sample depend on its batch mates.
tol = dict(rtol=1e-5, atol=1e-5)
eps = bn._epsilon  # Paddle keeps the constructor's `epsilon` here
w, b = w_np.reshape(1, -1, 1, 1), b_np.reshape(1, -1, 1, 1)
mean = x_np.mean(axis=(0, 2, 3), dtype=np.float64, keepdims=True)
var = x_np.var(axis=(0, 2, 3), dtype=np.float64, keepdims=True)
np.testing.assert_allclose(
    y_train, (x_np - mean) / np.sqrt(var + eps) * w + b, **tol)
assert not np.allclose(running_mean.ravel(), running_before)
want = (x_np - running_mean) / np.sqrt(running_var + eps) * w + b
np.testing.assert_allclose(y, want, **tol)
np.testing.assert_array_equal(bn._mean.numpy(), running_mean.ravel())
np.testing.assert_allclose(y_alone, y[:1], **tol)
assert gap > 1e-2, f"train mode should depend on the batch: {gap}"
