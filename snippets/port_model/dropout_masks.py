"""Dropout: the same scaling in both frameworks, different masks."""
import numpy as np
import paddle
import torch

p = 0.2
x = np.ones((4, 32), dtype=np.float32)
torch.manual_seed(0)
paddle.seed(0)  # the same seed does not give the same mask
torch_y = torch.nn.Dropout(p)(torch.from_numpy(x)).numpy()
paddle_y = paddle.nn.Dropout(p)(paddle.to_tensor(x)).numpy()

print("values kept (torch, paddle):", np.unique(torch_y),
      np.unique(paddle_y))
print("positions dropped by one framework only:",
      int(((torch_y == 0) != (paddle_y == 0)).sum()), "of", x.size)

# Checks
# training mode: zero or x / (1 - p), in both (Paddle's default mode is
# "upscale_in_train", the same rule as PyTorch)
for y in (torch_y, paddle_y):
    assert set(np.unique(y)) <= {0.0, np.float32(1 / (1 - p))}
assert ((torch_y == 0) != (paddle_y == 0)).any()
# evaluation mode: the identity, in both
drop = torch.nn.Dropout(p).eval()
assert np.array_equal(drop(torch.from_numpy(x)).numpy(), x)
drop = paddle.nn.Dropout(p)
drop.eval()
assert np.array_equal(drop(paddle.to_tensor(x)).numpy(), x)
