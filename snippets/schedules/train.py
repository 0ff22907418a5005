"""The digits MLP of the Optimizers page, trained in both frameworks
with a learning-rate schedule: the learning rate and momentum each step
used, and the weights after it."""
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


def torch_momentum(group):
    """The momentum a PyTorch step uses: SGD's, or Adam's beta1."""
    return group["momentum"] if "momentum" in group else group["betas"][0]


def torch_run(make, steps, metric=False):
    """make(params) -> (optimizer, scheduler); one scheduler step per
    batch, given the batch's loss when metric is True."""
    w1, b1, w2, b2 = params = [
        torch.nn.Parameter(torch.from_numpy(a.copy())) for a in init]
    optimizer, scheduler = make(params)
    run = {"lr": [], "momentum": [], "weights": []}
    for batch in batches[:steps]:
        x = torch.from_numpy(x_all[batch])
        logits = torch.tanh(x @ w1.T + b1) @ w2.T + b2
        loss = torch.nn.functional.cross_entropy(
            logits, torch.from_numpy(y_all[batch]))
        optimizer.zero_grad()
        loss.backward()
        run["lr"].append(optimizer.param_groups[0]["lr"])
        run["momentum"].append(torch_momentum(optimizer.param_groups[0]))
        optimizer.step()
        if metric:
            scheduler.step(loss.item())
        else:
            scheduler.step()
        run["weights"].append([p.detach().numpy().copy() for p in params])
    return run


def paddle_run(make, steps, metric=False, before_step=None):
    """make(params) -> (optimizer, scheduler), the scheduler passed to
    the optimizer as learning_rate; before_step(optimizer, step) sets
    what Paddle's schedulers do not (OneCycleLR's momentum)."""
    params = [paddle.create_parameter(list(a.shape), "float32")
              for a in init]
    for p, a in zip(params, init):
        p.set_value(a)
    w1, b1, w2, b2 = params
    optimizer, scheduler = make(params)
    run = {"lr": [], "momentum": [], "weights": []}
    for i, batch in enumerate(batches[:steps]):
        x = paddle.to_tensor(x_all[batch])
        logits = paddle.tanh(x @ w1.T + b1) @ w2.T + b2
        loss = paddle.nn.functional.cross_entropy(
            logits, paddle.to_tensor(y_all[batch]))
        optimizer.clear_grad()
        loss.backward()
        if before_step is not None:
            before_step(optimizer, i)
        run["lr"].append(optimizer.get_lr())
        # Paddle keeps them as private attributes, with no getter
        run["momentum"].append(getattr(optimizer, "_momentum", None)
                               or getattr(optimizer, "_beta1", None))
        optimizer.step()
        if metric:
            scheduler.step(loss.item())
        else:
            scheduler.step()
        run["weights"].append([p.numpy().copy() for p in params])
    return run


def gaps(torch_run, paddle_run):
    """The largest |PyTorch - Paddle| over all weights, after each step."""
    return np.array([
        max(float(np.abs(a - b).max()) for a, b in zip(t, p))
        for t, p in zip(torch_run["weights"], paddle_run["weights"])])
