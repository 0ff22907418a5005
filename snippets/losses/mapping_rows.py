"""The mapping table's rows for the APIs this page teaches, one per
parameter: snippets/mapping/parameters.py checks and renders them."""
import inspect

import paddle
import paddle.nn.functional as PF
import torch.nn.functional as F
from torch import nn

REQUIRED = inspect.Parameter.empty  # a parameter without a default

# The PyTorch API and its Paddle counterpart, whose signatures are read.
APIS = {
    "nn.CrossEntropyLoss": (nn.CrossEntropyLoss,
                            paddle.nn.CrossEntropyLoss),
    "nn.NLLLoss": (nn.NLLLoss, paddle.nn.NLLLoss),
    "nn.BCEWithLogitsLoss": (nn.BCEWithLogitsLoss,
                             paddle.nn.BCEWithLogitsLoss),
    "nn.MSELoss": (nn.MSELoss, paddle.nn.MSELoss),
    "nn.L1Loss": (nn.L1Loss, paddle.nn.L1Loss),
    "nn.SmoothL1Loss": (nn.SmoothL1Loss, paddle.nn.SmoothL1Loss),
    "nn.HuberLoss": (nn.HuberLoss, paddle.nn.SmoothL1Loss),
    "F.cross_entropy": (F.cross_entropy, PF.cross_entropy),
    "F.nll_loss": (F.nll_loss, PF.nll_loss),
    "F.binary_cross_entropy_with_logits": (
        F.binary_cross_entropy_with_logits,
        PF.binary_cross_entropy_with_logits),
    "F.mse_loss": (F.mse_loss, PF.mse_loss),
    "F.l1_loss": (F.l1_loss, PF.l1_loss),
    "F.smooth_l1_loss": (F.smooth_l1_loss, PF.smooth_l1_loss),
    "F.huber_loss": (F.huber_loss, PF.smooth_l1_loss),
}

# One row per parameter: API, PyTorch {name: default}, Paddle {name:
# default}, checks, then the conversion rule in English and in Chinese.
ROWS = [
    ("nn.CrossEntropyLoss", {"weight": None}, {"weight": None},
     ["losses-ignore-index", "mapping-check-calls"],
     "Same. Without a weight, pass `weight=paddle.ones([C])` where a "
     "label may equal a negative `ignore_index` (the default -100): "
     "Paddle's mean otherwise counts the ignored samples. With "
     "probability targets or `label_smoothing`, a weight is weighed "
     "differently: use the page's helpers.",
     "相同。不给权重而标签可能等于负的 `ignore_index`（默认值 -100）时，"
     "请传入 `weight=paddle.ones([C])`，否则飞桨求平均时会把被忽略的样本"
     "也计入。软标签或 `label_smoothing` 与权重同用时加权方式不同："
     "请用该页的辅助函数。"),
    ("nn.CrossEntropyLoss", {"size_average": None, "reduce": None}, {},
     ["mapping-check-calls"],
     "PyTorch only, deprecated: `reduce=False` is `reduction='none'`, "
     "`size_average=False` is `'sum'`. Pass `reduction` by keyword.",
     "PyTorch 独有，已弃用：`reduce=False` 即 `reduction='none'`，"
     "`size_average=False` 即 `'sum'`。请按关键字传入 `reduction`。"),
    ("nn.CrossEntropyLoss", {"ignore_index": -100},
     {"ignore_index": -100},
     ["losses-ignore-index", "losses-label-smoothing"],
     "Same, but see `weight`; with `label_smoothing`, Paddle raises on "
     "-100 and does not ignore a non-negative index.",
     "相同，但见 `weight` 一行；与 `label_smoothing` 同用时，飞桨遇到 "
     "-100 会报错，遇到非负的索引则不会忽略。"),
    ("nn.CrossEntropyLoss", {"reduction": "mean"}, {"reduction": "mean"},
     ["losses-cross-entropy", "losses-ignore-index"],
     "Same; the mean divides by the sum of the kept samples' weights.",
     "相同；平均时除以保留下来的样本的权重之和。"),
    ("nn.CrossEntropyLoss", {"label_smoothing": 0.0},
     {"label_smoothing": 0.0},
     ["losses-label-smoothing", "mapping-check-calls"],
     "Same without weight and ignored labels; otherwise use the page's "
     "`paddle_smoothed_ce`. `'none'` comes back as `[N, 1]`.",
     "不带权重且没有被忽略的标签时相同；否则请用该页的 "
     "`paddle_smoothed_ce`。`'none'` 返回的形状为 `[N, 1]`。"),
    ("nn.CrossEntropyLoss", {}, {"soft_label": False},
     ["losses-probability-targets"],
     "Paddle only: `True` for probability targets, which PyTorch "
     "recognizes by their float dtype.",
     "飞桨独有：软标签需设为 `True`；PyTorch 根据浮点类型自动识别。"),
    ("nn.CrossEntropyLoss", {}, {"axis": -1},
     ["losses-class-axis", "mapping-check-calls"],
     "Paddle only: PyTorch's classes are on axis 1; write `axis=1` for "
     "N-D logits such as `[N, C, H, W]`.",
     "飞桨独有：PyTorch 的类别在轴 1 上；`[N, C, H, W]` 这类多维 logits "
     "要写 `axis=1`。"),
    ("nn.CrossEntropyLoss", {}, {"use_softmax": True, "name": None},
     ["losses-functional"],
     "Paddle only: keep the defaults.",
     "飞桨独有：保持默认值。"),
    ("nn.NLLLoss", {"weight": None, "reduction": "mean"},
     {"weight": None, "reduction": "mean"},
     ["losses-nll", "mapping-check-calls"],
     "Same.",
     "相同。"),
    ("nn.NLLLoss", {"ignore_index": -100}, {"ignore_index": -100},
     ["losses-nll", "mapping-check-calls"],
     "Same meaning, but with labels to ignore Paddle's `NLLLoss` aborted "
     "the process: use the page's `paddle_nll_loss`.",
     "含义相同，但有被忽略的标签时飞桨的 `NLLLoss` 使进程中止："
     "请用该页的 `paddle_nll_loss`。"),
    ("nn.NLLLoss", {"size_average": None, "reduce": None}, {"name": None},
     ["mapping-check-calls"],
     "Deprecated in PyTorch, as for `CrossEntropyLoss`; `name` is Paddle "
     "only.",
     "PyTorch 中已弃用，同 `CrossEntropyLoss`；`name` 为飞桨独有。"),
    ("nn.BCEWithLogitsLoss", {"weight": None, "reduction": "mean",
                              "pos_weight": None},
     {"weight": None, "reduction": "mean", "pos_weight": None},
     ["losses-bce", "mapping-check-calls"],
     "Same. Paddle's second positional parameter is `reduction`: pass "
     "by keyword.",
     "相同。飞桨的第二个位置参数是 `reduction`：请按关键字传入。"),
    ("nn.BCEWithLogitsLoss", {"size_average": None, "reduce": None},
     {"name": None},
     ["mapping-check-calls"],
     "Deprecated in PyTorch, as for `CrossEntropyLoss`; `name` is Paddle "
     "only.",
     "PyTorch 中已弃用，同 `CrossEntropyLoss`；`name` 为飞桨独有。"),
    ("nn.MSELoss", {"size_average": None, "reduce": None}, {},
     ["mapping-check-calls"],
     "PyTorch only, deprecated; they come first, so pass `reduction` by "
     "keyword.",
     "PyTorch 独有，已弃用；它们排在最前面，所以请按关键字传入 "
     "`reduction`。"),
    ("nn.MSELoss", {"reduction": "mean"}, {"reduction": "mean"},
     ["losses-regression", "mapping-check-calls"],
     "Same.",
     "相同。"),
    ("nn.L1Loss", {"size_average": None, "reduce": None}, {"name": None},
     ["mapping-check-calls"],
     "As for `MSELoss`; `name` is Paddle only.",
     "同 `MSELoss`；`name` 为飞桨独有。"),
    ("nn.L1Loss", {"reduction": "mean"}, {"reduction": "mean"},
     ["losses-regression", "mapping-check-calls"],
     "Same.",
     "相同。"),
    ("nn.SmoothL1Loss", {"size_average": None, "reduce": None,
                         "reduction": "mean"},
     {"reduction": "mean", "name": None},
     ["mapping-check-calls"],
     "As for `MSELoss`.",
     "同 `MSELoss`。"),
    ("nn.SmoothL1Loss", {"beta": 1.0}, {"delta": 1.0, "is_huber": True},
     ["losses-smooth-l1-huber", "mapping-check-calls"],
     "`beta=b` becomes `delta=b, is_huber=False`: Paddle's default is the "
     "Huber loss, `b` times larger. `beta=0` becomes `paddle.nn.L1Loss`.",
     "`beta=b` 写成 `delta=b, is_huber=False`：飞桨默认是 Huber 损失，"
     "大 `b` 倍。`beta=0` 改用 `paddle.nn.L1Loss`。"),
    ("nn.HuberLoss", {"reduction": "mean", "delta": 1.0},
     {"reduction": "mean", "delta": 1.0, "is_huber": True, "name": None},
     ["losses-smooth-l1-huber", "mapping-check-calls"],
     "Same: `paddle.nn.HuberLoss` is `paddle.nn.SmoothL1Loss`, Huber by "
     "default.",
     "相同：`paddle.nn.HuberLoss` 就是 `paddle.nn.SmoothL1Loss`，"
     "默认即 Huber 损失。"),
    ("F.cross_entropy", {"input": REQUIRED, "target": REQUIRED},
     {"input": REQUIRED, "label": REQUIRED},
     ["losses-functional", "mapping-check-calls"],
     "By position in both; Paddle's keyword for the target is `label`.",
     "两者都按位置传入；飞桨中目标的关键字是 `label`。"),
    ("F.cross_entropy", {"weight": None}, {"weight": None},
     ["losses-ignore-index", "mapping-check-calls"],
     "As for `nn.CrossEntropyLoss`: without a weight, pass "
     "`weight=paddle.ones([C])` where a label may equal a negative "
     "`ignore_index` (the default -100).",
     "同 `nn.CrossEntropyLoss`：不给权重而标签可能等于负的 "
     "`ignore_index`（默认值 -100）时，请传入 `weight=paddle.ones([C])`。"),
    ("F.cross_entropy", {"size_average": None, "reduce": None}, {},
     ["mapping-check-calls"],
     "PyTorch only, deprecated, as for `nn.CrossEntropyLoss`: write "
     "`reduction`.",
     "PyTorch 独有，已弃用，同 `nn.CrossEntropyLoss`：请改写 "
     "`reduction`。"),
    ("F.cross_entropy", {"ignore_index": -100, "reduction": "mean"},
     {"ignore_index": -100, "reduction": "mean"},
     ["losses-ignore-index", "mapping-check-calls"],
     "Same, by keyword: after `weight` the positions differ. See "
     "`weight`.",
     "相同，请按关键字传入：`weight` 之后两者的位置不同。另见 `weight` "
     "一行。"),
    ("F.cross_entropy", {"label_smoothing": 0.0}, {"label_smoothing": 0.0},
     ["losses-label-smoothing", "mapping-check-calls"],
     "Use the page's `paddle_smoothed_ce`, as for `nn.CrossEntropyLoss`.",
     "与 `nn.CrossEntropyLoss` 相同，请用该页的 `paddle_smoothed_ce`。"),
    ("F.cross_entropy", {}, {"soft_label": False},
     ["losses-probability-targets"],
     "Paddle only: `True` for probability targets.",
     "飞桨独有：软标签需设为 `True`。"),
    ("F.cross_entropy", {}, {"axis": -1},
     ["losses-class-axis", "mapping-check-calls"],
     "Paddle only: write `axis=1` for N-D logits such as `[N, C, H, W]`.",
     "飞桨独有：`[N, C, H, W]` 这类多维 logits 要写 `axis=1`。"),
    ("F.cross_entropy", {}, {"use_softmax": True, "name": None},
     ["losses-functional"],
     "Paddle only: keep the defaults.",
     "飞桨独有：保持默认值。"),
    ("F.nll_loss", {"input": REQUIRED, "target": REQUIRED},
     {"input": REQUIRED, "label": REQUIRED},
     ["losses-functional", "mapping-check-calls"],
     "By position in both; Paddle's keyword for the target is `label`.",
     "两者都按位置传入；飞桨中目标的关键字是 `label`。"),
    ("F.nll_loss", {"weight": None, "reduction": "mean"},
     {"weight": None, "reduction": "mean"},
     ["losses-nll", "mapping-check-calls"],
     "Same; `reduction` by keyword.",
     "相同；`reduction` 按关键字传入。"),
    ("F.nll_loss", {"ignore_index": -100}, {"ignore_index": -100},
     ["losses-nll", "mapping-check-calls"],
     "As for `nn.NLLLoss`: with labels to ignore, use the page's "
     "`paddle_nll_loss`.",
     "同 `nn.NLLLoss`：有被忽略的标签时，请用该页的 `paddle_nll_loss`。"),
    ("F.nll_loss", {"size_average": None, "reduce": None}, {"name": None},
     ["mapping-check-calls"],
     "Deprecated in PyTorch, as for `nn.CrossEntropyLoss`; `name` is "
     "Paddle only.",
     "PyTorch 中已弃用，同 `nn.CrossEntropyLoss`；`name` 为飞桨独有。"),
    ("F.binary_cross_entropy_with_logits",
     {"input": REQUIRED, "target": REQUIRED},
     {"logit": REQUIRED, "label": REQUIRED},
     ["losses-functional", "mapping-check-calls"],
     "Renamed: pass both by position.",
     "改了名：两者都按位置传入。"),
    ("F.binary_cross_entropy_with_logits",
     {"weight": None, "reduction": "mean", "pos_weight": None},
     {"weight": None, "reduction": "mean", "pos_weight": None},
     ["losses-bce", "mapping-check-calls"],
     "Same; `reduction` and `pos_weight` by keyword.",
     "相同；`reduction` 和 `pos_weight` 按关键字传入。"),
    ("F.binary_cross_entropy_with_logits",
     {"size_average": None, "reduce": None}, {"name": None},
     ["mapping-check-calls"],
     "Deprecated in PyTorch, as for `nn.CrossEntropyLoss`; `name` is "
     "Paddle only.",
     "PyTorch 中已弃用，同 `nn.CrossEntropyLoss`；`name` 为飞桨独有。"),
    ("F.mse_loss", {"input": REQUIRED, "target": REQUIRED},
     {"input": REQUIRED, "label": REQUIRED},
     ["losses-functional", "mapping-check-calls"],
     "By position in both; Paddle's keyword for the target is `label`.",
     "两者都按位置传入；飞桨中目标的关键字是 `label`。"),
    ("F.mse_loss", {"size_average": None, "reduce": None,
                    "reduction": "mean"},
     {"reduction": "mean"},
     ["losses-regression", "mapping-check-calls"],
     "As for `nn.MSELoss`: `reduction` by keyword.",
     "同 `nn.MSELoss`：`reduction` 按关键字传入。"),
    ("F.mse_loss", {"weight": None}, {"name": None},
     ["mapping-check-calls"],
     "PyTorch only: weigh the `'none'` loss, `(w * PF.mse_loss(x, y, "
     "reduction='none'))`, then `.sum()`; PyTorch's mean divides that sum "
     "by `w.sum()`. `name` is Paddle only.",
     "PyTorch 独有：给 `'none'` 的损失加权，即 `(w * PF.mse_loss(x, y, "
     "reduction='none'))`，再 `.sum()`；PyTorch 求平均时用这个和除以 "
     "`w.sum()`。`name` 为飞桨独有。"),
    ("F.l1_loss", {"input": REQUIRED, "target": REQUIRED},
     {"input": REQUIRED, "label": REQUIRED},
     ["losses-functional", "mapping-check-calls"],
     "By position in both; Paddle's keyword for the target is `label`.",
     "两者都按位置传入；飞桨中目标的关键字是 `label`。"),
    ("F.l1_loss", {"size_average": None, "reduce": None,
                   "reduction": "mean"},
     {"reduction": "mean"},
     ["losses-regression", "mapping-check-calls"],
     "As for `nn.L1Loss`: `reduction` by keyword.",
     "同 `nn.L1Loss`：`reduction` 按关键字传入。"),
    ("F.l1_loss", {"weight": None}, {"name": None},
     ["mapping-check-calls"],
     "As for `F.mse_loss`: weigh the `'none'` loss; the mean divides by "
     "`w.sum()`.",
     "同 `F.mse_loss`：给 `'none'` 的损失加权；求平均时除以 `w.sum()`。"),
    ("F.smooth_l1_loss", {"input": REQUIRED, "target": REQUIRED},
     {"input": REQUIRED, "label": REQUIRED},
     ["losses-functional", "mapping-check-calls"],
     "By position in both; Paddle's keyword for the target is `label`.",
     "两者都按位置传入；飞桨中目标的关键字是 `label`。"),
    ("F.smooth_l1_loss", {"size_average": None, "reduce": None,
                          "reduction": "mean"},
     {"reduction": "mean", "name": None},
     ["mapping-check-calls"],
     "As for `nn.MSELoss`.",
     "同 `nn.MSELoss`。"),
    ("F.smooth_l1_loss", {"beta": 1.0}, {"delta": 1.0, "is_huber": True},
     ["losses-smooth-l1-huber", "mapping-check-calls"],
     "As for `nn.SmoothL1Loss`: `beta=b` becomes `delta=b, "
     "is_huber=False`; `beta=0` becomes `PF.l1_loss`.",
     "同 `nn.SmoothL1Loss`：`beta=b` 写成 `delta=b, is_huber=False`；"
     "`beta=0` 改用 `PF.l1_loss`。"),
    ("F.huber_loss", {"input": REQUIRED, "target": REQUIRED},
     {"input": REQUIRED, "label": REQUIRED},
     ["losses-functional", "mapping-check-calls"],
     "Paddle has no `huber_loss`: `PF.smooth_l1_loss` is it. By position "
     "in both.",
     "飞桨没有 `huber_loss`：`PF.smooth_l1_loss` 就是它。两者都按位置"
     "传入。"),
    ("F.huber_loss", {"reduction": "mean", "delta": 1.0},
     {"reduction": "mean", "delta": 1.0, "is_huber": True},
     ["losses-smooth-l1-huber", "mapping-check-calls"],
     "Same: Huber by default.",
     "相同：默认即 Huber 损失。"),
    ("F.huber_loss", {"weight": None}, {"name": None},
     ["mapping-check-calls"],
     "PyTorch only: `(w * PF.smooth_l1_loss(x, y, reduction='none'))`, "
     "then `.sum()` or `.mean()` (over the elements). Passed by position "
     "it would land in `is_huber`.",
     "PyTorch 独有：写成 `(w * PF.smooth_l1_loss(x, y, "
     "reduction='none'))`，再 `.sum()` 或 `.mean()`（对元素求平均）。"
     "按位置传入会落到 `is_huber` 上。"),
]
