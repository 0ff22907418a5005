"""OneCycleLR on the digits MLP: PyTorch's, and three ports to Paddle.
Only the port that gives the ending learning rate and cycles the
momentum trains the same model."""
import numpy as np
import paddle
import torch

from one_cycle_port import one_cycle_lr, one_cycle_momentum, set_momentum
from train import gaps, paddle_run, torch_run

steps, max_lr = 60, 0.5
tolerance = 1e-5  # float32, two libraries' kernels


def torch_make(params):
    optimizer = torch.optim.SGD(params, lr=max_lr, momentum=0.9)
    return optimizer, torch.optim.lr_scheduler.OneCycleLR(
        optimizer, max_lr=max_lr, total_steps=steps)


def paddle_make(scheduler, momentum=0.9):
    def make(params):
        return paddle.optimizer.Momentum(
            learning_rate=scheduler, momentum=momentum,
            parameters=params), scheduler
    return make


reference = torch_run(torch_make, steps)
ports = {
    # Paddle's keywords, its defaults: end_learning_rate=1e-4
    "names only": paddle_run(paddle_make(paddle.optimizer.lr.OneCycleLR(
        max_learning_rate=max_lr, total_steps=steps)), steps),
    "lr, no momentum cycle": paddle_run(
        paddle_make(one_cycle_lr(max_lr, steps)), steps),
    "lr and momentum": paddle_run(
        paddle_make(one_cycle_lr(max_lr, steps)), steps,
        before_step=set_momentum(one_cycle_momentum(steps))),
}
print(f"last lr: PyTorch {reference['lr'][-1]:.1e}, "
      f"Paddle's default {ports['names only']['lr'][-1]:.1e}")
print("PyTorch's momentum, steps 0, 17, 59:",
      np.round(np.array(reference["momentum"])[[0, 17, 59]], 3))
gap = {name: gaps(reference, run) for name, run in ports.items()}
lr_gap = {name: np.abs(np.subtract(run["lr"], reference["lr"])).max()
          for name, run in ports.items()}
for name, g in gap.items():
    print(f"  {name:22} largest lr gap {lr_gap[name]:.1e}, "
          f"weight gap {g.max():.1e}")

# Adam's beta1 cycles too; Paddle's bias correction multiplies the past
# beta1s, which set_momentum replaces by PyTorch's beta1 ** t.
def adam(params):
    optimizer = torch.optim.Adam(params, lr=0.01)
    return optimizer, torch.optim.lr_scheduler.OneCycleLR(
        optimizer, max_lr=0.01, total_steps=steps)


def paddle_adam(params):
    scheduler = one_cycle_lr(0.01, steps)
    return paddle.optimizer.Adam(learning_rate=scheduler,
                                 parameters=params), scheduler


adam_reference = torch_run(adam, steps)
momenta = one_cycle_momentum(steps)
adam_gap = {
    "beta1 only": gaps(adam_reference, paddle_run(
        paddle_adam, steps,
        before_step=lambda opt, step: setattr(opt, "_beta1",
                                              momenta[step]))),
    "beta1 and bias correction": gaps(adam_reference, paddle_run(
        paddle_adam, steps, before_step=set_momentum(momenta))),
}
for name, g in adam_gap.items():
    print(f"  Adam, {name:25} largest weight gap {g.max():.1e}")

# Plain SGD: PyTorch's OneCycleLR gives it momentum.
plain = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
torch.optim.lr_scheduler.OneCycleLR(plain, max_lr=0.1, total_steps=10)
print("SGD(momentum=0) after OneCycleLR:",
      plain.param_groups[0]["momentum"])

# Checks: the faithful ports stay within the tolerance, the others do
# not; the ports' learning rates are PyTorch's, step for step.
assert gap["lr and momentum"].max() < tolerance
assert gap["lr, no momentum cycle"].max() > 100 * tolerance
assert gap["names only"].max() > 100 * tolerance
assert adam_gap["beta1 and bias correction"].max() < tolerance
assert adam_gap["beta1 only"].max() > 100 * tolerance
assert lr_gap["names only"] > 1e-5
for name in ("lr, no momentum cycle", "lr and momentum"):
    np.testing.assert_allclose(ports[name]["lr"], reference["lr"],
                               rtol=1e-12)
np.testing.assert_allclose(ports["lr and momentum"]["momentum"],
                           reference["momentum"], rtol=1e-12)
assert plain.param_groups[0]["momentum"] == 0.95
