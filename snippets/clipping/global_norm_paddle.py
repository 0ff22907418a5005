# Clip by the global norm: Paddle passes the clipper to the optimizer,
# which scales all gradients together inside step().
import numpy as np
import paddle

rng = np.random.default_rng(0)
weight = rng.standard_normal((2, 3)).astype(np.float32)  # [out, in]
x = rng.standard_normal((5, 3)).astype(np.float32)
y = (rng.standard_normal((5, 2)) * 10).astype(np.float32)  # big loss
linear = paddle.nn.Linear(3, 2)
linear.weight.set_value(weight.T)  # Paddle stores [in, out]
linear.bias.set_value(np.zeros(2, np.float32))
optimizer = paddle.optimizer.SGD(
    learning_rate=0.1, parameters=linear.parameters(),
    grad_clip=paddle.nn.ClipGradByGlobalNorm(clip_norm=1.0))
loss = paddle.nn.MSELoss()(linear(paddle.to_tensor(x)),
                           paddle.to_tensor(y))
loss.backward()
grads = [p.grad.numpy().copy() for p in linear.parameters()]
optimizer.step()
norm = np.sqrt(sum((g.astype(np.float64) ** 2).sum() for g in grads))
print(f"global norm before clipping: {norm:.4f}")
print("weight after one step:\n", np.round(linear.weight.numpy().T, 4))

# Checks: the step used the gradients scaled to norm 1.
want = weight - 0.1 * grads[0].T / norm
np.testing.assert_allclose(linear.weight.numpy().T, want, 1e-5, 1e-6)
