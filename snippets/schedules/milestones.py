"""MultiStepLR counts its milestones: given twice, a milestone decays
twice, and their order does not matter. Paddle's MultiStepDecay refuses
both; PiecewiseDecay takes the learning rate of each interval."""
from collections import Counter

import numpy as np
import paddle
import torch

milestones, gamma, lr, steps = [6, 3, 6], 0.5, 0.1, 9
weight = torch.nn.Parameter(torch.zeros(1))
optimizer = torch.optim.SGD([weight], lr=lr)
scheduler = torch.optim.lr_scheduler.MultiStepLR(optimizer, milestones,
                                                 gamma)
torch_lrs = []
for step in range(steps):
    torch_lrs.append(optimizer.param_groups[0]["lr"])
    optimizer.step()
    scheduler.step()
print("PyTorch:", np.round(torch_lrs, 4))

try:
    paddle.optimizer.lr.MultiStepDecay(lr, milestones, gamma)
except ValueError as error:
    refusal = str(error)
print("MultiStepDecay:", refusal)

# the port: one boundary per distinct milestone, gamma once per count
counts = Counter(milestones)
boundaries = sorted(counts)
values = [lr]
for m in boundaries:
    values.append(values[-1] * gamma ** counts[m])
piecewise = paddle.optimizer.lr.PiecewiseDecay(boundaries, values)
paddle_lrs = []
for step in range(steps):
    paddle_lrs.append(piecewise())
    piecewise.step()
print("PiecewiseDecay:", np.round(paddle_lrs, 4))

# Checks: 6 counts twice in PyTorch; MultiStepDecay refuses the list;
# PiecewiseDecay gives the same learning rate at every step.
assert torch_lrs[6] == lr * gamma ** 3
assert "incremented" in refusal
np.testing.assert_allclose(paddle_lrs, torch_lrs, rtol=1e-12)
