# groups splits the channels: a depthwise conv (groups = in_channels)
# against a dense one, and what "split" means.
import paddle

paddle.seed(0)
channels, k = 32, 3
x = paddle.randn([1, channels, 16, 16])


def n_params(layer):
    return sum(int(p.size) for p in layer.parameters())


dense = paddle.nn.Conv2D(channels, channels, k)
depthwise = paddle.nn.Conv2D(channels, channels, k, groups=channels)
for name, conv in (("dense", dense), ("depthwise", depthwise)):
    print(f"{name:9} weight {list(conv.weight.shape)}, "
          f"y {list(conv(x).shape)}, parameters {n_params(conv)}")

# With groups=2, outputs 0..2 see only inputs 0..1: changing input
# channel 3 moves outputs 3..5 and leaves outputs 0..2 alone.
conv = paddle.nn.Conv2D(4, 6, k, groups=2)
x_small = paddle.randn([1, 4, 8, 8])
x_changed = x_small.clone()
x_changed[:, 3] += 1.0
diff = (conv(x_changed) - conv(x_small)).abs().amax(axis=(0, 2, 3))
print("groups=2, change input 3 -> |change| per output:",
      diff.numpy().round(4))

# Input channels must divide by groups at construction; output
# channels are only checked when the layer first runs.
errors = []
try:
    paddle.nn.Conv2D(3, 6, k, groups=2)
except ValueError as err:
    errors.append("construction")
    print("Conv2D(3, 6, groups=2): ValueError:", err)
late = paddle.nn.Conv2D(4, 6, k, groups=4)  # accepted
try:
    late(x_small)
except ValueError:
    errors.append("first call")
    print("Conv2D(4, 6, groups=4): ValueError on the first call")

# Checks: weight [C_out, C_in / groups, kH, kW] plus one bias per output
# channel; same output shape; groups do not mix; when counts are checked.
assert n_params(dense) == channels * channels * k * k + channels
assert n_params(depthwise) == channels * 1 * k * k + channels
assert dense(x).shape == depthwise(x).shape
assert bool(paddle.all(diff[:3] == 0)) and bool(paddle.all(diff[3:] > 0))
assert errors == ["construction", "first call"], errors
