"""The converter refuses what it cannot place, naming the key and both
shapes, or the setting and both values."""
import copy

import numpy as np
import paddle
import torch

import model_paddle
import model_torch
from convert_checkpoint import (ConversionError, paddle_to_torch,
                                torch_to_paddle)

torch.manual_seed(0)
model = model_torch.Net()
x = torch.from_numpy(
    np.random.default_rng(0).random((4, 1, 8, 8), dtype=np.float32))


def checkpoint_of(opt, sched=None):
    """The checkpoint after one step of opt."""
    opt.zero_grad()
    torch.nn.functional.cross_entropy(model(x), torch.arange(4)).backward()
    opt.step()
    return {"model": model.state_dict(), "optimizer": opt.state_dict(),
            **({"scheduler": sched.state_dict()} if sched else {})}


opt = model_torch.make_optimizer("Adam", model, 0.01)
sched = model_torch.make_scheduler("StepLR", opt)
good = checkpoint_of(opt, sched)
sgd = torch.optim.SGD(model.parameters(), 0.01, momentum=0.9)
rmsprop = torch.optim.RMSprop(model.parameters(), 0.01)


def changed(change, checkpoint=None):
    checkpoint = copy.deepcopy(checkpoint or good)
    change(checkpoint)
    return checkpoint


fc = [n for n, _ in model.named_parameters()].index("fc.weight")
attempts = {
    # a layer the Paddle model does not have
    "unknown key": changed(lambda c: c["model"].update(
        {"head.weight": torch.zeros(5, 128)})),
    # a checkpoint for 5 classes, a model for 10
    "wrong shape": changed(lambda c: c["optimizer"]["state"][fc].update(
        exp_avg=torch.zeros(5, 128))),
    # RMSprop's state
    "unknown state": changed(lambda c: c["optimizer"]["state"][fc].update(
        square_avg=torch.zeros(10, 128))),
    # another beta2 than the target's
    "other setting": changed(lambda c: c["optimizer"]["param_groups"][0]
                             .update(betas=(0.9, 0.99))),
    # SGD's state for Paddle's Adam
    "other optimizer": dict(checkpoint_of(sgd), scheduler=good["scheduler"]),
    # an optimizer the converter does not know
    "unknown optimizer": dict(checkpoint_of(rmsprop),
                              scheduler=good["scheduler"]),
}
refusals = {}
for case, checkpoint in attempts.items():
    paddle.seed(0)
    # names counted from 0, as in a fresh process
    with paddle.utils.unique_name.guard():
        p_model = model_paddle.Net()
        p_sched = model_paddle.make_scheduler("StepLR", 0.01)
        p_opt = model_paddle.make_optimizer("Adam", p_model, p_sched)
        try:
            torch_to_paddle(checkpoint, model, p_model, p_opt)
        except ConversionError as error:
            refusals[case] = str(error)
            print(f"{case}: {error}")

# the other direction: a Paddle state of a parameter the model lacks
saved = {"model": p_model.state_dict(),
         "optimizer": {"linear_99.w_0_moment1_0": np.zeros((128, 10)),
                       "LR_Scheduler": {"last_epoch": 1, "last_lr": 0.01}}}
try:
    paddle_to_torch(saved, p_model, model, opt, sched)
except ConversionError as error:
    refusals["Paddle → PyTorch"] = str(error)
    print(f"Paddle → PyTorch: {error}")

# parameter groups: PyTorch's three groups of Adam with a StepLR
grouped = model_torch.make_optimizer("Adam", model, 0.01, grouped=True)
g_sched = model_torch.make_scheduler("StepLR", grouped)
g_good = checkpoint_of(grouped, g_sched)
unnamed = torch.optim.Adam(  # the same groups, without the names
    [dict(g, params=[p for _, p in g["params"]])
     for g in model_torch.groups(model, 0.01)], 0.01)


def swapped(c):
    """bn.weight and fc.bias, both in group 1, change names."""
    names = c["optimizer"]["param_groups"][1]["param_names"]
    names[0], names[-1] = names[-1], names[0]


group_attempts = {
    # groups whose checkpoint does not say which parameter is which
    "groups without names": (dict(checkpoint_of(unnamed),
                                  scheduler=g_sched.state_dict()), True),
    # Paddle decays every parameter; PyTorch's group 1 does not
    "no group in Paddle": (g_good, False),
    # a state under the name of a parameter of another shape
    "state of another shape": (changed(swapped, g_good), True),
}
for case, (checkpoint, grouped_target) in group_attempts.items():
    paddle.seed(0)
    with paddle.utils.unique_name.guard():
        p_model = model_paddle.Net()
        p_sched = model_paddle.make_scheduler("StepLR", 0.01)
        p_opt = model_paddle.make_optimizer("Adam", p_model, p_sched,
                                            grouped=grouped_target)
        try:
            torch_to_paddle(checkpoint, model, p_model, p_opt)
        except ConversionError as error:
            refusals[case] = str(error)
            print(f"{case}: {error}")

# from Paddle's three groups (the backbone's factor 0.1) to one
# PyTorch group: no single Paddle learning rate gives PyTorch's rates
saved = {"model": p_model.state_dict(),
         "optimizer": {"LR_Scheduler": {"last_epoch": 1, "last_lr": 0.01}}}
try:
    paddle_to_torch(saved, p_model, model, opt, sched)
except ConversionError as error:
    refusals["groups → one group"] = str(error)
    print(f"groups → one group: {error}")

# Checks
assert list(refusals) == [*attempts, "Paddle → PyTorch", *group_attempts,
                          "groups → one group"]
assert "'head.weight' (5, 128)" in refusals["unknown key"]
assert "(5, 128), transposed to (128, 5)," in refusals["wrong shape"]
assert "_moment1_" in refusals["wrong shape"]
assert "(128, 10)" in refusals["wrong shape"]
assert "'square_avg'" in refusals["unknown state"]
assert "0.99" in refusals["other setting"]
assert "0.999" in refusals["other setting"]
assert "to paddle.optimizer.Momentum" in refusals["other optimizer"]
assert "is paddle.optimizer.Adam" in refusals["other optimizer"]
assert "'square_avg'" in refusals["unknown optimizer"]
assert "'alpha'" in refusals["unknown optimizer"]
assert "'linear_99.w_0_moment1_0' (128, 10)" in refusals["Paddle → PyTorch"]
assert "3 parameter groups of [1, 3, 1] parameters" in refusals[
    "groups without names"]
assert "group 1 ('bn.weight'), weight_decay" in refusals[
    "no group in Paddle"]
assert "has 0.0, the target 0.0001" in refusals["no group in Paddle"]
assert "of 'fc.bias' (group 1) (8,) does not fit" in refusals[
    "state of another shape"]
assert "(10,)" in refusals["state of another shape"]
assert "group 0: 'bn.weight' has the factor 1.0" in refusals[
    "groups → one group"]
assert "'conv.weight' of the same group 0.1" in refusals[
    "groups → one group"]
