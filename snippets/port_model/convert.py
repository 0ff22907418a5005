"""Convert state dicts between PyTorch and Paddle models.

Both models must name their layers alike (same attribute names):

    state = torch_to_paddle(torch_model.state_dict(), paddle_model)
    paddle_model.set_state_dict(state)

    state = paddle_to_torch(paddle_model.state_dict(), torch_model)
    torch_model.load_state_dict(state)

What differs: BatchNorm's running_mean / running_var are Paddle's
_mean / _variance; Paddle has no num_batches_tracked; a Linear weight is
[out, in] in PyTorch and [in, out] in Paddle. Which weights to transpose
is read from the target model's layers, not guessed from shapes (a square
Linear has the same shape both ways). Any key that cannot be placed, any
shape that does not fit and any target key left without a value raises
ConversionError: nothing is skipped.
"""
import numpy as np
import paddle
import torch

TORCH_TO_PADDLE = {"running_mean": "_mean", "running_var": "_variance"}
PADDLE_TO_TORCH = {v: k for k, v in TORCH_TO_PADDLE.items()}


class ConversionError(ValueError):
    pass


def _rename(key, names):
    head, _, last = key.rpartition(".")
    last = names.get(last, last)
    return f"{head}.{last}" if head else last


def _weight(layer_name):
    return f"{layer_name}.weight" if layer_name else "weight"


def _convert(state, target, names, transposed):
    """state: source key -> array; target: key -> shape."""
    out = {}
    for key, value in state.items():
        value = np.asarray(value)
        new_key = _rename(key, names)
        if new_key not in target:
            raise ConversionError(
                f"{key!r} {value.shape}: the target model has no "
                f"{new_key!r}")
        shape = value.shape
        if new_key in transposed:
            value = value.T  # [out, in] <-> [in, out]
        if value.shape != target[new_key]:
            how = (f", transposed to {value.shape},"
                   if new_key in transposed else "")
            raise ConversionError(
                f"{key!r} {shape}{how} does not fit the target's "
                f"{new_key!r} {target[new_key]}")
        out[new_key] = value
    missing = [f"{k!r} {target[k]}" for k in target if k not in out]
    if missing:
        raise ConversionError(
            f"no value for the target's {', '.join(missing)}")
    return out


def torch_to_paddle(state, paddle_model):
    """A PyTorch state dict as NumPy arrays named for paddle_model."""
    target = {k: tuple(v.shape)
              for k, v in paddle_model.state_dict().items()}
    linear = {_weight(name) for name, layer
              in paddle_model.named_sublayers(include_self=True)
              if isinstance(layer, paddle.nn.Linear)}
    state = {k: v.detach().cpu().numpy() for k, v in state.items()
             if not k.endswith("num_batches_tracked")}  # no such state
    return _convert(state, target, TORCH_TO_PADDLE, linear)


def paddle_to_torch(state, torch_model):
    """A Paddle state dict as torch tensors named for torch_model."""
    own = torch_model.state_dict()
    # Paddle does not count batches: the target keeps its own count.
    counts = {k: v.clone() for k, v in own.items()
              if k.endswith("num_batches_tracked")}
    target = {k: tuple(v.shape) for k, v in own.items()
              if k not in counts}
    linear = {_weight(name) for name, module
              in torch_model.named_modules()
              if isinstance(module, torch.nn.Linear)}
    state = {k: np.asarray(v) for k, v in state.items()}
    out = _convert(state, target, PADDLE_TO_TORCH, linear)
    return {**{k: torch.from_numpy(np.ascontiguousarray(v))
               for k, v in out.items()}, **counts}
