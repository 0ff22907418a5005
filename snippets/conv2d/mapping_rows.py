"""The mapping table's rows for the APIs this page teaches, one per
parameter: snippets/mapping/parameters.py checks and renders them."""
import inspect

import paddle
from torch import nn

REQUIRED = inspect.Parameter.empty  # a parameter without a default

# The PyTorch API and its Paddle counterpart, whose signatures are read.
APIS = {
    "nn.Conv2d": (nn.Conv2d, paddle.nn.Conv2D),
}

# One row per parameter: API, PyTorch {name: default}, Paddle {name:
# default}, checks, then the conversion rule in English and in Chinese.
ROWS = [
    ("nn.Conv2d", {"in_channels": REQUIRED}, {"in_channels": REQUIRED},
     ["conv2d-reference-example", "paddle-compat-names"],
     "Same; divisible by `groups`. `paddle.nn.Conv2d` is `Conv2D` under "
     "PyTorch's name: PyTorch's keywords and first seven positional "
     "arguments work with it.",
     "相同；须能被 `groups` 整除。`paddle.nn.Conv2d` 就是换了 PyTorch "
     "名称的 `Conv2D`：PyTorch 的关键字参数和前七个位置参数都能直接用。"),
    ("nn.Conv2d", {"out_channels": REQUIRED}, {"out_channels": REQUIRED},
     ["conv2d-groups"],
     "Same. Divisibility by `groups`: PyTorch checks it when the layer "
     "is built, Paddle on the first call.",
     "相同。能否被 `groups` 整除：PyTorch 在构建时检查，"
     "飞桨到第一次调用时才检查。"),
    ("nn.Conv2d", {"kernel_size": REQUIRED}, {"kernel_size": REQUIRED},
     ["conv2d-sliding-window"],
     "Same: an int or `(kH, kW)`, height first.",
     "相同：整数或 `(kH, kW)`，先高后宽。"),
    ("nn.Conv2d", {"stride": 1}, {"stride": 1},
     ["conv2d-output-size"],
     "Same.",
     "相同。"),
    ("nn.Conv2d", {"padding": 0}, {"padding": 0},
     ["conv2d-padding-forms", "conv2d-padding-ported"],
     "Numbers and `'valid'` carry over. `'same'`: PyTorch only with "
     "stride 1, Paddle runs it undilated (with a dilation, write numbers: "
     "see `dilation`). `[top, bottom, left, right]`: Paddle only; in "
     "PyTorch, `F.pad` first.",
     "数字和 `'valid'` 直接沿用。`'same'`：PyTorch 只支持步长 1，"
     "飞桨会去掉空洞（有空洞时改写成数字，见 `dilation` 一行）。"
     "`[top, bottom, left, right]` 只有飞桨支持；PyTorch 中先用 `F.pad` "
     "填充。"),
    ("nn.Conv2d", {"dilation": 1}, {"dilation": 1},
     ["conv2d-dilation", "conv2d-padding-ported", "mapping-check-calls"],
     "Same, except with `padding='same'`, which Paddle runs undilated: "
     "write the padding as numbers. Per axis the total is `d * (k - 1)`: "
     "`total // 2` before, the rest after. When a total is odd (an even "
     "`k` with an odd `d`), the two sides differ: pass "
     "`[top, bottom, left, right]`.",
     "相同；但与 `padding='same'` 同用时飞桨会忽略空洞，应把填充写成数字。"
     "每个方向的总填充为 `d * (k - 1)`：前面 `total // 2`，其余在后面。"
     "总数为奇数时（`k` 为偶数且 `d` 为奇数）两侧不等，应传入 "
     "`[top, bottom, left, right]`。"),
    ("nn.Conv2d", {"groups": 1}, {"groups": 1},
     ["conv2d-groups"],
     "Same.",
     "相同。"),
    ("nn.Conv2d", {"bias": True}, {"bias": True, "bias_attr": None},
     ["conv2d-bias", "mapping-check-calls", "paddle-compat-keywords"],
     "`bias=False` becomes `bias_attr=False`. Paddle also takes "
     "`bias=False`, by keyword only: in Paddle `bias`, `padding_mode`, "
     "`device` and `dtype` come after a `*`, and a positional `bias` "
     "raises `TypeError`.",
     "`bias=False` 写成 `bias_attr=False`。飞桨也接受 `bias=False`，"
     "但只能按关键字传：飞桨把 `bias`、`padding_mode`、`device` 和 "
     "`dtype` 放在 `*` 之后，按位置传入 `bias` 会抛出 `TypeError`。"),
    ("nn.Conv2d", {"padding_mode": "zeros"}, {"padding_mode": "zeros"},
     ["conv2d-padding-mode", "mapping-check-calls"],
     "Same four modes, same results; keyword only in Paddle. A non-zero "
     "mode needs an int `padding` in Paddle: write `'valid'` as `0`; "
     "for a pair or `'same'`, "
     "put `paddle.nn.Pad2D([left, right, top, bottom], mode=...)` "
     "before a `Conv2D` with `padding=0`.",
     "四种模式相同，结果一致；飞桨中只能按关键字传。飞桨的非零模式要求 "
     "`padding` 为整数：`'valid'` 写成 `0`；填充为二元组或 `'same'` 时，先用 "
     "`paddle.nn.Pad2D([left, right, top, bottom], mode=...)`，"
     "再接 `padding=0` 的 `Conv2D`。"),
    ("nn.Conv2d", {"device": None}, {"device": None},
     ["conv2d-device-dtype", "mapping-check-device"],
     "Keyword only in Paddle, and a string: `'cpu'`, `'cuda'` or "
     "`'cuda:0'` (Paddle reads `cuda` as `gpu`); a `torch.device` "
     "raises `ValueError`, pass `str(device)`. GPU placement was not "
     "run here.",
     "飞桨中只能按关键字传，且须是字符串：`'cpu'`、`'cuda'` 或 "
     "`'cuda:0'`（飞桨把 `cuda` 读作 `gpu`）；传入 `torch.device` 会抛出 "
     "`ValueError`，应写 `str(device)`。放到 GPU 上这一步本站没有运行。"),
    ("nn.Conv2d", {"dtype": None}, {"dtype": None},
     ["conv2d-device-dtype", "mapping-check-calls"],
     "Keyword only in Paddle. `torch.float64` becomes `'float64'` or "
     "`paddle.float64` (a `torch.float64` raises `TypeError`); "
     "PyTorch refuses strings.",
     "飞桨中只能按关键字传。`torch.float64` 写成 `'float64'` 或 "
     "`paddle.float64`（传入 `torch.float64` 会抛出 `TypeError`）；"
     "PyTorch 不接受字符串。"),
    ("nn.Conv2d", {}, {"weight_attr": None},
     ["conv2d-bias", "conv2d-default-init"],
     "Initial values: `torch.nn.init` after construction, "
     "`paddle.ParamAttr(initializer=...)` in Paddle. The default "
     "initializations differ.",
     "初始值：PyTorch 在构建后用 `torch.nn.init` 设置，飞桨传入 "
     "`paddle.ParamAttr(initializer=...)`。两者的默认初始化不同。"),
    ("nn.Conv2d", {}, {"data_format": "NCHW"},
     ["conv2d-input-layout", "mapping-check-channels-last"],
     "PyTorch reads NCHW only: permute channels-last input.",
     "PyTorch 只读 NCHW：通道在后的输入需先转置。"),
]
