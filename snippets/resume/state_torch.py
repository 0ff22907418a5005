"""What a PyTorch checkpoint holds after 3 steps of AdamW."""
import numpy as np
import torch

import model_torch

torch.manual_seed(0)
x = torch.from_numpy(
    np.random.default_rng(0).random((4, 1, 8, 8), dtype=np.float32))
y = torch.arange(4)
model = model_torch.Net()
opt = model_torch.make_optimizer("AdamW", model, 0.01)
sched = model_torch.make_scheduler("CosineAnnealingLR", opt)
for _ in range(3):
    loss = torch.nn.functional.cross_entropy(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    sched.step()

torch_state = opt.state_dict()
names = [n for n, _ in model.named_parameters()]
for i, state in torch_state["state"].items():
    print(i, names[i], {k: tuple(v.shape) if v.ndim else v.item()
                        for k, v in state.items()})
print("param_groups:", {k: v for k, v in torch_state["param_groups"][0]
                        .items() if k in ("lr", "betas", "params")})
print("scheduler:", {k: v for k, v in sched.state_dict().items()
                     if k in ("last_epoch", "_last_lr", "T_max")})

# Checks
assert list(torch_state["state"][names.index("fc.weight")]
            ["exp_avg"].shape) == [10, 128]
assert sched.state_dict()["last_epoch"] == 3
