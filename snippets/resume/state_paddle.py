"""What a Paddle checkpoint holds after 3 steps of AdamW."""
import numpy as np
import paddle

import model_paddle

paddle.seed(0)
x = paddle.to_tensor(
    np.random.default_rng(0).random((4, 1, 8, 8), dtype=np.float32))
y = paddle.arange(4)
model = model_paddle.Net()
sched = model_paddle.make_scheduler("CosineAnnealingLR", 0.01)
opt = model_paddle.make_optimizer("AdamW", model, sched)
for _ in range(3):
    loss = paddle.nn.functional.cross_entropy(model(x), y)
    opt.clear_grad()
    loss.backward()
    opt.step()
    sched.step()

paddle_state = opt.state_dict()
names = {p.name: n for n, p in model.named_parameters()}
for key, value in paddle_state.items():
    if key == "LR_Scheduler":
        print("LR_Scheduler:", value)
        continue
    param = next(p for p in names if key.startswith(p + "_"))
    shown = (tuple(value.shape) if value.size > 1
             else float(value.numpy()[0]))
    print(key, f"({names[param]})", shown)

# Checks
fc_w = model.fc.weight.name
assert paddle_state[fc_w + "_moment1_0"].shape == [128, 10]
beta1_pow = paddle_state[fc_w + "_beta1_pow_acc_0"].numpy()[0]
np.testing.assert_allclose(beta1_pow, 0.9 ** 4, rtol=1e-6)  # t + 1 = 4
assert paddle_state["LR_Scheduler"]["last_epoch"] == 3
