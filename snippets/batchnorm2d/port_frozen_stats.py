"""use_global_stats=True in Paddle versus a PyTorch layer kept in eval."""
import warnings

import numpy as np
import paddle
import torch
from torch import nn

# Paddle warns on each training-mode call that it tracks running
# statistics; that is expected here.
warnings.filterwarnings("ignore", message="When training, we now")

rng = np.random.default_rng(10)
x_np = rng.normal(1.0, 2.0, size=(4, 2, 3, 3)).astype(np.float32)
g_np = rng.normal(size=x_np.shape).astype(np.float32)  # upstream grad
# A "pretrained" layer: statistics and affine parameters from NumPy.
state = {"weight": rng.uniform(0.5, 2.0, size=2),
         "bias": rng.uniform(-1.0, 1.0, size=2),
         "running_mean": rng.normal(size=2),
         "running_var": rng.uniform(0.5, 3.0, size=2)}
state = {k: v.astype(np.float32) for k, v in state.items()}
tol = dict(rtol=1e-5, atol=1e-5)

torch_bn = nn.BatchNorm2d(2)
torch_bn.load_state_dict({k: torch.from_numpy(v) for k, v in state.items()},
                         strict=False)
model = nn.Sequential(torch_bn)
model.train()  # this switches the BN layer back to train mode ...
switched_back = torch_bn.training
torch_bn.eval()  # ... so freeze it again after every model.train()

paddle_bn = paddle.nn.BatchNorm2D(2, use_global_stats=True)
paddle_bn.set_state_dict({"weight": state["weight"],
                          "bias": state["bias"],
                          "_mean": state["running_mean"],
                          "_variance": state["running_var"]})
paddle_bn.train()  # stays frozen even in train mode

torch_x = torch.from_numpy(x_np).requires_grad_(True)
torch_y = torch_bn(torch_x)
(torch_y * torch.from_numpy(g_np)).sum().backward()
paddle_x = paddle.to_tensor(x_np, stop_gradient=False)
paddle_y = paddle_bn(paddle_x)
(paddle_y * paddle.to_tensor(g_np)).sum().backward()

print("weight grad  torch :", np.round(torch_bn.weight.grad.numpy(), 4))
print("             paddle:", np.round(paddle_bn.weight.grad.numpy(), 4))
print("running mean still :", np.round(paddle_bn._mean.numpy(), 4))

# Checks: same output; the same gradients for the input, weight and
# bias; neither framework touched its running statistics.
assert switched_back
np.testing.assert_allclose(paddle_y.numpy(), torch_y.detach().numpy(),
                           **tol)
np.testing.assert_allclose(paddle_x.grad.numpy(), torch_x.grad.numpy(),
                           **tol)
for name in ["weight", "bias"]:
    np.testing.assert_allclose(getattr(paddle_bn, name).grad.numpy(),
                               getattr(torch_bn, name).grad.numpy(),
                               **tol, err_msg=name)
np.testing.assert_array_equal(torch_bn.running_mean.numpy(),
                              state["running_mean"])
np.testing.assert_array_equal(paddle_bn._mean.numpy(),
                              state["running_mean"])
np.testing.assert_array_equal(torch_bn.running_var.numpy(),
                              state["running_var"])
np.testing.assert_array_equal(paddle_bn._variance.numpy(),
                              state["running_var"])
