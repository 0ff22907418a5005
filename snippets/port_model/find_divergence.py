"""The divergence finder names the layer of each injected mistake."""
import warnings

import numpy as np
import paddle
import torch
from sklearn.datasets import load_digits

from convert import torch_to_paddle
from divergence import compare_layers, first_divergence
from model_paddle import TinyResNet as PaddleNet
from model_torch import TinyResNet as TorchNet

warnings.filterwarnings("ignore", message="When training, we now")

x_all = (load_digits().images / 16).astype(np.float32)[:, None]
rng = np.random.default_rng(0)
x = x_all[:32]
torch.manual_seed(0)
paddle.seed(0)  # mistake A leaves Paddle's random fc weights
torch_model = TorchNet()
with torch.no_grad():  # training-mode passes: real running statistics
    for _ in range(4):
        torch_model(torch.from_numpy(x_all[rng.choice(len(x_all), 64)]))
torch_model.eval()


def port(paddle_model, state=None):
    state = state or torch_to_paddle(torch_model.state_dict(), paddle_model)
    with warnings.catch_warnings(record=True):  # mistake A warns
        warnings.simplefilter("always")
        paddle_model.set_state_dict(state)
    paddle_model.eval()
    return paddle_model


found = {}
found["correct port"] = compare_layers(torch_model, port(PaddleNet()), x)

# A: BatchNorm renamed by hand, Linear weight not transposed
state = {k.replace("running_mean", "_mean").replace("running_var",
                                                     "_variance"):
         v.numpy() for k, v in torch_model.state_dict().items()}
found["A: fc.weight untransposed"] = compare_layers(
    torch_model, port(PaddleNet(), state), x)

# B: one layer written with epsilon=1e-3 (Keras's default)
paddle_model = PaddleNet()
paddle_model.block2.bn1 = paddle.nn.BatchNorm2D(32, epsilon=1e-3)
found["B: block2.bn1 epsilon"] = compare_layers(
    torch_model, port(paddle_model), x)


# C: one layer given PyTorch's momentum 0.1 unchanged. Momentum acts
# only in training: both models see the same batches in training mode,
# then are compared in evaluation mode.
def after_training_passes(paddle_model):
    torch_copy = TorchNet()
    torch_copy.load_state_dict(torch_model.state_dict())
    paddle_model = port(paddle_model)
    torch_copy.train()
    paddle_model.train()
    for _ in range(3):
        batch = x_all[rng.choice(len(x_all), 256)]
        with torch.no_grad():
            torch_copy(torch.from_numpy(batch))
        with paddle.no_grad():
            paddle_model(paddle.to_tensor(batch))
    torch_copy.eval()
    paddle_model.eval()
    return torch_copy, paddle_model


found["C: momentum right, after training"] = compare_layers(
    *after_training_passes(PaddleNet()), x)
paddle_model = PaddleNet()
paddle_model.block1.bn2 = paddle.nn.BatchNorm2D(16, momentum=0.1)
found["C: block1.bn2 momentum"] = compare_layers(
    *after_training_passes(paddle_model), x)

print(f"{'':36}first beyond 1e-4   largest gap, all layers")
for case, rows in found.items():
    first = next((name for name, gap, ok in rows if not ok), "-")
    print(f"  {case:34}{first:20}{max(r[1] for r in rows):.1e}")

# Checks
assert first_divergence(torch_model, port(PaddleNet()), x) is None
first = {case: [name for name, gap, ok in rows if not ok][:1]
         for case, rows in found.items()}
assert first == {
    "correct port": [],
    "A: fc.weight untransposed": ["fc"],
    "B: block2.bn1 epsilon": ["block2.bn1"],
    "C: momentum right, after training": [],
    "C: block1.bn2 momentum": ["block1.bn2"],
}, first
