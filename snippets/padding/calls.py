"""The call matrix's entries for the APIs this page teaches: each one's
port (the Paddle code for a PyTorch call) and its calls.
snippets/mapping/call_matrix.py runs them."""
import sys
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

# Run alone: snippets/ on the path, as the build's kernel has it.
if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from call_engine import NAMESPACE, Api, NotPortable, Var, source  # noqa: E402


def crop(pad, ndim):
    """The slice that takes the negative entries of a pad list off, as
    source text: [..., 1:, :-2]. PyTorch's list starts at the last axis."""
    parts = [":"] * ndim
    for k in range(len(pad) // 2):
        before, after = -min(pad[2 * k], 0), -min(pad[2 * k + 1], 0)
        parts[ndim - 1 - k] = (f"{before or ''}:"
                               + (f"-{after}" if after else ""))
    while parts and parts[-1] == ":":
        parts.pop()
    return f"[{', '.join(parts)}]" if parts else ""


def paddle_pad(x, pad, mode, value, shape):
    """Paddle code that pads the tensor named x (of the given shape) as
    PyTorch's F.pad(x, pad, mode, value) does."""
    ndim, pairs = len(shape), len(pad) // 2
    widths = [max(int(p), 0) for p in pad]
    keywords = {}
    if mode != "constant":
        keywords["mode"] = mode
    elif value:  # None and 0 are the default
        keywords["value"] = value
    if mode == "constant" and pairs == ndim > 1:
        # As long as all axes: Paddle reads the list from the first axis.
        widths = [w for k in reversed(range(pairs))
                  for w in widths[2 * k:2 * k + 2]]
    cut = crop(pad, ndim)
    if mode == "circular" and cut:
        # PyTorch crops first, then wraps what is left.
        kept = [shape[ndim - 1 - k] + min(pad[2 * k], 0)
                + min(pad[2 * k + 1], 0) for k in range(pairs)]
        if any(w > n for k, n in enumerate(kept)
               for w in widths[2 * k:2 * k + 2]):
            raise NotPortable("wraps a cropped axis more than once")
        x, cut = f"{x}{cut}", ""
    if mode != "constant" and pairs == ndim - 1:
        # No batch axis: Paddle pads the spatial axes of N, C, ... only.
        code = source("PF.pad", [Var(f"{x}.unsqueeze(0)"), widths],
                      keywords) + ".squeeze(0)"
    else:
        code = source("PF.pad", [Var(x), widths], keywords)
    return code + cut


def input_shape(call):
    if call.api.x_shape:
        return call.api.x_shape
    if call.api.tensors:
        return call.api.tensors(call.arguments)["x"]
    return fold_input(call.arguments)  # nn.Fold: made by fold_runner


def port_pad(call):
    a = call.arguments
    return paddle_pad(a["input"], list(a["pad"]), a.get("mode", "constant"),
                      a.get("value"), input_shape(call))


def four(padding):
    """A layer's padding: an int for all four sides, or (l, r, t, b)."""
    return [padding] * 4 if isinstance(padding, int) else list(padding)


def port_pad_layer(mode):
    """ZeroPad2d, ConstantPad2d and the three modes' layers: Paddle's
    ZeroPad2D or Pad2D where the layer does PyTorch's padding; otherwise
    the function, as F.pad's port writes it."""
    def port(call):
        a = call.arguments
        padding, value = a["padding"], a.get("value", 0.0)
        shape = input_shape(call)
        if len(shape) == 4 and min(four(padding)) >= 0:
            if call.api.name == "nn.ZeroPad2d":
                return source("paddle.nn.ZeroPad2D", [padding], {})
            keywords = {"mode": mode} if mode != "constant" else {}
            if value:
                keywords["value"] = value
            return source("paddle.nn.Pad2D", [padding], keywords)
        return "lambda x: " + paddle_pad("x", four(padding), mode, value,
                                         shape)
    return port


def port_pixel_shuffle(name):
    """The same layer or function; Paddle takes [N, C, H, W] only:
    another number of leading axes is reshaped to one and back."""
    function = name.startswith("PF.")

    def port(call):
        a = call.arguments
        factor = a[call.api.parameters[1 if function else 0]]
        x = a["input"] if function else Var("x")
        shape = input_shape(call)
        if len(shape) == 4:
            return source(name, [x, factor] if function else [factor], {})
        c, h, w = shape[-3:]
        if name.endswith(("Unshuffle", "unshuffle")):
            out = [c * factor ** 2, h // factor, w // factor]
        else:
            out = [c // factor ** 2, h * factor, w * factor]
        flat = Var(f"{x}.reshape([-1, {c}, {h}, {w}])")
        back = f".reshape({[*shape[:-3], *out]})"
        if function:
            return source(name, [flat, factor], {}) + back
        return f"lambda x: {source(name, [factor], {})}({flat}){back}"
    return port


# PyTorch's names and Paddle's: plural, and in another order for the
# functions (strides before paddings and dilations).
PLURAL = {"output_size": "output_sizes", "kernel_size": "kernel_sizes",
          "dilation": "dilations", "padding": "paddings",
          "stride": "strides"}


def port_unfold_fold(name, batched_rank):
    """Unfold and Fold, layer or function. The layers take their
    arguments in PyTorch's order; the functions' order differs after
    kernel_sizes, so everything after it is passed by keyword. Paddle
    takes a batch only: an unbatched input gets an axis and loses it."""
    function = name.startswith("PF.")

    def port(call):
        a = dict(call.arguments)
        x = a.pop("input", None)
        head = ["output_size", "kernel_size"] if function else PLURAL
        positional = [a.pop(n) for n in call.positional if n in head]
        keywords = {PLURAL[k]: v for k, v in a.items()}
        if isinstance(keywords.get("paddings"), tuple):
            # Paddle's fold before 3.3 takes a list, not a tuple.
            keywords["paddings"] = list(keywords["paddings"])
        unbatched = len(input_shape(call)) < batched_rank
        if function:
            x = Var(f"{x}.unsqueeze(0)") if unbatched else x
            code = source(name, [x, *positional], keywords)
            return f"{code}[0]" if unbatched else code
        code = source(name, positional, keywords)
        return f"lambda x: {code}(x.unsqueeze(0))[0]" if unbatched else code
    return port


def blocks(a, size):
    """How many sliding blocks fit in the output_size of a fold."""
    out, kernel, dilation, padding, stride = (
        np.broadcast_to(a.get(n, d), 2)
        for n, d in ((size, None), ("kernel_size", None), ("dilation", 1),
                     ("padding", 0), ("stride", 1)))
    along = (out + 2 * padding - dilation * (kernel - 1) - 1) // stride + 1
    return int(np.prod(along)) if along.min() > 0 else 0


def fold_input(a, unbatched=False):
    """[N, C * kH * kW, L] that fits a fold's arguments, with C = 2."""
    kh, kw = np.broadcast_to(a["kernel_size"], 2)
    shape = (2 * int(kh * kw), blocks(a, "output_size"))
    return shape if unbatched else (2, *shape)


def fold_runner(call, paddle_code, rng):
    """nn.Fold: its input's shape follows from its arguments."""
    shape = call.api.x_shape or fold_input(call.arguments)
    x = rng.standard_normal(shape).astype(np.float32)
    torch_y = eval(call.code, NAMESPACE)(torch.from_numpy(x))
    paddle_y = eval(paddle_code, NAMESPACE)(NAMESPACE["paddle"].to_tensor(x))
    return {"output": (torch_y.numpy(), paddle_y.numpy())}


X = Var("x")
PAD_MODES = {"nn.ZeroPad2d": (nn.ZeroPad2d, "paddle.nn.ZeroPad2D",
                              "constant"),
             "nn.ConstantPad2d": (nn.ConstantPad2d, "paddle.nn.Pad2D",
                                  "constant"),
             "nn.ReflectionPad2d": (nn.ReflectionPad2d, "paddle.nn.Pad2D",
                                    "reflect"),
             "nn.ReplicationPad2d": (nn.ReplicationPad2d, "paddle.nn.Pad2D",
                                     "replicate"),
             "nn.CircularPad2d": (nn.CircularPad2d, "paddle.nn.Pad2D",
                                  "circular")}
CALLS = [
    Api("F.pad", F.pad, "PF.pad", port_pad,
        full={"input": X, "pad": [1, 2, 0, 1], "mode": "constant",
              "value": 1.5},
        required=2,
        values={"mode": ["reflect", "replicate", "circular"],
                "value": [1.5, None]},
        extra=[{"pad": [1, 2]}, {"pad": (1, 2, 0, 1, 1, 0)},
               {"pad": [1, 0, 0, 2, 0, 1, 1, 1]},
               {"pad": [1, 0, 0, 2, 0, 1, 1, 1], "value": 1.5},
               {"pad": [-1, 1, 0, -2]},
               {"pad": [-1, 1, 0, -2], "mode": "circular"},
               {"pad": [1, 2, 0, 1, 1, 0], "mode": "reflect"},
               (X, [2, 2, 2, 2], "reflect")],
        tensors=lambda a: {"x": (2, 3, 4, 5)}),
] + [
    Api(name, torch_api, paddle_name, port_pad_layer(mode),
        full={"padding": (1, 2, 0, 3)} | (
            {"value": 1.5} if name == "nn.ConstantPad2d" else {}),
        required=2 if name == "nn.ConstantPad2d" else 1,
        extra=[{"padding": 2}, {"padding": (-1, 2, 1, -1)}],
        x_shape=(2, 3, 4, 5))
    for name, (torch_api, paddle_name, mode) in PAD_MODES.items()
] + [
    Api("nn.PixelShuffle", nn.PixelShuffle, "paddle.nn.PixelShuffle",
        port_pixel_shuffle("paddle.nn.PixelShuffle"),
        full={"upscale_factor": 2}, required=1, extra=[{"upscale_factor": 1}],
        x_shape=(2, 8, 3, 4)),
    Api("nn.PixelUnshuffle", nn.PixelUnshuffle, "paddle.nn.PixelUnshuffle",
        port_pixel_shuffle("paddle.nn.PixelUnshuffle"),
        full={"downscale_factor": 2}, required=1,
        extra=[{"downscale_factor": 1}], x_shape=(2, 3, 4, 6)),
    Api("F.pixel_shuffle", F.pixel_shuffle, "PF.pixel_shuffle",
        port_pixel_shuffle("PF.pixel_shuffle"),
        full={"input": X, "upscale_factor": 2}, required=2,
        extra=[{"upscale_factor": 1}],
        tensors=lambda a: {"x": (2, 8, 3, 4)}),
    Api("F.pixel_unshuffle", F.pixel_unshuffle, "PF.pixel_unshuffle",
        port_pixel_shuffle("PF.pixel_unshuffle"),
        full={"input": X, "downscale_factor": 2}, required=2,
        extra=[{"downscale_factor": 1}],
        tensors=lambda a: {"x": (2, 3, 4, 6)}),
    Api("nn.Unfold", nn.Unfold, "paddle.nn.Unfold",
        port_unfold_fold("paddle.nn.Unfold", 4),
        full={"kernel_size": (2, 3), "dilation": 2, "padding": 1,
              "stride": (2, 1)},
        required=1,
        values={"dilation": [2], "padding": [1, (2, 0)],
                "stride": [2, (2, 1)]},
        x_shape=(2, 3, 6, 7)),
    Api("nn.Fold", nn.Fold, "paddle.nn.Fold",
        port_unfold_fold("paddle.nn.Fold", 3),
        full={"output_size": (5, 6), "kernel_size": (2, 3), "dilation": 2,
              "padding": 1, "stride": (2, 1)},
        required=2,
        values={"dilation": [2], "padding": [1, (2, 0)],
                "stride": [2, (2, 1)]},
        extra=[{"output_size": 5, "kernel_size": 2}],
        runner=fold_runner),
    Api("F.unfold", F.unfold, "PF.unfold", port_unfold_fold("PF.unfold", 4),
        full={"input": X, "kernel_size": (2, 3), "dilation": 2,
              "padding": 1, "stride": (2, 1)},
        required=2,
        values={"dilation": [2], "padding": [1, (2, 0)],
                "stride": [2, (2, 1)]},
        extra=[(X, 2, 1, 0, 2)],
        tensors=lambda a: {"x": (2, 3, 6, 7)}),
    Api("F.fold", F.fold, "PF.fold", port_unfold_fold("PF.fold", 3),
        full={"input": X, "output_size": (5, 6), "kernel_size": (2, 3),
              "dilation": 2, "padding": 1, "stride": (2, 1)},
        required=3,
        values={"dilation": [2], "padding": [1, (2, 0)],
                "stride": [2, (2, 1)]},
        extra=[(X, 5, 2, 1, 0, 2)],
        tensors=lambda a: {"x": fold_input(a)}),
]
