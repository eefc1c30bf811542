"""Where the office's data is kept: the database (SQLite file or PostgreSQL server), its models and
migrations, the audit trail, backups, integrity checks, copying an office, files written whole, and
what storage faults mean."""
