# The layer is the function plus stored parameters and settings: calling
# conv2d with the layer's weight, bias and settings gives its output.
import paddle
import paddle.nn.functional as PF

paddle.seed(0)
x = paddle.randn([2, 4, 11, 12])

# Paddle keeps the settings private: hold on to them yourself.
opts = dict(stride=2, padding=1, dilation=2, groups=2)
conv = paddle.nn.Conv2D(4, 6, 3, **opts)
print("settings", opts)
y_layer = conv(x)
y_function = PF.conv2d(x, conv.weight, conv.bias, **opts)
print("layer", list(y_layer.shape), "function", list(y_function.shape))

# padding_mode exists only in the layer: the function needs PF.pad first.
reflect = paddle.nn.Conv2D(4, 6, 3, padding=1, padding_mode="reflect")
y_reflect_layer = reflect(x)
y_reflect_function = PF.conv2d(PF.pad(x, [1, 1, 1, 1], mode="reflect"),
                               reflect.weight, reflect.bias)
print("reflect: layer", list(y_reflect_layer.shape),
      "PF.pad + function", list(y_reflect_function.shape))

# Checks: equal bit for bit, no tolerance; the settings are not public.
assert not hasattr(conv, "stride"), "settings are not public"
assert bool(paddle.equal_all(y_layer, y_function)), "layer != function"
assert bool(paddle.equal_all(y_reflect_layer, y_reflect_function))
