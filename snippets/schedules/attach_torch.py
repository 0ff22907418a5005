# The scheduler wraps the optimizer; scheduler.step() once per epoch,
# after the epoch's optimizer steps.
import numpy as np
import torch

torch.manual_seed(0)
linear = torch.nn.Linear(4, 1)
optimizer = torch.optim.SGD(linear.parameters(), lr=0.1, momentum=0.9)
scheduler = torch.optim.lr_scheduler.MultiStepLR(
    optimizer, milestones=[2, 4], gamma=0.5)
lrs = []
for epoch in range(6):
    for _ in range(3):  # the epoch's batches
        loss = linear(torch.randn(8, 4)).square().mean()
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    lrs.append(optimizer.param_groups[0]["lr"])  # what this epoch used
    scheduler.step()
print("lr of each epoch:", lrs)
print("last_epoch:", scheduler.last_epoch)

# Checks: lr = 0.1 * gamma ** (milestones passed); last_epoch counts the
# calls to scheduler.step().
np.testing.assert_allclose(
    lrs, [0.1 * 0.5 ** sum(e >= m for m in (2, 4)) for e in range(6)])
assert scheduler.last_epoch == 6
