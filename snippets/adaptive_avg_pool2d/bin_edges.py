import math


def bin_edges(n_in, n_out):
    """Half-open [start, end) input ranges averaged by each output."""
    return [(math.floor(i * n_in / n_out),
             math.ceil((i + 1) * n_in / n_out)) for i in range(n_out)]


# 6 -> 3 divides evenly, 8 -> 5 does not, 4 -> 5 grows the input
for n_in, n_out in [(6, 3), (8, 5), (4, 5)]:
    edges = bin_edges(n_in, n_out)
    sizes = [end - start for start, end in edges]
    print(f"{n_in} -> {n_out}: bins {edges}, sizes {sizes}")
    # the bins start at 0, end at n_in, are never empty, leave no gap
    assert edges[0][0] == 0 and edges[-1][1] == n_in, edges
    assert min(sizes) >= 1, sizes
    for (_, end), (start, _) in zip(edges, edges[1:]):
        assert start <= end, f"gap between bins in {edges}"

edges = bin_edges(8, 5)
sizes = [end - start for start, end in edges]
shared = [start for (_, end), (start, _) in zip(edges, edges[1:])
          if start < end]
print("8 -> 5: input rows shared by two bins:", shared)
assert len(set(sizes)) > 1, "8 -> 5 should have bins of unequal size"
assert shared, "8 -> 5 should have overlapping bins"
