"""Feedback: complaints and praise, loyalty assessments and churn."""
