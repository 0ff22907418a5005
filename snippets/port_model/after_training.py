"""After training: what still differs between the two models, and why."""
import numpy as np
import paddle
import torch

from convert import torch_to_paddle
from train_digits import (batch_size, paddle_model, test, torch_model,
                          x_all)

# the PyTorch state under Paddle's names, to compare key by key
torch_state = torch_to_paddle(torch_model.state_dict(), paddle_model)
paddle_state = {k: v.numpy() for k, v in paddle_model.state_dict().items()}
weights = [k for k in paddle_state
           if not k.endswith(("_mean", "_variance"))]
weight_gap = max(np.abs(torch_state[k] - paddle_state[k]).max()
                 for k in weights)
variances = [k for k in paddle_state if k.endswith("_variance")]
ratios = {k: torch_state[k] / paddle_state[k] for k in variances}
# values per channel in a batch: M = batch size x H x W at that layer
hw = {"stem": 8 * 8, "block1": 4 * 4, "block2": 2 * 2}
bessel = {k: m / (m - 1) for k in variances
          for m in [batch_size * hw[k.split(".")[0]]]}
print(f"weights, max |torch - paddle|: {weight_gap:.1e}")
print(f"{'running variance':29} torch / paddle  M / (M - 1)")
for k, ratio in ratios.items():
    print(f"  {k:27} {ratio.mean():14.4f}  {bessel[k]:11.4f}")


def paddle_logits():
    with paddle.no_grad():
        return paddle_model(paddle.to_tensor(x_all[test])).numpy()


with torch.no_grad():
    torch_y = torch_model(torch.from_numpy(x_all[test])).numpy()
own_y = paddle_logits()
own_gap = np.abs(own_y - torch_y).max()
changed = int((own_y.argmax(1) != torch_y.argmax(1)).sum())
# give Paddle PyTorch's running statistics, keep its own weights
paddle_current = paddle_model.state_dict()  # the model's own tensors
for k in paddle_current:
    if k.endswith(("_mean", "_variance")):
        paddle_current[k].set_value(torch_state[k])
copied_gap = np.abs(paddle_logits() - torch_y).max()
print(f"eval logits, max |torch - paddle|: own statistics {own_gap:.1e},"
      f" PyTorch's statistics {copied_gap:.1e}")
print(f"test predictions that differ: {changed} of {len(test)}")

# Checks
assert weight_gap < 1e-4  # float rounding, accumulated over the steps
# PyTorch's running variances are larger: its update uses the unbiased
# batch variance, M / (M - 1) times Paddle's biased one
for k, ratio in ratios.items():
    assert abs(ratio.mean() - bessel[k]) < 1e-3, (k, ratio.mean())
assert copied_gap < own_gap / 10
