"""The call matrix's entries for the APIs this page teaches: each one's
port (the Paddle code for a PyTorch call) and its calls.
snippets/mapping/call_matrix.py runs them."""
import sys
import warnings
from pathlib import Path

import numpy as np
import torch.nn.functional as F
from torch import nn

# Run alone: snippets/ on the path, as the build's kernel has it.
if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from call_engine import Api, NotPortable, Var, source  # noqa: E402

# PyTorch warns when grid_sample or affine_grid is called without
# align_corners; the matrix makes such calls on purpose, to port them.
warnings.filterwarnings("ignore", message="Default grid_sample and")
# F.upsample warns that it is deprecated; the matrix calls it on purpose.
warnings.filterwarnings("ignore", message="`nn.functional.upsample` is")

# PyTorch's modes that Paddle's interpolate does not have.
NOT_IN_PADDLE = {"nearest-exact", "lanczos"}


def pair(value):
    """An int or a pair, as a list of two plain numbers."""
    return [v.item() for v in np.broadcast_to(value, 2)]


def output_sides(a, x_shape):
    """The output's height and width: the size, or floor(side * scale)
    computed as PyTorch does, in double precision."""
    if a.get("size") is not None:
        return pair(a["size"])
    return [int(np.floor(float(n) * float(s)))
            for n, s in zip(x_shape[2:], pair(a["scale_factor"]))]


def resize_keywords(a, x_shape):
    """Paddle's keywords for a resize with PyTorch's arguments a, or
    NotPortable. For area with a scale factor, the size is computed from
    x.shape."""
    mode = a.get("mode", "nearest")
    if mode in NOT_IN_PADDLE:
        raise NotPortable(f"Paddle has no mode {mode!r}")
    sides = output_sides(a, x_shape)
    if mode in ("bilinear", "bicubic") and not a.get(
            "align_corners") and not a.get("antialias") and any(
            o == 1 < n for n, o in zip(x_shape[2:], sides)):
        start = ("Paddle reads the first pixel" if mode == "bilinear"
                 else "Paddle samples half a pixel before the first")
        raise NotPortable(f"an output side of one pixel: {start}")
    (h, _), (out_h, out_w) = x_shape[2:], sides
    if a.get("antialias") and out_w == 1 and out_h not in (1, h) and h > 1:
        raise NotPortable("antialias into one column while the height "
                          "changes: Paddle's values differ")
    keywords = {}
    if a.get("size") is not None:
        keywords["size"] = pair(a["size"])  # Paddle refuses an int
    elif mode == "area":  # Paddle's area takes a size only
        scales = pair(a["scale_factor"])
        keywords["size"] = Var(f"[int(x.shape[2] * {scales[0]!r}), "
                               f"int(x.shape[3] * {scales[1]!r})]")
    else:
        keywords["scale_factor"] = a["scale_factor"]
        twice = [o == 2 * n > 2 and s != 2 for n, o, s in zip(
            x_shape[2:], sides, pair(a["scale_factor"]))]
        if mode == "nearest" and any(twice) and not a.get(
                "recompute_scale_factor"):
            # PyTorch repeats each pixel twice when the output is twice
            # the input, whatever the factor; Paddle does so with 2.0.
            keywords["scale_factor"] = [
                2.0 if t else s for t, s in zip(
                    twice, pair(a["scale_factor"]))]
    if mode != "nearest":
        keywords["mode"] = mode
    if a.get("align_corners"):  # None and False are Paddle's default
        keywords["align_corners"] = True
    if a.get("recompute_scale_factor") and a.get("size") is None and (
            mode != "area"):
        keywords["recompute_scale_factor"] = True
    if a.get("antialias"):
        keywords["antialias"] = True
    return keywords


def port_interpolate(call):
    x_shape = call.api.tensors(call.arguments)["x"]
    keywords = resize_keywords(call.arguments, x_shape)
    return source("PF.interpolate", [call.arguments["input"]], keywords)


def port_upsample(call):
    keywords = resize_keywords(call.arguments, call.api.x_shape)
    if isinstance(keywords.get("size"), Var):  # area: size from x.shape
        return f"lambda x: {source('PF.interpolate', [Var('x')], keywords)}"
    return source("paddle.nn.Upsample", [], keywords)


def port_upsampling(name, mode):
    """UpsamplingNearest2d and UpsamplingBilinear2d: nn.Upsample with the
    mode fixed, bilinear with align_corners=True. Paddle's layers of the
    same names fix the same; they take an int size too."""
    def port(call):
        a = call.arguments | {"mode": mode,
                              "align_corners": mode == "bilinear"}
        keywords = resize_keywords(a, call.api.x_shape)
        return source(name, [], {k: keywords[k] for k in
                                 ("size", "scale_factor") if k in keywords})
    return port


def port_grid_sample(call):
    a = call.arguments
    if a.get("mode") == "bicubic":
        raise NotPortable("Paddle has no bicubic grid_sample")
    keywords = {k: a[k] for k in ("mode", "padding_mode") if k in a}
    # PyTorch's None is False; Paddle's default is True.
    keywords["align_corners"] = bool(a.get("align_corners"))
    return source("PF.grid_sample", [a["input"], a["grid"]], keywords)


def port_affine_grid(call):
    a = call.arguments
    return source("PF.affine_grid", [a["theta"], a["size"]],
                  {"align_corners": bool(a.get("align_corners"))})


X, GRID, THETA = Var("x"), Var("grid"), Var("theta")
# On a 5 x 6 input, a factor of 2.1 gives 10 x 12: exactly twice.
UPSAMPLE_EXTRA = [
    {"scale_factor": 2, "mode": "bilinear"},
    {"scale_factor": 2, "mode": "bilinear", "align_corners": True},
    {"scale_factor": 2, "mode": "bicubic"},
    {"scale_factor": 2, "mode": "bicubic", "align_corners": False},
    {"size": (7, 9), "mode": "bilinear", "align_corners": False},
    {"scale_factor": 1.5, "mode": "bilinear",
     "recompute_scale_factor": True},
    {"size": (2, 3), "mode": "area"},
    {"scale_factor": 0.5, "mode": "area"},
    {"scale_factor": 2, "mode": "nearest-exact"},
    {"size": (1, 4), "mode": "bilinear"},
]
CALLS = [
    Api("nn.Upsample", nn.Upsample, "paddle.nn.Upsample", port_upsample,
        full={"size": None, "scale_factor": 1.5, "mode": "bilinear",
              "align_corners": True, "recompute_scale_factor": True},
        required=0, bare=False,
        values={"size": [8, (7, 9)], "scale_factor": [2, 0.5, (2, 1.5),
                                                     2.1]},
        extra=UPSAMPLE_EXTRA, x_shape=(2, 3, 5, 6)),
    Api("F.interpolate", F.interpolate, "PF.interpolate", port_interpolate,
        full={"input": X, "size": None, "scale_factor": 1.5,
              "mode": "bilinear", "align_corners": True,
              "recompute_scale_factor": True, "antialias": True},
        required=1, bare=False,
        values={"size": [8, (7, 9)], "scale_factor": [2, 0.5, (2, 1.5),
                                                     2.1]},
        extra=UPSAMPLE_EXTRA + [
            {"size": (2, 3), "mode": "bilinear", "antialias": True},
            {"size": (2, 3), "mode": "bicubic", "antialias": True},
            {"size": (2, 3), "mode": "lanczos", "antialias": True}],
        tensors=lambda a: {"x": (2, 3, 5, 6)}),
    Api("F.upsample", F.upsample, "PF.upsample", port_interpolate,
        full={"input": X, "size": None, "scale_factor": 1.5,
              "mode": "bilinear", "align_corners": True},
        required=1, bare=False,
        values={"size": [8, (7, 9)], "scale_factor": [2, 0.5, (2, 1.5),
                                                     2.1]},
        extra=[e for e in UPSAMPLE_EXTRA
               if "recompute_scale_factor" not in e],
        tensors=lambda a: {"x": (2, 3, 5, 6)}),
    Api("nn.UpsamplingNearest2d", nn.UpsamplingNearest2d,
        "paddle.nn.UpsamplingNearest2D",
        port_upsampling("paddle.nn.UpsamplingNearest2D", "nearest"),
        full={"size": None, "scale_factor": 2}, required=0, bare=False,
        values={"size": [8, (7, 9), (1, 4)],
                "scale_factor": [0.5, (2, 1.5), 2.1]},
        x_shape=(2, 3, 5, 6)),
    Api("nn.UpsamplingBilinear2d", nn.UpsamplingBilinear2d,
        "paddle.nn.UpsamplingBilinear2D",
        port_upsampling("paddle.nn.UpsamplingBilinear2D", "bilinear"),
        full={"size": None, "scale_factor": 2}, required=0, bare=False,
        values={"size": [8, (7, 9), (1, 4)],
                "scale_factor": [0.5, (2, 1.5), 2.1]},
        x_shape=(2, 3, 5, 6)),
    Api("F.grid_sample", F.grid_sample, "PF.grid_sample", port_grid_sample,
        full={"input": X, "grid": GRID, "mode": "nearest",
              "padding_mode": "border", "align_corners": True},
        required=2,
        values={"mode": ["nearest", "bicubic"],
                "padding_mode": ["border", "reflection"],
                "align_corners": [False, True]},
        extra=[{"mode": "nearest", "padding_mode": "reflection",
                "align_corners": False}],
        tensors=lambda a: {"x": (2, 3, 5, 6), "grid": (2, 4, 7, 2)}),
    Api("F.affine_grid", F.affine_grid, "PF.affine_grid", port_affine_grid,
        full={"theta": THETA, "size": [2, 3, 5, 6], "align_corners": True},
        required=2, values={"align_corners": [False, True]},
        tensors=lambda a: {"x": (2, 3, 5, 6), "theta": (2, 2, 3)}),
]
