"""Printable reviews (reportlab). Import this package only when a report is asked for: reportlab and
matplotlib are not loaded at start-up."""
