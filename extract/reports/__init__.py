"""Officer reports' recommendations (`find`)."""
from .find import report_recommendations

__all__ = ["report_recommendations"]
