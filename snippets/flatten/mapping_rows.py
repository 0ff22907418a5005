"""The mapping table's rows for the APIs this page teaches, one per
parameter: snippets/mapping/parameters.py checks and renders them."""
import inspect

import paddle
import torch
from torch import nn

REQUIRED = inspect.Parameter.empty  # a parameter without a default

# The PyTorch API and its Paddle counterpart, whose signatures are read.
APIS = {
    "nn.Flatten": (nn.Flatten, paddle.nn.Flatten),
    "torch.flatten": (torch.flatten, paddle.flatten),
}

# One row per parameter: API, PyTorch {name: default}, Paddle {name:
# default}, checks, then the conversion rule in English and in Chinese.
ROWS = [
    ("nn.Flatten", {"start_dim": 1}, {"start_axis": 1},
     ["flatten-defaults", "flatten-keywords"],
     "Renamed, same default; Paddle's layer refuses `start_dim`.",
     "仅名称不同，默认值相同；飞桨的层不接受 `start_dim`。"),
    ("nn.Flatten", {"end_dim": -1}, {"stop_axis": -1},
     ["flatten-ranges", "flatten-keywords"],
     "Renamed; the end axis is included in both.",
     "仅名称不同；两者都包含结束轴。"),
    ("torch.flatten", {"input": REQUIRED}, {"x": REQUIRED},
     ["flatten-functional"],
     "Same.",
     "相同。"),
    ("torch.flatten", {"start_dim": 0}, {"start_axis": 0},
     ["flatten-functional", "flatten-keywords"],
     "Renamed; Paddle also accepts `start_dim`. The default 0 flattens "
     "the batch axis too: write `torch.flatten(x, 1)` as "
     "`paddle.flatten(x, 1)`.",
     "仅名称不同，飞桨也接受 `start_dim`。默认值 0 会把批量轴也展平："
     "`torch.flatten(x, 1)` 写成 `paddle.flatten(x, 1)`。"),
    ("torch.flatten", {"end_dim": -1}, {"stop_axis": -1},
     ["flatten-ranges", "flatten-keywords"],
     "Renamed; Paddle also accepts `end_dim`.",
     "仅名称不同，飞桨也接受 `end_dim`。"),
    ("torch.flatten", {}, {"name": None},
     ["flatten-signatures"],
     "Paddle only: drop it.",
     "飞桨独有：删去即可。"),
]
