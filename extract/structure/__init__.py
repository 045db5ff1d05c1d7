"""The pack's structure: front sheet and agenda (`agenda`, `header`), its documents (`segment`), the minutes'
meetings, attendance and minute items (`minutes`, `attendance`), put together by `build`."""
from .build import Structure, find_structure

__all__ = ["Structure", "find_structure"]
