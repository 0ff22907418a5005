"""Every parameter of the covered APIs, PyTorch next to Paddle.

The rows below are the data of the mapping table. Each stated default is
compared with the real signature, and every parameter of every signature
must have a row: the table cannot drift from the libraries it describes.
"""
import ast
import inspect

import paddle
import paddle.nn.functional as PF
import torch.nn.functional as F
from torch import nn

REQUIRED = inspect.Parameter.empty  # a parameter without a default

APIS = {
    "nn.Conv2d": (nn.Conv2d, paddle.nn.Conv2D),
    "F.conv2d": (F.conv2d, PF.conv2d),
    "nn.BatchNorm2d": (nn.BatchNorm2d, paddle.nn.BatchNorm2D),
    "nn.AdaptiveAvgPool2d": (nn.AdaptiveAvgPool2d,
                             paddle.nn.AdaptiveAvgPool2D),
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
     "mode needs an int `padding` in Paddle: for a pair or `'same'`, "
     "put `paddle.nn.Pad2D([left, right, top, bottom], mode=...)` "
     "before a `Conv2D` with `padding=0`.",
     "四种模式相同，结果一致；飞桨中只能按关键字传。飞桨的非零模式要求 "
     "`padding` 为整数：填充为二元组或 `'same'` 时，先用 "
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
    return {p.name: p.default for p in parameters}


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


HEADERS = {
    "en": ("API", "PyTorch", "Paddle", "How to convert", "Check"),
    "zh_CN": ("接口", "PyTorch", "飞桨", "转换方法", "验证"),
}


def render(language):
    """The mapping table as Markdown, in the page's language."""
    rule = 4 if language == "en" else 5
    headers = HEADERS[language]
    lines = ["| " + " | ".join(headers) + " |",
             "|" + " --- |" * len(headers)]
    for row in ROWS:
        checks = ", ".join(link(label, language) for label in row[3])
        cells = [f"`{row[0]}`", cell(row[1]), cell(row[2]),
                 row[rule], checks]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


print(f"{len(ROWS)} rows, each linked to an executed check")
