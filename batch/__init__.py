"""Archive-scale runs: many PDFs -> one JSONL each, in parallel, resumable, on this machine or a Dask cluster.

`run_batch` plans (find, hash, consult the cache), runs each distinct PDF on a supervised worker (`pool`) or a
Dask cluster (`dask_executor`) through the per-file task (`task`, which calls the same pipeline as
`minutebook extract`) and writes the run summary.
"""
from ..models.errors import BatchInputError, OutputBusy, WorkerStartError
from .run import SUMMARY, BatchOptions, Summary, default_jobs, run_batch

__all__ = ["BatchInputError", "BatchOptions", "OutputBusy", "SUMMARY", "Summary", "default_jobs", "run_batch",
           "WorkerStartError"]
