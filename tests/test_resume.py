"""The training-checkpoint converter of snippets/resume/convert_checkpoint.py,
which readers download, on a model we did not write.

torchvision's resnet18 and paddle.vision's (the same layer names) train a
few steps with Adam and cosine annealing in one framework; the converted
checkpoint must continue in the other framework as the first continues.
The refusals must name the key and both shapes, or the setting and both
values.
"""
import copy
import importlib.util
import sys
import warnings
from pathlib import Path

import numpy as np
import pytest

SNIPPETS = Path(__file__).parent.parent / "snippets"
sys.path[:0] = [str(SNIPPETS / "resume"), str(SNIPPETS / "zoo")]
warnings.filterwarnings("ignore", message="No ccache found")
# Paddle's BatchNorm2D says, on each training step, that it tracks running
# statistics; expected here (pytest resets the filters above per test).
pytestmark = pytest.mark.filterwarnings(
    "ignore:When training, we now:UserWarning")

import paddle  # noqa: E402
import torch  # noqa: E402
from convert_checkpoint import (ConversionError, paddle_to_torch,  # noqa
                                torch_to_paddle)
from torchvision_cpu import import_torchvision  # noqa: E402

tv_models = import_torchvision().models
RNG = np.random.default_rng(0)
BATCHES = [(RNG.random((4, 3, 32, 32), dtype=np.float32),
            RNG.integers(0, 10, 4)) for _ in range(5)]
K = 3  # steps before the checkpoint; the other 2 after it
LR = 1e-3
# With the default 1e-8, a weight whose gradient is float32 noise (a
# channel that ReLU keeps at zero) takes a step of about LR in either
# framework, in a different direction: Adam divides noise by its own size.
EPS = 1e-4
# float32 rounding, different in each library, grows through 18 layers
# and Adam's division; a tenth of one step of LR. Resuming from the
# weights alone misses by more than 10 times as much (checked below).
TOL = 1e-4


def torch_setup():
    torch.manual_seed(0)
    model = tv_models.resnet18(weights=None, num_classes=10)
    opt = torch.optim.Adam(model.parameters(), LR, eps=EPS)
    return model, opt, torch.optim.lr_scheduler.CosineAnnealingLR(opt, 10)


def paddle_setup():
    paddle.seed(0)
    model = paddle.vision.models.resnet18(num_classes=10)
    sched = paddle.optimizer.lr.CosineAnnealingDecay(LR, 10)
    opt = paddle.optimizer.Adam(sched, epsilon=EPS,
                                 parameters=model.parameters())
    return model, opt, sched


def torch_train(model, opt, sched, batches):
    model.train()
    for x, y in batches:
        loss = torch.nn.functional.cross_entropy(
            model(torch.from_numpy(x)), torch.from_numpy(y))
        opt.zero_grad()
        loss.backward()
        opt.step()
        sched.step()
    return {k: p.detach().numpy() for k, p in model.named_parameters()}


def paddle_train(model, opt, sched, batches):
    model.train()
    for x, y in batches:
        loss = paddle.nn.functional.cross_entropy(
            model(paddle.to_tensor(x)), paddle.to_tensor(y))
        opt.clear_grad()
        loss.backward()
        opt.step()
        sched.step()
    return {k: p.numpy().T if k == "fc.weight" else p.numpy()
            for k, p in model.named_parameters() if not p.stop_gradient}


def largest_gap(a, b):
    assert a.keys() == b.keys()
    return max(np.abs(a[k] - b[k]).max() for k in a)


@pytest.fixture(scope="module")
def torch_checkpoint():
    """resnet18 after K steps of Adam in PyTorch, and its checkpoint."""
    model, opt, sched = torch_setup()
    torch_train(model, opt, sched, BATCHES[:K])
    checkpoint = copy.deepcopy({"model": model.state_dict(),
                                "optimizer": opt.state_dict(),
                                "scheduler": sched.state_dict()})
    return model, opt, sched, checkpoint


def converted_paddle(torch_checkpoint, checkpoint=None):
    model, _, _, good = torch_checkpoint
    p_model, p_opt, p_sched = paddle_setup()
    state = torch_to_paddle(checkpoint or good, model, p_model, p_opt)
    return p_model, p_opt, p_sched, state


def test_resnet18_adam_checkpoint_resumes_in_paddle(torch_checkpoint):
    p_model, p_opt, p_sched, state = converted_paddle(torch_checkpoint)
    assert p_model.set_state_dict(state["model"]) == ([], [])
    p_opt.set_state_dict(state["optimizer"])
    model, opt, sched, _ = torch_checkpoint
    resumed = paddle_train(p_model, p_opt, p_sched, BATCHES[K:])
    assert p_sched.last_epoch == len(BATCHES)
    original = torch_train(*_copies(model, opt, sched), BATCHES[K:])
    assert largest_gap(original, resumed) < TOL


def _copies(model, opt, sched):
    """Copies of model, opt and sched: the fixture's run is left as it
    was for the other tests."""
    twin = copy.deepcopy(model)
    twin_opt = torch.optim.Adam(twin.parameters(), LR, eps=EPS)
    twin_opt.load_state_dict(opt.state_dict())
    twin_sched = torch.optim.lr_scheduler.CosineAnnealingLR(twin_opt, 10)
    twin_sched.load_state_dict(sched.state_dict())
    return twin, twin_opt, twin_sched


def test_resnet18_adam_checkpoint_resumes_in_pytorch():
    p_model, p_opt, p_sched = paddle_setup()
    paddle_train(p_model, p_opt, p_sched, BATCHES[:K])
    checkpoint = {"model": p_model.state_dict(),
                  "optimizer": p_opt.state_dict()}
    model, opt, sched = torch_setup()
    state = paddle_to_torch(checkpoint, p_model, model, opt, sched)
    weights_only = torch_setup()
    weights_only[0].load_state_dict(state["model"])
    model.load_state_dict(state["model"])
    opt.load_state_dict(state["optimizer"])
    sched.load_state_dict(state["scheduler"])
    assert all(int(s["step"]) == K for s in opt.state.values())
    resumed = torch_train(model, opt, sched, BATCHES[K:])
    original = paddle_train(p_model, p_opt, p_sched, BATCHES[K:])
    assert largest_gap(original, resumed) < TOL
    drifted = torch_train(*weights_only, BATCHES[K:])
    assert largest_gap(original, drifted) > 10 * TOL


def test_round_trip_restores_the_optimizer_state_bit_for_bit(
        torch_checkpoint):
    model, opt, sched, checkpoint = torch_checkpoint
    p_model, p_opt, _, state = converted_paddle(torch_checkpoint)
    p_model.set_state_dict(state["model"])
    p_opt.set_state_dict(state["optimizer"])
    back_model, back_opt, back_sched = torch_setup()
    back = paddle_to_torch({"model": p_model.state_dict(),
                            "optimizer": p_opt.state_dict()},
                           p_model, back_model, back_opt, back_sched)
    saved = checkpoint["optimizer"]["state"]
    assert back["optimizer"]["state"].keys() == saved.keys()
    for i, entry in saved.items():
        for key, value in entry.items():
            assert torch.equal(back["optimizer"]["state"][i][key], value)
    assert back["scheduler"]["last_epoch"] == K
    assert back["scheduler"]["_last_lr"] == checkpoint["scheduler"][
        "_last_lr"]


def refusal(torch_checkpoint, change, target=None):
    checkpoint = copy.deepcopy(torch_checkpoint[3])
    change(checkpoint)
    model = torch_checkpoint[0]
    p_model, p_opt, _ = paddle_setup()
    with pytest.raises(ConversionError) as error:
        torch_to_paddle(checkpoint, model, p_model, target or p_opt)
    return str(error.value)


def fc_index(model):
    return [n for n, _ in model.named_parameters()].index("fc.weight")


def test_unknown_model_key_is_refused_naming_it_and_its_shape(
        torch_checkpoint):
    message = refusal(torch_checkpoint, lambda c: c["model"].update(
        {"head.weight": torch.zeros(3, 512)}))
    assert "'head.weight' (3, 512)" in message


def test_missing_model_key_is_refused_naming_it(torch_checkpoint):
    message = refusal(torch_checkpoint,
                      lambda c: c["model"].pop("layer1.0.bn1.running_var"))
    assert "'layer1.0.bn1._variance' (64,)" in message


def test_wrong_model_shape_is_refused_naming_both_shapes(torch_checkpoint):
    message = refusal(torch_checkpoint, lambda c: c["model"].update(
        {"fc.weight": torch.zeros(5, 512)}))
    assert "'fc.weight' (5, 512), transposed to (512, 5)," in message
    assert "'fc.weight' (512, 10)" in message


def test_wrong_optimizer_state_shape_is_refused_naming_both_shapes(
        torch_checkpoint):
    i = fc_index(torch_checkpoint[0])
    message = refusal(torch_checkpoint, lambda c: c["optimizer"]["state"][i]
                      .update(exp_avg_sq=torch.zeros(5, 512)))
    assert (f"state[{i}]['exp_avg_sq'] of 'fc.weight' (group 0) (5, 512)"
            in message)
    assert "_moment2_" in message and "(512, 10)" in message


def test_unknown_optimizer_is_refused_naming_its_settings_and_states(
        torch_checkpoint):
    model = copy.deepcopy(torch_checkpoint[0])
    rmsprop = torch.optim.RMSprop(model.parameters(), LR)
    x, y = BATCHES[0]
    torch.nn.functional.cross_entropy(
        model(torch.from_numpy(x)), torch.from_numpy(y)).backward()
    rmsprop.step()
    message = refusal(torch_checkpoint, lambda c: c.update(
        optimizer=rmsprop.state_dict()))
    assert "unknown optimizer" in message
    assert "'alpha'" in message and "'square_avg'" in message


def test_another_target_optimizer_is_refused_naming_both(torch_checkpoint):
    p_model = paddle_setup()[0]
    momentum = paddle.optimizer.Momentum(LR, parameters=p_model.parameters())
    message = refusal(torch_checkpoint, lambda c: None, target=momentum)
    assert "paddle.optimizer.Adam" in message
    assert "paddle.optimizer.Momentum" in message


def test_another_setting_is_refused_naming_both_values(torch_checkpoint):
    message = refusal(torch_checkpoint, lambda c: c["optimizer"][
        "param_groups"][0].update(eps=1e-6))
    assert "eps" in message and "1e-06" in message and "0.0001" in message


def test_unknown_optimizer_state_is_refused_naming_it(torch_checkpoint):
    message = refusal(torch_checkpoint, lambda c: c["optimizer"]["state"][0]
                      .update(max_exp_avg_sq=torch.zeros(64, 3, 7, 7)))
    assert "'max_exp_avg_sq'" in message and "(64, 3, 7, 7)" in message


def test_missing_scheduler_state_is_refused(torch_checkpoint):
    message = refusal(torch_checkpoint, lambda c: c.pop("scheduler"))
    assert "CosineAnnealingDecay" in message


def test_another_schedule_is_refused_naming_both_values(torch_checkpoint):
    message = refusal(torch_checkpoint,
                      lambda c: c["scheduler"].update(T_max=20))
    assert "T_max" in message and "20" in message and "10" in message


def paddle_checkpoint():
    p_model, p_opt, p_sched = paddle_setup()
    paddle_train(p_model, p_opt, p_sched, BATCHES[:1])
    return p_model, {"model": p_model.state_dict(),
                     "optimizer": dict(p_opt.state_dict())}


def test_paddle_key_of_no_parameter_is_refused_naming_it_and_its_shape():
    p_model, checkpoint = paddle_checkpoint()
    checkpoint["optimizer"]["linear_99.w_0_moment1_0"] = np.zeros((4, 2))
    with pytest.raises(ConversionError, match=r"'linear_99.w_0_moment1_0' "
                       r"\(4, 2\)"):
        paddle_to_torch(checkpoint, p_model, *torch_setup())


def test_paddle_state_of_wrong_shape_is_refused_naming_both_shapes():
    p_model, checkpoint = paddle_checkpoint()
    key = next(k for k in checkpoint["optimizer"]
               if k.startswith(p_model.fc.weight.name + "_moment1_"))
    checkpoint["optimizer"][key] = np.zeros((512, 5), np.float32)
    with pytest.raises(ConversionError) as error:
        paddle_to_torch(checkpoint, p_model, *torch_setup())
    message = str(error.value)
    assert f"'{key}' (512, 5), transposed to (5, 512)," in message
    assert "'fc.weight'" in message and "(10, 512)" in message


def test_paddle_step_counts_that_disagree_are_refused():
    p_model, checkpoint = paddle_checkpoint()
    key = next(k for k in checkpoint["optimizer"] if "_beta2_pow_acc_" in k)
    checkpoint["optimizer"][key] = np.array([0.999 ** 5], np.float32)
    with pytest.raises(ConversionError, match="count different steps"):
        paddle_to_torch(checkpoint, p_model, *torch_setup())


def test_parameter_not_stepped_yet_starts_fresh_in_paddle():
    """A frozen layer has no state in PyTorch's checkpoint; Paddle's
    optimizer still gets a fresh state for it (zeros, beta ** 1)."""
    torch.manual_seed(0)
    model = tv_models.resnet18(weights=None, num_classes=10)
    model.fc.requires_grad_(False)
    opt = torch.optim.Adam(model.parameters(), LR, eps=EPS)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, 10)
    torch_train(model, opt, sched, BATCHES[:1])
    fc = fc_index(model)
    assert fc not in opt.state_dict()["state"]
    checkpoint = {"model": model.state_dict(), "optimizer": opt.state_dict(),
                  "scheduler": sched.state_dict()}
    p_model, p_opt, _ = paddle_setup()
    state = torch_to_paddle(checkpoint, model, p_model, p_opt)
    p_opt.set_state_dict(state["optimizer"])
    name = p_model.fc.weight.name
    fresh = {k: v for k, v in state["optimizer"].items()
             if k.startswith(name + "_")}
    assert len(fresh) == 4
    for key, value in fresh.items():
        expected = 0.9 if "beta1" in key else 0.999 if "beta2" in key else 0
        np.testing.assert_allclose(np.asarray(value), expected, rtol=1e-7)


# Parameter groups: resnet18's backbone at a tenth of the learning rate,
# no weight decay on its 1-D parameters (biases, BatchNorm weights).

def torch_groups(model):
    named = list(model.named_parameters())
    backbone = [(n, p) for n, p in named if not n.startswith("fc.")]
    return [
        {"params": [(n, p) for n, p in backbone if p.ndim > 1],
         "lr": LR / 10},
        {"params": [(n, p) for n, p in backbone if p.ndim == 1],
         "lr": LR / 10, "weight_decay": 0.0},
        {"params": [("fc.weight", model.fc.weight)]},
        {"params": [("fc.bias", model.fc.bias)], "weight_decay": 0.0},
    ]


def paddle_groups(model):
    trainable = [(n, p) for n, p in model.named_parameters()
                 if not p.stop_gradient]
    return [{"params": [p for n, p in trainable if not n.startswith("fc.")],
             "learning_rate": 0.1},
            {"params": [p for n, p in trainable if n.startswith("fc.")]}]


def grouped_setups():
    torch.manual_seed(0)
    model = tv_models.resnet18(weights=None, num_classes=10)
    opt = torch.optim.AdamW(torch_groups(model), LR, eps=EPS)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, 10)
    paddle.seed(0)
    p_model = paddle.vision.models.resnet18(num_classes=10)
    no_decay = {p.name for p in p_model.parameters() if p.ndim == 1}
    p_sched = paddle.optimizer.lr.CosineAnnealingDecay(LR, 10)
    p_opt = paddle.optimizer.AdamW(
        p_sched, epsilon=EPS, parameters=paddle_groups(p_model),
        apply_decay_param_fun=lambda name: name not in no_decay)
    return (model, opt, sched), (p_model, p_opt, p_sched)


def test_resnet18_groups_resume_in_paddle_and_round_trip_bit_for_bit():
    (model, opt, sched), (p_model, p_opt, p_sched) = grouped_setups()
    torch_train(model, opt, sched, BATCHES[:K])
    checkpoint = copy.deepcopy({"model": model.state_dict(),
                                "optimizer": opt.state_dict(),
                                "scheduler": sched.state_dict()})
    state = torch_to_paddle(checkpoint, model, p_model, p_opt)
    p_model.set_state_dict(state["model"])
    p_opt.set_state_dict(state["optimizer"])
    # back before training: the same state, bit for bit
    (back_model, back_opt, back_sched), _ = grouped_setups()
    back = paddle_to_torch({"model": p_model.state_dict(),
                            "optimizer": p_opt.state_dict()}, p_model,
                           back_model, back_opt, back_sched,
                           paddle_opt=p_opt)
    saved = checkpoint["optimizer"]["state"]
    assert back["optimizer"]["state"].keys() == saved.keys()
    for i, entry in saved.items():
        for key, value in entry.items():
            assert torch.equal(back["optimizer"]["state"][i][key], value)
    assert back["scheduler"]["_last_lr"] == pytest.approx(
        checkpoint["scheduler"]["_last_lr"], rel=1e-12)
    resumed = paddle_train(p_model, p_opt, p_sched, BATCHES[K:])
    original = torch_train(model, opt, sched, BATCHES[K:])
    assert largest_gap(original, resumed) < TOL


def test_resnet18_groups_resume_in_pytorch():
    (model, opt, sched), (p_model, p_opt, p_sched) = grouped_setups()
    paddle_train(p_model, p_opt, p_sched, BATCHES[:K])
    state = paddle_to_torch({"model": p_model.state_dict(),
                             "optimizer": p_opt.state_dict()}, p_model,
                            model, opt, sched, paddle_opt=p_opt)
    model.load_state_dict(state["model"])
    opt.load_state_dict(state["optimizer"])
    sched.load_state_dict(state["scheduler"])
    assert [g["lr"] for g in opt.param_groups] == pytest.approx(
        [p_sched.last_lr / 10] * 2 + [p_sched.last_lr] * 2, rel=1e-12)
    resumed = torch_train(model, opt, sched, BATCHES[K:])
    original = paddle_train(p_model, p_opt, p_sched, BATCHES[K:])
    assert largest_gap(original, resumed) < TOL


# The small model of the page: refusals that need no training. Loaded by
# path: snippets/port_model/ has modules of the same names, which
# tests/test_converter.py imports, maybe earlier in the same process.


def resume_module(name):
    path = SNIPPETS / "resume" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"resume_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


model_paddle = resume_module("model_paddle")
model_torch = resume_module("model_torch")


def small(grouped_paddle=True, eta_min=0.0, paddle_groups_of=None):
    torch.manual_seed(0)
    model = model_torch.Net()
    opt = model_torch.make_optimizer("Adam", model, LR, grouped=True)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, 10, eta_min)
    checkpoint = {"model": model.state_dict(), "optimizer": opt.state_dict(),
                  "scheduler": sched.state_dict()}
    paddle.seed(0)
    p_model = model_paddle.Net()
    p_sched = paddle.optimizer.lr.CosineAnnealingDecay(LR, 10, eta_min)
    groups = (paddle_groups_of(p_model) if paddle_groups_of else
              model_paddle.groups(p_model) if grouped_paddle else
              p_model.parameters())
    p_opt = paddle.optimizer.Adam(p_sched, parameters=groups,
                                  weight_decay=model_torch.DECAY["Adam"])
    return checkpoint, model, p_model, p_opt


def test_cosine_eta_min_with_a_group_factor_is_refused_naming_the_group():
    checkpoint, model, p_model, p_opt = small(eta_min=1e-5)
    with pytest.raises(ConversionError, match=r"group 0: CosineAnnealingLR "
                       r"with eta_min=1e-05 .* factor 0.1"):
        torch_to_paddle(checkpoint, model, p_model, p_opt)


def test_parameter_missing_from_the_paddle_optimizer_is_refused():
    def without_conv(p_model):
        return model_paddle.groups(p_model)[1:]
    checkpoint, model, p_model, p_opt = small(paddle_groups_of=without_conv)
    with pytest.raises(ConversionError, match=r"group 0 \('conv.weight'\): "
                       "the Paddle optimizer trains no parameter"):
        torch_to_paddle(checkpoint, model, p_model, p_opt)


def test_int_weight_decay_in_a_paddle_group_is_refused():
    def int_decay(p_model):
        groups = model_paddle.groups(p_model)
        groups[1]["weight_decay"] = 0
        return groups
    checkpoint, model, p_model, p_opt = small(paddle_groups_of=int_decay)
    with pytest.raises(ConversionError, match="weight_decay=0 in its group "
                       "is an int"):
        torch_to_paddle(checkpoint, model, p_model, p_opt)


def test_paddle_settings_differing_from_the_torch_groups_are_refused():
    _, model, p_model, p_opt = small(grouped_paddle=False)
    opt = model_torch.make_optimizer("Adam", model, LR, grouped=True)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, 10)
    # Paddle decays every parameter, PyTorch's group 1 none
    with pytest.raises(ConversionError, match=r"group 1 \('bn.weight'\), "
                       r"weight_decay: the target has 0.0, the checkpoint's "
                       r"optimizer 0.0001"):
        paddle_to_torch({"model": p_model.state_dict(), "optimizer": {
            "LR_Scheduler": {"last_epoch": 0, "last_lr": LR}}},
            p_model, model, opt, sched, paddle_opt=p_opt)
