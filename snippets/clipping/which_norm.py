# What each clipper covers, on three parameters with large gradients:
#   ClipGradByGlobalNorm(c) = clip_grad_norm_(all parameters, c)
#   ClipGradByNorm(c)       = clip_grad_norm_([p], c) for each p alone
#   ClipGradByValue(c)      = clip_grad_value_(parameters, c)
# Paddle clips inside optimizer.step(); PyTorch before it.
import numpy as np
import paddle
import torch

rng = np.random.default_rng(1)
shapes = [(4, 3), (3,), (2, 2)]
weights = [rng.standard_normal(s).astype(np.float32) for s in shapes]
grads = [(rng.standard_normal(s) * 3).astype(np.float32) for s in shapes]


def torch_step(clip):
    """One SGD step (lr 1) after PyTorch's clipping; the new weights."""
    params = [torch.nn.Parameter(torch.from_numpy(w.copy()))
              for w in weights]
    for p, g in zip(params, grads):
        p.grad = torch.from_numpy(g.copy())
    clip(params)
    torch.optim.SGD(params, lr=1.0).step()
    return [p.detach().numpy() for p in params]


def paddle_step(grad_clip):
    """One SGD step (lr 1) with Paddle's clipper; the new weights."""
    params = [paddle.create_parameter(list(w.shape), "float32")
              for w in weights]
    for p, w in zip(params, weights):
        p.set_value(w)
    optimizer = paddle.optimizer.SGD(1.0, parameters=params,
                                     grad_clip=grad_clip)
    sum((p * paddle.to_tensor(g)).sum()
        for p, g in zip(params, grads)).backward()
    optimizer.step()
    return [p.numpy() for p in params]


clip_grad_norm_ = torch.nn.utils.clip_grad_norm_
rows = {}
for c in (0.5, 2.0, 100.0):  # 100: above every norm, nothing clipped
    rows[c] = {
        "global norm": (
            torch_step(lambda ps: clip_grad_norm_(ps, c)),
            paddle_step(paddle.nn.ClipGradByGlobalNorm(c))),
        "norm of each": (
            torch_step(lambda ps: [clip_grad_norm_([p], c) for p in ps]),
            paddle_step(paddle.nn.ClipGradByNorm(c))),
        "value": (
            torch_step(lambda ps: torch.nn.utils.clip_grad_value_(ps, c)),
            paddle_step(paddle.nn.ClipGradByValue(c))),
    }
norms = [float(np.linalg.norm(g)) for g in grads]
print("norm of each gradient:", np.round(norms, 3),
      "- global:", round(float(np.linalg.norm(np.concatenate(
          [g.ravel() for g in grads]))), 3))
print("largest |PyTorch - Paddle| after one step:")
gaps = {}
for c, row in rows.items():
    for name, (t, p) in row.items():
        gaps[c, name] = max(float(np.abs(a - b).max()) for a, b in zip(t, p))
        print(f"  clip {c:5}  {name:13} {gaps[c, name]:.1e}")

# The literal swap: ClipGradByNorm for clip_grad_norm_ clips each
# gradient to c instead of all of them together.
swapped = paddle_step(paddle.nn.ClipGradByNorm(2.0))
want = rows[2.0]["global norm"][0]
swap_gap = max(float(np.abs(a - b).max()) for a, b in zip(swapped, want))
print(f"ClipGradByNorm(2.0) for clip_grad_norm_(ps, 2.0): {swap_gap:.3f}")

# Checks: each pair agrees within float32 rounding; the swap does not.
assert max(gaps.values()) < 1e-5, gaps
assert swap_gap > 0.1
assert all(n > 2.0 for n in norms)  # every gradient is clipped at 2
