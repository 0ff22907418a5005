# SGD with Nesterov momentum and weight decay, three steps on one
# linear layer; the weights checked against the update by hand.
import numpy as np
import torch
from torch import nn

rng = np.random.default_rng(0)
weight = rng.standard_normal((2, 3)).astype(np.float32)  # [out, in]
xs = rng.standard_normal((3, 5, 3)).astype(np.float32)  # 3 batches
linear = nn.Linear(3, 2, bias=False)
with torch.no_grad():
    linear.weight.copy_(torch.from_numpy(weight))
optimizer = torch.optim.SGD(linear.parameters(), lr=0.1, momentum=0.9,
                            nesterov=True, weight_decay=0.01)
for x in xs:
    loss = linear(torch.from_numpy(x)).square().mean()
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
print("weight after 3 steps:\n", np.round(linear.weight.detach().numpy(), 4))

# Checks: g += wd * w; v = momentum * v + g; w -= lr * (g + momentum * v)
w, v = weight.astype(np.float64), 0.0
for x in xs:
    y = x @ w.T
    g = 2 * y.T @ x / y.size + 0.01 * w  # d(mean y^2)/dw
    v = 0.9 * v + g
    w = w - 0.1 * (g + 0.9 * v)
np.testing.assert_allclose(linear.weight.detach().numpy(), w, 1e-5, 1e-6)
