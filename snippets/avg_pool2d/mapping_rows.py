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
    "nn.AvgPool2d": (nn.AvgPool2d, paddle.nn.AvgPool2D),
    "F.avg_pool2d": (F.avg_pool2d, PF.avg_pool2d),
}

# One row per parameter: API, PyTorch {name: default}, Paddle {name:
# default}, checks, then the conversion rule in English and in Chinese.
ROWS = [
    ("nn.AvgPool2d", {"kernel_size": REQUIRED, "stride": None},
     {"kernel_size": REQUIRED, "stride": None},
     ["avg-pool2d-window"],
     "Same; stride `None` means the kernel size.",
     "相同；步长为 `None` 表示等于窗口大小。"),
    ("nn.AvgPool2d", {"padding": 0}, {"padding": 0},
     ["avg-pool2d-same-result", "avg-pool2d-asymmetric-padding"],
     "Same for ints and pairs. Paddle's four numbers with "
     "`exclusive=False` do not count all the bottom and right padding.",
     "整数和二元组相同。飞桨的四个填充数在 `exclusive=False` 时"
     "不会把下方和右侧的填充全部计入。"),
    ("nn.AvgPool2d", {"ceil_mode": False}, {"ceil_mode": False},
     ["avg-pool2d-ceil-mode"],
     "With padding, or a stride larger than the kernel, Paddle may keep "
     "an extra last window (NaN or 0): slice to PyTorch's size.",
     "有填充或步长大于窗口时，飞桨可能多出最后一个窗口（NaN 或 0）："
     "切到 PyTorch 的尺寸。"),
    ("nn.AvgPool2d", {"count_include_pad": True}, {"exclusive": True},
     ["avg-pool2d-count-include-pad", "avg-pool2d-positional"],
     "Opposite meanings: `exclusive = not count_include_pad`. PyTorch's "
     "default is `exclusive=False`. Same position: pass by keyword.",
     "含义相反：`exclusive = not count_include_pad`。PyTorch 的默认值"
     "对应 `exclusive=False`。两者位置相同：请按关键字传入。"),
    ("nn.AvgPool2d", {"divisor_override": None},
     {"divisor_override": None},
     ["avg-pool2d-divisor-override", "mapping-check-calls"],
     "Add `exclusive=False`, or Paddle rescales the edge windows. With "
     "`ceil_mode=True`, Paddle still rescales a last window that hangs "
     "over the input: zero-pad with `paddle.nn.Pad2D` until every window "
     "fits, then pool with `padding=0` and no `ceil_mode`.",
     "需同时设 `exclusive=False`，否则飞桨会缩放边缘窗口。与 "
     "`ceil_mode=True` 同用时，飞桨仍会缩放超出输入的最后一个窗口："
     "先用 `paddle.nn.Pad2D` 补零，直到每个窗口都在范围内，再以 "
     "`padding=0`、不设 `ceil_mode` 做池化。"),
    ("nn.AvgPool2d", {}, {"data_format": "NCHW"},
     ["avg-pool2d-same-result"],
     "PyTorch reads NCHW only: permute channels-last input.",
     "PyTorch 只读 NCHW：通道在后的输入需先转置。"),
    ("nn.AvgPool2d", {}, {"name": None},
     ["avg-pool2d-signatures"],
     "Paddle only: drop it.",
     "飞桨独有：删去即可。"),
    ("F.avg_pool2d", {"input": REQUIRED}, {"x": REQUIRED},
     ["avg-pool2d-functional"],
     "Positional in both.",
     "两者都按位置传入。"),
    ("F.avg_pool2d", {"kernel_size": REQUIRED, "stride": None,
                      "padding": 0, "ceil_mode": False},
     {"kernel_size": REQUIRED, "stride": None, "padding": 0,
      "ceil_mode": False},
     ["avg-pool2d-functional"],
     "As for the layer.",
     "与层相同。"),
    ("F.avg_pool2d", {"count_include_pad": True, "divisor_override": None},
     {"exclusive": True, "divisor_override": None},
     ["avg-pool2d-count-include-pad", "avg-pool2d-divisor-override"],
     "As for the layer: `exclusive = not count_include_pad`.",
     "与层相同：`exclusive = not count_include_pad`。"),
    ("F.avg_pool2d", {}, {"data_format": "NCHW", "name": None},
     ["avg-pool2d-signatures"],
     "Paddle only.",
     "飞桨独有。"),
]
