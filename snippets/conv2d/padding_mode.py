# padding_mode decides what the padded border holds. Both frameworks know
# the same four modes and agree on them; they differ in what padding
# values a non-zero mode accepts.
import numpy as np
import paddle
import torch
import torch.nn.functional as F
from torch import nn

rtol, atol = 1e-5, 1e-5  # float32 sums in another order
rng = np.random.default_rng(0)
x = rng.standard_normal((1, 2, 6, 7)).astype(np.float32)
weight = rng.standard_normal((3, 2, 3, 3)).astype(np.float32)
torch_x, paddle_x = torch.from_numpy(x), paddle.to_tensor(x)

outputs = {}  # mode -> (torch, paddle, F.pad then an unpadded conv)
for mode in ("zeros", "reflect", "replicate", "circular"):
    torch_conv = nn.Conv2d(2, 3, 3, padding=1, padding_mode=mode,
                           bias=False)
    paddle_conv = paddle.nn.Conv2D(2, 3, 3, padding=1, padding_mode=mode,
                                   bias_attr=False)
    with torch.no_grad():
        torch_conv.weight.copy_(torch.from_numpy(weight))
    paddle_conv.weight.set_value(weight)
    pad_mode = "constant" if mode == "zeros" else mode
    padded = F.pad(torch_x, (1, 1, 1, 1), mode=pad_mode)
    outputs[mode] = (torch_conv(torch_x).detach().numpy(),
                     paddle_conv(paddle_x).numpy(),
                     F.conv2d(padded, torch.from_numpy(weight)).numpy())
    print(f"{mode:10} y[0, 0, 0, :3] =",
          np.round(outputs[mode][0][0, 0, 0, :3], 4))

# PyTorch combines a non-zero mode with a tuple or 'same'.
y = nn.Conv2d(2, 3, 3, padding=(1, 2), padding_mode="reflect")(torch_x)
print("torch  (1, 2) + reflect:", list(y.shape))
y = nn.Conv2d(2, 3, 3, padding="same", padding_mode="reflect")(torch_x)
print("torch  'same' + reflect:", list(y.shape))
# Paddle takes only an int there.
refused = []
for padding in ([1, 2], "same", "valid"):
    try:
        paddle.nn.Conv2D(2, 3, 3, padding=padding, padding_mode="reflect")
    except TypeError:
        refused.append(padding)
        print(f"paddle {padding!r} + reflect: TypeError (int only)")

# Checks: the frameworks agree; each mode is F.pad, then no padding.
for mode, (torch_y, paddle_y, by_hand) in outputs.items():
    np.testing.assert_allclose(torch_y, paddle_y, rtol=rtol, atol=atol)
    np.testing.assert_allclose(torch_y, by_hand, rtol=rtol, atol=atol)
assert refused == [[1, 2], "same", "valid"], refused
