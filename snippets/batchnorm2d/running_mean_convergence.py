"""Running mean versus training steps under both momentum conventions."""
import warnings

import matplotlib.pyplot as plt
import numpy as np
import paddle
import torch
from torch import nn

# Paddle warns on each training-mode call that it tracks running
# statistics; that is expected here.
warnings.filterwarnings("ignore", message="When training, we now")

rng = np.random.default_rng(3)
steps = 40
batches = rng.normal(2.0, 1.5, size=(steps, 8, 1, 4, 4))
batches = batches.astype(np.float32)
data_mean = batches.mean(dtype=np.float64)
batch_means = batches.mean(axis=(1, 2, 3, 4), dtype=np.float64)


def torch_curve(momentum):
    bn = nn.BatchNorm2d(1, momentum=momentum)
    curve = [bn.running_mean.item()]
    for x_np in batches:
        bn(torch.from_numpy(x_np))
        curve.append(bn.running_mean.item())
    return np.array(curve)


def paddle_curve(momentum):
    bn = paddle.nn.BatchNorm2D(1, momentum=momentum)
    curve = [bn._mean.item()]
    for x_np in batches:
        bn(paddle.to_tensor(x_np))
        curve.append(bn._mean.item())
    return np.array(curve)


def hand_curve(new_weight, start):
    """running = (1 - new_weight) * running + new_weight * batch mean"""
    curve = [start]
    for mean in batch_means:
        curve.append((1 - new_weight) * curve[-1] + new_weight * mean)
    return np.array(curve)


torch_01 = torch_curve(0.1)    # PyTorch: momentum weighs the new batch
paddle_09 = paddle_curve(0.9)  # Paddle: momentum weighs the old value
paddle_01 = paddle_curve(0.1)  # PyTorch's number copied into Paddle
start = torch_01[0]  # the fresh running mean
tol = dict(rtol=1e-5, atol=1e-5)
np.testing.assert_allclose(torch_01, hand_curve(0.1, start), **tol)
np.testing.assert_allclose(paddle_09, torch_01, **tol)
np.testing.assert_allclose(paddle_01, hand_curve(1 - 0.1, start), **tol)
print(f"data mean {data_mean:.4f}, after {steps} steps:")
print(f"  torch momentum=0.1 / paddle momentum=0.9: {torch_01[-1]:.4f}")
print(f"  paddle momentum=0.1:                      {paddle_01[-1]:.4f}")
print(f"  last batch mean:                          {batch_means[-1]:.4f}")

step = np.arange(steps + 1)
# one panel above the other: wide enough for a phone
fig, axes = plt.subplots(2, 1, figsize=(6, 6.4), sharex=True,
                         sharey=True, layout="constrained")
axes[0].plot(step, torch_01, color="0.2", label="PyTorch momentum=0.1")
axes[0].plot(step, paddle_09, "o", color="0.2", markersize=3,
             markerfacecolor="none", label="Paddle momentum=0.9")
axes[0].set_title("Defaults: the same update")
axes[1].plot(step, torch_01, color="0.2", label="PyTorch momentum=0.1")
axes[1].plot(step, paddle_01, color=plt.cm.viridis(0.6),
             label="Paddle momentum=0.1")
axes[1].set_title("Same number, opposite meaning")
for ax in axes:
    ax.plot(step[1:], batch_means, ".", color="0.6", label="batch mean")
    ax.axhline(data_mean, color="0.4", linestyle="--", label="data mean")
    ax.set_ylabel("running mean")
    ax.legend(fontsize=10, loc="lower right")
axes[1].set_xlabel("training step")
plt.show()
