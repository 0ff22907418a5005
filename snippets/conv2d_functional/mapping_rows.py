"""The mapping table's rows for the APIs this page teaches, one per
parameter: snippets/mapping/parameters.py checks and renders them."""
import inspect

import paddle.nn.functional as PF
import torch.nn.functional as F

REQUIRED = inspect.Parameter.empty  # a parameter without a default

# The PyTorch API and its Paddle counterpart, whose signatures are read.
APIS = {
    "F.conv2d": (F.conv2d, PF.conv2d),
}

# One row per parameter: API, PyTorch {name: default}, Paddle {name:
# default}, checks, then the conversion rule in English and in Chinese.
ROWS = [
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
]
