# Unpooling puts each pooled maximum back where its index says, zeros
# elsewhere. PyTorch takes output_size when the layer is called,
# Paddle when it is built.
import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F
from torch import nn

rng = np.random.default_rng(0)
x = rng.permutation(63).reshape(1, 1, 7, 9).astype(np.float32)
torch_y, torch_i = F.max_pool2d(torch.from_numpy(x), 2,
                                return_indices=True)
paddle_y, paddle_i = PF.max_pool2d(paddle.to_tensor(x), 2,
                                   return_mask=True)
torch_x = nn.MaxUnpool2d(2)(torch_y, torch_i, output_size=x.shape)
# Paddle's int32 indices go in unchanged.
paddle_x = paddle.nn.MaxUnPool2D(2, output_size=x.shape)(paddle_y,
                                                         paddle_i)
print("unpooled[0, 0]:\n", torch_x.numpy()[0, 0])
print("same in Paddle:", np.array_equal(paddle_x.numpy(), torch_x.numpy()))

# Without output_size both unpool to (3 - 1) * 2 + 2 = 6 rows and 8
# columns, too small for indices counted on 7 x 9.
for name, unpool in [
        ("PyTorch", lambda: F.max_unpool2d(torch_y, torch_i, 2)),
        ("Paddle", lambda: PF.max_unpool2d(paddle_y, paddle_i, 2))]:
    try:
        unpool()
    except (RuntimeError, ValueError) as error:
        print(f"{name}, no output_size:", type(error).__name__)

# PyTorch's sixth positional argument is output_size, Paddle's
# data_format.
try:
    PF.max_unpool2d(paddle_y, paddle_i, 2, 2, 0, (7, 9))
except ValueError as error:
    print("Paddle, output_size by position:", type(error).__name__)
# PyTorch refuses int32 indices.
try:
    F.max_unpool2d(torch_y, torch.from_numpy(paddle_i.numpy()), 2,
                   output_size=(7, 9))
except RuntimeError as error:
    print("PyTorch, int32 indices:", str(error).split(" but")[0])
# Paddle unpools NCHW input only.
try:
    PF.max_unpool2d(paddle_y, paddle_i, 2, output_size=(7, 9),
                    data_format="NHWC")
except ValueError as error:
    print("Paddle, NHWC:", type(error).__name__)

# Checks: the maxima are back in place, zeros elsewhere, in both; and
# over a grid of windows (strides larger than the kernel, padding) and
# input sizes, unpooling to the input's size gives the same tensor in
# both frameworks, Paddle's int32 indices passed unchanged.
kept = torch_x.numpy() != 0
np.testing.assert_array_equal(torch_x.numpy()[kept], x[kept])
assert kept.sum() == torch_y.numel()
np.testing.assert_array_equal(paddle_x.numpy(), torch_x.numpy())
tried = 0
for k in (1, 2, 3):
    for s in (1, 2, 3, 4):
        for p in range(k // 2 + 1):
            for h, w in [(1, 2), (3, 3), (4, 7), (7, 5)]:
                if h + 2 * p < k or w + 2 * p < k:
                    continue
                x = rng.standard_normal((2, 3, h, w)).astype(np.float32)
                y, i = F.max_pool2d(torch.from_numpy(x), k, s, p,
                                    return_indices=True)
                want = F.max_unpool2d(y, i, k, s, p, output_size=(h, w))
                y, i = PF.max_pool2d(paddle.to_tensor(x), k, s, p,
                                     return_mask=True)
                got = PF.max_unpool2d(y, i, k, s, p, output_size=(h, w))
                np.testing.assert_array_equal(got.numpy(), want.numpy())
                tried += 1
print(f"{tried} settings: the same unpooled tensor")
