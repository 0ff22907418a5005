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


def compare(label, torch_bn, paddle_bn):
    """Outputs and input gradients of one step, and the largest gap
    between the outputs after the parameters were updated."""
    torch_y, torch_dx, torch_next = torch_step(torch_bn)
    paddle_y, paddle_dx, paddle_next = paddle_step(paddle_bn)
    gaps[label] = np.abs(paddle_next - torch_next).max()
    print(f"{label:56s} after a step: {gaps[label]:.4f}")
    return (torch_y, torch_dx), (paddle_y, paddle_dx)


gaps, first_step = {}, {}
no_lr = paddle.ParamAttr(learning_rate=0.0)  # present, never updated
AFFINE = "affine=False | weight_attr=False, bias_attr=False"
FALSE = "bias=False | bias_attr=False"
NO_LR = "bias=False | bias_attr=ParamAttr(learning_rate=0.0)"
FROZEN = "frozen weight | weight_attr=ParamAttr(learning_rate=0.0)"

first_step[AFFINE] = compare(
    AFFINE, nn.BatchNorm2d(2, affine=False),
    paddle.nn.BatchNorm2D(2, weight_attr=False, bias_attr=False))
# bias=False: bias_attr=False drops the bias, but then Paddle computes
# no gradient for the weight either, so the weight never learns.
bias_false_bn = paddle.nn.BatchNorm2D(2, bias_attr=False)
first_step[FALSE] = compare(FALSE, nn.BatchNorm2d(2, bias=False),
                            bias_false_bn)
first_step[NO_LR] = compare(NO_LR, nn.BatchNorm2d(2, bias=False),
                            paddle.nn.BatchNorm2D(2, bias_attr=no_lr))
# A frozen weight (no constructor argument in PyTorch).
torch_bn = nn.BatchNorm2d(2)
torch_bn.weight.requires_grad_(False)
first_step[FROZEN] = compare(FROZEN, torch_bn,
                             paddle.nn.BatchNorm2D(2, weight_attr=no_lr))
# weight_attr=False alone has no PyTorch counterpart: the scale is 1
# and, again, the remaining bias gets no gradient.
weight_false_bn = paddle.nn.BatchNorm2D(2, weight_attr=False)
paddle_step(weight_false_bn)
print("weight_attr=False alone: bias gradient is", weight_false_bn.bias.grad)
bias_attr_false_gap = gaps[FALSE]

# Checks: the first step always agrees; after it, only bias_attr=False
# differs, because its weight got no gradient.
for (torch_y, torch_dx), (paddle_y, paddle_dx) in first_step.values():
    np.testing.assert_allclose(paddle_y, torch_y, **tol)
    np.testing.assert_allclose(paddle_dx, torch_dx, **tol)
for label in (AFFINE, NO_LR, FROZEN):
    assert gaps[label] < 1e-5, (label, gaps[label])
assert bias_false_bn.weight.grad is None, "expected no weight gradient"
assert bias_attr_false_gap > 1e-2, bias_attr_false_gap
assert weight_false_bn.bias.grad is None, "expected no bias gradient"
