# Linear warmup, then cosine annealing: LinearLR and CosineAnnealingLR
# joined by SequentialLR, which hands over at the milestone.
import math

import numpy as np
import torch

S = torch.optim.lr_scheduler
weight = torch.nn.Parameter(torch.zeros(3))
optimizer = torch.optim.SGD([weight], lr=0.1, momentum=0.9)
warmup = S.LinearLR(optimizer, start_factor=0.01, total_iters=5)
cosine = S.CosineAnnealingLR(optimizer, T_max=25, eta_min=1e-3)
scheduler = S.SequentialLR(optimizer, [warmup, cosine], milestones=[5])
lrs = []
for step in range(30):
    lrs.append(optimizer.param_groups[0]["lr"])
    optimizer.step()  # the batch's update would be here
    scheduler.step()
print("lr, steps 0-9:", np.round(lrs[:10], 4))
print("lr, last step:", round(lrs[-1], 6))

# Checks: the warmup line from 0.01 * lr, then the cosine from lr to
# eta_min.
expected = [0.001 + 0.099 * t / 5 if t < 5 else
            1e-3 + (0.1 - 1e-3) * (1 + math.cos(math.pi * (t - 5) / 25)) / 2
            for t in range(30)]
np.testing.assert_allclose(lrs, expected, rtol=1e-12)
