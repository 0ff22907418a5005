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
    "nn.Upsample": (nn.Upsample, paddle.nn.Upsample),
    "F.interpolate": (F.interpolate, PF.interpolate),
    "F.upsample": (F.upsample, PF.upsample),
    "nn.UpsamplingNearest2d": (nn.UpsamplingNearest2d,
                               paddle.nn.UpsamplingNearest2D),
    "nn.UpsamplingBilinear2d": (nn.UpsamplingBilinear2d,
                                paddle.nn.UpsamplingBilinear2D),
    "F.grid_sample": (F.grid_sample, PF.grid_sample),
    "F.affine_grid": (F.affine_grid, PF.affine_grid),
}

CALLS = ["mapping-check-calls"]
NAME = ("Paddle only: drop it.", "飞桨独有：删去即可。")
SIZE = ("Same for a pair. An int becomes `[s, s]`: Paddle takes a list "
        "or tuple only (`TypeError`).",
        "给一对值时相同。整数要写成 `[s, s]`：飞桨只接受列表或元组"
        "（否则 `TypeError`）。")
SCALE = ("Same, with the same sample points (1 / factor apart). With "
         "`mode='nearest'`, where the output is exactly twice an input "
         "side of more than one pixel and the factor is not 2, pass 2.0 "
         "for that side. With `mode='area'` Paddle takes no factor "
         "(`ValueError`): pass `size=[int(h * s), int(w * s)]`.",
         "相同，采样点也相同（间隔为 1 / 缩放因子）。`mode='nearest'` 时，"
         "如果某一边多于一个像素、输出恰好是输入的两倍而缩放因子不是 2，"
         "这一边要传 2.0。`mode='area'` 时飞桨不接受缩放因子"
         "（`ValueError`）：应传 `size=[int(h * s), int(w * s)]`。")
MODE = ("`'nearest'`, `'bilinear'`, `'bicubic'` and `'area'` carry over; "
        "Paddle has no `'nearest-exact'` or `'lanczos'` (`ValueError`): "
        "no port. With bilinear or bicubic and `align_corners=False`, an "
        "output side of one pixel (from more) differs: PyTorch samples the "
        "middle, Paddle the first pixel (bilinear) or half a pixel before "
        "it (bicubic); no port.",
        "`'nearest'`、`'bilinear'`、`'bicubic'` 和 `'area'` 可以照用；"
        "飞桨没有 `'nearest-exact'` 和 `'lanczos'`（`ValueError`）：无法"
        "迁移。双线性或双三次插值在 `align_corners=False` 时，如果某一边"
        "从多个像素缩成一个像素，结果不同：PyTorch 在中间采样，飞桨取第一个"
        "像素（双线性插值）或在它之前半个像素处采样（双三次插值）；无法迁移。")
ALIGN = ("PyTorch's `None` is `False`, Paddle's default. Paddle takes a "
         "bool only (`None` raises `TypeError`). Fourth in both.",
         "PyTorch 的 `None` 即 `False`，也就是飞桨的默认值。飞桨只接受"
         "布尔值（传 `None` 会抛出 `TypeError`）。两者都排在第四位。")
ALIGN_MODE = ("Paddle only; leave it at 0, which is PyTorch's rule. 1 "
              "puts output pixel j at j · n_in / n_out, a rule PyTorch "
              "does not have; it changes bilinear without "
              "`align_corners` only.",
              "飞桨独有；保持为 0，即 PyTorch 的规则。设为 1 时，输出像素 j "
              "落在 j · n_in / n_out 处，PyTorch 没有这种规则；它只影响不带 "
              "`align_corners` 的双线性插值。")
DATA_FORMAT = ("Paddle only: `'NHWC'` takes channels-last input. PyTorch "
               "reads the channels from dimension 1: permute.",
               "飞桨独有：`'NHWC'` 接受通道在后的输入。PyTorch 从第 1 维读取"
               "通道：需先转置。")
RECOMPUTE = ("Same: `True` samples n_in / n_out apart, as a size does. "
             "Paddle releases before 3.1 do not have it (`TypeError`).",
             "相同：`True` 时采样间隔为 n_in / n_out，与给出尺寸时一样。"
             "3.1 之前的飞桨版本没有这个参数（`TypeError`）。")
SAMPLING = ("The defaults differ: PyTorch's `None` is `False`, Paddle's "
            "default is `True`. Write `align_corners=False` in Paddle for "
            "PyTorch's default; a call copied without it samples "
            "elsewhere.",
            "默认值不同：PyTorch 的 `None` 即 `False`，飞桨的默认值是 "
            "`True`。对应 PyTorch 的默认值，飞桨中要写 "
            "`align_corners=False`；照抄而不写它的调用会在别处采样。")

# One row per parameter: API, PyTorch {name: default}, Paddle {name:
# default}, checks, then the conversion rule in English and in Chinese.
ROWS = [
    ("nn.Upsample", {"size": None}, {"size": None},
     ["resizing-size-or-scale"] + CALLS, *SIZE),
    ("nn.Upsample", {"scale_factor": None}, {"scale_factor": None},
     ["resizing-size-or-scale", "resizing-nearest"] + CALLS, *SCALE),
    ("nn.Upsample", {"mode": "nearest"}, {"mode": "nearest"},
     ["resizing-modes", "resizing-grid"] + CALLS, *MODE),
    ("nn.Upsample", {"align_corners": None}, {"align_corners": False},
     ["resizing-sample-points"] + CALLS, *ALIGN),
    ("nn.Upsample", {}, {"align_mode": 0},
     ["resizing-paddle-only", "resizing-size-or-scale"],
     ALIGN_MODE[0] + " Fifth in Paddle: PyTorch's fifth positional "
     "argument, `recompute_scale_factor`, lands here (`TypeError`).",
     ALIGN_MODE[1] + "它在飞桨中排在第五位：PyTorch 按位置传入的第五个参数 "
     "`recompute_scale_factor` 会落到这里（`TypeError`）。"),
    ("nn.Upsample", {}, {"data_format": None},
     ["resizing-paddle-only"], *DATA_FORMAT),
    ("nn.Upsample", {"recompute_scale_factor": None},
     {"recompute_scale_factor": None},
     ["resizing-size-or-scale"] + CALLS,
     RECOMPUTE[0] + " Pass it by keyword: it is fifth in PyTorch, "
     "seventh in Paddle.",
     RECOMPUTE[1] + "应按关键字传入：它在 PyTorch 中排第五，在飞桨中"
     "排第七。"),
    ("nn.Upsample", {}, {"name": None}, ["resizing-modes"], *NAME),
    ("F.interpolate", {"input": REQUIRED}, {"x": REQUIRED},
     ["resizing-modes"] + CALLS,
     "Positional in both; Paddle also takes `input=`.",
     "两者都可按位置传入；飞桨也接受 `input=`。"),
    ("F.interpolate", {"size": None}, {"size": None},
     ["resizing-size-or-scale"] + CALLS, *SIZE),
    ("F.interpolate", {"scale_factor": None}, {"scale_factor": None},
     ["resizing-size-or-scale", "resizing-nearest"] + CALLS, *SCALE),
    ("F.interpolate", {"mode": "nearest"}, {"mode": "nearest"},
     ["resizing-by-hand", "resizing-grid"] + CALLS, *MODE),
    ("F.interpolate", {"align_corners": None}, {"align_corners": False},
     ["resizing-sample-points", "resizing-by-hand"] + CALLS, *ALIGN),
    ("F.interpolate", {}, {"align_mode": 0},
     ["resizing-paddle-only"] + CALLS,
     ALIGN_MODE[0] + " Sixth in Paddle: a bool there is read as "
     "PyTorch's `recompute_scale_factor`, so PyTorch's positional calls "
     "carry over.",
     ALIGN_MODE[1] + "它在飞桨中排在第六位：飞桨把这个位置上的布尔值当作 "
     "PyTorch 的 `recompute_scale_factor`，所以 PyTorch 按位置传参的"
     "调用可以照用。"),
    ("F.interpolate", {}, {"data_format": None},
     ["resizing-paddle-only"], *DATA_FORMAT),
    ("F.interpolate", {"recompute_scale_factor": None},
     {"recompute_scale_factor": None},
     ["resizing-size-or-scale"] + CALLS, *RECOMPUTE),
    ("F.interpolate", {"antialias": False}, {"antialias": False},
     ["resizing-antialias", "resizing-grid"] + CALLS,
     "Same, with the same numbers (bilinear and bicubic), except into "
     "one column while the height changes: no port. Paddle releases "
     "before 3.3 do not have it (`TypeError`).",
     "相同，结果也相同（双线性和双三次插值），只有高度改变、输出只有一列"
     "时例外：无法迁移。3.3 之前的飞桨版本没有这个参数（`TypeError`）。"),
    ("F.interpolate", {}, {"name": None}, ["resizing-modes"], *NAME),
    ("F.upsample", {"input": REQUIRED}, {"x": REQUIRED},
     ["resizing-modes"] + CALLS,
     "Deprecated in PyTorch (it warns): port it as `F.interpolate`, to "
     "`paddle.nn.functional.interpolate`. Paddle's `upsample` calls "
     "`interpolate`. Positional in both; Paddle also takes `input=`.",
     "PyTorch 已弃用它（会发出警告）：按 `F.interpolate` 迁移，改成 "
     "`paddle.nn.functional.interpolate`。飞桨的 `upsample` 调用的就是 "
     "`interpolate`。两者都可按位置传入；飞桨也接受 `input=`。"),
    ("F.upsample", {"size": None}, {"size": None},
     ["resizing-size-or-scale"] + CALLS, *SIZE),
    ("F.upsample", {"scale_factor": None}, {"scale_factor": None},
     ["resizing-size-or-scale", "resizing-nearest"] + CALLS, *SCALE),
    ("F.upsample", {"mode": "nearest"}, {"mode": "nearest"},
     ["resizing-modes", "resizing-grid"] + CALLS, *MODE),
    ("F.upsample", {"align_corners": None}, {"align_corners": False},
     ["resizing-sample-points"] + CALLS, *ALIGN),
    ("F.upsample", {}, {"align_mode": 0, "data_format": None,
                        "name": None},
     ["resizing-paddle-only"], *NAME),
    ("nn.UpsamplingNearest2d", {"size": None}, {"size": None},
     ["resizing-size-or-scale"] + CALLS,
     "Same, an int included.", "相同，整数也一样。"),
    ("nn.UpsamplingNearest2d", {"scale_factor": None},
     {"scale_factor": None},
     ["resizing-size-or-scale", "resizing-nearest"] + CALLS,
     "Same: `nn.Upsample` with `mode='nearest'` in both. Where the "
     "output is exactly twice an input side of more than one pixel and "
     "the factor is not 2, pass 2.0 for that side.",
     "相同：两者都是 `mode='nearest'` 的 `nn.Upsample`。如果某一边多于一个"
     "像素、输出恰好是输入的两倍而缩放因子不是 2，这一边要传 2.0。"),
    ("nn.UpsamplingNearest2d", {}, {"data_format": "NCHW"},
     ["resizing-paddle-only"], *DATA_FORMAT),
    ("nn.UpsamplingNearest2d", {}, {"name": None}, ["resizing-modes"],
     *NAME),
    ("nn.UpsamplingBilinear2d", {"size": None}, {"size": None},
     ["resizing-size-or-scale"] + CALLS,
     "Same, an int included. Both layers are bilinear with "
     "`align_corners=True`, which neither lets you change.",
     "相同，整数也一样。两个层都是 `align_corners=True` 的双线性插值，"
     "且都不能更改。"),
    ("nn.UpsamplingBilinear2d", {"scale_factor": None},
     {"scale_factor": None},
     ["resizing-size-or-scale", "resizing-sample-points"] + CALLS,
     "Same, with the same sample points (corners aligned).",
     "相同，采样点也相同（角点对齐）。"),
    ("nn.UpsamplingBilinear2d", {}, {"data_format": "NCHW"},
     ["resizing-paddle-only"], *DATA_FORMAT),
    ("nn.UpsamplingBilinear2d", {}, {"name": None}, ["resizing-modes"],
     *NAME),
    ("F.grid_sample", {"input": REQUIRED, "grid": REQUIRED},
     {"x": REQUIRED, "grid": REQUIRED},
     ["resizing-grid-sample-modes"] + CALLS,
     "Positional in both; Paddle also takes `input=`.",
     "两者都可按位置传入；飞桨也接受 `input=`。"),
    ("F.grid_sample", {"mode": "bilinear"}, {"mode": "bilinear"},
     ["resizing-grid-sample-modes"] + CALLS,
     "`'bilinear'` and `'nearest'` carry over, ties between pixels "
     "included; Paddle has no `'bicubic'` (`ValueError`): no port.",
     "`'bilinear'` 和 `'nearest'` 可以照用，像素之间的平局也一样处理；"
     "飞桨没有 `'bicubic'`（`ValueError`）：无法迁移。"),
    ("F.grid_sample", {"padding_mode": "zeros"}, {"padding_mode": "zeros"},
     ["resizing-grid-sample-modes"] + CALLS,
     "Same: `'zeros'`, `'border'`, `'reflection'`.",
     "相同：`'zeros'`、`'border'`、`'reflection'`。"),
    ("F.grid_sample", {"align_corners": None}, {"align_corners": True},
     ["resizing-grid-sample-defaults", "resizing-sample-points"] + CALLS,
     *SAMPLING),
    ("F.grid_sample", {}, {"name": None}, ["resizing-grid-sample-modes"],
     *NAME),
    ("F.affine_grid", {"theta": REQUIRED}, {"theta": REQUIRED},
     ["resizing-grid-sample-defaults"] + CALLS, "Same.", "相同。"),
    ("F.affine_grid", {"size": REQUIRED}, {"out_shape": REQUIRED},
     ["resizing-grid-sample-defaults"] + CALLS,
     "Renamed; second in both. `size=` raises `TypeError` in Paddle.",
     "名称不同；两者都排在第二位。在飞桨中写 `size=` 会抛出 `TypeError`。"),
    ("F.affine_grid", {"align_corners": None}, {"align_corners": True},
     ["resizing-grid-sample-defaults"] + CALLS, *SAMPLING),
    ("F.affine_grid", {}, {"name": None},
     ["resizing-grid-sample-defaults"], *NAME),
]
