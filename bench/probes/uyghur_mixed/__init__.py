"""Outside probe: Uyghur-heavy (A) and mixed (B) records from six sources; see `generate`."""
