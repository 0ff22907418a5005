# padding_mode decides what the padded border holds. Both frameworks know
# the same four modes and agree on them; they differ in what padding
# values a non-zero mode accepts.
import numpy as np
import paddle
import torch
import torch.nn.functional as F
from torch import nn

rng = np.random.default_rng(0)
x = rng.standard_normal((1, 2, 6, 7)).astype(np.float32)
weight = rng.standard_normal((3, 2, 3, 3)).astype(np.float32)
torch_x, paddle_x = torch.from_numpy(x), paddle.to_tensor(x)

for mode in ("zeros", "reflect", "replicate", "circular"):
    torch_conv = nn.Conv2d(2, 3, 3, padding=1, padding_mode=mode,
                           bias=False)
    paddle_conv = paddle.nn.Conv2D(2, 3, 3, padding=1, padding_mode=mode,
                                   bias_attr=False)
    with torch.no_grad():
        torch_conv.weight.copy_(torch.from_numpy(weight))
    paddle_conv.weight.set_value(weight)
    torch_y = torch_conv(torch_x).detach().numpy()
    paddle_y = paddle_conv(paddle_x).numpy()
    np.testing.assert_allclose(torch_y, paddle_y, rtol=1e-5, atol=1e-5)

    # The mode is the F.pad mode of the border, then an unpadded conv.
    pad_mode = "constant" if mode == "zeros" else mode
    padded = F.pad(torch_x, (1, 1, 1, 1), mode=pad_mode)
    by_hand = F.conv2d(padded, torch.from_numpy(weight)).numpy()
    np.testing.assert_allclose(torch_y, by_hand, rtol=1e-5, atol=1e-5)
    print(f"{mode:10} y[0, 0, 0, :3] =", np.round(torch_y[0, 0, 0, :3], 4))

# PyTorch combines a non-zero mode with a tuple or 'same'.
y = nn.Conv2d(2, 3, 3, padding=(1, 2), padding_mode="reflect")(torch_x)
print("torch  (1, 2) + reflect:", list(y.shape))
y = nn.Conv2d(2, 3, 3, padding="same", padding_mode="reflect")(torch_x)
print("torch  'same' + reflect:", list(y.shape))
# Paddle takes only an int there.
for padding in ([1, 2], "same"):
    try:
        paddle.nn.Conv2D(2, 3, 3, padding=padding, padding_mode="reflect")
    except TypeError:
        print(f"paddle {padding!r} + reflect: TypeError (int only)")
    else:
        raise AssertionError(f"paddle accepted {padding!r} with reflect")
