"""torch.optim.SGD and paddle.optimizer.Momentum: the same update."""
import inspect

import numpy as np
import paddle
import torch

defaults = {
    "torch": inspect.signature(torch.optim.SGD).parameters,
    "paddle": inspect.signature(paddle.optimizer.Momentum).parameters}
torch_default = defaults["torch"]["momentum"].default
paddle_default = defaults["paddle"]["momentum"].default
print(f"default momentum: torch {torch_default}, paddle {paddle_default}")

rng = np.random.default_rng(0)
w0 = rng.normal(size=5).astype(np.float32)
grads = rng.normal(size=(3, 5)).astype(np.float32)  # one per step
# a large weight decay, so that its share of the update is plain
lr, momentum, weight_decay = 0.05, 0.9, 0.1


def run_torch(nesterov, dampening=0.0, steps=len(grads)):
    w = torch.nn.Parameter(torch.from_numpy(w0.copy()))
    opt = torch.optim.SGD([w], lr=lr, momentum=momentum,
                          dampening=dampening,
                          weight_decay=weight_decay, nesterov=nesterov)
    for g in grads[:steps]:
        opt.zero_grad()
        (w * torch.from_numpy(g)).sum().backward()  # gradient g
        opt.step()
    return w.detach().numpy()


def run_paddle(nesterov):
    w = paddle.create_parameter([5], "float32")
    w.set_value(w0)
    opt = paddle.optimizer.Momentum(
        learning_rate=lr, momentum=momentum, weight_decay=weight_decay,
        use_nesterov=nesterov, parameters=[w])
    for g in grads:
        opt.clear_grad()
        (w * paddle.to_tensor(g)).sum().backward()
        opt.step()
    return w.numpy()


def run_numpy(nesterov):
    w, v = w0.astype(np.float64), np.zeros(5)
    for g in grads:
        g = g + weight_decay * w  # L2: added to the gradient
        v = momentum * v + g
        w = w - lr * (g + momentum * v if nesterov else v)
    return w


for nesterov in (False, True):
    print(f"nesterov={nesterov}: w after {len(grads)} steps")
    for name, run in [("torch", run_torch), ("paddle", run_paddle),
                      ("numpy", run_numpy)]:
        print(f"  {name:6}", np.round(run(nesterov), 4))

# PyTorch's dampening (default 0) scales the new gradient in v; Paddle
# has no such argument
damped = run_torch(False, dampening=0.5)
print("torch, dampening=0.5:", np.round(damped, 4))

# Checks
assert "dampening" not in defaults["paddle"]
# a ParamAttr regularizer replaces the optimizer's weight_decay
w = paddle.create_parameter([5], "float32", attr=paddle.ParamAttr(
    regularizer=paddle.regularizer.L2Decay(0.0)))
w.set_value(w0)
opt = paddle.optimizer.Momentum(learning_rate=lr, momentum=momentum,
                                weight_decay=weight_decay, parameters=[w])
(w * paddle.to_tensor(grads[0])).sum().backward()
opt.step()
np.testing.assert_allclose(w.numpy(), w0 - lr * grads[0], rtol=1e-6)
# paddle.optimizer.SGD has no momentum: Momentum is the counterpart
assert "momentum" not in inspect.signature(paddle.optimizer.SGD).parameters
assert not np.allclose(damped, run_paddle(False), atol=1e-3)
# ... except on the first step, which sets v to the gradient undamped
np.testing.assert_array_equal(run_torch(False, 0.5, steps=1),
                              run_torch(False, 0.0, steps=1))
for nesterov in (False, True):
    hand = run_numpy(nesterov)
    np.testing.assert_allclose(run_torch(nesterov), hand, rtol=1e-6,
                               atol=1e-6)
    np.testing.assert_allclose(run_paddle(nesterov), hand, rtol=1e-6,
                               atol=1e-6)
