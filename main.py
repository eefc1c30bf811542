"""KAMDesk: start the desktop app, or run a command (`python main.py --help`)."""

import os
import sys

from kamdesk import cli, paths


def _installed_app_setup() -> None:
    """What the frozen app (dist/KAMDesk) needs before anything else loads."""
    # PyInstaller points matplotlib at a new temporary folder at every start, so it would rescan the
    # fonts each time (seconds on a PC with many); keep its cache with the user's instead.
    os.environ["MPLCONFIGDIR"] = str(paths.user_cache_dir() / "matplotlib")
    # A windowed .exe has no console: print the commands' output to the one it was started from.
    if sys.platform == "win32" and sys.stdout is None:
        import ctypes

        if ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
            sys.stdout = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115 (lives as long as the app)
            sys.stderr = sys.stdout


def main(argv: list[str] | None = None) -> int:
    if getattr(sys, "frozen", False):
        _installed_app_setup()
    args = cli.parse_args(argv)
    if args.command is None:
        from ui.app import run

        return run(args)
    if args.command == "selftest":
        from ui.self_test import run

        return run(args)
    return cli.run(args)


if __name__ == "__main__":
    # The installed app is also the process that reads a big import file (kamdesk.exchange.read_ahead):
    # started that way, it reads and exits here, before anything else.
    import multiprocessing

    multiprocessing.freeze_support()
    sys.exit(main())
