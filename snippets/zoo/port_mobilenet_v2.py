"""Port torchvision's mobilenet_v2 to Paddle and back."""
from zoo_port import as_function, port, report

row = port("mobilenet_v2")
report(row)

# Checks
assert row["rel_gap"] <= 1e-5 and row["exact"], row
assert all(as_function(d) for d in row["left"]), row["left"]
