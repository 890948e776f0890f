"""Team sync on screen: status bar, connect, conflicts and the sync log."""
