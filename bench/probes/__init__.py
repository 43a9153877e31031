"""Outside linkage probes: synthetic benchmarks written apart from Unseen, by people who had not read its
code, to check the linker on spellings and conventions it was not tuned on. See `bench/outside_probes.py`.
"""
