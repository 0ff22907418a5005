"""Trap: a hand-renamed state dict that Paddle only half loads."""
import warnings

import numpy as np
import paddle
import torch

from model_paddle import TinyResNet as PaddleNet
from model_torch import TinyResNet as TorchNet

torch.manual_seed(0)
paddle.seed(0)
torch_model = TorchNet().eval()
paddle_model = PaddleNet()
paddle_model.eval()
fc_before = paddle_model.fc.weight.numpy().copy()

# The usual first attempt: rename the BatchNorm buffers, nothing else.
names = {"running_mean": "_mean", "running_var": "_variance"}
state = {}
for key, value in torch_model.state_dict().items():
    head, _, last = key.rpartition(".")
    state[f"{head}.{names.get(last, last)}"] = value.numpy()

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    missing, unexpected = paddle_model.set_state_dict(state)
print("warnings:", len(caught))
for warning in caught:
    print(" ", warning.category.__name__ + ":", warning.message)
print("missing:", missing)
print("unexpected:", unexpected)

x = np.random.default_rng(0).random((4, 1, 8, 8), dtype=np.float32)
with torch.no_grad():
    torch_y = torch_model(torch.from_numpy(x)).numpy()
with paddle.no_grad():
    paddle_y = paddle_model(paddle.to_tensor(x)).numpy()
gap = np.abs(paddle_y - torch_y).max()
print(f"eval logits, max |paddle - torch|: {gap:.4f}")

# Checks
assert len(caught) == 1 and "fc.weight" in str(caught[0].message)
assert missing == ["fc.weight"]
# set_state_dict returns the six counters too, without a warning
counters = [k for k in unexpected if k.endswith("num_batches_tracked")]
assert len(counters) == 6 and set(unexpected) - set(counters) == \
    {"fc.weight"}
# the skipped layer kept its random initial weights
assert np.array_equal(paddle_model.fc.weight.numpy(), fc_before)
assert gap > 0.1
