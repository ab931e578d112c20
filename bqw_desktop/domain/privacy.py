"""Personal information the store never keeps: resident identity card numbers in free text.

The drive's beneficiaries are children, and the personal information of a minor under 14 is
sensitive personal information (PIPL art. 28), processed only under strict rules and with a
guardian's consent (art. 31). Issue 10, "Children's data": no field stores a child's name or ID
number, and a child is identified only by a pseudonymous code. A schema test keeps such columns out
of the store (``tests/unit/store/test_children_data.py``); free text — notes, reasons, a receiver's name —
is where an ID number would still slip in, so every service that writes free text passes it through
:func:`refuse_identity_numbers` first.
"""

from __future__ import annotations

import re
import unicodedata

from stdnum.cn import ric
from stdnum.exceptions import ValidationError

from .errors import QT_TRANSLATE_NOOP, InvalidValue

#: what people write between the digits of a number: spaces (also no-break and the ideographic space
#: U+3000), tabs, and - . / _ · in their ASCII and full-width forms
_SEPARATORS = "[ \t\u00a0\u3000\\-./_\u00b7\u30fb\uff0d\uff0e\uff0f\uff3f]"
_D = "[0-9０-９]"
_X = "[XxＸｘ]"
#: 18 characters — 17 digits and a digit or X — standing alone, with any run of separators between any
#: two of them (``110105 19491231 002X``, ``1101 0519 4912 3100 2X``, ``110105.19491231.002X``); digits and
#: X also full-width, as a Chinese input method types them. A zero-width match (the candidate is group 1)
#: so that candidates may overlap: in ``3 110105…`` the one from ``3`` does not hide the one after it. No
#: digit directly before it, no digit or X directly after: it starts and ends where a group of digits does.
#: (Matched as the text is: no text is normalised unless it holds a candidate.)
_CANDIDATE = re.compile(
    rf"(?<!{_D})(?=({_D}(?:{_SEPARATORS}*{_D}){{16}}{_SEPARATORS}*(?:{_D}|{_X}))(?!{_D}|{_X}))")
_SEPARATOR_RUNS = re.compile(f"{_SEPARATORS}+")


def _is_identity_number(number: str) -> bool:
    """Whether 18 characters ``number`` have a resident identity card number's check digit
    (GB 11643, ISO 7064 MOD 11-2) and a real date at characters 7–14.

    Not ``ric.is_valid``: that also looks the region code up in python-stdnum's table, which lacks
    districts made since (Hangzhou's 临平区 330113 and 钱塘区 330114, 2021 — it even raises KeyError
    for them in python-stdnum 2.2), so a Linping child's number would pass.
    """
    if ric.calc_check_digit(number) != number[-1]:
        return False
    try:
        ric.get_birth_date(number)
    except ValidationError:
        return False
    return True


def refuse_identity_numbers(*texts: str | None) -> None:
    """Refuse free text that holds a PRC resident identity card number (居民身份证号码).

    Full-width digits (typed with a Chinese input method) count as digits, and the number may be written
    with any separators between its digits (see :data:`_CANDIDATE`). Cheap: one regular expression finds
    18-digit candidates, and only those are checked. ``None`` and empty texts pass.

    :raises InvalidValue: one of ``texts`` holds a number with a valid check digit and birth date; the
        message shows it masked (first six and last four characters), so the person can find it.
    """
    for text in texts:
        if not text:
            continue
        for found in _CANDIDATE.finditer(text):
            number = unicodedata.normalize("NFKC", _SEPARATOR_RUNS.sub("", found.group(1))).upper()
            if _is_identity_number(number):
                raise InvalidValue(QT_TRANSLATE_NOOP(
                    "domain", "The text holds what looks like an ID card number ({number}). ID numbers are "
                    "not kept here (children's data is sensitive personal information): remove it."),
                    number=f"{number[:6]}********{number[-4:]}")
