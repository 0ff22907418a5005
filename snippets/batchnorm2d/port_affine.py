"""affine / bias in PyTorch versus weight_attr / bias_attr in Paddle."""
import warnings

import numpy as np
import paddle
import torch
from torch import nn

# Paddle warns on each training-mode call that it tracks running
# statistics; that is expected here.
warnings.filterwarnings("ignore", message="When training, we now")

rng = np.random.default_rng(8)
x_np = rng.normal(1.0, 2.0, size=(4, 2, 3, 3)).astype(np.float32)
g_np = rng.normal(size=x_np.shape).astype(np.float32)  # upstream grad
lr = 0.1
tol = dict(rtol=1e-5, atol=1e-5)


def torch_step(bn):
    """Train-mode output, input gradient, and the output after one SGD
    step on the loss sum(y * g)."""
    x = torch.from_numpy(x_np).requires_grad_(True)
    y = bn(x)
    (y * torch.from_numpy(g_np)).sum().backward()
    with torch.no_grad():
        for p in bn.parameters():
            if p.requires_grad:
                p -= lr * p.grad
    y_next = bn(torch.from_numpy(x_np))
    return y.detach().numpy(), x.grad.numpy(), y_next.detach().numpy()


def paddle_step(bn):
    x = paddle.to_tensor(x_np, stop_gradient=False)
    y = bn(x)
    (y * paddle.to_tensor(g_np)).sum().backward()
    paddle.optimizer.SGD(lr, parameters=bn.parameters()).step()
    y_next = bn(paddle.to_tensor(x_np))
    return y.numpy(), x.grad.numpy(), y_next.numpy()


no_lr = paddle.ParamAttr(learning_rate=0.0)  # present, never updated
frozen = nn.BatchNorm2d(2)  # a frozen weight: no constructor argument
frozen.weight.requires_grad_(False)
BN = paddle.nn.BatchNorm2D
cases = {  # PyTorch | Paddle: (torch layer, paddle layer)
    "affine=False | weight_attr=False, bias_attr=False":
        (nn.BatchNorm2d(2, affine=False),
         BN(2, weight_attr=False, bias_attr=False)),
    # bias_attr=False drops the bias, but then Paddle computes no
    # gradient for the weight either, so the weight never learns.
    "bias=False | bias_attr=False":
        (nn.BatchNorm2d(2, bias=False), BN(2, bias_attr=False)),
    "bias=False | bias_attr=ParamAttr(learning_rate=0.0)":
        (nn.BatchNorm2d(2, bias=False), BN(2, bias_attr=no_lr)),
    "frozen weight | weight_attr=ParamAttr(learning_rate=0.0)":
        (frozen, BN(2, weight_attr=no_lr)),
}
steps, gaps = {}, {}
for label, (torch_bn, paddle_bn) in cases.items():
    steps[label] = torch_step(torch_bn), paddle_step(paddle_bn)
    # the largest gap between the outputs after the update
    gaps[label] = np.abs(steps[label][1][2] - steps[label][0][2]).max()
    print(f"{label:56s} after a step: {gaps[label]:.4f}")
# weight_attr=False alone has no PyTorch counterpart: the scale is 1
# and, again, the remaining bias gets no gradient.
weight_false_bn = BN(2, weight_attr=False)
paddle_step(weight_false_bn)
print("weight_attr=False alone: bias gradient is", weight_false_bn.bias.grad)
bias_attr_false_gap = gaps["bias=False | bias_attr=False"]

# Checks: the first step (output, input gradient) always agrees; after
# it, only bias_attr=False differs, because its weight got no gradient.
for label, ((torch_y, torch_dx, _), (paddle_y, paddle_dx, _)) in (
        steps.items()):
    np.testing.assert_allclose(paddle_y, torch_y, **tol, err_msg=label)
    np.testing.assert_allclose(paddle_dx, torch_dx, **tol, err_msg=label)
    if label != "bias=False | bias_attr=False":
        assert gaps[label] < 1e-5, (label, gaps[label])
assert cases["bias=False | bias_attr=False"][1].weight.grad is None
assert bias_attr_false_gap > 1e-2, bias_attr_false_gap
assert weight_false_bn.bias.grad is None, "expected no bias gradient"
