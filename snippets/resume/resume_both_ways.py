"""Train k steps in one framework, convert the checkpoint, continue m
steps in the other; PyTorch (or Paddle) continues the same m steps from
the same checkpoint, for comparison."""
import functools

import numpy as np
import paddle
import torch
from sklearn.datasets import load_digits

import model_paddle
import model_torch
from convert_checkpoint import paddle_to_torch, torch_to_paddle

torch.set_num_threads(1)
digits = load_digits()
x_all = (digits.images / 16).astype(np.float32)[:, None]
y_all = digits.target.astype(np.int64)
k, m, batch_size = 20, 20, 32
order = np.random.default_rng(0).integers(0, len(x_all),
                                          (k + m, batch_size))
batches = [(x_all[i], y_all[i]) for i in order]
LR = {"SGD": 0.05, "Adam": 0.01, "AdamW": 0.01}
TOL = 1e-5  # float32: each library's kernels round differently


def torch_run(opt_name, sched_name, grouped=False):
    torch.manual_seed(0)
    model = model_torch.Net()
    opt = model_torch.make_optimizer(opt_name, model, LR[opt_name], grouped)
    return model, opt, model_torch.make_scheduler(sched_name, opt)


def paddle_run(opt_name, sched_name, grouped=False):
    paddle.seed(0)
    model = model_paddle.Net()
    sched = model_paddle.make_scheduler(sched_name, LR[opt_name])
    opt = model_paddle.make_optimizer(opt_name, model, sched, grouped)
    return model, opt, sched


def gap(a, b):
    """The largest difference of any parameter, step by step."""
    return np.array([max(np.abs(s[n] - t[n]).max() for n in s)
                     for s, t in zip(a, b)])


@functools.cache  # each run once, whichever snippet asks
def torch_then_paddle(opt_name, sched_name, weights_only=False,
                      grouped=False):
    model, opt, sched = torch_run(opt_name, sched_name, grouped)
    model_torch.train(model, opt, sched, batches[:k])
    checkpoint = {"model": model.state_dict(), "optimizer": opt.state_dict(),
                  "scheduler": sched.state_dict()}
    p_model, p_opt, p_sched = paddle_run(opt_name, sched_name, grouped)
    state = torch_to_paddle(checkpoint, model, p_model, p_opt)
    p_model.set_state_dict(state["model"])
    if not weights_only:
        p_opt.set_state_dict(state["optimizer"])
    go_on = model_torch.train(model, opt, sched, batches[k:])
    moved = model_paddle.train(p_model, p_opt, p_sched, batches[k:])
    return gap(go_on, moved)


@functools.cache
def paddle_then_torch(opt_name, sched_name, weights_only=False,
                      grouped=False):
    p_model, p_opt, p_sched = paddle_run(opt_name, sched_name, grouped)
    model_paddle.train(p_model, p_opt, p_sched, batches[:k])
    checkpoint = {"model": p_model.state_dict(),
                  "optimizer": p_opt.state_dict()}
    model, opt, sched = torch_run(opt_name, sched_name, grouped)
    state = paddle_to_torch(checkpoint, p_model, model, opt, sched,
                            paddle_opt=p_opt)
    model.load_state_dict(state["model"])
    if not weights_only:
        opt.load_state_dict(state["optimizer"])
        sched.load_state_dict(state["scheduler"])
    go_on = model_paddle.train(p_model, p_opt, p_sched, batches[k:])
    moved = model_torch.train(model, opt, sched, batches[k:])
    return gap(go_on, moved)
