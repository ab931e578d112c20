"""The audit chain's rules (issue 10, "A trail an auditor can verify"): canonical form, hash, walk."""

import hashlib
import json
from datetime import UTC, datetime, timedelta, timezone

from bqw_desktop.domain import trail
from bqw_desktop.domain.trail import GENESIS, Fault


def test_the_canonical_form_is_the_documented_json_array():
    at = datetime(2021, 9, 1, 9, 0, tzinfo=timezone(timedelta(hours=8)))
    text = trail.canonical(7, at, "测试员", "TEST-1", "pack", "item_set", "IS000001L", "passed", None, 'a "b"\n')
    assert text == '[7,"2021-09-01T01:00:00.000000+00:00","测试员","TEST-1","pack","item_set","IS000001L","passed",null,"a \\"b\\"\\n"]'
    assert json.loads(text)[1] == "2021-09-01T01:00:00.000000+00:00"
    assert trail.utc_iso(datetime(2021, 9, 1, 1, 0, 0, 5)) == "2021-09-01T01:00:00.000005+00:00"  # naive: UTC
    assert trail.link(GENESIS, text) == hashlib.sha256((GENESIS + text).encode("utf-8")).hexdigest()


def chain(n: int, first_id: int = 1) -> list[tuple[int, str, str, str]]:
    links, last = [], GENESIS
    for i in range(first_id, first_id + n):
        text = trail.canonical(i, datetime(2021, 9, 1, tzinfo=UTC), "a", "S", "x", "k", f"C{i}", None, None, None)
        hash_ = trail.link(last, text)
        links.append((i, text, last, hash_))
        last = hash_
    return links


def test_an_intact_chain_walks_to_its_head():
    links = chain(5)
    assert trail.walk(links) == trail.Walk(5, 5, links[-1][3], None)
    assert trail.walk([]) == trail.Walk(0, 0, GENESIS, None)


def test_an_edited_event_breaks_its_own_link():
    links = chain(5)
    links[2] = (3, links[2][1].replace("C3", "C9"), links[2][2], links[2][3])
    walked = trail.walk(links)
    assert walked.broken == (3, Fault.EDITED) and (walked.count, walked.head_id) == (2, 2)


def test_a_deleted_event_breaks_the_link_after_it():
    links = chain(5)
    del links[1]
    assert trail.walk(links).broken == (3, Fault.DELETED)
    assert trail.walk(chain(3)[1:]).broken == (2, Fault.DELETED)  # the first event deleted


def test_an_event_chained_in_between_is_named_inserted():
    links = chain(4)
    forged_text = trail.canonical(25, datetime(2021, 9, 1, tzinfo=UTC), "x", "S", "x", "k", "FORGED", None, None, None)
    forged = (25, forged_text, links[1][3], trail.link(links[1][3], forged_text))  # in a gap of the ids
    walked = trail.walk([*links[:2], forged, *links[2:]])
    assert walked.broken == (25, Fault.INSERTED) and (walked.count, walked.head_id) == (2, 2)


def test_a_missing_hash_is_a_broken_link_and_a_different_rendering_asks_for_the_exact_text():
    links = chain(3)
    assert trail.walk([*links[:2], (3, links[2][1], links[2][2], None)]).broken == (3, Fault.EDITED)
    rendered = [(i, text + " ", prev, hash_) for i, text, prev, hash_ in links]  # e.g. SQL rendering differently
    exact = {i: text for i, text, _, _ in links}
    assert trail.walk(rendered, exact.__getitem__).broken is None
    assert trail.walk(rendered).broken == (1, Fault.EDITED)


def test_a_broken_link_names_the_event_and_its_time():
    broken = trail.BrokenLink(12, "2021-09-01T01:00:00.000000+00:00", Fault.DELETED)
    assert "12" in str(broken) and "2021-09-01T01:00:00" in str(broken) and "deleted" in str(broken)
