"""Outside probe: Kazakh, Kyrgyz, Hui and Han records from six sources; see `generate`."""
