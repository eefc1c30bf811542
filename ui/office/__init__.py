"""The office's own settings and people: seats, database, backups, hand-over, imports and exports."""
