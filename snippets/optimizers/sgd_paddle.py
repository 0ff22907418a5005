# Paddle: Momentum, not SGD (which has no momentum); use_nesterov; a
# float weight_decay is the same L2 term added to the gradient.
import numpy as np
import paddle

rng = np.random.default_rng(0)
weight = rng.standard_normal((2, 3)).astype(np.float32)  # [out, in]
xs = rng.standard_normal((3, 5, 3)).astype(np.float32)  # 3 batches
linear = paddle.nn.Linear(3, 2, bias_attr=False)
linear.weight.set_value(weight.T)  # Paddle stores [in, out]
optimizer = paddle.optimizer.Momentum(
    learning_rate=0.1, momentum=0.9, use_nesterov=True, weight_decay=0.01,
    parameters=linear.parameters())
for x in xs:
    loss = linear(paddle.to_tensor(x)).square().mean()
    optimizer.clear_grad()
    loss.backward()
    optimizer.step()
print("weight after 3 steps:\n", np.round(linear.weight.numpy().T, 4))

# Checks: g += wd * w; v = momentum * v + g; w -= lr * (g + momentum * v)
w, v = weight.astype(np.float64), 0.0
for x in xs:
    y = x @ w.T
    g = 2 * y.T @ x / y.size + 0.01 * w  # d(mean y^2)/dw
    v = 0.9 * v + g
    w = w - 0.1 * (g + 0.9 * v)
np.testing.assert_allclose(linear.weight.numpy().T, w, 1e-5, 1e-6)
