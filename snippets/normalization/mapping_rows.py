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
    "nn.LayerNorm": (nn.LayerNorm, paddle.nn.LayerNorm),
    "nn.GroupNorm": (nn.GroupNorm, paddle.nn.GroupNorm),
    "nn.InstanceNorm2d": (nn.InstanceNorm2d, paddle.nn.InstanceNorm2D),
    "F.layer_norm": (F.layer_norm, PF.layer_norm),
    "F.group_norm": (F.group_norm, PF.group_norm),
    "F.instance_norm": (F.instance_norm, PF.instance_norm),
}

DEVICE = ("PyTorch's keyword is accepted; dropping it makes the layer on "
          "Paddle's current device (`paddle.set_device`).",
          "飞桨接受 PyTorch 的这个关键字；删去时在飞桨的当前设备上创建该层"
          "（见 `paddle.set_device`）。")
DTYPE = ("Paddle refuses `torch.float64` (`TypeError`): append "
         "`.to(dtype='float64')` to the layer.",
         "飞桨不接受 `torch.float64`（`TypeError`）：应在层后加上 "
         "`.to(dtype='float64')`。")
NAME = ("Paddle only: drop it.", "飞桨独有：删去即可。")
CALLS = ["mapping-check-calls"]

# One row per parameter: API, PyTorch {name: default}, Paddle {name:
# default}, checks, then the conversion rule in English and in Chinese.
ROWS = [
    ("nn.LayerNorm", {"normalized_shape": REQUIRED},
     {"normalized_shape": REQUIRED},
     ["normalization-layernorm", "normalization-port-layernorm"],
     "Same; the last dimensions of the input. PyTorch's `weight` and "
     "`bias` have this shape, Paddle's are flat: reshape them when you "
     "copy a state (Paddle skips a tensor of the wrong shape with a "
     "warning).",
     "相同，指输入的最后几个维度。PyTorch 的 `weight` 和 `bias` 是这个"
     "形状，飞桨的是一维的：复制状态时要变形（形状不对的张量，飞桨只给"
     "一个警告就跳过）。"),
    ("nn.LayerNorm", {"eps": 1e-05}, {"epsilon": 1e-05},
     ["normalization-port-layernorm"] + CALLS,
     "Renamed; second in both. Paddle refuses a value above 0.001 "
     "(`ValueError` when the layer is called): no port.",
     "名称不同；两者都排在第二位。飞桨不接受大于 0.001 的值（调用层时抛出 "
     "`ValueError`）：无法迁移。"),
    ("nn.LayerNorm", {"elementwise_affine": True},
     {"elementwise_affine": True, "weight_attr": None},
     ["normalization-layernorm"] + CALLS,
     "`False` becomes `weight_attr=False, bias_attr=False`; Paddle 3.3 "
     "also takes `elementwise_affine` by keyword, not by position "
     "(`TypeError`).",
     "`False` 写成 `weight_attr=False, bias_attr=False`；飞桨 3.3 也接受"
     "关键字 `elementwise_affine`，但不能按位置传入（`TypeError`）。"),
    ("nn.LayerNorm", {"bias": True}, {"bias": True, "bias_attr": None},
     ["normalization-layernorm"] + CALLS,
     "`False` becomes `bias_attr=False`; the scale keeps learning.",
     "`False` 写成 `bias_attr=False`；缩放照常学习。"),
    ("nn.LayerNorm", {"device": None}, {"device": None},
     CALLS, *DEVICE),
    ("nn.LayerNorm", {"dtype": None}, {"dtype": None}, CALLS, *DTYPE),
    ("nn.LayerNorm", {}, {"name": None}, ["normalization-layernorm"],
     *NAME),
    ("nn.GroupNorm", {"num_groups": REQUIRED, "num_channels": REQUIRED},
     {"num_groups": REQUIRED, "num_channels": REQUIRED},
     ["normalization-groupnorm"] + CALLS,
     "Same, in the same order. A `num_groups` that does not divide "
     "`num_channels` fails in PyTorch when the layer is made, in Paddle "
     "when it is called.",
     "相同，顺序也相同。`num_groups` 不能整除 `num_channels` 时，PyTorch "
     "在创建层时报错，飞桨在调用层时才报错。"),
    ("nn.GroupNorm", {"eps": 1e-05}, {"epsilon": 1e-05},
     ["normalization-groupnorm"] + CALLS,
     "Renamed; third in both.",
     "名称不同；两者都排在第三位。"),
    ("nn.GroupNorm", {"affine": True},
     {"affine": True, "weight_attr": None},
     CALLS,
     "`False` becomes `weight_attr=False, bias_attr=False`. Paddle 3.3 "
     "takes `affine` by keyword only: a positional `False` raises "
     "`TypeError`.",
     "`False` 写成 `weight_attr=False, bias_attr=False`。飞桨 3.3 只接受"
     "关键字形式的 `affine`：按位置传入 `False` 会抛出 `TypeError`。"),
    ("nn.GroupNorm", {"bias": True}, {"bias_attr": None}, CALLS,
     "`bias=False` (keyword only) becomes `bias_attr=False`.",
     "`bias=False`（仅限关键字）写成 `bias_attr=False`。"),
    ("nn.GroupNorm", {"device": None}, {"device": None}, CALLS, *DEVICE),
    ("nn.GroupNorm", {"dtype": None}, {"dtype": None}, CALLS, *DTYPE),
    ("nn.GroupNorm", {}, {"data_format": "NCHW"},
     ["normalization-groupnorm"],
     "PyTorch reads channels from dimension 1: permute.",
     "PyTorch 从第 1 维读取通道：需先转置。"),
    ("nn.GroupNorm", {}, {"name": None}, ["normalization-groupnorm"],
     *NAME),
    ("nn.InstanceNorm2d", {"num_features": REQUIRED},
     {"num_features": REQUIRED}, ["normalization-instancenorm"],
     "Same.", "相同。"),
    ("nn.InstanceNorm2d", {"eps": 1e-05}, {"epsilon": 1e-05},
     CALLS,
     "Renamed, second in both; `eps=` raises `TypeError` in Paddle.",
     "名称不同，两者都排在第二位；在飞桨中写 `eps=` 会抛出 `TypeError`。"),
    ("nn.InstanceNorm2d", {"momentum": 0.1}, {"momentum": 0.9},
     CALLS,
     "Drop it: only running statistics use it, and Paddle's layer keeps "
     "none.",
     "删去即可：只有滑动统计量用到它，而飞桨的这个层没有滑动统计量。"),
    ("nn.InstanceNorm2d", {"affine": False},
     {"weight_attr": None, "bias_attr": None},
     ["normalization-instancenorm"] + CALLS,
     "The defaults differ: PyTorch's layer has no scale and shift, "
     "Paddle's has `scale` and `bias`. The default becomes "
     "`weight_attr=False, bias_attr=False`; `affine=True` becomes the "
     "default, with `weight` copied into `scale`.",
     "默认值不同：PyTorch 的层没有缩放和平移，飞桨的层有 `scale` 和 "
     "`bias`。默认写法应改为 `weight_attr=False, bias_attr=False`；"
     "`affine=True` 对应飞桨的默认值，`weight` 复制到 `scale`。"),
    ("nn.InstanceNorm2d", {"bias": True}, {},
     CALLS,
     "`bias=False` with `affine=True` becomes "
     "`bias_attr=paddle.ParamAttr(learning_rate=0.0)`: Paddle takes "
     "`bias_attr=False` only together with `weight_attr=False`.",
     "`affine=True` 时的 `bias=False` 写成 "
     "`bias_attr=paddle.ParamAttr(learning_rate=0.0)`：飞桨只在 "
     "`weight_attr=False` 时才接受 `bias_attr=False`。"),
    ("nn.InstanceNorm2d", {"track_running_stats": False}, {},
     ["normalization-instancenorm"] + CALLS,
     "`True` cannot be ported: Paddle's layer keeps no running statistics,"
     " so the eval output differs. Port the trained statistics with "
     "`paddle.nn.functional.batch_norm` in eval mode.",
     "`True` 无法迁移：飞桨的这个层没有滑动统计量，评估模式的输出因此"
     "不同。训练得到的统计量可以用评估模式的 "
     "`paddle.nn.functional.batch_norm` 迁移。"),
    ("nn.InstanceNorm2d", {"device": None}, {},
     CALLS,
     "PyTorch only: drop it. The layer is made on Paddle's current "
     "device (`paddle.set_device`).",
     "PyTorch 独有：删去即可。飞桨在当前设备上创建该层"
     "（见 `paddle.set_device`）。"),
    ("nn.InstanceNorm2d", {"dtype": None}, {}, CALLS,
     "PyTorch only: append `.to(dtype='float64')` to the layer.",
     "PyTorch 独有：应在层后加上 `.to(dtype='float64')`。"),
    ("nn.InstanceNorm2d", {}, {"data_format": "NCHW"},
     ["normalization-instancenorm"],
     "Paddle only; it takes `'NCHW'` alone.",
     "飞桨独有；只能取 `'NCHW'`。"),
    ("nn.InstanceNorm2d", {}, {"name": None},
     ["normalization-instancenorm"], *NAME),
    ("F.layer_norm", {"input": REQUIRED}, {"x": REQUIRED},
     ["normalization-functional"] + CALLS,
     "Positional in both.",
     "两者都可按位置传入。"),
    ("F.layer_norm", {"normalized_shape": REQUIRED},
     {"normalized_shape": REQUIRED}, ["normalization-functional"] + CALLS,
     "Same; PyTorch's must be a list or tuple.",
     "相同；PyTorch 的必须是列表或元组。"),
    ("F.layer_norm", {"weight": None, "bias": None},
     {"weight": None, "bias": None}, ["normalization-functional"] + CALLS,
     "Paddle takes them 1-D only (`ValueError`): pass `weight.flatten()` "
     "when `normalized_shape` has more than one dimension.",
     "飞桨只接受一维的（否则 `ValueError`）：`normalized_shape` 多于一维"
     "时传入 `weight.flatten()`。"),
    ("F.layer_norm", {"eps": 1e-05}, {"epsilon": 1e-05},
     ["normalization-functional"] + CALLS,
     "Renamed; fifth in both. Paddle also takes `eps=`, and refuses a "
     "value above 0.001 (`ValueError`): no port.",
     "名称不同；两者都排在第五位。飞桨也接受 `eps=`，但不接受大于 0.001 "
     "的值（`ValueError`）：无法迁移。"),
    ("F.layer_norm", {}, {"name": None}, ["normalization-functional"],
     *NAME),
    ("F.group_norm", {"input": REQUIRED, "num_groups": REQUIRED},
     {"x": REQUIRED, "num_groups": REQUIRED},
     ["normalization-functional"] + CALLS,
     "Positional in both; Paddle also takes `input=`.",
     "两者都可按位置传入；飞桨也接受 `input=`。"),
    ("F.group_norm", {"weight": None, "bias": None, "eps": 1e-05},
     {"epsilon": 1e-05, "weight": None, "bias": None},
     ["normalization-functional"] + CALLS,
     "Another order: PyTorch `(weight, bias, eps)`, Paddle `(epsilon, "
     "weight, bias)`. Paddle 3.3 reads a tensor in third place as "
     "PyTorch's order; keywords do not depend on that. Paddle 2.6 has "
     "no `group_norm` function.",
     "顺序不同：PyTorch 是 `(weight, bias, eps)`，飞桨是 `(epsilon, "
     "weight, bias)`。飞桨 3.3 遇到第三个参数是张量时按 PyTorch 的顺序"
     "解读；按关键字写则不依赖这一点。飞桨 2.6 没有 `group_norm` 函数。"),
    ("F.group_norm", {}, {"data_format": "NCHW", "name": None},
     ["normalization-functional"], *NAME),
    ("F.instance_norm", {"input": REQUIRED}, {"x": REQUIRED},
     ["normalization-functional"] + CALLS,
     "Positional in both; Paddle refuses `input=` (`TypeError`).",
     "两者都可按位置传入；飞桨不接受 `input=`（`TypeError`）。"),
    ("F.instance_norm", {"running_mean": None, "running_var": None,
                         "use_input_stats": True},
     {"running_mean": None, "running_var": None, "use_input_stats": True},
     ["normalization-functional"] + CALLS,
     "Paddle ignores all three: PyTorch updates the running statistics "
     "in place, and with `use_input_stats=False` normalizes with them, "
     "which is `paddle.nn.functional.batch_norm` in eval mode.",
     "飞桨忽略这三个参数：PyTorch 会原地更新滑动统计量，"
     "`use_input_stats=False` 时用它们归一化，这相当于评估模式的 "
     "`paddle.nn.functional.batch_norm`。"),
    ("F.instance_norm", {"weight": None, "bias": None},
     {"weight": None, "bias": None}, ["normalization-functional"] + CALLS,
     "Same.", "相同。"),
    ("F.instance_norm", {"momentum": 0.1}, {"momentum": 0.9},
     CALLS,
     "Paddle ignores it, as it ignores the running statistics.",
     "飞桨忽略它，正如它忽略滑动统计量。"),
    ("F.instance_norm", {"eps": 1e-05}, {"eps": 1e-05},
     ["normalization-functional"] + CALLS, "Same.", "相同。"),
    ("F.instance_norm", {}, {"data_format": "NCHW", "name": None},
     ["normalization-functional"], *NAME),
]
