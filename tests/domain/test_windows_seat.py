"""Issue 24: what differs on a Windows seat, run here with the platform faked: where the office's data
and log go, the PostgreSQL password file, what protects the files, the fonts for the PDFs and
charts, and file names in Chinese."""

import shutil
from pathlib import Path

import platformdirs.windows
import pytest

from kamdesk import paths
from kamdesk.reports import fonts
from kamdesk.store import backups, pgpass

PROFILE = r"C:\Users\王芳"
FOLDERS = {"CSIDL_LOCAL_APPDATA": PROFILE + r"\AppData\Local", "CSIDL_APPDATA": PROFILE + r"\AppData\Roaming"}


def windows_path(text: str) -> str:
    return text.replace("/", "\\")  # os.path.join here writes "/" where Windows writes "\"


def test_the_office_and_its_log_live_in_local_appdata_under_kamdesk(monkeypatch):
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", FOLDERS.__getitem__)
    dirs = paths.platform_dirs(platformdirs.windows.Windows)
    assert windows_path(dirs.user_data_dir) == PROFILE + r"\AppData\Local\KAMDesk"  # not roaming
    assert windows_path(dirs.user_log_dir) == PROFILE + r"\AppData\Local\KAMDesk\Logs"
    assert windows_path(dirs.user_cache_dir) == PROFILE + r"\AppData\Local\KAMDesk\Cache"


def test_the_postgresql_password_file_is_where_libpq_looks_on_windows(tmp_path, monkeypatch):
    monkeypatch.delenv("PGPASSFILE", raising=False)
    monkeypatch.setenv("APPDATA", str(tmp_path / "AppData" / "Roaming"))
    assert pgpass.password_file("nt") == tmp_path / "AppData" / "Roaming" / "postgresql" / "pgpass.conf"
    assert pgpass.password_file("posix") == Path.home() / ".pgpass"
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "chosen.conf"))
    assert pgpass.password_file("nt") == tmp_path / "chosen.conf"  # PGPASSFILE wins everywhere


def test_on_windows_no_file_mode_is_set_the_profile_folder_protects_the_files(tmp_path, monkeypatch):
    def no_modes_on_windows(self, mode):
        raise AssertionError(f"chmod({oct(mode)}) on Windows")

    monkeypatch.setattr(backups, "POSIX", False)
    monkeypatch.setattr(Path, "chmod", no_modes_on_windows)
    written = pgpass.remember("srv", 5432, "华东办公室", "王芳", "secret", tmp_path / "pgpass.conf")
    assert written.read_text(encoding="utf-8") == "srv:5432:华东办公室:王芳:secret\n"
    backups.private(tmp_path, directory=True)
    backups.private_file(tmp_path / "kamdesk.sqlite3")  # SQLite makes it: nothing to prepare


def test_pdfs_and_charts_use_microsoft_yahei_then_simhei_and_simsun_then_the_bundled_font(tmp_path):
    windir = tmp_path / "Windows"
    found = fonts.candidates("win32", {"WINDIR": str(windir)})
    assert [(c.path.parent, c.path.name) for c in found[:3]] == [
        (windir / "Fonts", "msyh.ttc"), (windir / "Fonts", "simhei.ttf"), (windir / "Fonts", "simsun.ttc"),
    ]  # fmt: skip
    assert found[3].path == paths.resource_path("fonts", "wqy-microhei.ttc")  # the fallback
    assert fonts.candidates("linux", {})[0].path == found[3].path  # Linux desktops differ: bundled first


def test_the_first_windows_font_present_is_the_one_registered(tmp_path, monkeypatch):
    windir = tmp_path / "Windows"
    (windir / "Fonts").mkdir(parents=True)
    shutil.copy(paths.resource_path("fonts", "wqy-microhei.ttc"), windir / "Fonts" / "simhei.ttf")  # no YaHei
    on_windows = fonts.candidates
    monkeypatch.setattr(fonts, "candidates", lambda: on_windows("win32", {"WINDIR": str(windir)}))
    monkeypatch.setattr(fonts, "_registered", None)
    assert fonts.register_fonts().path == windir / "Fonts" / "simhei.ttf"


@pytest.mark.parametrize("name", ["客户回顾_KA00012_2026Q3.pdf", "拜访简报 北京永辉.pdf"])
def test_files_named_in_chinese_are_written_and_read_back(tmp_path, name):
    from kamdesk.store.safe_write import write_text

    target = tmp_path / "报告" / name
    target.parent.mkdir()
    write_text(target, "内容")
    assert [p.name for p in target.parent.iterdir()] == [name] and target.read_text(
        encoding="utf-8"
    ) == "内容"
