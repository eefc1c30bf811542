"""The Accounts workspace: the list, an account's pane (form, contacts, timeline, changes) and its actions."""
