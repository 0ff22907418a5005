# Clip by the global norm: between backward() and step(), scale all
# gradients together so that their joint L2 norm is at most max_norm.
import numpy as np
import torch
from torch import nn

rng = np.random.default_rng(0)
weight = rng.standard_normal((2, 3)).astype(np.float32)  # [out, in]
x = rng.standard_normal((5, 3)).astype(np.float32)
y = (rng.standard_normal((5, 2)) * 10).astype(np.float32)  # big loss
linear = nn.Linear(3, 2)
with torch.no_grad():
    linear.weight.copy_(torch.from_numpy(weight))
    linear.bias.zero_()
optimizer = torch.optim.SGD(linear.parameters(), lr=0.1)
loss = nn.MSELoss()(linear(torch.from_numpy(x)), torch.from_numpy(y))
loss.backward()
grads = [p.grad.numpy().copy() for p in linear.parameters()]
total_norm = nn.utils.clip_grad_norm_(linear.parameters(), max_norm=1.0)
optimizer.step()
print(f"global norm before clipping: {total_norm.item():.4f}")
print("weight after one step:\n", np.round(linear.weight.detach().numpy(), 4))

# Checks: the norm covers every gradient; the step used the scaled ones.
norm = np.sqrt(sum((g.astype(np.float64) ** 2).sum() for g in grads))
np.testing.assert_allclose(total_norm.item(), norm, 1e-5)
want = weight - 0.1 * grads[0] / norm  # scaled to norm 1
np.testing.assert_allclose(linear.weight.detach().numpy(), want, 1e-5, 1e-6)
