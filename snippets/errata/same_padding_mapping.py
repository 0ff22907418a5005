"""padding='same' is not the same argument in both frameworks: PyTorch
refuses it with a stride, and Paddle drops the dilation. The port: the
total d * (k - 1) as numbers, the odd pixel (if any) at the bottom and
right, as PyTorch pads."""
import warnings

import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F

# PyTorch warns that 'same' with an even kernel may copy the input to
# pad it; the copy costs time, not correctness.
warnings.filterwarnings("ignore", message="Using padding='same' with even")
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


def port(k, d):
    """PyTorch's 'same' padding as Paddle numbers."""
    total = d * (k - 1)
    if total % 2 == 0:
        return total // 2
    return [total // 2, total - total // 2] * 2  # top, bottom, left, right


# Over even and odd kernels and dilations: d * (k - 1) / 2 ports it when
# d * (k - 1) is even; when it is odd, only the uneven four numbers do.
uneven = []
for k in range(1, 6):
    for d in range(1, 4):
        w = torch.from_numpy(rng.standard_normal((3, 2, k, k),
                                                 dtype=np.float32))
        want = F.conv2d(torch_x, w, padding="same", dilation=d).numpy()
        got = PF.conv2d(paddle_x, paddle.to_tensor(w.numpy()),
                        padding=port(k, d), dilation=d).numpy()
        np.testing.assert_allclose(got, want, **tol)
        if d * (k - 1) % 2:
            uneven.append((k, d))
            half = PF.conv2d(paddle_x, paddle.to_tensor(w.numpy()),
                             padding=d * (k - 1) // 2, dilation=d)
            assert list(half.shape) != list(want.shape), (k, d)
print("kernel, dilation with d(k - 1) odd (four numbers):", uneven)
assert uneven == [(k, d) for k in (2, 4) for d in (1, 3)]
