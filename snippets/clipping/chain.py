"""The whole training chain in both frameworks: an optimizer, its weight
decay, a learning-rate schedule and gradient clipping, on the digits MLP
of the Optimizers page (same weights, same batches). Each setting is
written the way the pages port it."""
import sys
from pathlib import Path

import paddle
import torch

# the MLP and the OneCycleLR port live with their pages' snippets
SNIPPETS = Path(__file__).resolve().parent.parent
sys.path += [str(SNIPPETS / "optimizers"), str(SNIPPETS / "schedules")]
from mlp import batches, gaps, init, x_all, y_all  # noqa: E402
from one_cycle_port import (  # noqa: E402
    one_cycle_lr, one_cycle_momentum, set_momentum)

T, P = torch.optim, paddle.optimizer
S, L = torch.optim.lr_scheduler, paddle.optimizer.lr
WD = 1e-2

# name: (PyTorch optimizer, keywords), (Paddle optimizer, keywords), lr
OPTIMIZERS = {
    "SGD": ((T.SGD, {}), (P.SGD, {}), 0.1),
    "SGD, momentum": ((T.SGD, {"momentum": 0.9}),
                      (P.Momentum, {"momentum": 0.9}), 0.1),
    "SGD, Nesterov": ((T.SGD, {"momentum": 0.9, "nesterov": True}),
                      (P.Momentum, {"momentum": 0.9, "use_nesterov": True}),
                      0.1),
    "Adam": ((T.Adam, {}), (P.Adam, {}), 0.01),
    "Adam, amsgrad": ((T.Adam, {"amsgrad": True}),
                      (P.Adam, {"amsgrad": True}), 0.01),
    "AdamW": ((T.AdamW, {}), (P.AdamW, {}), 0.01),
    "AdamW, amsgrad": ((T.AdamW, {"amsgrad": True}),
                       (P.AdamW, {"amsgrad": True}), 0.01),
    # eps outside the square root in PyTorch, inside in Paddle
    "RMSprop": ((T.RMSprop, {"alpha": 0.9, "eps": 1e-10}),
                (P.RMSProp, {"rho": 0.9, "epsilon": 1e-20}), 1e-3),
    "RMSprop, centered": (
        (T.RMSprop, {"alpha": 0.9, "eps": 1e-10, "momentum": 0.5,
                     "centered": True}),
        (P.RMSProp, {"rho": 0.9, "epsilon": 1e-20, "momentum": 0.5,
                     "centered": True}), 1e-3),
}

# Weight decay: added to the gradient (L2) by SGD, Adam and RMSprop,
# decoupled by AdamW; on no parameter, on all, or on the weights only
# (parameter groups in both: Paddle's group weight_decay means the same)
DECAY = {"none": (), "all": (0, 1, 2, 3), "weights only": (0, 2)}

# name: (PyTorch scheduler, Paddle scheduler), each made from the base lr
# and the number of steps; None: a constant learning rate
SCHEDULES = {
    "constant": (None, None),
    "StepLR": (lambda o, lr, n: S.StepLR(o, step_size=15, gamma=0.5),
               lambda lr, n: L.StepDecay(lr, step_size=15, gamma=0.5)),
    "MultiStepLR": (
        lambda o, lr, n: S.MultiStepLR(o, milestones=[20, 40], gamma=0.3),
        lambda lr, n: L.MultiStepDecay(lr, milestones=[20, 40], gamma=0.3)),
    "CosineAnnealingLR": (
        lambda o, lr, n: S.CosineAnnealingLR(o, T_max=n, eta_min=lr / 100),
        lambda lr, n: L.CosineAnnealingDecay(lr, T_max=n, eta_min=lr / 100)),
    "LambdaLR": (lambda o, lr, n: S.LambdaLR(o, lambda e: 0.97 ** e),
                 lambda lr, n: L.LambdaDecay(lr, lambda e: 0.97 ** e)),
    "warmup, cosine": (
        lambda o, lr, n: S.SequentialLR(o, [
            S.LinearLR(o, start_factor=0.1, total_iters=6),
            S.CosineAnnealingLR(o, T_max=n - 6)], milestones=[6]),
        lambda lr, n: L.LinearWarmup(L.CosineAnnealingDecay(lr, n - 6),
                                     6, lr * 0.1, lr)),
    # momentum cycled where the port can follow it (Momentum, Adam's
    # beta1); PyTorch's default would switch momentum on for plain SGD
    "OneCycleLR": (
        lambda o, lr, n: S.OneCycleLR(o, max_lr=lr, total_steps=n,
                                      cycle_momentum=cycled(o)),
        lambda lr, n: one_cycle_lr(lr, n)),
    # steps on the batch's loss
    "ReduceLROnPlateau": (
        lambda o, lr, n: S.ReduceLROnPlateau(o, factor=0.5, patience=2,
                                             threshold=0.01),
        lambda lr, n: L.ReduceOnPlateau(lr, factor=0.5, patience=2,
                                        threshold=0.01)),
}

# name: (limit, PyTorch's call between backward() and step(), Paddle's
# clipper passed to the optimizer)
C = torch.nn.utils
CLIPPING = {
    "none": (None, lambda ps, c: None, lambda c: None),
    "global norm": (0.5, lambda ps, c: C.clip_grad_norm_(ps, c),
                    paddle.nn.ClipGradByGlobalNorm),
    "each norm": (0.3, lambda ps, c: [C.clip_grad_norm_([p], c) for p in ps],
                  paddle.nn.ClipGradByNorm),
    "value": (0.02, lambda ps, c: C.clip_grad_value_(ps, c),
              paddle.nn.ClipGradByValue),
}


def cycled(optimizer):
    """Whether OneCycleLR cycles this optimizer's momentum in the port:
    SGD's with momentum, or Adam's and AdamW's beta1."""
    group = optimizer.param_groups[0]
    return "betas" in group or (isinstance(optimizer, T.SGD)
                                and group["momentum"] > 0)


def groups(params, decay):
    """The parameters in two groups: with weight decay, and without."""
    return [{"params": [p for i, p in enumerate(params)
                        if (i in DECAY[decay]) == on],
             "weight_decay": WD if on else 0.0} for on in (True, False)]


def torch_train(optimizer, decay, schedule, clipping, steps,
                each_group=False):
    """The weights after each step, and at how many steps the clipping
    changed a gradient. each_group=True clips each parameter group on its
    own, as Paddle's clippers do."""
    (make, kwargs), _, lr = OPTIMIZERS[optimizer]
    make_scheduler = SCHEDULES[schedule][0]
    limit, clip, _ = CLIPPING[clipping]
    params = [torch.nn.Parameter(torch.from_numpy(a.copy())) for a in init]
    grouped = decay == "weights only"
    opt = make(groups(params, decay) if grouped else params, lr=lr,
               weight_decay=WD if decay == "all" else 0.0, **kwargs)
    scheduler = make_scheduler and make_scheduler(opt, lr, steps)
    weights, clipped = [], 0
    w1, b1, w2, b2 = params
    for batch in batches[:steps]:
        x = torch.from_numpy(x_all[batch])
        loss = torch.nn.functional.cross_entropy(
            torch.tanh(x @ w1.T + b1) @ w2.T + b2,
            torch.from_numpy(y_all[batch]))
        opt.zero_grad()
        loss.backward()
        before = [p.grad.clone() for p in params]
        for group in opt.param_groups if each_group else [{"params": params}]:
            clip(group["params"], limit)
        clipped += any(not torch.equal(b, p.grad)
                       for b, p in zip(before, params))
        opt.step()
        if schedule == "ReduceLROnPlateau":
            scheduler.step(loss.item())
        elif scheduler:
            scheduler.step()
        weights.append([p.detach().numpy().copy() for p in params])
    return weights, clipped


def paddle_train(optimizer, decay, schedule, clipping, steps, port=True):
    """The same in Paddle: the scheduler is the optimizer's learning
    rate, the clipper its grad_clip. port=False leaves out the two
    corrections below, to show what they correct."""
    _, (make, kwargs), lr = OPTIMIZERS[optimizer]
    make_scheduler = SCHEDULES[schedule][1]
    limit, _, clipper = CLIPPING[clipping]
    params = [paddle.create_parameter(list(a.shape), "float32")
              for a in init]
    for p, a in zip(params, init):
        p.set_value(a)
    scheduler = make_scheduler and make_scheduler(lr, steps)
    # Each parameter group clips by its own norm in Paddle: the global
    # norm of parameters in groups is clipped before step(), as in PyTorch.
    grouped = decay == "weights only"
    clip_first = port and grouped and clipping == "global norm"
    opt = make(learning_rate=scheduler or lr,
               parameters=(groups(params, decay) if grouped
                           else params),
               weight_decay=WD if decay == "all" else 0.0,
               grad_clip=clipper(limit) if limit and not clip_first else None,
               **kwargs)
    momenta = None
    if schedule == "OneCycleLR" and (make is not P.SGD
                                     and make is not P.RMSProp):
        momenta = set_momentum(one_cycle_momentum(steps))
    # Paddle's RMSProp keeps the learning rate inside its momentum:
    # scaled by new lr / old lr when the schedule changes it
    rescale = port and make is P.RMSProp and kwargs.get("momentum")
    weights, last_lr = [], opt.get_lr()
    w1, b1, w2, b2 = params
    for i, batch in enumerate(batches[:steps]):
        x = paddle.to_tensor(x_all[batch])
        loss = paddle.nn.functional.cross_entropy(
            paddle.tanh(x @ w1.T + b1) @ w2.T + b2,
            paddle.to_tensor(y_all[batch]))
        opt.clear_grad()
        loss.backward()
        if momenta:
            momenta(opt, i)
        if rescale and opt.get_lr() != last_lr:
            for buffer in opt._accumulators["momentum"].values():
                buffer.set_value(buffer * (opt.get_lr() / last_lr))
        last_lr = opt.get_lr()
        if clip_first:
            paddle.nn.utils.clip_grad_norm_(params, limit)
        opt.step()
        if schedule == "ReduceLROnPlateau":
            scheduler.step(loss.item())
        elif scheduler:
            scheduler.step()
        weights.append([p.numpy().copy() for p in params])
    return weights
