"""The only code that writes to the database. Widgets call these; they never build queries."""
