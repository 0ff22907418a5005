# Paddle has ZeroPad2D and Pad2D, whose mode argument picks the mode.
import numpy as np
import paddle

x = paddle.arange(1.0, 13.0).reshape([1, 1, 3, 4])
padding = [1, 2, 0, 1]  # the same order: left, right, top, bottom
layers = {
    "zeros": paddle.nn.ZeroPad2D(padding),
    "constant 9": paddle.nn.Pad2D(padding, value=9.0),
    "reflect": paddle.nn.Pad2D(padding, mode="reflect"),
    "replicate": paddle.nn.Pad2D(padding, mode="replicate"),
    "circular": paddle.nn.Pad2D(padding, mode="circular"),
}
outputs = {name: layer(x)[0, 0].numpy() for name, layer in layers.items()}
for name, y in outputs.items():
    print(f"{name:10} {list(y.shape)}, first row {y[0].astype(int)}")

# Checks: each layer is np.pad with its mode, widths (top, bottom) and
# (left, right).
numpy_args = {"zeros": {}, "constant 9": {"constant_values": 9.0},
              "reflect": {"mode": "reflect"}, "replicate": {"mode": "edge"},
              "circular": {"mode": "wrap"}}
for name, y in outputs.items():
    want = np.pad(x[0, 0].numpy(), ((0, 1), (1, 2)), **numpy_args[name])
    np.testing.assert_array_equal(y, want)
