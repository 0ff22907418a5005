"""Both frameworks build BatchNorm with a learnable scale (ones) and
shift (zeros) by default; PyTorch needs no affine=True."""
import numpy as np
import paddle
import torch
from torch import nn

torch_bn = nn.BatchNorm2d(2)  # affine left at its default
paddle_bn = paddle.nn.BatchNorm2D(2)
for name, torch_p, paddle_p, want in (
        ("weight", torch_bn.weight, paddle_bn.weight, np.ones(2)),
        ("bias", torch_bn.bias, paddle_bn.bias, np.zeros(2))):
    np.testing.assert_array_equal(torch_p.detach().numpy(), want)
    np.testing.assert_array_equal(paddle_p.numpy(), want)
    assert torch_p.requires_grad, f"torch {name} is not learnable"
    assert not paddle_p.stop_gradient, f"paddle {name} is not learnable"
    print(f"{name}: torch {torch_p.detach().numpy()} learnable, "
          f"paddle {paddle_p.numpy()} learnable")

# affine=True changes nothing: it is the default.
explicit = nn.BatchNorm2d(2, affine=True)
assert torch_bn.affine and explicit.affine
assert torch_bn.state_dict().keys() == explicit.state_dict().keys()
# A fresh scale is not random: two new layers start alike.
np.testing.assert_array_equal(nn.BatchNorm2d(2).weight.detach().numpy(),
                              torch_bn.weight.detach().numpy())
