"""Shared-folder sync: workspace, bundles, reading, publishing, compaction (no Qt, no ORM)."""
