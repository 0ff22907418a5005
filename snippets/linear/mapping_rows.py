"""The mapping table's rows for the APIs this page teaches, one per
parameter: snippets/mapping/parameters.py checks and renders them."""
import inspect

import paddle
import paddle.nn.functional as PF
import torch.nn.functional as F
from torch import nn
from torch.nn.utils.parametrizations import weight_norm

REQUIRED = inspect.Parameter.empty  # a parameter without a default

# The PyTorch API and its Paddle counterpart, whose signatures are read.
APIS = {
    "nn.Linear": (nn.Linear, paddle.nn.Linear),
    "F.linear": (F.linear, PF.linear),
    "weight_norm": (weight_norm, paddle.nn.utils.weight_norm),
}

# One row per parameter: API, PyTorch {name: default}, Paddle {name:
# default}, checks, then the conversion rule in English and in Chinese.
ROWS = [
    ("nn.Linear", {"in_features": REQUIRED}, {"in_features": REQUIRED},
     ["linear-formula"],
     "Same.",
     "相同。"),
    ("nn.Linear", {"out_features": REQUIRED}, {"out_features": REQUIRED},
     ["linear-formula"],
     "Same.",
     "相同。"),
    ("nn.Linear", {"bias": True}, {"bias_attr": None},
     ["linear-options"],
     "`bias=False` becomes `bias_attr=False`; Paddle refuses "
     "`bias=False` (`TypeError`).",
     "`bias=False` 写成 `bias_attr=False`；飞桨不接受 `bias=False`"
     "（`TypeError`）。"),
    ("nn.Linear", {"device": None}, {},
     ["linear-signatures"],
     "PyTorch only: drop it.",
     "PyTorch 独有：删去即可。"),
    ("nn.Linear", {"dtype": None}, {},
     ["linear-options"],
     "PyTorch only: build the layer, then `linear.to(dtype='float64')`.",
     "PyTorch 独有：先建层，再调用 `linear.to(dtype='float64')`。"),
    ("nn.Linear", {}, {"weight_attr": None},
     ["linear-copy-weights", "linear-default-init", "linear-compat",
      "linear-compat-init"],
     "The weight is `[out, in]` in PyTorch and `[in, out]` in Paddle: "
     "transpose copied weights (`set_state_dict` skips an untransposed "
     "one with only a warning). The default initializations differ. "
     "`paddle.compat.nn.Linear` keeps PyTorch's layout.",
     "权重在 PyTorch 中是 `[out, in]`，在飞桨中是 `[in, out]`：复制时"
     "要转置（未转置的权重会被 `set_state_dict` 跳过，只给一条警告）。"
     "两者的默认初始化不同。`paddle.compat.nn.Linear` 保留 PyTorch 的"
     "布局。"),
    ("nn.Linear", {}, {"name": None},
     ["linear-signatures"],
     "Paddle only: drop it.",
     "飞桨独有：删去即可。"),
    ("F.linear", {"input": REQUIRED}, {"x": REQUIRED},
     ["linear-functional"],
     "Same: `[*, in]`.",
     "相同：`[*, in]`。"),
    ("F.linear", {"weight": REQUIRED}, {"weight": REQUIRED},
     ["linear-functional", "mapping-check-calls"],
     "Transpose: `[out, in]` in PyTorch, `[in, out]` in Paddle. "
     "`paddle.compat.nn.functional.linear` takes `[out, in]`.",
     "要转置：PyTorch 为 `[out, in]`，飞桨为 `[in, out]`。"
     "`paddle.compat.nn.functional.linear` 接受 `[out, in]`。"),
    ("F.linear", {"bias": None}, {"bias": None},
     ["linear-functional"],
     "Same.",
     "相同。"),
    ("F.linear", {}, {"name": None},
     ["linear-signatures"],
     "Paddle only: drop it.",
     "飞桨独有：删去即可。"),
    ("weight_norm", {"module": REQUIRED}, {"layer": REQUIRED},
     ["linear-weight-norm", "mapping-check-calls"],
     "Renamed (by keyword). `torch.nn.utils.parametrizations.weight_norm`; "
     "the older `torch.nn.utils.weight_norm` warns that it is deprecated "
     "and names the tensors `weight_g`, `weight_v` as Paddle does.",
     "改名（按关键字传时）。`torch.nn.utils.parametrizations.weight_norm`；"
     "旧的 `torch.nn.utils.weight_norm` 会警告已弃用，它把张量命名为 "
     "`weight_g`、`weight_v`，与飞桨相同。"),
    ("weight_norm", {"name": "weight"}, {"name": "weight"},
     ["linear-weight-norm"],
     "Same.",
     "相同。"),
    ("weight_norm", {"dim": 0}, {"dim": 0},
     ["linear-weight-norm", "mapping-check-calls"],
     "On a Linear, `0` becomes `1` and `1` becomes `0` (Paddle's weight "
     "is `[in, out]`); `-1` and `None` (the whole weight) stay. A copied "
     "`dim` trains another layer.",
     "用在全连接层上时，`0` 改成 `1`，`1` 改成 `0`（飞桨的权重是 "
     "`[in, out]`）；`-1` 和 `None`（整个权重）不变。照搬 `dim` 训练出的是"
     "另一个层。"),
]
