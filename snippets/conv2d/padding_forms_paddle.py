# The padding forms paddle.nn.Conv2D accepts.
import paddle


def out_size(n, k, s=1, p_before=0, p_after=0, d=1):
    return (n + p_before + p_after - d * (k - 1) - 1) // s + 1


def show(label, result):
    print(f"{label:32}{result}")


paddle.seed(0)
x = paddle.randn([1, 1, 9, 10])  # odd height, even width
h, w = x.shape[2:]

# An int pads all four sides; [pH, pW] pads rows, then columns.
y = paddle.nn.Conv2D(1, 1, 3, padding=[2, 1])(x)
want = [1, 1, out_size(h, 3, p_before=2, p_after=2),
        out_size(w, 3, p_before=1, p_after=1)]
show("padding=[2, 1]", list(y.shape))
assert list(y.shape) == want, f"{list(y.shape)} != {want}"

# 'valid' means no padding and works with any stride.
y = paddle.nn.Conv2D(1, 1, 3, stride=2, padding="valid")(x)
want = [1, 1, out_size(h, 3, s=2), out_size(w, 3, s=2)]
show("'valid', stride=2", list(y.shape))
assert list(y.shape) == want, f"{list(y.shape)} != {want}"
y = paddle.nn.Conv2D(1, 1, 3, stride=2, padding="VALID")(x)
assert list(y.shape) == want, "upper-case 'VALID' differs"

# 'same' works with any stride: the output is ceil(input / stride).
for stride in (1, 2, 3):
    y = paddle.nn.Conv2D(1, 1, 3, stride=stride, padding="same")(x)
    want = [1, 1, -(-h // stride), -(-w // stride)]
    show(f"'same', stride={stride}", list(y.shape))
    assert list(y.shape) == want, f"{list(y.shape)} != {want}"
y = paddle.nn.Conv2D(1, 1, 3, padding="SAME")(x)  # upper case too
show("'SAME'", list(y.shape))
assert list(y.shape) == [1, 1, h, w], f"{list(y.shape)}"

# Asymmetric padding, two spellings: [top, bottom, left, right]...
top, bottom, left, right = 1, 2, 0, 1
want = [1, 1, out_size(h, 3, p_before=top, p_after=bottom),
        out_size(w, 3, p_before=left, p_after=right)]
y = paddle.nn.Conv2D(1, 1, 3, padding=[top, bottom, left, right])(x)
show("padding=[1, 2, 0, 1]", list(y.shape))
assert list(y.shape) == want, f"{list(y.shape)} != {want}"
# ...or one (before, after) pair per axis of NCHW, zeros for N and C.
pairs = [[0, 0], [0, 0], [top, bottom], [left, right]]
y = paddle.nn.Conv2D(1, 1, 3, padding=pairs)(x)
show("padding=[[0, 0], [0, 0], ...]", list(y.shape))
assert list(y.shape) == want, f"{list(y.shape)} != {want}"
