"""Train the PyTorch model and its Paddle port side by side on digits."""
import warnings

import matplotlib.pyplot as plt
import numpy as np
import paddle
import torch
from sklearn.datasets import load_digits

from convert import torch_to_paddle
from model_paddle import TinyResNet as PaddleNet
from model_torch import TinyResNet as TorchNet

warnings.filterwarnings("ignore", message="When training, we now")
# Tensors this small train faster on one thread than on two.
torch.set_num_threads(1)

# 8 x 8 images shipped inside scikit-learn; nothing is downloaded
digits = load_digits()
x_all = (digits.images / 16).astype(np.float32)[:, None]  # N, 1, 8, 8
y_all = digits.target.astype(np.int64)
rng = np.random.default_rng(0)
order = rng.permutation(len(x_all))
train, test = order[:1280], order[1280:]

epochs, batch_size, p = 2, 32, 0.2
lr, momentum, weight_decay = 0.05, 0.9, 5e-4
steps = epochs * len(train) // batch_size
loss_bound = 1e-5  # float32: two libraries' kernels, summed differently
acc_bound = 0.01  # test accuracies at most one point apart
# every step's batch and dropout mask, drawn once for both frameworks
batches = np.concatenate([rng.permutation(train) for _ in range(epochs)])
batches = batches.reshape(steps, batch_size)
masks = (rng.random((steps, batch_size, 32)) >= p) / np.float32(1 - p)
masks = masks.astype(np.float32)


class TorchSharedDropout(torch.nn.Module):
    """nn.Dropout with the mask handed in from outside (a NumPy array)."""
    mask = None

    def forward(self, x):
        return x * torch.from_numpy(self.mask) if self.training else x


class PaddleSharedDropout(paddle.nn.Layer):
    mask = None

    def forward(self, x):
        return x * paddle.to_tensor(self.mask) if self.training else x


# one set of initial weights, made in PyTorch and converted
torch.manual_seed(0)
torch_model = TorchNet(p=p)
paddle_model = PaddleNet(p=p)
paddle_model.set_state_dict(
    torch_to_paddle(torch_model.state_dict(), paddle_model))
torch_model.dropout = TorchSharedDropout()
paddle_model.dropout = PaddleSharedDropout()

torch_opt = torch.optim.SGD(torch_model.parameters(), lr=lr,
                            momentum=momentum, weight_decay=weight_decay)
paddle_opt = paddle.optimizer.Momentum(
    learning_rate=lr, momentum=momentum, weight_decay=weight_decay,
    parameters=paddle_model.parameters())
torch_loss_fn = torch.nn.CrossEntropyLoss()
paddle_loss_fn = paddle.nn.CrossEntropyLoss()

torch_losses, paddle_losses = [], []
for step, batch in enumerate(batches):
    x, y = x_all[batch], y_all[batch]

    torch_model.dropout.mask = masks[step]
    loss = torch_loss_fn(torch_model(torch.from_numpy(x)),
                         torch.from_numpy(y))
    torch_opt.zero_grad()
    loss.backward()
    torch_opt.step()
    torch_losses.append(loss.item())

    paddle_model.dropout.mask = masks[step]
    loss = paddle_loss_fn(paddle_model(paddle.to_tensor(x)),
                          paddle.to_tensor(y))
    paddle_opt.clear_grad()
    loss.backward()
    paddle_opt.step()
    paddle_losses.append(loss.item())

torch_losses = np.array(torch_losses)
paddle_losses = np.array(paddle_losses)
step_gap = np.abs(torch_losses - paddle_losses)

torch_model.eval()
paddle_model.eval()
with torch.no_grad():
    torch_logits = torch_model(torch.from_numpy(x_all[test])).numpy()
with paddle.no_grad():
    paddle_logits = paddle_model(paddle.to_tensor(x_all[test])).numpy()
torch_acc = (torch_logits.argmax(1) == y_all[test]).mean()
paddle_acc = (paddle_logits.argmax(1) == y_all[test]).mean()

print(f"{steps} steps of {batch_size} images ({epochs} epochs)")
print(f"loss, first step: torch {torch_losses[0]:.4f}"
      f"  paddle {paddle_losses[0]:.4f}")
print(f"loss, last step:  torch {torch_losses[-1]:.4f}"
      f"  paddle {paddle_losses[-1]:.4f}")
print(f"largest |torch - paddle| loss over all steps: {step_gap.max():.1e}")
print(f"test accuracy on {len(test)} images: torch {torch_acc:.4f}"
      f"  paddle {paddle_acc:.4f}")

step = np.arange(1, steps + 1)
fig, (ax_loss, ax_gap) = plt.subplots(2, 1, figsize=(6, 6), sharex=True,
                                      layout="constrained")
ax_loss.plot(step, torch_losses, color="0.2", label="PyTorch")
ax_loss.plot(step, paddle_losses, "o", color="tab:blue", markersize=3,
             markerfacecolor="none", label="Paddle")
ax_loss.set_ylabel("training loss")
ax_loss.set_title("Same weights, batches and masks")
ax_loss.legend()
# points, not a line: a step with equal losses has no place on a log axis
ax_gap.semilogy(step, step_gap, ".", color="tab:blue")
ax_gap.axhline(loss_bound, color="0.4", linestyle="--", label="bound")
ax_gap.set_ylabel("|PyTorch - Paddle|")
ax_gap.set_xlabel("training step")
ax_gap.legend()
plt.show()

# Checks
assert step_gap.max() < loss_bound, step_gap.max()
assert abs(torch_acc - paddle_acc) <= acc_bound
assert min(torch_acc, paddle_acc) > 0.9  # and both have learned
