# A layer is part of a model: its weight and bias are registered, so
# the optimizer and state_dict find them without being told.
import paddle
import paddle.nn.functional as PF

paddle.seed(0)


class TinyNet(paddle.nn.Layer):
    def __init__(self):
        super().__init__()
        self.conv = paddle.nn.Conv2D(3, 8, 3, padding=1)
        self.head = paddle.nn.Linear(8, 2)

    def forward(self, x):
        y = PF.relu(self.conv(x))
        return self.head(y.mean(axis=(2, 3)))  # average over H and W


model = TinyNet()
for name, p in model.named_parameters():
    print(f"{name:12} {list(p.shape)}")
n_params = sum(int(p.size) for p in model.parameters())

# One step of gradient descent over model.parameters(), the list an
# optimizer receives, moves the conv weight.
lr = 0.1
x = paddle.randn([4, 3, 8, 8])
target = paddle.to_tensor([0, 1, 0, 1])
before = model.conv.weight.numpy().copy()
loss = PF.cross_entropy(model(x), target)
loss.backward()
with paddle.no_grad():  # the update itself is not part of the model
    for p in model.parameters():
        p.set_value(p - lr * p.grad)
change = float(abs(model.conv.weight.numpy() - before).max())
print(f"loss {float(loss):.4f}, largest conv.weight change {change:.4f}")

# Checks: the layer's parameters are registered, saved and trained.
assert n_params == (8 * 3 * 3 * 3 + 8) + (8 * 2 + 2), f"{n_params}"
assert "conv.weight" in model.state_dict(), "conv.weight not saved"
# Porting detail: paddle.nn.Linear stores its weight as [in, out].
assert list(model.head.weight.shape) == [8, 2]
assert change > 0, "the optimizer did not update conv.weight"
