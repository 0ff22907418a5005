"""The mapping table's rows for the APIs this page teaches, one per
parameter: snippets/mapping/parameters.py checks and renders them."""
import inspect

import paddle
from torch import nn

REQUIRED = inspect.Parameter.empty  # a parameter without a default
I = paddle.nn.initializer

# The PyTorch API and its Paddle counterpart, whose signatures are read.
APIS = {
    "nn.init.constant_": (nn.init.constant_, I.Constant),
    "nn.init.zeros_": (nn.init.zeros_, I.Constant),
    "nn.init.ones_": (nn.init.ones_, I.Constant),
    "nn.init.eye_": (nn.init.eye_, I.Assign),
    "nn.init.dirac_": (nn.init.dirac_, I.Dirac),
    "nn.init.uniform_": (nn.init.uniform_, I.Uniform),
    "nn.init.normal_": (nn.init.normal_, I.Normal),
    "nn.init.trunc_normal_": (nn.init.trunc_normal_, I.TruncatedNormal),
    "nn.init.xavier_uniform_": (nn.init.xavier_uniform_, I.XavierUniform),
    "nn.init.xavier_normal_": (nn.init.xavier_normal_, I.XavierNormal),
    "nn.init.kaiming_uniform_": (nn.init.kaiming_uniform_,
                                 I.KaimingUniform),
    "nn.init.kaiming_normal_": (nn.init.kaiming_normal_, I.KaimingNormal),
    "nn.init.orthogonal_": (nn.init.orthogonal_, I.Orthogonal),
}
RANDOM = ["uniform_", "normal_", "trunc_normal_", "xavier_uniform_",
          "xavier_normal_", "kaiming_uniform_", "kaiming_normal_",
          "orthogonal_"]
CALLS = ["initialization-others", "mapping-check-calls"]
FANS = ["initialization-kaiming-xavier", "initialization-traps",
        "mapping-check-calls"]


def tensor_row(name):
    """The tensor: Paddle's initializer is built without it."""
    return (f"nn.init.{name}", {"tensor": REQUIRED}, {}, CALLS,
            "Build the initializer, then apply it to the parameter in "
            "Paddle's layout: `init(layer.weight)`, or pass it when the "
            "layer is built, `weight_attr=paddle.ParamAttr(initializer="
            "init)`.",
            "先建初始化器，再把它用于飞桨布局的参数：`init(layer.weight)`；"
            "或在建层时传入："
            "`weight_attr=paddle.ParamAttr(initializer=init)`。")


def generator_row(name):
    return (f"nn.init.{name}", {"generator": None}, {},
            ["initialization-seeds", "mapping-check-calls"],
            "PyTorch only: drop it. Paddle draws from its global "
            "generator (`paddle.seed`); the values differ from PyTorch's "
            "either way, the distribution is the same. "
            "`paddle.nn.init` refuses it (`TypeError`).",
            "PyTorch 独有：删去。飞桨从全局随机数生成器"
            "（`paddle.seed`）抽取；两个框架的值本来就不同，分布相同。"
            "`paddle.nn.init` 遇到它会抛出 `TypeError`。")


def name_row(name):
    return (f"nn.init.{name}", {}, {"name": None}, CALLS,
            "Paddle only: keep the default.", "飞桨独有：保持默认值。")


def xavier_rows(name):
    return [
        (f"nn.init.{name}", {"gain": 1.0}, {"gain": 1.0}, FANS,
         "By keyword: Paddle's first parameter is `fan_in`. The fans are "
         "read from Paddle's layout, right for a Linear weight `[in, out]`.",
         "用关键字传入：飞桨的第一个参数是 `fan_in`。扇入和扇出按飞桨的"
         "布局读取，对 `[in, out]` 的全连接层权重是对的。"),
        (f"nn.init.{name}", {}, {"fan_in": None, "fan_out": None}, FANS,
         "Paddle only: leave them out, to have them read from the weight.",
         "飞桨独有：不传，让它们从权重的形状读取。"),
    ]


def kaiming_rows(name):
    return [
        (f"nn.init.{name}", {"a": 0}, {"negative_slope": 0.0}, FANS,
         "`a` is `negative_slope`, by keyword (Paddle's first parameter is "
         "`fan_in`).",
         "`a` 即 `negative_slope`，用关键字传入（飞桨的第一个参数是 "
         "`fan_in`）。"),
        (f"nn.init.{name}", {"nonlinearity": "leaky_relu"},
         {"nonlinearity": "relu"}, FANS,
         "The defaults differ: always write it. With Paddle's `\"relu\"` "
         "the slope is ignored. `calculate_gain` is the same in both, "
         "for every name PyTorch takes; write `\"conv_transpose2d\"` as "
         "`\"conv2d_transpose\"`, the only spelling before Paddle 3.2.",
         "默认值不同：总要写明。用飞桨默认的 `\"relu\"` 时，斜率被忽略。"
         "对 PyTorch 接受的每个名称，两个框架的 `calculate_gain` 都相同；"
         "`\"conv_transpose2d\"` 写成 `\"conv2d_transpose\"`，这是飞桨 "
         "3.2 之前唯一的写法。"),
        (f"nn.init.{name}", {"mode": "fan_in"}, {"mode": "fan_in"}, FANS,
         "The same. Paddle reads the fans from its own layout: right on "
         "its parameters (a Linear weight `[in, out]`), swapped on a "
         "weight kept in PyTorch's `[out, in]`.",
         "相同。飞桨按自己的布局读取扇入和扇出：对它自己的参数（全连接层"
         "权重 `[in, out]`）是对的，对保持 PyTorch `[out, in]` 布局的权重"
         "则正好对调。"),
        (f"nn.init.{name}", {}, {"fan_in": None}, FANS,
         "Paddle only: leave it out, to have it read from the weight.",
         "飞桨独有：不传，让它从权重的形状读取。"),
    ]


ROWS = [tensor_row(name) for name in (
    "constant_", "zeros_", "ones_", "eye_", "dirac_", *RANDOM)] + [
    generator_row(name) for name in RANDOM] + [
    name_row(name) for name in (
        "eye_", "dirac_", "uniform_", "normal_", "trunc_normal_",
        "xavier_uniform_", "xavier_normal_", "orthogonal_")] + [
    ("nn.init.constant_", {"val": REQUIRED}, {"value": 0.0}, CALLS,
     "`val` is `value`.", "`val` 即 `value`。"),
    ("nn.init.zeros_", {}, {"value": 0.0}, CALLS,
     "`paddle.nn.initializer.Constant(0.0)`.",
     "`paddle.nn.initializer.Constant(0.0)`。"),
    ("nn.init.ones_", {}, {"value": 0.0}, CALLS,
     "`paddle.nn.initializer.Constant(1.0)`: write the 1.",
     "`paddle.nn.initializer.Constant(1.0)`：要写明 1。"),
    ("nn.init.eye_", {}, {"value": REQUIRED}, CALLS,
     "No identity initializer: `Assign(paddle.eye(in, out))`, the shape "
     "of Paddle's Linear weight. `paddle.nn.init.eye_` does the same on "
     "a built layer.",
     "没有单位矩阵初始化器：写成 `Assign(paddle.eye(in, out))`，即飞桨"
     "全连接层权重的形状。`paddle.nn.init.eye_` 对已建好的层做同样的事。"),
    ("nn.init.dirac_", {"groups": 1}, {"groups": 1}, CALLS,
     "The same.", "相同。"),
    ("nn.init.uniform_", {"a": 0.0, "b": 1.0},
     {"low": -1.0, "high": 1.0}, CALLS,
     "`a`, `b` are `low`, `high`, and the defaults differ: always write "
     "both, `Uniform(0.0, 1.0)` for PyTorch's default.",
     "`a`、`b` 即 `low`、`high`，且默认值不同：总要写明两者，PyTorch 的"
     "默认值写成 `Uniform(0.0, 1.0)`。"),
    ("nn.init.normal_", {"mean": 0.0, "std": 1.0},
     {"mean": 0.0, "std": 1.0}, CALLS, "The same.", "相同。"),
    ("nn.init.trunc_normal_", {"mean": 0.0, "std": 1.0, "a": -2.0,
                               "b": 2.0},
     {"mean": 0.0, "std": 1.0, "a": -2.0, "b": 2.0}, CALLS,
     "The same: both cut at the values `a` and `b`, not at multiples of "
     "`std`.",
     "相同：两者都在数值 `a` 和 `b` 处截断，而不是在 `std` 的倍数处。"),
    *xavier_rows("xavier_uniform_"),
    *xavier_rows("xavier_normal_"),
    *kaiming_rows("kaiming_uniform_"),
    *kaiming_rows("kaiming_normal_"),
    ("nn.init.orthogonal_", {"gain": 1}, {"gain": 1.0}, CALLS,
     "The same. On a Linear weight `[in, out]` the shorter side is "
     "orthonormal, as in PyTorch's transpose.",
     "相同。对 `[in, out]` 的全连接层权重，较短的一边标准正交，与 "
     "PyTorch 的转置一样。"),
]
