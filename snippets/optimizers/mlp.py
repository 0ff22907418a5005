"""A small MLP on scikit-learn's digits, trained in both frameworks from
the same weights on the same batches; the weights after every step."""
import numpy as np
import paddle
import torch
from sklearn.datasets import load_digits

# Tensors this small train faster on one thread than on two.
torch.set_num_threads(1)

# 8 x 8 images shipped inside scikit-learn; nothing is downloaded
digits = load_digits()
x_all = (digits.data / 16).astype(np.float32)  # N, 64
y_all = digits.target.astype(np.int64)
rng = np.random.default_rng(0)
batches = rng.integers(0, len(x_all), (200, 32))  # 200 steps at most
# one set of initial weights, [out, in] as PyTorch stores them
shapes = [(32, 64), (32,), (10, 32), (10,)]
init = [(rng.standard_normal(s) * 0.2).astype(np.float32) for s in shapes]


def torch_run(make, kwargs, steps):
    """Train in PyTorch: make(params, **kwargs) is the optimizer."""
    w1, b1, w2, b2 = params = [
        torch.nn.Parameter(torch.from_numpy(a.copy())) for a in init]
    optimizer = make(params, **kwargs)
    history = []
    for batch in batches[:steps]:
        x = torch.from_numpy(x_all[batch])
        logits = torch.tanh(x @ w1.T + b1) @ w2.T + b2
        loss = torch.nn.functional.cross_entropy(
            logits, torch.from_numpy(y_all[batch]))
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        history.append([p.detach().numpy().copy() for p in params])
    return history


def paddle_run(make, kwargs, steps):
    """The same in Paddle: make(parameters=params, **kwargs)."""
    params = [paddle.create_parameter(list(a.shape), "float32")
              for a in init]
    for p, a in zip(params, init):
        p.set_value(a)
    w1, b1, w2, b2 = params
    optimizer = make(parameters=params, **kwargs)
    history = []
    for batch in batches[:steps]:
        x = paddle.to_tensor(x_all[batch])
        logits = paddle.tanh(x @ w1.T + b1) @ w2.T + b2
        loss = paddle.nn.functional.cross_entropy(
            logits, paddle.to_tensor(y_all[batch]))
        optimizer.clear_grad()
        loss.backward()
        optimizer.step()
        history.append([p.numpy().copy() for p in params])
    return history


def gaps(torch_history, paddle_history):
    """The largest |PyTorch - Paddle| over all weights, after each step."""
    return np.array([max(float(np.abs(a - b).max()) for a, b in zip(t, p))
                     for t, p in zip(torch_history, paddle_history)])
