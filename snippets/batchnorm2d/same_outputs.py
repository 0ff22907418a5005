"""Same inputs, same outputs: train mode, then eval mode after porting."""
import warnings

import numpy as np
import paddle
import torch
from torch import nn

# Paddle warns on each training-mode call that it tracks running
# statistics; that is expected here.
warnings.filterwarnings("ignore", message="When training, we now")

rng = np.random.default_rng(7)
batches = rng.normal(0.5, 1.5, size=(3, 4, 3, 5, 5)).astype(np.float32)
x_np = rng.normal(0.5, 1.5, size=(4, 3, 5, 5)).astype(np.float32)
w_np = rng.uniform(0.5, 2.0, size=3).astype(np.float32)
b_np = rng.uniform(-1.0, 1.0, size=3).astype(np.float32)

# Non-default eps and momentum, to see each argument carried over.
eps, torch_momentum = 1e-3, 0.2
torch_bn = nn.BatchNorm2d(3, eps=eps, momentum=torch_momentum)
paddle_bn = paddle.nn.BatchNorm2D(3, epsilon=eps,
                                  momentum=1 - torch_momentum)
with torch.no_grad():
    torch_bn.weight.copy_(torch.from_numpy(w_np))
    torch_bn.bias.copy_(torch.from_numpy(b_np))
paddle_bn.weight.set_value(w_np)
paddle_bn.bias.set_value(b_np)

train_pairs = []
for batch in batches:  # train mode: outputs agree at every step
    train_pairs.append(
        (torch_bn(torch.from_numpy(batch)).detach().numpy(),
         paddle_bn(paddle.to_tensor(batch)).numpy()))
train_gap = max(np.abs(p - t).max() for t, p in train_pairs)

# Eval mode with each framework's own running statistics: the
# variances were fed differently, so the outputs drift apart a little.
torch_bn.eval()
paddle_bn.eval()
torch_y = torch_bn(torch.from_numpy(x_np)).detach().numpy()
own_stats_y = paddle_bn(paddle.to_tensor(x_np)).numpy()
own_stats_gap = np.abs(own_stats_y - torch_y).max()

# Porting a trained layer: copy the state under Paddle's names.
names = {"weight": "weight", "bias": "bias",
         "running_mean": "_mean", "running_var": "_variance"}
state = torch_bn.state_dict()
paddle_bn.set_state_dict({names[k]: state[k].numpy() for k in names})
paddle_y = paddle_bn(paddle.to_tensor(x_np)).numpy()
eval_gap = np.abs(paddle_y - torch_y).max()

print("torch state:", list(state))
print("paddle state:", list(paddle_bn.state_dict()))
print("max |paddle - torch|")
print(f"  train mode:                           {train_gap:.4f}")
print(f"  eval mode, each its own running stats: {own_stats_gap:.4f}")
print(f"  eval mode, torch state copied over:   {eval_gap:.4f}")

# Checks
tol = dict(rtol=1e-5, atol=1e-5)
for torch_y_step, paddle_y_step in train_pairs:
    np.testing.assert_allclose(paddle_y_step, torch_y_step, **tol)
assert own_stats_gap > 1e-3, f"expected a visible gap: {own_stats_gap}"
# Paddle has no counterpart of num_batches_tracked.
assert "num_batches_tracked" not in paddle_bn.state_dict()
np.testing.assert_allclose(paddle_y, torch_y, **tol)
