"""Canonical sources: an outlet the stored articles name in their metadata stays that outlet."""
import pytest

from muster.reconcile.sources import canonicalize


@pytest.mark.parametrize("outlet, written", [
    ("The Local", "The Local"),
    ("The Baltic Herald", "the Baltic Herald"),
    ("Kyiv Courier", "Kyiv Courier"),
])
def test_a_source_that_is_a_known_outlet_is_that_outlet_as_its_metadata_writes_it(outlet, written):
    assigned = canonicalize([written, outlet, "the defence ministry"], outlets={outlet})
    assert (assigned[written].name, assigned[written].kind) == (outlet, "outlet")
    assert assigned[written] is assigned[outlet]
    assert assigned["the defence ministry"].kind != "outlet"

