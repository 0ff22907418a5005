# Switching the bias off, and choosing initial values with ParamAttr.
import paddle

paddle.seed(0)
x = paddle.zeros([1, 2, 5, 5])  # a zero input shows the bias alone

for kwargs in ({"bias_attr": False}, {"bias": False}):
    conv = paddle.nn.Conv2D(2, 3, 3, **kwargs)
    n_params = sum(int(p.size) for p in conv.parameters())
    print(f"{kwargs}: conv.bias is", conv.bias, "| parameters:", n_params)
    assert conv.bias is None, "bias should be None"
    assert n_params == conv.weight.size, f"{n_params} parameters"
    assert float(conv(x).abs().max()) == 0, "no bias: zero in, zero out"

# Initial values: weight_attr and bias_attr take a ParamAttr.
init = paddle.nn.initializer
conv = paddle.nn.Conv2D(
    2, 3, 3,
    weight_attr=paddle.ParamAttr(initializer=init.Constant(0.0)),
    bias_attr=paddle.ParamAttr(initializer=init.Constant(0.5)),
)
y = conv(x)
print("bias set to 0.5: y[0, :, 0, 0] =", y[0, :, 0, 0].tolist())
assert bool(paddle.all(y == conv.bias.reshape([1, -1, 1, 1]))), "y != bias"
