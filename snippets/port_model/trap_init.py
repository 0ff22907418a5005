"""Trap: the two frameworks initialize the same layers differently."""
import numpy as np
import paddle
import torch

from convert import torch_to_paddle
from model_paddle import TinyResNet as PaddleNet
from model_torch import TinyResNet as TorchNet

torch.manual_seed(0)
paddle.seed(0)
torch_model = TorchNet().eval()
paddle_model = PaddleNet()
paddle_model.eval()

print("fresh weights       torch: std   max|w|   paddle: std   max|w|")
rows = {}
for name in ["block2.conv1.weight", "fc.weight", "fc.bias"]:
    t = torch_model.state_dict()[name].numpy()
    p = paddle_model.state_dict()[name].numpy()
    rows[name] = (t, p)
    print(f"  {name:19}  {t.std():.4f}  {np.abs(t).max():.4f}"
          f"          {p.std():.4f}  {np.abs(p).max():.4f}")

x = np.random.default_rng(0).random((4, 1, 8, 8), dtype=np.float32)
with torch.no_grad():
    torch_y = torch_model(torch.from_numpy(x)).numpy()


def paddle_logits():
    with paddle.no_grad():
        return paddle_model(paddle.to_tensor(x)).numpy()


fresh_gap = np.abs(paddle_logits() - torch_y).max()
paddle_model.set_state_dict(
    torch_to_paddle(torch_model.state_dict(), paddle_model))
ported_gap = np.abs(paddle_logits() - torch_y).max()
print(f"logits, max |paddle - torch|: each fresh {fresh_gap:.4f}, "
      f"ported {ported_gap:.1e}")

# Checks
conv_t, conv_p = rows["block2.conv1.weight"]
fan_in = 16 * 3 * 3
# PyTorch: uniform in +-1/sqrt(fan_in); Paddle: normal, std sqrt(2/fan_in)
assert np.abs(conv_t).max() <= 1 / np.sqrt(fan_in)
assert np.abs(conv_p).max() > 1 / np.sqrt(fan_in)
assert abs(conv_p.std() / np.sqrt(2 / fan_in) - 1) < 0.1
fc_t, fc_p = rows["fc.bias"]
assert np.all(fc_p == 0) and np.all(fc_t != 0)  # Paddle: zero bias
assert fresh_gap > 0.1
np.testing.assert_allclose(paddle_logits(), torch_y, rtol=1e-5, atol=1e-5)
