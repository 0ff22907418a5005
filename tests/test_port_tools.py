"""The port tools readers download, on models we did not write.

Tested the way PaDiff and PaConvert test theirs: torchvision's models
and their paddle.vision.models counterparts (named alike, or not), plus
small models with in-place operations and tuple outputs. Inputs are
small (64 x 64) and each model is built once per module.
"""
import sys
import warnings
from pathlib import Path

import numpy as np
import pytest

SNIPPETS = Path(__file__).parent.parent / "snippets"
sys.path[:0] = [str(SNIPPETS / "port_model"), str(SNIPPETS / "zoo")]
warnings.filterwarnings("ignore", message="No ccache found")

import paddle  # noqa: E402
import torch  # noqa: E402
import divergence  # noqa: E402
from convert import (ConversionError, guess_key_map,  # noqa: E402
                     paddle_to_torch, torch_to_paddle)
from divergence import (UnpairedLayers, compare_layers,  # noqa: E402
                        first_divergence)
from layer_settings import Difference, compare_settings  # noqa: E402
from torchvision_cpu import import_torchvision  # noqa: E402

tv_models = import_torchvision().models
X = np.random.default_rng(0).random((2, 3, 64, 64), dtype=np.float32)


def randomize_batchnorm(model, seed=0):
    """Running statistics far from 0 and 1, so that a BatchNorm layer
    that gets the wrong ones shows."""
    rng = np.random.default_rng(seed)
    for module in model.modules():
        if isinstance(module, torch.nn.BatchNorm2d):
            n = module.num_features
            module.running_mean.copy_(torch.from_numpy(
                rng.normal(0, 0.5, n).astype(np.float32)))
            module.running_var.copy_(torch.from_numpy(
                rng.uniform(0.5, 2, n).astype(np.float32)))
    return model.eval()


def torch_model_of(name, **kwargs):
    torch.manual_seed(0)
    return randomize_batchnorm(getattr(tv_models, name)(**kwargs))


def paddle_model_of(name, **kwargs):
    paddle.seed(0)
    model = getattr(paddle.vision.models, name)(**kwargs)
    model.eval()
    return model


def torch_logits(model, x=X):
    with torch.no_grad():
        return model(torch.from_numpy(x)).numpy()


def paddle_logits(model, x=X):
    with paddle.no_grad():
        return model(paddle.to_tensor(x)).numpy()


@pytest.fixture(scope="module")
def resnet18():
    """torchvision's resnet18 and paddle.vision's, weights converted."""
    torch_model = torch_model_of("resnet18")
    paddle_model = paddle_model_of("resnet18")
    state = torch_to_paddle(torch_model.state_dict(), paddle_model,
                            source_model=torch_model)
    assert paddle_model.set_state_dict(state) == ([], [])
    return torch_model, paddle_model


@pytest.fixture(scope="module")
def mobilenet():
    """mobilenet_v3_small: the same layers under other names, weights
    converted with a guessed key map."""
    torch_model = torch_model_of("mobilenet_v3_small")
    paddle_model = paddle_model_of("mobilenet_v3_small")
    key_map = guess_key_map(torch_model, paddle_model, X)
    paddle_model.set_state_dict(torch_to_paddle(
        torch_model.state_dict(), paddle_model, key_map=key_map,
        source_model=torch_model))
    return torch_model, paddle_model, key_map


# The converter: a real model, both ways


def test_resnet18_port_gives_the_same_outputs(resnet18):
    torch_model, paddle_model = resnet18
    torch_y = torch_logits(torch_model)
    np.testing.assert_allclose(paddle_logits(paddle_model), torch_y,
                               rtol=1e-5, atol=1e-5 * np.abs(torch_y).max())


def test_paddle_to_torch_copies_each_tensor_once_and_shares_none():
    """Paddle's tensors are read in place (DLPack), so each value is
    copied exactly once: the result is contiguous and owns its memory
    (training the Paddle model afterwards leaves it alone)."""
    paddle.seed(0)
    paddle_model = paddle.nn.Sequential(paddle.nn.Conv2D(3, 4, 3),
                                        paddle.nn.Flatten(),
                                        paddle.nn.Linear(4 * 6 * 6, 5))
    torch_model = torch.nn.Sequential(torch.nn.Conv2d(3, 4, 3),
                                      torch.nn.Flatten(),
                                      torch.nn.Linear(4 * 6 * 6, 5))
    state = paddle_to_torch(paddle_model.state_dict(), torch_model)
    before = {k: v.clone() for k, v in state.items()}
    weight = paddle_model[2].weight.numpy()
    for p in paddle_model.parameters():
        p.set_value(p.numpy() + 1)
    for key, value in state.items():
        assert value.is_contiguous(), key
        assert torch.equal(value, before[key]), key
    assert torch.equal(state["2.weight"], torch.from_numpy(weight).T)


def test_renamed_model_converts_with_a_guessed_key_map_both_ways(
        mobilenet):
    torch_model, paddle_model, key_map = mobilenet
    assert key_map["features.0.0"] == "conv.0"
    assert key_map["classifier.3"] == "classifier.3"
    assert sum(a != b for a, b in key_map.items()) > 80
    torch_y = torch_logits(torch_model)
    np.testing.assert_allclose(paddle_logits(paddle_model), torch_y,
                               rtol=1e-5, atol=1e-5 * np.abs(torch_y).max())
    back = getattr(tv_models, "mobilenet_v3_small")()
    inverse = {b: a for a, b in key_map.items()}
    back.load_state_dict(paddle_to_torch(
        paddle_model.state_dict(), back, key_map=inverse,
        source_model=paddle_model))
    for key, value in torch_model.state_dict().items():
        if not key.endswith("num_batches_tracked"):
            assert torch.equal(back.state_dict()[key], value), key


def test_guess_refuses_layers_that_could_swap_unnoticed(resnet18):
    # the shortcut's BatchNorm runs beside bn1 of its block, neither
    # feeding the other: another port may run them in the other order
    with pytest.raises(ConversionError) as error:
        guess_key_map(*resnet18, X)
    message = str(error.value)
    assert "'layer2.0.bn1'" in message
    assert "'layer2.0.downsample.1'" in message


def test_guess_takes_the_swappable_pairs_given_by_hand(resnet18):
    by_hand = {f"layer{i}.0.{name}": f"layer{i}.0.{name}"
               for i in (2, 3, 4) for name in ("bn1", "downsample.1")}
    key_map = guess_key_map(*resnet18, X, key_map=by_hand)
    assert len(key_map) == 41
    assert all(a == b for a, b in key_map.items())


def test_guess_refuses_layers_of_another_kind_naming_both():
    torch.manual_seed(0)
    torch_model = torch.nn.Sequential(torch.nn.Conv2d(3, 4, 1),
                                      torch.nn.BatchNorm2d(4))
    paddle_model = paddle.nn.Sequential(paddle.nn.Conv2D(3, 4, 1),
                                        paddle.nn.GroupNorm(2, 4))
    with pytest.raises(ConversionError,
                       match=r"'1' \('BatchNorm'.*'1' \('GroupNorm'"):
        guess_key_map(torch_model, paddle_model, X)


# The converter: every bad input is refused, naming what and where


def test_key_map_naming_a_missing_layer_is_refused_naming_it(resnet18):
    torch_model, paddle_model = resnet18
    with pytest.raises(ConversionError,
                       match=r"'layer3\.0\.cnv1'.*checkpoint.*"
                             r"did you mean 'layer3\.0\.conv1'"):
        torch_to_paddle(torch_model.state_dict(), paddle_model,
                        key_map={"layer3.0.cnv1": "layer3.0.conv1"})
    with pytest.raises(ConversionError,
                       match=r"'head'.*the target model"):
        torch_to_paddle(torch_model.state_dict(), paddle_model,
                        key_map={"fc": "head"})


def test_two_sources_onto_one_target_layer_are_refused(resnet18):
    torch_model, paddle_model = resnet18
    with pytest.raises(ConversionError,
                       match=r"'layer1\.0\.conv1' and 'layer1\.0\.conv2'"
                             r" .*both go to the target's "
                             r"'layer1\.0\.conv1'"):
        torch_to_paddle(torch_model.state_dict(), paddle_model,
                        key_map={"layer1.0.conv2": "layer1.0.conv1"})


def test_layers_of_another_kind_are_refused(resnet18):
    torch_model, paddle_model = resnet18
    # a swap that no shape notices: conv1 [64, 3, 7, 7] and bn1 [64]
    # differ, so swap two BatchNorm-shaped layers of another kind
    with pytest.raises(ConversionError,
                       match=r"'layer1\.0\.conv1' is a Conv2d, the "
                             r"target's 'layer1\.0\.bn1' a BatchNorm2D"):
        torch_to_paddle(torch_model.state_dict(), paddle_model,
                        key_map={"layer1.0.conv1": "layer1.0.bn1",
                                 "layer1.0.bn1": "layer1.0.conv1"},
                        source_model=torch_model)


def test_float16_checkpoint_is_refused_without_cast(resnet18):
    torch_model, paddle_model = resnet18
    half = {k: v.half() if v.is_floating_point() else v
            for k, v in torch_model.state_dict().items()}
    with pytest.raises(ConversionError,
                       match=r"'conv1\.weight' is float16, the target's "
                             r"'conv1\.weight' is float32"):
        torch_to_paddle(half, paddle_model)
    state = torch_to_paddle(half, paddle_model, cast=True)
    assert {str(v.dtype) for v in state.values()} == {"float32"}
    np.testing.assert_array_equal(
        state["conv1.weight"], half["conv1.weight"].float().numpy())


def test_new_head_is_refused_without_keep_and_kept_with_it(resnet18):
    torch_model, _ = resnet18
    paddle_model = paddle_model_of("resnet18", num_classes=10)
    with pytest.raises(ConversionError,
                       match=r"'fc\.weight' \(1000, 512\), transposed to "
                             r"\(512, 1000\), does not fit the target's "
                             r"'fc\.weight' \(512, 10\)"):
        torch_to_paddle(torch_model.state_dict(), paddle_model)
    head = paddle_model.fc.weight.numpy().copy()
    state = torch_to_paddle(torch_model.state_dict(), paddle_model,
                            keep=["fc"])
    assert paddle_model.set_state_dict(state) == ([], [])
    np.testing.assert_array_equal(paddle_model.fc.weight.numpy(), head)
    np.testing.assert_array_equal(
        paddle_model.conv1.weight.numpy(),
        torch_model.conv1.weight.detach().numpy())


def test_keep_naming_no_target_layer_is_refused(resnet18):
    with pytest.raises(ConversionError, match=r"keep names 'head'"):
        torch_to_paddle(resnet18[0].state_dict(), resnet18[1],
                        keep=["head"])


def test_new_head_kept_in_paddle_to_torch(resnet18):
    _, paddle_model = resnet18
    torch_model = tv_models.resnet18(num_classes=10)
    head = torch_model.fc.weight.detach().clone()
    torch_model.load_state_dict(paddle_to_torch(
        paddle_model.state_dict(), torch_model, keep=["fc"]))
    assert torch.equal(torch_model.fc.weight, head)


def test_many_missing_keys_are_summarized(resnet18):
    torch_model, paddle_model = resnet18
    state = {k: v for k, v in torch_model.state_dict().items()
             if not k.startswith("layer3.")}
    with pytest.raises(ConversionError) as error:
        torch_to_paddle(state, paddle_model)
    message = str(error.value)
    assert message.startswith("no value for the target's 25 keys (all "
                              "under 'layer3'): 'layer3.0.conv1.weight' "
                              "(256, 128, 3, 3), "), message
    assert len(message) < 250, message


def test_many_unexpected_keys_are_summarized(resnet18):
    torch_model, paddle_model = resnet18
    state = {("model." + k): v for k, v in torch_model.state_dict().items()}
    with pytest.raises(ConversionError,
                       match=r"no place for 102 keys \(all under 'model'\)"
                             r": 'model\.conv1\.weight' \(64, 3, 7, 7\)"):
        torch_to_paddle(state, paddle_model)


# Layer settings: what the weights cannot show


@pytest.fixture(scope="module")
def squeezenet():
    return (torch_model_of("squeezenet1_0"),
            paddle_model_of("squeezenet1_0"))


def test_settings_of_resnet18_agree(resnet18):
    assert compare_settings(*resnet18, X) == []


def test_settings_find_squeezenet_dropout_mode_and_ceil_mode(squeezenet):
    found = compare_settings(*squeezenet, X)
    assert Difference("classifier.0", "_drop", "mode", "upscale_in_train",
                      "downscale_in_infer") in found
    pools = [d for d in found if d.setting == "ceil_mode"]
    assert [(d.torch_layer, d.paddle_layer) for d in pools] == [
        ("features.2", "_pool"), ("features.6", "_pool"),
        ("features.11", "_pool")]
    assert all(d.torch_value and not d.paddle_value for d in pools)


def test_settings_pair_layers_through_the_key_map(squeezenet):
    key_map = guess_key_map(*squeezenet, X)
    found = compare_settings(*squeezenet, X, key_map=key_map)
    assert found == compare_settings(*squeezenet, X)
    assert sum(d.setting == "ceil_mode" for d in found) == 3


def test_settings_find_alexnet_dropout_and_missing_adaptive_pooling():
    torch_model = torch_model_of("alexnet")
    paddle_model = paddle_model_of("alexnet")
    x = X[:1, :, :1, :1].repeat(224, 2).repeat(224, 3)  # 224 x 224 only
    found = compare_settings(torch_model, paddle_model, x)
    assert Difference("avgpool", None, "layer", "AdaptivePool2D",
                      None) in found
    modes = {(d.torch_layer, d.paddle_layer, d.paddle_value)
             for d in found if d.setting == "mode"}
    assert modes == {("classifier.0", "_drop1", "downscale_in_infer"),
                     ("classifier.3", "_drop2", "downscale_in_infer")}


def test_settings_compare_batchnorm_momentum_in_paddle_terms():
    torch_model = torch.nn.Sequential(
        torch.nn.Conv2d(3, 4, 3), torch.nn.BatchNorm2d(4, momentum=0.1),
        torch.nn.BatchNorm2d(4, momentum=0.1, eps=1e-3),
        torch.nn.AvgPool2d(3, padding=1), torch.nn.GELU(), torch.nn.ReLU6())
    paddle_model = paddle.nn.Sequential(
        paddle.nn.Conv2D(3, 4, 3, padding=1),
        paddle.nn.BatchNorm2D(4, momentum=0.9),
        paddle.nn.BatchNorm2D(4, momentum=0.1),
        paddle.nn.AvgPool2D(3, padding=1), paddle.nn.GELU(approximate=True),
        paddle.nn.ReLU())
    paddle_model.eval()
    found = compare_settings(torch_model.eval(), paddle_model, X)
    assert found == [
        Difference("0", "0", "padding", (0, 0), (1, 1)),
        Difference("2", "2", "epsilon", 1e-3, 1e-5),
        Difference("2", "2", "momentum", 0.9, 0.1),
        Difference("3", "3", "count_include_pad", True, False),
        Difference("4", "4", "approximate", "none", "tanh"),
        Difference("5", "5", "function", "ReLU6", "ReLU"),
    ]


# The divergence finder


def scaled(layer, factor):
    """Scale a Paddle layer's weight; undone when the test ends."""
    class Scaled:
        def __enter__(self):
            self.saved = layer.weight.numpy()
            layer.weight.set_value(self.saved * factor)

        def __exit__(self, *exc):
            layer.weight.set_value(self.saved)
    return Scaled()


def test_finder_reports_nothing_on_a_correct_resnet18_port(resnet18):
    rows = compare_layers(*resnet18, X)
    assert len(rows) == 75
    assert [name for name, gap, ok in rows if not ok] == []


def test_finder_names_the_wrong_weight_in_resnet18(resnet18):
    with scaled(resnet18[1].layer3[0].conv2, 1.5):
        name, gap = first_divergence(*resnet18, X)
    assert name == "layer3.0.conv2"


def test_finder_without_copies_flags_a_correct_port(resnet18,
                                                     monkeypatch):
    # the mutation the copy guards against: record the tensor itself,
    # which ReLU(inplace=True) and `out += identity` then overwrite
    monkeypatch.setattr(divergence, "torch_array",
                        lambda y: y.detach().cpu().numpy())
    flagged = [name for name, gap, ok in compare_layers(*resnet18, X)
               if not ok]
    assert flagged[:2] == ["bn1", "layer1.0.bn1"]
    assert len(flagged) > 10
    with scaled(resnet18[1].layer3[0].conv2, 1.5):
        assert first_divergence(*resnet18, X)[0] == "bn1"


class TorchInPlace(torch.nn.Module):
    """A residual block with ReLU(inplace=True) and +=, and a layer
    that returns a tuple."""
    def __init__(self):
        super().__init__()
        self.conv = torch.nn.Conv2d(3, 3, 3, padding=1)
        self.bn = torch.nn.BatchNorm2d(3)
        self.relu = torch.nn.ReLU(inplace=True)
        self.split = TorchSplit()

    def forward(self, x):
        y = self.bn(self.conv(x))
        y += x
        a, b = self.split(self.relu(y))
        return a * b["scale"]


class TorchSplit(torch.nn.Module):
    def forward(self, x):
        return x[:, :1], {"scale": x[:, 1:].mean()}


class PaddleInPlace(paddle.nn.Layer):
    def __init__(self):
        super().__init__()
        self.conv = paddle.nn.Conv2D(3, 3, 3, padding=1)
        self.bn = paddle.nn.BatchNorm2D(3)
        self.relu = paddle.nn.ReLU()
        self.split = PaddleSplit()

    def forward(self, x):
        y = self.bn(self.conv(x))
        y += x
        a, b = self.split(self.relu(y))
        return a * b["scale"]


class PaddleSplit(paddle.nn.Layer):
    def __init__(self, shift=0.0):
        super().__init__()
        self.shift = shift

    def forward(self, x):
        return x[:, :1], {"scale": x[:, 1:].mean() + self.shift}


@pytest.fixture
def in_place():
    torch.manual_seed(0)
    torch_model = randomize_batchnorm(TorchInPlace())
    paddle_model = PaddleInPlace()
    paddle_model.set_state_dict(torch_to_paddle(
        torch_model.state_dict(), paddle_model))
    paddle_model.eval()
    return torch_model, paddle_model


def test_finder_handles_in_place_operations_and_tuple_outputs(in_place):
    rows = compare_layers(*in_place, X)
    assert [name for name, gap, ok in rows] == ["conv", "bn", "relu",
                                                "split"]
    assert all(ok for name, gap, ok in rows)


def test_finder_compares_every_element_of_a_tuple_output(in_place):
    torch_model, paddle_model = in_place
    paddle_model.split = PaddleSplit(shift=0.5)  # the dict's element
    assert first_divergence(torch_model, paddle_model, X) == ("split",
                                                              0.5)


def test_finder_names_layers_without_a_partner(mobilenet):
    torch_model, paddle_model, key_map = mobilenet
    with pytest.raises(UnpairedLayers,
                       match=r"PyTorch's 'features\.0\.0', "
                             r"'features\.0\.1', .* \(202 layers\); "
                             r"for Paddle's 'conv\.0', 'conv\.1', "):
        compare_layers(torch_model, paddle_model, X)


def test_finder_pairs_renamed_layers_through_the_key_map(mobilenet):
    torch_model, paddle_model, key_map = mobilenet
    assert first_divergence(torch_model, paddle_model, X,
                            key_map=key_map, strict=False) is None
    with scaled(paddle_model.blocks[4].expand_conv[0], 1.5):
        name, gap = first_divergence(torch_model, paddle_model, X,
                                     key_map=key_map, strict=False)
    assert (name, key_map[name]) == ("features.5.block.0.0",
                                     "blocks.4.expand_conv.0")


def test_finder_names_a_layer_called_more_often_in_one_model():
    class Twice(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.relu = torch.nn.ReLU()

        def forward(self, x):
            return self.relu(self.relu(x) - 0.5)

    paddle_model = paddle.nn.Sequential()
    paddle_model.relu = paddle.nn.ReLU()
    with pytest.raises(UnpairedLayers,
                       match=r"PyTorch's 'relu'; for Paddle's none"):
        compare_layers(Twice(), paddle_model, X)
