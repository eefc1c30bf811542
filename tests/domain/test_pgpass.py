"""The PostgreSQL password file: one line per server, database and user, owner-only."""

import stat

from kamdesk.store import db, pgpass


def test_a_password_is_stored_once_per_server_database_and_user_and_others_are_kept(tmp_path):
    path = tmp_path / ".pgpass"
    path.write_text("other-host:5432:*:admin:secret\n", encoding="utf-8")
    pgpass.remember("srv", 5432, "office", "kamdesk", "first", path)
    pgpass.remember("srv", 5432, "office", "kamdesk", "new:pass\\word", path)  # changed, with ':' and '\'
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines == ["other-host:5432:*:admin:secret", "srv:5432:office:kamdesk:new\\:pass\\\\word"]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_server_url_has_no_password_and_a_typed_one_is_masked_in_messages():
    assert db.server_url("srv", 5433, "华东办公室", "li na") == (
        "postgresql://li%20na@srv:5433/%E5%8D%8E%E4%B8%9C%E5%8A%9E%E5%85%AC%E5%AE%A4"
    )
    assert (
        db.display_target("postgresql://kamdesk:s3cret@srv/office") == "postgresql://kamdesk:***@srv/office"
    )


def test_a_server_that_cannot_be_reached_is_named_with_the_reason_and_no_password():
    import pytest

    from kamdesk import errors

    with pytest.raises(errors.DatabaseConnectionError) as failed:
        db.check_server("postgresql://kamdesk:s3cret@127.0.0.1:1/office", timeout_s=2)
    text = str(failed.value)
    assert "127.0.0.1" in text and "refused" in text.lower() and "s3cret" not in text
