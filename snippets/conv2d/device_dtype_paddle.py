# device and dtype place and type the parameters at construction.
import paddle

paddle.seed(0)
conv = paddle.nn.Conv2D(2, 3, 3)
print("default:", conv.weight.dtype, conv.weight.place)
assert paddle.get_default_dtype() == "float32"
assert conv.weight.dtype == paddle.float32

# A string or a paddle dtype both work.
for dtype in ("float64", paddle.float64):
    conv = paddle.nn.Conv2D(2, 3, 3, device="cpu", dtype=dtype)
    print("asked:  ", conv.weight.dtype, conv.bias.dtype, conv.weight.place)
    assert conv.weight.dtype == conv.bias.dtype == paddle.float64
    assert conv.weight.place.is_cpu_place()

# The input must have the parameters' dtype; nothing is cast for you.
x = paddle.randn([1, 2, 5, 5])  # float32
try:
    conv(x)
except ValueError:
    print("float32 input: ValueError")
else:
    raise AssertionError("a float32 input was accepted")
y = conv(x.astype("float64"))
print("float64 input:", y.dtype)
assert y.dtype == paddle.float64
