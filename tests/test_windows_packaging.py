"""Issue 24: the Windows setup installs for one user without administrator rights, and nothing in it
removes the office's data."""

import re
from pathlib import Path

from kamdesk import paths

ROOT = Path(__file__).resolve().parents[1]
ISS = (ROOT / "packaging" / "windows" / "kamdesk.iss").read_text(encoding="utf-8")


def setting(name: str) -> str:
    match = re.search(rf"^{name}=(.*)$", ISS, re.MULTILINE)
    assert match, name
    return match.group(1).strip()


def test_the_setup_installs_per_user_apart_from_the_data_and_never_deletes_it():
    assert setting("PrivilegesRequired") == "lowest"
    assert setting("DefaultDirName") == r"{localappdata}\Programs\KAMDesk"
    sections = re.findall(r"^\[(\w+)\]", ISS, re.MULTILINE)
    assert "UninstallDelete" not in sections
    # an update clears the previous build's libraries, and nothing else
    deleted = re.findall(r"^Type: \w+; Name: \"([^\"]+)\"", ISS, re.MULTILINE)
    assert deleted == [r"{app}\_internal"]
    assert r'Source: "..\..\dist\KAMDesk\*"' in ISS
    assert r"{userprograms}\KAMDesk" in ISS and r"{userdesktop}\KAMDesk" in ISS
    # the data folder the app uses on Windows is %LOCALAPPDATA%\KAMDesk, not under the app's folder
    assert "appauthor=False" in Path(paths.__file__).read_text(encoding="utf-8")
    assert (ROOT / setting("SetupIconFile").replace("..\\..\\", "").replace("\\", "/")).is_file()


def test_the_windows_workflow_builds_installs_launches_and_uninstalls():
    workflow = (ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
    for step in ("pyinstaller --noconfirm --clean pyinstaller.spec", "selftest", "ISCC.exe",
                 "/VERYSILENT", "KAMDesk.lnk", "unins", "the office's data"):  # fmt: skip
        assert step in workflow, step
