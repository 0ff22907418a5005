"""dampening: PyTorch's SGD scales the new gradient in the momentum
buffer by 1 - dampening (from the second step on); Paddle's Momentum
has no such argument."""
import inspect

import numpy as np
import paddle
import torch

from mlp import gaps, paddle_run, torch_run

steps, lr, momentum, dampening = 50, 0.1, 0.9, 0.5
accepts = "dampening" in inspect.signature(paddle.optimizer.Momentum).parameters
print(f"paddle.optimizer.Momentum takes dampening: {accepts}")

damped = torch_run(torch.optim.SGD, {"lr": lr, "momentum": momentum,
                                     "dampening": dampening}, steps)
# The nearest port: scale the learning rate by 1 - dampening instead
nearest = paddle_run(paddle.optimizer.Momentum, {
    "learning_rate": lr * (1 - dampening), "momentum": momentum}, steps)
nearest_gap = gaps(damped, nearest)
print(f"learning_rate * (1 - dampening) for dampening={dampening}: "
      f"gap after 1 step {nearest_gap[0]:.1e}, after {steps} "
      f"{nearest_gap[-1]:.1e}")

# Without momentum there is no buffer: dampening changes nothing
plain = torch_run(torch.optim.SGD, {"lr": lr}, steps)
damped_plain = torch_run(torch.optim.SGD, {"lr": lr,
                                           "dampening": dampening}, steps)
no_momentum_gap = gaps(plain, damped_plain).max()

# Checks
assert not accepts
assert nearest_gap[-1] > 1e-3  # not a port
assert no_momentum_gap == 0.0
