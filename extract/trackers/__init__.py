"""Recommendation trackers: where they are (`regions`), their rows and columns (`layout`, over ruled tables from
the PDF room), what each cell holds (`cells`), the executive's response and its status (`responses`), put
together into recommendation records by `find`."""
from .find import tracker_recommendations
from .regions import Region, tracker_regions

__all__ = ["Region", "tracker_recommendations", "tracker_regions"]
