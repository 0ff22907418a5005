# ceil_mode=True rounds the output size up, so a last, partial window
# covers the rest of the input. With padding the frameworks disagree on
# whether that last window exists.
import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F

x = np.arange(25, dtype=np.float32).reshape(1, 1, 5, 5)
floor_y = F.max_pool2d(torch.from_numpy(x), 2, 2)
ceil_y = F.max_pool2d(torch.from_numpy(x), 2, 2, ceil_mode=True)
print("x[0, 0]:\n", x[0, 0])
print("kernel 2, stride 2: ceil_mode=False", list(floor_y.shape),
      "True", list(ceil_y.shape))
print("ceil_mode=True, last column:", ceil_y.numpy()[0, 0, :, -1])

torch_y = F.max_pool2d(torch.from_numpy(x), 2, 2, 1, ceil_mode=True)
paddle_y = PF.max_pool2d(paddle.to_tensor(x), 2, 2, 1, ceil_mode=True)
print("padding 1 as well:")
print("PyTorch:\n", torch_y.numpy()[0, 0])
print("Paddle:\n", paddle_y.numpy()[0, 0])
lowest = np.finfo(np.float32).min  # what Paddle's empty windows hold

# The port: cut Paddle's output to PyTorch's size; with indices, cut
# both tensors.
h, w = torch_y.shape[2:]
paddle_port = paddle_y[:, :, :h, :w]
torch_i = F.max_pool2d(torch.from_numpy(x), 2, 2, 1, ceil_mode=True,
                       return_indices=True)[1]
paddle_i = PF.max_pool2d(paddle.to_tensor(x), 2, 2, 1, ceil_mode=True,
                         return_mask=True)[1][:, :, :h, :w]
print("indices, cut:", (paddle_i.numpy() == torch_i.numpy()).all())

# Checks: without padding (stride = kernel) both agree, and the partial window holds the
# last column; with padding, Paddle's extra row and column are empty.
paddle_ceil = PF.max_pool2d(paddle.to_tensor(x), 2, 2, ceil_mode=True)
np.testing.assert_array_equal(paddle_ceil.numpy(), ceil_y.numpy())
assert floor_y.shape[-1] == 2 and ceil_y.shape[-1] == 3
np.testing.assert_array_equal(ceil_y.numpy()[0, 0, :, -1],
                              x[0, 0, 1::2, -1].tolist() + [24])
assert (paddle_y.numpy()[0, 0, -1] == lowest).all()
np.testing.assert_array_equal(paddle_port.numpy(), torch_y.numpy())
np.testing.assert_array_equal(paddle_i.numpy(), torch_i.numpy())
