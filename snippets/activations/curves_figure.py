# The curves of the activations, drawn from PyTorch's layers (the same
# values as Paddle's, checked below on this page).
import matplotlib.pyplot as plt
import numpy as np
import torch
from torch import nn

x = torch.linspace(-5, 7, 601)


def curve(layer):
    return layer(x).numpy()


fig, axes = plt.subplots(2, 2, figsize=(6, 5.6), sharex=True,
                         layout="constrained")
ax = axes[0, 0]
ax.plot(x, curve(nn.ReLU()), color="C0", lw=2.5, label="ReLU")
ax.plot(x, curve(nn.ReLU6()), color="C1", ls="--", label="ReLU6")
ax.plot(x, curve(nn.LeakyReLU(0.1)), color="C2", ls=":",
        label="LeakyReLU, slope 0.1")
ax.set_ylim(-1, 11)  # room for the legend above the curves
ax.set_title("ReLU and its variants")
ax = axes[0, 1]
ax.plot(x, curve(nn.GELU()), color="C0", lw=2.5, label="GELU")
ax.plot(x, curve(nn.SiLU()), color="C1", ls="--", label="SiLU")
ax.plot(x, curve(nn.Hardswish()), color="C2", ls=":", label="Hardswish")
ax.set_ylim(-1, 3)
ax.set_title("GELU, SiLU and Hardswish")
ax = axes[1, 0]
ax.plot(x, curve(nn.Sigmoid()), color="C0", lw=2.5, label="Sigmoid")
ax.set_title("Sigmoid: from 0 to 1")
ax = axes[1, 1]
gap = curve(nn.GELU("tanh")) - curve(nn.GELU())
ax.plot(x, gap * 1e4, color="C0")
ax.set_title("GELU: tanh - exact")
ax.set_ylabel("difference × 1e-4")
for ax in axes.flat:
    ax.axhline(0, color="0.6", lw=0.8)
    ax.axvline(0, color="0.6", lw=0.8)
    ax.grid(alpha=0.3)
for ax in (axes[0, 0], axes[0, 1], axes[1, 0]):
    ax.legend(loc="upper left", fontsize=10)
for ax in axes[1]:
    ax.set_xlabel("input x")
plt.show()

# Checks: what the figure shows.
y_relu6 = curve(nn.ReLU6())
assert y_relu6.max() == 6 and curve(nn.ReLU()).max() == 7
sig = curve(nn.Sigmoid())
assert 0 < sig.min() and sig.max() < 1
gap_bound = 1e-3
assert np.abs(gap).max() < gap_bound
