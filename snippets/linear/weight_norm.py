# weight_norm splits a weight into a direction v and a length g, the
# norm taken over every axis but `dim`. PyTorch's Linear weight is
# [out, in], Paddle's [in, out]: the same dim names the other axis.
import textwrap
import warnings

import numpy as np
import paddle
import torch
from torch import nn
from torch.nn.utils.parametrizations import weight_norm

rng = np.random.default_rng(0)
w = rng.standard_normal((3, 4)).astype(np.float32)  # [out, in]
x = rng.standard_normal((2, 4)).astype(np.float32)


def torch_layer(dim):
    linear = nn.Linear(4, 3, bias=False)
    with torch.no_grad():
        linear.weight.copy_(torch.from_numpy(w))
    return weight_norm(linear, dim=dim)


def paddle_layer(dim):
    linear = paddle.nn.Linear(4, 3, bias_attr=False)
    linear.weight.set_value(w.T)
    return paddle.nn.utils.weight_norm(linear, dim=dim)


def g_of(layer):
    if isinstance(layer, nn.Module):
        return layer.parametrizations.weight.original0.detach().numpy()
    return layer.weight_g.numpy()


def after_one_step(layer):
    """One SGD step on sum(y ** 2), then the output: g and v are what
    training moves, so a g of the other axis trains another layer."""
    if isinstance(layer, nn.Module):
        y = layer(torch.from_numpy(x))
        (y ** 2).sum().backward()
        with torch.no_grad():
            for p in layer.parameters():
                p -= 0.1 * p.grad
        return layer(torch.from_numpy(x)).detach().numpy()
    y = layer(paddle.to_tensor(x))
    (y ** 2).sum().backward()
    with paddle.no_grad():
        for p in layer.parameters():
            p.set_value(p - 0.1 * p.grad)
    return layer(paddle.to_tensor(x)).numpy()


PORT = {0: 1, 1: 0, None: None, -1: -1}  # PyTorch's dim -> Paddle's
torch_g, gap = {}, {}
for dim, paddle_dim in PORT.items():
    want = after_one_step(torch_layer(dim))
    torch_g[dim] = g_of(torch_layer(dim))
    tried = [("ported dim", paddle_dim)]
    if paddle_dim != dim:
        tried.insert(0, ("same dim", dim))
    for name, d in tried:
        layer = paddle_layer(d)
        gap[dim, name] = np.abs(after_one_step(layer) - want).max()
        print(f"PyTorch dim={dim!s:4} g {list(torch_g[dim].shape)!s:6} | "
              f"Paddle dim={d!s:4} g {list(g_of(layer).shape)!s:6} "
              f"after one step: {gap[dim, name]:.1e}")

# Before training, the same dim gives the same output (the weight is
# the same); the older torch.nn.utils.weight_norm warns.
first = np.abs(paddle_layer(0)(paddle.to_tensor(x)).numpy()
               - torch_layer(0)(torch.from_numpy(x)).detach().numpy())
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    torch.nn.utils.weight_norm(nn.Linear(4, 3))
print(f"{caught[0].category.__name__}:", *textwrap.wrap(
    str(caught[0].message), 66), sep="\n  ")

# A trained layer's state: g and v under other keys, v transposed, g
# flattened.
state = torch_layer(0).state_dict()
print("PyTorch keys:", *state)
paddle_wn = paddle_layer(1)
paddle_wn.set_state_dict({
    "weight_g": state["parametrizations.weight.original0"].numpy().ravel(),
    "weight_v": state["parametrizations.weight.original1"].numpy().T})
print("Paddle keys: ", *paddle_wn.state_dict())
copied = np.abs(paddle_wn(paddle.to_tensor(x)).numpy()
                - torch_layer(0)(torch.from_numpy(x)).detach().numpy())

# Checks: dim=0 keeps one length per output in PyTorch, which is
# Paddle's dim=1; -1 and None take the whole weight in both.
tol = 1e-5
assert torch_g[0].shape == (3, 1) and torch_g[1].shape == (1, 4)
assert torch_g[None].shape == torch_g[-1].shape == ()
np.testing.assert_allclose(torch_g[0].ravel(),
                           g_of(paddle_layer(1)), tol)
assert all(gap[dim, "ported dim"] < tol for dim in PORT)
assert gap[0, "same dim"] > 0.01 and gap[1, "same dim"] > 0.01
assert copied.max() < tol
assert first.max() < tol
assert caught[0].category is FutureWarning
assert "deprecated" in str(caught[0].message)
