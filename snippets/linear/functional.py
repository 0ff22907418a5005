# The function beside the layer: the weight is passed in, in the
# layout of each framework.
import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F

rtol, atol = 1e-5, 1e-5  # float32 sums, added in another order
rng = np.random.default_rng(0)
x = rng.standard_normal((2, 4)).astype(np.float32)
weight = rng.standard_normal((3, 4)).astype(np.float32)  # [out, in]
bias = rng.standard_normal(3).astype(np.float32)

torch_y = F.linear(torch.from_numpy(x), torch.from_numpy(weight),
                   torch.from_numpy(bias)).numpy()
paddle_y = PF.linear(paddle.to_tensor(x), paddle.to_tensor(weight.T),
                     paddle.to_tensor(bias)).numpy()
compat_y = paddle.compat.nn.functional.linear(
    paddle.to_tensor(x), paddle.to_tensor(weight),
    paddle.to_tensor(bias)).numpy()
print("y[0] from")
print("  F.linear(x, W, b)                          ", torch_y[0].round(4))
print("  paddle.nn.functional.linear(x, W.T, b)     ", paddle_y[0].round(4))
print("  paddle.compat.nn.functional.linear(x, W, b)", compat_y[0].round(4))

# Paddle's function with PyTorch's [out, in] weight: a shape error.
try:
    PF.linear(paddle.to_tensor(x), paddle.to_tensor(weight))
    refused = False
except ValueError as error:
    refused = True
    print("paddle.nn.functional.linear(x, W, b): ValueError,",
          str(error).split(",")[0])

# The layer is the function with its own parameters.
paddle.seed(0)
linear = paddle.nn.Linear(4, 3)
layer_y = linear(paddle.to_tensor(x)).numpy()
function_y = PF.linear(paddle.to_tensor(x), linear.weight,
                       linear.bias).numpy()

# Checks
np.testing.assert_allclose(paddle_y, torch_y, rtol=rtol, atol=atol)
np.testing.assert_allclose(compat_y, torch_y, rtol=rtol, atol=atol)
assert refused, "an [out, in] weight should not fit Paddle's function"
np.testing.assert_array_equal(layer_y, function_y)
