"""The framework's and the seeds' rules as plain functions and constants: the 1-2-4 checklist, the
value tiers and their analytics, the vocabularies and their wording, periods, the prospect scorecard and input
validation. Nothing here reads or writes the database."""
