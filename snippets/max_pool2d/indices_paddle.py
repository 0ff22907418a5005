# return_mask=True also returns where each maximum came from: its
# position in its own channel of the input, flattened row by row
# (h * W + w), counted in the input without padding.
import numpy as np
import paddle

rng = np.random.default_rng(0)
x = rng.permutation(40).reshape(1, 2, 4, 5).astype(np.float32)
pool = paddle.nn.MaxPool2D(3, stride=2, padding=1, return_mask=True)
y, indices = pool(paddle.to_tensor(x))
print("x[0, 1]:\n", x[0, 1])
print("y[0, 1]:\n", y.numpy()[0, 1])
print("indices[0, 1]:\n", indices.numpy()[0, 1], indices.dtype)
width = x.shape[3]
print("row = index // W:\n", indices.numpy()[0, 1] // width)
print("column = index % W:\n", indices.numpy()[0, 1] % width)

# MaxUnPool2D puts each maximum back where it came from, zeros elsewhere.
unpool = paddle.nn.MaxUnPool2D(3, stride=2, padding=1,
                               output_size=list(x.shape))
restored = unpool(y, indices).numpy()
print("unpooled[0, 1]:\n", restored[0, 1])

# The mask exists for NCHW only.
try:
    paddle.nn.MaxPool2D(2, return_mask=True, data_format="NHWC")(
        paddle.to_tensor(x.transpose(0, 2, 3, 1)))
except ValueError as error:
    print("NHWC with return_mask:", str(error).split(" in API")[0])

# Checks: the indices address each channel of the unpadded input.
flat = x.reshape(1, 2, -1)
np.testing.assert_array_equal(
    np.take_along_axis(flat, indices.numpy().reshape(1, 2, -1), axis=2),
    y.numpy().reshape(1, 2, -1))
assert indices.dtype == paddle.int32
assert 0 <= int(indices.min()) and int(indices.max()) < 4 * 5
kept = restored != 0
np.testing.assert_array_equal(restored[kept], x[kept])
# Ties go to the first position of the window, row by row.
_, tied = paddle.nn.MaxPool2D(2, return_mask=True)(paddle.ones([1, 1, 4, 4]))
np.testing.assert_array_equal(tied.numpy()[0, 0], [[0, 2], [8, 10]])
