"""Sales and the Dashboard: what the office sold, and the office's state in charts."""
