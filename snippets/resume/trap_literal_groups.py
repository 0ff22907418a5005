"""PyTorch's parameter groups copied into Paddle as written: the same
dicts, the same keys. Each Paddle optimizer trains m steps next to
PyTorch's from the same weights; the converter refuses the wrong
ones."""
import numpy as np
import paddle
import torch

import model_paddle
import model_torch
from convert_checkpoint import ConversionError, torch_to_paddle
from resume_both_ways import LR, TOL, batches, gap, m, torch_run

lr = LR["AdamW"]
model, opt, sched = torch_run("AdamW", "CosineAnnealingLR", grouped=True)
start = {"model": model.state_dict(), "optimizer": opt.state_dict(),
         "scheduler": sched.state_dict()}  # before the first step
written = model_torch.groups(model, lr)  # the dicts of the script


def literal(p_model, rename):
    """Paddle groups with the keys of the PyTorch script."""
    params = dict(p_model.named_parameters())
    return [{rename.get(key, key): [params[n] for n, _ in value]
             if key == "params" else value for key, value in group.items()}
            for group in written]


ports = {
    "factor 0.1 (the port)": model_paddle.groups,
    "as written ('lr')": lambda p: literal(p, {}),
    "'lr' as 'learning_rate'": lambda p: literal(p, {"lr": "learning_rate"}),
}
runs, refusals = {}, {}
for label, make_groups in ports.items():
    paddle.seed(0)
    p_model = model_paddle.Net()
    p_sched = model_paddle.make_scheduler("CosineAnnealingLR", lr)
    p_opt = paddle.optimizer.AdamW(p_sched, parameters=make_groups(p_model),
                                   weight_decay=0.01)
    try:
        state = torch_to_paddle(start, model, p_model, p_opt)
    except ConversionError as error:
        refusals[label] = str(error)
    p_model.set_state_dict(state["model"])  # the port's, for all three
    runs[label] = model_paddle.train(p_model, p_opt, p_sched, batches[:m])
original = model_torch.train(model, opt, sched, batches[:m])
gaps = {label: gap(original, run) for label, run in runs.items()}
for label, g in gaps.items():
    print(f"{label:24}: largest difference after {m} steps {g.max():.1e}")
for label, message in refusals.items():
    print(f"converter, {label}: {message}")



def adam_step(group):
    """One step of Paddle's Adam on a weight of ones, with these keys in
    its group."""
    w = paddle.create_parameter([3], "float32")
    w.set_value(np.ones(3, np.float32))
    adam = paddle.optimizer.Adam(lr, parameters=[{"params": [w], **group}])
    (w * w).sum().backward()
    adam.step()
    return w.numpy()


# PyTorch's lr, betas and eps in a Paddle group: ignored; Paddle's own
# epsilon is not
plain = adam_step({})
ignored = np.array_equal(plain, adam_step(
    {"lr": 1.0, "betas": (0.5, 0.5), "eps": 1.0}))
print(f"'lr', 'betas', 'eps' in a Paddle group change the step: "
      f"{not ignored}")
# A PyTorch script's "weight_decay": 0 (an int) in a Paddle group of
# Adam or Momentum: a TypeError at the first step
try:
    adam_step({"weight_decay": 0})
except TypeError as error:
    int_error = str(error)
    print(f"'weight_decay': 0 in a Paddle group: TypeError: {error}")

# Checks: only the factor trains like PyTorch; the converter refuses
# the other two, naming the group and both rates
assert gaps["factor 0.1 (the port)"].max() < TOL
assert list(refusals) == list(ports)[1:]
for label in refusals:
    assert gaps[label].max() > 1000 * TOL
    assert "group 0" in refusals[label] and "0.001" in refusals[label]
assert ignored and not np.array_equal(plain, adam_step({"epsilon": 1.0}))
assert "'int' object is not callable" in int_error
