"""The call matrix's entries for the APIs this page teaches: each one's
port (the Paddle code for a PyTorch call) and its calls.
snippets/mapping/call_matrix.py runs them."""
import dataclasses
import re
import sys
from pathlib import Path

import numpy as np
import paddle
import paddle.nn.functional as PF
import torch.nn.functional as F
from torch import nn

# Run alone: snippets/ on the path, as the build's kernel has it.
if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from call_engine import NAMESPACE, Api, Call, Var, source  # noqa: E402


def paddle_smoothed_ce(x, y, weight, ignore_index=-100, eps=0.0,
                       reduction="mean"):
    """PyTorch's cross-entropy with label smoothing, classes on axis 1
    (snippets/losses/label_smoothing.py)."""
    log_q = PF.log_softmax(x, axis=1)
    keep = y != ignore_index
    y_safe = paddle.where(keep, y, paddle.zeros_like(y)).unsqueeze(1)
    w_y = paddle.gather(weight, y_safe.flatten()).reshape(y.shape)
    w_y = w_y * keep.astype(x.dtype)
    nll = -paddle.take_along_axis(log_q, y_safe, 1).squeeze(1) * w_y
    shape = [1, -1] + [1] * (x.ndim - 2)
    smooth = -(log_q * weight.reshape(shape)).sum(1) * keep.astype(x.dtype)
    loss = (1 - eps) * nll + eps / x.shape[1] * smooth
    if reduction == "none":
        return loss
    return loss.sum() / (w_y.sum() if reduction == "mean" else 1)


def paddle_nll_loss(x, y, weight=None, ignore_index=-100,
                    reduction="mean"):
    """PyTorch's NLLLoss in Paddle, classes on axis 1, for any input
    (snippets/losses/nll_loss.py)."""
    keep = (y != ignore_index).astype(x.dtype)
    y_safe = paddle.where(y != ignore_index, y, paddle.zeros_like(y))
    picked = paddle.take_along_axis(x, y_safe.unsqueeze(1), 1).squeeze(1)
    w_y = keep if weight is None else keep * paddle.gather(
        weight, y_safe.flatten()).reshape(y.shape)
    loss = -picked * w_y
    if reduction == "none":
        return loss
    return loss.sum() / (w_y.sum() if reduction == "mean" else 1)


# The ports call them by name.
NAMESPACE["paddle_smoothed_ce"] = paddle_smoothed_ce
NAMESPACE["paddle_nll_loss"] = paddle_nll_loss


def legacy_reduction(a):
    """PyTorch's deprecated size_average and reduce, as a reduction."""
    if a.get("size_average") is None and a.get("reduce") is None:
        return a.get("reduction", "mean")
    if a.get("reduce") is False:
        return "none"
    return "sum" if a.get("size_average") is False else "mean"


def class_labels(rng, call, x_shape):
    """A class per sample (and pixel); the first two carry ignore_index
    when the call names one, or always for cross-entropy (-100)."""
    c = x_shape[1]
    y = rng.integers(0, c, (x_shape[0], *x_shape[2:]))
    a = call.arguments
    if "ignore_index" in a or call.api.name in ("nn.CrossEntropyLoss",
                                                "F.cross_entropy"):
        y.flat[:min(2, y.size - 1)] = a.get("ignore_index", -100)
    return y


def port_cross_entropy(call):
    a = call.arguments
    reduction = legacy_reduction(a)
    ignore_index = a.get("ignore_index", -100)
    eps = a.get("label_smoothing", 0.0)
    # A weight of ones: Paddle's mean then leaves the ignored labels out
    # even for a negative ignore_index (the Loss functions page).
    weight = a.get("weight")
    if weight is None:
        weight = Var(f"paddle.ones([{call.api.x_shape[1]}])")
    if eps:
        return (f"lambda x, y: paddle_smoothed_ce(x, y, {weight}, "
                f"{ignore_index!r}, {eps!r}, {reduction!r})")
    keywords = {"weight": weight}
    if ignore_index != -100:
        keywords["ignore_index"] = ignore_index
    if reduction != "mean":
        keywords["reduction"] = reduction
    keywords["axis"] = 1
    return source("paddle.nn.CrossEntropyLoss", [], keywords)


def port_nll(call):
    a = call.arguments
    reduction = legacy_reduction(a)
    keywords = {}
    if a.get("weight") is not None:
        keywords["weight"] = a["weight"]
    if reduction != "mean":
        keywords["reduction"] = reduction
    if "ignore_index" in a:
        # Paddle's NLLLoss with labels to ignore aborted the process
        # (the Loss functions page): the helper instead.
        return (f"lambda x, y: paddle_nll_loss(x, y, "
                f"{keywords.get('weight')}, {a['ignore_index']!r}, "
                f"{reduction!r})")
    return source("paddle.nn.NLLLoss", [], keywords)


def port_loss(name, rename=None, extra=None):
    """Losses whose arguments carry over by keyword; rename some, drop
    the deprecated pair, add Paddle-only settings."""
    rename = rename or {}

    def port(call):
        a = call.arguments
        keywords = {}
        reduction = legacy_reduction(a)
        for key, value in a.items():
            if key in ("size_average", "reduce", "reduction"):
                continue
            if key == "beta" and value == 0:
                return source("paddle.nn.L1Loss", [], {
                    "reduction": reduction} if reduction != "mean" else {})
            if value is not None:
                keywords[rename.get(key, key)] = value
        if reduction != "mean":
            keywords["reduction"] = reduction
        return source(name, [], keywords | (extra or {}))
    return port


def loss_constants(x_shape):
    """The weight tensors a call names: class weights w, element
    weights bw and pos_weight pw (BCE, one per class of the last axis)."""
    rng = np.random.default_rng(1)
    c = x_shape[1] if len(x_shape) > 1 else 1
    return {"w": rng.uniform(0.5, 2, c).astype(np.float32),
            "bw": rng.uniform(0, 1, x_shape).astype(np.float32),
            "pw": rng.uniform(0.5, 3, x_shape[-1]).astype(np.float32)}


def normal_target(rng, call, x_shape):
    return rng.standard_normal(x_shape)


def unit_target(rng, call, x_shape):
    return rng.uniform(0, 1, x_shape)


REGRESSION = {"size_average": None, "reduce": None, "reduction": "sum"}


# -- Loss functions: the layers' ports, called on the input and target -----


LOSS_FUNCTIONS = {"CrossEntropyLoss": "PF.cross_entropy",
                  "NLLLoss": "PF.nll_loss",
                  "BCEWithLogitsLoss": "PF.binary_cross_entropy_with_logits",
                  "MSELoss": "PF.mse_loss", "L1Loss": "PF.l1_loss",
                  "SmoothL1Loss": "PF.smooth_l1_loss"}
# PyTorch's mean of a weighted loss: MSE and L1 divide by the sum of the
# weights, Huber by the number of elements.
WEIGHTED_MEAN = {"F.mse_loss": "sum", "F.l1_loss": "sum",
                 "F.huber_loss": "mean"}


def port_loss_function(layer_port):
    """A loss function's port is its layer's (the Loss functions page):
    the layer's Paddle code for the other arguments becomes the function
    called on the input and the target; a helper is called directly."""
    def port(call):
        a = dict(call.arguments)
        x, y = a.pop("input"), a.pop("target")
        weight = a.pop("weight", None) if call.api.name in (
            WEIGHTED_MEAN) else None
        reduction = legacy_reduction(a)
        if weight is not None:  # Paddle's function has no weight
            a = {k: v for k, v in a.items()
                 if k not in ("size_average", "reduce")}
            a["reduction"] = "none"
        shape = call.api.tensors(call.arguments)["x"]
        layer = Call(dataclasses.replace(call.api, x_shape=shape), (), a,
                     call.style)
        code = layer_port(layer)
        if code.startswith("lambda x, y: "):
            return code.removeprefix("lambda x, y: ")
        name, inner = re.fullmatch(r"paddle\.nn\.(\w+)\((.*)\)",
                                   code).groups()
        code = source(LOSS_FUNCTIONS[name], [x, y], {}).removesuffix(")")
        code += f", {inner})" if inner else ")"
        if weight is None:
            return code
        # The weight scales each element of the 'none' loss.
        code = f"({weight} * {code})"
        if reduction == "sum":
            return f"{code}.sum()"
        if reduction == "mean":
            return (f"{code}.mean()" if WEIGHTED_MEAN[call.api.name] ==
                    "mean" else f"{code}.sum() / {weight}.sum()")
        return code
    return port


def loss_function(name, torch_api, paddle_name, layer_port, full,
                  **settings):
    """An Api for a loss function: input x, target y, [N, C, H, W]."""
    return Api(name, torch_api, paddle_name, port_loss_function(layer_port),
               full={"input": Var("x"), "target": Var("y")} | full,
               required=2, tensors=lambda a: {"x": (2, 3, 2, 2)},
               constants=loss_constants, **settings)


CALLS = [
    Api("nn.CrossEntropyLoss", nn.CrossEntropyLoss,
        "paddle.nn.CrossEntropyLoss", port_cross_entropy,
        full={"weight": Var("w"), "size_average": None, "ignore_index": 1,
              "reduce": None, "reduction": "sum", "label_smoothing": 0.1},
        required=0,
        values={"weight": [Var("w")], "ignore_index": [1, -1],
                "reduction": ["none", "sum"], "label_smoothing": [0.1],
                "size_average": [False], "reduce": [False]},
        extra=[{"weight": Var("w"), "ignore_index": 2},
               {"weight": Var("w"), "label_smoothing": 0.2,
                "reduction": "none"}],
        x_shape=(2, 3, 2, 2), target=class_labels,
        constants=loss_constants),
    Api("nn.NLLLoss", nn.NLLLoss, "paddle.nn.NLLLoss", port_nll,
        full={"weight": Var("w"), "size_average": None, "ignore_index": 1,
              "reduce": None, "reduction": "sum"},
        required=0,
        values={"weight": [Var("w")], "ignore_index": [1, -100],
                "reduction": ["none", "sum"]},
        x_shape=(2, 3, 2, 2), target=class_labels,
        constants=loss_constants,
        # Paddle's NLLLoss with labels to ignore aborted the process
        unsafe=lambda call: "ignore_index" in call.arguments),
    Api("nn.BCEWithLogitsLoss", nn.BCEWithLogitsLoss,
        "paddle.nn.BCEWithLogitsLoss",
        port_loss("paddle.nn.BCEWithLogitsLoss"),
        full={"weight": Var("bw"), "size_average": None, "reduce": None,
              "reduction": "sum", "pos_weight": Var("pw")},
        required=0,
        values={"weight": [Var("bw")], "reduction": ["none", "sum"],
                "pos_weight": [Var("pw")]},
        x_shape=(2, 3, 2, 2), target=unit_target,
        constants=loss_constants),
    Api("nn.MSELoss", nn.MSELoss, "paddle.nn.MSELoss",
        port_loss("paddle.nn.MSELoss"), full=dict(REGRESSION), required=0,
        values={"reduction": ["none", "sum"], "reduce": [False]},
        x_shape=(2, 3, 2, 2), target=normal_target),
    Api("nn.L1Loss", nn.L1Loss, "paddle.nn.L1Loss",
        port_loss("paddle.nn.L1Loss"), full=dict(REGRESSION), required=0,
        values={"reduction": ["none", "sum"], "size_average": [False]},
        x_shape=(2, 3, 2, 2), target=normal_target),
    Api("nn.SmoothL1Loss", nn.SmoothL1Loss, "paddle.nn.SmoothL1Loss",
        port_loss("paddle.nn.SmoothL1Loss", {"beta": "delta"},
                  {"is_huber": False}),
        full=REGRESSION | {"beta": 0.5}, required=0,
        values={"reduction": ["none", "sum"], "beta": [0.5, 2.0, 0.0]},
        x_shape=(2, 3, 2, 2), target=normal_target),
    Api("nn.HuberLoss", nn.HuberLoss, "paddle.nn.HuberLoss",
        port_loss("paddle.nn.SmoothL1Loss"),
        full={"reduction": "sum", "delta": 0.5}, required=0,
        values={"reduction": ["none", "sum"], "delta": [0.5, 2.0]},
        x_shape=(2, 3, 2, 2), target=normal_target),
    loss_function(
        "F.cross_entropy", F.cross_entropy, "PF.cross_entropy",
        port_cross_entropy,
        {"weight": Var("w"), "size_average": None, "ignore_index": 1,
         "reduce": None, "reduction": "sum", "label_smoothing": 0.1},
        values={"weight": [Var("w")], "ignore_index": [1, -1],
                "reduction": ["none", "sum"], "label_smoothing": [0.1],
                "size_average": [False], "reduce": [False]},
        extra=[{"weight": Var("w"), "ignore_index": 2},
               {"weight": Var("w"), "label_smoothing": 0.2,
                "reduction": "none"}],
        target=class_labels),
    loss_function(
        "F.nll_loss", F.nll_loss, "PF.nll_loss", port_nll,
        {"weight": Var("w"), "size_average": None, "ignore_index": 1,
         "reduce": None, "reduction": "sum"},
        values={"weight": [Var("w")], "ignore_index": [1, -100],
                "reduction": ["none", "sum"], "reduce": [False]},
        target=class_labels,
        # Paddle's NLLLoss runs nll_loss, which aborted with labels to ignore
        unsafe=lambda call: "ignore_index" in call.arguments),
    loss_function(
        "F.binary_cross_entropy_with_logits",
        F.binary_cross_entropy_with_logits,
        "PF.binary_cross_entropy_with_logits",
        port_loss("paddle.nn.BCEWithLogitsLoss"),
        {"weight": Var("bw"), "size_average": None, "reduce": None,
         "reduction": "sum", "pos_weight": Var("pw")},
        values={"weight": [Var("bw")], "reduction": ["none", "sum"],
                "pos_weight": [Var("pw")], "size_average": [False]},
        target=unit_target),
    loss_function(
        "F.mse_loss", F.mse_loss, "PF.mse_loss",
        port_loss("paddle.nn.MSELoss"), REGRESSION | {"weight": Var("bw")},
        values={"reduction": ["none", "sum"], "reduce": [False],
                "weight": [Var("bw")]},
        extra=[{"weight": Var("bw"), "reduction": "sum"},
               {"weight": Var("bw"), "reduction": "none"}],
        target=normal_target),
    loss_function(
        "F.l1_loss", F.l1_loss, "PF.l1_loss",
        port_loss("paddle.nn.L1Loss"), REGRESSION | {"weight": Var("bw")},
        values={"reduction": ["none", "sum"], "size_average": [False],
                "weight": [Var("bw")]},
        extra=[{"weight": Var("bw"), "reduction": "sum"}],
        target=normal_target),
    loss_function(
        "F.smooth_l1_loss", F.smooth_l1_loss, "PF.smooth_l1_loss",
        port_loss("paddle.nn.SmoothL1Loss", {"beta": "delta"},
                  {"is_huber": False}),
        REGRESSION | {"beta": 0.5},
        values={"reduction": ["none", "sum"], "beta": [0.5, 2.0, 0.0]},
        target=normal_target),
    # Paddle has no huber_loss: smooth_l1_loss is Huber by default.
    loss_function(
        "F.huber_loss", F.huber_loss, "PF.smooth_l1_loss",
        port_loss("paddle.nn.SmoothL1Loss"),
        {"reduction": "sum", "delta": 0.5, "weight": Var("bw")},
        values={"reduction": ["none", "sum"], "delta": [0.5, 2.0],
                "weight": [Var("bw")]},
        extra=[{"weight": Var("bw"), "reduction": "sum", "delta": 2.0}],
        target=normal_target),
]
