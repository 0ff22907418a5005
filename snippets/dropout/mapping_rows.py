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
    "nn.Dropout": (nn.Dropout, paddle.nn.Dropout),
    "F.dropout": (F.dropout, PF.dropout),
    "nn.Dropout2d": (nn.Dropout2d, paddle.nn.Dropout2D),
    "F.dropout2d": (F.dropout2d, PF.dropout2d),
}

# One row per parameter: API, PyTorch {name: default}, Paddle {name:
# default}, checks, then the conversion rule in English and in Chinese.
ROWS = [
    ("nn.Dropout", {"p": 0.5}, {"p": 0.5},
     ["dropout-train-eval", "dropout-signatures"],
     "Same: the probability to drop. A `p` outside [0, 1] fails when "
     "PyTorch builds the layer, on the first call in Paddle.",
     "相同：丢弃的概率。`p` 不在 [0, 1] 内时，PyTorch 在建层时报错，"
     "飞桨到第一次调用时才报错。"),
    ("nn.Dropout", {"inplace": False}, {"inplace": False},
     ["dropout-signatures"],
     "Same.",
     "相同。"),
    ("nn.Dropout", {}, {"axis": None},
     ["dropout-axis"],
     "Paddle only. `axis=[0, 1]` on NCHW is `nn.Dropout2d`; `axis=1` "
     "shares one mask across the batch and has no PyTorch twin.",
     "飞桨独有。对 NCHW 输入，`axis=[0, 1]` 就是 `nn.Dropout2d`；"
     "`axis=1` 让整个批共用一个掩码，PyTorch 中没有对应。"),
    ("nn.Dropout", {}, {"mode": "upscale_in_train"},
     ["dropout-mode"],
     "Paddle only; the default is PyTorch's rule. "
     "`'downscale_in_infer'` ports as `nn.Dropout(p)` times `1 - p`.",
     "飞桨独有；默认值就是 PyTorch 的规则。`'downscale_in_infer'` "
     "迁移时写成 `nn.Dropout(p)` 再乘以 `1 - p`。"),
    ("nn.Dropout", {}, {"name": None},
     ["dropout-signatures"],
     "Paddle only: drop it.",
     "飞桨独有：删去即可。"),
    ("F.dropout", {"input": REQUIRED}, {"x": REQUIRED},
     ["dropout-functional"],
     "Same.",
     "相同。"),
    ("F.dropout", {"p": 0.5}, {"p": 0.5},
     ["dropout-compare", "mapping-check-calls"],
     "Same. The masks differ even with the same seed.",
     "相同。即使种子相同，掩码也不同。"),
    ("F.dropout", {"training": True}, {"training": True},
     ["dropout-functional", "mapping-check-calls"],
     "Same default `True` in both: pass `training=self.training`. "
     "By keyword: Paddle's third parameter is `axis`, so a copied "
     "`F.dropout(x, 0.2, False)` drops in Paddle without an error.",
     "两者默认都是 `True`：应传入 `training=self.training`。"
     "须按关键字传：飞桨的第三个参数是 `axis`，照抄 "
     "`F.dropout(x, 0.2, False)` 时飞桨仍会丢弃，且不报错。"),
    ("F.dropout", {"inplace": False}, {"inplace": False},
     ["dropout-signatures"],
     "Same.",
     "相同。"),
    ("F.dropout", {}, {"axis": None},
     ["dropout-axis"],
     "Paddle only; as for the layer.",
     "飞桨独有；与层相同。"),
    ("F.dropout", {}, {"mode": "upscale_in_train"},
     ["dropout-mode"],
     "Paddle only; as for the layer.",
     "飞桨独有；与层相同。"),
    ("F.dropout", {}, {"name": None},
     ["dropout-signatures"],
     "Paddle only: drop it.",
     "飞桨独有：删去即可。"),
    ("nn.Dropout2d", {"p": 0.5}, {"p": 0.5},
     ["dropout-dropout2d", "mapping-check-calls"],
     "Same: the probability to drop a whole channel map.",
     "相同：整个通道被丢弃的概率。"),
    ("nn.Dropout2d", {"inplace": False}, {},
     ["dropout-dropout2d", "mapping-check-calls"],
     "No `inplace` in Paddle: drop it. By position it lands in "
     "`data_format` (`ValueError`).",
     "飞桨没有 `inplace`：删去即可。按位置传入时会落到 `data_format` 上"
     "（`ValueError`）。"),
    ("nn.Dropout2d", {}, {"data_format": "NCHW"},
     ["dropout-dropout2d"],
     "Paddle only: `'NHWC'` drops along the last axis.",
     "飞桨独有：`'NHWC'` 按最后一个轴丢弃通道。"),
    ("nn.Dropout2d", {}, {"name": None},
     ["dropout-signatures"],
     "Paddle only: drop it.",
     "飞桨独有：删去即可。"),
    ("F.dropout2d", {"input": REQUIRED, "p": 0.5, "training": True},
     {"x": REQUIRED, "p": 0.5, "training": True},
     ["dropout-dropout2d", "mapping-check-calls"],
     "Same, in the same order; pass `training=self.training`.",
     "相同，顺序也相同；应传入 `training=self.training`。"),
    ("F.dropout2d", {"inplace": False}, {},
     ["dropout-dropout2d", "mapping-check-calls"],
     "No `inplace` in Paddle: `paddle.assign(F.dropout2d(x, p), x)`. A "
     "positional `True` lands in `data_format` (`ValueError`).",
     "飞桨没有 `inplace`：写成 `paddle.assign(F.dropout2d(x, p), x)`。"
     "按位置传入的 `True` 会落到 `data_format` 上（`ValueError`）。"),
    ("F.dropout2d", {}, {"data_format": "NCHW", "name": None},
     ["dropout-dropout2d"],
     "Paddle only; as for the layer.",
     "飞桨独有；与层相同。"),
]
