"""Follow-ups: the list of what was promised, contact cadence by tier, and the reminders."""
