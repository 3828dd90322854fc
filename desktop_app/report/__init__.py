"""The PDF deployment plan (reportlab, loaded lazily; no Qt)."""
