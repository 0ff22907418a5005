"""The reference example: without padding, a 3 x 3 kernel makes the
100 x 100 input smaller; padding=1 keeps its size."""
import paddle
import torch
from torch import nn

claimed = [1, 10, 100, 100]  # what the article printed
torch.manual_seed(0)
paddle.seed(0)
torch_x = torch.randn(1, 5, 100, 100)
paddle_x = paddle.randn([1, 5, 100, 100])
shapes = {}  # output shape per padding

for padding in (0, 1):
    torch_y = nn.Conv2d(5, 10, 3, padding=padding)(torch_x)
    paddle_y = paddle.nn.Conv2D(5, 10, 3, padding=padding)(paddle_x)
    side = (100 + 2 * padding - 3) // 1 + 1  # the output-size formula
    want = [1, 10, side, side]
    assert list(torch_y.shape) == want, f"{torch_y.shape} != {want}"
    assert list(paddle_y.shape) == want, f"{paddle_y.shape} != {want}"
    shapes[padding] = want
    print(f"padding={padding}: torch {list(torch_y.shape)}, "
          f"paddle {list(paddle_y.shape)}")
assert shapes[0] != claimed, "the default padding kept the size"
assert shapes[1] == claimed, "padding=1 did not keep the size"
