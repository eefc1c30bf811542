"""What every workspace shares: settings, styling, translation, plain-text widgets, table models,
form helpers, background work."""
