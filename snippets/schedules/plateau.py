"""ReduceLROnPlateau and Paddle's ReduceOnPlateau on the same metric:
each step() takes the metric. With a cooldown, Paddle stops watching
the metric until the cooldown ends; PyTorch keeps its best value."""
import itertools

import numpy as np
import paddle
import torch

rng = np.random.default_rng(0)
# a loss that falls, then stalls: what the scheduler watches
metric = 1 / np.arange(1, 61) + 0.01 * rng.standard_normal(60)
metric[30:] = metric[30] + 0.001 * rng.standard_normal(30)


def torch_lrs(metric, **kwargs):
    weight = torch.nn.Parameter(torch.zeros(1))
    optimizer = torch.optim.SGD([weight], lr=0.1)
    scheduler = torch.optim.lr_scheduler.ReduceLROnPlateau(optimizer,
                                                           **kwargs)
    lrs = []
    for value in metric:
        lrs.append(optimizer.param_groups[0]["lr"])
        optimizer.step()
        scheduler.step(value)  # the metric, after the epoch
    return lrs


class TorchReduceOnPlateau(paddle.optimizer.lr.ReduceOnPlateau):
    """Paddle's ReduceOnPlateau that records a better metric during the
    cooldown too, as PyTorch's does."""

    def step(self, metrics, epoch=None):
        value = float(metrics)
        if self.cooldown_counter > 0 and self._is_better(value, self.best):
            self.best = value
        super().step(metrics, epoch)


def paddle_lrs(metric, eps=1e-8, scheduler_class=None, **kwargs):
    scheduler_class = scheduler_class or paddle.optimizer.lr.ReduceOnPlateau
    scheduler = scheduler_class(
        learning_rate=0.1, epsilon=eps, **kwargs)  # eps is epsilon
    lrs = []
    for value in metric:
        lrs.append(scheduler())
        scheduler.step(value)
    return lrs


print("default settings, lr where it changes:")
lrs = torch_lrs(metric)
print("  ", [(step, lr) for step, lr in enumerate(lrs)
             if step and lr != lrs[step - 1]])

# every combination of these settings, on the metric and its negative
grid = [dict(zip(("mode", "threshold_mode", "threshold", "patience",
                  "cooldown", "factor", "min_lr", "eps"), values))
        for values in itertools.product(
            ["min", "max"], ["rel", "abs"], [1e-4, 0.05], [0, 3],
            [0, 2], [0.5], [0, 0.02], [1e-8, 0.01])]
runs = [(kwargs, m) for kwargs in grid for m in (metric, -metric)]
differ = [(kwargs, m) for kwargs, m in runs
          if torch_lrs(m, **kwargs) != paddle_lrs(m, **kwargs)]
print(f"{len(runs)} runs: ReduceOnPlateau differs in {len(differ)}, "
      f"all with cooldown > 0")
port_differ = [kwargs for kwargs, m in runs
               if torch_lrs(m, **kwargs) != paddle_lrs(
                   m, scheduler_class=TorchReduceOnPlateau, **kwargs)]
print(f"TorchReduceOnPlateau differs in {len(port_differ)}")
kwargs, m = differ[0]
t, p = torch_lrs(m, **kwargs), paddle_lrs(m, **kwargs)
first = next(i for i in range(len(t)) if t[i] != p[i])
print(f"e.g. patience={kwargs['patience']}, cooldown={kwargs['cooldown']}:"
      f" step {first}, PyTorch lr {t[first]:.4g}, Paddle {p[first]:.4g}")

# Checks: only settings with a cooldown differ; with the subclass, the
# same learning rate at every step of every run.
assert differ and all(kwargs["cooldown"] > 0 for kwargs, _ in differ)
assert port_differ == [], port_differ
