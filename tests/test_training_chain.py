"""Every combination of the whole training chain (snippets/clipping/
chain.py), all four settings at once: 864 runs of 50 steps, about 45 s of
a core. The Clipping page trains the runs in which any three of the four
settings meet; `nox -s hunt` trains them all, one optimizer per test."""
import itertools
import os
import sys
import warnings
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent.parent / "snippets" / "clipping"))
warnings.filterwarnings("ignore", message="No ccache found")

from chain import (CLIPPING, DECAY, OPTIMIZERS, SCHEDULES,  # noqa: E402
                   gaps, paddle_train, torch_train)

STEPS = 50
TOLERANCE = 2e-4  # the Clipping page's (whole_chain.py)


@pytest.mark.hunt
@pytest.mark.skipif("HUNT_EXAMPLES" not in os.environ,
                    reason="the whole product runs in `nox -s hunt`")
@pytest.mark.parametrize("optimizer", list(OPTIMIZERS))
def test_every_combination_stays_within_the_tolerance(optimizer):
    drifted = {}
    for d, s, c in itertools.product(DECAY, SCHEDULES, CLIPPING):
        t, _ = torch_train(optimizer, d, s, c, STEPS)
        gap = gaps(t, paddle_train(optimizer, d, s, c, STEPS)).max()
        if gap >= TOLERANCE:
            drifted[d, s, c] = gap
    assert not drifted, drifted
