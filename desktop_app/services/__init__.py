"""Use cases shared by the GUI and the CLI. Each owns its transaction; returns plain data."""
