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
    "nn.MaxPool2d": (nn.MaxPool2d, paddle.nn.MaxPool2D),
    "F.max_pool2d": (F.max_pool2d, PF.max_pool2d),
}

# One row per parameter: API, PyTorch {name: default}, Paddle {name:
# default}, checks, then the conversion rule in English and in Chinese.
ROWS = [
    ("nn.MaxPool2d", {"kernel_size": REQUIRED}, {"kernel_size": REQUIRED},
     ["max-pool2d-window"],
     "Same: an int or `(kH, kW)`.",
     "相同：整数或 `(kH, kW)`。"),
    ("nn.MaxPool2d", {"stride": None}, {"stride": None},
     ["max-pool2d-window"],
     "Same; `None` means the kernel size.",
     "相同；`None` 表示等于窗口大小。"),
    ("nn.MaxPool2d", {"padding": 0}, {"padding": 0},
     ["max-pool2d-padding"],
     "Same, padded with -inf. PyTorch allows at most half the kernel; "
     "Paddle also takes `'SAME'`, `'VALID'` and four numbers.",
     "相同，填充 -inf。PyTorch 最多允许窗口的一半；飞桨另支持 "
     "`'SAME'`、`'VALID'` 和四个数。"),
    ("nn.MaxPool2d", {"dilation": 1}, {},
     ["max-pool2d-dilation", "mapping-check-calls"],
     "PyTorch only. In Paddle: pad with -inf, "
     "`paddle.nn.functional.unfold(..., dilations=d)`, max per window.",
     "PyTorch 独有。飞桨中先填充 -inf，再用 "
     "`paddle.nn.functional.unfold(..., dilations=d)`，对每个窗口取最大值。"),
    ("nn.MaxPool2d", {"return_indices": False}, {"return_mask": False},
     ["max-pool2d-indices"],
     "Renamed; the same flattened per-channel indices, `int32` in "
     "Paddle, NCHW only.",
     "仅名称不同；索引同样按通道展平，飞桨为 `int32`，只支持 NCHW。"),
    ("nn.MaxPool2d", {"ceil_mode": False}, {"ceil_mode": False},
     ["max-pool2d-ceil-mode", "mapping-check-calls"],
     "With padding, or a stride larger than the kernel, Paddle may keep "
     "an extra last window that sees no input: slice to PyTorch's size.",
     "有填充或步长大于窗口时，飞桨可能多出一个不含输入的最后窗口："
     "切到 PyTorch 的尺寸。"),
    ("nn.MaxPool2d", {}, {"data_format": "NCHW"},
     ["max-pool2d-same-result"],
     "PyTorch reads NCHW only: permute channels-last input.",
     "PyTorch 只读 NCHW：通道在后的输入需先转置。"),
    ("nn.MaxPool2d", {}, {"name": None},
     ["max-pool2d-signatures"],
     "Paddle only: drop it.",
     "飞桨独有：删去即可。"),
    ("F.max_pool2d", {"input": REQUIRED}, {"x": REQUIRED},
     ["max-pool2d-functional"],
     "Positional in both.",
     "两者都按位置传入。"),
    ("F.max_pool2d", {"kernel_size": REQUIRED, "stride": None,
                      "padding": 0},
     {"kernel_size": REQUIRED, "stride": None, "padding": 0},
     ["max-pool2d-functional"],
     "As for the layer.",
     "与层相同。"),
    ("F.max_pool2d", {"dilation": 1}, {},
     ["max-pool2d-dilation"],
     "PyTorch only: see the layer.",
     "PyTorch 独有：见层。"),
    ("F.max_pool2d", {"ceil_mode": False, "return_indices": False},
     {"return_mask": False, "ceil_mode": False},
     ["max-pool2d-positional"],
     "PyTorch's function takes `ceil_mode` before `return_indices`; "
     "Paddle's 5th positional argument is `return_mask`: use keywords.",
     "PyTorch 的函数中 `ceil_mode` 在 `return_indices` 之前；"
     "飞桨的第 5 个位置参数是 `return_mask`：请按关键字传入。"),
    ("F.max_pool2d", {}, {"data_format": "NCHW", "name": None},
     ["max-pool2d-signatures"],
     "Paddle only.",
     "飞桨独有。"),
]
