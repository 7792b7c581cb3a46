"""`vwdesk init` and `vwdesk user ...` through the real entry point, on real files."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from tests.conftest import PASSWORD
from vwdesk.cli import main
from vwdesk.domain.enums import Role
from vwdesk.domain.errors import PermissionDenied
from vwdesk.services.workspace import Workspace


def _recovery_key(out: str) -> str:
    return re.search(r"^\s+([0-9A-Z]{5}(?:-[0-9A-Z]{5}){4})$", out, re.M).group(1)


@pytest.fixture
def env(monkeypatch):
    def set_(password=PASSWORD, new=None, recovery=None):
        monkeypatch.setenv("VWDESK_PASSWORD", password)
        for name, value in (("VWDESK_NEW_PASSWORD", new), ("VWDESK_RECOVERY_KEY", recovery)):
            if value is None:
                monkeypatch.delenv(name, raising=False)
            else:
                monkeypatch.setenv(name, value)

    set_()
    return set_


def test_init_prints_a_recovery_key_once(tmp_path: Path, env, capsys):
    path = tmp_path / "nieuw.vwdesk"
    assert main(["init", "--db", str(path), "--user", "Anna", "--municipality", "Testdorp"]) == 0
    out = capsys.readouterr().out
    assert "anna" in out and "Recovery key" in out
    recovery = _recovery_key(out)
    ws = Workspace.open_with_recovery_key(path, recovery)
    assert ws.settings.get("municipality") == "Testdorp"
    ws.close()


def test_init_refuses_an_existing_path(tmp_path: Path, env, capsys):
    path = tmp_path / "bestaand.vwdesk"
    path.write_bytes(b"")
    assert main(["init", "--db", str(path), "--user", "anna"]) == 5
    assert path.read_bytes() == b""
    assert "Refusing to overwrite" in capsys.readouterr().err


def test_init_rejects_a_short_password(tmp_path: Path, env, capsys):
    env(password="kort")
    assert main(["init", "--db", str(tmp_path / "x.vwdesk"), "--user", "anna"]) == 4
    assert not (tmp_path / "x.vwdesk").exists()


def test_user_add_list_disable(new_file: Path, env, capsys):
    db = ["--db", str(new_file), "--user", "teamleider"]
    env(new="wachtwoord-piet")
    assert main(["user", "add", *db, "piet", "--role", "volunteer"]) == 0
    assert main(["user", "list", *db]) == 0
    out = capsys.readouterr().out
    assert "piet" in out and "volunteer" in out and "recovery key: set" in out
    env(password="wachtwoord-piet")
    assert main(["check", "--db", str(new_file), "--user", "piet"]) == 0
    env()
    assert main(["user", "disable", *db, "piet"]) == 0
    env(password="wachtwoord-piet")
    capsys.readouterr()
    assert main(["check", "--db", str(new_file), "--user", "piet"]) == 3


def test_only_team_leaders_manage_accounts(new_file: Path, env, capsys):
    ws = Workspace.open(new_file, "teamleider", PASSWORD)
    ws.accounts.add("piet", "wachtwoord-piet", Role.VOLUNTEER)
    ws.close()
    env(password="wachtwoord-piet", new="wachtwoord-klaas")
    code = main(["user", "add", "--db", str(new_file), "--user", "piet", "klaas"])
    assert code == 1
    assert capsys.readouterr().err.strip() == "Only a team leader may do this."
    ws = Workspace.open(new_file, "piet", "wachtwoord-piet")
    try:
        with pytest.raises(PermissionDenied):
            ws.accounts.list()
        with pytest.raises(PermissionDenied):
            ws.accounts.reset_password("teamleider", "overgenomen-1")
        with pytest.raises(PermissionDenied):
            ws.settings.set("municipality", "Elders")
    finally:
        ws.close()


def test_passwd_own_and_by_recovery_key(tmp_path: Path, env, capsys):
    path = tmp_path / "p.vwdesk"
    main(["init", "--db", str(path), "--user", "anna"])
    recovery = _recovery_key(capsys.readouterr().out)
    env(new="tweede-wachtwoord")
    assert main(["user", "passwd", "--db", str(path), "--user", "anna"]) == 0
    env(password="tweede-wachtwoord")
    assert main(["check", "--db", str(path), "--user", "anna"]) == 0
    env(password="vergeten", new="derde-wachtwoord", recovery=recovery)
    assert main(["user", "passwd", "--db", str(path), "--recovery", "anna"]) == 0
    env(password="derde-wachtwoord")
    assert main(["check", "--db", str(path), "--user", "anna"]) == 0


def test_the_last_team_leader_stays(new_file: Path):
    ws = Workspace.open(new_file, "teamleider", PASSWORD)
    try:
        ws.accounts.add("tweede", "wachtwoord-2", Role.TEAM_LEADER)
        ws.accounts.disable("tweede")
        from vwdesk.domain.errors import InvalidInput

        with pytest.raises(InvalidInput):
            ws.accounts.disable("teamleider")
    finally:
        ws.close()


def test_usage_errors_exit_2(capsys):
    assert main(["check"]) == 2
    assert main(["frobnicate"]) == 2


def test_no_password_and_no_terminal_is_one_sentence(new_file: Path, monkeypatch, capsys):
    monkeypatch.delenv("VWDESK_PASSWORD", raising=False)
    with open(os.devnull) as devnull:
        monkeypatch.setattr("sys.stdin", devnull)
        assert main(["check", "--db", str(new_file), "--user", "teamleider"]) == 2
    assert "VWDESK_PASSWORD" in capsys.readouterr().err


def test_window_options_alone_mean_the_window():
    from vwdesk.cli import build_parser

    parser = build_parser()
    for argv in (["--lang", "en"], ["--db", "x.vwdesk"], ["--db=x.vwdesk", "--lang=nl"]):
        from vwdesk.cli import _with_default_command

        assert parser.parse_args(_with_default_command(argv)).command == "gui"
