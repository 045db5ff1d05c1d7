"""Small helpers both engines share to describe lines the same way."""
from __future__ import annotations

import re

_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.I)


def is_bold_font(fontname: str) -> bool:
    """Whether a font's name marks it bold ("Arial-BoldMT", "ABCDEF+Calibri-Bold")."""
    return bool(_BOLD.search(fontname.split("+")[-1]))
