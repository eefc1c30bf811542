"""KAMDesk: start the desktop app, or run a command (`python main.py --help`)."""

import sys

from kamdesk import cli


def main(argv: list[str] | None = None) -> int:
    args = cli.parse_args(argv)
    if args.command is None:
        from ui.app import run

        return run(args)
    return cli.run(args)


if __name__ == "__main__":
    sys.exit(main())
