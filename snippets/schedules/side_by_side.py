"""Each optimizer with each schedule on the page, trained side by side:
the same MLP, weights and batches in both frameworks (train.py), one
scheduler step per batch."""
import matplotlib.pyplot as plt
import numpy as np
import paddle
import torch
from matplotlib.lines import Line2D

from one_cycle_port import one_cycle_lr, one_cycle_momentum, set_momentum
from train import gaps, paddle_run, torch_run

steps = 60
tolerance = 1e-5  # float32, two libraries' kernels, 60 steps
S, L, P = torch.optim.lr_scheduler, paddle.optimizer.lr, paddle.optimizer

# name: (PyTorch optimizer, Paddle optimizer, base lr)
OPTIMIZERS = {
    "SGD, momentum": (
        lambda params, lr: torch.optim.SGD(params, lr=lr, momentum=0.9),
        lambda params, s: P.Momentum(learning_rate=s, momentum=0.9,
                                     parameters=params), 0.1),
    "Adam": (lambda params, lr: torch.optim.Adam(params, lr=lr),
             lambda params, s: P.Adam(learning_rate=s, parameters=params),
             0.01),
    "AdamW": (
        lambda params, lr: torch.optim.AdamW(params, lr=lr,
                                             weight_decay=0.01),
        lambda params, s: P.AdamW(learning_rate=s, weight_decay=0.01,
                                  parameters=params), 0.01),
}
# name: (PyTorch scheduler, Paddle scheduler); ReduceLROnPlateau steps on
# the batch's loss
SCHEDULES = {
    "StepLR": (lambda o, lr: S.StepLR(o, step_size=15, gamma=0.5),
               lambda lr: L.StepDecay(lr, step_size=15, gamma=0.5)),
    "MultiStepLR": (
        lambda o, lr: S.MultiStepLR(o, milestones=[20, 40], gamma=0.3),
        lambda lr: L.MultiStepDecay(lr, milestones=[20, 40], gamma=0.3)),
    "CosineAnnealingLR": (
        lambda o, lr: S.CosineAnnealingLR(o, T_max=steps,
                                          eta_min=lr / 100),
        lambda lr: L.CosineAnnealingDecay(lr, T_max=steps,
                                          eta_min=lr / 100)),
    "LambdaLR": (lambda o, lr: S.LambdaLR(o, lambda e: 0.97 ** e),
                 lambda lr: L.LambdaDecay(lr, lambda e: 0.97 ** e)),
    "warmup, cosine": (
        lambda o, lr: S.SequentialLR(o, [
            S.LinearLR(o, start_factor=0.1, total_iters=6),
            S.CosineAnnealingLR(o, T_max=steps - 6)], milestones=[6]),
        lambda lr: L.LinearWarmup(L.CosineAnnealingDecay(lr, steps - 6),
                                  6, lr * 0.1, lr)),
    "OneCycleLR": (
        lambda o, lr: S.OneCycleLR(o, max_lr=lr, total_steps=steps),
        lambda lr: one_cycle_lr(lr, steps)),
    "ReduceLROnPlateau": (
        lambda o, lr: S.ReduceLROnPlateau(o, factor=0.5, patience=2,
                                          threshold=0.01),
        lambda lr: L.ReduceOnPlateau(lr, factor=0.5, patience=2,
                                     threshold=0.01)),
}


def train(optimizer_name, schedule_name):
    torch_optimizer, paddle_optimizer, lr = OPTIMIZERS[optimizer_name]
    torch_scheduler, paddle_scheduler = SCHEDULES[schedule_name]

    def torch_make(params):
        optimizer = torch_optimizer(params, lr)
        return optimizer, torch_scheduler(optimizer, lr)

    def paddle_make(params):
        scheduler = paddle_scheduler(lr)  # first: the optimizer takes it
        return paddle_optimizer(params, scheduler), scheduler

    metric = schedule_name == "ReduceLROnPlateau"
    cycle = schedule_name == "OneCycleLR"
    t = torch_run(torch_make, steps, metric)
    p = paddle_run(paddle_make, steps, metric, before_step=set_momentum(
        one_cycle_momentum(steps)) if cycle else None)
    return t, p


runs = {(o, s): train(o, s) for o in OPTIMIZERS for s in SCHEDULES}
curves = {key: gaps(t, p) for key, (t, p) in runs.items()}
print(f"largest |PyTorch - Paddle| weight gap over {steps} steps:")
for (o, s), gap in curves.items():
    print(f"  {o:14} {s:18} {gap.max():.1e}")

fig, ax = plt.subplots(figsize=(6, 6), layout="constrained")
step = np.arange(1, steps + 1)
styles = dict(zip(OPTIMIZERS, ["-", "--", ":"]))
colours = dict(zip(SCHEDULES, plt.cm.tab10.colors))
for (o, s), gap in curves.items():
    # a step with equal weights has no place on a log axis
    ax.semilogy(step, np.maximum(gap, 1e-9), styles[o], color=colours[s],
                linewidth=1.5)
ax.axhline(tolerance, color="0.2", linewidth=2)
ax.set_xlabel("training step")
ax.set_ylabel("largest weight gap")
ax.set_title("Each optimizer and schedule")
handles = [Line2D([], [], color=c, label=s) for s, c in colours.items()]
handles += [Line2D([], [], color="0.4", linestyle=ls, label=o)
            for o, ls in styles.items()]
handles.append(Line2D([], [], color="0.2", linewidth=2, label="tolerance"))
fig.legend(handles=handles, loc="outside lower center", ncol=3,
           fontsize=8)
plt.show()

# Checks: every pair uses the same learning rate (and OneCycleLR's
# momentum) at every step, and stays within the tolerance.
for (o, s), (t, p) in runs.items():
    np.testing.assert_allclose(p["lr"], t["lr"], rtol=1e-12,
                               err_msg=f"{o}, {s}")
    if s == "OneCycleLR":
        np.testing.assert_allclose(p["momentum"], t["momentum"],
                                   rtol=1e-12, err_msg=f"{o}, {s}")
    assert curves[o, s].max() < tolerance, (o, s, curves[o, s].max())
assert any(len(set(t["lr"])) > 1 for (_, s), (t, _) in runs.items()
           if s == "ReduceLROnPlateau")
