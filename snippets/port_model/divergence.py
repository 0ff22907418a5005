"""Find the first layer where a PyTorch model and its Paddle port differ.

Every layer of each model gets a hook that records a copy of its output;
both run the same input; the layers are compared in the order PyTorch
ran them:

    where = first_divergence(torch_model, paddle_model, x)
    # None, or (layer name, largest |difference|)
    rows = compare_layers(torch_model, paddle_model, x)
    # every layer call: (layer name, largest |difference|, within tol)

Layers pair up by name, the n-th call of a layer with the n-th call of
its partner; key_map={PyTorch layer: Paddle layer} pairs layers named
differently. A layer call without a partner raises UnpairedLayers,
naming them; strict=False compares the paired layers only. An output
that is a tuple, list or dict is compared element by element; inf means
the two outputs' shapes differ. The models run in the mode they are in
(call .eval() on both first to compare inference). x is a NumPy array.
"""
import numpy as np
import paddle
import torch


class UnpairedLayers(ValueError):
    pass


def torch_array(y):
    # a copy: ReLU(inplace=True) or `out += identity` later overwrites
    # the tensor a layer returned
    return y.detach().cpu().numpy().copy()


def paddle_array(y):
    return y.numpy().copy()


def _arrays(y, to_numpy):
    """The tensors of an output (a tensor, or a tuple, list or dict of
    them), as arrays."""
    if isinstance(y, (tuple, list)):
        return [a for item in y for a in _arrays(item, to_numpy)]
    if isinstance(y, dict):
        return [a for key in sorted(y, key=str)
                for a in _arrays(y[key], to_numpy)]
    if isinstance(y, (torch.Tensor, paddle.Tensor)):
        return [to_numpy(y)]
    return []  # not a tensor: nothing to compare


def torch_outputs(model, x):
    """(layer name, output arrays) for each layer call, in call order."""
    seen, hooks = [], []
    for name, module in model.named_modules():
        if name:  # "" is the model itself
            hooks.append(module.register_forward_hook(
                lambda m, i, o, name=name: seen.append(
                    (name, _arrays(o, torch_array)))))
    with torch.no_grad():
        model(torch.from_numpy(x))
    for hook in hooks:
        hook.remove()
    return seen


def paddle_outputs(model, x):
    seen, hooks = [], []
    for name, layer in model.named_sublayers():
        hooks.append(layer.register_forward_post_hook(
            lambda m, i, o, name=name: seen.append(
                (name, _arrays(o, paddle_array)))))
    with paddle.no_grad():
        model(paddle.to_tensor(x))
    for hook in hooks:
        hook.remove()
    return seen


def _names(calls):
    """'a', 'b' (2 calls), ... for many: the count and the first few."""
    counts = {}
    for name in calls:
        counts[name] = counts.get(name, 0) + 1
    items = [f"{n!r}" + (f" ({c} calls)" if c > 1 else "")
             for n, c in counts.items()]
    more = f", ... ({len(items)} layers)" if len(items) > 6 else ""
    return ", ".join(items[:6]) + more


def pair_calls(torch_calls, paddle_calls, key_map=None):
    """[(layer, torch output, paddle output)], and the layer calls of
    each model that have no partner."""
    key_map = key_map or {}
    waiting = {}
    for name, ys in paddle_calls:
        waiting.setdefault(name, []).append(ys)
    pairs, torch_only = [], []
    for name, ys in torch_calls:
        calls = waiting.get(key_map.get(name, name))
        if calls:
            pairs.append((name, ys, calls.pop(0)))
        else:
            torch_only.append(name)
    paddle_only = [name for name, calls in waiting.items() for _ in calls]
    return pairs, torch_only, paddle_only


def compare_layers(torch_model, paddle_model, x, rtol=1e-4, atol=1e-4,
                   key_map=None, strict=True):
    """(layer, largest |difference|, within tolerance) for each layer
    call, in the order PyTorch ran them."""
    pairs, torch_only, paddle_only = pair_calls(
        torch_outputs(torch_model, x), paddle_outputs(paddle_model, x),
        key_map)
    if strict and (torch_only or paddle_only):
        raise UnpairedLayers(
            f"no partner for PyTorch's {_names(torch_only) or 'none'}; "
            f"for Paddle's {_names(paddle_only) or 'none'}. Pair them "
            "with key_map={PyTorch layer: Paddle layer}, or pass "
            "strict=False to compare the paired layers only")
    rows = []
    for name, torch_ys, paddle_ys in pairs:
        if [a.shape for a in torch_ys] != [a.shape for a in paddle_ys]:
            rows.append((name, np.inf, False))  # other shapes
            continue
        gaps = [float(np.abs(p - t).max(initial=0))
                for t, p in zip(torch_ys, paddle_ys)]
        ok = all(np.allclose(p, t, rtol=rtol, atol=atol)
                 for t, p in zip(torch_ys, paddle_ys))
        rows.append((name, max(gaps, default=0.0), ok))
    return rows


def first_divergence(torch_model, paddle_model, x, rtol=1e-4, atol=1e-4,
                     key_map=None, strict=True):
    """The first (layer, largest |difference|) beyond tolerance, or None."""
    for name, gap, ok in compare_layers(torch_model, paddle_model, x,
                                        rtol, atol, key_map, strict):
        if not ok:
            return name, gap
    return None
