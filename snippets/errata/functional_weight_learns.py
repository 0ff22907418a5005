"""The functional conv2d can be called anywhere, not only inside a
model's forward, and a weight passed to it is trained like a layer's."""
import numpy as np
import paddle
import paddle.nn.functional as PF
import torch
import torch.nn.functional as F

rng = np.random.default_rng(0)
x_np = rng.standard_normal((1, 1, 6, 6)).astype(np.float32)
target = np.zeros((1, 1, 4, 4), dtype=np.float32)
w_np = rng.standard_normal((1, 1, 3, 3)).astype(np.float32)
lr = 0.01

# Plain module-level code: no nn.Module, no forward method.
torch_x, torch_w = torch.from_numpy(x_np), torch.tensor(w_np)
torch_w.requires_grad_(True)
paddle_x = paddle.to_tensor(x_np)
paddle_w = paddle.to_tensor(w_np, stop_gradient=False)
losses = {}
for step in range(2):
    torch_loss = ((F.conv2d(torch_x, torch_w)
                   - torch.from_numpy(target)) ** 2).mean()
    paddle_loss = ((PF.conv2d(paddle_x, paddle_w)
                    - paddle.to_tensor(target)) ** 2).mean()
    torch_loss.backward()
    paddle_loss.backward()
    np.testing.assert_allclose(paddle_w.grad.numpy(),
                               torch_w.grad.numpy(), rtol=1e-4, atol=1e-5)
    with torch.no_grad():  # one plain gradient-descent step
        torch_w -= lr * torch_w.grad
        torch_w.grad = None
    with paddle.no_grad():
        paddle_w.set_value(paddle_w - lr * paddle_w.grad)
    paddle_w.clear_gradient()
    losses[step] = (torch_loss.item(), float(paddle_loss))
    print(f"step {step}: loss torch {losses[step][0]:.4f}, "
          f"paddle {losses[step][1]:.4f}")
for framework in (0, 1):
    assert losses[1][framework] < losses[0][framework], losses
print("the passed weight learned in both frameworks")
