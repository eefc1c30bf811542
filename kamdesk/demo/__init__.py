"""A demo office to try KAMDesk with: `fill_demo` writes reps, accounts, their history, sales, boards
and prospects into an empty database. The names every part draws from live in `names`, so the parts
never import each other."""

from kamdesk.demo.office import fill_demo, make_office

__all__ = ["fill_demo", "make_office"]
