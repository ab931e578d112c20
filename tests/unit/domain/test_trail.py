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


def text_of(event_id: int, code: str = "") -> str:
    return trail.canonical(event_id, datetime(2021, 9, 1, tzinfo=UTC), "a", "S", "x", "k", code or f"C{event_id}",
                           None, None, None)


def chain(n: int, first_id: int = 1) -> list[tuple[int, bytes, str, str]]:
    """``n`` intact links as :func:`trail.walk` takes them: ``(id, hashed, prev_hash, hash)``."""
    links, last = [], GENESIS
    for i in range(first_id, first_id + n):
        hash_ = trail.link(last, text_of(i))
        links.append((i, (last + text_of(i)).encode(), last, hash_))
        last = hash_
    return links


def test_an_intact_chain_walks_to_its_head():
    links = chain(5)
    assert trail.walk(links) == trail.Walk(5, 5, links[-1][3], None)
    assert trail.walk([]) == trail.Walk(0, 0, GENESIS, None)


def test_an_edited_event_breaks_its_own_link():
    links = chain(5)
    links[2] = (3, links[2][1].replace(b"C3", b"C9"), links[2][2], links[2][3])
    walked = trail.walk(links)
    assert walked.broken == (3, Fault.EDITED) and (walked.count, walked.head_id) == (2, 2)


def test_a_deleted_event_breaks_the_link_after_it():
    links = chain(5)
    del links[1]
    assert trail.walk(links).broken == (3, Fault.DELETED)
    assert trail.walk(chain(3)[1:]).broken == (2, Fault.DELETED)  # the first event deleted


def test_an_event_chained_in_between_is_named_inserted():
    links = chain(4)
    forged_text = text_of(25, "FORGED")
    forged = (25, (links[1][3] + forged_text).encode(), links[1][3], trail.link(links[1][3], forged_text))  # a gap
    walked = trail.walk([*links[:2], forged, *links[2:]])
    assert walked.broken == (25, Fault.INSERTED) and (walked.count, walked.head_id) == (2, 2)


def test_a_missing_hash_is_a_broken_link_and_a_different_rendering_asks_for_the_exact_text():
    links = chain(3)
    assert trail.walk([*links[:2], (3, links[2][1], links[2][2], None)]).broken == (3, Fault.EDITED)
    rendered = [(i, hashed + b" ", prev, hash_) for i, hashed, prev, hash_ in links]  # e.g. SQL rendering otherwise
    exact = {i: text_of(i) for i, _, _, _ in links}
    assert trail.walk(rendered, exact.__getitem__).broken is None
    assert trail.walk(rendered).broken == (1, Fault.EDITED)


def test_a_later_part_walked_apart_continues_from_the_events_before_it():
    """Walking ``links[k:]`` from the last two events before it (``before``, ``count``) gives the whole
    chain's walk, for every k and every kind of break: the parts of a long chain are walked in parallel."""
    forged_text = text_of(25, "FORGED")
    intact = chain(6)
    edited = [*intact[:3], (4, intact[3][1].replace(b"C4", b"C9"), *intact[3][2:]), *intact[4:]]
    deleted = [*intact[:3], *intact[4:]]
    forged = (25, (intact[2][3] + forged_text).encode(), intact[2][3], trail.link(intact[2][3], forged_text))
    inserted = [*intact[:3], forged, *intact[3:]]
    for links in (intact, edited, deleted, inserted, chain(3)[1:]):
        whole = trail.walk(links)
        for k in range(len(links) + 1):
            before = [(event_id, hash_) for event_id, _, _, hash_ in links[max(0, k - 2):k]]
            part = trail.walk(links[k:], count=k, before=before)
            if trail.walk(links[:k]).broken is None:
                assert part == whole, (links, k)
            elif whole.broken is not None and part.broken is not None:
                assert part.broken[0] >= whole.broken[0]  # what the earlier part finds comes first


def test_a_broken_link_names_the_event_and_its_time():
    broken = trail.BrokenLink(12, "2021-09-01T01:00:00.000000+00:00", Fault.DELETED)
    assert "12" in str(broken) and "2021-09-01T01:00:00" in str(broken) and "deleted" in str(broken)
