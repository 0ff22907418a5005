# dilation spaces the kernel elements apart: the window grows to
# d * (k - 1) + 1 pixels while the weight keeps k * k values.
import numpy as np
import torch
from torch import nn

k, size = 3, 15
x = torch.zeros(1, 1, size, size)
x[0, 0, size // 2, size // 2] = 1.0  # one bright pixel in the middle

footprints = {}  # dilation -> outputs that see the bright pixel
for d in (1, 2, 3):
    pad = d * (k - 1) // 2  # keeps H and W for an odd k
    conv = nn.Conv2d(1, 1, k, dilation=d, padding=pad, bias=False)
    nn.init.ones_(conv.weight)
    # Outputs that see the bright pixel are 1, the rest 0: the
    # window's footprint.
    hit = conv(x)[0, 0].detach().numpy() > 0.5
    rows, cols = np.nonzero(hit)
    span = rows.max() - rows.min() + 1
    footprints[d] = hit, span
    print(f"dilation={d}: weight {list(conv.weight.shape)}, "
          f"window {span}x{cols.max() - cols.min() + 1}, "
          f"kernel elements {hit.sum()}")
print(footprints[2][0][4:11, 4:11].astype(int))  # d = 2: 2 pixels apart

# Checks: the window spans d * (k - 1) + 1 pixels, with k * k elements.
for d, (hit, span) in footprints.items():
    assert span == d * (k - 1) + 1, f"span {span}"
    assert hit.sum() == k * k, f"{hit.sum()} kernel elements"
