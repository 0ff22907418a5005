# The functions drop by default: training=True in both frameworks. Inside
# a forward method, pass the layer's mode on.
import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F
from torch import nn

p = 0.5
x = np.ones((2, 8), np.float32)


class TorchHead(nn.Module):
    def forward(self, x):
        forgot = F.dropout(x, p)  # always training=True
        right = F.dropout(x, p, training=self.training)
        return forgot, right


class PaddleHead(paddle.nn.Layer):
    def forward(self, x):
        forgot = PF.dropout(x, p)  # always training=True
        right = PF.dropout(x, p, training=self.training)
        return forgot, right


torch.manual_seed(0)
paddle.seed(0)
torch_head, paddle_head = TorchHead().eval(), PaddleHead()
paddle_head.eval()
torch_forgot, torch_right = torch_head(torch.from_numpy(x))
paddle_forgot, paddle_right = paddle_head(paddle.to_tensor(x))
print("evaluation mode, x = 1:")
print("  torch  F.dropout(x, p)                  ",
      torch_forgot[0].numpy())
print("  torch  F.dropout(x, p, training=...)    ", torch_right[0].numpy())
print("  paddle PF.dropout(x, p)                 ",
      paddle_forgot[0].numpy())
print("  paddle PF.dropout(x, p, training=...)   ",
      paddle_right[0].numpy())

# Checks
for forgot, right in ((torch_forgot.numpy(), torch_right.numpy()),
                      (paddle_forgot.numpy(), paddle_right.numpy())):
    assert (forgot == 0).any(), "dropped nothing in evaluation mode"
    np.testing.assert_array_equal(right, x)
