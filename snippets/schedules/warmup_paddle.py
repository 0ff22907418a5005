# Paddle: LinearWarmup wraps the schedule that follows it and takes the
# warmup's first and last learning rates, not factors.
import math

import numpy as np
import paddle

weight = paddle.create_parameter([3], "float32")
cosine = paddle.optimizer.lr.CosineAnnealingDecay(
    learning_rate=0.1, T_max=25, eta_min=1e-3)
scheduler = paddle.optimizer.lr.LinearWarmup(
    learning_rate=cosine, warmup_steps=5, start_lr=0.001, end_lr=0.1)
optimizer = paddle.optimizer.Momentum(
    learning_rate=scheduler, momentum=0.9, parameters=[weight])
lrs = []
for step in range(30):
    lrs.append(optimizer.get_lr())
    optimizer.step()  # the batch's update would be here
    scheduler.step()
print("lr, steps 0-9:", np.round(lrs[:10], 4))
print("lr, last step:", round(lrs[-1], 6))

# Checks: the warmup line from 0.01 * lr, then the cosine from lr to
# eta_min; Paddle has no SequentialLR to chain schedulers with.
expected = [0.001 + 0.099 * t / 5 if t < 5 else
            1e-3 + (0.1 - 1e-3) * (1 + math.cos(math.pi * (t - 5) / 25)) / 2
            for t in range(30)]
np.testing.assert_allclose(lrs, expected, rtol=1e-12)
assert not hasattr(paddle.optimizer.lr, "SequentialLR")
