"""The converter refuses what it cannot place, and says what and where."""
import paddle
import torch

from convert import ConversionError, paddle_to_torch, torch_to_paddle
from model_paddle import TinyResNet as PaddleNet
from model_torch import TinyResNet as TorchNet

torch_state = TorchNet().state_dict()
paddle_model = PaddleNet()

attempts = {
    # a checkpoint with one more layer than the model
    "unknown key": dict(torch_state, **{"head.weight": torch.zeros(5, 32)}),
    # a checkpoint for 5 classes, a model for 10
    "wrong shape": dict(torch_state, **{"fc.weight": torch.zeros(5, 32)}),
    # a checkpoint that lost a tensor
    "missing key": {k: v for k, v in torch_state.items()
                    if k != "block1.bn2.running_var"},
    # a checkpoint saved in float16
    "float16": {k: v.half() if v.is_floating_point() else v
                for k, v in torch_state.items()},
    # a checkpoint whose block has another name: its 10 keys are
    # summarized
    "renamed block": {k.replace("block1.", "body1."): v
                      for k, v in torch_state.items()},
}
options = {
    # a key_map that names a layer the checkpoint does not have
    "key_map typo": dict(key_map={"block1.cnv1": "block1.conv1"}),
    # two layers of the checkpoint onto one layer of the model
    "two onto one": dict(key_map={"block1.conv2": "block1.conv1"}),
}
refusals = {}
for case in [*attempts, *options]:
    try:
        torch_to_paddle(attempts.get(case, torch_state), paddle_model,
                        **options.get(case, {}))
    except ConversionError as error:
        refusals[case] = str(error)
        print(f"{case}: {error}")

# the other direction refuses the same way
paddle_state = dict(paddle_model.state_dict(), extra=paddle.zeros([2]))
try:
    paddle_to_torch(paddle_state, TorchNet())
except ConversionError as error:
    refusals["paddle -> torch"] = str(error)
    print(f"paddle -> torch: {error}")

# Checks
assert list(refusals) == [*attempts, *options, "paddle -> torch"]
assert "'head.weight' (5, 32)" in refusals["unknown key"]
assert "(5, 32), transposed to (32, 5)," in refusals["wrong shape"]
assert "'fc.weight' (32, 10)" in refusals["wrong shape"]
assert "'block1.bn2._variance' (16,)" in refusals["missing key"]
assert "'extra' (2,)" in refusals["paddle -> torch"]
assert "'stem.0.weight' is float16" in refusals["float16"]
assert "'stem.0.weight' is float32" in refusals["float16"]
assert "(all under 'body1')" in refusals["renamed block"]
assert "'block1.cnv1'" in refusals["key_map typo"]
assert "'block1.conv1' and 'block1.conv2'" in refusals["two onto one"]
