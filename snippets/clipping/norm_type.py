# norm_type: PyTorch's clip_grad_norm_ takes any p-norm (2 by default,
# also 1 or inf); Paddle's ClipGradByGlobalNorm only the L2 norm. The
# port of another norm is paddle.nn.utils.clip_grad_norm_, called between
# backward() and step() as in PyTorch. It also returns the total norm,
# which ClipGradByGlobalNorm does not.
import numpy as np
import paddle
import torch

rng = np.random.default_rng(2)
shapes = [(4, 3), (3,)]
grads = [(rng.standard_normal(s) * 3).astype(np.float32) for s in shapes]


def clipped(framework, norm_type, max_norm=1.0):
    """The clipped gradients and the total norm the call returns."""
    if framework == "torch":
        lib, make = torch, torch.from_numpy
        params = [torch.zeros(s, requires_grad=True) for s in shapes]
    else:
        lib, make = paddle, paddle.to_tensor
        params = [paddle.zeros(s) for s in shapes]
        for p in params:
            p.stop_gradient = False  # Paddle's requires_grad
    sum((p * make(g)).sum() for p, g in zip(params, grads)).backward()
    total = lib.nn.utils.clip_grad_norm_(params, max_norm, norm_type)
    return [p.grad.numpy() for p in params], float(total)


for norm_type in (2.0, 1.0, float("inf")):
    (t_grads, t_total), (p_grads, p_total) = (
        clipped("torch", norm_type), clipped("paddle", norm_type))
    gap = max(float(np.abs(a - b).max()) for a, b in zip(t_grads, p_grads))
    print(f"norm_type={norm_type}: total norm PyTorch {t_total:.4f}, "
          f"Paddle {p_total:.4f}; largest gradient gap {gap:.1e}")
    # Check
    np.testing.assert_allclose(p_total, t_total, 1e-5)
    assert gap < 1e-6
