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
    "F.pad": (F.pad, PF.pad),
    "nn.ZeroPad2d": (nn.ZeroPad2d, paddle.nn.ZeroPad2D),
    "nn.ConstantPad2d": (nn.ConstantPad2d, paddle.nn.Pad2D),
    "nn.ReflectionPad2d": (nn.ReflectionPad2d, paddle.nn.Pad2D),
    "nn.ReplicationPad2d": (nn.ReplicationPad2d, paddle.nn.Pad2D),
    "nn.CircularPad2d": (nn.CircularPad2d, paddle.nn.Pad2D),
    "nn.PixelShuffle": (nn.PixelShuffle, paddle.nn.PixelShuffle),
    "nn.PixelUnshuffle": (nn.PixelUnshuffle, paddle.nn.PixelUnshuffle),
    "F.pixel_shuffle": (F.pixel_shuffle, PF.pixel_shuffle),
    "F.pixel_unshuffle": (F.pixel_unshuffle, PF.pixel_unshuffle),
    "nn.Unfold": (nn.Unfold, paddle.nn.Unfold),
    "nn.Fold": (nn.Fold, paddle.nn.Fold),
    "F.unfold": (F.unfold, PF.unfold),
    "F.fold": (F.fold, PF.fold),
}

CALLS = ["mapping-check-calls"]
NAME = ("Paddle only: drop it.", "飞桨独有：删去即可。")
LAYER_FORMAT = (
    "Paddle only: PyTorch's input is channels first, the default.",
    "飞桨独有：PyTorch 的输入是通道在前的，即默认值。")
PADDING = (
    "Same: one int for all sides or `(left, right, top, bottom)`, on "
    "`[N, C, H, W]` with negative widths too. On `[H, W]` Paddle reads "
    "four widths from the first axis: `PF.pad(x, [top, bottom, left, "
    "right])`; on `[C, H, W]` it refuses negative widths: pad with the "
    "others, then slice.",
    "相同：一个整数表示四边相同，或 `(left, right, top, bottom)`；在 "
    "`[N, C, H, W]` 上负宽度也相同。对 `[H, W]`，飞桨从第一个轴读这四个宽度："
    "应写成 `PF.pad(x, [top, bottom, left, right])`；对 `[C, H, W]`，飞桨不接受"
    "负宽度：先用其余宽度填充，再切片。")
NO_BATCH = (
    "Paddle pads a 4-D input only in this mode: for `[C, H, W]`, "
    "`PF.pad(x.unsqueeze(0), widths, mode=...).squeeze(0)`.",
    "在这种模式下飞桨只填充四维输入：对 `[C, H, W]`，写成 "
    "`PF.pad(x.unsqueeze(0), widths, mode=...).squeeze(0)`。")
MODE = (
    "Paddle only: write `mode='{0}'`. Without it `Pad2D` pads with zeros, "
    "silently.",
    "飞桨独有：要写 `mode='{0}'`。不写时 `Pad2D` 用零填充，不报任何错。")
VALUE = ("Paddle only; ignored outside constant mode.",
         "飞桨独有；常数填充以外的模式忽略它。")
SHUFFLE = (
    "Same, and the same order of channels. Paddle takes `[N, C, H, W]` "
    "only (`ValueError`); PyTorch any number of leading axes: reshape "
    "them to one and back.",
    "相同，通道顺序也相同。飞桨只接受 `[N, C, H, W]`（否则 `ValueError`）；"
    "PyTorch 接受任意多个前导轴：先变形成一个轴，算完再变回去。")
SHUFFLE_FORMAT = (
    "Paddle only: `'NHWC'` gives the same result on channels-last input.",
    "飞桨独有：对通道在后的输入，`'NHWC'` 给出相同的结果。")
UNFOLD_LAYER = (
    "Renamed to the plural, in the same position: a positional call ports "
    "as it is. Paddle 3.3 refuses PyTorch's keywords (`TypeError`) and "
    "points to `paddle.compat.nn.Unfold`, which takes them.",
    "改为复数形式，位置相同：按位置传参的调用可以照抄。飞桨 3.3 不接受 "
    "PyTorch 的关键字（`TypeError`），并指向接受这些关键字的 "
    "`paddle.compat.nn.Unfold`。")
FOLD_LAYER = (
    "Renamed to the plural, in the same position: a positional call ports "
    "as it is. Paddle 3.3 also takes PyTorch's keywords; earlier releases "
    "may not, so write Paddle's.",
    "改为复数形式，位置相同：按位置传参的调用可以照抄。飞桨 3.3 也接受 "
    "PyTorch 的关键字；更早的版本未必如此，所以应写飞桨的名称。")
FOUR = (
    "Paddle also takes four numbers, `[top, left, bottom, right]`, in "
    "another order than `F.pad`'s.",
    "飞桨还接受四个数 `[top, left, bottom, right]`，顺序与 `F.pad` 的不同。")
FOLD_LIST = (
    "Write a pair as a list: Paddle's fold before 3.3 refuses a tuple "
    "(`ValueError`).",
    "两个数请写成列表：3.3 之前的飞桨，其 fold 不接受元组（`ValueError`）。")
FUNCTION_ORDER = (
    "Another order after the kernel: PyTorch `dilation, padding, stride`, "
    "Paddle `strides, paddings, dilations`. Pass them by keyword, with "
    "Paddle's plural names.",
    "卷积核之后的顺序不同：PyTorch 是 `dilation, padding, stride`，飞桨是 "
    "`strides, paddings, dilations`。请按关键字传入，并使用飞桨的复数名称。")
BATCH_ONLY = (
    "Paddle takes a batch only: for an input without the batch axis, "
    "`x.unsqueeze(0)` and `[0]` after.",
    "飞桨只接受带批量轴的输入：对不带批量轴的输入，先 `x.unsqueeze(0)`，"
    "算完再取 `[0]`。")

# One row per parameter: API, PyTorch {name: default}, Paddle {name:
# default}, checks, then the conversion rule in English and in Chinese.
ROWS = [
    ("F.pad", {"input": REQUIRED}, {"x": REQUIRED}, CALLS,
     "Positional in both; Paddle 3.3 also takes `input=`.",
     "两者都可按位置传入；飞桨 3.3 也接受 `input=`。"),
    ("F.pad", {"pad": REQUIRED}, {"pad": REQUIRED},
     ["padding-order", "padding-order-grid"] + CALLS,
     "Pairs of widths from the last axis, in both, while the list is "
     "shorter than 2 × `x.ndim`. As long as all axes, Paddle reads it "
     "from the first axis: write the pairs in reverse order (or "
     "`pad_from_left_axis=False`). Negative widths crop: pad with the "
     "others, then slice (in circular mode, slice first). Paddle 2.6 "
     "refuses 2 or 6 widths for a 4-D input in constant mode: write all "
     "eight there.",
     "在两个框架中，只要列表短于 2 × `x.ndim`，都是从最后一个轴起、每轴一对"
     "宽度。列表覆盖所有轴时，飞桨从第一个轴读起：应把各对倒序写出（或写 "
     "`pad_from_left_axis=False`）。负宽度表示裁掉：先用其余宽度填充，再切片"
     "（循环填充时先切片）。常数填充时，飞桨 2.6 对四维输入不接受 2 个或 6 个"
     "宽度：在那里要写全 8 个。"),
    ("F.pad", {"mode": "constant"}, {"mode": "constant"},
     ["padding-modes", "padding-modes-grid"] + CALLS,
     "The same four modes. Outside constant mode Paddle pads the spatial "
     "axes of a 3-D to 5-D input only, 2 × (ndim − 2) widths; PyTorch "
     "also pads an input without the batch axis: `x.unsqueeze(0)`, pad, "
     "`.squeeze(0)`.",
     "四种模式相同。常数填充以外的模式，飞桨只填充三维到五维输入的空间轴，"
     "即 2 × (ndim − 2) 个宽度；PyTorch 还能填充不带批量轴的输入："
     "`x.unsqueeze(0)`，填充，再 `.squeeze(0)`。"),
    ("F.pad", {"value": None}, {"value": 0.0},
     ["padding-modes-grid"] + CALLS,
     "`None` means 0: drop it (Paddle raises `TypeError` on `None`). "
     "Outside constant mode PyTorch refuses a value other than 0, Paddle "
     "ignores it.",
     "`None` 表示 0：删去即可（传入 `None` 时飞桨抛出 `TypeError`）。"
     "常数填充以外的模式，PyTorch 不接受 0 以外的值，飞桨则忽略它。"),
    ("F.pad", {}, {"data_format": None}, ["padding-order"],
     "Paddle only. It applies to a list of 2 × (ndim − 2) widths and to "
     "the other modes (`'NHWC'`: axes 1 and 2); a list of another length "
     "ignores it. PyTorch's input is channels first: leave it out.",
     "飞桨独有。它只作用于 2 × (ndim − 2) 个宽度的列表和其他模式"
     "（`'NHWC'`：第 1、2 轴）；其他长度的列表忽略它。PyTorch 的输入是通道在前"
     "的：不写即可。"),
    ("F.pad", {}, {"pad_from_left_axis": True}, ["padding-order-grid"],
     "Paddle only, for a list as long as all axes in constant mode; "
     "`False` reads it as PyTorch does.",
     "飞桨独有，只用于常数填充中覆盖所有轴的列表；`False` 按 PyTorch 的方式"
     "读取。"),
    ("F.pad", {}, {"name": None}, ["padding-order"], *NAME),
    ("nn.ZeroPad2d", {"padding": REQUIRED}, {"padding": REQUIRED},
     ["padding-layers", "padding-layer-traps"] + CALLS, *PADDING),
    ("nn.ZeroPad2d", {}, {"data_format": "NCHW"}, ["padding-layers"],
     *LAYER_FORMAT),
    ("nn.ZeroPad2d", {}, {"name": None}, ["padding-layers"], *NAME),
    ("nn.ConstantPad2d", {"padding": REQUIRED}, {"padding": REQUIRED},
     ["padding-layers", "padding-layer-traps"] + CALLS, *PADDING),
    ("nn.ConstantPad2d", {"value": REQUIRED}, {"value": 0.0},
     ["padding-layer-traps"] + CALLS,
     "Second in PyTorch, third in Paddle, after `mode`: pass `value=` by "
     "keyword (by position it is taken for the mode: `AssertionError`).",
     "在 PyTorch 中排第二，在飞桨中排在 `mode` 之后的第三位：请用 `value=` "
     "按关键字传入（按位置传时被当作 mode：`AssertionError`）。"),
    ("nn.ConstantPad2d", {}, {"mode": "constant"}, ["padding-layers"],
     "Paddle only: the default is this layer's mode.",
     "飞桨独有：默认值就是这个层的模式。"),
    ("nn.ConstantPad2d", {}, {"data_format": "NCHW"}, ["padding-layers"],
     *LAYER_FORMAT),
    ("nn.ConstantPad2d", {}, {"name": None}, ["padding-layers"], *NAME),
] + [
    row for name, mode in (("nn.ReflectionPad2d", "reflect"),
                           ("nn.ReplicationPad2d", "replicate"),
                           ("nn.CircularPad2d", "circular"))
    for row in [
        (name, {"padding": REQUIRED}, {"padding": REQUIRED},
         ["padding-layers", "padding-layer-traps"] + CALLS,
         "Same: one int or `(left, right, top, bottom)`. " + NO_BATCH[0]
         + (" Negative widths: PyTorch crops, then wraps what is left "
            "(port: slice, then pad); a width larger than what is left is "
            "not ported." if mode == "circular" else ""),
         "相同：一个整数或 `(left, right, top, bottom)`。" + NO_BATCH[1]
         + ("负宽度：PyTorch 先裁掉，再对剩下的部分循环填充（迁移：先切片，"
            "再填充）；宽度超过剩余尺寸的不作迁移。" if mode == "circular"
            else "")),
        (name, {}, {"mode": "constant"},
         ["padding-layer-traps"] + CALLS,
         MODE[0].format(mode), MODE[1].format(mode)),
        (name, {}, {"value": 0.0}, ["padding-modes-grid"], *VALUE),
        (name, {}, {"data_format": "NCHW"}, ["padding-layers"],
         *LAYER_FORMAT),
        (name, {}, {"name": None}, ["padding-layers"], *NAME),
    ]
] + [
    ("nn.PixelShuffle", {"upscale_factor": REQUIRED},
     {"upscale_factor": REQUIRED},
     ["padding-pixel-shuffle", "padding-pixel-shuffle-grid"] + CALLS,
     *SHUFFLE),
    ("nn.PixelShuffle", {}, {"data_format": "NCHW"},
     ["padding-pixel-shuffle-grid"], *SHUFFLE_FORMAT),
    ("nn.PixelShuffle", {}, {"name": None}, ["padding-pixel-shuffle"],
     *NAME),
    ("nn.PixelUnshuffle", {"downscale_factor": REQUIRED},
     {"downscale_factor": REQUIRED},
     ["padding-pixel-shuffle", "padding-pixel-shuffle-grid"] + CALLS,
     *SHUFFLE),
    ("nn.PixelUnshuffle", {}, {"data_format": "NCHW"},
     ["padding-pixel-shuffle-grid"], *SHUFFLE_FORMAT),
    ("nn.PixelUnshuffle", {}, {"name": None}, ["padding-pixel-shuffle"],
     *NAME),
    ("F.pixel_shuffle", {"input": REQUIRED}, {"x": REQUIRED}, CALLS,
     "Positional in both; Paddle refuses `input=` (`TypeError`).",
     "两者都按位置传入；飞桨不接受 `input=`（`TypeError`）。"),
    ("F.pixel_shuffle", {"upscale_factor": REQUIRED},
     {"upscale_factor": REQUIRED},
     ["padding-pixel-shuffle", "padding-pixel-shuffle-grid"] + CALLS,
     *SHUFFLE),
    ("F.pixel_shuffle", {}, {"data_format": "NCHW", "name": None},
     ["padding-pixel-shuffle-grid"], *SHUFFLE_FORMAT),
    ("F.pixel_unshuffle", {"input": REQUIRED}, {"x": REQUIRED}, CALLS,
     "Positional in both; Paddle refuses `input=` (`TypeError`).",
     "两者都按位置传入；飞桨不接受 `input=`（`TypeError`）。"),
    ("F.pixel_unshuffle", {"downscale_factor": REQUIRED},
     {"downscale_factor": REQUIRED},
     ["padding-pixel-shuffle", "padding-pixel-shuffle-grid"] + CALLS,
     *SHUFFLE),
    ("F.pixel_unshuffle", {}, {"data_format": "NCHW", "name": None},
     ["padding-pixel-shuffle-grid"], *SHUFFLE_FORMAT),
    ("nn.Unfold", {"kernel_size": REQUIRED}, {"kernel_sizes": REQUIRED},
     ["padding-unfold", "padding-unfold-arguments"] + CALLS,
     UNFOLD_LAYER[0] + " " + BATCH_ONLY[0],
     UNFOLD_LAYER[1] + BATCH_ONLY[1]),
    ("nn.Unfold", {"dilation": 1, "stride": 1},
     {"dilations": 1, "strides": 1},
     ["padding-unfold-arguments", "padding-unfold-grid"] + CALLS,
     *UNFOLD_LAYER),
    ("nn.Unfold", {"padding": 0}, {"paddings": 0},
     ["padding-unfold-arguments", "padding-unfold-grid"] + CALLS,
     UNFOLD_LAYER[0] + " " + FOUR[0], UNFOLD_LAYER[1] + FOUR[1]),
    ("nn.Unfold", {}, {"name": None}, ["padding-unfold-arguments"], *NAME),
    ("nn.Fold", {"output_size": REQUIRED, "kernel_size": REQUIRED},
     {"output_sizes": REQUIRED, "kernel_sizes": REQUIRED},
     ["padding-unfold", "padding-unfold-arguments"] + CALLS,
     FOLD_LAYER[0] + " " + BATCH_ONLY[0], FOLD_LAYER[1] + BATCH_ONLY[1]),
    ("nn.Fold", {"dilation": 1, "stride": 1},
     {"dilations": 1, "strides": 1},
     ["padding-unfold-arguments", "padding-unfold-grid"] + CALLS,
     *FOLD_LAYER),
    ("nn.Fold", {"padding": 0}, {"paddings": 0},
     ["padding-unfold-arguments", "padding-unfold-grid"] + CALLS,
     FOLD_LAYER[0] + " " + FOUR[0] + " " + FOLD_LIST[0],
     FOLD_LAYER[1] + FOUR[1] + FOLD_LIST[1]),
    ("nn.Fold", {}, {"name": None}, ["padding-unfold-arguments"], *NAME),
    ("F.unfold", {"input": REQUIRED}, {"x": REQUIRED}, CALLS,
     "Positional in both. " + BATCH_ONLY[0],
     "两者都可按位置传入。" + BATCH_ONLY[1]),
    ("F.unfold", {"kernel_size": REQUIRED}, {"kernel_sizes": REQUIRED},
     ["padding-unfold-arguments"] + CALLS,
     "Second in both; by keyword, `kernel_sizes`.",
     "两者都排第二；按关键字传时写 `kernel_sizes`。"),
    ("F.unfold", {"dilation": 1, "stride": 1},
     {"strides": 1, "dilations": 1},
     ["padding-unfold-arguments", "padding-unfold-grid"] + CALLS,
     *FUNCTION_ORDER),
    ("F.unfold", {"padding": 0}, {"paddings": 0},
     ["padding-unfold-arguments", "padding-unfold-grid"] + CALLS,
     FUNCTION_ORDER[0] + " " + FOUR[0], FUNCTION_ORDER[1] + FOUR[1]),
    ("F.unfold", {}, {"name": None}, ["padding-unfold-arguments"], *NAME),
    ("F.fold", {"input": REQUIRED}, {"x": REQUIRED}, CALLS,
     "Positional in both. " + BATCH_ONLY[0],
     "两者都可按位置传入。" + BATCH_ONLY[1]),
    ("F.fold", {"output_size": REQUIRED, "kernel_size": REQUIRED},
     {"output_sizes": REQUIRED, "kernel_sizes": REQUIRED},
     ["padding-unfold-arguments"] + CALLS,
     "Second and third in both; by keyword, the plural.",
     "两者都排第二、第三；按关键字传时用复数形式。"),
    ("F.fold", {"dilation": 1, "stride": 1},
     {"strides": 1, "dilations": 1},
     ["padding-unfold-arguments", "padding-unfold-grid"] + CALLS,
     *FUNCTION_ORDER),
    ("F.fold", {"padding": 0}, {"paddings": 0},
     ["padding-unfold-arguments", "padding-unfold-grid"] + CALLS,
     FUNCTION_ORDER[0] + " " + FOUR[0] + " " + FOLD_LIST[0],
     FUNCTION_ORDER[1] + FOUR[1] + FOLD_LIST[1]),
    ("F.fold", {}, {"name": None}, ["padding-unfold-arguments"], *NAME),
]
