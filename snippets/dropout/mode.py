# Paddle's mode says where the 1/(1-p) goes. "upscale_in_train" (the
# default, PyTorch's rule) scales while training; "downscale_in_infer"
# keeps x while training and multiplies by (1-p) in evaluation.
import numpy as np
import paddle
import torch
from torch import nn

p = 0.3
rng = np.random.default_rng(0)
x = rng.uniform(1, 2, size=(4, 6)).astype(np.float32)
x_paddle = paddle.to_tensor(x)

up = paddle.nn.Dropout(p)
down = paddle.nn.Dropout(p, mode="downscale_in_infer")
paddle.seed(0)
up_train = up(x_paddle).numpy()
paddle.seed(0)  # the same seed gives the same mask within Paddle
down_train = down(x_paddle).numpy()
up.eval()
down.eval()
up_eval, down_eval = up(x_paddle).numpy(), down(x_paddle).numpy()
print("x[0]                  ", x[0].round(2))
print("upscale_in_train   train", up_train[0].round(2))
print("downscale_in_infer train", down_train[0].round(2))
print("upscale_in_train   eval ", up_eval[0].round(2))
print("downscale_in_infer eval ", down_eval[0].round(2))

# PyTorch has only upscale_in_train. A model trained with
# downscale_in_infer is the same model times (1-p), in both modes:
# port it as nn.Dropout(p) followed by a multiplication by (1-p).
torch_dropout = nn.Dropout(p)
torch.manual_seed(0)
torch_train = torch_dropout(torch.from_numpy(x)).numpy() * (1 - p)
torch_dropout.eval()
torch_eval = torch_dropout(torch.from_numpy(x)).numpy() * (1 - p)

# Checks
kept = down_train != 0
np.testing.assert_array_equal(down_train[kept], x[kept])  # not scaled
np.testing.assert_allclose(down_train, (1 - p) * up_train, rtol=1e-6)
np.testing.assert_array_equal(up_eval, x)
np.testing.assert_allclose(down_eval, (1 - p) * x, rtol=1e-6)
np.testing.assert_allclose(torch_eval, down_eval, rtol=1e-6)
kept = torch_train != 0  # its own mask, but the same rule as Paddle's
np.testing.assert_allclose(torch_train[kept], x[kept], rtol=1e-6)
