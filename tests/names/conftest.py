"""Load the compiled distance kernel once per session, before any test is timed.

The first call of :func:`unseen.names.distance.form_distance` in a process imports numba and compiles
the kernel (or loads it from numba's disk cache): up to a few seconds once. Hypothesis deadlines
should time the code under test, not that start-up, whichever test happens to run first.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from unseen.names.distance import form_distance


@pytest.fixture(autouse=True, scope="session")
def _compiled_distance_kernel() -> Iterator[None]:
    form_distance("MaMaT", "aLa")
    yield
