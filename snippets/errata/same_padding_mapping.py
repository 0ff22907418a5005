"""padding='same' is not the same argument in both frameworks: PyTorch
refuses it with a stride, and Paddle drops the dilation."""
import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F

rng = np.random.default_rng(0)
x_np = rng.standard_normal((1, 2, 9, 10)).astype(np.float32)
w_np = rng.standard_normal((3, 2, 3, 3)).astype(np.float32)
torch_x, torch_w = torch.from_numpy(x_np), torch.from_numpy(w_np)
paddle_x, paddle_w = paddle.to_tensor(x_np), paddle.to_tensor(w_np)

# With stride 2: Paddle pads, PyTorch raises.
paddle_y = PF.conv2d(paddle_x, paddle_w, stride=2, padding="same")
try:
    F.conv2d(torch_x, torch_w, stride=2, padding="same")
except RuntimeError:
    print(f"stride 2: paddle {list(paddle_y.shape)}, torch RuntimeError")
else:
    raise AssertionError("PyTorch accepted 'same' with stride 2")

# With dilation 2: same shape, different numbers.
torch_y = F.conv2d(torch_x, torch_w, padding="same", dilation=2).numpy()
paddle_y = PF.conv2d(paddle_x, paddle_w, padding="same",
                     dilation=2).numpy()
undilated = PF.conv2d(paddle_x, paddle_w, padding="same").numpy()
explicit = PF.conv2d(paddle_x, paddle_w, padding=2, dilation=2).numpy()
gap = np.abs(torch_y - paddle_y).max()
print(f"dilation 2: shapes {list(torch_y.shape)} and "
      f"{list(paddle_y.shape)}, largest gap {gap:.4f}")
assert torch_y.shape == paddle_y.shape
assert gap > 0.1, f"'same' with dilation agrees ({gap})"
tol = dict(rtol=1e-5, atol=1e-5)
np.testing.assert_allclose(paddle_y, undilated, **tol)  # dilation dropped
np.testing.assert_allclose(explicit, torch_y, **tol)  # the port
print("paddle's result is its dilation=1 result; padding=2 ports it")
