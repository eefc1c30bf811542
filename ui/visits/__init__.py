"""Visits: the deep-communication visit form and the search through visit notes."""
