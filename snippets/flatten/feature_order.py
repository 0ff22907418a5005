# Flatten reads the axes in the order they come. A channels-last (NHWC)
# Paddle model flattens (h, w, c); PyTorch's NCHW flattens (c, h, w). The
# fully connected layer after the flatten sees its inputs in another
# order, so porting its weight takes a reordering as well as a transpose.
import numpy as np
import paddle
import torch
from torch import nn

rtol, atol = 1e-5, 1e-5  # float32 sums, added in another order
c, h, w, out = 3, 2, 2, 4
paddle.seed(0)
rng = np.random.default_rng(0)
x_nchw = rng.standard_normal((1, c, h, w)).astype(np.float32)
x_nhwc = x_nchw.transpose(0, 2, 3, 1)
print("NCHW flattened:", x_nchw.reshape(-1)[:6].round(2), "...")
print("NHWC flattened:", x_nhwc.reshape(-1)[:6].round(2), "...")

# A trained Paddle head on NHWC features: Flatten, then Linear.
paddle_head = paddle.nn.Sequential(paddle.nn.Flatten(),
                                   paddle.nn.Linear(h * w * c, out))
paddle_y = paddle_head(paddle.to_tensor(x_nhwc)).numpy()
weight = paddle_head[1].weight.numpy()  # [h*w*c, out], rows in (h, w, c)
bias = paddle_head[1].bias.numpy()

# Its PyTorch port on NCHW features.
torch_head = nn.Sequential(nn.Flatten(), nn.Linear(c * h * w, out))
x = torch.from_numpy(x_nchw)


def port(torch_weight):
    with torch.no_grad():
        torch_head[1].weight.copy_(torch.from_numpy(torch_weight))
        torch_head[1].bias.copy_(torch.from_numpy(bias))
        return torch_head(x).numpy()


only_transposed = port(np.ascontiguousarray(weight.T))
# Reorder the rows from (h, w, c) to (c, h, w), then transpose.
reordered = weight.reshape(h, w, c, out).transpose(2, 0, 1, 3)
torch_y = port(np.ascontiguousarray(reordered.reshape(c * h * w, out).T))
order_gap = np.abs(only_transposed - paddle_y).max()
print(f"transposed only:       max |torch y - paddle y| = {order_gap:.4f}")
print(f"reordered, transposed: y equal within rtol={rtol:g}, "
      f"atol={atol:g}:", np.allclose(torch_y, paddle_y, rtol=rtol,
                                      atol=atol))

# Checks
np.testing.assert_allclose(torch_y, paddle_y, rtol=rtol, atol=atol)
assert order_gap > 100 * atol, "the order of the features did not matter"
