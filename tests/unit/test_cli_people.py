"""Issue 10 from the command line: accounts, --operator, PINs, badges, and roles refused."""

from bqw_desktop.services import people
from bqw_desktop.store.database import open_store

from tests.helpers.pdfcheck import code128, pages
from tests.helpers.people import PIN
from tests.helpers.cli import run


def test_accounts_operators_and_badges(tmp_path, capsys, monkeypatch):
    db = str(tmp_path / "drive.sqlite3")
    monkeypatch.setenv("BQW_NEW_PIN", PIN)
    assert run(capsys, "--db", db, "demo", "--walkthrough")[0] == 0  # a store without an administrator: the set-up command runs
    status, _, err = run(capsys, "--db", db, "users", "add", "小张", "--role", "volunteer")
    assert status == 2 and "first account added is the administrator" in err
    assert run(capsys, "--db", db, "users", "add", "周管理", "--role", "administrator")[0] == 0
    status, out, _ = run(capsys, "--db", db, "demo", "--walkthrough")  # again, as README's command: nothing to do
    assert status == 0 and "nothing loaded" in out and "walkthrough skipped" in out
    admin = ("--db", db, "--operator", "周管理")
    assert run(capsys, *admin, "users", "add", "小张", "--role", "volunteer")[0] == 0
    assert run(capsys, *admin, "users", "add", "王协调", "--role", "coordinator")[0] == 0
    status, out, _ = run(capsys, *admin, "users", "list")
    assert status == 0 and [line.split()[1:] for line in out.splitlines()] == [  # the walkthrough's, and these
        ["administrator", "PIN", "周管理"], ["volunteer", "-", "小张"], ["volunteer", "-", "志愿者乙"],
        ["volunteer", "-", "志愿者甲"], ["coordinator", "PIN", "王协调"]]

    status, _, err = run(capsys, "--db", db, "plan", "--confirm")  # a change without an operator
    assert status == 2 and "--operator" in err and err.count("\n") == 1
    status, _, err = run(capsys, "--db", db, "--operator", "无此人", "plan", "--confirm")
    assert status == 2 and "No active account" in err
    status, out, err = run(capsys, "--db", db, "--operator", "小张", "plan", "--confirm")
    assert out == ""  # refused before the proposal is worked out and shown
    assert status == 2 and "As volunteer, you may not plan shipments: ask coordinator." in err
    monkeypatch.setenv("BQW_PIN", "0000")
    status, _, err = run(capsys, "--db", db, "--operator", "王协调", "plan", "--confirm")
    assert status == 2 and "Wrong PIN" in err
    monkeypatch.delenv("BQW_PIN")  # and no terminal to ask at
    status, _, err = run(capsys, "--db", db, "--operator", "王协调", "plan", "--confirm")
    assert status == 2 and "BQW_PIN" in err
    monkeypatch.setenv("BQW_PIN", PIN)
    status, out, _ = run(capsys, "--db", db, "--operator", "王协调", "--station", "仓库-协调", "plan", "--confirm")
    assert status == 0 and "planned" in out

    badges = tmp_path / "badges.pdf"
    status, _, err = run(capsys, "--db", db, "--operator", "小张", "badges", "-o", str(badges))
    assert status == 2 and not badges.exists()
    assert run(capsys, *admin, "badges", "-o", str(badges))[0] == 0
    store = open_store(f"sqlite:///{db}")
    try:
        codes = sorted(p.badge for p in people.list_people(store))
        assert sorted(code for page in pages(badges, 300) for code in code128(page)) == codes
    finally:
        store.dispose()

    assert run(capsys, *admin, "users", "deactivate", "小张")[0] == 0
    status, _, err = run(capsys, "--db", db, "--operator", "小张", "labels", "IS000001L", "-o", str(tmp_path / "l.pdf"))
    assert status == 2 and "No active account" in err
    assert run(capsys, *admin, "users", "reactivate", "小张")[0] == 0
    status, out, _ = run(capsys, "--db", db, "--operator", "小张", "labels", "IS000001L", "-o", str(tmp_path / "l.pdf"))
    assert status == 0 and "1 label(s)" in out
