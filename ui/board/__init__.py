"""The 1-2-4 board: one account's seven cards in four columns, and the office's portfolio."""
