"""Exchange formats: gettext PO/MO, TBX, CSV/TSV tables, and merging imports into YAML."""
