# Segmentation logits [N, C, H, W]: PyTorch takes the classes from axis
# 1, Paddle's CrossEntropyLoss from the last axis unless told axis=1.
import numpy as np
import paddle
import torch
from torch import nn

rng = np.random.default_rng(1)
x = rng.standard_normal((2, 3, 4, 5)).astype(np.float32)  # N, C, H, W
y = rng.integers(0, 3, (2, 4, 5))  # a class per pixel
torch_loss = nn.CrossEntropyLoss()(torch.from_numpy(x),
                                   torch.from_numpy(y)).item()
try:
    paddle.nn.CrossEntropyLoss()(paddle.to_tensor(x), paddle.to_tensor(y))
except ValueError as error:
    refusal = str(error).splitlines()[0]
    print("paddle.nn.CrossEntropyLoss():", refusal[:64], "...")
paddle_loss = paddle.nn.CrossEntropyLoss(axis=1)(
    paddle.to_tensor(x), paddle.to_tensor(y)).item()
print(f"PyTorch: {torch_loss:.6f}, Paddle with axis=1: {paddle_loss:.6f}")

# With C == H == W the default axis is not refused: it is the wrong one.
x_square = rng.standard_normal((2, 4, 4, 4)).astype(np.float32)
y_square = rng.integers(0, 4, (2, 4, 4))
torch_square = nn.CrossEntropyLoss()(torch.from_numpy(x_square),
                                     torch.from_numpy(y_square)).item()
paddle_square = {axis: paddle.nn.CrossEntropyLoss(axis=axis)(
    paddle.to_tensor(x_square), paddle.to_tensor(y_square)).item()
    for axis in (-1, 1)}
print(f"C = H = W = 4: PyTorch {torch_square:.6f}, Paddle default "
      f"{paddle_square[-1]:.6f}, axis=1 {paddle_square[1]:.6f}")
wrong_axis_gap = abs(paddle_square[-1] - torch_square)

# Checks: every reduction, weights and an ignored pixel, over N-D shapes
# with 1 to 3 spatial axes; labels [N, H, W] or [N, 1, H, W] in Paddle.
w = np.array([0.5, 1.0, 2.0], np.float32)
for shape in [(2, 3, 4), (2, 3, 4, 5), (1, 3, 2, 3, 2)]:
    xs = rng.standard_normal(shape).astype(np.float32)
    ys = rng.integers(0, 3, (shape[0], *shape[2:]))
    ys.flat[0] = 1  # not every pixel ignored
    ys.flat[-1] = 2
    for reduction in ("none", "mean", "sum"):
        for weight in (None, w):
            torch_kw = {} if weight is None else {
                "weight": torch.from_numpy(weight)}
            paddle_kw = {} if weight is None else {
                "weight": paddle.to_tensor(weight)}
            want = nn.CrossEntropyLoss(
                reduction=reduction, ignore_index=2, **torch_kw)(
                torch.from_numpy(xs), torch.from_numpy(ys)).numpy()
            for labels in (ys, np.expand_dims(ys, 1)):
                got = paddle.nn.CrossEntropyLoss(
                    reduction=reduction, ignore_index=2, axis=1,
                    **paddle_kw)(paddle.to_tensor(xs),
                                 paddle.to_tensor(labels)).numpy()
                np.testing.assert_allclose(got.reshape(want.shape), want,
                                           1e-5, 1e-6)
np.testing.assert_allclose(paddle_loss, torch_loss, 1e-5, 1e-6)
np.testing.assert_allclose(paddle_square[1], torch_square, 1e-5, 1e-6)
assert "same shape in dimensions except axis" in refusal
assert wrong_axis_gap > 1e-3  # far above float32 rounding
