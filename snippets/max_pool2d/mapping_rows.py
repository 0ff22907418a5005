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
    "nn.AdaptiveMaxPool2d": (nn.AdaptiveMaxPool2d,
                             paddle.nn.AdaptiveMaxPool2D),
    "F.adaptive_max_pool2d": (F.adaptive_max_pool2d,
                              PF.adaptive_max_pool2d),
    "nn.MaxUnpool2d": (nn.MaxUnpool2d, paddle.nn.MaxUnPool2D),
    "F.max_unpool2d": (F.max_unpool2d, PF.max_unpool2d),
}

CALLS = ["mapping-check-calls"]
ADAPTIVE_SIZE = (
    "Same: an int, or a pair of ints or `None`; the same bins as "
    "adaptive average pooling. PyTorch also takes one `[C, H, W]` "
    "image, Paddle `[N, C, H, W]` only (`ValueError`): `unsqueeze(0)`.",
    "相同：整数，或由整数或 `None` 组成的二元组；区间与自适应平均池化"
    "相同。PyTorch 还接受单张 `[C, H, W]` 图像，飞桨只接受 "
    "`[N, C, H, W]`（否则 `ValueError`）：先 `unsqueeze(0)`。")
ADAPTIVE_INDICES = (
    "Renamed, in the same position; the same flattened per-channel "
    "indices, `int32` in Paddle. Paddle 3.3 also takes "
    "`return_indices=`; earlier releases raise `TypeError`.",
    "仅名称不同，位置相同；索引同样按通道展平，飞桨为 `int32`。飞桨 3.3 "
    "也接受 `return_indices=`；更早的版本会抛出 `TypeError`。")
UNPOOL_WINDOW = (
    "Same, in the same position; `stride=None` means the kernel size.",
    "相同，位置也相同；`stride=None` 表示等于窗口大小。")

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
    ("nn.AdaptiveMaxPool2d", {"output_size": REQUIRED},
     {"output_size": REQUIRED},
     ["max-pool2d-adaptive", "adaptive-avg-pool2d-bins-check"] + CALLS,
     *ADAPTIVE_SIZE),
    ("nn.AdaptiveMaxPool2d", {"return_indices": False},
     {"return_mask": False},
     ["max-pool2d-adaptive", "max-pool2d-pytorch-spellings"] + CALLS,
     *ADAPTIVE_INDICES),
    ("nn.AdaptiveMaxPool2d", {}, {"name": None},
     ["max-pool2d-signatures"], "Paddle only: drop it.",
     "飞桨独有：删去即可。"),
    ("F.adaptive_max_pool2d", {"input": REQUIRED}, {"x": REQUIRED},
     ["max-pool2d-adaptive"] + CALLS,
     "Positional in both.", "两者都按位置传入。"),
    ("F.adaptive_max_pool2d", {"output_size": REQUIRED},
     {"output_size": REQUIRED},
     ["max-pool2d-adaptive"] + CALLS, *ADAPTIVE_SIZE),
    ("F.adaptive_max_pool2d", {"return_indices": False},
     {"return_mask": False},
     ["max-pool2d-adaptive", "max-pool2d-pytorch-spellings"] + CALLS,
     *ADAPTIVE_INDICES),
    ("F.adaptive_max_pool2d", {}, {"name": None},
     ["max-pool2d-signatures"], "Paddle only.", "飞桨独有。"),
    ("nn.MaxUnpool2d", {"kernel_size": REQUIRED, "stride": None,
                        "padding": 0},
     {"kernel_size": REQUIRED, "stride": None, "padding": 0},
     ["max-pool2d-unpool"] + CALLS, *UNPOOL_WINDOW),
    ("nn.MaxUnpool2d", {}, {"output_size": None},
     ["max-pool2d-unpool", "max-pool2d-pytorch-spellings"],
     "PyTorch passes `output_size` to the call, `unpool(y, indices, "
     "output_size)`; Paddle to the constructor. Paddle 3.3 also takes it "
     "in the call, with a `UserWarning`.",
     "PyTorch 在调用时传入 `output_size`，即 `unpool(y, indices, "
     "output_size)`；飞桨在构造时传入。飞桨 3.3 也接受在调用时传入，"
     "但会发出 `UserWarning`。"),
    ("nn.MaxUnpool2d", {}, {"data_format": "NCHW"},
     ["max-pool2d-unpool"],
     "Paddle only; `'NCHW'` is the only value it takes.",
     "飞桨独有；只接受 `'NCHW'`。"),
    ("nn.MaxUnpool2d", {}, {"name": None},
     ["max-pool2d-signatures"], "Paddle only: drop it.",
     "飞桨独有：删去即可。"),
    ("F.max_unpool2d", {"input": REQUIRED, "indices": REQUIRED},
     {"x": REQUIRED, "indices": REQUIRED},
     ["max-pool2d-unpool", "max-pool2d-pytorch-spellings"] + CALLS,
     "Positional in both. Paddle's `int32` indices from "
     "`return_mask=True` go in unchanged; PyTorch refuses `int32` "
     "(`RuntimeError`). Paddle 3.3 also takes PyTorch's `int64` ones.",
     "两者都按位置传入。飞桨 `return_mask=True` 得到的 `int32` 索引可直接"
     "传入；PyTorch 不接受 `int32`（`RuntimeError`）。飞桨 3.3 也接受 "
     "PyTorch 的 `int64` 索引。"),
    ("F.max_unpool2d", {"kernel_size": REQUIRED, "stride": None,
                        "padding": 0},
     {"kernel_size": REQUIRED, "stride": None, "padding": 0},
     ["max-pool2d-unpool"] + CALLS, *UNPOOL_WINDOW),
    ("F.max_unpool2d", {"output_size": None}, {"output_size": None},
     ["max-pool2d-unpool"] + CALLS,
     "Same values (`(H, W)` or the whole shape); sixth in PyTorch, "
     "seventh in Paddle after `data_format`: pass it by keyword.",
     "取值相同（`(H, W)` 或整个形状）；在 PyTorch 中排第六，在飞桨中排第七，"
     "位于 `data_format` 之后：应按关键字传入。"),
    ("F.max_unpool2d", {}, {"data_format": "NCHW", "name": None},
     ["max-pool2d-unpool"],
     "Paddle only; `data_format` takes `'NCHW'` only.",
     "飞桨独有；`data_format` 只接受 `'NCHW'`。"),
]
