"""The PDF room's word lists as data: what a font's name says about its weight."""
from __future__ import annotations

import re

#: Words in a font's name that mean a bold face ("Arial-BoldMT", "Calibri Heavy", "Frutiger-SemiBold").
BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.I)
