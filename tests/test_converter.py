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
from convert import (ConversionError, paddle_to_torch,  # noqa: E402
                     torch_to_paddle)
from model_paddle import TinyResNet as PaddleNet  # noqa: E402
from model_torch import TinyResNet as TorchNet  # noqa: E402

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
