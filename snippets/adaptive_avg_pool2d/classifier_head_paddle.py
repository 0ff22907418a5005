import numpy as np
import paddle

paddle.seed(0)
features = paddle.nn.Sequential(
    paddle.nn.Conv2D(3, 8, kernel_size=3, padding=1), paddle.nn.ReLU(),
    paddle.nn.Conv2D(8, 16, kernel_size=3, stride=2), paddle.nn.ReLU())
# the pool fixes the spatial size, so the head's input size is fixed
pool = paddle.nn.AdaptiveAvgPool2D((2, 2))
head = paddle.nn.Linear(16 * 2 * 2, 10)

rng = np.random.default_rng(0)
feature_shapes, head_shapes = [], []
for size in [(32, 32), (45, 60)]:
    x_np = rng.standard_normal((4, 3, *size)).astype(np.float32)
    x = paddle.to_tensor(x_np)
    f = features(x)
    z = paddle.flatten(pool(f), 1)
    y = head(z)
    print(f"input {list(x.shape)} -> features {list(f.shape)}")
    print(f"    -> head input {list(z.shape)} -> logits {list(y.shape)}")
    feature_shapes.append(list(f.shape))
    head_shapes.append(list(z.shape))

# Checks: different feature maps, one head input shape.
assert feature_shapes[0] != feature_shapes[1], feature_shapes
assert head_shapes[0] == head_shapes[1], head_shapes
