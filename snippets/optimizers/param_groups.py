"""No weight decay on biases and normalization weights, and a tenth of
the learning rate for the backbone: PyTorch's parameter groups and two
ways to write them in Paddle."""
import re
import warnings

import numpy as np
import paddle
import torch

# Paddle's BatchNorm2D warns on each training call that it tracks
# running statistics; that is expected here.
warnings.filterwarnings("ignore", message="When training, we now")
torch.set_num_threads(1)
rng = np.random.default_rng(5)
x_all = rng.standard_normal((20, 8, 1, 6, 6)).astype(np.float32)
y_all = rng.integers(0, 3, (20, 8))
lr, wd, backbone_ratio = 1e-2, 0.1, 0.1

torch.manual_seed(0)
torch_net = torch.nn.Sequential(  # backbone: 0, 1; head: 4
    torch.nn.Conv2d(1, 4, 3, bias=False), torch.nn.BatchNorm2d(4), torch.nn.ReLU(),
    torch.nn.Flatten(), torch.nn.Linear(64, 3))


def paddle_net():
    """The same network in Paddle, with PyTorch's weights."""
    net = paddle.nn.Sequential(
        paddle.nn.Conv2D(1, 4, 3, bias_attr=False),
        paddle.nn.BatchNorm2D(4),
        paddle.nn.ReLU(), paddle.nn.Flatten(), paddle.nn.Linear(64, 3))
    state = {k: v.detach().numpy() for k, v in torch_net.state_dict().items()}
    for name, p in net.named_parameters():
        key = name.replace("_mean", "running_mean").replace(
            "_variance", "running_var")
        value = state[key]
        p.set_value(value.T if name == "4.weight" else value)  # [in, out]
    return net


def no_decay(name, p):
    """Biases and normalization weights: every 1-D parameter."""
    return p.ndim == 1


# PyTorch: four groups, each with its own lr and weight_decay
groups = []
for part, part_lr in (("backbone", lr * backbone_ratio), ("head", lr)):
    named = [(n, p) for n, p in torch_net.named_parameters()
             if (n[0] in "01") == (part == "backbone")]
    groups += [
        {"params": [p for n, p in named if not no_decay(n, p)],
         "lr": part_lr, "weight_decay": wd},
        {"params": [p for n, p in named if no_decay(n, p)],
         "lr": part_lr, "weight_decay": 0.0}]
torch_opt = torch.optim.AdamW(groups, lr=lr, weight_decay=wd)

# Paddle, way 1: the same groups, but "learning_rate" in a group is a
# factor on the optimizer's learning rate, not a learning rate
net_1 = paddle_net()
trainable = [(n, p) for n, p in net_1.named_parameters()
             if not p.stop_gradient]  # not BatchNorm's running statistics
paddle_groups = []
for part, factor in (("backbone", backbone_ratio), ("head", 1.0)):
    named = [(n, p) for n, p in trainable
             if (n[0] in "01") == (part == "backbone")]
    paddle_groups += [
        {"params": [p for n, p in named if not no_decay(n, p)],
         "learning_rate": factor, "weight_decay": wd},
        {"params": [p for n, p in named if no_decay(n, p)],
         "learning_rate": factor, "weight_decay": 0.0}]
opt_1 = paddle.optimizer.AdamW(lr, parameters=paddle_groups,
                               weight_decay=wd)

# Paddle, way 2: apply_decay_param_fun receives each parameter's
# internal name (p.name, e.g. linear_0.w_0), not its name in the model;
# a factor in the parameter's optimize_attr lowers the backbone's rate
net_2 = paddle_net()
decay_names = {p.name for n, p in net_2.named_parameters()
               if not no_decay(n, p)}
for n, p in net_2.named_parameters():
    if n[0] in "01":
        p.optimize_attr["learning_rate"] = backbone_ratio
opt_2 = paddle.optimizer.AdamW(
    lr, parameters=[p for p in net_2.parameters() if not p.stop_gradient],
    weight_decay=wd, apply_decay_param_fun=lambda name: name in decay_names)

for x, y in zip(x_all, y_all):
    loss = torch.nn.functional.cross_entropy(torch_net(torch.from_numpy(x)),
                                             torch.from_numpy(y))
    torch_opt.zero_grad()
    loss.backward()
    torch_opt.step()
    for net, opt in ((net_1, opt_1), (net_2, opt_2)):
        loss = paddle.nn.functional.cross_entropy(
            net(paddle.to_tensor(x)), paddle.to_tensor(y))
        opt.clear_grad()
        loss.backward()
        opt.step()

want = {n: p.detach().numpy() for n, p in torch_net.named_parameters()}
gap = {}
for way, net in (("groups", net_1), ("apply_decay_param_fun", net_2)):
    gap[way] = max(float(np.abs(
        (p.numpy().T if n == "4.weight" else p.numpy()) - want[n]).max())
        for n, p in net.named_parameters() if not p.stop_gradient)
    print(f"Paddle {way:22}: largest weight gap after {len(x_all)} steps "
          f"{gap[way]:.1e}")
# the number in an internal name counts the layers of its kind made
# before it in the process
print("internal names:", sorted(re.sub(r"_\d+\.", "_*.", n)
                               for n in decay_names))

# A group's "learning_rate" multiplies the optimizer's: PyTorch's
# "lr": 1e-3 copied as "learning_rate": 1e-3 trains at 1e-3 * lr.
w = paddle.create_parameter([3], "float32")
w.set_value(np.zeros(3, np.float32))
sgd = paddle.optimizer.SGD(0.1, parameters=[{"params": [w],
                                             "learning_rate": 1e-3}])
w.sum().backward()  # gradient 1
sgd.step()
step_size = -float(w.numpy()[0])
print(f"SGD(0.1) with a group learning_rate of 0.001: step {step_size:.0e}")

# Checks: both ways train like PyTorch's groups; the factor multiplies.
assert max(gap.values()) < 1e-5, gap
np.testing.assert_allclose(step_size, 0.1 * 1e-3, rtol=1e-5)
