"""Every parameter of the covered APIs, PyTorch next to Paddle.

The rows below are the data of the mapping table. Each stated default is
compared with the real signature, and every parameter of every signature
must have a row: the table cannot drift from the libraries it describes.
"""
import ast
import inspect
import re

import paddle
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F
from torch import nn
from torch.nn.utils.parametrizations import weight_norm

REQUIRED = inspect.Parameter.empty  # a parameter without a default

APIS = {
    "nn.Conv2d": (nn.Conv2d, paddle.nn.Conv2D),
    "F.conv2d": (F.conv2d, PF.conv2d),
    "nn.BatchNorm2d": (nn.BatchNorm2d, paddle.nn.BatchNorm2D),
    "nn.AdaptiveAvgPool2d": (nn.AdaptiveAvgPool2d,
                             paddle.nn.AdaptiveAvgPool2D),
    "nn.Linear": (nn.Linear, paddle.nn.Linear),
    "F.linear": (F.linear, PF.linear),
    "nn.Dropout": (nn.Dropout, paddle.nn.Dropout),
    "F.dropout": (F.dropout, PF.dropout),
    "nn.Flatten": (nn.Flatten, paddle.nn.Flatten),
    "torch.flatten": (torch.flatten, paddle.flatten),
    "nn.MaxPool2d": (nn.MaxPool2d, paddle.nn.MaxPool2D),
    "F.max_pool2d": (F.max_pool2d, PF.max_pool2d),
    "nn.AvgPool2d": (nn.AvgPool2d, paddle.nn.AvgPool2D),
    "F.avg_pool2d": (F.avg_pool2d, PF.avg_pool2d),
    "nn.ReLU": (nn.ReLU, paddle.nn.ReLU),
    "nn.ReLU6": (nn.ReLU6, paddle.nn.ReLU6),
    "nn.LeakyReLU": (nn.LeakyReLU, paddle.nn.LeakyReLU),
    "nn.GELU": (nn.GELU, paddle.nn.GELU),
    "nn.SiLU": (nn.SiLU, paddle.nn.SiLU),
    "nn.Hardswish": (nn.Hardswish, paddle.nn.Hardswish),
    "nn.Sigmoid": (nn.Sigmoid, paddle.nn.Sigmoid),
    "nn.Softmax": (nn.Softmax, paddle.nn.Softmax),
    "nn.CrossEntropyLoss": (nn.CrossEntropyLoss,
                            paddle.nn.CrossEntropyLoss),
    "nn.NLLLoss": (nn.NLLLoss, paddle.nn.NLLLoss),
    "nn.BCEWithLogitsLoss": (nn.BCEWithLogitsLoss,
                             paddle.nn.BCEWithLogitsLoss),
    "nn.MSELoss": (nn.MSELoss, paddle.nn.MSELoss),
    "nn.L1Loss": (nn.L1Loss, paddle.nn.L1Loss),
    "nn.SmoothL1Loss": (nn.SmoothL1Loss, paddle.nn.SmoothL1Loss),
    "nn.HuberLoss": (nn.HuberLoss, paddle.nn.SmoothL1Loss),
    "F.cross_entropy": (F.cross_entropy, PF.cross_entropy),
    "F.nll_loss": (F.nll_loss, PF.nll_loss),
    "F.binary_cross_entropy_with_logits": (
        F.binary_cross_entropy_with_logits,
        PF.binary_cross_entropy_with_logits),
    "F.mse_loss": (F.mse_loss, PF.mse_loss),
    "F.l1_loss": (F.l1_loss, PF.l1_loss),
    "F.smooth_l1_loss": (F.smooth_l1_loss, PF.smooth_l1_loss),
    "F.huber_loss": (F.huber_loss, PF.smooth_l1_loss),
    "nn.utils.clip_grad_norm_": (nn.utils.clip_grad_norm_,
                                 paddle.nn.ClipGradByGlobalNorm),
    "nn.utils.clip_grad_value_": (nn.utils.clip_grad_value_,
                                  paddle.nn.ClipGradByValue),
    "nn.LogSoftmax": (nn.LogSoftmax, paddle.nn.LogSoftmax),
    "F.softmax": (F.softmax, PF.softmax),
    "F.log_softmax": (F.log_softmax, PF.log_softmax),
    "nn.Tanh": (nn.Tanh, paddle.nn.Tanh),
    "F.tanh": (F.tanh, paddle.tanh),
    "nn.PReLU": (nn.PReLU, paddle.nn.PReLU),
    "weight_norm": (weight_norm, paddle.nn.utils.weight_norm),
    "torch.optim.SGD": (torch.optim.SGD, paddle.optimizer.Momentum),
    "torch.optim.Adam": (torch.optim.Adam, paddle.optimizer.Adam),
    "torch.optim.AdamW": (torch.optim.AdamW, paddle.optimizer.AdamW),
    "torch.optim.RMSprop": (torch.optim.RMSprop, paddle.optimizer.RMSProp),
}

# The executed checks the rows cite: label -> (page, English, Chinese).
# An empty page is this page.
CHECKS = {
    "conv2d-reference-example": ("conv2d", "reference example", "参考示例"),
    "conv2d-sliding-window": ("conv2d", "sliding window", "滑动窗口"),
    "conv2d-output-size": ("conv2d", "output size", "输出尺寸"),
    "conv2d-padding-forms": ("conv2d", "padding forms", "填充形式"),
    "conv2d-padding-ported": ("conv2d", "porting padding", "填充移植"),
    "conv2d-padding-mode": ("conv2d", "padding_mode", "padding_mode"),
    "conv2d-dilation": ("conv2d", "dilation", "空洞卷积"),
    "conv2d-groups": ("conv2d", "groups", "分组卷积"),
    "conv2d-bias": ("conv2d", "bias", "偏置"),
    "conv2d-default-init": ("conv2d", "initialization", "默认初始化"),
    "conv2d-device-dtype": (
        "conv2d", "device and dtype", "设备与数据类型"),
    "conv2d-input-layout": ("conv2d", "layout", "数据布局"),
    "conv2d-functional-differences": (
        "conv2d_functional", "functional APIs", "函数式接口"),
    "conv2d-functional-equivalence": (
        "conv2d_functional", "layer = function", "层即函数"),
    "conv2d-functional-generated-kernel": (
        "conv2d_functional", "generated kernel", "生成的卷积核"),
    "batchnorm2d-check-defaults": ("batchnorm2d", "defaults", "默认值"),
    "batchnorm2d-check-same-outputs": (
        "batchnorm2d", "same outputs", "相同输出"),
    "batchnorm2d-check-which-variance": (
        "batchnorm2d", "which variance", "哪种方差"),
    "batchnorm2d-check-running-stats": (
        "batchnorm2d", "running statistics", "滑动统计量"),
    "batchnorm2d-check-settings": ("batchnorm2d", "settings", "参数设置"),
    "batchnorm2d-check-affine": (
        "batchnorm2d", "scale and shift", "缩放与平移"),
    "batchnorm2d-check-batch-stats-only": (
        "batchnorm2d", "batch statistics only", "只用批统计量"),
    "batchnorm2d-check-frozen-stats": (
        "batchnorm2d", "frozen statistics", "冻结统计量"),
    "batchnorm2d-check-data-format": (
        "batchnorm2d", "channels last", "通道在后"),
    "adaptive-avg-pool2d-bins-check": (
        "adaptive_avg_pool2d", "bins", "区间"),
    "adaptive-avg-pool2d-none": ("adaptive_avg_pool2d", "None", "None"),
    "adaptive-avg-pool2d-input-rank": (
        "adaptive_avg_pool2d", "input rank", "输入维数"),
    "mapping-check-defaults": ("", "defaults", "默认值"),
    "mapping-check-calls": ("", "every call", "各种调用"),
    "mapping-check-momentum-none": ("", "momentum=None", "momentum=None"),
    "mapping-check-device": ("", "device strings", "设备字符串"),
    "paddle-compat-names": (
        "paddle_compat", "PyTorch names", "PyTorch 名称"),
    "paddle-compat-proxy": ("paddle_compat", "torch proxy", "torch 代理"),
    "paddle-compat-keywords": (
        "paddle_compat", "PyTorch keywords", "PyTorch 关键字"),
    "mapping-check-channels-last": ("", "NHWC, 3 layers", "三种层的 NHWC"),
    "linear-formula": ("linear", "formula", "公式"),
    "linear-signatures": ("linear", "signatures", "签名"),
    "linear-copy-weights": ("linear", "copying weights", "复制权重"),
    "linear-options": ("linear", "bias and dtype", "偏置与数据类型"),
    "linear-default-init": ("linear", "initialization", "默认初始化"),
    "linear-compat": ("linear", "paddle.compat", "paddle.compat"),
    "linear-compat-init": (
        "linear", "compat initialization", "compat 初始化"),
    "linear-functional": ("linear", "functional form", "函数式接口"),
    "linear-weight-norm": ("linear", "weight_norm", "权重归一化"),
    "dropout-train-eval": (
        "dropout", "training and evaluation", "训练与评估"),
    "dropout-signatures": ("dropout", "signatures", "签名"),
    "dropout-compare": ("dropout", "comparing masks", "比较掩码"),
    "dropout-mode": ("dropout", "mode", "mode"),
    "dropout-axis": ("dropout", "axis", "axis"),
    "dropout-functional": ("dropout", "functional form", "函数式接口"),
    "flatten-defaults": ("flatten", "layer", "展平层"),
    "flatten-functional": ("flatten", "functional form", "函数式接口"),
    "flatten-signatures": ("flatten", "signatures", "签名"),
    "flatten-ranges": ("flatten", "ranges", "轴的范围"),
    "flatten-keywords": ("flatten", "keywords", "关键字"),
    "flatten-feature-order": ("flatten", "feature order", "特征顺序"),
    "max-pool2d-window": ("max_pool2d", "window", "窗口"),
    "max-pool2d-signatures": ("max_pool2d", "signatures", "签名"),
    "max-pool2d-padding": ("max_pool2d", "padding", "填充"),
    "max-pool2d-ceil-mode": ("max_pool2d", "ceil_mode", "ceil_mode"),
    "max-pool2d-dilation": ("max_pool2d", "dilation", "空洞"),
    "max-pool2d-indices": ("max_pool2d", "indices", "索引"),
    "max-pool2d-functional": ("max_pool2d", "functional", "函数式接口"),
    "max-pool2d-positional": ("max_pool2d", "positional", "位置参数"),
    "max-pool2d-same-result": ("max_pool2d", "same result", "结果一致"),
    "avg-pool2d-window": ("avg_pool2d", "window", "窗口"),
    "avg-pool2d-signatures": ("avg_pool2d", "signatures", "签名"),
    "avg-pool2d-count-include-pad": (
        "avg_pool2d", "count_include_pad", "count_include_pad"),
    "avg-pool2d-positional": ("avg_pool2d", "positional", "位置参数"),
    "avg-pool2d-divisor-override": (
        "avg_pool2d", "divisor_override", "divisor_override"),
    "avg-pool2d-asymmetric-padding": (
        "avg_pool2d", "four padding numbers", "四个填充数"),
    "avg-pool2d-ceil-mode": ("avg_pool2d", "ceil_mode", "ceil_mode"),
    "avg-pool2d-functional": ("avg_pool2d", "functional", "函数式接口"),
    "avg-pool2d-same-result": ("avg_pool2d", "same result", "结果一致"),
    "activations-elementwise": ("activations", "formulas", "公式"),
    "activations-signatures": ("activations", "signatures", "签名"),
    "activations-softmax": ("activations", "Softmax axis", "Softmax 的轴"),
    "activations-softmax-family": (
        "activations", "the softmax family", "softmax 同族接口"),
    "activations-softmax-dtype": (
        "activations", "softmax's dtype", "softmax 的 dtype"),
    "activations-tanh": ("activations", "Tanh", "Tanh"),
    "activations-prelu": ("activations", "PReLU", "PReLU"),
    "activations-gelu": ("activations", "GELU", "GELU"),
    "activations-inplace": ("activations", "inplace", "inplace"),
    "activations-same-values": ("activations", "same values", "数值一致"),
    "losses-cross-entropy": ("losses", "cross-entropy", "交叉熵"),
    "losses-class-axis": ("losses", "class axis", "类别轴"),
    "losses-ignore-index": ("losses", "ignore_index", "ignore_index"),
    "losses-label-smoothing": ("losses", "label smoothing", "标签平滑"),
    "losses-probability-targets": (
        "losses", "probability targets", "软标签"),
    "losses-nll": ("losses", "NLLLoss", "NLLLoss"),
    "losses-smooth-l1-huber": (
        "losses", "SmoothL1 and Huber", "SmoothL1 与 Huber"),
    "losses-bce": ("losses", "BCEWithLogitsLoss", "BCEWithLogitsLoss"),
    "losses-regression": ("losses", "MSE and L1", "MSE 与 L1"),
    "losses-functional": ("losses", "functions", "函数"),
    "clipping-global-norm": ("clipping", "global norm", "全局范数"),
    "clipping-which-norm": ("clipping", "which norm", "哪种范数"),
    "clipping-norm-type": ("clipping", "norm_type", "norm_type"),
    "optimizers-sgd": ("optimizers", "SGD", "SGD"),
    "optimizers-defaults": ("optimizers", "defaults", "默认值"),
    "optimizers-dampening": ("optimizers", "dampening", "dampening"),
    "optimizers-weight-decay": (
        "optimizers", "weight decay", "权重衰减"),
    "optimizers-rmsprop": ("optimizers", "RMSprop's epsilon",
                           "RMSprop 的 epsilon"),
    "optimizers-groups": ("optimizers", "parameter groups", "参数组"),
    "optimizers-side-by-side": (
        "optimizers", "trained side by side", "并排训练"),
    "optimizers-adamw-dropped": (
        "optimizers", "AdamW without decay", "不带衰减的 AdamW"),
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
    ("F.conv2d", {"input": REQUIRED}, {"x": REQUIRED},
     ["conv2d-functional-differences"],
     "Positional in both; each also accepts the other's keyword.",
     "两者都可按位置传入，也都接受对方的关键字名。"),
    ("F.conv2d", {"weight": REQUIRED}, {"weight": REQUIRED},
     ["conv2d-functional-equivalence"],
     "Same: `[C_out, C_in / groups, kH, kW]`.",
     "相同：`[C_out, C_in / groups, kH, kW]`。"),
    ("F.conv2d", {"bias": None}, {"bias": None},
     ["conv2d-functional-equivalence"],
     "Same.",
     "相同。"),
    ("F.conv2d", {"stride": 1}, {"stride": 1},
     ["conv2d-functional-equivalence"],
     "Same.",
     "相同。"),
    ("F.conv2d", {"padding": 0}, {"padding": 0},
     ["conv2d-functional-differences"],
     "As for the layer: strided `'same'` and four numbers work in "
     "Paddle only (PyTorch raises `RuntimeError`); Paddle's `'same'` "
     "runs undilated, so with a dilation write numbers.",
     "与层相同：带步长的 `'same'` 和四个数字只有飞桨支持（PyTorch 抛出 "
     "`RuntimeError`）；飞桨的 `'same'` 会去掉空洞，有空洞时应写成数字。"),
    ("F.conv2d", {"dilation": 1}, {"dilation": 1},
     ["conv2d-functional-equivalence", "conv2d-functional-differences",
      "mapping-check-calls"],
     "Same, except with `padding='same'`: write numbers, as for the "
     "layer.",
     "相同，`padding='same'` 时除外：与层一样改写成数字。"),
    ("F.conv2d", {"groups": 1}, {"groups": 1},
     ["conv2d-functional-equivalence",
      "conv2d-functional-generated-kernel"],
     "Same.",
     "相同。"),
    ("F.conv2d", {}, {"data_format": "NCHW"},
     ["conv2d-functional-differences"],
     "PyTorch reads NCHW only: permute channels-last input.",
     "PyTorch 只读 NCHW：通道在后的输入需先转置。"),
    ("F.conv2d", {}, {"name": None},
     ["mapping-check-defaults"],
     "Paddle only: drop it.",
     "飞桨独有：删去即可。"),
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
     "无法作为参数移植：可以在训练后复制滑动统计量，或在第 `t` 步前把私有"
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
    ("nn.AdaptiveAvgPool2d", {"output_size": REQUIRED},
     {"output_size": REQUIRED},
     ["adaptive-avg-pool2d-bins-check", "adaptive-avg-pool2d-none",
      "paddle-compat-names"],
     "Same: an int, or a pair of ints or `None` (keep that size); the "
     "same bins. `paddle.nn.AdaptiveAvgPool2d` is the same class: a "
     "PyTorch call works unchanged.",
     "相同：整数，或由整数或 `None`（保持该维大小）组成的二元组；"
     "区间划分方式一致。`paddle.nn.AdaptiveAvgPool2d` 是同一个类："
     "PyTorch 的调用可原样使用。"),
    ("nn.AdaptiveAvgPool2d", {}, {"data_format": "NCHW"},
     ["adaptive-avg-pool2d-input-rank", "mapping-check-channels-last"],
     "PyTorch reads NCHW (or a single CHW image): permute.",
     "PyTorch 读 NCHW（或单张 CHW 图像）：需先转置。"),
    ("nn.AdaptiveAvgPool2d", {}, {"name": None},
     ["mapping-check-defaults"],
     "Paddle only: drop it.",
     "飞桨独有：删去即可。"),
    ("nn.Linear", {"in_features": REQUIRED}, {"in_features": REQUIRED},
     ["linear-formula"],
     "Same.",
     "相同。"),
    ("nn.Linear", {"out_features": REQUIRED}, {"out_features": REQUIRED},
     ["linear-formula"],
     "Same.",
     "相同。"),
    ("nn.Linear", {"bias": True}, {"bias_attr": None},
     ["linear-options"],
     "`bias=False` becomes `bias_attr=False`; Paddle refuses "
     "`bias=False` (`TypeError`).",
     "`bias=False` 写成 `bias_attr=False`；飞桨不接受 `bias=False`"
     "（`TypeError`）。"),
    ("nn.Linear", {"device": None}, {},
     ["linear-signatures"],
     "PyTorch only: drop it.",
     "PyTorch 独有：删去即可。"),
    ("nn.Linear", {"dtype": None}, {},
     ["linear-options"],
     "PyTorch only: build the layer, then `linear.to(dtype='float64')`.",
     "PyTorch 独有：先建层，再调用 `linear.to(dtype='float64')`。"),
    ("nn.Linear", {}, {"weight_attr": None},
     ["linear-copy-weights", "linear-default-init", "linear-compat",
      "linear-compat-init"],
     "The weight is `[out, in]` in PyTorch and `[in, out]` in Paddle: "
     "transpose copied weights (`set_state_dict` skips an untransposed "
     "one with only a warning). The default initializations differ. "
     "`paddle.compat.nn.Linear` keeps PyTorch's layout.",
     "权重在 PyTorch 中是 `[out, in]`，在飞桨中是 `[in, out]`：复制时"
     "要转置（未转置的权重会被 `set_state_dict` 跳过，只给一条警告）。"
     "两者的默认初始化不同。`paddle.compat.nn.Linear` 保留 PyTorch 的"
     "布局。"),
    ("nn.Linear", {}, {"name": None},
     ["linear-signatures"],
     "Paddle only: drop it.",
     "飞桨独有：删去即可。"),
    ("F.linear", {"input": REQUIRED}, {"x": REQUIRED},
     ["linear-functional"],
     "Same: `[*, in]`.",
     "相同：`[*, in]`。"),
    ("F.linear", {"weight": REQUIRED}, {"weight": REQUIRED},
     ["linear-functional", "mapping-check-calls"],
     "Transpose: `[out, in]` in PyTorch, `[in, out]` in Paddle. "
     "`paddle.compat.nn.functional.linear` takes `[out, in]`.",
     "要转置：PyTorch 为 `[out, in]`，飞桨为 `[in, out]`。"
     "`paddle.compat.nn.functional.linear` 接受 `[out, in]`。"),
    ("F.linear", {"bias": None}, {"bias": None},
     ["linear-functional"],
     "Same.",
     "相同。"),
    ("F.linear", {}, {"name": None},
     ["linear-signatures"],
     "Paddle only: drop it.",
     "飞桨独有：删去即可。"),
    ("nn.Dropout", {"p": 0.5}, {"p": 0.5},
     ["dropout-train-eval", "dropout-signatures"],
     "Same: the probability to drop. A `p` outside [0, 1] fails when "
     "PyTorch builds the layer, on the first call in Paddle.",
     "相同：丢弃的概率。`p` 不在 [0, 1] 内时，PyTorch 在建层时报错，"
     "飞桨到第一次调用时才报错。"),
    ("nn.Dropout", {"inplace": False}, {"inplace": False},
     ["dropout-signatures"],
     "Same.",
     "相同。"),
    ("nn.Dropout", {}, {"axis": None},
     ["dropout-axis"],
     "Paddle only. `axis=[0, 1]` on NCHW is `nn.Dropout2d`; `axis=1` "
     "shares one mask across the batch and has no PyTorch twin.",
     "飞桨独有。对 NCHW 输入，`axis=[0, 1]` 就是 `nn.Dropout2d`；"
     "`axis=1` 让整个批共用一个掩码，PyTorch 中没有对应。"),
    ("nn.Dropout", {}, {"mode": "upscale_in_train"},
     ["dropout-mode"],
     "Paddle only; the default is PyTorch's rule. "
     "`'downscale_in_infer'` ports as `nn.Dropout(p)` times `1 - p`.",
     "飞桨独有；默认值就是 PyTorch 的规则。`'downscale_in_infer'` "
     "迁移时写成 `nn.Dropout(p)` 再乘以 `1 - p`。"),
    ("nn.Dropout", {}, {"name": None},
     ["dropout-signatures"],
     "Paddle only: drop it.",
     "飞桨独有：删去即可。"),
    ("F.dropout", {"input": REQUIRED}, {"x": REQUIRED},
     ["dropout-functional"],
     "Same.",
     "相同。"),
    ("F.dropout", {"p": 0.5}, {"p": 0.5},
     ["dropout-compare", "mapping-check-calls"],
     "Same. The masks differ even with the same seed.",
     "相同。即使种子相同，掩码也不同。"),
    ("F.dropout", {"training": True}, {"training": True},
     ["dropout-functional", "mapping-check-calls"],
     "Same default `True` in both: pass `training=self.training`. "
     "By keyword: Paddle's third parameter is `axis`, so a copied "
     "`F.dropout(x, 0.2, False)` drops in Paddle without an error.",
     "两者默认都是 `True`：应传入 `training=self.training`。"
     "须按关键字传：飞桨的第三个参数是 `axis`，照抄 "
     "`F.dropout(x, 0.2, False)` 时飞桨仍会丢弃，且不报错。"),
    ("F.dropout", {"inplace": False}, {"inplace": False},
     ["dropout-signatures"],
     "Same.",
     "相同。"),
    ("F.dropout", {}, {"axis": None},
     ["dropout-axis"],
     "Paddle only; as for the layer.",
     "飞桨独有；与层相同。"),
    ("F.dropout", {}, {"mode": "upscale_in_train"},
     ["dropout-mode"],
     "Paddle only; as for the layer.",
     "飞桨独有；与层相同。"),
    ("F.dropout", {}, {"name": None},
     ["dropout-signatures"],
     "Paddle only: drop it.",
     "飞桨独有：删去即可。"),
    ("nn.Flatten", {"start_dim": 1}, {"start_axis": 1},
     ["flatten-defaults", "flatten-keywords"],
     "Renamed, same default; Paddle's layer refuses `start_dim`.",
     "仅名称不同，默认值相同；飞桨的层不接受 `start_dim`。"),
    ("nn.Flatten", {"end_dim": -1}, {"stop_axis": -1},
     ["flatten-ranges", "flatten-keywords"],
     "Renamed; the end axis is included in both.",
     "仅名称不同；两者都包含结束轴。"),
    ("torch.flatten", {"input": REQUIRED}, {"x": REQUIRED},
     ["flatten-functional"],
     "Same.",
     "相同。"),
    ("torch.flatten", {"start_dim": 0}, {"start_axis": 0},
     ["flatten-functional", "flatten-keywords"],
     "Renamed; Paddle also accepts `start_dim`. The default 0 flattens "
     "the batch axis too: write `torch.flatten(x, 1)` as "
     "`paddle.flatten(x, 1)`.",
     "仅名称不同，飞桨也接受 `start_dim`。默认值 0 会把批量轴也展平："
     "`torch.flatten(x, 1)` 写成 `paddle.flatten(x, 1)`。"),
    ("torch.flatten", {"end_dim": -1}, {"stop_axis": -1},
     ["flatten-ranges", "flatten-keywords"],
     "Renamed; Paddle also accepts `end_dim`.",
     "仅名称不同，飞桨也接受 `end_dim`。"),
    ("torch.flatten", {}, {"name": None},
     ["flatten-signatures"],
     "Paddle only: drop it.",
     "飞桨独有：删去即可。"),
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
    ("nn.CrossEntropyLoss", {"weight": None}, {"weight": None},
     ["losses-ignore-index", "mapping-check-calls"],
     "Same. Without a weight, pass `weight=paddle.ones([C])` where a "
     "label may equal a negative `ignore_index` (the default -100): "
     "Paddle's mean otherwise counts the ignored samples. With "
     "probability targets or `label_smoothing`, a weight is weighed "
     "differently: use the page's helpers.",
     "相同。不给权重而标签可能等于负的 `ignore_index`（默认值 -100）时，"
     "请传入 `weight=paddle.ones([C])`，否则飞桨求平均时会把被忽略的样本"
     "也计入。软标签或 `label_smoothing` 与权重同用时加权方式不同："
     "请用该页的辅助函数。"),
    ("nn.CrossEntropyLoss", {"size_average": None, "reduce": None}, {},
     ["mapping-check-calls"],
     "PyTorch only, deprecated: `reduce=False` is `reduction='none'`, "
     "`size_average=False` is `'sum'`. Pass `reduction` by keyword.",
     "PyTorch 独有，已弃用：`reduce=False` 即 `reduction='none'`，"
     "`size_average=False` 即 `'sum'`。请按关键字传入 `reduction`。"),
    ("nn.CrossEntropyLoss", {"ignore_index": -100},
     {"ignore_index": -100},
     ["losses-ignore-index", "losses-label-smoothing"],
     "Same, but see `weight`; with `label_smoothing`, Paddle raises on "
     "-100 and does not ignore a non-negative index.",
     "相同，但见 `weight` 一行；与 `label_smoothing` 同用时，飞桨遇到 "
     "-100 会报错，遇到非负的索引则不会忽略。"),
    ("nn.CrossEntropyLoss", {"reduction": "mean"}, {"reduction": "mean"},
     ["losses-cross-entropy", "losses-ignore-index"],
     "Same; the mean divides by the sum of the kept samples' weights.",
     "相同；平均时除以保留下来的样本的权重之和。"),
    ("nn.CrossEntropyLoss", {"label_smoothing": 0.0},
     {"label_smoothing": 0.0},
     ["losses-label-smoothing", "mapping-check-calls"],
     "Same without weight and ignored labels; otherwise use the page's "
     "`paddle_smoothed_ce`. `'none'` comes back as `[N, 1]`.",
     "不带权重且没有被忽略的标签时相同；否则请用该页的 "
     "`paddle_smoothed_ce`。`'none'` 返回的形状为 `[N, 1]`。"),
    ("nn.CrossEntropyLoss", {}, {"soft_label": False},
     ["losses-probability-targets"],
     "Paddle only: `True` for probability targets, which PyTorch "
     "recognizes by their float dtype.",
     "飞桨独有：软标签需设为 `True`；PyTorch 根据浮点类型自动识别。"),
    ("nn.CrossEntropyLoss", {}, {"axis": -1},
     ["losses-class-axis", "mapping-check-calls"],
     "Paddle only: PyTorch's classes are on axis 1; write `axis=1` for "
     "N-D logits such as `[N, C, H, W]`.",
     "飞桨独有：PyTorch 的类别在轴 1 上；`[N, C, H, W]` 这类多维 logits "
     "要写 `axis=1`。"),
    ("nn.CrossEntropyLoss", {}, {"use_softmax": True, "name": None},
     ["losses-functional"],
     "Paddle only: keep the defaults.",
     "飞桨独有：保持默认值。"),
    ("nn.NLLLoss", {"weight": None, "reduction": "mean"},
     {"weight": None, "reduction": "mean"},
     ["losses-nll", "mapping-check-calls"],
     "Same.",
     "相同。"),
    ("nn.NLLLoss", {"ignore_index": -100}, {"ignore_index": -100},
     ["losses-nll", "mapping-check-calls"],
     "Same meaning, but with labels to ignore Paddle's `NLLLoss` aborted "
     "the process: use the page's `paddle_nll_loss`.",
     "含义相同，但有被忽略的标签时飞桨的 `NLLLoss` 使进程中止："
     "请用该页的 `paddle_nll_loss`。"),
    ("nn.NLLLoss", {"size_average": None, "reduce": None}, {"name": None},
     ["mapping-check-calls"],
     "Deprecated in PyTorch, as for `CrossEntropyLoss`; `name` is Paddle "
     "only.",
     "PyTorch 中已弃用，同 `CrossEntropyLoss`；`name` 为飞桨独有。"),
    ("nn.BCEWithLogitsLoss", {"weight": None, "reduction": "mean",
                              "pos_weight": None},
     {"weight": None, "reduction": "mean", "pos_weight": None},
     ["losses-bce", "mapping-check-calls"],
     "Same. Paddle's second positional parameter is `reduction`: pass "
     "by keyword.",
     "相同。飞桨的第二个位置参数是 `reduction`：请按关键字传入。"),
    ("nn.BCEWithLogitsLoss", {"size_average": None, "reduce": None},
     {"name": None},
     ["mapping-check-calls"],
     "Deprecated in PyTorch, as for `CrossEntropyLoss`; `name` is Paddle "
     "only.",
     "PyTorch 中已弃用，同 `CrossEntropyLoss`；`name` 为飞桨独有。"),
    ("nn.MSELoss", {"size_average": None, "reduce": None}, {},
     ["mapping-check-calls"],
     "PyTorch only, deprecated; they come first, so pass `reduction` by "
     "keyword.",
     "PyTorch 独有，已弃用；它们排在最前面，所以请按关键字传入 "
     "`reduction`。"),
    ("nn.MSELoss", {"reduction": "mean"}, {"reduction": "mean"},
     ["losses-regression", "mapping-check-calls"],
     "Same.",
     "相同。"),
    ("nn.L1Loss", {"size_average": None, "reduce": None}, {"name": None},
     ["mapping-check-calls"],
     "As for `MSELoss`; `name` is Paddle only.",
     "同 `MSELoss`；`name` 为飞桨独有。"),
    ("nn.L1Loss", {"reduction": "mean"}, {"reduction": "mean"},
     ["losses-regression", "mapping-check-calls"],
     "Same.",
     "相同。"),
    ("nn.SmoothL1Loss", {"size_average": None, "reduce": None,
                         "reduction": "mean"},
     {"reduction": "mean", "name": None},
     ["mapping-check-calls"],
     "As for `MSELoss`.",
     "同 `MSELoss`。"),
    ("nn.SmoothL1Loss", {"beta": 1.0}, {"delta": 1.0, "is_huber": True},
     ["losses-smooth-l1-huber", "mapping-check-calls"],
     "`beta=b` becomes `delta=b, is_huber=False`: Paddle's default is the "
     "Huber loss, `b` times larger. `beta=0` becomes `paddle.nn.L1Loss`.",
     "`beta=b` 写成 `delta=b, is_huber=False`：飞桨默认是 Huber 损失，"
     "大 `b` 倍。`beta=0` 改用 `paddle.nn.L1Loss`。"),
    ("nn.HuberLoss", {"reduction": "mean", "delta": 1.0},
     {"reduction": "mean", "delta": 1.0, "is_huber": True, "name": None},
     ["losses-smooth-l1-huber", "mapping-check-calls"],
     "Same: `paddle.nn.HuberLoss` is `paddle.nn.SmoothL1Loss`, Huber by "
     "default.",
     "相同：`paddle.nn.HuberLoss` 就是 `paddle.nn.SmoothL1Loss`，"
     "默认即 Huber 损失。"),
    ("F.cross_entropy", {"input": REQUIRED, "target": REQUIRED},
     {"input": REQUIRED, "label": REQUIRED},
     ["losses-functional", "mapping-check-calls"],
     "By position in both; Paddle's keyword for the target is `label`.",
     "两者都按位置传入；飞桨中目标的关键字是 `label`。"),
    ("F.cross_entropy", {"weight": None}, {"weight": None},
     ["losses-ignore-index", "mapping-check-calls"],
     "As for `nn.CrossEntropyLoss`: without a weight, pass "
     "`weight=paddle.ones([C])` where a label may equal a negative "
     "`ignore_index` (the default -100).",
     "同 `nn.CrossEntropyLoss`：不给权重而标签可能等于负的 "
     "`ignore_index`（默认值 -100）时，请传入 `weight=paddle.ones([C])`。"),
    ("F.cross_entropy", {"size_average": None, "reduce": None}, {},
     ["mapping-check-calls"],
     "PyTorch only, deprecated, as for `nn.CrossEntropyLoss`: write "
     "`reduction`.",
     "PyTorch 独有，已弃用，同 `nn.CrossEntropyLoss`：请改写 "
     "`reduction`。"),
    ("F.cross_entropy", {"ignore_index": -100, "reduction": "mean"},
     {"ignore_index": -100, "reduction": "mean"},
     ["losses-ignore-index", "mapping-check-calls"],
     "Same, by keyword: after `weight` the positions differ. See "
     "`weight`.",
     "相同，请按关键字传入：`weight` 之后两者的位置不同。另见 `weight` "
     "一行。"),
    ("F.cross_entropy", {"label_smoothing": 0.0}, {"label_smoothing": 0.0},
     ["losses-label-smoothing", "mapping-check-calls"],
     "Use the page's `paddle_smoothed_ce`, as for `nn.CrossEntropyLoss`.",
     "与 `nn.CrossEntropyLoss` 相同，请用该页的 `paddle_smoothed_ce`。"),
    ("F.cross_entropy", {}, {"soft_label": False},
     ["losses-probability-targets"],
     "Paddle only: `True` for probability targets.",
     "飞桨独有：软标签需设为 `True`。"),
    ("F.cross_entropy", {}, {"axis": -1},
     ["losses-class-axis", "mapping-check-calls"],
     "Paddle only: write `axis=1` for N-D logits such as `[N, C, H, W]`.",
     "飞桨独有：`[N, C, H, W]` 这类多维 logits 要写 `axis=1`。"),
    ("F.cross_entropy", {}, {"use_softmax": True, "name": None},
     ["losses-functional"],
     "Paddle only: keep the defaults.",
     "飞桨独有：保持默认值。"),
    ("F.nll_loss", {"input": REQUIRED, "target": REQUIRED},
     {"input": REQUIRED, "label": REQUIRED},
     ["losses-functional", "mapping-check-calls"],
     "By position in both; Paddle's keyword for the target is `label`.",
     "两者都按位置传入；飞桨中目标的关键字是 `label`。"),
    ("F.nll_loss", {"weight": None, "reduction": "mean"},
     {"weight": None, "reduction": "mean"},
     ["losses-nll", "mapping-check-calls"],
     "Same; `reduction` by keyword.",
     "相同；`reduction` 按关键字传入。"),
    ("F.nll_loss", {"ignore_index": -100}, {"ignore_index": -100},
     ["losses-nll", "mapping-check-calls"],
     "As for `nn.NLLLoss`: with labels to ignore, use the page's "
     "`paddle_nll_loss`.",
     "同 `nn.NLLLoss`：有被忽略的标签时，请用该页的 `paddle_nll_loss`。"),
    ("F.nll_loss", {"size_average": None, "reduce": None}, {"name": None},
     ["mapping-check-calls"],
     "Deprecated in PyTorch, as for `nn.CrossEntropyLoss`; `name` is "
     "Paddle only.",
     "PyTorch 中已弃用，同 `nn.CrossEntropyLoss`；`name` 为飞桨独有。"),
    ("F.binary_cross_entropy_with_logits",
     {"input": REQUIRED, "target": REQUIRED},
     {"logit": REQUIRED, "label": REQUIRED},
     ["losses-functional", "mapping-check-calls"],
     "Renamed: pass both by position.",
     "改了名：两者都按位置传入。"),
    ("F.binary_cross_entropy_with_logits",
     {"weight": None, "reduction": "mean", "pos_weight": None},
     {"weight": None, "reduction": "mean", "pos_weight": None},
     ["losses-bce", "mapping-check-calls"],
     "Same; `reduction` and `pos_weight` by keyword.",
     "相同；`reduction` 和 `pos_weight` 按关键字传入。"),
    ("F.binary_cross_entropy_with_logits",
     {"size_average": None, "reduce": None}, {"name": None},
     ["mapping-check-calls"],
     "Deprecated in PyTorch, as for `nn.CrossEntropyLoss`; `name` is "
     "Paddle only.",
     "PyTorch 中已弃用，同 `nn.CrossEntropyLoss`；`name` 为飞桨独有。"),
    ("F.mse_loss", {"input": REQUIRED, "target": REQUIRED},
     {"input": REQUIRED, "label": REQUIRED},
     ["losses-functional", "mapping-check-calls"],
     "By position in both; Paddle's keyword for the target is `label`.",
     "两者都按位置传入；飞桨中目标的关键字是 `label`。"),
    ("F.mse_loss", {"size_average": None, "reduce": None,
                    "reduction": "mean"},
     {"reduction": "mean"},
     ["losses-regression", "mapping-check-calls"],
     "As for `nn.MSELoss`: `reduction` by keyword.",
     "同 `nn.MSELoss`：`reduction` 按关键字传入。"),
    ("F.mse_loss", {"weight": None}, {"name": None},
     ["mapping-check-calls"],
     "PyTorch only: weigh the `'none'` loss, `(w * PF.mse_loss(x, y, "
     "reduction='none'))`, then `.sum()`; PyTorch's mean divides that sum "
     "by `w.sum()`. `name` is Paddle only.",
     "PyTorch 独有：给 `'none'` 的损失加权，即 `(w * PF.mse_loss(x, y, "
     "reduction='none'))`，再 `.sum()`；PyTorch 求平均时用这个和除以 "
     "`w.sum()`。`name` 为飞桨独有。"),
    ("F.l1_loss", {"input": REQUIRED, "target": REQUIRED},
     {"input": REQUIRED, "label": REQUIRED},
     ["losses-functional", "mapping-check-calls"],
     "By position in both; Paddle's keyword for the target is `label`.",
     "两者都按位置传入；飞桨中目标的关键字是 `label`。"),
    ("F.l1_loss", {"size_average": None, "reduce": None,
                   "reduction": "mean"},
     {"reduction": "mean"},
     ["losses-regression", "mapping-check-calls"],
     "As for `nn.L1Loss`: `reduction` by keyword.",
     "同 `nn.L1Loss`：`reduction` 按关键字传入。"),
    ("F.l1_loss", {"weight": None}, {"name": None},
     ["mapping-check-calls"],
     "As for `F.mse_loss`: weigh the `'none'` loss; the mean divides by "
     "`w.sum()`.",
     "同 `F.mse_loss`：给 `'none'` 的损失加权；求平均时除以 `w.sum()`。"),
    ("F.smooth_l1_loss", {"input": REQUIRED, "target": REQUIRED},
     {"input": REQUIRED, "label": REQUIRED},
     ["losses-functional", "mapping-check-calls"],
     "By position in both; Paddle's keyword for the target is `label`.",
     "两者都按位置传入；飞桨中目标的关键字是 `label`。"),
    ("F.smooth_l1_loss", {"size_average": None, "reduce": None,
                          "reduction": "mean"},
     {"reduction": "mean", "name": None},
     ["mapping-check-calls"],
     "As for `nn.MSELoss`.",
     "同 `nn.MSELoss`。"),
    ("F.smooth_l1_loss", {"beta": 1.0}, {"delta": 1.0, "is_huber": True},
     ["losses-smooth-l1-huber", "mapping-check-calls"],
     "As for `nn.SmoothL1Loss`: `beta=b` becomes `delta=b, "
     "is_huber=False`; `beta=0` becomes `PF.l1_loss`.",
     "同 `nn.SmoothL1Loss`：`beta=b` 写成 `delta=b, is_huber=False`；"
     "`beta=0` 改用 `PF.l1_loss`。"),
    ("F.huber_loss", {"input": REQUIRED, "target": REQUIRED},
     {"input": REQUIRED, "label": REQUIRED},
     ["losses-functional", "mapping-check-calls"],
     "Paddle has no `huber_loss`: `PF.smooth_l1_loss` is it. By position "
     "in both.",
     "飞桨没有 `huber_loss`：`PF.smooth_l1_loss` 就是它。两者都按位置"
     "传入。"),
    ("F.huber_loss", {"reduction": "mean", "delta": 1.0},
     {"reduction": "mean", "delta": 1.0, "is_huber": True},
     ["losses-smooth-l1-huber", "mapping-check-calls"],
     "Same: Huber by default.",
     "相同：默认即 Huber 损失。"),
    ("F.huber_loss", {"weight": None}, {"name": None},
     ["mapping-check-calls"],
     "PyTorch only: `(w * PF.smooth_l1_loss(x, y, reduction='none'))`, "
     "then `.sum()` or `.mean()` (over the elements). Passed by position "
     "it would land in `is_huber`.",
     "PyTorch 独有：写成 `(w * PF.smooth_l1_loss(x, y, "
     "reduction='none'))`，再 `.sum()` 或 `.mean()`（对元素求平均）。"
     "按位置传入会落到 `is_huber` 上。"),
    ("nn.utils.clip_grad_norm_", {"parameters": REQUIRED}, {},
     ["clipping-global-norm", "mapping-check-calls"],
     "No call in Paddle: pass `grad_clip=paddle.nn.ClipGradByGlobalNorm("
     "max_norm)` to the optimizer, which clips all its parameters in "
     "`step()`. For only some of them, keep the call as "
     "`paddle.nn.utils.clip_grad_norm_`.",
     "飞桨中不调用：把 `grad_clip=paddle.nn.ClipGradByGlobalNorm("
     "max_norm)` 传给优化器，它在 `step()` 中裁剪自己的全部参数。"
     "只裁剪其中一部分时，保留这次调用，写成 "
     "`paddle.nn.utils.clip_grad_norm_`。"),
    ("nn.utils.clip_grad_norm_", {"max_norm": REQUIRED},
     {"clip_norm": REQUIRED},
     ["clipping-global-norm", "clipping-which-norm",
      "mapping-check-calls"],
     "`max_norm` is `clip_norm`. Not `ClipGradByNorm`, which clips each "
     "gradient by its own norm.",
     "`max_norm` 即 `clip_norm`。不是 `ClipGradByNorm`：它按每个梯度"
     "自己的范数分别裁剪。"),
    ("nn.utils.clip_grad_norm_", {"norm_type": 2.0,
                                  "error_if_nonfinite": False}, {},
     ["clipping-norm-type", "mapping-check-calls"],
     "Not in the clipper: for another norm, or to get the total norm "
     "back, call `paddle.nn.utils.clip_grad_norm_` between `backward()` "
     "and `step()`; it takes both.",
     "裁剪类没有这两个参数：要用其他范数，或要拿到总范数，就在 "
     "`backward()` 和 `step()` 之间调用 "
     "`paddle.nn.utils.clip_grad_norm_`，它接受这两个参数。"),
    ("nn.utils.clip_grad_norm_", {"foreach": None}, {},
     ["clipping-which-norm", "mapping-check-calls"],
     "PyTorch only, a speed setting: drop it (Paddle's "
     "`clip_grad_norm_` raises `TypeError` on it).",
     "PyTorch 独有，只影响速度：删去即可（飞桨的 `clip_grad_norm_` "
     "遇到它会抛出 `TypeError`）。"),
    ("nn.utils.clip_grad_norm_", {},
     {"group_name": "default_group", "auto_skip_clip": False},
     ["clipping-global-norm"],
     "Paddle only: keep the defaults.",
     "飞桨独有：保持默认值。"),
    ("nn.utils.clip_grad_value_", {"parameters": REQUIRED,
                                   "clip_value": REQUIRED},
     {"max": REQUIRED, "min": None},
     ["clipping-which-norm", "mapping-check-calls"],
     "Pass `grad_clip=paddle.nn.ClipGradByValue(clip_value)` to the "
     "optimizer; `min=None` means `-max`, PyTorch's range. For only some "
     "parameters, `paddle.nn.utils.clip_grad_value_(parameters, "
     "clip_value)`.",
     "把 `grad_clip=paddle.nn.ClipGradByValue(clip_value)` 传给优化器；"
     "`min=None` 表示 `-max`，即 PyTorch 的范围。只裁剪部分参数时，写成 "
     "`paddle.nn.utils.clip_grad_value_(parameters, clip_value)`。"),
    ("nn.utils.clip_grad_value_", {"foreach": None}, {},
     ["clipping-which-norm", "mapping-check-calls"],
     "PyTorch only, a speed setting: drop it (Paddle's "
     "`clip_grad_value_` raises `TypeError` on it).",
     "PyTorch 独有，只影响速度：删去即可（飞桨的 `clip_grad_value_` "
     "遇到它会抛出 `TypeError`）。"),
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
    ("weight_norm", {"module": REQUIRED}, {"layer": REQUIRED},
     ["linear-weight-norm", "mapping-check-calls"],
     "Renamed (by keyword). `torch.nn.utils.parametrizations.weight_norm`; "
     "the older `torch.nn.utils.weight_norm` warns that it is deprecated "
     "and names the tensors `weight_g`, `weight_v` as Paddle does.",
     "改名（按关键字传时）。`torch.nn.utils.parametrizations.weight_norm`；"
     "旧的 `torch.nn.utils.weight_norm` 会警告已弃用，它把张量命名为 "
     "`weight_g`、`weight_v`，与飞桨相同。"),
    ("weight_norm", {"name": "weight"}, {"name": "weight"},
     ["linear-weight-norm"],
     "Same.",
     "相同。"),
    ("weight_norm", {"dim": 0}, {"dim": 0},
     ["linear-weight-norm", "mapping-check-calls"],
     "On a Linear, `0` becomes `1` and `1` becomes `0` (Paddle's weight "
     "is `[in, out]`); `-1` and `None` (the whole weight) stay. A copied "
     "`dim` trains another layer.",
     "用在全连接层上时，`0` 改成 `1`，`1` 改成 `0`（飞桨的权重是 "
     "`[in, out]`）；`-1` 和 `None`（整个权重）不变。照搬 `dim` 训练出的是"
     "另一个层。"),
    ("torch.optim.SGD", {"params": REQUIRED}, {"parameters": None},
     ["optimizers-sgd", "optimizers-defaults", "mapping-check-calls"],
     "`parameters=` by keyword: Paddle's first parameter is the learning "
     "rate. A list of dicts works in both; see `lr` for its groups.",
     "`parameters=` 要按关键字传：飞桨的第一个参数是学习率。两边都接受"
     "字典列表；参数组见 `lr` 一行。"),
    ("torch.optim.SGD", {"lr": 0.001}, {"learning_rate": 0.001},
     ["optimizers-sgd", "optimizers-groups", "mapping-check-calls"],
     "Renamed. A group's `learning_rate` in Paddle multiplies this rate: "
     "write the ratio, not PyTorch's `lr` of the group.",
     "改名。飞桨参数组里的 `learning_rate` 乘在这个学习率上：要写比值，"
     "而不是 PyTorch 参数组的 `lr`。"),
    ("torch.optim.SGD", {"momentum": 0}, {"momentum": 0.9},
     ["optimizers-defaults", "optimizers-side-by-side", "mapping-check-calls"],
     "Write it out: the defaults differ. Without momentum, use "
     "`paddle.optimizer.SGD`, which has none.",
     "要显式写出：两边默认值不同。不带动量时改用 "
     "`paddle.optimizer.SGD`，它没有动量。"),
    ("torch.optim.SGD", {"dampening": 0}, {},
     ["optimizers-dampening", "mapping-check-calls"],
     "Cannot be ported as written when not 0 with momentum; scaling the "
     "learning rate instead trains differently. Without momentum "
     "PyTorch ignores it.",
     "带动量且不为 0 时无法照原样迁移；改成缩放学习率，训练结果不同。"
     "不带动量时 PyTorch 会忽略它。"),
    ("torch.optim.SGD", {"weight_decay": 0}, {"weight_decay": None},
     ["optimizers-sgd", "optimizers-side-by-side", "mapping-check-calls"],
     "Same value: a float is L2 added to the gradient in both; so is "
     "`paddle.regularizer.L2Decay(value)`.",
     "数值照搬：两边的浮点数都是加到梯度上的 L2 正则化；"
     "`paddle.regularizer.L2Decay(value)` 也一样。"),
    ("torch.optim.SGD", {"nesterov": False}, {"use_nesterov": False},
     ["optimizers-sgd", "optimizers-side-by-side", "mapping-check-calls"],
     "Renamed.",
     "改名。"),
    ("torch.optim.SGD", {"maximize": False}, {},
     ["mapping-check-defaults", "mapping-check-calls"],
     "PyTorch only, no counterpart: for `True`, negate the loss.",
     "PyTorch 独有，没有对应参数：为 `True` 时请把损失取负。"),
    ("torch.optim.SGD", {"foreach": None, "differentiable": False,
                         "fused": None}, {},
     ["mapping-check-defaults"],
     "PyTorch only, implementation settings: drop them.",
     "PyTorch 独有，只是实现方式的设置：删去即可。"),
    ("torch.optim.SGD", {}, {"grad_clip": None},
     ["clipping-global-norm"],
     "Paddle's gradient clipping, in place of a `clip_grad_norm_` call.",
     "飞桨的梯度裁剪，替代对 `clip_grad_norm_` 的调用。"),
    ("torch.optim.SGD", {}, {"multi_precision": False,
                             "rescale_grad": 1.0, "use_multi_tensor": False,
                             "name": None},
     ["mapping-check-defaults"],
     "Paddle only: keep the defaults.",
     "飞桨独有：保持默认值。"),
    ("torch.optim.Adam", {"params": REQUIRED}, {"parameters": None},
     ["optimizers-weight-decay", "optimizers-defaults", "mapping-check-calls"],
     "`parameters=` by keyword, as for SGD.",
     "`parameters=` 按关键字传，同 SGD。"),
    ("torch.optim.Adam", {"lr": 0.001}, {"learning_rate": 0.001},
     ["optimizers-side-by-side", "optimizers-groups", "mapping-check-calls"],
     "Renamed; a group's `learning_rate` is a factor, as for SGD.",
     "改名；参数组的 `learning_rate` 是倍数，同 SGD。"),
    ("torch.optim.Adam", {"betas": (0.9, 0.999)},
     {"beta1": 0.9, "beta2": 0.999},
     ["optimizers-defaults", "optimizers-side-by-side", "mapping-check-calls"],
     "`betas=(b1, b2)` becomes `beta1=b1, beta2=b2`.",
     "`betas=(b1, b2)` 写成 `beta1=b1, beta2=b2`。"),
    ("torch.optim.Adam", {"eps": 1e-08}, {"epsilon": 1e-08},
     ["optimizers-defaults", "optimizers-side-by-side", "mapping-check-calls"],
     "Renamed.",
     "改名。"),
    ("torch.optim.Adam", {"weight_decay": 0}, {"weight_decay": None},
     ["optimizers-weight-decay", "optimizers-side-by-side", "mapping-check-calls"],
     "Same value, L2 added to the gradient in both (not AdamW's decay).",
     "数值照搬，两边都是加到梯度上的 L2 正则化（不是 AdamW 的衰减）。"),
    ("torch.optim.Adam", {"amsgrad": False}, {"amsgrad": False},
     ["optimizers-side-by-side", "mapping-check-calls"],
     "Same.",
     "相同。"),
    ("torch.optim.Adam", {"decoupled_weight_decay": False}, {},
     ["optimizers-weight-decay", "mapping-check-calls"],
     "`True` is AdamW: use `paddle.optimizer.AdamW`.",
     "为 `True` 时就是 AdamW：改用 `paddle.optimizer.AdamW`。"),
    ("torch.optim.Adam", {"maximize": False}, {},
     ["mapping-check-defaults", "mapping-check-calls"],
     "PyTorch only, no counterpart: for `True`, negate the loss.",
     "PyTorch 独有，没有对应参数：为 `True` 时请把损失取负。"),
    ("torch.optim.Adam", {"foreach": None, "capturable": False,
                          "differentiable": False, "fused": None}, {},
     ["mapping-check-defaults"],
     "PyTorch only, implementation settings: drop them.",
     "PyTorch 独有，只是实现方式的设置：删去即可。"),
    ("torch.optim.Adam", {}, {"grad_clip": None},
     ["clipping-global-norm"],
     "Paddle's gradient clipping, in place of a `clip_grad_norm_` call.",
     "飞桨的梯度裁剪，替代对 `clip_grad_norm_` 的调用。"),
    ("torch.optim.Adam", {}, {"lazy_mode": False, "multi_precision": False,
                              "use_multi_tensor": False, "name": None},
     ["mapping-check-defaults"],
     "Paddle only: keep the defaults.",
     "飞桨独有：保持默认值。"),
    ("torch.optim.AdamW", {"params": REQUIRED}, {"parameters": None},
     ["optimizers-groups", "optimizers-defaults", "mapping-check-calls"],
     "`parameters=` by keyword, as for SGD.",
     "`parameters=` 按关键字传，同 SGD。"),
    ("torch.optim.AdamW", {"lr": 0.001}, {"learning_rate": 0.001},
     ["optimizers-side-by-side", "optimizers-groups", "mapping-check-calls"],
     "Renamed; a group's `learning_rate` is a factor, as for SGD.",
     "改名；参数组的 `learning_rate` 是倍数，同 SGD。"),
    ("torch.optim.AdamW", {"betas": (0.9, 0.999)},
     {"beta1": 0.9, "beta2": 0.999},
     ["optimizers-defaults", "optimizers-side-by-side", "mapping-check-calls"],
     "As for Adam.",
     "同 Adam。"),
    ("torch.optim.AdamW", {"eps": 1e-08}, {"epsilon": 1e-08},
     ["optimizers-defaults", "optimizers-side-by-side", "mapping-check-calls"],
     "Renamed.",
     "改名。"),
    ("torch.optim.AdamW", {"weight_decay": 0.01}, {"weight_decay": 0.01},
     ["optimizers-weight-decay", "optimizers-adamw-dropped", "mapping-check-calls"],
     "Same value, decoupled in both. A port that sets 0 passes a one-step "
     "comparison and drifts over many steps.",
     "数值照搬，两边都是解耦权重衰减。写成 0 的迁移能通过一步比较，"
     "训练多步后就会偏离。"),
    ("torch.optim.AdamW", {"amsgrad": False}, {"amsgrad": False},
     ["optimizers-side-by-side", "mapping-check-calls"],
     "Same.",
     "相同。"),
    ("torch.optim.AdamW", {"maximize": False}, {},
     ["mapping-check-defaults", "mapping-check-calls"],
     "PyTorch only, no counterpart: for `True`, negate the loss.",
     "PyTorch 独有，没有对应参数：为 `True` 时请把损失取负。"),
    ("torch.optim.AdamW", {"foreach": None, "capturable": False,
                           "differentiable": False, "fused": None}, {},
     ["mapping-check-defaults"],
     "PyTorch only, implementation settings: drop them.",
     "PyTorch 独有，只是实现方式的设置：删去即可。"),
    ("torch.optim.AdamW", {}, {"apply_decay_param_fun": None,
                               "lr_ratio": None},
     ["optimizers-groups", "mapping-check-calls"],
     "Paddle only. `apply_decay_param_fun` receives Paddle's internal "
     "parameter names (`p.name`); PyTorch's groups with "
     "`weight_decay=0` do the same job, and work in Paddle too.",
     "飞桨独有。`apply_decay_param_fun` 拿到的是飞桨内部的参数名"
     "（`p.name`）；PyTorch 中 `weight_decay=0` 的参数组起同样的作用，"
     "在飞桨中也能用。"),
    ("torch.optim.AdamW", {}, {"grad_clip": None},
     ["clipping-global-norm"],
     "Paddle's gradient clipping, in place of a `clip_grad_norm_` call.",
     "飞桨的梯度裁剪，替代对 `clip_grad_norm_` 的调用。"),
    ("torch.optim.AdamW", {}, {"use_lowprecision_moment": False,
                               "lazy_mode": False, "multi_precision": False,
                               "name": None},
     ["mapping-check-defaults"],
     "Paddle only: keep the defaults.",
     "飞桨独有：保持默认值。"),
    ("torch.optim.RMSprop", {"params": REQUIRED}, {"parameters": None},
     ["optimizers-rmsprop", "optimizers-defaults", "mapping-check-calls"],
     "`parameters=` by keyword, as for SGD.",
     "`parameters=` 按关键字传，同 SGD。"),
    ("torch.optim.RMSprop", {"lr": 0.01}, {"learning_rate": REQUIRED},
     ["optimizers-defaults", "optimizers-side-by-side", "mapping-check-calls"],
     "Required in Paddle: write PyTorch's value, even its default.",
     "飞桨中必填：写上 PyTorch 的值，即使用的是默认值。"),
    ("torch.optim.RMSprop", {"alpha": 0.99}, {"rho": 0.95},
     ["optimizers-defaults", "optimizers-side-by-side", "mapping-check-calls"],
     "`alpha=a` becomes `rho=a`; write it out, the defaults differ.",
     "`alpha=a` 写成 `rho=a`；要显式写出，两边默认值不同。"),
    ("torch.optim.RMSprop", {"eps": 1e-08}, {"epsilon": 1e-06},
     ["optimizers-rmsprop", "optimizers-side-by-side", "mapping-check-calls"],
     "Outside the square root in PyTorch, inside in Paddle: no value "
     "ports exactly; `epsilon=eps**2` is close while `eps` is small "
     "beside the root of the average (the call matrix ports `eps` up "
     "to 1e-8 so, and states larger ones cannot be ported).",
     "PyTorch 加在根号外，飞桨加在根号内：没有哪个值能精确迁移；"
     "`eps` 远小于平均值的平方根时，`epsilon=eps**2` 很接近（调用矩阵"
     "对不超过 1e-8 的 `eps` 这样迁移，更大的则注明无法迁移）。"),
    ("torch.optim.RMSprop", {"weight_decay": 0}, {"weight_decay": None},
     ["optimizers-side-by-side", "mapping-check-calls"],
     "Same value, L2 added to the gradient in both.",
     "数值照搬，两边都是加到梯度上的 L2 正则化。"),
    ("torch.optim.RMSprop", {"momentum": 0}, {"momentum": 0.0},
     ["optimizers-side-by-side", "mapping-check-calls"],
     "Same.",
     "相同。"),
    ("torch.optim.RMSprop", {"centered": False}, {"centered": False},
     ["optimizers-side-by-side", "mapping-check-calls"],
     "Same.",
     "相同。"),
    ("torch.optim.RMSprop", {"maximize": False}, {},
     ["mapping-check-defaults", "mapping-check-calls"],
     "PyTorch only, no counterpart: for `True`, negate the loss.",
     "PyTorch 独有，没有对应参数：为 `True` 时请把损失取负。"),
    ("torch.optim.RMSprop", {"capturable": False, "foreach": None,
                             "differentiable": False}, {},
     ["mapping-check-defaults"],
     "PyTorch only, implementation settings: drop them.",
     "PyTorch 独有，只是实现方式的设置：删去即可。"),
    ("torch.optim.RMSprop", {}, {"grad_clip": None},
     ["clipping-global-norm"],
     "Paddle's gradient clipping, in place of a `clip_grad_norm_` call.",
     "飞桨的梯度裁剪，替代对 `clip_grad_norm_` 的调用。"),
    ("torch.optim.RMSprop", {}, {"name": None},
     ["mapping-check-defaults"],
     "Paddle only: drop it.",
     "飞桨独有：删去即可。"),
]


def documented_defaults(func):
    """PyTorch's F.conv2d is compiled and has no Python signature; its
    docstring starts with one: conv2d(input, weight, bias=None, ...)."""
    head = func.__doc__.strip().splitlines()[0].split(" -> ")[0]
    args = ast.parse(f"def {head}: pass").body[0].args
    defaults = [ast.literal_eval(d) for d in args.defaults]
    defaults = [REQUIRED] * (len(args.args) - len(defaults)) + defaults
    return {arg.arg: d for arg, d in zip(args.args, defaults)}


def real_defaults(api):
    """{parameter: default} of a class's constructor or of a function."""
    if inspect.isbuiltin(api):
        return documented_defaults(api)
    parameters = inspect.signature(api).parameters.values()
    variadic = (inspect.Parameter.VAR_POSITIONAL,
                inspect.Parameter.VAR_KEYWORD)
    if any(p.kind in variadic for p in parameters) and not inspect.isclass(
            api):
        # F.max_pool2d dispatches through (*args, **kwargs); its
        # docstring starts with the real signature.
        return documented_defaults(api)
    return {p.name: p.default for p in parameters
            if p.kind not in variadic}  # nn.Sigmoid takes no argument


print("stated defaults against the real signatures:")
for api, (torch_api, paddle_api) in APIS.items():
    counts = []
    for framework, column, real_api in (("PyTorch", 1, torch_api),
                                        ("Paddle", 2, paddle_api)):
        real = real_defaults(real_api)
        stated = {}
        for row in ROWS:
            if row[0] == api:
                stated.update(row[column])
        missing = sorted(real.keys() - stated.keys())
        assert not missing, f"{api}, {framework}: no row for {missing}"
        for name, default in stated.items():
            assert name in real, f"{api}, {framework}: no {name!r}"
            # repr tells 1 from 1.0 and True, and None from 'None'
            assert repr(real[name]) == repr(default), (
                f"{api}, {framework}: {name} defaults to "
                f"{real[name]!r}, the table says {default!r}")
        counts.append(len(real))
    print(f"  {api:21} parameters: PyTorch {counts[0]:2}, "
          f"Paddle {counts[1]:2}; all defaults match")
for row in ROWS:
    unknown = [label for label in row[3] if label not in CHECKS]
    assert not unknown, f"{row[0]}: no such check {unknown}"


def cell(parameters):
    """`name=default` for each parameter, `name` when required."""
    if not parameters:
        return "—"
    return ", ".join(
        f"`{name}`" if default is REQUIRED else f"`{name}={default!r}`"
        for name, default in parameters.items())


def link(label, language):
    page, english, chinese = CHECKS[label]
    text = english if language == "en" else chinese
    target = f"{page}.md#{label}" if page else f"#{label}"
    return f"[{text}]({target})"


PADDLE_MODULES = {"paddle.nn": paddle.nn, "paddle.nn.functional": PF,
                  "paddle": paddle, "paddle.nn.utils": paddle.nn.utils,
                  "paddle.optimizer": paddle.optimizer}


def paddle_name(api):
    """The public name of the Paddle API of a row, e.g. paddle.nn.Conv2D
    (paddle.tanh's function is called _tanh); PyTorch's name where Paddle
    has two (SmoothL1Loss is HuberLoss)."""
    paddle_api, torch_name = APIS[api][1], api.rpartition(".")[2]
    for module_name, module in PADDLE_MODULES.items():
        names = sorted((n for n in vars(module)
                        if not n.startswith("_")
                        and getattr(module, n) is paddle_api),
                       key=lambda n: (n.lower() != torch_name.lower(), n))
        if names:
            return f"{module_name}.{names[0]}"
    raise LookupError(f"no public name for the Paddle API of {api}")


WORDS = {
    "en": {"headers": ("PyTorch", "Paddle", "How to convert"),
           "check": "Check: ", "releases": "Paddle releases: ",
           "and": ", ", "then": "; "},
    "zh_CN": {"headers": ("PyTorch", "飞桨", "转换方法"),
              "check": "验证：", "releases": "飞桨版本：",
              "and": "、", "then": "；"},
}


def render(language):
    """The mapping as Markdown, one table per API, in the page's language:
    each row a parameter, its rule, the checks that prove the rule and the
    Paddle releases on which they hold."""
    rule = 4 if language == "en" else 5
    words = WORDS[language]
    blocks = []
    for api in APIS:
        anchor = "mapping-" + re.sub(r"[^a-z0-9]+", "-", api.lower())
        # A colon fence: a backtick fence's first line may hold no
        # backtick (CommonMark), and the caption is code.
        lines = [f":::{{list-table}} `{api}` → `{paddle_name(api)}`",
                 ":header-rows: 1", ":class: mapping-api",
                 f":name: {anchor}", "",
                 "* - " + "\n  - ".join(words["headers"])]
        for row in ROWS:
            if row[0] != api:
                continue
            checks = words["and"].join(link(label, language)
                                       for label in row[3])
            # The releases on which the row's checks hold: filled in by
            # the build from `nox -s versions`' data file, the call
            # matrix by API.
            keys = " ".join(f"calls:{api}" if label == "mapping-check-calls"
                            else label for label in row[3])
            lines += [f"* - {cell(row[1])}", f"  - {cell(row[2])}",
                      f"  - {row[rule]}", "",
                      f"    {words['check']}{checks}{words['then']}"
                      f"{words['releases']}{{holds-on}}`{keys}`"]
        blocks.append("\n".join(lines + [":::"]))
    return "\n\n".join(blocks)


print(f"{len(ROWS)} rows, each linked to an executed check")
