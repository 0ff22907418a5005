# The same lists in Paddle: the same axes, until the list is as long as
# all axes; that one is read from the first axis.
import paddle
import paddle.nn.functional as PF

x = paddle.zeros([1, 2, 3, 4])  # N, C, H, W
lists = [[1, 2], [1, 2, 3, 0], [1, 2, 3, 0, 1, 1], [1, 2, 3, 0, 1, 1, 0, 1]]
shapes = {}
for pad in lists:
    shapes[len(pad)] = list(PF.pad(x, pad).shape)
    print(f"{str(pad):26} -> {shapes[len(pad)]}")

# Two ports of the last list: PyTorch's pairs in reverse order, or a
# keyword that reads the list from the last axis.
pad = lists[-1]
reordered = [w for k in (3, 2, 1, 0) for w in pad[2 * k:2 * k + 2]]
print(f"{str(reordered):26} -> {list(PF.pad(x, reordered).shape)}")
from_last = PF.pad(x, pad, pad_from_left_axis=False)
print(f"{'pad_from_left_axis=False':26} -> {list(from_last.shape)}")

# data_format: channels last moves the spatial axes to 1 and 2, for a
# list of 2 x (ndim - 2) widths only; a list of another length ignores it.
x_nhwc = paddle.zeros([1, 3, 4, 2])  # N, H, W, C
nhwc = {n: list(PF.pad(x_nhwc, lists[n // 2 - 1], data_format="NHWC").shape)
        for n in (2, 4)}
print("NHWC, [1, 2]       ->", nhwc[2])
print("NHWC, [1, 2, 3, 0] ->", nhwc[4])

# Checks: PyTorch's shapes for the first three lists; the fourth pads N
# and C; both ports give PyTorch's; NHWC pads W and H with four widths,
# and the last axis, C, with two.
assert shapes[2] == [1, 2, 3, 7] and shapes[4] == [1, 2, 6, 7]
assert shapes[6] == [1, 4, 6, 7]
assert shapes[8] == [4, 5, 5, 5]  # N += 1 + 2, C += 3 + 0, ...
assert list(PF.pad(x, reordered).shape) == [2, 4, 6, 7]
assert list(from_last.shape) == [2, 4, 6, 7]
assert nhwc[4] == [1, 6, 7, 2] and nhwc[2] == [1, 3, 4, 5]
