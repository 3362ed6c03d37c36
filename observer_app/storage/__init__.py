"""Storage: the observer database (sqlite-utils over SQLite)."""
