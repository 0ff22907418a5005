"""Convert state dicts between PyTorch and Paddle models.

    state = torch_to_paddle(torch_model.state_dict(), paddle_model)
    paddle_model.set_state_dict(state)

    state = paddle_to_torch(paddle_model.state_dict(), torch_model)
    torch_model.load_state_dict(state)

What differs: BatchNorm's running_mean / running_var are Paddle's
_mean / _variance; Paddle has no num_batches_tracked; InstanceNorm's
weight is Paddle's scale, PReLU's weight Paddle's _weight; a Linear
weight is [out, in] in PyTorch and [in, out] in Paddle; a LayerNorm over
several axes keeps its weight and bias flat in Paddle. Convolution and
transposed convolution weights have the same layout in both. What to
rename, transpose or flatten is read from the target model's layers,
not guessed from names or shapes (a square Linear has the same shape
both ways).

Models that name their layers differently take a key_map,
{source layer: target layer}, where a layer is a module path such as
"features.0"; layers not in it keep their names. guess_key_map pairs the
layers by the order in which they run, and refuses where that order
cannot tell two layers apart. Options:

- keep=("fc",): these target layers (or key prefixes) keep their own
  values, a new head; their source tensors are left out on purpose.
- cast=True: a tensor of another dtype (a float16 checkpoint) is
  converted to the target's dtype instead of refused.
- source_model=...: the source model, so that each pair of layers is
  checked to be of the same kind (a state dict carries no layer types).

Anything else that cannot be placed raises ConversionError, naming the
key and both shapes or dtypes: a key_map layer that does not exist, two
source layers onto one target layer, layers of different kinds, a tensor
the target has no place for (such as the running statistics of an
InstanceNorm, which Paddle does not keep), a shape or dtype that does
not fit, a target key left without a value. Nothing is skipped.
"""
import difflib
import os

import numpy as np
import paddle
import torch

# The kind of a layer with weights, by class name in either framework;
# a class not listed is a kind of its own (Linear, LayerNorm, ...).
KINDS = {
    **{f"Conv{n}d": f"Conv{n}D" for n in "123"},
    **{f"ConvTranspose{n}d": f"Conv{n}DTranspose" for n in "123"},
    **{f"InstanceNorm{n}d": f"InstanceNorm{n}D" for n in "123"},
    **dict.fromkeys(["BatchNorm1d", "BatchNorm2d", "BatchNorm3d",
                     "BatchNorm1D", "BatchNorm2D", "BatchNorm3D",
                     "SyncBatchNorm"], "BatchNorm"),
}
# The tensors Paddle names otherwise, by kind: {PyTorch: Paddle}.
RENAMED = {
    "BatchNorm": {"running_mean": "_mean", "running_var": "_variance"},
    **dict.fromkeys([f"InstanceNorm{n}D" for n in "123"],
                    {"weight": "scale"}),
    "PReLU": {"weight": "_weight"},
}


class ConversionError(ValueError):
    pass


def kind(layer):
    name = type(layer).__name__
    return KINDS.get(name, name)


def _linear(layer):
    return isinstance(layer, (torch.nn.Linear, paddle.nn.Linear))


def _layer_norm(layer):
    return isinstance(layer, (torch.nn.LayerNorm, paddle.nn.LayerNorm))


def _renamed(tensor, layer, to_paddle):
    """The tensor's name in the target layer's framework."""
    names = RENAMED.get(kind(layer), {})
    if not to_paddle:
        names = {v: k for k, v in names.items()}
    return names.get(tensor, tensor)


def _laid_out(value, layer, tensor, shape):
    """The value in the target layer's layout, and what was done."""
    if tensor == "weight" and _linear(layer):
        return value.T, "transposed"  # [out, in] <-> [in, out]
    if _layer_norm(layer) and len(shape) == 1:
        return value.reshape(-1), "flattened"  # Paddle's is flat
    if _layer_norm(layer) and value.size == np.prod(shape):
        return value.reshape(shape), "reshaped"
    return value, None


def _hint(keys, layers):
    """Why keys of InstanceNorm layers do not fit, if some are."""
    norms = {_split(k)[1] for k in keys
             if kind(layers.get(_split(k)[0])).startswith("InstanceNorm")}
    if norms & {"running_mean", "running_var"}:
        return ("Paddle's InstanceNorm keeps no running statistics "
                "(PyTorch's track_running_stats=True has no Paddle port)")
    if norms:
        return ("PyTorch's InstanceNorm(affine=False) is Paddle's "
                "InstanceNorm(weight_attr=False, bias_attr=False)")
    return None


def _split(key):
    """'features.0.weight' -> ('features.0', 'weight')"""
    layer, _, tensor = key.rpartition(".")
    return layer, tensor


def _join(layer, tensor):
    return f"{layer}.{tensor}" if layer else tensor


def listing(keys, shapes):
    """The keys with their shapes; many keys as a count, their common
    prefix and the first few."""
    keys = list(keys)
    items = [f"{k!r} {shapes[k]}" for k in keys]
    if len(items) <= 5:
        return ", ".join(items)
    prefix = os.path.commonprefix(keys)
    prefix = prefix if prefix in keys else prefix.rpartition(".")[0]
    under = f"all under {prefix!r}" if prefix else "no common prefix"
    return f"{len(keys)} keys ({under}): {', '.join(items[:3])}, ..."


def _unknown(name, names, where):
    close = difflib.get_close_matches(name, names, n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    return ConversionError(f"key_map names {name!r}, but {where} has no "
                           f"layer of that name{hint}")


def _check_map(key_map, sources, targets, source_layers):
    """Every named layer exists, no two sources share a target, and
    the kinds agree where the source model is known."""
    for name in key_map:
        if name not in sources:
            raise _unknown(name, sources, "the checkpoint")
    for name in key_map.values():
        if name not in targets:
            raise _unknown(name, targets, "the target model")
    placed = {}
    for layer in sources:
        to = key_map.get(layer, layer)
        if to in placed:
            raise ConversionError(
                f"layers {placed[to]!r} and {layer!r} of the checkpoint "
                f"both go to the target's {to!r}")
        placed[to] = layer
        if to in targets and layer in (source_layers or {}):
            a, b = source_layers[layer], targets[to]
            if kind(a) != kind(b):
                raise ConversionError(
                    f"{layer!r} is a {type(a).__name__}, the target's "
                    f"{to!r} a {type(b).__name__}: not the same kind of "
                    "layer")


def _kept(key, keep):
    return any(key == p or key.startswith(p + ".") for p in keep)


def _convert(state, target, layers, to_paddle, key_map, keep, cast,
             source_layers):
    """state: source key -> array; target: key -> (shape, dtype);
    layers: the target's layer name -> layer."""
    key_map = dict(key_map or {})
    _check_map(key_map, {_split(k)[0]: None for k in state}, layers,
               source_layers)
    for prefix in keep:
        if not any(_kept(k, [prefix]) for k in target):
            raise ConversionError(
                f"keep names {prefix!r}, but the target model has no "
                "key of that name or under it")
    out, unknown = {}, []
    for key, value in state.items():
        value = np.asarray(value)
        layer, tensor = _split(key)
        to = key_map.get(layer, layer)
        new_key = _join(to, _renamed(tensor, layers.get(to), to_paddle))
        if _kept(new_key, keep):
            continue  # the target keeps its own value
        if new_key not in target:
            unknown.append(key)
            continue
        shape, dtype = target[new_key]
        if str(value.dtype) != dtype:
            if not cast:
                raise ConversionError(
                    f"{key!r} is {value.dtype}, the target's {new_key!r} "
                    f"is {dtype} (pass cast=True to convert it)")
            value = value.astype(dtype)
        source_shape = value.shape
        value, done = _laid_out(value, layers[to], _split(new_key)[1],
                                shape)
        if value.shape != shape:
            how = (f", {done} to {value.shape},"
                   if value.shape != source_shape else "")
            raise ConversionError(
                f"{key!r} {source_shape}{how} does not fit the target's "
                f"{new_key!r} {shape}")
        out[new_key] = value
    if unknown:
        shapes = {k: np.shape(state[k]) for k in unknown}
        hint = _hint([_join(key_map.get(_split(k)[0], _split(k)[0]),
                            _split(k)[1]) for k in unknown], layers)
        raise ConversionError(
            f"the target model has no place for {listing(unknown, shapes)}"
            + (f": {hint}" if hint else " (rename layers with key_map, or "
               "leave a new head to the target with keep)"))
    missing = [k for k in target if k not in out and not _kept(k, keep)]
    if missing:
        shapes = {k: target[k][0] for k in missing}
        hint = _hint(missing, layers)
        raise ConversionError(
            f"no value for the target's {listing(missing, shapes)}"
            + (f": {hint}" if hint else ""))
    return out


def _dtype(tensor):
    return str(tensor.dtype).rpartition(".")[2]  # torch.float32 -> float32


def torch_to_paddle(state, paddle_model, key_map=None, keep=(),
                    cast=False, source_model=None):
    """A PyTorch state dict as NumPy arrays named for paddle_model."""
    target = {k: (tuple(v.shape), _dtype(v))
              for k, v in paddle_model.state_dict().items()}
    layers = dict(paddle_model.named_sublayers(include_self=True))
    state = {k: v.detach().cpu().numpy() for k, v in state.items()
             if not k.endswith("num_batches_tracked")}  # no such state
    source_layers = (dict(source_model.named_modules())
                     if source_model is not None else None)
    out = _convert(state, target, layers, True, key_map, keep, cast,
                   source_layers)
    own = paddle_model.state_dict()
    return {**out, **{k: own[k].numpy() for k in target
                      if _kept(k, keep)}}


def paddle_to_torch(state, torch_model, key_map=None, keep=(),
                    cast=False, source_model=None):
    """A Paddle state dict as torch tensors named for torch_model."""
    own = torch_model.state_dict()
    # Paddle does not count batches: the target keeps its own count,
    # and the layers in keep their own values.
    kept = {k: v.clone() for k, v in own.items()
              if k.endswith("num_batches_tracked") or _kept(k, keep)}
    target = {k: (tuple(v.shape), _dtype(v)) for k, v in own.items()
              if not k.endswith("num_batches_tracked")}
    layers = dict(torch_model.named_modules())
    state = {k: _view(v) for k, v in state.items()}
    source_layers = (dict(source_model.named_sublayers(include_self=True))
                     if source_model is not None else None)
    out = _convert(state, target, layers, False, key_map, keep, cast,
                   source_layers)
    # out holds views of the source (a Linear weight transposed): each
    # value is copied once, into its own contiguous tensor. A model's
    # size more in memory, not twice that (np.asarray copies a Paddle
    # tensor, and a transposed copy would be copied again).
    del state
    return {**{k: torch.from_numpy(out.pop(k)).clone(
        memory_format=torch.contiguous_format) for k in list(out)}, **kept}


def _view(value):
    """A NumPy view of a Paddle tensor in host memory, through DLPack;
    a tensor on a GPU, or any other value, as np.asarray gives it."""
    if isinstance(value, paddle.Tensor) and value.place.is_cpu_place():
        return torch.utils.dlpack.from_dlpack(
            paddle.utils.dlpack.to_dlpack(value)).numpy()
    return np.asarray(value)


def _weighted(model):
    """Layer name -> layer, for the layers that hold state dict tensors."""
    names = {_split(k)[0] for k in model.state_dict()}
    layers = (model.named_modules() if isinstance(model, torch.nn.Module)
              else model.named_sublayers(include_self=True))
    return {name: layer for name, layer in layers if name in names}


def _signature(model, layers):
    """Layer name -> (kind, its tensors' names and shapes as PyTorch
    has them)."""
    tensors = {name: [] for name in layers}
    for key, value in model.state_dict().items():
        layer, tensor = _split(key)
        shape = tuple(value.shape)
        if isinstance(model, paddle.nn.Layer):
            tensor = _renamed(tensor, layers[layer], to_paddle=False)
            if _linear(layers[layer]) and tensor == "weight":
                shape = shape[::-1]
        if _layer_norm(layers[layer]):
            shape = (int(np.prod(shape)),)  # flat in Paddle
        if tensor != "num_batches_tracked":
            tensors[layer].append((tensor, shape))
    return {name: (kind(layers[name]), tuple(sorted(t)))
            for name, t in tensors.items()}


def _calls(model, x, layers):
    """The layers in the order of their first call on x and, for a
    PyTorch model, each call's input and output autograd nodes."""
    calls = {}

    def record(name, inputs, output):
        if name not in calls:
            tensors = [t for t in inputs if isinstance(t, torch.Tensor)]
            calls[name] = ({t.grad_fn for t in tensors},
                           getattr(output, "grad_fn", None))

    if isinstance(model, torch.nn.Module):
        hooks = [layer.register_forward_hook(
            lambda m, i, o, name=name: record(name, i, o))
            for name, layer in layers.items()]
        with torch.enable_grad():  # the graph tells what feeds what
            model(torch.from_numpy(x).requires_grad_())
    else:
        hooks = [layer.register_forward_post_hook(
            lambda m, i, o, name=name: record(name, (), None))
            for name, layer in layers.items()]
        with paddle.no_grad():
            model(paddle.to_tensor(x))
    for hook in hooks:
        hook.remove()
    return calls


def _feeds(calls):
    """Layer name -> the set of autograd nodes its first input came
    from."""
    upstream = {}
    for name, (inputs, _) in calls.items():
        seen, todo = set(), [n for n in inputs if n is not None]
        while todo:
            node = todo.pop()
            if node not in seen:
                seen.add(node)
                todo += [n for n, _ in node.next_functions if n is not None]
        upstream[name] = seen
    return upstream


def guess_key_map(source_model, target_model, x, key_map=None):
    """{source layer: target layer}, pairing the layers that hold
    weights by the order of their first call on the input x (NumPy).
    Pairs given in key_map are taken as they are; the others are
    guessed.

    Call order, not registration order: the order of attributes in
    __init__ is the author's choice, while a layer that feeds another
    runs before it in every implementation. So only layers that do not
    feed each other (parallel branches, a shortcut beside the main
    path) can run in another order in the other model. Guarantee: each
    pair is of the same kind with the same shapes, every layer with
    weights is paired once, and no two layers of the same kind and
    shapes that do not feed each other (read from the PyTorch model's
    autograd graph) are paired by their order alone: that guess could be
    wrong with every shape right, so it raises ConversionError naming
    them. It cannot see a model that computes something else with
    layers of the same kinds and shapes: compare the outputs.
    """
    models = {"source": source_model, "target": target_model}
    given = dict(key_map or {})
    order, signature = {}, {}
    for side, model in models.items():
        layers = _weighted(model)
        calls = _calls(model, x, layers)
        silent = [name for name in layers if name not in calls]
        if silent:
            raise ConversionError(
                f"the {side} model's {silent} hold weights but do not run "
                "on x: no order to pair them by")
        if isinstance(model, torch.nn.Module):
            torch_side, torch_calls = side, calls
        signature[side] = _signature(model, layers)
        named = given if side == "source" else given.values()
        for name in named:
            if name not in layers:
                raise _unknown(name, layers, f"the {side} model")
        order[side] = [name for name in calls if name not in named]
    pairs = list(zip(order["source"], order["target"]))
    for i, (a, b) in enumerate(pairs):
        if signature["source"][a] != signature["target"][b]:
            raise ConversionError(
                f"call {i}: the source's {a!r} {signature['source'][a]} "
                f"does not match the target's {b!r} "
                f"{signature['target'][b]}")
    if len(order["source"]) != len(order["target"]):
        longer = max(order, key=lambda side: len(order[side]))
        raise ConversionError(
            f"the source has {len(order['source'])} layers with weights, "
            f"the target {len(order['target'])}: the {longer}'s "
            f"{order[longer][len(pairs):]} have no partner")
    upstream = _feeds(torch_calls)
    pick = 0 if torch_side == "source" else 1
    for i, first in enumerate(pairs):
        for second in pairs[i + 1:]:
            one, two = first[pick], second[pick]
            same = (signature[torch_side][one]
                    == signature[torch_side][two])
            if same and torch_calls[one][1] not in upstream[two]:
                raise ConversionError(
                    f"the source's {first[0]!r} -> target's {first[1]!r} "
                    f"and {second[0]!r} -> {second[1]!r} are of the same "
                    "kind and shapes and do not feed each other: the "
                    "other model may run them in the other order, and no "
                    "shape would notice. Pair them in a key_map by hand")
    return {**given, **dict(pairs)}
