"""Compare the settings of a PyTorch model's layers and its Paddle port.

Weights cannot show a stride, a pooling's ceil_mode or a Dropout mode,
and the layers that hold them often have no weights at all, so they are
not in the state dict. This runs both models on x (NumPy) with a hook on
every layer of a kind it knows, lines the two sequences of calls up by
kind (difflib), and compares the settings of each pair:

    for d in compare_settings(torch_model, paddle_model, x):
        print(d)  # both layer names, the setting, both values

A layer present in one model only shows as a difference with the
setting "layer". An activation applied as a function (F.relu in a
forward) has no layer to hook: it shows as missing from that model.
Settings are read in common terms: BatchNorm's momentum as Paddle's
(PyTorch's m is Paddle's 1 - m), average pooling's count_include_pad
(Paddle's exclusive=False), and a PyTorch Dropout's mode is
upscale_in_train. key_map ({PyTorch layer: Paddle layer}, as
the converter takes it) pins the layers with weights to their partners.
"""
import difflib
from typing import NamedTuple

import paddle
import torch


class Difference(NamedTuple):
    torch_layer: str  # None: the layer is in Paddle only
    paddle_layer: str  # None: in PyTorch only
    setting: str
    torch_value: object
    paddle_value: object


def _pair(value):
    return tuple(value) if isinstance(value, (list, tuple)) else (value,) * 2


def _pool(kernel, stride, padding, ceil_mode):
    return {"kernel": _pair(kernel), "stride": _pair(stride or kernel),
            "padding": _pair(padding), "ceil_mode": ceil_mode}


def _function(name, **settings):
    return {"function": name, **settings}


# kind of layer: (class names in both frameworks,
#                 PyTorch layer -> settings, Paddle layer -> settings)
KINDS = {
    "Conv2D": (
        {"Conv2d", "Conv2D"},
        lambda m: {"stride": _pair(m.stride), "padding": _pair(m.padding),
                   "dilation": _pair(m.dilation), "groups": m.groups},
        lambda m: {"stride": _pair(m._stride),
                   "padding": _pair(m._padding),
                   "dilation": _pair(m._dilation), "groups": m._groups}),
    "Linear": ({"Linear"}, lambda m: {}, lambda m: {}),
    "BatchNorm": (
        {"BatchNorm1d", "BatchNorm2d", "BatchNorm1D", "BatchNorm2D",
         "BatchNorm"},
        lambda m: {"epsilon": m.eps, "momentum": round(1 - m.momentum, 6),
                   "activation": None},
        # Paddle's BatchNorm(act="relu") applies an activation itself
        lambda m: {"epsilon": m._epsilon,
                   "momentum": round(m._momentum, 6),
                   "activation": getattr(m, "_act", None)}),
    "Dropout": (
        {"Dropout"},
        lambda m: {"p": m.p, "mode": "upscale_in_train"},
        lambda m: {"p": m.p, "mode": m.mode}),
    "MaxPool2D": (
        {"MaxPool2d", "MaxPool2D"},
        lambda m: _pool(m.kernel_size, m.stride, m.padding, m.ceil_mode),
        lambda m: _pool(m.ksize, m.stride, m.padding, m.ceil_mode)),
    "AvgPool2D": (
        {"AvgPool2d", "AvgPool2D"},
        lambda m: {**_pool(m.kernel_size, m.stride, m.padding,
                           m.ceil_mode),
                   "count_include_pad": m.count_include_pad},
        lambda m: {**_pool(m.ksize, m.stride, m.padding, m.ceil_mode),
                   "count_include_pad": not m.exclusive}),
    "AdaptivePool2D": (
        {"AdaptiveAvgPool2d", "AdaptiveAvgPool2D", "AdaptiveMaxPool2d",
         "AdaptiveMaxPool2D"},
        lambda m: _function(type(m).__name__[:-1] + "D",
                            output_size=_pair(m.output_size)),
        lambda m: _function(type(m).__name__,
                            output_size=_pair(m._output_size))),
    # one kind, so that ReLU against ReLU6 pairs up and shows; inplace
    # does not change a value
    "activation": (
        {"ReLU", "ReLU6", "Hardswish", "Hardsigmoid", "Sigmoid", "Tanh",
         "SiLU", "Silu", "GELU", "LeakyReLU"},
        lambda m: _function(
            type(m).__name__,
            **({"approximate": m.approximate}
               if hasattr(m, "approximate") else {}),
            **({"negative_slope": m.negative_slope}
               if hasattr(m, "negative_slope") else {})),
        lambda m: _function(
            {"Silu": "SiLU"}.get(type(m).__name__, type(m).__name__),
            **({"approximate": "tanh" if m._approximate else "none"}
               if hasattr(m, "_approximate") else {}),
            **({"negative_slope": m._negative_slope}
               if hasattr(m, "_negative_slope") else {}))),
}
KIND_OF = {name: kind for kind, (names, _, _) in KINDS.items()
           for name in names}
WEIGHTED = {"Conv2D", "Linear", "BatchNorm"}


def _calls(model, x):
    """(layer name, kind, settings) for each call of a known layer."""
    is_torch = isinstance(model, torch.nn.Module)
    calls, hooks = [], []
    layers = (model.named_modules() if is_torch
              else model.named_sublayers())
    for name, layer in layers:
        kind = KIND_OF.get(type(layer).__name__)
        if kind is None:
            continue
        read = KINDS[kind][1 if is_torch else 2]
        record = (lambda m, i, o, name=name, kind=kind, read=read:
                  calls.append((name, kind, read(m))))
        hooks.append(layer.register_forward_hook(record) if is_torch
                     else layer.register_forward_post_hook(record))
    if is_torch:
        with torch.no_grad():
            model(torch.from_numpy(x))
    else:
        with paddle.no_grad():
            model(paddle.to_tensor(x))
    for hook in hooks:
        hook.remove()
    return calls


def compare_settings(torch_model, paddle_model, x, key_map=None):
    """The differences in layer settings, in the order of PyTorch's
    calls; [] when every layer pairs up with the same settings."""
    key_map = key_map or {}
    torch_calls = _calls(torch_model, x)
    paddle_calls = _calls(paddle_model, x)

    def tokens(calls, rename):
        return [(kind, rename(name) if key_map and kind in WEIGHTED
                 else None) for name, kind, _ in calls]

    matcher = difflib.SequenceMatcher(
        None, tokens(torch_calls, lambda n: key_map.get(n, n)),
        tokens(paddle_calls, lambda n: n), autojunk=False)
    found = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for (a, _, ours), (b, _, theirs) in zip(torch_calls[i1:i2],
                                                   paddle_calls[j1:j2]):
                found += [Difference(a, b, setting, value,
                                     theirs.get(setting))
                          for setting, value in ours.items()
                          if value != theirs.get(setting)]
            continue
        found += [Difference(a, None, "layer", kind, None)
                  for a, kind, _ in torch_calls[i1:i2]]
        found += [Difference(None, b, "layer", None, kind)
                  for b, kind, _ in paddle_calls[j1:j2]]
    return list(dict.fromkeys(found))  # a layer called twice: once
