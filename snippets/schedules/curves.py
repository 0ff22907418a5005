"""The learning rate of each schedule at every step, in both frameworks,
for a grid of settings each; one setting of each is drawn."""
import itertools
import math

import matplotlib.pyplot as plt
import numpy as np
import paddle
import torch

from one_cycle_port import one_cycle_lr, one_cycle_momentum

S, L = torch.optim.lr_scheduler, paddle.optimizer.lr
steps, lr = 100, 0.1


def torch_lrs(make):
    """make(optimizer) -> scheduler; the lr and momentum of each step."""
    optimizer = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))],
                                lr=lr, momentum=0.9)
    scheduler = make(optimizer)
    lrs, momenta = [], []
    for _ in range(steps):
        lrs.append(optimizer.param_groups[0]["lr"])
        momenta.append(optimizer.param_groups[0]["momentum"])
        optimizer.step()
        scheduler.step()
    return np.array(lrs), np.array(momenta)


def paddle_lrs(scheduler):
    lrs = []
    for _ in range(steps):
        lrs.append(scheduler())
        scheduler.step()
    return np.array(lrs)


def grid(**values):
    """Every combination of the keywords' values."""
    return [dict(zip(values, v)) for v in itertools.product(*values.values())]


def warmup_cosine(o, warmup, start_factor, t_max, eta_min):
    return S.SequentialLR(o, [
        S.LinearLR(o, start_factor=start_factor, total_iters=warmup),
        S.CosineAnnealingLR(o, T_max=t_max, eta_min=eta_min)], [warmup])


def linear_warmup(warmup, start_factor, t_max, eta_min):
    return L.LinearWarmup(L.CosineAnnealingDecay(lr, t_max, eta_min),
                          warmup, lr * start_factor, lr)


def lambdas(kind):
    return {"exponential": lambda e: 0.95 ** e,
            "inverse sqrt": lambda e: 1 / math.sqrt(e + 1),
            "step": lambda e: 0.5 ** (e // 20)}[kind]


# name: (PyTorch maker, Paddle maker, grid of settings); the first
# setting of each grid is drawn
SCHEDULES = {
    "StepLR / StepDecay": (
        lambda o, **k: S.StepLR(o, **k), lambda **k: L.StepDecay(lr, **k),
        grid(step_size=[30, 1, 7], gamma=[0.1, 0.5])),
    "MultiStepLR / MultiStepDecay": (
        lambda o, **k: S.MultiStepLR(o, **k),
        lambda **k: L.MultiStepDecay(lr, **k),
        grid(milestones=[[30, 60, 80], [1], [99]], gamma=[0.5, 0.1])),
    "CosineAnnealingLR / Decay": (
        lambda o, **k: S.CosineAnnealingLR(o, **k),
        lambda **k: L.CosineAnnealingDecay(lr, **k),
        grid(T_max=[100, 30, 1], eta_min=[0.01, 0])),
    "LambdaLR / LambdaDecay": (
        lambda o, kind: S.LambdaLR(o, lambdas(kind)),
        lambda kind: L.LambdaDecay(lr, lambdas(kind)),
        grid(kind=["exponential", "inverse sqrt", "step"])),
    "warmup, cosine": (
        warmup_cosine, linear_warmup,
        grid(warmup=[10, 1, 50], start_factor=[0.01, 0.5],
             t_max=[90, 20], eta_min=[0, 1e-3])),
    "LinearLR / LinearLR": (
        lambda o, total, **k: S.LinearLR(o, total_iters=total, **k),
        lambda total, **k: L.LinearLR(lr, total, **k),
        grid(total=[50, 1], start_factor=[0.25, 1.0],
             end_factor=[1.0, 0.1])),
    "OneCycleLR: lr": (
        lambda o, **k: S.OneCycleLR(o, max_lr=1.0, total_steps=steps, **k),
        lambda **k: one_cycle_lr(1.0, steps, **k),
        # Paddle refuses three phases with pct_start >= 0.5 (below)
        [k for k in grid(pct_start=[0.3, 0.1, 0.5],
                         anneal_strategy=["cos", "linear"],
                         three_phase=[False, True],
                         div_factor=[25.0, 10.0],
                         final_div_factor=[1e4, 10.0])
         if not (k["three_phase"] and k["pct_start"] >= 0.5)]),
}

curves = {}  # name: (PyTorch lr, Paddle lr) of the drawn setting
momentum_gap, lr_gap = 0.0, 0.0
for name, (torch_make, paddle_make, settings) in SCHEDULES.items():
    for kwargs in settings:
        t, momenta = torch_lrs(lambda o: torch_make(o, **kwargs))
        p = paddle_lrs(paddle_make(**kwargs))
        # relative to the schedule's largest lr
        lr_gap = max(lr_gap, float(np.abs(t - p).max() / t.max()))
        if name.startswith("OneCycleLR"):
            kept = {k: v for k, v in kwargs.items() if k in (
                "pct_start", "anneal_strategy", "three_phase")}
            ported = one_cycle_momentum(steps, **kept)
            momentum_gap = max(momentum_gap,
                               float(np.abs(momenta - ported).max()))
        curves.setdefault(name, (t, p))
        if name.startswith("OneCycleLR"):
            curves.setdefault("OneCycleLR: momentum",
                              (momenta, one_cycle_momentum(steps)))
runs = sum(len(s) for *_, s in SCHEDULES.values())
print(f"{runs} settings, {steps} steps each: largest relative lr gap "
      f"{lr_gap:.1e}, largest momentum gap {momentum_gap:.1e}")

fig, axes = plt.subplots(4, 2, figsize=(6, 9), sharex=True,
                         layout="constrained")
for ax, (name, (t, p)) in zip(axes.flat, curves.items()):
    ax.plot(t, color="tab:orange", linewidth=3, label="PyTorch")
    ax.plot(p, color="tab:blue", linestyle="--", linewidth=1.5,
            label="Paddle")
    ax.set_title(name, fontsize=10)
for ax in axes[-1]:
    ax.set_xlabel("training step")
for ax in axes[:, 0]:
    ax.set_ylabel("learning rate")
axes[-1, -1].set_ylabel("momentum")
axes[0, 0].legend(fontsize=9)
fig.suptitle("Learning rate of each step, both frameworks")
plt.show()

try:
    one_cycle_lr(1.0, steps, pct_start=0.5, three_phase=True)
except ValueError as error:
    refusal = str(error)
print("Paddle, three_phase=True, pct_start=0.5:", refusal)

# Checks: the same learning rate, and OneCycleLR's momentum, at every
# step of every setting (float64 round-off at most).
assert lr_gap < 1e-12, lr_gap
assert momentum_gap < 1e-12, momentum_gap
assert "must be less than 0.5" in refusal
