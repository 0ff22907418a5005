"""Two ways a port keeps the scheduler but loses the schedule: the
optimizer is given a number instead of the scheduler, or the scheduler
steps before the optimizer."""
import warnings

import numpy as np
import paddle
import torch


def paddle_lrs(order, pass_scheduler=True, steps=4):
    """The lr each optimizer step uses; order is "optimizer first" or
    "scheduler first"."""
    weight = paddle.create_parameter([1], "float32")
    scheduler = paddle.optimizer.lr.StepDecay(0.1, step_size=1, gamma=0.5)
    optimizer = paddle.optimizer.SGD(
        learning_rate=scheduler if pass_scheduler else scheduler(),
        parameters=[weight])
    used = []
    for _ in range(steps):
        (weight * weight).sum().backward()
        if order == "scheduler first":
            scheduler.step()
        used.append(optimizer.get_lr())
        optimizer.step()
        optimizer.clear_grad()
        if order == "optimizer first":
            scheduler.step()
    return used


right = paddle_lrs("optimizer first")
number = paddle_lrs("optimizer first", pass_scheduler=False)
early = paddle_lrs("scheduler first")
print("scheduler passed, stepped after the optimizer:", right)
print("learning_rate=scheduler():                    ", number)
print("scheduler stepped before the optimizer:       ", early)

# PyTorch warns about the second mistake; Paddle is silent.
weight = torch.nn.Parameter(torch.zeros(1))
optimizer = torch.optim.SGD([weight], lr=0.1)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, 1, gamma=0.5)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    scheduler.step()
    optimizer.step()
message = str(caught[0].message)
print("PyTorch warns:", message[:message.index("`optimizer.step()`") + 18])

# Checks: only the scheduler passed and stepped after the optimizer
# gives the schedule; the early step skips the first lr.
np.testing.assert_allclose(right, [0.1, 0.05, 0.025, 0.0125])
assert number == [0.1] * 4
assert early == right[1:] + [right[-1] / 2]
assert "before `optimizer.step()`" in message
