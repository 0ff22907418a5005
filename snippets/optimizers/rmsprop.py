"""RMSprop: PyTorch's alpha is Paddle's rho, but eps sits outside the
square root in PyTorch and inside it in Paddle."""
import numpy as np
import paddle
import torch

rng = np.random.default_rng(3)
w0 = rng.standard_normal(6).astype(np.float32)
grads = (rng.standard_normal((5, 6)) * 0.1).astype(np.float32)
lr, decay, eps = 0.01, 0.9, 1e-3  # eps large enough to matter here


def torch_rmsprop(eps):
    w = torch.nn.Parameter(torch.from_numpy(w0.copy()))
    optimizer = torch.optim.RMSprop([w], lr=lr, alpha=decay, eps=eps)
    for g in grads:
        w.grad = torch.from_numpy(g.copy())
        optimizer.step()
    return w.detach().numpy()


def paddle_rmsprop(epsilon):
    w = paddle.create_parameter([6], "float32")
    w.set_value(w0)
    optimizer = paddle.optimizer.RMSProp(lr, rho=decay, epsilon=epsilon,
                                         parameters=[w])
    for g in grads:
        optimizer.clear_grad()
        (w * paddle.to_tensor(g)).sum().backward()  # gradient g
        optimizer.step()
    return w.numpy()


def by_hand(eps_inside):
    """v <- decay v + (1 - decay) g^2, then one step, in float64."""
    w, v = w0.astype(np.float64), np.zeros(6)
    for g in grads:
        v = decay * v + (1 - decay) * g.astype(np.float64) ** 2
        denominator = (np.sqrt(v + eps) if eps_inside
                       else np.sqrt(v) + eps)
        w = w - lr * g / denominator
    return w


same_eps = np.abs(torch_rmsprop(eps) - paddle_rmsprop(eps)).max()
squared = np.abs(torch_rmsprop(eps) - paddle_rmsprop(eps ** 2)).max()
print(f"eps={eps} in both: largest weight gap {same_eps:.1e}")
print(f"eps={eps} in PyTorch, epsilon={eps ** 2:g} in Paddle: "
      f"{squared:.1e}")

# Checks: each framework follows its own formula; the same eps differs.
np.testing.assert_allclose(torch_rmsprop(eps), by_hand(False), 1e-5)
np.testing.assert_allclose(paddle_rmsprop(eps), by_hand(True), 1e-5)
assert same_eps > 1e-2 and squared < same_eps / 5
