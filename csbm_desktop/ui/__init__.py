"""The Qt layer: thin widgets over the services. Only this package (and app.py) imports PySide6."""
