"""Fuzz targets for every reader (issue 10): see run.py."""
