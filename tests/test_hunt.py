"""The counterexample hunt: every API of the mapping page's call matrix,
called with arguments and input shapes Hypothesis draws.

Each drawn call that PyTorch accepts is ported with the call matrix's own
port functions and run in both frameworks by its `run`; the values must
agree, or the port must raise NotPortable (the page's table shows each
reason). `nox -s tests` draws HUNT_EXAMPLES (200) calls per API with a
fixed seed; `nox -s hunt` draws 5,000. The site build is not needed: the
APIs are imported, as tests/test_converter.py imports its converter.
"""
import dataclasses
import os
import sys
import warnings
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, example, given, note, settings
from hypothesis import strategies as st

# snippets/: the engine and the layers' calls.py, which hold the call
# matrix's APIs (the matrix itself, snippets/mapping/call_matrix.py,
# runs them all as it is imported: 7 s on each worker).
sys.path.insert(0, str(Path(__file__).parent.parent / "snippets"))
warnings.filterwarnings("ignore", message="No ccache found")

import torch  # noqa: E402
from call_engine import (NAMESPACE, Call, NotPortable,  # noqa: E402
                         Var, dtypes, run, source)
from mapping_layers import call_matrix  # noqa: E402
from padding.calls import blocks, fold_input  # noqa: E402
from initialization.calls import NONLINEARITIES  # noqa: E402
from schedules.calls import STEPS, scheduler  # noqa: E402

EXAMPLES = int(os.environ.get("HUNT_EXAMPLES", 200))
OMIT = "<not passed>"  # a parameter the drawn call leaves out
APIS = {api.name: api for api in call_matrix()}


def opt(strategy):
    """Leave the parameter out (its default), or pass a drawn value."""
    return st.one_of(st.just(OMIT), strategy)


def pair(values):
    return st.one_of(values, st.tuples(values, values))


def image(draw, channels, size=st.integers(1, 9)):
    """[N, C, H, W]: one-pixel sides included."""
    return (draw(st.integers(1, 2)), channels, draw(size), draw(size))


@st.composite
def conv2d(draw, function=False):
    groups = draw(st.sampled_from([1, 2, 3]))
    c_in = groups * draw(st.integers(1, 2))
    c_out = groups * draw(st.integers(1, 2))
    kernel = draw(pair(st.integers(1, 4)))
    a = {"stride": draw(opt(pair(st.integers(1, 5)))),
         "padding": draw(opt(st.one_of(
             pair(st.integers(0, 3)), st.sampled_from(["valid", "same"])))),
         "dilation": draw(opt(pair(st.integers(1, 3)))),
         "groups": draw(opt(st.just(groups))) if groups == 1 else groups}
    x = image(draw, c_in)
    if function:
        kh, kw = np.broadcast_to(kernel, 2).tolist()
        shapes = {"x": x, "weight": (c_out, c_in // groups, kh, kw),
                  "bias": (c_out,)}
        head = {"input": Var("x"), "weight": Var("weight"),
                "bias": draw(opt(st.just(Var("bias"))))}
        return head | a, shapes
    a |= {"bias": draw(opt(st.booleans())),
          "padding_mode": draw(opt(st.sampled_from(
              ["zeros", "reflect", "replicate", "circular"]))),
          "dtype": draw(opt(st.just(torch.float64)))}
    return {"in_channels": c_in, "out_channels": c_out,
            "kernel_size": kernel} | a, {"x": x}


@st.composite
def conv_transpose2d(draw, function=False):
    """Output paddings up to the larger of stride and dilation: PyTorch
    takes those Paddle refuses, which the port rewrites as padding."""
    groups = draw(st.sampled_from([1, 2, 3]))
    c_in = groups * draw(st.integers(1, 2))
    c_out = groups * draw(st.integers(1, 2))
    kernel = draw(pair(st.integers(1, 4)))
    a = {"stride": draw(opt(pair(st.integers(1, 3)))),
         "padding": draw(opt(pair(st.integers(0, 3)))),
         "output_padding": draw(opt(pair(st.integers(0, 3)))),
         "groups": draw(opt(st.just(groups))) if groups == 1 else groups,
         "dilation": draw(opt(pair(st.integers(1, 3))))}
    x = image(draw, c_in, st.integers(1, 6))
    if function:
        kh, kw = np.broadcast_to(kernel, 2).tolist()
        shapes = {"x": x, "weight": (c_in, c_out // groups, kh, kw),
                  "bias": (c_out,)}
        head = {"input": Var("x"), "weight": Var("weight"),
                "bias": draw(opt(st.just(Var("bias"))))}
        return head | a, shapes
    a = {k: a[k] for k in ("stride", "padding", "output_padding",
                           "groups")} | {
        "bias": draw(opt(st.booleans())), "dilation": a["dilation"],
        "padding_mode": draw(opt(st.just("zeros"))),
        "dtype": draw(opt(st.just(torch.float64)))}
    return {"in_channels": c_in, "out_channels": c_out,
            "kernel_size": kernel} | a, {"x": x}


@st.composite
def batchnorm2d(draw):
    c = draw(st.integers(1, 4))
    a = {"num_features": c,
         "eps": draw(opt(st.sampled_from([1e-5, 1e-3, 0.1]))),
         "momentum": draw(opt(st.one_of(st.none(), st.floats(0.01, 1)))),
         "affine": draw(opt(st.booleans())),
         "track_running_stats": draw(opt(st.booleans())),
         "dtype": draw(opt(st.just(torch.float64))),
         "bias": draw(opt(st.booleans()))}
    return a, {"x": image(draw, c, st.integers(1, 5))}


EPS = st.sampled_from([1e-5, 1e-3, 0.1])


@st.composite
def layer_norm(draw, function=False):
    """The last one to three axes of an input of rank 2 to 4."""
    shape = tuple(draw(st.lists(st.integers(1, 4), min_size=2,
                                max_size=4)))
    normalized = list(shape[-draw(st.integers(1, len(shape) - 1)):])
    if function:
        normalized = draw(st.sampled_from([normalized, tuple(normalized)]))
        return ({"input": Var("x"), "normalized_shape": normalized,
                 "weight": draw(opt(st.one_of(st.none(),
                                              st.just(Var("weight"))))),
                 "bias": draw(opt(st.one_of(st.none(),
                                            st.just(Var("bias"))))),
                 "eps": draw(opt(EPS))},
                {"x": shape, "weight": tuple(normalized),
                 "bias": tuple(normalized)})
    if len(normalized) == 1 and draw(st.booleans()):
        normalized = normalized[0]  # an int
    return ({"normalized_shape": normalized, "eps": draw(opt(EPS)),
             "elementwise_affine": draw(opt(st.booleans())),
             "bias": draw(opt(st.booleans())),
             "dtype": draw(opt(st.just(torch.float64)))}, {"x": shape})


@st.composite
def group_norm(draw, function=False):
    """Every divisor of the channels as the number of groups."""
    c = draw(st.integers(1, 6))
    groups = draw(st.sampled_from([g for g in range(1, c + 1)
                                   if c % g == 0]))
    x = image(draw, c, st.integers(1, 5))
    if function:
        return ({"input": Var("x"), "num_groups": groups,
                 "weight": draw(opt(st.one_of(st.none(),
                                              st.just(Var("weight"))))),
                 "bias": draw(opt(st.one_of(st.none(),
                                            st.just(Var("bias"))))),
                 "eps": draw(opt(EPS))},
                {"x": x, "weight": (c,), "bias": (c,)})
    return ({"num_groups": groups, "num_channels": c, "eps": draw(opt(EPS)),
             "affine": draw(opt(st.booleans())),
             "dtype": draw(opt(st.just(torch.float64))),
             "bias": draw(opt(st.booleans()))}, {"x": x})


@st.composite
def instance_norm(draw, function=False):
    c = draw(st.integers(1, 4))
    x = image(draw, c, st.integers(1, 5))
    if function:
        stats = draw(st.booleans())
        tensor = (lambda name: st.just(Var(name))) if stats else (
            lambda name: st.just(None))
        return ({"input": Var("x"),
                 "running_mean": draw(opt(tensor("running_mean"))),
                 "running_var": draw(opt(tensor("running_var"))),
                 "weight": draw(opt(st.one_of(st.none(),
                                              st.just(Var("weight"))))),
                 "bias": draw(opt(st.one_of(st.none(),
                                            st.just(Var("bias"))))),
                 "use_input_stats": draw(opt(st.booleans())),
                 "momentum": draw(opt(st.floats(0.01, 1))),
                 "eps": draw(opt(EPS))},
                {"x": x, "weight": (c,), "bias": (c,),
                 "running_mean": (c,), "running_var": (c,)})
    return ({"num_features": c, "eps": draw(opt(EPS)),
             "momentum": draw(opt(st.floats(0.01, 1))),
             "affine": draw(opt(st.booleans())),
             "track_running_stats": draw(opt(st.booleans())),
             "dtype": draw(opt(st.just(torch.float64))),
             "bias": draw(opt(st.booleans()))}, {"x": x})


@st.composite
def adaptive_avg_pool2d(draw):
    side = st.integers(1, 9)
    size = st.one_of(side, st.tuples(st.one_of(st.none(), side),
                                     st.one_of(st.none(), side)))
    return ({"output_size": draw(size)},
            {"x": image(draw, draw(st.integers(1, 3)), st.integers(1, 12))})


@st.composite
def adaptive_max_pool2d(draw, function=False):
    """As adaptive average pooling, with or without the indices."""
    a, shapes = draw(adaptive_avg_pool2d())
    a["return_indices"] = draw(opt(st.booleans()))
    return ({"input": Var("x")} | a if function else a), shapes


@st.composite
def max_unpool2d(draw, function=False):
    """Any max pooling window PyTorch takes (padding up to half the
    kernel, strides larger than the kernel), its input pooled to 1 to 4
    pixels a side. The layer unpools to the default size; the function
    also to any output_size PyTorch allows, as (H, W) or the whole
    shape. The input is that size, so every index fits."""
    kernel = draw(pair(st.integers(1, 4)))
    k = np.broadcast_to(kernel, 2)
    stride = draw(opt(st.one_of(st.none(), pair(st.integers(1, 5)))))
    s = k if stride in (OMIT, None) else np.broadcast_to(stride, 2)
    padding = draw(opt(pair(st.integers(0, int(k.min()) // 2))))
    p = np.broadcast_to(0 if padding == OMIT else padding, 2)
    pooled = np.array([draw(st.integers(1, 4)), draw(st.integers(1, 4))])
    sides = (pooled - 1) * s + k - 2 * p  # the default output size
    assume(sides.min() >= 1)
    x = (draw(st.integers(1, 2)), draw(st.integers(1, 3)))
    a = {"kernel_size": kernel, "stride": stride, "padding": padding}
    if not function:
        return a, {"x": (*x, *sides.tolist())}
    output_size = OMIT
    if draw(st.booleans()):
        sides = sides + [draw(st.integers(0, int(n) - 1)) for n in s]
        output_size = draw(st.sampled_from([
            tuple(sides.tolist()), (*x, *sides.tolist()), sides.tolist()]))
    return ({"input": Var("y"), "indices": Var("indices")} | a
            | {"output_size": output_size}, {"x": (*x, *sides.tolist())})


# Factors whose output is exactly twice a side of 2 to 9 pixels (2.1,
# 2.2), halves, thirds and a factor of 1 included.
SCALES = st.sampled_from([0.3, 0.5, 2 / 3, 0.75, 1.0, 1.5, 2, 2.0, 2.1,
                          2.2, 2.5, 3])


@st.composite
def resize(draw, function=False, upsample=False):
    """Every mode Paddle has and the ones it lacks; a size (an int or a
    pair, one-pixel sides included) or a factor (one or a pair,
    recomputed or not); align_corners and antialias where PyTorch takes
    them (it refuses the rest, which the hunt then skips)."""
    modes = ["nearest", "bilinear", "bicubic", "area", "nearest-exact"]
    mode = draw(opt(st.sampled_from(modes + ["lanczos"] * function)))
    if draw(st.booleans()):
        a = {"size": draw(st.one_of(st.integers(1, 9), st.tuples(
                 st.integers(1, 9), st.integers(1, 9)))),
             "scale_factor": OMIT}
        recompute = OMIT
    else:
        a = {"size": OMIT, "scale_factor": draw(pair(SCALES))}
        recompute = draw(opt(st.one_of(st.none(), st.booleans())))
    interpolating = mode in ("bilinear", "bicubic", "lanczos")
    a |= {"mode": mode,
          "align_corners": draw(opt(st.one_of(st.none(), st.booleans())))
          if interpolating else OMIT,
          "recompute_scale_factor": recompute}
    if function:
        a = {"input": Var("x")} | a | {
            "antialias": draw(opt(st.booleans())) if interpolating
            else OMIT}
    if upsample:  # F.upsample: interpolate without the last two
        del a["recompute_scale_factor"], a["antialias"]
    return a, {"x": image(draw, draw(st.integers(1, 3)))}


@st.composite
def upsampling(draw):
    """UpsamplingNearest2d, UpsamplingBilinear2d: a size (an int or a
    pair, one-pixel sides included) or a factor (one or a pair)."""
    if draw(st.booleans()):
        a = {"size": draw(st.one_of(st.integers(1, 9), st.tuples(
                 st.integers(1, 9), st.integers(1, 9)))),
             "scale_factor": OMIT}
    else:
        a = {"size": OMIT, "scale_factor": draw(pair(SCALES))}
    return a, {"x": image(draw, draw(st.integers(1, 3)))}


@st.composite
def grid_sample(draw):
    """Any input from 1 x 1 pixel, a grid of any size whose points the
    matrix draws from a normal distribution (inside and outside)."""
    n = draw(st.integers(1, 2))
    x = (n, draw(st.integers(1, 3)), draw(st.integers(1, 6)),
         draw(st.integers(1, 6)))
    grid = (n, draw(st.integers(1, 5)), draw(st.integers(1, 5)), 2)
    return ({"input": Var("x"), "grid": Var("grid"),
             "mode": draw(opt(st.sampled_from(
                 ["bilinear", "nearest", "bicubic"]))),
             "padding_mode": draw(opt(st.sampled_from(
                 ["zeros", "border", "reflection"]))),
             "align_corners": draw(opt(st.one_of(st.none(),
                                                 st.booleans())))},
            {"x": x, "grid": grid})


@st.composite
def affine_grid(draw):
    n = draw(st.integers(1, 3))
    size = [n, draw(st.integers(1, 3)), draw(st.integers(1, 6)),
            draw(st.integers(1, 6))]
    return ({"theta": Var("theta"), "size": size,
             "align_corners": draw(opt(st.one_of(st.none(),
                                                 st.booleans())))},
            {"x": tuple(size), "theta": (n, 2, 3)})


def batch(draw, last):
    """Any number of leading dimensions, then `last`."""
    lead = draw(st.lists(st.integers(1, 3), max_size=3))
    return (*lead, last)


@st.composite
def linear(draw, function=False):
    n_in, n_out = draw(st.integers(1, 6)), draw(st.integers(1, 6))
    x = batch(draw, n_in)
    if function:
        return ({"input": Var("x"), "weight": Var("weight"),
                 "bias": draw(opt(st.just(Var("bias"))))},
                {"x": x, "weight": (n_out, n_in), "bias": (n_out,)})
    return ({"in_features": n_in, "out_features": n_out,
             "bias": draw(opt(st.booleans())),
             "dtype": draw(opt(st.just(torch.float64)))}, {"x": x})


# Enough elements that a dropout mask keeps some and drops some.
BIG = st.tuples(st.integers(2, 3), st.integers(2, 4), st.integers(4, 6),
                st.integers(4, 6))
P = st.one_of(st.sampled_from([0.0, 1.0]), st.floats(0.1, 0.9))


@st.composite
def dropout(draw, function=False):
    a = {"p": draw(opt(P)), "inplace": draw(opt(st.booleans()))}
    if function:
        a = {"input": Var("x"), "p": a["p"],
             "training": draw(opt(st.booleans())), "inplace": a["inplace"]}
    return a, {"x": draw(BIG)}


@st.composite
def flatten(draw, function=False):
    shape = tuple(draw(st.lists(st.integers(1, 3), min_size=1,
                                max_size=5)))
    axis = st.integers(-len(shape), len(shape) - 1)
    a = {"start_dim": draw(opt(axis)), "end_dim": draw(opt(axis))}
    if function:
        a = {"input": Var("x")} | a
    return a, {"x": shape}


@st.composite
def pool2d(draw, function=False, average=False):
    kernel = draw(pair(st.integers(1, 4)))
    k = np.broadcast_to(kernel, 2)
    padding = st.integers(0, int(k.min()) // 2)
    a = {"kernel_size": kernel,
         "stride": draw(opt(st.one_of(st.none(),
                                      pair(st.integers(1, 6))))),
         "padding": draw(opt(pair(padding)))}
    if average:
        a |= {"ceil_mode": draw(opt(st.booleans())),
              "count_include_pad": draw(opt(st.booleans())),
              "divisor_override": draw(opt(st.one_of(
                  st.none(), st.integers(1, 5))))}
    elif function:
        a |= {"dilation": draw(opt(st.integers(1, 3))),
              "ceil_mode": draw(opt(st.booleans())),
              "return_indices": draw(opt(st.booleans()))}
    else:
        a |= {"dilation": draw(opt(st.integers(1, 3))),
              "return_indices": draw(opt(st.booleans())),
              "ceil_mode": draw(opt(st.booleans()))}
    if function:
        a = {"input": Var("x")} | a
    return a, {"x": image(draw, draw(st.integers(1, 3)))}


ANY_SHAPE = st.lists(st.integers(1, 4), max_size=4).map(tuple)


@st.composite
def activation(draw, **parameters):
    a = {name: draw(opt(values)) for name, values in parameters.items()}
    shape = draw(ANY_SHAPE)
    if "dim" in a:
        dims = st.integers(-len(shape), len(shape) - 1) if shape else (
            st.sampled_from([0, -1]))
        a["dim"] = draw(opt(st.one_of(st.none(), dims)))
    return a, {"x": shape}


@st.composite
def elementwise(draw, function=False, required=(), **parameters):
    """An activation's arguments, the `required` ones always passed (a
    function's input first), on an input of any shape (0-D included)."""
    a = {name: draw(parameters[name]) for name in required}
    a |= {name: draw(opt(values)) for name, values in parameters.items()
          if name not in required}
    if function:
        a = {"input": Var("x")} | a
    return a, {"x": draw(ANY_SHAPE)}


BOUND = st.floats(-3, 3)  # Hardtanh's bounds; PyTorch refuses min >= max
SCALAR = st.one_of(st.floats(-3, 3), st.integers(-2, 2))


LEGACY = {"size_average": st.one_of(st.none(), st.booleans()),
          "reduce": st.one_of(st.none(), st.booleans())}
REDUCTION = st.sampled_from(["none", "mean", "sum"])
W = Var("w")
BW = st.one_of(st.none(), st.just(Var("bw")))  # an element weight


def logits(draw):
    """[N, C] or [N, C, d1, ...]: the class axis is axis 1 in PyTorch."""
    lead = (draw(st.integers(1, 3)), draw(st.integers(1, 4)))
    rest = draw(st.lists(st.integers(1, 3), max_size=2))
    return (*lead, *rest)


@st.composite
def class_loss(draw, smoothing=False):
    """CrossEntropyLoss and NLLLoss: the weight, ignore_index (in or out
    of the class range), the reduction, the deprecated pair."""
    a = {"weight": draw(opt(st.one_of(st.none(), st.just(W)))),
         "size_average": draw(opt(LEGACY["size_average"])),
         "ignore_index": draw(opt(st.sampled_from([-100, -1, 0, 1, 2]))),
         "reduce": draw(opt(LEGACY["reduce"])),
         "reduction": draw(opt(REDUCTION))}
    if smoothing:
        a["label_smoothing"] = draw(opt(st.sampled_from([0.0, 0.1, 0.5])))
    return a, {"x": logits(draw)}


@st.composite
def elementwise_loss(draw, **parameters):
    """BCE, MSE, L1, SmoothL1, Huber: drawn arguments, any shape N-D."""
    a = {name: draw(opt(values)) for name, values in parameters.items()}
    shape = tuple(draw(st.lists(st.integers(1, 3), min_size=2,
                                max_size=4)))
    return a, {"x": shape}


@st.composite
def loss_function(draw, layer):
    """A loss function: the input x and target y, then the arguments
    its layer's strategy draws."""
    a, shapes = draw(layer)
    return {"input": Var("x"), "target": Var("y")} | a, shapes


@st.composite
def clip_grad(draw, **parameters):
    """clip_grad_norm_, clip_grad_value_: every parameter or only the
    first, drawn arguments, one to three parameters of any shape."""
    a = {"parameters": draw(st.sampled_from([Var("params"),
                                             Var("params[:1]")]))}
    a |= {name: draw(values) for name, values in parameters.items()}
    shapes = draw(st.lists(st.lists(st.integers(1, 4), min_size=1,
                                    max_size=3).map(tuple),
                           min_size=1, max_size=3).map(tuple))
    return a, {"x": shapes}


@st.composite
def softmax_function(draw):
    """F.softmax, F.log_softmax: ranks 0 to 5, dim left out (PyTorch
    guesses), None or any valid axis; the dtype cast included."""
    shape = tuple(draw(st.lists(st.integers(1, 3), max_size=5)))
    dims = st.integers(-len(shape), len(shape) - 1) if shape else (
        st.sampled_from([0, -1]))
    return ({"input": Var("x"), "dim": draw(opt(st.one_of(st.none(), dims))),
             "_stacklevel": draw(opt(st.just(3))),
             "dtype": draw(opt(st.sampled_from(
                 [None, torch.float32, torch.float64])))}, {"x": shape})


@st.composite
def tanh_function(draw):
    return {"input": Var("x")}, {"x": draw(ANY_SHAPE)}


@st.composite
def prelu(draw):
    """One slope, or one per channel (axis 1, which must exist)."""
    shape = draw(ANY_SHAPE)
    per_channel = len(shape) >= 2 and draw(st.booleans())
    a = {"num_parameters": shape[1] if per_channel else draw(
             opt(st.just(1))),
         "init": draw(opt(st.floats(-2, 2))),
         "device": draw(opt(st.just("cpu"))),
         "dtype": draw(opt(st.sampled_from([None, torch.float64])))}
    return a, {"x": shape}


@st.composite
def weight_norm(draw):
    """A Linear of any size, with or without bias; every dim PyTorch
    takes for its 2-D weight, and None."""
    n_in, n_out = draw(st.integers(1, 6)), draw(st.integers(1, 6))
    bias = draw(st.sampled_from(["", ", bias=False"]))
    return ({"module": Var(f"nn.Linear({n_in}, {n_out}{bias})"),
             "name": draw(opt(st.just("weight"))),
             "dim": draw(opt(st.sampled_from([None, -2, -1, 0, 1])))},
            {"x": batch(draw, n_in)})


# -- The Padding page: F.pad, the padding layers, PixelShuffle, Unfold,
# Fold. Negative widths (cropping) and inputs without a batch axis
# included; PyTorch refuses some drawn calls, which the hunt skips.
WIDTH = st.integers(-2, 3)
PAD_MODE = st.sampled_from(["constant", "reflect", "replicate", "circular"])


@st.composite
def pad_function(draw):
    """F.pad: any rank, one pair of widths per axis from the last, up to
    all axes (the pad list Paddle reads the other way round)."""
    shape = tuple(draw(st.lists(st.integers(1, 4), min_size=1,
                                max_size=5)))
    pad = draw(st.lists(WIDTH, min_size=2, max_size=2 * len(shape)).filter(
        lambda p: len(p) % 2 == 0))
    return ({"input": Var("x"),
             "pad": draw(st.sampled_from([pad, tuple(pad)])),
             "mode": draw(opt(PAD_MODE)),
             "value": draw(opt(st.sampled_from([None, 0.0, 1.5, -2])))},
            {"x": shape})


@st.composite
def pad_layer(draw, value=False):
    """ZeroPad2d and the others: one width or four, on [H, W] (which
    only the constant layers take), [C, H, W] or [N, C, H, W]."""
    shape = tuple(draw(st.lists(st.integers(1, 5), min_size=2,
                                max_size=4)))
    a = {"padding": draw(st.one_of(st.integers(0, 3),
                                   st.tuples(WIDTH, WIDTH, WIDTH, WIDTH)))}
    if value:
        a["value"] = draw(st.sampled_from([0.0, 1.5, -2]))
    return a, {"x": shape}


@st.composite
def pixel_shuffle(draw, unshuffle=False, function=False):
    """Factors 1 to 4, one to three leading axes (PyTorch takes any)."""
    r = draw(st.integers(1, 4 if not unshuffle else 3))
    lead = tuple(draw(st.lists(st.integers(1, 2), min_size=0,
                               max_size=2)))
    c, h, w = (draw(st.integers(1, 3)) for _ in range(3))
    shape = (c, h * r, w * r) if unshuffle else (c * r * r, h, w)
    name = "downscale_factor" if unshuffle else "upscale_factor"
    a = {name: r}
    return ({"input": Var("x")} | a if function else a), {
        "x": (*lead, *shape)}


SIDE = pair(st.integers(1, 3))


@st.composite
def unfold(draw, function=False):
    """Kernels, dilations and strides 1 to 3, paddings 0 to 2; with and
    without a batch axis; sizes where no block fits included."""
    a = {"kernel_size": draw(SIDE), "dilation": draw(opt(SIDE)),
         "padding": draw(opt(pair(st.integers(0, 2)))),
         "stride": draw(opt(SIDE))}
    x = image(draw, draw(st.integers(1, 3)), st.integers(1, 7))
    if draw(st.booleans()):
        x = x[1:]  # [C, H, W]
    if function:
        a = {"input": Var("x")} | a
    return a, {"x": x}


@st.composite
def fold(draw, function=False):
    """Output sizes 1 to 7 and the unfold's settings; the input is
    [N, C * kH * kW, L] (or without N) for the blocks that fit."""
    a = {"output_size": draw(pair(st.integers(1, 7))),
         "kernel_size": draw(SIDE), "dilation": draw(opt(SIDE)),
         "padding": draw(opt(pair(st.integers(0, 2)))),
         "stride": draw(opt(SIDE))}
    passed = {k: v for k, v in a.items() if v != OMIT}
    assume(blocks(passed, "output_size") >= 1)
    x = fold_input(passed, unbatched=draw(st.booleans()))
    if function:
        a = {"input": Var("x")} | a
    return a, {"x": x}


@st.composite
def optimizer(draw, **parameters):
    """An optimizer's keywords; `params` is the list the matrix trains."""
    a = {"params": Var("params")}
    a |= {name: draw(opt(values)) for name, values in parameters.items()}
    return a, {"x": (1,)}


@st.composite
def schedule(draw, **parameters):
    """A scheduler's arguments; `optimizer` is the SGD the matrix steps
    (STEPS times, after the last_epoch steps of a resumed call)."""
    a = {"optimizer": Var("optimizer")}
    a |= {name: draw(values) for name, values in parameters.items()}
    return a, {"x": (1,)}


LAST_EPOCH = opt(st.sampled_from([-1, 0, 3, 9, 17]))
GAMMA = opt(st.sampled_from([0.1, 0.5, 0.9]))
LAMBDAS = st.sampled_from([Var("lambda e: 0.95 ** e"),
                           Var("lambda e: 1 / (e + 1) ** 0.5"),
                           Var("lambda e: 0.5 ** (e // 20)")])


@st.composite
def one_cycle(draw):
    """Long enough for the steps the matrix takes (PyTorch refuses a
    step past total_steps); total_steps, or epochs and steps_per_epoch."""
    last_epoch = draw(LAST_EPOCH)
    need = STEPS + 1 + (0 if last_epoch == OMIT else last_epoch + 1)
    a = {"optimizer": Var("optimizer"),
         "max_lr": draw(st.sampled_from([0.1, 1.0, [1.0]]))}
    if draw(st.booleans()):
        a["total_steps"] = draw(st.integers(need, 150))
    else:
        epochs = draw(st.integers(1, 10))
        a |= {"total_steps": None, "epochs": epochs,
              "steps_per_epoch": draw(st.integers(-(-need // epochs),
                                                  -(-need // epochs) + 20))}
    for name, values in (
            ("pct_start", st.sampled_from([0.1, 0.3, 0.45, 0.5, 0.7])),
            ("anneal_strategy", st.sampled_from(["cos", "linear"])),
            ("cycle_momentum", st.booleans()),
            ("base_momentum", st.sampled_from([0.8, 0.85, [0.85]])),
            ("max_momentum", st.sampled_from([0.9, 0.95, 0.99])),
            ("div_factor", st.sampled_from([10.0, 25.0, 4])),
            ("final_div_factor", st.sampled_from([10.0, 1e4])),
            ("three_phase", st.booleans())):
        a[name] = draw(opt(values))
    a["last_epoch"] = last_epoch
    return a, {"x": (1,)}


WARMUP = st.builds(
    lambda f, e, t: scheduler("lr_scheduler.LinearLR", f, e, t),
    st.sampled_from([0.01, 0.1, 0.5, 1.0]), st.sampled_from([0.5, 1.0]),
    st.integers(1, 20))
AFTER = st.one_of(
    st.builds(lambda t, m: scheduler("lr_scheduler.CosineAnnealingLR", t,
                                     m),
              st.integers(1, 60), st.sampled_from([0.0, 1e-3])),
    st.builds(lambda s, g: scheduler("lr_scheduler.StepLR", s, g),
              st.integers(1, 20), st.sampled_from([0.1, 0.5])),
    st.builds(lambda m: scheduler("lr_scheduler.MultiStepLR", m),
              st.lists(st.integers(1, 50), min_size=1, max_size=3)),
    st.builds(lambda f: scheduler("lr_scheduler.LambdaLR", f), LAMBDAS),
    st.builds(lambda t: scheduler("lr_scheduler.LinearLR", 1.0, 0.1, t),
              st.integers(1, 30)))


@st.composite
def sequential(draw):
    """A warmup (or another scheduler) and one to two schedulers after
    it, each handed over at a milestone; half of them a rising LinearLR
    that lasts to its milestone, then one scheduler."""
    if draw(st.booleans()):
        total = draw(st.integers(1, 20))
        warmup = scheduler("lr_scheduler.LinearLR",
                           draw(st.sampled_from([0.01, 0.1, 0.5])),
                           draw(st.sampled_from([0.8, 1.0])), total)
        return ({"optimizer": Var("optimizer"),
                 "schedulers": [warmup, draw(AFTER)],
                 "milestones": [draw(st.integers(1, total))]},
                {"x": (1,)})
    first = draw(st.one_of(WARMUP, AFTER))
    after = draw(st.lists(AFTER, min_size=1, max_size=2))
    milestones = sorted(draw(st.lists(st.integers(1, 25), min_size=len(
        after), max_size=len(after), unique=True)))
    return ({"optimizer": Var("optimizer"), "schedulers": [first] + after,
             "milestones": milestones}, {"x": (1,)})


@st.composite
def weights(draw, bias=False, size=1024):
    """One or two weights in PyTorch's layout: a Linear weight [out, in]
    (either side from 1), a Conv2d weight [out, in / groups, kh, kw] and,
    where no fan is read, a bias [n]; `size` values at least, for the
    statistics of random initializers."""
    def linear():
        short = draw(st.integers(1, 256))
        long = draw(st.integers(-(-size // short), -(-size // short) + 256))
        return (short, long) if draw(st.booleans()) else (long, short)

    def conv():
        c_in, kh, kw = (draw(st.integers(1, n)) for n in (16, 5, 5))
        c_out = max(draw(st.integers(1, 64)), -(-size // (c_in * kh * kw)))
        return (c_out, c_in, kh, kw)

    kinds = [linear, conv] + ([lambda: (draw(st.integers(
        size, 4 * size)),)] if bias else [])
    chosen = draw(st.lists(st.sampled_from(kinds), min_size=1, max_size=2))
    return tuple(kind() for kind in chosen)


def init_call(draw, shapes, **parameters):
    """torch.nn.init: the weight `w`, drawn arguments, the generator `g`
    or none; one call per weight shape."""
    a = {"tensor": Var("w")}
    a |= {name: draw(values) for name, values in parameters.items()}
    if "generator" in parameters:  # last, as in PyTorch's signature
        a["generator"] = a.pop("generator")
    return a, {"x": shapes}


GENERATOR = opt(st.just(Var("g")))
GAIN = opt(st.floats(0.1, 3))
SMALL = st.lists(st.integers(1, 5), min_size=1, max_size=4).map(tuple)


@st.composite
def fill(draw, **parameters):
    """constant_, zeros_, ones_: weights of any shape."""
    shapes = draw(st.lists(SMALL, min_size=1, max_size=2).map(tuple))
    return init_call(draw, shapes, **parameters)


@st.composite
def eye(draw):
    shape = (draw(st.integers(1, 8)), draw(st.integers(1, 8)))
    return init_call(draw, (shape,))


@st.composite
def dirac(draw):
    """3-D to 5-D weights whose out channels the groups divide."""
    groups = draw(st.integers(1, 3))
    shapes = tuple((groups * draw(st.integers(1, 3)), draw(st.integers(
        1, 4)), *draw(st.lists(st.integers(1, 4), min_size=1, max_size=3)))
        for _ in range(draw(st.integers(1, 2))))
    return init_call(draw, shapes, groups=(
        opt(st.just(1)) if groups == 1 else st.just(groups)))


@st.composite
def uniform(draw):
    a = draw(opt(st.floats(-3, 0.5)))
    low = 0.0 if a == OMIT else a
    return init_call(draw, draw(weights(bias=True)), a=st.just(a),
                     b=opt(st.floats(low + 0.01, low + 5)),
                     generator=GENERATOR)


@st.composite
def normal(draw):
    return init_call(draw, draw(weights(bias=True)),
                     mean=opt(st.floats(-3, 3)),
                     std=opt(st.one_of(st.just(0.0), st.floats(0.01, 3))),
                     generator=GENERATOR)


@st.composite
def trunc_normal(draw):
    """The mean inside [a, b], 0.1 at least from each end (both
    frameworks warn that the values may be wrong when it is far out)."""
    mean = draw(opt(st.floats(-1, 1)))
    m = 0.0 if mean == OMIT else mean
    return init_call(draw, draw(weights(bias=True)), mean=st.just(mean),
                     std=opt(st.floats(0.01, 2)),
                     a=opt(st.floats(-3, m - 0.1)),
                     b=opt(st.floats(m + 0.1, 3)), generator=GENERATOR)


@st.composite
def xavier(draw):
    return init_call(draw, draw(weights()), gain=GAIN, generator=GENERATOR)


@st.composite
def kaiming(draw):
    return init_call(draw, draw(weights()), a=opt(st.floats(-1, 3)),
                     mode=opt(st.sampled_from(["fan_in", "fan_out"])),
                     nonlinearity=opt(st.sampled_from(
                         NONLINEARITIES + ["leaky_relu"])),
                     generator=GENERATOR)


@st.composite
def orthogonal(draw):
    """2-D weights of any sides, wide or tall, and conv weights."""
    shapes = draw(st.lists(st.one_of(
        st.tuples(st.integers(1, 40), st.integers(1, 40)),
        st.tuples(st.integers(1, 16), st.integers(1, 4), st.integers(1, 3),
                  st.integers(1, 3))), min_size=1, max_size=2).map(tuple))
    return init_call(draw, shapes, gain=GAIN, generator=GENERATOR)


RATE = st.sampled_from([1e-3, 0.01, 0.1])
DECAY = st.sampled_from([0.0, 1e-4, 0.01, 0.1])
ADAM = {"lr": RATE,
        "betas": st.tuples(st.sampled_from([0.0, 0.5, 0.9]),
                           st.sampled_from([0.9, 0.99, 0.999])),
        "eps": st.sampled_from([1e-8, 1e-6, 1e-3]), "weight_decay": DECAY,
        "amsgrad": st.booleans(), "maximize": st.booleans(),
        "foreach": st.one_of(st.none(), st.booleans())}
INPLACE = {"inplace": st.booleans()}
HUNTS = {
    "nn.Conv2d": conv2d(),
    "F.conv2d": conv2d(function=True),
    "nn.ConvTranspose2d": conv_transpose2d(),
    "F.conv_transpose2d": conv_transpose2d(function=True),
    "nn.BatchNorm2d": batchnorm2d(),
    "nn.LayerNorm": layer_norm(),
    "nn.GroupNorm": group_norm(),
    "nn.InstanceNorm2d": instance_norm(),
    "F.layer_norm": layer_norm(function=True),
    "F.group_norm": group_norm(function=True),
    "F.instance_norm": instance_norm(function=True),
    "nn.AdaptiveAvgPool2d": adaptive_avg_pool2d(),
    "nn.Upsample": resize(),
    "F.interpolate": resize(function=True),
    "F.upsample": resize(function=True, upsample=True),
    "nn.UpsamplingNearest2d": upsampling(),
    "nn.UpsamplingBilinear2d": upsampling(),
    "F.grid_sample": grid_sample(),
    "F.affine_grid": affine_grid(),
    "nn.Linear": linear(),
    "F.linear": linear(function=True),
    "nn.Dropout": dropout(),
    "F.dropout": dropout(function=True),
    "nn.Dropout2d": dropout(),
    "F.dropout2d": dropout(function=True),
    "nn.Flatten": flatten(),
    "torch.flatten": flatten(function=True),
    "nn.MaxPool2d": pool2d(),
    "F.max_pool2d": pool2d(function=True),
    "nn.AvgPool2d": pool2d(average=True),
    "F.avg_pool2d": pool2d(function=True, average=True),
    "nn.AdaptiveMaxPool2d": adaptive_max_pool2d(),
    "F.adaptive_max_pool2d": adaptive_max_pool2d(function=True),
    "nn.MaxUnpool2d": max_unpool2d(),
    "F.max_unpool2d": max_unpool2d(function=True),
    "nn.ReLU": activation(**INPLACE),
    "nn.ReLU6": activation(**INPLACE),
    "nn.LeakyReLU": activation(negative_slope=st.floats(-2, 2),
                               **INPLACE),
    "nn.GELU": activation(approximate=st.sampled_from(["none", "tanh"])),
    "nn.SiLU": activation(**INPLACE),
    "nn.Hardswish": activation(**INPLACE),
    "nn.Sigmoid": activation(),
    "nn.Softmax": activation(dim=st.none()),
    "nn.CrossEntropyLoss": class_loss(smoothing=True),
    "nn.NLLLoss": class_loss(),
    "nn.BCEWithLogitsLoss": elementwise_loss(
        weight=st.one_of(st.none(), st.just(Var("bw"))), **LEGACY,
        reduction=REDUCTION,
        pos_weight=st.one_of(st.none(), st.just(Var("pw")))),
    "nn.MSELoss": elementwise_loss(**LEGACY, reduction=REDUCTION),
    "nn.L1Loss": elementwise_loss(**LEGACY, reduction=REDUCTION),
    "nn.SmoothL1Loss": elementwise_loss(
        **LEGACY, reduction=REDUCTION,
        beta=st.one_of(st.just(0.0), st.floats(0.05, 5))),
    "nn.HuberLoss": elementwise_loss(reduction=REDUCTION,
                                     delta=st.floats(0.05, 5)),
    "F.cross_entropy": loss_function(class_loss(smoothing=True)),
    "F.nll_loss": loss_function(class_loss()),
    "F.binary_cross_entropy_with_logits": loss_function(elementwise_loss(
        weight=st.one_of(st.none(), st.just(Var("bw"))), **LEGACY,
        reduction=REDUCTION,
        pos_weight=st.one_of(st.none(), st.just(Var("pw"))))),
    "F.mse_loss": loss_function(elementwise_loss(
        **LEGACY, reduction=REDUCTION, weight=BW)),
    "F.l1_loss": loss_function(elementwise_loss(
        **LEGACY, reduction=REDUCTION, weight=BW)),
    "F.smooth_l1_loss": loss_function(elementwise_loss(
        **LEGACY, reduction=REDUCTION,
        beta=st.one_of(st.just(0.0), st.floats(0.05, 5)))),
    "F.huber_loss": loss_function(elementwise_loss(
        reduction=REDUCTION, delta=st.floats(0.05, 5), weight=BW)),
    "nn.utils.clip_grad_norm_": clip_grad(
        max_norm=st.floats(0.01, 20),
        norm_type=opt(st.sampled_from([0.0, 1.0, 2.0, 2, 3.0, 0.5,
                                       float("inf"), float("-inf")])),
        error_if_nonfinite=opt(st.booleans()),
        foreach=opt(st.one_of(st.none(), st.booleans()))),
    "nn.utils.clip_grad_value_": clip_grad(
        clip_value=st.floats(0.01, 10),
        foreach=opt(st.one_of(st.none(), st.booleans()))),
    "nn.LogSoftmax": activation(dim=st.none()),
    "F.softmax": softmax_function(),
    "F.log_softmax": softmax_function(),
    "nn.Tanh": activation(),
    "F.tanh": tanh_function(),
    "nn.PReLU": prelu(),
    "nn.Hardtanh": elementwise(
        min_val=BOUND, max_val=BOUND, **INPLACE,
        min_value=st.one_of(st.none(), BOUND),
        max_value=st.one_of(st.none(), BOUND)),
    "F.hardtanh": elementwise(True, min_val=BOUND, max_val=BOUND,
                              **INPLACE),
    "F.hardtanh_": elementwise(True, min_val=BOUND, max_val=BOUND),
    "nn.ELU": elementwise(alpha=SCALAR, **INPLACE),
    "F.elu": elementwise(True, alpha=SCALAR, **INPLACE),
    "F.elu_": elementwise(True, alpha=SCALAR),
    "nn.SELU": elementwise(**INPLACE),
    "F.selu": elementwise(True, **INPLACE),
    # beta of either sign, not near 0 (1 / beta); thresholds that the
    # input crosses
    "nn.Softplus": elementwise(
        beta=st.sampled_from([-2.0, -0.5, 0.5, 1, 2.0, 5]),
        threshold=SCALAR),
    "F.softplus": elementwise(
        True, beta=st.sampled_from([-2.0, -0.5, 0.5, 1, 2.0, 5]),
        threshold=SCALAR),
    "nn.Mish": elementwise(**INPLACE),
    "F.mish": elementwise(True, **INPLACE),
    "nn.Hardsigmoid": elementwise(**INPLACE),
    "F.hardsigmoid": elementwise(True, **INPLACE),
    "nn.Threshold": elementwise(required=("threshold", "value"),
                                threshold=SCALAR, value=SCALAR, **INPLACE),
    "F.threshold": elementwise(True, ("threshold", "value"),
                               threshold=SCALAR, value=SCALAR, **INPLACE),
    "F.threshold_": elementwise(True, ("threshold", "value"),
                                threshold=SCALAR, value=SCALAR),
    "weight_norm": weight_norm(),
    # the Padding page
    "F.pad": pad_function(),
    "nn.ZeroPad2d": pad_layer(),
    "nn.ConstantPad2d": pad_layer(value=True),
    "nn.ReflectionPad2d": pad_layer(),
    "nn.ReplicationPad2d": pad_layer(),
    "nn.CircularPad2d": pad_layer(),
    "nn.PixelShuffle": pixel_shuffle(),
    "nn.PixelUnshuffle": pixel_shuffle(unshuffle=True),
    "F.pixel_shuffle": pixel_shuffle(function=True),
    "F.pixel_unshuffle": pixel_shuffle(unshuffle=True, function=True),
    "nn.Unfold": unfold(),
    "nn.Fold": fold(),
    "F.unfold": unfold(function=True),
    "F.fold": fold(function=True),
    # dampening and nesterov without momentum included: PyTorch refuses
    # some of those calls, which the hunt then skips
    "torch.optim.SGD": optimizer(
        lr=RATE, momentum=st.sampled_from([0, 0.5, 0.9]),
        dampening=st.sampled_from([0.0, 0.5]), weight_decay=DECAY,
        nesterov=st.booleans(), maximize=st.booleans(),
        foreach=st.one_of(st.none(), st.booleans())),
    "torch.optim.Adam": optimizer(
        **ADAM, decoupled_weight_decay=st.booleans()),
    "torch.optim.AdamW": optimizer(**ADAM),
    "torch.optim.RMSprop": optimizer(
        lr=RATE, alpha=st.sampled_from([0.9, 0.99]),
        eps=st.sampled_from([1e-10, 1e-8, 1e-6, 1e-3]), weight_decay=DECAY,
        momentum=st.sampled_from([0, 0.5]), centered=st.booleans(),
        maximize=st.booleans(), foreach=st.one_of(st.none(),
                                                  st.booleans())),
    # milestones that repeat or are not sorted included; PyTorch refuses
    # some of the drawn calls (LinearLR's factors), which the hunt skips
    "lr_scheduler.StepLR": schedule(
        step_size=st.integers(1, 20), gamma=GAMMA, last_epoch=LAST_EPOCH),
    "lr_scheduler.MultiStepLR": schedule(
        milestones=st.lists(st.integers(0, 70), min_size=1, max_size=4),
        gamma=GAMMA, last_epoch=LAST_EPOCH),
    "lr_scheduler.CosineAnnealingLR": schedule(
        T_max=st.integers(1, 80),
        eta_min=opt(st.sampled_from([0.0, 0, 1e-3, 0.05])),
        last_epoch=LAST_EPOCH),
    "lr_scheduler.LambdaLR": schedule(
        lr_lambda=st.one_of(LAMBDAS, LAMBDAS.map(lambda f: [f])),
        last_epoch=LAST_EPOCH),
    "lr_scheduler.LinearLR": schedule(
        start_factor=opt(st.sampled_from([0.0, 0.01, 0.25, 1 / 3, 1.0])),
        end_factor=opt(st.sampled_from([0.0, 0.5, 1.0])),
        total_iters=opt(st.integers(0, 70)), last_epoch=LAST_EPOCH),
    "lr_scheduler.OneCycleLR": one_cycle(),
    "lr_scheduler.ReduceLROnPlateau": schedule(
        mode=opt(st.sampled_from(["min", "max"])),
        factor=opt(st.sampled_from([0.1, 0.5, 0.9])),
        patience=opt(st.integers(0, 12)),
        threshold=opt(st.sampled_from([1e-4, 0.01, 0.05])),
        threshold_mode=opt(st.sampled_from(["rel", "abs"])),
        cooldown=opt(st.integers(0, 4)),
        min_lr=opt(st.sampled_from([0, 0.0, 1e-3, 0.02, [0.02]])),
        eps=opt(st.sampled_from([1e-8, 1e-3, 0.01]))),
    "lr_scheduler.SequentialLR": sequential(),
    # Paddle has none: every drawn call is stated not portable
    "lr_scheduler.ChainedScheduler": st.builds(
        lambda schedulers, optimizer: (
            {"schedulers": schedulers, "optimizer": optimizer}, {"x": (1,)}),
        st.lists(st.one_of(WARMUP, AFTER), min_size=1, max_size=3),
        st.sampled_from([OMIT, Var("optimizer")])),
    "nn.init.constant_": fill(val=st.one_of(st.floats(-10, 10),
                                            st.integers(-5, 5))),
    "nn.init.zeros_": fill(),
    "nn.init.ones_": fill(),
    "nn.init.eye_": eye(),
    "nn.init.dirac_": dirac(),
    "nn.init.uniform_": uniform(),
    "nn.init.normal_": normal(),
    "nn.init.trunc_normal_": trunc_normal(),
    "nn.init.xavier_uniform_": xavier(),
    "nn.init.xavier_normal_": xavier(),
    "nn.init.kaiming_uniform_": kaiming(),
    "nn.init.kaiming_normal_": kaiming(),
    "nn.init.orthogonal_": orthogonal(),
}

# Shrunk counterexamples the hunt found, kept as regressions:
# (arguments, shapes, how many are passed by position).
X, W, B = Var("x"), Var("weight"), Var("bias")
REGRESSIONS = {
    # 'valid' with a non-zero padding_mode: the port padded by 'valid'
    "nn.Conv2d": [(({"in_channels": 1, "out_channels": 1, "kernel_size": 1,
                     "stride": OMIT, "padding": "valid", "dilation": OMIT,
                     "groups": OMIT, "bias": OMIT, "padding_mode": "reflect",
                     "dtype": OMIT}, {"x": (1, 1, 1, 1)}), 0)],
    # 'same' with a dilation: the port took every weight to be 3 x 3
    "F.conv2d": [(({"input": X, "weight": W, "bias": OMIT, "stride": OMIT,
                    "padding": "same", "dilation": 2, "groups": OMIT},
                   {"x": (1, 1, 1, 1), "weight": (1, 1, 1, 1),
                    "bias": (1,)}), 0)],
    # an output of 0 rows, which both give: the comparison took the
    # largest difference of an empty array
    "nn.ConvTranspose2d": [(({"in_channels": 1, "out_channels": 1,
                              "kernel_size": 4, "stride": OMIT,
                              "padding": 2, "output_padding": OMIT,
                              "groups": OMIT, "bias": OMIT,
                              "dilation": OMIT, "padding_mode": OMIT,
                              "dtype": OMIT}, {"x": (1, 1, 1, 1)}), 0)],
    # a square weight was copied untransposed
    "nn.Linear": [(({"in_features": 2, "out_features": 2, "bias": OMIT,
                     "dtype": OMIT}, {"x": (2,)}), 0)],
    # the dilated pooling helper took int paddings only
    "nn.MaxPool2d": [(({"kernel_size": 1, "stride": OMIT,
                       "padding": (0, 0), "dilation": 2,
                       "return_indices": OMIT, "ceil_mode": OMIT},
                      {"x": (1, 1, 1, 1)}), 0)],
    "F.max_pool2d": [(({"input": X, "kernel_size": 1, "stride": OMIT,
                       "padding": (0, 0), "dilation": 2,
                       "ceil_mode": OMIT, "return_indices": OMIT},
                      {"x": (1, 1, 1, 1)}), 0)],
    # a positional ceil_mode skipped the slice (stride > kernel)
    "nn.AvgPool2d": [(({"kernel_size": 1, "stride": 2, "padding": 0,
                       "ceil_mode": True, "count_include_pad": OMIT,
                       "divisor_override": OMIT}, {"x": (1, 1, 1, 2)}), 4)],
    "F.avg_pool2d": [(({"input": X, "kernel_size": 4, "stride": None,
                       "padding": 2, "ceil_mode": True,
                       "count_include_pad": OMIT, "divisor_override": OMIT},
                      {"x": (1, 1, 1, 1)}), 5)],
    # a p-norm Paddle's clip_grad_norm_ refuses (ValueError): the port
    # called it
    "nn.utils.clip_grad_norm_": [(({"parameters": Var("params"),
                                    "max_norm": 1.0, "norm_type": 3.0,
                                    "error_if_nonfinite": OMIT,
                                    "foreach": OMIT}, {"x": ((1,),)}), 0)],
    # total_iters=0, which Paddle's LinearLR refuses (ValueError)
    "lr_scheduler.LinearLR": [(({"optimizer": Var("optimizer"),
                                 "start_factor": OMIT, "end_factor": OMIT,
                                 "total_iters": 0, "last_epoch": OMIT},
                                {"x": (1,)}), 0)],
    # a LinearLR that falls: LinearWarmup refuses end_lr <= start_lr
    "lr_scheduler.SequentialLR": [(({"optimizer": Var("optimizer"),
                                     "schedulers": [
                                         scheduler("lr_scheduler.LinearLR",
                                                   1.0, 0.5, 1),
                                         scheduler("lr_scheduler.StepLR",
                                                   1, 0.1)],
                                     "milestones": [1]}, {"x": (1,)}), 0)],
}


def drawn_call(api, arguments, shapes, by_position):
    """The Api with the drawn shapes, and the call: the first
    `by_position` arguments by position, the rest by keyword."""
    if api.tensors is None:
        api = dataclasses.replace(api, x_shape=shapes["x"])
    else:
        api = dataclasses.replace(
            api, tensors=lambda a: {k: v for k, v in shapes.items()
                                    if k in a.values() or k == "x"})
    names = list(api.full)
    passed = {k: v for k, v in arguments.items() if v != OMIT}
    args = []
    for name in names[:by_position]:
        if name not in passed:
            break
        args.append(passed.pop(name))
    only = api.keyword_only()
    if any(name in only for name in names[:len(args)]):
        return api, None
    call = Call(api, tuple(args), passed, "hunt")
    return api, call


def torch_accepts(api, call):
    """Whether PyTorch runs the call: the hunt draws valid calls only."""
    dtype, _ = dtypes(api, call)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if "optimizer" in api.full:  # a scheduler, built afresh
                built = {k: v for k, v in call.arguments.items()
                         if k != "last_epoch"}
                optimizer = torch.optim.SGD(
                    [torch.nn.Parameter(torch.zeros(1))], lr=0.1,
                    momentum=0.9)
                eval(source(api.name, [], built),
                     NAMESPACE | {"optimizer": optimizer})
                return True
            if api.runner is not None:  # clipping: drawn valid
                return True
            if api.optimizer:
                eval(call.code, NAMESPACE | {
                    "params": [torch.nn.Parameter(torch.ones(2))]})
            elif api.target is not None and api.tensors is None:  # a loss
                constants = api.constants(api.x_shape) if (
                    api.constants) else {}
                layer = eval(call.code, NAMESPACE | {
                    k: torch.from_numpy(v) for k, v in constants.items()})
                target = api.target(np.random.default_rng(0), call,
                                    api.x_shape)
                if target.dtype.kind == "f":
                    target = target.astype(np.float32)
                layer(torch.ones(api.x_shape), torch.from_numpy(target))
            elif api.tensors is None:
                layer = eval(call.code, NAMESPACE)
                layer(torch.ones(api.x_shape, dtype=getattr(torch, dtype)))
            else:
                tensors = {k: torch.ones(v) for k, v in
                           api.tensors(call.arguments).items()}
                if api.target is not None:  # a loss function
                    target = api.target(np.random.default_rng(0), call,
                                        tensors["x"].shape)
                    if target.dtype.kind == "f":
                        target = target.astype(np.float32)
                    tensors["y"] = torch.from_numpy(target)
                    constants = api.constants(tuple(tensors["x"].shape))
                    tensors |= {k: torch.from_numpy(v)
                                for k, v in constants.items()}
                eval(call.code, NAMESPACE | tensors)
    except Exception:
        return False
    return True


def hunt(name):
    strategy = st.tuples(HUNTS[name], st.integers(0, 12))

    @settings(max_examples=EXAMPLES, derandomize=True, database=None,
              deadline=None, suppress_health_check=list(HealthCheck))
    @given(strategy)
    def check(drawn):
        (arguments, shapes), by_position = drawn
        api, call = drawn_call(APIS[name], arguments, shapes, by_position)
        assume(call is not None and torch_accepts(api, call))
        note(f"PyTorch: {call.code}, input {shapes}")
        try:
            paddle_code = api.port(call)
        except NotPortable:
            COUNTS[name]["stated not portable"] += 1
            return
        note(f"Paddle: {paddle_code}")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            verdict, gap = run(api, call, paddle_code)
        assert verdict in ("same", "same rule"), (call.code, shapes,
                                                   paddle_code, verdict,
                                                   gap)
        COUNTS[name]["same"] += 1

    for regression in REGRESSIONS.get(name, []):
        check = example(regression)(check)
    return check


COUNTS = {name: {"same": 0, "stated not portable": 0} for name in HUNTS}


def test_the_hunt_covers_every_api_of_the_call_matrix():
    assert set(HUNTS) == set(APIS)


@pytest.mark.hunt
@pytest.mark.parametrize("name", list(HUNTS))
def test_drawn_calls_port_to_the_same_values(name):
    hunt(name)()
    print(f"{name}: {COUNTS[name]}")
    assert sum(COUNTS[name].values()) >= min(EXAMPLES, 200) // 2
