# inplace=True in PyTorch overwrites the input to save memory. Paddle's
# activation layers, except SiLU, have no such argument; its in-place
# functions end in an underscore, such as paddle.nn.functional.relu_,
# and some are missing. Dropping inplace keeps the output, not the input:
# code that reads x after the call would see the old values. The port
# that keeps the behaviour writes the output back with paddle.assign.
import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
from torch import nn

x = np.array([-2.0, -1.0, 0.0, 1.0, 2.0], dtype=np.float32)
torch_x = torch.from_numpy(x.copy())
torch_y = nn.ReLU(inplace=True)(torch_x)
print("PyTorch, ReLU(inplace=True): input is now", torch_x.numpy())
try:
    paddle.nn.ReLU(inplace=True)
except TypeError as error:
    print("paddle.nn.ReLU(inplace=True):", type(error).__name__)
paddle_x = paddle.to_tensor(x)
PF.relu_(paddle_x)
print("Paddle, F.relu_(x): input is now", paddle_x.numpy())
underscored = {name: hasattr(PF, name + "_") for name in (
    "relu", "leaky_relu", "hardtanh", "elu", "thresholded_relu", "relu6",
    "hardswish", "selu", "mish", "hardsigmoid")}
print("paddle.nn.functional has", [n + "_" for n, u in underscored.items()
                                   if u])
print("  but not", [n + "_" for n, u in underscored.items() if not u])
try:
    PF.elu_(paddle.to_tensor(x), alpha=-0.5)  # PyTorch's F.elu_ takes it
    elu_refusal = None
except AssertionError as error:
    elu_refusal = type(error).__name__
print("PF.elu_(x, alpha=-0.5):", elu_refusal)

# Dropped inplace: the output is right, the input is not overwritten.
dropped_x = paddle.to_tensor(x)
paddle.nn.ReLU6()(dropped_x)
print("Paddle, ReLU6() without inplace: input is still", dropped_x.numpy())

# The port of each layer with inplace=True: write the output back.
ported = {}
LAYERS = ("ReLU", "ReLU6", "LeakyReLU", "Hardswish", "Hardtanh", "ELU",
          "SELU", "Mish", "Hardsigmoid")
for name in LAYERS:
    t_x = torch.from_numpy(x * 4)
    t_y = getattr(nn, name)(inplace=True)(t_x)
    p_x = paddle.to_tensor(x * 4)
    p_y = paddle.assign(getattr(paddle.nn, name)()(p_x), p_x)
    ported[name] = (t_x.numpy(), t_y.numpy(), p_x.numpy(), p_y.numpy())
print("paddle.assign(layer(x), x): x now holds the output, as in PyTorch")

# Checks
assert [n for n, u in underscored.items() if u] == [
    "relu", "leaky_relu", "hardtanh", "elu", "thresholded_relu"]
assert elu_refusal == "AssertionError"
assert torch_y.data_ptr() == torch_x.data_ptr()  # the same memory
np.testing.assert_array_equal(dropped_x.numpy(), x)  # not overwritten
for name, (t_x, t_y, p_x, p_y) in ported.items():
    np.testing.assert_array_equal(t_x, t_y)  # PyTorch overwrote x
    np.testing.assert_allclose(p_x, t_x, 1e-6, 1e-6, err_msg=name)
    np.testing.assert_allclose(p_y, t_y, 1e-6, 1e-6, err_msg=name)
np.testing.assert_array_equal(paddle_x.numpy(), np.maximum(x, 0))
for name in LAYERS[1:]:
    try:
        getattr(paddle.nn, name)(inplace=True)
        raise AssertionError(f"{name} took inplace")
    except TypeError:
        pass
silu_x = paddle.to_tensor(x)
paddle.nn.SiLU(inplace=True)(silu_x)
np.testing.assert_allclose(silu_x.numpy(), x / (1 + np.exp(-x)), 1e-5, 1e-6)
