"""Issue 24: install.sh puts KAMDesk in one user's menu without root, and uninstalling removes exactly
what it added, never the office's data. Run on a stand-in app folder with the real icons."""

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SIZES = ("16x16", "24x24", "32x32", "48x48", "64x64", "128x128", "256x256", "512x512")


@pytest.fixture
def built(tmp_path):
    """What `make dist` leaves: dist/KAMDesk/ (an executable and _internal/resources) and install.sh."""
    dist = tmp_path / "dist"
    app = dist / "KAMDesk"
    shutil.copytree(ROOT / "resources" / "icons", app / "_internal" / "resources" / "icons")
    exe = app / "KAMDesk"
    exe.write_text('#!/bin/sh\necho "started with: $*" > "$HOME/started"\n')
    exe.chmod(0o755)
    shutil.copy(ROOT / "scripts" / "install.sh", dist / "install.sh")
    return dist


@pytest.fixture
def user(tmp_path):
    home = tmp_path / "home 王经理"  # a space and Chinese in the path, as a rep's may have
    (home / ".local" / "share" / "KAMDesk").mkdir(parents=True)
    (home / ".local" / "share" / "KAMDesk" / "kamdesk.sqlite3").write_bytes(b"the office's data")
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}
    return home, env


def run(script, env, *args):
    return subprocess.run(["sh", str(script), *args], env=env, capture_output=True, text=True, check=True)


def files_under(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}


def test_install_adds_a_valid_menu_entry_that_starts_the_app_and_uninstall_removes_it(built, user):
    home, env = user
    share = home / ".local" / "share"
    before = files_under(home)
    out = run(built / "install.sh", env).stdout
    assert "applications menu" in out

    entry = share / "applications" / "kamdesk.desktop"
    app_home = share / "kamdesk-app"
    assert (app_home / "KAMDesk" / "KAMDesk").stat().st_mode & stat.S_IXUSR
    assert all((share / "icons" / "hicolor" / size / "apps" / "kamdesk.png").is_file() for size in SIZES)
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "kamdesk.svg").is_file()
    if shutil.which("desktop-file-validate") or os.environ.get("CI"):
        check = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
        assert check.returncode == 0 and check.stdout == "", check.stdout
    fields = dict(line.split("=", 1) for line in entry.read_text().splitlines() if "=" in line)
    assert fields["Icon"] == "kamdesk" and fields["Terminal"] == "false" and fields["Name"] == "KAMDesk"
    assert fields["GenericName[zh_CN]"] == "大客户管理"
    # what a launcher does with Exec: run it, no terminal
    subprocess.run(fields["Exec"].strip('"'), env=env, check=True)
    assert (home / "started").read_text() == "started with: \n"

    run(app_home / "install.sh", env, "--uninstall")  # the installed copy removes itself
    (home / "started").unlink()
    assert files_under(home) == before  # exactly what install added is gone; the data stays
    assert (share / "KAMDesk" / "kamdesk.sqlite3").read_bytes() == b"the office's data"


def test_installing_again_updates_in_place_and_uninstalling_twice_is_harmless(built, user):
    home, env = user
    run(built / "install.sh", env)
    (built / "KAMDesk" / "new-file").write_text("from the new version")
    run(built / "install.sh", env)
    app_home = home / ".local" / "share" / "kamdesk-app"
    assert (app_home / "KAMDesk" / "new-file").read_text() == "from the new version"
    listed = (app_home / "installed-files").read_text().splitlines()
    assert len(listed) == len(set(listed)) == len(SIZES) + 2  # icons, the SVG, the menu entry: once each
    assert not list(app_home.parent.glob("kamdesk-app.*"))  # no half-made copy left beside it
    run(app_home / "install.sh", env, "--uninstall")
    out = run(built / "install.sh", env, "--uninstall").stdout
    assert "not installed" in out


def test_install_refuses_without_the_app_beside_it(tmp_path, user):
    home, env = user
    script = tmp_path / "install.sh"
    shutil.copy(ROOT / "scripts" / "install.sh", script)
    result = subprocess.run(["sh", str(script)], env=env, capture_output=True, text=True)
    assert result.returncode != 0 and "no KAMDesk/KAMDesk next to this script" in result.stderr
    assert not (home / ".local" / "share" / "applications").exists()


def test_the_windows_icon_holds_every_size_drawn_at_that_size():
    """kamdesk.ico, for the .exe, its shortcuts and the setup: no size left for Windows to scale."""
    from PIL import Image, ImageChops

    ico = Image.open(ROOT / "resources" / "icons" / "kamdesk.ico")
    sizes = sorted(ico.info["sizes"])
    assert sizes == [(n, n) for n in (16, 24, 32, 48, 64, 128, 256)]
    for size in sizes:
        ico.size = size
        drawn = ROOT / "resources" / "icons" / "hicolor" / "{}x{}".format(*size) / "apps" / "kamdesk.png"
        frame, png = ico.convert("RGBA"), Image.open(drawn).convert("RGBA")
        assert ImageChops.difference(frame, png).getbbox() is None, size


def test_the_icon_theme_sizes_are_drawn_at_their_size():
    """resources/icons/hicolor, drawn from kamdesk.svg by scripts/make_icons.py."""
    import struct

    for size in SIZES:
        png = (ROOT / "resources" / "icons" / "hicolor" / size / "apps" / "kamdesk.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        assert "{}x{}".format(*struct.unpack(">II", png[16:24])) == size
