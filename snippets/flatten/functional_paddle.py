# The function starts at axis 0: without a start it flattens the batch
# axis too. Older code often reshapes instead of flattening.
import paddle

x = paddle.zeros([2, 3, 4, 5])
shapes = {
    "paddle.flatten(x)": paddle.flatten(x),
    "paddle.flatten(x, 1)": paddle.flatten(x, 1),
    "x.flatten(1)": x.flatten(1),
    "x.reshape([x.shape[0], -1])": x.reshape([x.shape[0], -1]),
}
for name, y in shapes.items():
    print(f"{name:28} {list(y.shape)}")

# Checks: the layer is the function from axis 1
assert list(shapes["paddle.flatten(x)"].shape) == [2 * 3 * 4 * 5]
for y in list(shapes.values())[1:]:
    assert bool(paddle.equal_all(y, paddle.nn.Flatten()(x)))
