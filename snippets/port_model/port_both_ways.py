"""Port trained-looking weights both ways and compare the outputs."""
import warnings

import numpy as np
import paddle
import torch
from sklearn.datasets import load_digits

from convert import paddle_to_torch, torch_to_paddle
from model_paddle import TinyResNet as PaddleNet
from model_torch import TinyResNet as TorchNet

warnings.filterwarnings("ignore", message="When training, we now")

x = (load_digits().images[:256] / 16).astype(np.float32)[:, None]

torch.manual_seed(0)
torch_model = TorchNet()
# a few training-mode passes give the running statistics real values
with torch.no_grad():
    for batch in np.split(x, 4):
        torch_model(torch.from_numpy(batch))
torch_model.eval()

paddle_model = PaddleNet()
state = torch_to_paddle(torch_model.state_dict(), paddle_model)
missing, unexpected = paddle_model.set_state_dict(state)
paddle_model.eval()
print("torch -> paddle: missing", missing, "unexpected", unexpected)

with torch.no_grad():
    torch_y = torch_model(torch.from_numpy(x)).numpy()
with paddle.no_grad():
    paddle_y = paddle_model(paddle.to_tensor(x)).numpy()
eval_gap = np.abs(paddle_y - torch_y).max()
print(f"eval logits of {len(x)} digits, max |paddle - torch|: "
      f"{eval_gap:.1e}")

# and back: a fresh PyTorch model gets the Paddle weights
back = TorchNet()
back.load_state_dict(paddle_to_torch(paddle_model.state_dict(), back))
original, restored = torch_model.state_dict(), back.state_dict()
counters = [k for k in original if k.endswith("num_batches_tracked")]
carried = [k for k in original if k not in counters]
exact = [k for k in carried if torch.equal(original[k], restored[k])]
print(f"round trip: {len(exact)} of {len(carried)} tensors bit for bit "
      "equal")
# Paddle keeps no batch counter: the fresh model keeps its own
print("num_batches_tracked:", int(original[counters[0]]), "->",
      int(restored[counters[0]]))

# the other way round: weights made in Paddle, run in PyTorch
paddle.seed(0)
paddle_made = PaddleNet()
paddle_made.eval()
torch_port = TorchNet().eval()
torch_port.load_state_dict(
    paddle_to_torch(paddle_made.state_dict(), torch_port))
with paddle.no_grad():
    paddle_y2 = paddle_made(paddle.to_tensor(x)).numpy()
with torch.no_grad():
    torch_y2 = torch_port(torch.from_numpy(x)).numpy()
print(f"paddle -> torch, max |torch - paddle|: "
      f"{np.abs(torch_y2 - paddle_y2).max():.1e}")

# Checks
tol = dict(rtol=1e-5, atol=1e-5)  # float32, two libraries' kernels
assert not missing and not unexpected
# the same trainable parameters (Paddle also lists the running statistics)
assert sum(p.numel() for p in torch_model.parameters()) == sum(
    int(p.size) for p in paddle_model.parameters() if not p.stop_gradient)
np.testing.assert_allclose(paddle_y, torch_y, **tol)
np.testing.assert_allclose(torch_y2, paddle_y2, **tol)
assert exact == carried, set(carried) - set(exact)
assert all(int(restored[k]) == 0 for k in counters)
