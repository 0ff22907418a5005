"""Every parameter of the covered APIs, PyTorch next to Paddle.

The rows are the data of the mapping table. Each stated default is
compared with the real signature, and every parameter of every signature
must have a row: the table cannot drift from the libraries it describes.
Each API's rows live with the snippets of the page that teaches it, in
mapping_rows.py of its folder (APIS: the PyTorch API and Paddle's; ROWS:
one per parameter); this file reads the folders that
snippets/mapping_layers.py names.
"""
import ast
import importlib
import inspect
import re
import sys
import typing
from pathlib import Path

import paddle
import paddle.nn.functional as PF

# Run alone, snippets/ goes on the path, as the build's kernel has it
# (conf.py): the layers' folders are imported from there.
if "__file__" in globals():
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mapping_layers import LAYERS  # noqa: E402

REQUIRED = inspect.Parameter.empty  # a parameter without a default

# The executed checks the rows cite: label -> (page, English, Chinese).
# An empty page is this page.
CHECKS = {
    "conv2d-reference-example": ("conv2d", "reference example", "参考示例"),
    "conv2d-sliding-window": ("conv2d", "sliding window", "滑动窗口"),
    "conv2d-output-size": ("conv2d", "output size", "输出尺寸"),
    "conv2d-padding-forms": ("conv2d", "padding forms", "填充形式"),
    "conv2d-padding-ported": ("conv2d", "porting padding", "填充迁移"),
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
    "conv-transpose2d-scatter": (
        "conv_transpose2d", "scatter", "散布求和"),
    "conv-transpose2d-output-size": (
        "conv_transpose2d", "output size", "输出尺寸"),
    "conv-transpose2d-output-size-call": (
        "conv_transpose2d", "output_size", "output_size"),
    "conv-transpose2d-same-result": (
        "conv_transpose2d", "weight copied", "复制权重"),
    "conv-transpose2d-argument-order": (
        "conv_transpose2d", "argument order", "参数顺序"),
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
    "normalization-layernorm": ("normalization", "LayerNorm", "LayerNorm"),
    "normalization-port-layernorm": (
        "normalization", "LayerNorm's state", "LayerNorm 的状态"),
    "normalization-channels-first": (
        "normalization", "channels-first LayerNorm", "通道在前的 LayerNorm"),
    "normalization-groupnorm": ("normalization", "GroupNorm", "GroupNorm"),
    "normalization-instancenorm": (
        "normalization", "InstanceNorm defaults", "InstanceNorm 的默认值"),
    "normalization-functional": (
        "normalization", "functional forms", "函数形式"),
    "normalization-batchnorm": (
        "normalization", "as batch normalization", "作为批量归一化"),
    "resizing-sample-points": (
        "resizing", "sample points", "采样点"),
    "resizing-modes": ("resizing", "modes", "插值方式"),
    "resizing-by-hand": ("resizing", "by hand", "手算复现"),
    "resizing-grid": ("resizing", "modes on a grid", "各方式的网格检查"),
    "resizing-nearest": ("resizing", "nearest rounding", "最近邻的取整"),
    "resizing-size-or-scale": (
        "resizing", "size or scale_factor", "size 与 scale_factor"),
    "resizing-paddle-only": (
        "resizing", "align_mode, data_format", "align_mode、data_format"),
    "resizing-antialias": ("resizing", "antialias", "抗锯齿"),
    "resizing-grid-sample-defaults": (
        "resizing", "grid_sample defaults", "grid_sample 的默认值"),
    "resizing-grid-sample-modes": (
        "resizing", "grid_sample modes", "grid_sample 的各种方式"),
    "padding-order": ("padding", "pad list order", "填充列表的顺序"),
    "padding-order-grid": (
        "padding", "pad lists, every rank", "各维数的填充列表"),
    "padding-modes": ("padding", "padding modes", "填充模式"),
    "padding-modes-grid": (
        "padding", "modes, every rank", "各维数的填充模式"),
    "padding-layers": ("padding", "padding layers", "填充层"),
    "padding-layer-traps": ("padding", "literal ports", "照抄的迁移"),
    "padding-pixel-shuffle": ("padding", "pixel shuffle", "像素重排"),
    "padding-pixel-shuffle-grid": (
        "padding", "pixel shuffle grid", "像素重排网格"),
    "padding-unfold": ("padding", "unfold and fold", "展开与折叠"),
    "padding-unfold-arguments": (
        "padding", "unfold's arguments", "展开的参数"),
    "padding-unfold-grid": ("padding", "unfold grid", "展开网格"),
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
    "dropout-dropout2d": ("dropout", "Dropout2d", "Dropout2d"),
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
    "max-pool2d-adaptive": (
        "max_pool2d", "adaptive max pooling", "自适应最大池化"),
    "max-pool2d-unpool": ("max_pool2d", "unpooling", "反池化"),
    "max-pool2d-pytorch-spellings": (
        "max_pool2d", "PyTorch's spellings", "PyTorch 的写法"),
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
    "activations-functional": ("activations", "functions", "函数"),
    "activations-hardtanh": ("activations", "Hardtanh", "Hardtanh"),
    "activations-selu": ("activations", "SELU", "SELU"),
    "activations-softplus": ("activations", "Softplus", "Softplus"),
    "activations-hardsigmoid": (
        "activations", "Hardsigmoid", "Hardsigmoid"),
    "activations-threshold": ("activations", "Threshold", "Threshold"),
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
    "schedules-attach": ("schedules", "attaching", "绑定调度器"),
    "schedules-defaults": ("schedules", "defaults", "默认值"),
    "schedules-warmup": ("schedules", "warmup", "预热"),
    "schedules-milestones": ("schedules", "milestones", "里程碑"),
    "schedules-one-cycle": ("schedules", "OneCycleLR", "OneCycleLR"),
    "schedules-plateau": ("schedules", "plateau", "平台期"),
    "schedules-step-traps": ("schedules", "traps", "陷阱"),
    "schedules-curves": ("schedules", "every schedule", "每种学习率调度"),
    "schedules-side-by-side": (
        "schedules", "trained side by side", "并排训练"),
    "initialization-kaiming-xavier": (
        "initialization", "Kaiming and Xavier", "Kaiming 与 Xavier"),
    "initialization-others": (
        "initialization", "the other initializers", "其他初始化器"),
    "initialization-traps": ("initialization", "traps", "陷阱"),
    "initialization-seeds": ("initialization", "seeds", "随机种子"),
    "resume-grid": ("resume", "resuming, every scheduler",
                    "恢复训练：每种学习率调度器"),
}

# The tables follow LAYERS, then each folder's APIS: the APIs of one page
# stand together.
FOLDERS = [importlib.import_module(f"{layer}.mapping_rows")
           for layer in LAYERS]
APIS = {name: apis for folder in FOLDERS
        for name, apis in folder.APIS.items()}
ROWS = sorted((row for folder in FOLDERS for row in folder.ROWS),
              key=lambda row: list(APIS).index(row[0]))


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
        if overloads := typing.get_overloads(api):
            # paddle.nn.functional.group_norm dispatches between its own
            # signature, listed first, and PyTorch's.
            return {p.name: p.default for p in inspect.signature(
                overloads[0]).parameters.values()}
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
    print(f"  {api:24} parameters: PyTorch {counts[0]:2}, "
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
                  "paddle.optimizer": paddle.optimizer,
                  "paddle.optimizer.lr": paddle.optimizer.lr,
                  "paddle.nn.initializer": paddle.nn.initializer}


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
           "and": ", ", "then": "; ",
           "count": lambda n: f": {n} parameter{'s' * (n != 1)}"},
    "zh_CN": {"headers": ("PyTorch", "飞桨", "转换方法"),
              "check": "验证：", "releases": "飞桨版本：",
              "and": "、", "then": "；",
              "count": lambda n: f"：{n} 个参数"},
}


def render(language):
    """The mapping as Markdown, one table per API, in the page's language:
    each row a parameter, its rule, the checks that prove the rule and the
    Paddle releases on which they hold. Each table is folded (a dropdown
    whose line names the API and counts its parameters): the page lists
    the APIs, and its filter box opens the folds of the rows it finds."""
    rule = 4 if language == "en" else 5
    words = WORDS[language]
    blocks = []
    for api in APIS:
        anchor = "mapping-" + re.sub(r"[^a-z0-9]+", "-", api.lower())
        names = f"`{api}` → `{paddle_name(api)}`"
        rows = [row for row in ROWS if row[0] == api]
        # Colon fences: a backtick fence's first line may hold no
        # backtick (CommonMark), and the caption is code; the fold's
        # fence is the longer one.
        lines = [f"::::{{dropdown}} {names}{words['count'](len(rows))}",
                 f":::{{list-table}} {names}",
                 ":header-rows: 1", ":class: mapping-api",
                 f":name: {anchor}", "",
                 "* - " + "\n  - ".join(words["headers"])]
        for row in rows:
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
        blocks.append("\n".join(lines + [":::", "::::"]))
    return "\n\n".join(blocks)


print(f"{len(ROWS)} rows, each linked to an executed check")
