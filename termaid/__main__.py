"""``python -m termaid``: the same as the ``termaid`` command."""

from termaid.cli import main

main()
