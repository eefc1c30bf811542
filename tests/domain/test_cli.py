import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kamdesk import __version__, cli
from kamdesk.store import migrations

ROOT = Path(__file__).resolve().parents[2]


def run_main(*args, env=None):
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, env=env, cwd=ROOT
    )


def test_version():
    result = run_main("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"KAMDesk {__version__}"


def test_demo_then_check(tmp_path, capsys):
    path = tmp_path / "office.sqlite3"
    assert cli.run(cli.parse_args(["demo", "--db", str(path), "--accounts", "40", "--seed", "2"])) == 0
    assert "40 accounts" in capsys.readouterr().out
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert cli.run(cli.parse_args(["check", "--db", str(path)])) == 0
    out = capsys.readouterr().out
    assert f"schema version {migrations.SCHEMA_VERSION}" in out and "accounts: 40" in out
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before  # check never writes


def test_db_from_environment(tmp_path, monkeypatch, capsys):
    path = tmp_path / "env.sqlite3"
    monkeypatch.setenv("KAMDESK_DB", str(path))
    assert cli.run(cli.parse_args(["demo", "--accounts", "3"])) == 0
    assert path.exists()


@pytest.mark.parametrize("content", [None, b"PK\x03\x04 not a database"])
def test_check_fails_with_a_one_line_reason(tmp_path, capsys, content):
    path = tmp_path / "office.sqlite3"
    if content is not None:
        path.write_bytes(content)
    assert cli.run(cli.parse_args(["check", "--db", str(path)])) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and str(path) in err
    assert path.exists() == (content is not None)  # check never creates a file


def test_demo_with_a_bad_count_is_a_usage_error():
    result = run_main("demo", "--accounts", "-3")
    assert result.returncode == 2 and "positive" in result.stderr


def test_check_reads_an_older_database_without_upgrading_it(tmp_path, capsys):
    import sqlite3

    path = tmp_path / "v1.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript((ROOT / "tests" / "data" / "kamdesk_v1.sql").read_text(encoding="utf-8"))
    conn.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert cli.run(cli.parse_args(["check", "--db", str(path)])) == 0
    out = capsys.readouterr().out
    assert "schema version 1, upgraded to" in out and "accounts: 12" in out
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_import_prospects_adds_a_list_then_refuses_a_bad_one_whole(tmp_path, capsys):
    path = tmp_path / "office.sqlite3"
    good = tmp_path / "list.csv"
    good.write_text("公司名称,行业,职位\n杭州天润酒店,酒店,总经理\n", encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text("公司名称,邮箱\n新公司,not-mail\n", encoding="utf-8")
    assert cli.run(cli.parse_args(["import", "prospects", str(good), "--db", str(path)])) == 0
    assert "1 prospects read, 1 added, 0 already in KAMDesk" in capsys.readouterr().out
    assert cli.run(cli.parse_args(["import", "prospects", str(bad), "--db", str(path)])) == 1
    assert "line 2, column email: not an e-mail address ('not-mail')" in capsys.readouterr().err
    assert cli.run(cli.parse_args(["check", "--db", str(path)])) == 0
    assert "accounts: 1" in capsys.readouterr().out


def test_check_says_when_the_sales_facts_differ_from_the_lines_and_rebuilds_them(tmp_path, capsys):
    path = tmp_path / "office.sqlite3"
    assert cli.run(cli.parse_args(["demo", "--db", str(path), "--accounts", "20"])) == 0
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE sales_month SET amount_cents = amount_cents + 100 WHERE id = 1")
    conn.close()
    capsys.readouterr()
    assert cli.run(cli.parse_args(["check", "--db", str(path)])) == 1
    said = capsys.readouterr().err
    assert "the sales facts differ from the order lines" in said and "sales_month" in said
    assert "check --rebuild-facts" in said
    assert cli.run(cli.parse_args(["check", "--rebuild-facts", "--db", str(path)])) == 0
    assert "the sales facts equal the order lines" in capsys.readouterr().out
