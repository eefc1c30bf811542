"""scripts/trim_icu.py: the bundle's ICU data keeps what Chinese and English sorting needs."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import trim_icu  # noqa: E402

SORT_NAMES = """
from PySide6.QtCore import QCollator, QLocale
collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
print(" ".join(sorted(["张伟", "阿里", "北京", "重庆", "王芳", "李娜"], key=collator.sortKey)))
"""


@pytest.mark.parametrize(
    ("item", "kept"),
    [
        ("coll/zh.res", True), ("coll/root.res", True), ("coll/en_GB.res", True), ("zh_Hans_CN.res", True),
        ("res_index.res", True), ("ucadata.icu", True), ("zoneinfo64.res", True), ("brkitr/word.brk", True),
        ("coll/fr.res", False), ("de.res", False), ("coll/de_.res", False), ("brkitr/cjdict.dict", False),
        ("translit/Han_Latin.res", False), ("ibm-1390_P110-2003.cnv", False), ("curr/yue_Hans.res", False),
        ("unames.icu", False),
    ],
)  # fmt: skip
def test_only_chinese_english_and_shared_data_is_kept(item, kept):
    assert trim_icu.wanted(item) is kept


def test_the_trimmed_library_still_sorts_chinese_names_by_pinyin(tmp_path):
    import PySide6

    source = Path(PySide6.__file__).parent / "Qt" / "lib"
    libraries = sorted(source.glob("libicudata.so.*"))
    if not libraries:
        pytest.skip("this PySide6 carries no ICU (only its Linux wheels do)")
    if not shutil.which("icupkg") and not os.environ.get("CI"):
        pytest.skip("icupkg not installed (Debian: icu-devtools)")
    trimmed = tmp_path / libraries[0].name

    trim_icu.trim(libraries[0], trimmed)

    assert trimmed.stat().st_size < libraries[0].stat().st_size / 4
    env = {**os.environ, "LD_PRELOAD": str(trimmed)}  # Qt's ICU reads its data from this one instead
    done = subprocess.run(
        [sys.executable, "-c", SORT_NAMES], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.split() == ["阿里", "北京", "重庆", "李娜", "王芳", "张伟"]
    assert "collator" not in done.stderr.lower()
