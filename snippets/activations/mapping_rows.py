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
    "nn.ReLU": (nn.ReLU, paddle.nn.ReLU),
    "nn.ReLU6": (nn.ReLU6, paddle.nn.ReLU6),
    "nn.LeakyReLU": (nn.LeakyReLU, paddle.nn.LeakyReLU),
    "nn.GELU": (nn.GELU, paddle.nn.GELU),
    "nn.SiLU": (nn.SiLU, paddle.nn.SiLU),
    "nn.Hardswish": (nn.Hardswish, paddle.nn.Hardswish),
    "nn.Sigmoid": (nn.Sigmoid, paddle.nn.Sigmoid),
    "nn.Softmax": (nn.Softmax, paddle.nn.Softmax),
    "nn.LogSoftmax": (nn.LogSoftmax, paddle.nn.LogSoftmax),
    "F.softmax": (F.softmax, PF.softmax),
    "F.log_softmax": (F.log_softmax, PF.log_softmax),
    "nn.Tanh": (nn.Tanh, paddle.nn.Tanh),
    "F.tanh": (F.tanh, paddle.tanh),
    "nn.PReLU": (nn.PReLU, paddle.nn.PReLU),
}

# One row per parameter: API, PyTorch {name: default}, Paddle {name:
# default}, checks, then the conversion rule in English and in Chinese.
ROWS = [
    ("nn.ReLU", {"inplace": False}, {},
     ["activations-inplace"],
     "No `inplace` in Paddle: drop it or use `F.relu_`.",
     "飞桨没有 `inplace`：删去，或改用 `F.relu_`。"),
    ("nn.ReLU", {}, {"name": None},
     ["activations-signatures"],
     "Paddle only: drop it.",
     "飞桨独有：删去即可。"),
    ("nn.ReLU6", {"inplace": False}, {"name": None},
     ["activations-inplace"],
     "No `inplace` in Paddle: drop it.",
     "飞桨没有 `inplace`：删去即可。"),
    ("nn.LeakyReLU", {"negative_slope": 0.01}, {"negative_slope": 0.01},
     ["activations-same-values"],
     "Same.",
     "相同。"),
    ("nn.LeakyReLU", {"inplace": False}, {"name": None},
     ["activations-inplace"],
     "No `inplace` in Paddle: drop it.",
     "飞桨没有 `inplace`：删去即可。"),
    ("nn.GELU", {"approximate": "none"}, {"approximate": False},
     ["activations-gelu"],
     "`'tanh'` becomes `True`, `'none'` `False`; this Paddle also takes "
     "the strings. PyTorch refuses a bool on the first call.",
     "`'tanh'` 写成 `True`，`'none'` 写成 `False`；本站的飞桨版本也接受"
     "字符串。PyTorch 在第一次调用时拒绝布尔值。"),
    ("nn.GELU", {}, {"name": None},
     ["activations-signatures"],
     "Paddle only: drop it.",
     "飞桨独有：删去即可。"),
    ("nn.SiLU", {"inplace": False}, {"inplace": False, "name": None},
     ["activations-inplace", "activations-same-values"],
     "Same; also `paddle.nn.Silu` and `paddle.nn.Swish`.",
     "相同；也可写作 `paddle.nn.Silu` 或 `paddle.nn.Swish`。"),
    ("nn.Hardswish", {"inplace": False}, {"name": None},
     ["activations-inplace"],
     "No `inplace` in Paddle: drop it.",
     "飞桨没有 `inplace`：删去即可。"),
    ("nn.Sigmoid", {}, {"name": None},
     ["activations-same-values"],
     "Same; `name` is Paddle only.",
     "相同；`name` 为飞桨独有。"),
    ("nn.Softmax", {"dim": None}, {"axis": -1},
     ["activations-softmax", "mapping-check-calls"],
     "`dim=d` becomes `axis=d`. Always name it: without it PyTorch warns "
     "and picks axis 0 (1-D, 3-D) or 1, Paddle the last axis.",
     "`dim=d` 写成 `axis=d`。务必写明：不写时 PyTorch 发出警告并取轴 0"
     "（一维、三维）或轴 1，飞桨取最后一个轴。"),
    ("nn.Softmax", {}, {"name": None},
     ["activations-signatures"],
     "Paddle only: drop it.",
     "飞桨独有：删去即可。"),
    ("nn.LogSoftmax", {"dim": None}, {"axis": -1},
     ["activations-softmax-family", "mapping-check-calls"],
     "As Softmax: `dim=d` becomes `axis=d`; without it PyTorch warns "
     "and picks axis 0 (0-D, 1-D, 3-D) or 1, Paddle the last axis.",
     "与 Softmax 相同：`dim=d` 写成 `axis=d`；不写时 PyTorch 发出警告并"
     "取轴 0（零维、一维、三维）或轴 1，飞桨取最后一个轴。"),
    ("nn.LogSoftmax", {}, {"name": None},
     ["activations-signatures"],
     "Paddle only: drop it.",
     "飞桨独有：删去即可。"),
    ("F.softmax", {"input": REQUIRED}, {"x": REQUIRED},
     ["activations-softmax-family"],
     "Positional in both.",
     "两者都按位置传入。"),
    ("F.softmax", {"dim": None}, {"axis": -1},
     ["activations-softmax-family", "mapping-check-calls"],
     "`axis=d`, always named: without it PyTorch picks axis 0 (0-D, 1-D, "
     "3-D) or 1 and warns. Paddle's `softmax` also takes `dim=`, its "
     "`log_softmax` does not (`TypeError`).",
     "写成 `axis=d`，且一定要写：不写时 PyTorch 取轴 0（零维、一维、三维）"
     "或轴 1 并发出警告。飞桨的 `softmax` 也接受 `dim=`，`log_softmax` "
     "则不接受（`TypeError`）。"),
    ("F.softmax", {"_stacklevel": 3}, {},
     ["mapping-check-calls"],
     "PyTorch only, for its warning: drop it.",
     "PyTorch 独有，只用于警告：删去即可。"),
    ("F.softmax", {"dtype": None}, {"dtype": None},
     ["activations-softmax-dtype", "mapping-check-calls"],
     "Both cast the input before the softmax. A string or `paddle.float64` "
     "in Paddle (`torch.float64` raises `TypeError`); by keyword, as "
     "PyTorch's third positional is `_stacklevel`. No float16 on "
     "Paddle's CPU.",
     "两者都在计算 softmax 之前转换输入类型。飞桨要写字符串或 "
     "`paddle.float64`（传入 `torch.float64` 抛出 `TypeError`）；"
     "按关键字传，因为 PyTorch 的第三个位置参数是 `_stacklevel`。"
     "飞桨的 CPU 上没有 float16。"),
    ("F.softmax", {}, {"name": None, "out": None},
     ["activations-signatures"],
     "Paddle only: drop them.",
     "飞桨独有：删去即可。"),
    ("F.log_softmax", {"input": REQUIRED}, {"x": REQUIRED},
     ["activations-softmax-family"],
     "Positional in both.",
     "两者都按位置传入。"),
    ("F.log_softmax", {"dim": None}, {"axis": -1},
     ["activations-softmax-family", "mapping-check-calls"],
     "As `F.softmax`; Paddle refuses `dim=` here.",
     "与 `F.softmax` 相同；但这里飞桨不接受 `dim=`。"),
    ("F.log_softmax", {"_stacklevel": 3}, {},
     ["mapping-check-calls"],
     "PyTorch only: drop it.",
     "PyTorch 独有：删去即可。"),
    ("F.log_softmax", {"dtype": None}, {"dtype": None},
     ["activations-softmax-dtype", "mapping-check-calls"],
     "As `F.softmax`: casts first; a string in Paddle.",
     "与 `F.softmax` 相同：先转换类型；飞桨写字符串。"),
    ("F.log_softmax", {}, {"name": None},
     ["activations-signatures"],
     "Paddle only: drop it.",
     "飞桨独有：删去即可。"),
    ("nn.Tanh", {}, {"name": None},
     ["activations-tanh", "mapping-check-calls"],
     "Same; `name` is Paddle only.",
     "相同；`name` 为飞桨独有。"),
    ("F.tanh", {"input": REQUIRED}, {"x": REQUIRED},
     ["activations-tanh", "mapping-check-calls"],
     "`paddle.tanh(x)` (or `paddle.nn.functional.tanh`).",
     "写成 `paddle.tanh(x)`（或 `paddle.nn.functional.tanh`）。"),
    ("F.tanh", {}, {"name": None, "out": None},
     ["activations-tanh"],
     "Paddle only: drop them.",
     "飞桨独有：删去即可。"),
    ("nn.PReLU", {"num_parameters": 1}, {"num_parameters": 1},
     ["activations-prelu", "mapping-check-calls"],
     "Same: 1, or the number of channels (axis 1; a 1-D input takes "
     "only 1, in both).",
     "相同：1 或通道数（轴 1；一维输入两边都只接受 1）。"),
    ("nn.PReLU", {"init": 0.25}, {"init": 0.25},
     ["activations-prelu", "mapping-check-calls"],
     "Same.",
     "相同。"),
    ("nn.PReLU", {"device": None}, {},
     ["mapping-check-calls"],
     "PyTorch only: drop it (Paddle's current device).",
     "PyTorch 独有：删去即可（飞桨使用当前设备）。"),
    ("nn.PReLU", {"dtype": None}, {},
     ["mapping-check-calls"],
     "PyTorch only: append `.to(dtype='float64')` to the layer.",
     "PyTorch 独有：在层后加上 `.to(dtype='float64')`。"),
    ("nn.PReLU", {}, {"weight_attr": None},
     ["activations-prelu", "mapping-check-calls"],
     "The weight's key is `weight` in PyTorch, `_weight` in Paddle: "
     "rename it when copying, or Paddle skips it with a warning.",
     "权重的键名在 PyTorch 中是 `weight`，在飞桨中是 `_weight`：复制时"
     "要改名，否则飞桨只给一条警告就跳过。"),
    ("nn.PReLU", {}, {"data_format": "NCHW"},
     ["activations-prelu"],
     "`'NHWC'` takes the channels from the last axis; PyTorch reads "
     "axis 1: permute.",
     "`'NHWC'` 从最后一个轴读取通道；PyTorch 读轴 1：需先转置。"),
    ("nn.PReLU", {}, {"name": None},
     ["activations-signatures"],
     "Paddle only: drop it.",
     "飞桨独有：删去即可。"),
]
