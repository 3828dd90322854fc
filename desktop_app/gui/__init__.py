"""The PySide6 application: windows, views, Qt models and charts."""
