"""Unseen: a trustworthy record and a defensible count of the detained."""

__version__ = "0.1.0"
