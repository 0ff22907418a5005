# device and dtype place and type the parameters at construction.
import paddle

paddle.seed(0)
default = paddle.nn.Conv2D(2, 3, 3)
print("default:", default.weight.dtype, default.weight.place)
# A string or a paddle dtype both work.
convs = [paddle.nn.Conv2D(2, 3, 3, device="cpu", dtype=dtype)
         for dtype in ("float64", paddle.float64)]
for conv in convs:
    print("asked:  ", conv.weight.dtype, conv.bias.dtype, conv.weight.place)

# The input must have the parameters' dtype; nothing is cast for you.
x = paddle.randn([1, 2, 5, 5])  # float32
refused = []
try:
    conv(x)
except ValueError:
    refused.append("float32 input")
y = conv(x.astype("float64"))
print("float32 input: ValueError; float64 input:", y.dtype)

# Checks
assert paddle.get_default_dtype() == "float32"
assert default.weight.dtype == paddle.float32
for conv in convs:
    assert conv.weight.dtype == conv.bias.dtype == paddle.float64
    assert conv.weight.place.is_cpu_place()
assert y.dtype == paddle.float64
assert refused == ["float32 input"], refused
