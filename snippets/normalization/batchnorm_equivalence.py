"""Each normalization is batch normalization (training mode, no scale or
shift) of the input reshaped so that its groups become channels."""
import itertools
import warnings

import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F

# Paddle's batch_norm warns in training mode that it tracks running
# statistics; they are not used here.
warnings.filterwarnings("ignore", message="When training")


def torch_bn(x):
    """Batch statistics over every axis but 1."""
    return F.batch_norm(x, None, None, training=True, eps=1e-5)


def paddle_bn(x):
    c = x.shape[1]
    return PF.batch_norm(x, paddle.zeros([c], x.dtype),
                         paddle.ones([c], x.dtype), training=True,
                         epsilon=1e-5)


def as_batchnorm(x, kind, groups):
    """x reshaped (NumPy) so that each group of `kind` is a channel."""
    n, c, h, w = x.shape
    if kind == "layer":  # one group per sample: [C, H, W]
        return x.reshape(1, n, c * h, w)
    if kind == "channels-first layer":  # one group per pixel: [C]
        return x.transpose(0, 2, 3, 1).reshape(1, n * h * w, c, 1)
    if kind == "group":
        return x.reshape(1, n * groups, c // groups * h, w)
    return x.reshape(1, n * c, h, w)  # instance: one group per channel


def back(y, kind, shape):
    n, c, h, w = shape
    if kind == "channels-first layer":
        return y.reshape(n, h, w, c).transpose(0, 3, 1, 2)
    return y.reshape(shape)


def norms(x, kind, groups, f):
    """The normalization itself, in PyTorch (f = F) or Paddle (PF)."""
    n, c, h, w = x.shape
    eps = {"eps": 1e-5} if f is F else {"epsilon": 1e-5}
    if kind == "layer":
        return f.layer_norm(x, [c, h, w], **eps)
    if kind == "channels-first layer":
        return f.layer_norm(x.permute(0, 2, 3, 1) if f is F else
                            x.transpose([0, 2, 3, 1]), [c], **eps)
    if kind == "group":
        return f.group_norm(x, groups, **eps)
    return f.instance_norm(x, eps=1e-5)


KINDS = ["layer", "channels-first layer", "group", "instance"]
rng = np.random.default_rng(0)
equal = {kind: 0 for kind in KINDS}
one_value = {kind: 0 for kind in KINDS}
for n, c, h, w in itertools.product([1, 2, 3], [1, 2, 4], [1, 2, 3],
                                    [1, 3]):
    x = rng.standard_normal((n, c, h, w))
    for kind, groups in [(k, 1) for k in KINDS if k != "group"] + [
            ("group", g) for g in range(1, c + 1) if c % g == 0]:
        reshaped = as_batchnorm(x, kind, groups)
        per_group = reshaped[0, 0].size
        paddle_y = norms(paddle.to_tensor(x), kind, groups, PF).numpy()
        if kind == "channels-first layer":
            paddle_y = paddle_y.transpose(0, 3, 1, 2)
        torch_y = norms(torch.from_numpy(x), kind, groups, F).numpy() if (
            per_group > 1) else None
        if kind == "channels-first layer" and per_group > 1:
            torch_y = torch_y.transpose(0, 3, 1, 2)
        paddle_bn_y = paddle_bn(paddle.to_tensor(reshaped)).numpy()
        try:
            torch_bn_y = torch_bn(torch.from_numpy(reshaped)).numpy()
        except ValueError:  # Expected more than 1 value per channel
            torch_bn_y = None
        if per_group > 1:
            # Checks: both batch normalizations give the normalization,
            # and both frameworks' normalizations agree.
            np.testing.assert_allclose(torch_y, paddle_y, rtol=1e-7,
                                       atol=1e-7)
            np.testing.assert_allclose(back(paddle_bn_y, kind, x.shape),
                                       paddle_y, rtol=1e-7, atol=1e-7)
            np.testing.assert_allclose(back(torch_bn_y, kind, x.shape),
                                       paddle_y, rtol=1e-7, atol=1e-7)
            equal[kind] += 1
        else:
            # Checks: one value per group. The normalization gives 0;
            # PyTorch's batch_norm refuses, Paddle's returns the input.
            assert torch_bn_y is None
            np.testing.assert_array_equal(paddle_y, 0)
            np.testing.assert_array_equal(paddle_bn_y, reshaped)
            one_value[kind] += 1
print(f"{'':22}{'equal':>7}{'one value per group':>21}")
for kind in KINDS:
    print(f"{kind:22}{equal[kind]:7}{one_value[kind]:21}")
