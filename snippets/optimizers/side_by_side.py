"""Each optimizer and weight-decay setting on the page, trained side by
side: the same MLP, weights and batches in both frameworks (mlp.py)."""
import matplotlib.pyplot as plt
import numpy as np
import paddle
import torch

from mlp import gaps, paddle_run, torch_run

steps = 50
tolerance = 1e-5  # float32, two libraries' kernels, 50 steps

# (PyTorch optimizer, keywords), (Paddle optimizer, keywords)
P = paddle.optimizer
CONFIGS = {
    "SGD": ((torch.optim.SGD, {"lr": 0.1}),
            (P.SGD, {"learning_rate": 0.1})),
    "SGD, L2": ((torch.optim.SGD, {"lr": 0.1, "weight_decay": 1e-3}),
                (P.SGD, {"learning_rate": 0.1, "weight_decay": 1e-3})),
    "SGD, momentum": (
        (torch.optim.SGD, {"lr": 0.1, "momentum": 0.9}),
        (P.Momentum, {"learning_rate": 0.1, "momentum": 0.9})),
    "SGD, Nesterov": (
        (torch.optim.SGD, {"lr": 0.1, "momentum": 0.9, "nesterov": True}),
        (P.Momentum, {"learning_rate": 0.1, "momentum": 0.9,
                      "use_nesterov": True})),
    "SGD, momentum, L2": (
        (torch.optim.SGD, {"lr": 0.1, "momentum": 0.9,
                           "weight_decay": 1e-3}),
        (P.Momentum, {"learning_rate": 0.1, "momentum": 0.9,
                      "weight_decay": 1e-3})),
    "Adam": ((torch.optim.Adam, {"lr": 1e-3}),
             (P.Adam, {"learning_rate": 1e-3})),
    "Adam, L2": ((torch.optim.Adam, {"lr": 1e-3, "weight_decay": 1e-2}),
                 (P.Adam, {"learning_rate": 1e-3, "weight_decay": 1e-2})),
    "Adam, amsgrad": ((torch.optim.Adam, {"lr": 1e-3, "amsgrad": True}),
                      (P.Adam, {"learning_rate": 1e-3, "amsgrad": True})),
    "AdamW": ((torch.optim.AdamW, {"lr": 1e-3, "weight_decay": 1e-2}),
              (P.AdamW, {"learning_rate": 1e-3, "weight_decay": 1e-2})),
    "AdamW, amsgrad": (
        (torch.optim.AdamW, {"lr": 1e-3, "weight_decay": 1e-2,
                             "amsgrad": True}),
        (P.AdamW, {"learning_rate": 1e-3, "weight_decay": 1e-2,
                   "amsgrad": True})),
    # eps sits outside the square root in PyTorch, inside in Paddle:
    # eps squared is the port while eps is small beside sqrt(v)
    "RMSprop": ((torch.optim.RMSprop, {"lr": 1e-3, "alpha": 0.9,
                                      "eps": 1e-10}),
                (P.RMSProp, {"learning_rate": 1e-3, "rho": 0.9,
                             "epsilon": 1e-20})),
    "RMSprop, centered, L2": (
        (torch.optim.RMSprop, {"lr": 1e-3, "alpha": 0.9, "momentum": 0.5,
                               "centered": True, "weight_decay": 1e-2,
                               "eps": 1e-10}),
        (P.RMSProp, {"learning_rate": 1e-3, "rho": 0.9, "momentum": 0.5,
                     "centered": True, "weight_decay": 1e-2,
                     "epsilon": 1e-20})),
}


curves = {name: gaps(torch_run(*t, steps), paddle_run(*p, steps))
          for name, (t, p) in CONFIGS.items()}
print(f"largest |PyTorch - Paddle| weight gap over {steps} steps:")
for name, gap in curves.items():
    print(f"  {name:22} {gap.max():.1e}")

fig, ax = plt.subplots(figsize=(6, 6), layout="constrained")
step = np.arange(1, steps + 1)
# one line style per optimizer, one colour per setting within it
styles = {"SGD": "-", "Adam": "--", "AdamW": "-.", "RMSprop": ":"}
for i, (name, gap) in enumerate(curves.items()):
    # a step with equal weights has no place on a log axis
    ax.semilogy(step, np.maximum(gap, 1e-9), styles[name.split(",")[0]],
                color=plt.cm.tab20(i / len(curves)), label=name,
                linewidth=1.5)
ax.axhline(tolerance, color="0.2", linewidth=2, label="tolerance")
ax.set_xlabel("training step")
ax.set_ylabel("largest weight gap")
ax.set_title("Each setting: same weights and batches")
fig.legend(loc="outside lower center", ncol=3, fontsize=8)
plt.show()

# Checks: every setting stays within the tolerance at every step.
for name, gap in curves.items():
    assert gap.max() < tolerance, (name, gap.max())
