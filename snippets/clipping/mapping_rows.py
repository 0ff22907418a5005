"""The mapping table's rows for the APIs this page teaches, one per
parameter: snippets/mapping/parameters.py checks and renders them."""
import inspect

import paddle
from torch import nn

REQUIRED = inspect.Parameter.empty  # a parameter without a default

# The PyTorch API and its Paddle counterpart, whose signatures are read.
APIS = {
    "nn.utils.clip_grad_norm_": (nn.utils.clip_grad_norm_,
                                 paddle.nn.ClipGradByGlobalNorm),
    "nn.utils.clip_grad_value_": (nn.utils.clip_grad_value_,
                                  paddle.nn.ClipGradByValue),
}

# One row per parameter: API, PyTorch {name: default}, Paddle {name:
# default}, checks, then the conversion rule in English and in Chinese.
ROWS = [
    ("nn.utils.clip_grad_norm_", {"parameters": REQUIRED}, {},
     ["clipping-global-norm", "mapping-check-calls"],
     "No call in Paddle: pass `grad_clip=paddle.nn.ClipGradByGlobalNorm("
     "max_norm)` to the optimizer, which clips all its parameters in "
     "`step()`. For only some of them, keep the call as "
     "`paddle.nn.utils.clip_grad_norm_`.",
     "飞桨中不调用：把 `grad_clip=paddle.nn.ClipGradByGlobalNorm("
     "max_norm)` 传给优化器，它在 `step()` 中裁剪自己的全部参数。"
     "只裁剪其中一部分时，保留这次调用，写成 "
     "`paddle.nn.utils.clip_grad_norm_`。"),
    ("nn.utils.clip_grad_norm_", {"max_norm": REQUIRED},
     {"clip_norm": REQUIRED},
     ["clipping-global-norm", "clipping-which-norm",
      "mapping-check-calls"],
     "`max_norm` is `clip_norm`. Not `ClipGradByNorm`, which clips each "
     "gradient by its own norm.",
     "`max_norm` 即 `clip_norm`。不是 `ClipGradByNorm`：它按每个梯度"
     "自己的范数分别裁剪。"),
    ("nn.utils.clip_grad_norm_", {"norm_type": 2.0,
                                  "error_if_nonfinite": False}, {},
     ["clipping-norm-type", "mapping-check-calls"],
     "Not in the clipper: for another norm, or to get the total norm "
     "back, call `paddle.nn.utils.clip_grad_norm_` between `backward()` "
     "and `step()`; it takes both.",
     "裁剪类没有这两个参数：要用其他范数，或要拿到总范数，就在 "
     "`backward()` 和 `step()` 之间调用 "
     "`paddle.nn.utils.clip_grad_norm_`，它接受这两个参数。"),
    ("nn.utils.clip_grad_norm_", {"foreach": None}, {},
     ["clipping-which-norm", "mapping-check-calls"],
     "PyTorch only, a speed setting: drop it (Paddle's "
     "`clip_grad_norm_` raises `TypeError` on it).",
     "PyTorch 独有，只影响速度：删去即可（飞桨的 `clip_grad_norm_` "
     "遇到它会抛出 `TypeError`）。"),
    ("nn.utils.clip_grad_norm_", {},
     {"group_name": "default_group", "auto_skip_clip": False},
     ["clipping-global-norm"],
     "Paddle only: keep the defaults.",
     "飞桨独有：保持默认值。"),
    ("nn.utils.clip_grad_value_", {"parameters": REQUIRED,
                                   "clip_value": REQUIRED},
     {"max": REQUIRED, "min": None},
     ["clipping-which-norm", "mapping-check-calls"],
     "Pass `grad_clip=paddle.nn.ClipGradByValue(clip_value)` to the "
     "optimizer; `min=None` means `-max`, PyTorch's range. For only some "
     "parameters, `paddle.nn.utils.clip_grad_value_(parameters, "
     "clip_value)`.",
     "把 `grad_clip=paddle.nn.ClipGradByValue(clip_value)` 传给优化器；"
     "`min=None` 表示 `-max`，即 PyTorch 的范围。只裁剪部分参数时，写成 "
     "`paddle.nn.utils.clip_grad_value_(parameters, clip_value)`。"),
    ("nn.utils.clip_grad_value_", {"foreach": None}, {},
     ["clipping-which-norm", "mapping-check-calls"],
     "PyTorch only, a speed setting: drop it (Paddle's "
     "`clip_grad_value_` raises `TypeError` on it).",
     "PyTorch 独有，只影响速度：删去即可（飞桨的 `clip_grad_value_` "
     "遇到它会抛出 `TypeError`）。"),
]
