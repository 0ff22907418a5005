"""Port weights from a file, as you would a checkpoint you downloaded.

The build downloads nothing: it saves random weights to a file first.
With your own download, start at torch.load.
"""
import tempfile
from pathlib import Path

import numpy as np
import paddle
import torch
from zoo_port import (  # first: it puts the site's converter on the path
    build_paddle, build_torch, fix_layers, gaps, key_map_for, outputs, x)
from convert import torch_to_paddle  # noqa: E402
from layer_settings import compare_settings  # noqa: E402

folder = Path(tempfile.mkdtemp())
torch.save(build_torch("squeezenet1_0").state_dict(),
           folder / "squeezenet1_0.pth")

# from here on, as with a file from torchvision's weights page
state = torch.load(folder / "squeezenet1_0.pth", weights_only=True)
torch_model = build_torch("squeezenet1_0")  # weights=None
torch_model.load_state_dict(state)
paddle_model = build_paddle("squeezenet1_0")  # pretrained=False
key_map = key_map_for(torch_model, paddle_model)
fix_layers(paddle_model,
           compare_settings(torch_model, paddle_model, x, key_map))
paddle_model.set_state_dict(torch_to_paddle(
    state, paddle_model, key_map, source_model=torch_model))
paddle.save(paddle_model.state_dict(),
            str(folder / "squeezenet1_0.pdparams"))
gap, rel = gaps(*outputs(torch_model, paddle_model))
print(f"from the file: max |diff| {gap:.1e}, relative {rel:.1e}")

# Checks
assert rel <= 1e-5
saved = paddle.load(str(folder / "squeezenet1_0.pdparams"))
assert all(np.array_equal(saved[k].numpy(), v.numpy())
           for k, v in paddle_model.state_dict().items())
