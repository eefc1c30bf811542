"""New key accounts (prospects): the cards, their scorecards and the rep's targets."""
