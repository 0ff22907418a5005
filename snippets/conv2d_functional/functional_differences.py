# The padding each function accepts, padding_mode and data_format.
import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F

rtol, atol = 1e-5, 1e-5  # float32 sums in different orders
rng = np.random.default_rng(0)
x = rng.standard_normal((1, 2, 9, 10)).astype(np.float32)
weight = rng.standard_normal((3, 2, 3, 3)).astype(np.float32)
torch_x, torch_w = torch.from_numpy(x), torch.from_numpy(weight)
paddle_x, paddle_w = paddle.to_tensor(x), paddle.to_tensor(weight)


def refused(call, error):
    """The name of `error` if call() raises it, else None."""
    try:
        call()
    except error:
        return error.__name__
    return None


# Strided 'same' and four padding numbers: Paddle only.
torch_refusals = []
for padding, stride in (("same", 2), ([1, 2, 0, 1], 1)):
    y = PF.conv2d(paddle_x, paddle_w, stride=stride, padding=padding)
    torch_refusals.append(refused(lambda: F.conv2d(
        torch_x, torch_w, stride=stride, padding=padding), RuntimeError))
    print(f"padding={padding!r}, stride={stride}: "
          f"paddle {list(y.shape)}, torch {torch_refusals[-1]}")

# 'same' with dilation 2: Paddle's function, like its layer, runs the
# kernel undilated; PyTorch's keeps the dilation.
paddle_same = PF.conv2d(paddle_x, paddle_w, padding="same", dilation=2)
paddle_plain = PF.conv2d(paddle_x, paddle_w, padding="same")
torch_same = F.conv2d(torch_x, torch_w, padding="same", dilation=2)
torch_explicit = F.conv2d(torch_x, torch_w, padding=2, dilation=2)
print("'same', dilation=2: paddle = its dilation=1 result, torch dilated")

# padding_mode belongs to the layers: both functions refuse it.
mode_refusals = [
    refused(lambda: F.conv2d(torch_x, torch_w, padding=1,
                             padding_mode="reflect"), TypeError),
    refused(lambda: PF.conv2d(paddle_x, paddle_w, padding=1,
                              padding_mode="reflect"), TypeError)]
print("padding_mode='reflect': torch", mode_refusals[0],
      "paddle", mode_refusals[1])

# data_format: Paddle's function reads channels-last input too.
y_nhwc = PF.conv2d(paddle.to_tensor(x.transpose(0, 2, 3, 1)), paddle_w,
                   data_format="NHWC")
print("paddle NHWC:", list(y_nhwc.shape))

# Checks
assert torch_refusals == ["RuntimeError", "RuntimeError"]
np.testing.assert_allclose(paddle_same.numpy(), paddle_plain.numpy(),
                           rtol=rtol, atol=atol)
np.testing.assert_allclose(torch_same.numpy(), torch_explicit.numpy(),
                           rtol=rtol, atol=atol)
assert not np.allclose(paddle_same.numpy(), torch_same.numpy(), atol=1e-3)
assert mode_refusals == ["TypeError", "TypeError"]
torch_y = F.conv2d(torch_x, torch_w)
np.testing.assert_allclose(y_nhwc.numpy().transpose(0, 3, 1, 2),
                           torch_y.numpy(), rtol=rtol, atol=atol)
