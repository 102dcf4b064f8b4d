"""Pipeline stages: each has one job and reads/writes the `Doc` (see `doc.py`)."""
