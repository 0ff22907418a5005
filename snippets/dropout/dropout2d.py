# nn.Dropout2d drops whole channels: each [H, W] map of each sample is
# kept (and scaled by 1 / (1 - p)) or zeroed as one. Paddle's
# Dropout2D does the same; it has no inplace, but a data_format.
import textwrap
import warnings

import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F
from torch import nn

p = 0.5
rng = np.random.default_rng(0)
x = rng.uniform(1, 2, size=(4, 16, 3, 3)).astype(np.float32)  # N, C, H, W


def channel_rule(x, y, p):
    """Fails unless each map is all 0 or all x / (1 - p); returns the
    share of dropped maps."""
    dropped = (y == 0).all(axis=(2, 3), keepdims=True)
    np.testing.assert_allclose(y, np.where(dropped, 0, x / (1 - p)),
                               rtol=1e-6)
    return dropped.mean()


torch.manual_seed(0)
paddle.seed(0)
outputs = {
    "nn.Dropout2d(p)": nn.Dropout2d(p)(torch.from_numpy(x)).numpy(),
    "F.dropout2d(x, p)": F.dropout2d(torch.from_numpy(x), p).numpy(),
    "paddle.nn.Dropout2D(p)": paddle.nn.Dropout2D(p)(
        paddle.to_tensor(x)).numpy(),
    "PF.dropout2d(x, p)": PF.dropout2d(paddle.to_tensor(x), p).numpy(),
    # NHWC: the channels are the last axis
    "Dropout2D(p, data_format='NHWC')": paddle.nn.Dropout2D(
        p, data_format="NHWC")(paddle.to_tensor(x.transpose(0, 2, 3, 1)))
    .numpy().transpose(0, 3, 1, 2),
}
shares = {}
for name, y in outputs.items():
    shares[name] = channel_rule(x, y, p)
    print(f"{name:33} whole channels; dropped {shares[name]:.2f}")

# inplace: Paddle has none, and a positional True lands in data_format.
try:
    PF.dropout2d(paddle.to_tensor(x), p, True, True)
    positional_inplace = None
except ValueError as error:
    positional_inplace = type(error).__name__
print("PF.dropout2d(x, p, True, True):", positional_inplace)
paddle_x = paddle.to_tensor(x)
paddle.assign(PF.dropout2d(paddle_x, p), paddle_x)  # the inplace port

# A 3-D input: PyTorch warns and drops channels of [N, C, L]; Paddle's
# dropout2d wants 4-D.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    F.dropout2d(torch.from_numpy(x[0]), p)
print("F.dropout2d on 3-D input warns:")
print(textwrap.fill(str(caught[0].message), 66, initial_indent="  ",
                    subsequent_indent="  "))
try:
    PF.dropout2d(paddle.to_tensor(x[0]), p)
    three_d = None
except ValueError as error:
    three_d = type(error).__name__
print("PF.dropout2d on 3-D input:", three_d)

# Checks: the rule held for each call above (channel_rule); the dropped
# share of the N * C maps is within five standard deviations of p;
# evaluation mode passes x in both; the inplace port overwrote x by the
# rule.
maps = x.shape[0] * x.shape[1]
share_atol = 5 * np.sqrt(p * (1 - p) / maps)
assert all(abs(share - p) < share_atol for share in shares.values())
torch_eval = nn.Dropout2d(p).eval()(torch.from_numpy(x)).numpy()
paddle_layer = paddle.nn.Dropout2D(p)
paddle_layer.eval()
np.testing.assert_array_equal(torch_eval, x)
np.testing.assert_array_equal(paddle_layer(paddle.to_tensor(x)).numpy(), x)
channel_rule(x, paddle_x.numpy(), p)
assert positional_inplace == "ValueError" and three_d == "ValueError"
assert "3D input" in str(caught[0].message)
