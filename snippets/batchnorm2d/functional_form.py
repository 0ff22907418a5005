# The functions beside the layers: the caller owns the running statistics
# and the scale and shift, and passes them in on every call.
import warnings

import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F

warnings.filterwarnings("ignore", message="When training")
rtol, atol = 1e-5, 1e-5
x = np.random.default_rng(0).standard_normal((4, 3, 5, 5)).astype("float32")

# PyTorch: momentum 0.1 is the new batch's weight, as in the layer.
torch_mean, torch_var = torch.zeros(3), torch.ones(3)
torch_y = F.batch_norm(torch.from_numpy(x), torch_mean, torch_var,
                       training=True, momentum=0.1, eps=1e-5)
# Paddle: momentum 0.9 is the old estimate's weight; epsilon, not eps.
paddle_mean, paddle_var = paddle.zeros([3]), paddle.ones([3])
paddle_y = PF.batch_norm(paddle.to_tensor(x), paddle_mean, paddle_var,
                         training=True, momentum=0.9, epsilon=1e-5)
print("torch running mean: ", torch_mean.numpy().round(4))
print("paddle running mean:", paddle_mean.numpy().round(4))

# Checks
layer = torch.nn.BatchNorm2d(3)
np.testing.assert_array_equal(torch_y.numpy(),
                              layer(torch.from_numpy(x)).detach().numpy())
np.testing.assert_allclose(paddle_y.numpy(), torch_y.numpy(),
                           rtol=rtol, atol=atol)
# Both update the tensors they were given, in place.
np.testing.assert_allclose(torch_mean.numpy(), 0.1 * x.mean((0, 2, 3)),
                           rtol=rtol, atol=atol)
np.testing.assert_allclose(paddle_mean.numpy(), torch_mean.numpy(),
                           rtol=rtol, atol=atol)
# Both default to training=False: the running statistics are used.
for y, mean, var in (
        (F.batch_norm(torch.from_numpy(x), torch_mean, torch_var),
         torch_mean.numpy(), torch_var.numpy()),
        (PF.batch_norm(paddle.to_tensor(x), paddle_mean, paddle_var),
         paddle_mean.numpy(), paddle_var.numpy())):
    want = (x - mean[:, None, None]) / np.sqrt(var[:, None, None] + 1e-5)
    np.testing.assert_allclose(y.numpy(), want, rtol=rtol, atol=atol)
