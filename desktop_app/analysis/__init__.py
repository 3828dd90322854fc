"""Tables, comparison of assessments and portfolios of many files (pandas, loaded lazily; no Qt)."""
