"""Find the first layer where a PyTorch model and its Paddle port differ.

Both models must name their layers alike. Every layer of each model gets
a hook that records its output; both run the same input; the layers are
compared in the order PyTorch ran them:

    where = first_divergence(torch_model, paddle_model, x)
    # None, or (layer name, largest |difference|)
    rows = compare_layers(torch_model, paddle_model, x)
    # every layer call: (layer name, largest |difference|, within tol)

The models run in the mode they are in (call .eval() on both first to
compare inference). x is a NumPy array.
"""
import numpy as np
import paddle
import torch


def torch_outputs(model, x):
    """(layer name, output) for each layer call, in the order of calls."""
    seen, hooks = [], []
    for name, module in model.named_modules():
        if name:  # "" is the model itself
            hooks.append(module.register_forward_hook(
                lambda m, i, o, name=name: seen.append(
                    (name, o.detach().cpu().numpy()))))
    with torch.no_grad():
        model(torch.from_numpy(x))
    for hook in hooks:
        hook.remove()
    return seen


def paddle_outputs(model, x):
    seen, hooks = [], []
    for name, layer in model.named_sublayers():
        hooks.append(layer.register_forward_post_hook(
            lambda m, i, o, name=name: seen.append((name, o.numpy()))))
    with paddle.no_grad():
        model(paddle.to_tensor(x))
    for hook in hooks:
        hook.remove()
    return seen


def compare_layers(torch_model, paddle_model, x, rtol=1e-4, atol=1e-4):
    """(layer, largest |difference|, within tolerance) for each layer
    call, in the order PyTorch ran them."""
    paddle_calls = {}
    for name, y in paddle_outputs(paddle_model, x):
        paddle_calls.setdefault(name, []).append(y)
    rows = []
    for name, torch_y in torch_outputs(torch_model, x):
        calls = paddle_calls.get(name, [])
        paddle_y = calls.pop(0) if calls else None  # same call, same layer
        if paddle_y is None or paddle_y.shape != torch_y.shape:
            rows.append((name, np.inf, False))  # no such call in Paddle
            continue
        rows.append((name, float(np.abs(paddle_y - torch_y).max()),
                     np.allclose(paddle_y, torch_y, rtol=rtol, atol=atol)))
    return rows


def first_divergence(torch_model, paddle_model, x, rtol=1e-4, atol=1e-4):
    """The first (layer, largest |difference|) beyond tolerance, or None."""
    for name, gap, ok in compare_layers(torch_model, paddle_model, x,
                                        rtol, atol):
        if not ok:
            return name, gap
    return None
