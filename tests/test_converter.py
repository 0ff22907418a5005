"""The converter of snippets/port_model/convert.py, which readers download.

It must place every tensor, transpose exactly the Linear weights (read from
the target model's layers, not guessed from shapes), refuse what it cannot
place with a message naming the key and the shapes, and survive a round
trip bit for bit.
"""
import sys
import warnings
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).parent.parent / "snippets"
                       / "port_model"))
warnings.filterwarnings("ignore", message="No ccache found")

import paddle  # noqa: E402
import torch  # noqa: E402
from convert import (ConversionError, guess_key_map,  # noqa: E402
                     paddle_to_torch, torch_to_paddle)
from model_paddle import TinyResNet as PaddleNet  # noqa: E402
from model_torch import TinyResNet as TorchNet  # noqa: E402
from unet_paddle import TinyUNet as PaddleUNet  # noqa: E402
from unet_torch import TinyUNet as TorchUNet  # noqa: E402

X = np.random.default_rng(0).random((8, 1, 8, 8), dtype=np.float32)
TOL = dict(rtol=1e-5, atol=1e-5)  # float32, two libraries' kernels


@pytest.fixture
def torch_model():
    torch.manual_seed(0)
    model = TorchNet()
    with torch.no_grad():  # non-trivial running statistics
        model(torch.from_numpy(X))
    return model.eval()


@pytest.fixture
def paddle_model():
    paddle.seed(0)
    model = PaddleNet()
    model.eval()
    return model


def torch_logits(model, x=X):
    with torch.no_grad():
        return model(torch.from_numpy(x)).numpy()


def paddle_logits(model, x=X):
    with paddle.no_grad():
        return model(paddle.to_tensor(x)).numpy()


def test_torch_to_paddle_gives_the_same_eval_outputs(torch_model,
                                                     paddle_model):
    state = torch_to_paddle(torch_model.state_dict(), paddle_model)
    assert paddle_model.set_state_dict(state) == ([], [])
    np.testing.assert_allclose(paddle_logits(paddle_model),
                               torch_logits(torch_model), **TOL)


def test_paddle_to_torch_gives_the_same_eval_outputs(paddle_model):
    torch_model = TorchNet().eval()
    torch_model.load_state_dict(  # strict: every key placed
        paddle_to_torch(paddle_model.state_dict(), torch_model))
    np.testing.assert_allclose(torch_logits(torch_model),
                               paddle_logits(paddle_model), **TOL)


def test_torch_to_paddle_drops_num_batches_tracked_and_renames(
        torch_model, paddle_model):
    state = torch_to_paddle(torch_model.state_dict(), paddle_model)
    assert not any("num_batches_tracked" in k for k in state)
    assert "stem.1._mean" in state and "stem.1._variance" in state
    np.testing.assert_array_equal(
        state["stem.1._variance"],
        torch_model.state_dict()["stem.1.running_var"].numpy())


def test_round_trip_restores_every_tensor_exactly(torch_model,
                                                  paddle_model):
    paddle_model.set_state_dict(
        torch_to_paddle(torch_model.state_dict(), paddle_model))
    back = TorchNet()
    back.load_state_dict(paddle_to_torch(paddle_model.state_dict(), back))
    for key, value in torch_model.state_dict().items():
        if key.endswith("num_batches_tracked"):
            # Paddle keeps no counter: the target keeps its own
            assert int(back.state_dict()[key]) == 0
            continue
        restored = back.state_dict()[key]
        assert restored.dtype == value.dtype, key
        assert torch.equal(restored, value), key


def test_paddle_round_trip_restores_every_tensor_exactly(paddle_model):
    torch_model = TorchNet()
    torch_model.load_state_dict(
        paddle_to_torch(paddle_model.state_dict(), torch_model))
    back = PaddleNet()
    back.set_state_dict(torch_to_paddle(torch_model.state_dict(), back))
    for key, value in paddle_model.state_dict().items():
        np.testing.assert_array_equal(back.state_dict()[key].numpy(),
                                      value.numpy(), err_msg=key)


def test_square_linear_is_transposed():
    torch.manual_seed(0)
    torch_linear = torch.nn.Linear(6, 6)
    paddle_linear = paddle.nn.Linear(6, 6)
    state = torch_to_paddle(torch_linear.state_dict(), paddle_linear)
    np.testing.assert_array_equal(state["weight"],
                                  torch_linear.weight.detach().numpy().T)
    paddle_linear.set_state_dict(state)
    x = np.random.default_rng(1).random((3, 6), dtype=np.float32)
    np.testing.assert_allclose(
        paddle_linear(paddle.to_tensor(x)).numpy(),
        torch_linear(torch.from_numpy(x)).detach().numpy(), **TOL)
    back = torch.nn.Linear(6, 6)
    back.load_state_dict(paddle_to_torch(paddle_linear.state_dict(), back))
    assert torch.equal(back.weight, torch_linear.weight)


def test_square_weight_of_another_layer_is_not_transposed():
    # same shape as a square Linear weight, but not a Linear: kept as is
    class Scale(paddle.nn.Layer):
        def __init__(self):
            super().__init__()
            self.weight = self.create_parameter([4, 4])

    weight = torch.arange(16, dtype=torch.float32).reshape(4, 4)
    state = torch_to_paddle({"weight": weight}, Scale())
    np.testing.assert_array_equal(state["weight"], weight.numpy())


@pytest.mark.parametrize("direction", ["torch_to_paddle", "paddle_to_torch"])
def test_unknown_key_is_refused_naming_it(direction, torch_model,
                                          paddle_model):
    if direction == "torch_to_paddle":
        state = dict(torch_model.state_dict(), head=torch.zeros(3, 2))
        convert = lambda: torch_to_paddle(state, paddle_model)  # noqa
    else:
        state = dict(paddle_model.state_dict(), head=paddle.zeros([3, 2]))
        convert = lambda: paddle_to_torch(state, torch_model)  # noqa
    with pytest.raises(ConversionError, match=r"'head' \(3, 2\)"):
        convert()


@pytest.mark.parametrize("direction", ["torch_to_paddle", "paddle_to_torch"])
def test_shape_mismatch_is_refused_naming_key_and_both_shapes(
        direction, torch_model, paddle_model):
    if direction == "torch_to_paddle":
        state = dict(torch_model.state_dict(),
                     **{"block2.conv1.weight": torch.zeros(32, 16, 1, 1)})
        convert = lambda: torch_to_paddle(state, paddle_model)  # noqa
    else:
        state = dict(paddle_model.state_dict(),
                     **{"block2.conv1.weight": paddle.zeros([32, 16, 1, 1])})
        convert = lambda: paddle_to_torch(state, torch_model)  # noqa
    with pytest.raises(ConversionError) as error:
        convert()
    message = str(error.value)
    assert "'block2.conv1.weight' (32, 16, 1, 1)" in message
    assert "(32, 16, 3, 3)" in message


def test_linear_of_the_wrong_size_is_refused_after_transposing(
        torch_model, paddle_model):
    state = dict(torch_model.state_dict(),
                 **{"fc.weight": torch.zeros(5, 32)})
    with pytest.raises(ConversionError,
                       match=r"'fc.weight' \(5, 32\), transposed to "
                             r"\(32, 5\), does not fit the target's "
                             r"'fc.weight' \(32, 10\)"):
        torch_to_paddle(state, paddle_model)


def test_untransposed_linear_weight_is_refused(torch_model, paddle_model):
    # a Paddle-layout weight passed as a PyTorch one
    state = dict(torch_model.state_dict(),
                 **{"fc.weight": torch.zeros(32, 10)})
    with pytest.raises(ConversionError, match="fc.weight"):
        torch_to_paddle(state, paddle_model)


@pytest.mark.parametrize("direction", ["torch_to_paddle", "paddle_to_torch"])
def test_missing_key_is_refused_naming_it(direction, torch_model,
                                          paddle_model):
    if direction == "torch_to_paddle":
        state = dict(torch_model.state_dict())
        del state["block1.bn2.running_var"]
        convert = lambda: torch_to_paddle(state, paddle_model)  # noqa
        named = r"'block1.bn2._variance' \(16,\)"
    else:
        state = dict(paddle_model.state_dict())
        del state["block1.bn2._variance"]
        convert = lambda: paddle_to_torch(state, torch_model)  # noqa
        named = r"'block1.bn2.running_var' \(16,\)"
    with pytest.raises(ConversionError, match=named):
        convert()


def test_state_dict_of_another_model_is_refused(paddle_model):
    torch.manual_seed(0)
    other = torch.nn.Sequential(torch.nn.Linear(4, 4))
    with pytest.raises(ConversionError, match="'0.weight'"):
        torch_to_paddle(other.state_dict(), paddle_model)


# Modern and dense-prediction layers: LayerNorm, GroupNorm, InstanceNorm,
# transposed convolution and PReLU, in a U-Net with a ConvNeXt-style
# block (a channels-last LayerNorm, Linear layers as 1 x 1 convolutions,
# a layer scale, in-place +=, ReLU(inplace=True)), then layer by layer.

IMAGES = np.random.default_rng(1).random((4, 3, 16, 16), dtype=np.float32)


def randomized(model, seed=0):
    """Every tensor random, far from the initial ones and zeros, so that
    a tensor in the wrong place shows in the outputs."""
    rng = np.random.default_rng(seed)
    if isinstance(model, torch.nn.Module):
        with torch.no_grad():
            for value in model.state_dict().values():
                if value.is_floating_point():
                    value.copy_(torch.from_numpy(rng.normal(
                        0.5, 0.5, value.shape).astype(np.float32)))
        return model.eval()
    for value in model.state_dict().values():
        value.set_value(rng.normal(0.5, 0.5, value.shape).astype(
            np.float32))
    model.eval()
    return model


def assert_same_outputs(torch_model, paddle_model, x):
    torch_y = torch_logits(torch_model, x)
    np.testing.assert_allclose(paddle_logits(paddle_model, x), torch_y,
                               **TOL)


def assert_same_state(a, b):
    """Two state dicts of the same framework, bit for bit, no counters."""
    a = {k: v for k, v in a.items() if not k.endswith("num_batches_tracked")}
    b = {k: v for k, v in b.items() if not k.endswith("num_batches_tracked")}
    assert list(a) == list(b)
    for key in a:
        assert a[key].dtype == b[key].dtype, key
        np.testing.assert_array_equal(np.asarray(b[key]),
                                      np.asarray(a[key]), err_msg=key)


def test_unet_torch_to_paddle_and_back():
    torch.manual_seed(0)
    torch_model = randomized(TorchUNet())
    paddle_model = PaddleUNet()
    state = torch_to_paddle(torch_model.state_dict(), paddle_model,
                            source_model=torch_model)
    assert paddle_model.set_state_dict(state) == ([], [])
    paddle_model.eval()
    assert_same_outputs(torch_model, paddle_model, IMAGES)
    back = TorchUNet()
    back.load_state_dict(paddle_to_torch(paddle_model.state_dict(), back,
                                         source_model=paddle_model))
    assert_same_state(torch_model.state_dict(), back.state_dict())


def test_unet_paddle_to_torch_and_back():
    paddle.seed(0)
    paddle_model = randomized(PaddleUNet())
    torch_model = TorchUNet().eval()
    torch_model.load_state_dict(paddle_to_torch(
        paddle_model.state_dict(), torch_model, source_model=paddle_model))
    assert_same_outputs(torch_model, paddle_model, IMAGES)
    back = PaddleUNet()
    back.set_state_dict(torch_to_paddle(torch_model.state_dict(), back))
    assert_same_state(paddle_model.state_dict(), back.state_dict())


def test_unet_under_other_names_converts_with_a_guessed_key_map():
    torch.manual_seed(0)
    torch_model = randomized(TorchUNet())
    paddle_model = paddle.nn.Sequential(PaddleUNet())  # keys "0.stem..."
    key_map = guess_key_map(torch_model, paddle_model, IMAGES)
    assert key_map["stem.2"] == "0.stem.2"
    assert key_map["block"] == "0.block"  # the layer scale's owner
    assert key_map["mid_norm"] == "0.mid_norm"
    paddle_model.set_state_dict(torch_to_paddle(
        torch_model.state_dict(), paddle_model, key_map=key_map,
        source_model=torch_model))
    paddle_model.eval()
    assert_same_outputs(torch_model, paddle_model, IMAGES)
    back = TorchUNet()
    back.load_state_dict(paddle_to_torch(
        paddle_model.state_dict(), back,
        key_map={b: a for a, b in key_map.items()}))
    assert_same_state(torch_model.state_dict(), back.state_dict())


T, P = torch.nn, paddle.nn
# (PyTorch layer, its Paddle port, input shape); the square transposed
# convolution's weight would fit transposed as well.
LAYER_PAIRS = {
    "LayerNorm": (lambda: T.LayerNorm(6), lambda: P.LayerNorm(6),
                  (2, 3, 5, 6)),
    "LayerNorm over [C, H, W]": (lambda: T.LayerNorm([4, 3, 5]),
                                 lambda: P.LayerNorm([4, 3, 5]),
                                 (2, 4, 3, 5)),
    "LayerNorm without bias": (lambda: T.LayerNorm([3, 5], bias=False),
                               lambda: P.LayerNorm([3, 5], bias_attr=False),
                               (2, 4, 3, 5)),
    "LayerNorm without affine": (
        lambda: T.LayerNorm(5, elementwise_affine=False),
        lambda: P.LayerNorm(5, weight_attr=False, bias_attr=False),
        (2, 4, 3, 5)),
    "GroupNorm": (lambda: T.GroupNorm(2, 4), lambda: P.GroupNorm(2, 4),
                  (2, 4, 3, 5)),
    "GroupNorm without affine": (
        lambda: T.GroupNorm(2, 4, affine=False),
        lambda: P.GroupNorm(2, 4, weight_attr=False, bias_attr=False),
        (2, 4, 3, 5)),
    "InstanceNorm2d": (
        lambda: T.InstanceNorm2d(4),
        lambda: P.InstanceNorm2D(4, weight_attr=False, bias_attr=False),
        (2, 4, 3, 5)),
    "InstanceNorm2d affine": (lambda: T.InstanceNorm2d(4, affine=True),
                              lambda: P.InstanceNorm2D(4), (2, 4, 3, 5)),
    "InstanceNorm1d affine": (lambda: T.InstanceNorm1d(4, affine=True),
                              lambda: P.InstanceNorm1D(4), (2, 4, 5)),
    "ConvTranspose2d square": (
        lambda: T.ConvTranspose2d(4, 4, 3, 2, 1, output_padding=1),
        lambda: P.Conv2DTranspose(4, 4, 3, 2, 1, output_padding=1),
        (2, 4, 3, 5)),
    "ConvTranspose2d groups": (
        lambda: T.ConvTranspose2d(4, 6, 2, 2, groups=2),
        lambda: P.Conv2DTranspose(4, 6, 2, 2, groups=2), (2, 4, 3, 5)),
    "ConvTranspose1d": (lambda: T.ConvTranspose1d(4, 2, 3),
                        lambda: P.Conv1DTranspose(4, 2, 3), (2, 4, 5)),
    "PReLU": (lambda: T.PReLU(), lambda: P.PReLU(), (2, 4, 3, 5)),
    "PReLU per channel": (lambda: T.PReLU(4), lambda: P.PReLU(4),
                          (2, 4, 3, 5)),
    "SyncBatchNorm": (lambda: T.SyncBatchNorm(4), lambda: P.BatchNorm2D(4),
                      (2, 4, 3, 5)),
}


@pytest.mark.parametrize("name", LAYER_PAIRS)
def test_layer_converts_both_ways_and_back_exactly(name):
    torch_of, paddle_of, shape = LAYER_PAIRS[name]
    x = np.random.default_rng(2).normal(size=shape).astype(np.float32)
    torch.manual_seed(0)
    torch_layer = randomized(torch_of())
    paddle_layer = paddle_of()
    state = torch_to_paddle(torch_layer.state_dict(), paddle_layer,
                            source_model=torch_layer)
    assert paddle_layer.set_state_dict(state) == ([], [])
    paddle_layer.eval()
    assert_same_outputs(torch_layer, paddle_layer, x)
    back = torch_of()
    back.load_state_dict(paddle_to_torch(paddle_layer.state_dict(), back,
                                         source_model=paddle_layer))
    assert_same_state(torch_layer.state_dict(), back.state_dict())
    paddle.seed(0)
    paddle_made = randomized(paddle_of())
    torch_port = torch_of().eval()
    torch_port.load_state_dict(paddle_to_torch(paddle_made.state_dict(),
                                               torch_port))
    assert_same_outputs(torch_port, paddle_made, x)


def test_transposed_convolution_weight_is_copied_as_is():
    # [in, out / groups, kH, kW] in both: unlike Linear, not transposed
    torch.manual_seed(0)
    conv = T.ConvTranspose2d(4, 4, 3)
    state = torch_to_paddle(conv.state_dict(), P.Conv2DTranspose(4, 4, 3))
    np.testing.assert_array_equal(state["weight"],
                                  conv.weight.detach().numpy())


def test_renamed_tensors_of_the_new_layers():
    torch.manual_seed(0)
    state = torch_to_paddle(TorchUNet().state_dict(), PaddleUNet())
    assert {"stem.1.scale", "stem.2._weight", "decode.2._weight",
            "block.gamma"} <= set(state)
    assert state["mid_norm.weight"].shape == (16 * 8 * 8,)


def test_a_buffer_named_running_mean_elsewhere_keeps_its_name():
    # renamed for BatchNorm only, not for every tensor of that name
    class Stats(T.Module):
        def __init__(self):
            super().__init__()
            self.register_buffer("running_mean", torch.arange(3.0))

    class PaddleStats(P.Layer):
        def __init__(self):
            super().__init__()
            self.register_buffer("running_mean", paddle.zeros([3]))

    state = torch_to_paddle(Stats().state_dict(), PaddleStats())
    np.testing.assert_array_equal(state["running_mean"], [0, 1, 2])


def test_a_subclass_of_linear_is_transposed():
    class Head(T.Linear):
        pass

    class PaddleHead(P.Linear):
        pass

    torch.manual_seed(0)
    head = Head(4, 4)
    state = torch_to_paddle(head.state_dict(), PaddleHead(4, 4))
    np.testing.assert_array_equal(state["weight"],
                                  head.weight.detach().numpy().T)


# What a reader gets wrong in a port of these layers: refused, naming
# the key and the shapes on both sides.
MISTAKES = {
    # PyTorch's running statistics have no place in Paddle's layer
    "InstanceNorm2d track_running_stats": (
        lambda: T.InstanceNorm2d(4, affine=True, track_running_stats=True),
        lambda: P.InstanceNorm2D(4),
        r"'running_mean' \(4,\).*keeps no running statistics"),
    # PyTorch's default has no scale and shift, Paddle's has
    "InstanceNorm2d default": (
        lambda: T.InstanceNorm2d(4), lambda: P.InstanceNorm2D(4),
        r"no value for the target's 'scale' \(4,\), 'bias' \(4,\): "
        r".*weight_attr=False, bias_attr=False"),
    "LayerNorm of another size": (
        lambda: T.LayerNorm([4, 3, 5]), lambda: P.LayerNorm([4, 3, 3]),
        r"'weight' \(4, 3, 5\), flattened to \(60,\), does not fit "
        r"the target's 'weight' \(36,\)"),
    "LayerNorm without bias": (
        lambda: T.LayerNorm(5, bias=False), lambda: P.LayerNorm(5),
        r"no value for the target's 'bias' \(5,\)"),
    "GroupNorm without affine": (
        lambda: T.GroupNorm(2, 4, affine=False), lambda: P.GroupNorm(2, 4),
        r"no value for the target's 'weight' \(4,\), 'bias' \(4,\)"),
    "ConvTranspose2d groups": (
        lambda: T.ConvTranspose2d(4, 6, 2, groups=2),
        lambda: P.Conv2DTranspose(4, 6, 2),
        r"'weight' \(4, 3, 2, 2\) does not fit the target's 'weight' "
        r"\(4, 6, 2, 2\)"),
    "PReLU per channel": (
        lambda: T.PReLU(), lambda: P.PReLU(4),
        r"'weight' \(1,\) does not fit the target's '_weight' \(4,\)"),
}


@pytest.mark.parametrize("name", MISTAKES)
def test_mistake_in_a_new_layer_is_refused_naming_key_and_shapes(name):
    torch_of, paddle_of, message = MISTAKES[name]
    with pytest.raises(ConversionError, match=message):
        torch_to_paddle(torch_of().state_dict(), paddle_of())


BACK_MISTAKES = {
    "InstanceNorm2d track_running_stats": (
        lambda: T.InstanceNorm2d(4, affine=True, track_running_stats=True),
        lambda: P.InstanceNorm2D(4),
        r"'running_mean' \(4,\).*keeps no running statistics"),
    "InstanceNorm2d default": (
        lambda: T.InstanceNorm2d(4), lambda: P.InstanceNorm2D(4),
        r"no place for 'scale' \(4,\), 'bias' \(4,\)"),
    "LayerNorm of another size": (
        lambda: T.LayerNorm([4, 3, 5]), lambda: P.LayerNorm([4, 3, 3]),
        r"'weight' \(36,\) does not fit the target's 'weight' "
        r"\(4, 3, 5\)"),
    "PReLU per channel": (
        lambda: T.PReLU(), lambda: P.PReLU(4),
        r"'_weight' \(4,\) does not fit the target's 'weight' \(1,\)"),
}


@pytest.mark.parametrize("name", BACK_MISTAKES)
def test_mistake_in_a_new_layer_is_refused_paddle_to_torch(name):
    torch_of, paddle_of, message = BACK_MISTAKES[name]
    with pytest.raises(ConversionError, match=message):
        paddle_to_torch(paddle_of().state_dict(), torch_of())


def test_mistake_in_the_unet_names_the_key_on_both_sides():
    state = TorchUNet().state_dict()
    state["stem.2.weight"] = torch.zeros(1)  # PReLU() for PReLU(8)
    with pytest.raises(ConversionError,
                       match=r"'stem.2.weight' \(1,\) does not fit the "
                             r"target's 'stem.2._weight' \(8,\)"):
        torch_to_paddle(state, PaddleUNet())
