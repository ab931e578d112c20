"""Issue 12 from the command line: wishes counted by state, a wish claimed, a second claim refused."""

import json

from bqw_desktop.domain.roles import Role
from bqw_desktop.domain.wishes import AgeBand, ClaimerKind, Difficulty, Fulfilment, Gender, OrganisationKind, WishCategory
from bqw_desktop.services import wishes
from bqw_desktop.services.context import Actor
from bqw_desktop.store.database import open_store

from tests.helpers.cli import run
from tests.helpers.people import PIN


def test_wishes_counted_and_claimed(tmp_path, capsys, monkeypatch):
    db = str(tmp_path / "drive.sqlite3")
    monkeypatch.setenv("BQW_NEW_PIN", PIN)
    assert run(capsys, "--db", db, "demo")[0] == 0
    assert run(capsys, "--db", db, "users", "add", "周管理", "--role", "administrator")[0] == 0
    assert run(capsys, "--db", db, "--operator", "周管理", "users", "add", "小张", "--role", "volunteer")[0] == 0
    status, out, _ = run(capsys, "--db", db, "wishes")
    assert status == 0 and out.splitlines()[:2] == ["wishes: 0", "  collected            0"]

    store = open_store(f"sqlite:///{db}")
    try:
        volunteer = Actor("小张", "心愿墙-1", Role.VOLUNTEER)
        wishes.add_organisation(store, volunteer, "爱心妈妈协会", OrganisationKind.CHARITY)
        wishes.add_claimer(store, volunteer, "爱心妈妈协会", "陈阿姨", ClaimerKind.VOLUNTEER)
        wishes.add_claimer(store, volunteer, "爱心妈妈协会", "李叔叔", ClaimerKind.VOLUNTEER)
        child = wishes.register_child(store, volunteer, "D002", AgeBand.EARLY_PRIMARY, Gender.MALE,
                                      Difficulty.POOR_FAMILY)
        codes = [wishes.collect_wish(store, volunteer, child.code, text, WishCategory.STUDY, Fulfilment.WAREHOUSE).code
                 for text in ("一个新书包", "一本字典")]
    finally:
        store.dispose()

    status, out, _ = run(capsys, "--db", db, "claim", codes[0], "--claimer", "陈阿姨")
    assert status == 2  # a change: --operator needed
    status, out, _ = run(capsys, "--db", db, "--operator", "小张", "claim", codes[0].lower(), "--claimer", "陈阿姨")
    assert (status, out) == (0, f"{codes[0]} claimed by 陈阿姨 (爱心妈妈协会): 一个新书包\n")
    status, out, err = run(capsys, "--db", db, "--operator", "小张", "claim", codes[0], "--claimer", "李叔叔")
    assert status == 2 and out == ""
    assert f"Wish {codes[0]} was already claimed by 陈阿姨 (爱心妈妈协会) on " in err and err.count("\n") == 1
    status, out, _ = run(capsys, "--db", db, "wishes", "--json")
    counts = json.loads(out)
    assert status == 0 and list(counts)[:3] == ["collected", "claimed", "matched"]
    assert (counts["collected"], counts["claimed"], sum(counts.values())) == (1, 1, 2)
    status, out, _ = run(capsys, "--db", db, "wishes")
    assert "wishes: 2" in out and "  claimed              1" in out.splitlines()
