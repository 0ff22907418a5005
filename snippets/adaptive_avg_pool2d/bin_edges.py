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

edges = bin_edges(8, 5)
sizes = [end - start for start, end in edges]
shared = [start for (_, end), (start, _) in zip(edges, edges[1:])
          if start < end]
print("8 -> 5: input rows shared by two bins:", shared)

# Checks: 8 -> 5 has unequal, overlapping bins; and the general rules,
# for every pair of sizes up to 32.
assert len(set(sizes)) > 1, "8 -> 5 should have bins of unequal size"
assert shared, "8 -> 5 should have overlapping bins"
for n_in in range(1, 33):
    for n_out in range(1, 33):
        edges = bin_edges(n_in, n_out)
        sizes = [end - start for start, end in edges]
        # from 0 to n_in, never empty, no gap between neighbours
        assert edges[0][0] == 0 and edges[-1][1] == n_in, edges
        assert min(sizes) >= 1, edges
        assert all(s <= e for (_, e), (s, _) in zip(edges, edges[1:]))
        if n_in % n_out == 0:
            # an even split: like a window with size = stride = k
            k = n_in // n_out
            assert edges == [(i * k, i * k + k) for i in range(n_out)]
        if n_out > n_in:
            assert max(sizes) <= 2, edges
