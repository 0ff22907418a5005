"""InstanceNorm2d: the same statistics in both frameworks, other
defaults. PyTorch's layer has no scale and shift unless affine=True;
Paddle's has them unless both attrs are False."""
import numpy as np
import paddle
import torch
from torch import nn

rng = np.random.default_rng(0)
x = rng.standard_normal((2, 3, 4, 4)).astype(np.float32)
target = rng.standard_normal((2, 3, 4, 4)).astype(np.float32)

torch_in = nn.InstanceNorm2d(3)
literal = paddle.nn.InstanceNorm2D(3)  # the class name swapped in
print("PyTorch state:", dict(torch_in.state_dict()))
print("Paddle state: ", {k: tuple(v.shape)
                         for k, v in literal.state_dict().items()})
fresh_gap = np.abs(torch_in(torch.from_numpy(x)).numpy()
                   - literal(paddle.to_tensor(x)).numpy()).max()
print(f"fresh layers, largest difference: {fresh_gap:.1e}")

# One SGD step on a squared error: Paddle's scale and shift learn.
opt = paddle.optimizer.SGD(0.5, parameters=literal.parameters())
x_grad = paddle.to_tensor(x, stop_gradient=False)
loss = (literal(x_grad) - paddle.to_tensor(target)) ** 2
loss.mean().backward()
opt.step()
trained_gap = np.abs(torch_in(torch.from_numpy(x)).numpy()
                     - literal(paddle.to_tensor(x)).numpy()).max()
print("after one step, largest difference:", trained_gap.round(4))

# The port of the default: no scale, no shift.
port = paddle.nn.InstanceNorm2D(3, weight_attr=False, bias_attr=False)
print("ported state:", dict(port.state_dict()))

# track_running_stats=True: eval mode uses running statistics, which
# Paddle's layer does not keep.
tracked = nn.InstanceNorm2d(3, track_running_stats=True)
tracked(torch.from_numpy(x))  # train mode: updates the statistics
tracked.eval()
eval_gap = np.abs(tracked(torch.from_numpy(x)).detach().numpy()
                  - port(paddle.to_tensor(x)).numpy()).max()
print("tracked, eval mode, largest difference:", eval_gap.round(4))

# Checks: the defaults; a fresh literal port agrees, a trained one does
# not; affine=True keeps weight and bias, which Paddle names scale and
# bias; the tracked layer's eval output is the running statistics'.
tol = dict(rtol=1e-5, atol=1e-5)
assert not torch_in.state_dict() and not port.state_dict()
assert (torch_in.affine, torch_in.track_running_stats) == (False, False)
assert list(literal.state_dict()) == ["scale", "bias"]
assert fresh_gap < 1e-5 and trained_gap > 0.01
np.testing.assert_allclose(torch_in(torch.from_numpy(x)).numpy(),
                           port(paddle.to_tensor(x)).numpy(), **tol)
affine = nn.InstanceNorm2d(3, affine=True)
assert list(affine.state_dict()) == ["weight", "bias"]
paddle_affine = paddle.nn.InstanceNorm2D(3)
for name, value in affine.state_dict().items():
    value = rng.standard_normal(3).astype(np.float32)
    affine.state_dict()[name].copy_(torch.from_numpy(value))
    getattr(paddle_affine, {"weight": "scale"}.get(name, name)).set_value(
        value)
np.testing.assert_allclose(affine(torch.from_numpy(x)).detach().numpy(),
                           paddle_affine(paddle.to_tensor(x)).numpy(), **tol)
mean = tracked.running_mean.numpy()[:, None, None]
var = tracked.running_var.numpy()[:, None, None]
np.testing.assert_allclose(tracked(torch.from_numpy(x)).detach().numpy(),
                           (x - mean) / np.sqrt(var + 1e-5), **tol)
assert eval_gap > 0.1
