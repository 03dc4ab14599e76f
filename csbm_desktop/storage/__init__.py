"""The local store: SQLite through SQLAlchemy, schema moved forward by Alembic at open."""
