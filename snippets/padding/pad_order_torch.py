# F.pad's list holds (before, after) pairs, from the last axis backwards:
# [left, right] pads W, the next pair H, then C, then N.
import torch
import torch.nn.functional as F

x = torch.zeros(1, 2, 3, 4)  # N, C, H, W
lists = [[1, 2], [1, 2, 3, 0], [1, 2, 3, 0, 1, 1], [1, 2, 3, 0, 1, 1, 0, 1]]
shapes = {}
for pad in lists:
    shapes[len(pad)] = list(F.pad(x, pad).shape)
    print(f"{str(pad):26} -> {shapes[len(pad)]}")

# Checks: pair k adds its sum to axis -1 - k.
for pad in lists:
    want = list(x.shape)
    for k in range(len(pad) // 2):
        want[-1 - k] += pad[2 * k] + pad[2 * k + 1]
    assert shapes[len(pad)] == want
