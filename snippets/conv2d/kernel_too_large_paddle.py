# A dilated kernel larger than the padded input, in Paddle. PyTorch
# refuses every such setting; Paddle may return a map of 0 or -1 rows,
# abort the whole process, or never return. Each call therefore runs in
# its own Python process, with a time limit, and only its outcome is
# printed here.
import subprocess
import sys
import textwrap
import time

CHILD = textwrap.dedent("""
    import sys, warnings
    warnings.simplefilter("ignore")
    import paddle
    h, k, s, p, d = map(int, sys.argv[1:])
    print("ready", flush=True)  # the time limit starts after the import
    conv = paddle.nn.Conv2D(1, 1, k, stride=s, padding=p, dilation=d)
    try:
        print("shape", list(conv(paddle.zeros([1, 1, h, h])).shape))
    except Exception as error:
        print("error", type(error).__name__)
""")
LIMIT = 5  # seconds for one convolution of a 1 x 1 input (it takes ms)
NO_RESULT = f"no result: hung ({LIMIT} s) or aborted"


def start(h, k, s, p, d):
    """A process that tries the setting in Paddle."""
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, *map(str, (h, k, s, p, d))],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)


def outcome(child, deadline):
    """What Paddle did with the setting by the deadline, as one line of
    text."""
    try:
        child.wait(timeout=max(0, deadline - time.monotonic()))
    except subprocess.TimeoutExpired:
        child.kill()  # hung: no answer within the limit
        child.wait()
    # Killed by us, or aborted by a signal (SIGABRT): which of the two
    # happens varies from run to run, so both read the same.
    if child.returncode < 0:
        return NO_RESULT
    # the last line: Intel MKL may print a complaint before it
    return child.stdout.read().strip().splitlines()[-1]


settings = [(1, 2, 1, 0, 1), (1, 2, 1, 0, 2), (1, 3, 1, 0, 3),
            (1, 5, 1, 0, 2)]
# All at once: a hung call only waits, so the limits run side by side.
children = {setting: start(*setting) for setting in settings}
for child in children.values():
    assert child.stdout.readline().strip() == "ready"
deadline = time.monotonic() + LIMIT  # from when all have imported
results = {}
print(" H_in  k  s  p  d  Paddle")
for h, k, s, p, d in settings:
    results[h, k, s, p, d] = outcome(children[h, k, s, p, d], deadline)
    print(f"{h:5d}{k:3d}{s:3d}{p:3d}{d:3d}  {results[h, k, s, p, d]}")

# Checks: none of these kernels fits, and Paddle's outcomes
assert all(d * (k - 1) + 1 > h + 2 * p for h, k, s, p, d in settings)
assert list(results.values()) == [
    "shape [1, 1, 0, 0]", "shape [1, 1, -1, -1]", NO_RESULT, NO_RESULT]
