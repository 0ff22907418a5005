"""The mapping table's rows for the APIs this page teaches, one per
parameter: snippets/mapping/parameters.py checks and renders them."""
import inspect

import paddle
from torch import nn

REQUIRED = inspect.Parameter.empty  # a parameter without a default

# The PyTorch API and its Paddle counterpart, whose signatures are read.
APIS = {
    "nn.AdaptiveAvgPool2d": (nn.AdaptiveAvgPool2d,
                             paddle.nn.AdaptiveAvgPool2D),
}

# One row per parameter: API, PyTorch {name: default}, Paddle {name:
# default}, checks, then the conversion rule in English and in Chinese.
ROWS = [
    ("nn.AdaptiveAvgPool2d", {"output_size": REQUIRED},
     {"output_size": REQUIRED},
     ["adaptive-avg-pool2d-bins-check", "adaptive-avg-pool2d-none",
      "paddle-compat-names"],
     "Same: an int, or a pair of ints or `None` (keep that size); the "
     "same bins. `paddle.nn.AdaptiveAvgPool2d` is the same class: a "
     "PyTorch call works unchanged.",
     "相同：整数，或由整数或 `None`（保持该维大小）组成的二元组；"
     "区间划分方式一致。`paddle.nn.AdaptiveAvgPool2d` 是同一个类："
     "PyTorch 的调用可原样使用。"),
    ("nn.AdaptiveAvgPool2d", {}, {"data_format": "NCHW"},
     ["adaptive-avg-pool2d-input-rank", "mapping-check-channels-last"],
     "PyTorch reads NCHW (or a single CHW image): permute.",
     "PyTorch 读 NCHW（或单张 CHW 图像）：需先转置。"),
    ("nn.AdaptiveAvgPool2d", {}, {"name": None},
     ["mapping-check-defaults"],
     "Paddle only: drop it.",
     "飞桨独有：删去即可。"),
]
