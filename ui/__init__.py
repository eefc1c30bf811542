"""The Qt desktop app: windows, pages, dialogs, table models. Talks to kamdesk.services only."""
