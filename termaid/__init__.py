"""termaid: offline multilingual terminology and translation aid (the command line)."""

__version__ = "0.1.0"
