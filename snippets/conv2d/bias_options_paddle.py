# Switching the bias off, and choosing initial values with ParamAttr.
import paddle

paddle.seed(0)
x = paddle.zeros([1, 2, 5, 5])  # a zero input shows the bias alone

no_bias = {"bias_attr=False": paddle.nn.Conv2D(2, 3, 3, bias_attr=False),
           "bias=False": paddle.nn.Conv2D(2, 3, 3, bias=False)}
for setting, conv in no_bias.items():  # bias=False: PyTorch's keyword
    n_params = sum(int(p.size) for p in conv.parameters())
    print(f"{setting}: conv.bias is", conv.bias, "| parameters:", n_params)

# PyTorch's eighth positional argument is bias; Paddle takes bias, and
# every argument after groups, by keyword only.
try:
    paddle.nn.Conv2D(2, 3, 3, 1, 0, 1, 1, False)
except TypeError:
    positional_bias = "TypeError"
print("Conv2D(2, 3, 3, 1, 0, 1, 1, False):", positional_bias)

# Initial values: weight_attr and bias_attr take a ParamAttr.
init = paddle.nn.initializer
conv = paddle.nn.Conv2D(
    2, 3, 3,
    weight_attr=paddle.ParamAttr(initializer=init.Constant(0.0)),
    bias_attr=paddle.ParamAttr(initializer=init.Constant(0.5)),
)
y = conv(x)
print("bias set to 0.5: y[0, :, 0, 0] =", y[0, :, 0, 0].tolist())

# Checks: no bias, no bias parameter, zero in gives zero out; with a zero
# weight the output is the bias.
for layer in no_bias.values():
    assert layer.bias is None, "bias should be None"
    assert sum(int(p.size) for p in layer.parameters()) == layer.weight.size
    assert float(layer(x).abs().max()) == 0, "no bias: zero in, zero out"
assert bool(paddle.all(y == conv.bias.reshape([1, -1, 1, 1]))), "y != bias"
assert positional_bias == "TypeError"
