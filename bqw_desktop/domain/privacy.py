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

#: 18 characters — 17 digits and a digit or X — standing alone, in the groups people write them in
#: (6 region, 8 birth date, 3 order + check), optionally separated by one space or hyphen; digits and X
#: also full-width, as a Chinese input method types them (matched as they are: no text is normalised
#: unless it holds a candidate)
_D = "[0-9０-９]"
_CANDIDATE = re.compile(rf"(?<!{_D})({_D}{{6}})[ -]?({_D}{{8}})[ -]?({_D}{{3}}(?:{_D}|[XxＸｘ]))(?!{_D})")


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

    Full-width digits (typed with a Chinese input method) count as digits. Cheap: one regular expression
    finds 18-character candidates, and only those are checked. ``None`` and empty texts pass.

    :raises InvalidValue: one of ``texts`` holds a number with a valid check digit and birth date; the
        message shows it masked (first six and last four characters), so the person can find it.
    """
    for text in texts:
        if not text:
            continue
        for found in _CANDIDATE.finditer(text):
            number = unicodedata.normalize("NFKC", "".join(found.groups())).upper()
            if _is_identity_number(number):
                raise InvalidValue(QT_TRANSLATE_NOOP(
                    "domain", "The text holds what looks like an ID card number ({number}). ID numbers are "
                    "not kept here (children's data is sensitive personal information): remove it."),
                    number=f"{number[:6]}********{number[-4:]}")
