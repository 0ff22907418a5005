"""Port the U-Net both ways: LayerNorm, GroupNorm, InstanceNorm, a
transposed convolution and PReLU."""
import numpy as np
import paddle
import torch

from convert import ConversionError, paddle_to_torch, torch_to_paddle
from unet_paddle import TinyUNet as PaddleUNet
from unet_torch import TinyUNet as TorchUNet

rng = np.random.default_rng(0)
x = rng.random((4, 3, 16, 16), dtype=np.float32)

torch_model = TorchUNet().eval()
# random values everywhere: a scale of one or a shift of zero left in
# place would not show in the outputs
with torch.no_grad():
    for value in torch_model.state_dict().values():
        value.copy_(torch.from_numpy(
            rng.normal(0.5, 0.5, value.shape).astype(np.float32)))

paddle_model = PaddleUNet()
state = torch_to_paddle(torch_model.state_dict(), paddle_model,
                        source_model=torch_model)
missing, unexpected = paddle_model.set_state_dict(state)
paddle_model.eval()

# the converter's keys follow the checkpoint's order
torch_state = torch_model.state_dict()
changed = []
for (key, value), (new_key, new) in zip(torch_state.items(),
                                        state.items()):
    if key != new_key or tuple(value.shape) != new.shape:
        changed.append(new_key)
        print(f"{key} {tuple(value.shape)} -> {new_key} {new.shape}")
print("up.weight", tuple(torch_state["up.weight"].shape), "copied as is")

with torch.no_grad():
    torch_y = torch_model(torch.from_numpy(x)).numpy()
with paddle.no_grad():
    paddle_y = paddle_model(paddle.to_tensor(x)).numpy()
unet_gap = np.abs(paddle_y - torch_y).max()
unet_scale = np.abs(torch_y).max()
print(f"outputs {torch_y.shape}, up to {unet_scale:.1f}; "
      f"max |paddle - torch| / {unet_scale:.1f}: "
      f"{unet_gap / unet_scale:.1e}")

# and back into a fresh PyTorch model
back = TorchUNet()
back.load_state_dict(paddle_to_torch(paddle_model.state_dict(), back))
exact = [k for k, v in back.state_dict().items()
         if torch.equal(v, torch_state[k])]
print(f"round trip: {len(exact)} of {len(torch_state)} tensors bit for "
      "bit equal")

# weights made in Paddle, run in PyTorch
paddle.seed(0)
paddle_made = PaddleUNet()
paddle_made.eval()
torch_port = TorchUNet().eval()
torch_port.load_state_dict(
    paddle_to_torch(paddle_made.state_dict(), torch_port))
with paddle.no_grad():
    paddle_y2 = paddle_made(paddle.to_tensor(x)).numpy()
with torch.no_grad():
    torch_y2 = torch_port(torch.from_numpy(x)).numpy()
print(f"paddle -> torch, max |torch - paddle|: "
      f"{np.abs(torch_y2 - paddle_y2).max():.1e}")

# An InstanceNorm with running statistics has no Paddle port.
tracked = torch.nn.InstanceNorm2d(8, affine=True,
                                  track_running_stats=True)
try:
    torch_to_paddle(tracked.state_dict(), paddle.nn.InstanceNorm2D(8))
except ConversionError as error:
    refusal = str(error)
    print("refused:", error)

# Checks
tol = dict(rtol=1e-5, atol=1e-5)  # float32, two libraries' kernels
assert not missing and not unexpected
np.testing.assert_allclose(paddle_y, torch_y, **tol)
np.testing.assert_allclose(torch_y2, paddle_y2, **tol)
assert len(exact) == len(torch_state)
assert changed == ["stem.1.scale", "stem.2._weight",
                   "block.pwconv1.weight", "block.pwconv2.weight",
                   "mid_norm.weight", "decode.2._weight"]
assert state["mid_norm.weight"].shape == (16 * 8 * 8,)
np.testing.assert_array_equal(state["up.weight"],
                              torch_state["up.weight"].numpy())
assert "'running_mean' (8,), 'running_var' (8,)" in refusal
assert "keeps no running statistics" in refusal
