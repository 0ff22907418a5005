"""Checks that a drawn tensor follows a distribution, with tolerances
derived from its size n.

A sample of n values misses the true standard deviation by about
sigma * sqrt((kurtosis - 1) / (4 n)) and the true mean by sigma / sqrt(n);
a check allows Z of these standard errors. A uniform draw's bound is
exact: no value lies beyond it, and the largest |w| of n values falls
short of the bound by more than a share 20 / n with a probability of
about exp(-20).
"""
import math

import numpy as np

Z = 5  # standard errors allowed


def values(w):
    """A tensor of either framework as float64 NumPy values."""
    if hasattr(w, "detach"):
        w = w.detach()
    if hasattr(w, "numpy"):
        w = w.numpy()
    return np.asarray(w, dtype=np.float64).ravel()


def std_error(sigma, n, kurtosis):
    return sigma * math.sqrt((kurtosis - 1) / (4 * n))


def check_uniform(w, low, high):
    """w ~ U(low, high): the bounds exactly, the ends reached, the std."""
    w = values(w)
    n, width = w.size, high - low
    assert w.min() >= np.float32(low) and w.max() <= np.float32(high)
    assert w.min() <= low + width * 20 / n, (w.min(), low)
    assert w.max() >= high - width * 20 / n, (w.max(), high)
    sigma = width / math.sqrt(12)
    assert abs(w.std() - sigma) <= Z * std_error(sigma, n, 1.8), (
        w.std(), sigma)


def check_normal(w, mean, sigma):
    """w ~ N(mean, sigma^2): the mean, the std and the share within one
    sigma (0.6827 for a normal, 0.5774 for a uniform of that std)."""
    w = values(w)
    n = w.size
    assert abs(w.mean() - mean) <= Z * sigma / math.sqrt(n)
    assert abs(w.std() - sigma) <= Z * std_error(sigma, n, 3.0), (
        w.std(), sigma)
    inside = np.mean(np.abs(w - mean) <= sigma)
    p = math.erf(1 / math.sqrt(2))
    assert abs(inside - p) <= Z * math.sqrt(p * (1 - p) / n), inside


def truncated_normal_std(mean, sigma, a, b):
    """The std of N(mean, sigma^2) cut to [a, b]."""
    alpha, beta = (a - mean) / sigma, (b - mean) / sigma
    pdf = lambda x: math.exp(-x * x / 2) / math.sqrt(2 * math.pi)
    cdf = lambda x: (1 + math.erf(x / math.sqrt(2))) / 2
    mass = cdf(beta) - cdf(alpha)
    shift = (pdf(alpha) - pdf(beta)) / mass
    var = 1 + (alpha * pdf(alpha) - beta * pdf(beta)) / mass - shift ** 2
    return sigma * math.sqrt(var)


def truncated_normal_mean(mean, sigma, a, b):
    """The mean of N(mean, sigma^2) cut to [a, b]."""
    alpha, beta = (a - mean) / sigma, (b - mean) / sigma
    pdf = lambda x: math.exp(-x * x / 2) / math.sqrt(2 * math.pi)
    cdf = lambda x: (1 + math.erf(x / math.sqrt(2))) / 2
    mass = cdf(beta) - cdf(alpha)
    return mean + sigma * (pdf(alpha) - pdf(beta)) / mass


def check_truncated_normal(w, mean, sigma, a, b):
    """w ~ N(mean, sigma^2) cut to [a, b]: the bounds exactly, the mean
    and the std of the cut distribution (whose kurtosis is at most 3)."""
    w = values(w)
    n = w.size
    assert w.min() >= np.float32(a) and w.max() <= np.float32(b)
    cut_mean = truncated_normal_mean(mean, sigma, a, b)
    cut_std = truncated_normal_std(mean, sigma, a, b)
    assert abs(w.mean() - cut_mean) <= Z * cut_std / math.sqrt(n), (
        w.mean(), cut_mean)
    assert abs(w.std() - cut_std) <= Z * std_error(cut_std, n, 3.0), (
        w.std(), cut_std)
