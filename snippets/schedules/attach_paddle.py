# Paddle: the scheduler comes first and is the optimizer's
# learning_rate; scheduler.step() once per epoch, as in PyTorch.
import numpy as np
import paddle

paddle.seed(0)
linear = paddle.nn.Linear(4, 1)
scheduler = paddle.optimizer.lr.MultiStepDecay(
    learning_rate=0.1, milestones=[2, 4], gamma=0.5)
optimizer = paddle.optimizer.Momentum(
    learning_rate=scheduler, momentum=0.9,
    parameters=linear.parameters())
lrs = []
for epoch in range(6):
    for _ in range(3):  # the epoch's batches
        loss = linear(paddle.randn([8, 4])).square().mean()
        optimizer.clear_grad()
        loss.backward()
        optimizer.step()
    lrs.append(optimizer.get_lr())  # what this epoch used
    scheduler.step()
print("lr of each epoch:", lrs)
print("last_epoch:", scheduler.last_epoch)

# Checks: lr = 0.1 * gamma ** (milestones passed); last_epoch counts the
# calls to scheduler.step().
np.testing.assert_allclose(
    lrs, [0.1 * 0.5 ** sum(e >= m for m in (2, 4)) for e in range(6)])
assert scheduler.last_epoch == 6
