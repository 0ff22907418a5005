# tanh: the layer and the function carry over with Paddle's names.
import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F
from torch import nn

x = np.linspace(-5, 5, 1001, dtype=np.float32)
torch_y = {"nn.Tanh()": nn.Tanh()(torch.from_numpy(x)).numpy(),
           "F.tanh": F.tanh(torch.from_numpy(x)).numpy(),
           "torch.tanh": torch.tanh(torch.from_numpy(x)).numpy()}
paddle_y = {"paddle.nn.Tanh()": paddle.nn.Tanh()(paddle.to_tensor(x)),
            "PF.tanh": PF.tanh(paddle.to_tensor(x)),
            "paddle.tanh": paddle.tanh(paddle.to_tensor(x))}
for name, y in paddle_y.items():
    gap = np.abs(y.numpy() - torch_y["nn.Tanh()"]).max()
    print(f"{name:17} vs nn.Tanh(): {gap:.1e}")

# Checks: within the page's tolerance of np.tanh, and of each other.
rtol, atol = 1e-5, 1e-6
for y in [*torch_y.values(), *(y.numpy() for y in paddle_y.values())]:
    np.testing.assert_allclose(y, np.tanh(x), rtol, atol)
