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
    "nn.ConvTranspose2d": (nn.ConvTranspose2d, paddle.nn.Conv2DTranspose),
    "F.conv_transpose2d": (F.conv_transpose2d, PF.conv2d_transpose),
}

OUTPUT_PADDING = (
    "Paddle wants it smaller than the stride (`ValueError`), PyTorch "
    "smaller than the stride or the dilation. Between the two, when it "
    "is not larger than `padding`, port it as padding taken off the "
    "bottom and right: `padding=[p, p - op, p, p - op]`.",
    "飞桨要求它小于步长（否则 `ValueError`），PyTorch 只要求小于步长或空洞率"
    "之一。介于两者之间且不大于 `padding` 时，改写为从底部和右侧少填充："
    "`padding=[p, p - op, p, p - op]`。")
ORDER = (
    "Pass it by keyword: PyTorch has `groups` before `dilation`, Paddle "
    "the other way round.",
    "请按关键字传入：PyTorch 中 `groups` 在 `dilation` 之前，飞桨相反。")

# One row per parameter: API, PyTorch {name: default}, Paddle {name:
# default}, checks, then the conversion rule in English and in Chinese.
ROWS = [
    ("nn.ConvTranspose2d",
     {"in_channels": REQUIRED, "out_channels": REQUIRED,
      "kernel_size": REQUIRED},
     {"in_channels": REQUIRED, "out_channels": REQUIRED,
      "kernel_size": REQUIRED},
     ["conv-transpose2d-scatter", "conv-transpose2d-same-result"],
     "Same. The weight is `[C_in, C_out / groups, kH, kW]` in both: copy "
     "it untransposed.",
     "相同。两者的权重都是 `[C_in, C_out / groups, kH, kW]`：不转置，"
     "直接复制。"),
    ("nn.ConvTranspose2d", {"stride": 1, "padding": 0},
     {"stride": 1, "padding": 0},
     ["conv-transpose2d-output-size", "mapping-check-calls"],
     "Same for numbers; Paddle also takes `[top, bottom, left, right]`.",
     "数字写法相同；飞桨还接受 `[top, bottom, left, right]`。"),
    ("nn.ConvTranspose2d", {"output_padding": 0}, {"output_padding": 0},
     ["conv-transpose2d-output-size", "mapping-check-calls"],
     *OUTPUT_PADDING),
    ("nn.ConvTranspose2d", {"groups": 1}, {"groups": 1},
     ["conv-transpose2d-argument-order", "mapping-check-calls"],
     *ORDER),
    ("nn.ConvTranspose2d", {"dilation": 1}, {"dilation": 1},
     ["conv-transpose2d-argument-order", "mapping-check-calls"],
     *ORDER),
    ("nn.ConvTranspose2d", {"bias": True}, {"bias_attr": None},
     ["mapping-check-calls"],
     "`bias=False` becomes `bias_attr=False`; Paddle's layer has no "
     "`bias` argument (`TypeError`).",
     "`bias=False` 写成 `bias_attr=False`；飞桨的这个层没有 `bias` 参数"
     "（`TypeError`）。"),
    ("nn.ConvTranspose2d", {"padding_mode": "zeros"}, {},
     ["mapping-check-calls"],
     "PyTorch accepts `'zeros'` only: drop it.",
     "PyTorch 只接受 `'zeros'`：删去即可。"),
    ("nn.ConvTranspose2d", {"device": None, "dtype": None}, {},
     ["mapping-check-calls"],
     "No such arguments in Paddle: move the built layer, "
     "`.to(device='cpu', dtype='float64')`. GPU placement was not run "
     "here.",
     "飞桨没有这两个参数：建好层后移动，"
     "`.to(device='cpu', dtype='float64')`。放到 GPU 上这一步本站没有运行。"),
    ("nn.ConvTranspose2d", {}, {"weight_attr": None},
     ["mapping-check-defaults"],
     "Paddle only: initial values through `paddle.ParamAttr`.",
     "飞桨独有：通过 `paddle.ParamAttr` 指定初始值。"),
    ("nn.ConvTranspose2d", {}, {"data_format": "NCHW"},
     ["mapping-check-defaults"],
     "PyTorch reads NCHW only: permute channels-last input.",
     "PyTorch 只读 NCHW：通道在后的输入需先转置。"),
    ("F.conv_transpose2d", {"input": REQUIRED}, {"x": REQUIRED},
     ["mapping-check-calls"],
     "Positional in both; by keyword, `input` becomes `x`.",
     "两者都可按位置传入；按关键字传时 `input` 写成 `x`。"),
    ("F.conv_transpose2d", {"weight": REQUIRED, "bias": None},
     {"weight": REQUIRED, "bias": None},
     ["conv-transpose2d-same-result", "mapping-check-calls"],
     "Same: `[C_in, C_out / groups, kH, kW]`, untransposed.",
     "相同：`[C_in, C_out / groups, kH, kW]`，不转置。"),
    ("F.conv_transpose2d", {"stride": 1, "padding": 0},
     {"stride": 1, "padding": 0},
     ["conv-transpose2d-output-size", "mapping-check-calls"],
     "Same for numbers; Paddle also takes `[top, bottom, left, right]`.",
     "数字写法相同；飞桨还接受 `[top, bottom, left, right]`。"),
    ("F.conv_transpose2d", {"output_padding": 0}, {"output_padding": 0},
     ["conv-transpose2d-output-size", "mapping-check-calls"],
     *OUTPUT_PADDING),
    ("F.conv_transpose2d", {"groups": 1, "dilation": 1},
     {"groups": 1, "dilation": 1},
     ["conv-transpose2d-argument-order", "mapping-check-calls"],
     *ORDER),
    ("F.conv_transpose2d", {}, {"output_size": None},
     ["conv-transpose2d-output-size-call"],
     "Paddle only, and not with a non-zero `output_padding` "
     "(`ValueError`). The layers of both take `output_size` when called.",
     "飞桨独有，且不能与非零的 `output_padding` 同用（`ValueError`）。"
     "两个框架的层都在调用时接受 `output_size`。"),
    ("F.conv_transpose2d", {}, {"data_format": "NCHW"},
     ["mapping-check-defaults"],
     "PyTorch reads NCHW only: permute channels-last input.",
     "PyTorch 只读 NCHW：通道在后的输入需先转置。"),
    ("F.conv_transpose2d", {}, {"name": None},
     ["mapping-check-defaults"],
     "Paddle only: drop it.",
     "飞桨独有：删去即可。"),
]
