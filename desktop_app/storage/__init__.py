"""The ``.readiness`` document: one SQLite file per assessment (no Qt here)."""
