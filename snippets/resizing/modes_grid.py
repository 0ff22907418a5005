"""Every mode in both frameworks on a grid of input sizes, output sizes
and scale factors: where they agree, and the places they do not."""
import itertools
from collections import Counter

import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F


def run(f, x, options):
    try:
        return f(x, **options).numpy()
    except (RuntimeError, ValueError) as error:
        return type(error).__name__


def expected(n, out, mode, options):
    """The rule this page states, for input sides n and output sides out
    (both as (height, width))."""
    scale = options.get("scale_factor")
    if mode == "area" and scale is not None:
        return "Paddle refuses"  # area needs a size in Paddle
    if min(out) < 1:
        return "both refuse"
    if mode == "nearest" and scale is not None and not options.get(
            "recompute_scale_factor") and any(
            o == 2 * i > 2 and scale != 2 for i, o in zip(n, out)):
        return "differs: nearest, exactly twice"
    if mode in ("bilinear", "bicubic") and not options.get(
            "align_corners") and not options.get("antialias") and any(
            o == 1 < i for i, o in zip(n, out)):
        return "differs: one output pixel"
    if options.get("antialias") and out[1] == 1 and n[0] > 1 and (
            out[0] not in (1, n[0])):
        return "differs: antialias, one column"
    return "agree"


rng = np.random.default_rng(0)
sizes = [{"size": (o, o + 1)} for o in (1, 2, 3, 7, 16)] + [
    {"size": (4, 1)}, {"size": (1, 4)}]
scales = [{"scale_factor": s, "recompute_scale_factor": r}
          for s in (0.3, 0.5, 2 / 3, 1.5, 2.0, 2.2, 3.0)
          for r in (None, True)]
modes = [("nearest", {}), ("area", {})] + [
    (mode, {"align_corners": ac, "antialias": aa})
    for mode in ("bilinear", "bicubic")
    for ac, aa in itertools.product((None, True), (False, True))]
counts = Counter()
for side, output, (mode, extra) in itertools.product(
        (1, 2, 3, 5, 8), sizes + scales, modes):
    n = (side, side + 1)
    x = rng.standard_normal((1, 2, *n)).astype(np.float32)
    options = {"mode": mode} | output | extra
    if "size" in output:
        out = output["size"]
    else:
        out = tuple(int(np.floor(i * output["scale_factor"])) for i in n)
    torch_y = run(F.interpolate, torch.from_numpy(x), options)
    paddle_options = options | {"align_corners": bool(
        options.get("align_corners"))}  # Paddle takes a bool only
    paddle_y = run(PF.interpolate, paddle.to_tensor(x), paddle_options)
    rule = expected(n, out, mode, options)
    if isinstance(torch_y, str):
        got = "both refuse" if isinstance(paddle_y, str) else "Paddle runs"
    elif isinstance(paddle_y, str):
        got = "Paddle refuses"
    elif np.allclose(torch_y, paddle_y, rtol=1e-5, atol=1e-5):
        got = "agree"
    else:
        got = rule if rule.startswith("differs") else "differs: other"
    counts[mode, got] += 1
    # Checks: each case is what the rule says.
    assert got == rule, (n, options, got, rule)

kinds = {"agree": "agree", "differs: nearest, exactly twice": "twice",
         "differs: one output pixel": "one pixel",
         "differs: antialias, one column": "one column",
         "Paddle refuses": "refused", "both refuse": "both refuse"}
print(f"{'':9}" + "".join(f"{k:>12}" for k in kinds.values()))
for mode in ("nearest", "bilinear", "bicubic", "area"):
    print(f"{mode:9}" + "".join(f"{counts[mode, k]:12}" for k in kinds))
total = sum(counts.values())
print(total, "cases")
