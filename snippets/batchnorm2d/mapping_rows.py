"""The mapping table's rows for the APIs this page teaches, one per
parameter: snippets/mapping/parameters.py checks and renders them."""
import inspect

import paddle
from torch import nn

REQUIRED = inspect.Parameter.empty  # a parameter without a default

# The PyTorch API and its Paddle counterpart, whose signatures are read.
APIS = {
    "nn.BatchNorm2d": (nn.BatchNorm2d, paddle.nn.BatchNorm2D),
}

# One row per parameter: API, PyTorch {name: default}, Paddle {name:
# default}, checks, then the conversion rule in English and in Chinese.
ROWS = [
    ("nn.BatchNorm2d", {"num_features": REQUIRED},
     {"num_features": REQUIRED},
     ["batchnorm2d-check-same-outputs", "paddle-compat-proxy"],
     "Same. No shortcut: Paddle has no `BatchNorm2d` under PyTorch's "
     "name, not even behind the torch proxy.",
     "相同。没有捷径：飞桨没有 PyTorch 名称的 `BatchNorm2d`，"
     "torch 代理中也没有。"),
    ("nn.BatchNorm2d", {"eps": 1e-05}, {"epsilon": 1e-05},
     ["batchnorm2d-check-same-outputs", "batchnorm2d-check-which-variance",
      "mapping-check-calls"],
     "Renamed, and in another place: PyTorch's order is `(num_features, "
     "eps, momentum)`, Paddle's `(num_features, momentum, epsilon)`. "
     "Write both as keywords: a copied positional call swaps them "
     "without an error. Both add it to the variance inside the square "
     "root.",
     "名称不同，位置也不同：PyTorch 的顺序是 `(num_features, eps, "
     "momentum)`，飞桨是 `(num_features, momentum, epsilon)`。两者都应"
     "按关键字写：照抄按位置传参的调用，两个值会被悄悄互换，不报任何错。"
     "两者都把它加在根号内的方差上。"),
    ("nn.BatchNorm2d", {"momentum": 0.1}, {"momentum": 0.9},
     ["batchnorm2d-check-running-stats", "batchnorm2d-check-settings",
      "mapping-check-momentum-none"],
     "Paddle's is 1 − PyTorch's. The running variances still differ "
     "(PyTorch feeds in the unbiased batch variance, Paddle the biased "
     "one). `momentum=None` (a cumulative average) cannot be ported as "
     "a setting: copy the statistics after training, or set the private "
     "`_momentum` to `1 - 1/t` before step `t` (the mean matches, the "
     "variance does not).",
     "飞桨的值等于 1 − PyTorch 的值。滑动方差仍有差别（PyTorch "
     "用无偏的批方差更新，飞桨用有偏的）。`momentum=None`（累积平均）"
     "无法作为参数迁移：可以在训练后复制滑动统计量，或在第 `t` 步前把私有"
     "属性 `_momentum` 设为 `1 - 1/t`（均值一致，方差仍不同）。"),
    ("nn.BatchNorm2d", {"affine": True},
     {"weight_attr": None, "bias_attr": None},
     ["batchnorm2d-check-affine"],
     "`affine=False` becomes `weight_attr=False, bias_attr=False`.",
     "`affine=False` 写成 `weight_attr=False, bias_attr=False`。"),
    ("nn.BatchNorm2d", {"bias": True}, {"bias_attr": None},
     ["batchnorm2d-check-affine"],
     "`bias=False` (keyword only) becomes "
     "`bias_attr=paddle.ParamAttr(learning_rate=0.0)`; "
     "`bias_attr=False` would freeze the scale too.",
     "`bias=False`（仅限关键字）写成 "
     "`bias_attr=paddle.ParamAttr(learning_rate=0.0)`；"
     "`bias_attr=False` 会连缩放一起冻结。"),
    ("nn.BatchNorm2d", {"track_running_stats": True},
     {"use_global_stats": None},
     ["batchnorm2d-check-batch-stats-only",
      "batchnorm2d-check-frozen-stats"],
     "`True` becomes `None`, `False` becomes `False`. Paddle's `True` "
     "is a PyTorch layer kept in `.eval()`.",
     "`True` 对应 `None`，`False` 对应 `False`。飞桨的 `True` 相当于"
     "一直处于 `.eval()` 的 PyTorch 层。"),
    ("nn.BatchNorm2d", {"device": None}, {},
     ["batchnorm2d-check-defaults", "mapping-check-device"],
     "PyTorch only: drop it. The layer is made on Paddle's current "
     "device (`paddle.set_device`).",
     "PyTorch 独有：删去即可。飞桨在当前设备上创建该层"
     "（见 `paddle.set_device`）。"),
    ("nn.BatchNorm2d", {"dtype": None}, {},
     ["batchnorm2d-check-defaults", "mapping-check-calls"],
     "PyTorch only. Dropping it fails for float64 input: append "
     "`.to(dtype='float64')` to the layer.",
     "PyTorch 独有。直接删去时 float64 输入会出错：应在层后加上 "
     "`.to(dtype='float64')`。"),
    ("nn.BatchNorm2d", {}, {"data_format": "NCHW"},
     ["batchnorm2d-check-data-format", "mapping-check-channels-last"],
     "PyTorch reads channels from dimension 1: permute.",
     "PyTorch 从第 1 维读取通道：需先转置。"),
    ("nn.BatchNorm2d", {}, {"name": None},
     ["batchnorm2d-check-defaults"],
     "Paddle only: drop it.",
     "飞桨独有：删去即可。"),
]
