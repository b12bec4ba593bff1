"""Running partitions on Dask: a local cluster of processes, or a cluster at an address.

The aligner travels once to each worker inside a worker plugin, which builds it there
once (:class:`AlignerPlugin`); a task carries only its partition and the job. When a
worker dies, the scheduler gives its tasks to another worker; a partition is written
whole or not at all (see :mod:`aligner.corpus.worker`), so none is lost or duplicated.
Inputs and the output folder must be paths every worker sees.

This module imports Dask: import it only when a run asks for a scheduler.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, cast

import dask.config
import distributed
from distributed.diagnostics.plugin import WorkerPlugin

from ..aligner import Aligner
from .errors import CorpusUsageError, RunIncompleteError
from .inputs import Partition
from .worker import Job, run_partition

__all__ = ["LOCAL_CONFIG", "PLUGIN", "AlignerPlugin", "connect", "run_dask", "share_aligner"]

#: The name the aligner's plugin is registered under.
PLUGIN = "termaid-aligner"
#: Dask settings of the local cluster. A worker's statistical profiler samples the task's
#: thread every 10 ms and its monitors wake every 20–500 ms, each time taking the GIL
#: from the one thread that aligns; none of them is looked at in a corpus run. Together
#: they cost about 5% (a 20 MB slice of bench/bench_corpus.py's corpus on one worker:
#: 13.0–13.3 s with Dask's defaults, 12.4–12.5 s with these). A cluster at an address
#: keeps its own settings.
LOCAL_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "500ms",
    "distributed.admin.system-monitor.interval": "2s",
}


class AlignerPlugin(WorkerPlugin):
    """A Dask worker plugin holding the aligner: sent once to each worker (new ones too),
    built once there in :meth:`setup`."""

    def __init__(self, aligner: Aligner) -> None:
        self.aligner = aligner
        self.builds = 0

    def setup(self, worker: Any) -> None:
        """Build the aligner (on the worker, once), and leave what the worker holds now out
        of the cyclic garbage collector's passes (see :func:`.worker.frozen_heap`)."""
        self.aligner.build()
        self.builds += 1
        gc.collect()
        gc.freeze()

    def teardown(self, worker: Any) -> None:
        """Hand the frozen objects back to the garbage collector; the aligner holds no
        handles to release."""
        gc.unfreeze()


def _task(part: Partition, job: Job) -> str:
    from distributed import get_worker

    plugin = cast(AlignerPlugin, get_worker().plugins[PLUGIN])
    run_partition(part, plugin.aligner, job)
    return part.id


@contextmanager
def connect(scheduler: str, *, workers: int) -> Iterator[Any]:
    """A Dask client: of a new local cluster of *workers* processes (``"local"``), or of
    the cluster whose scheduler is at the address *scheduler*."""
    if scheduler == "local":
        # ":0": the scheduler's HTTP endpoint on a free port (8787 may be taken by
        # another cluster on this machine, which Dask would only warn about)
        with dask.config.set(LOCAL_CONFIG):  # read by each nanny, passed to its worker
            cluster = distributed.LocalCluster(  # type: ignore[no-untyped-call]
                n_workers=workers, threads_per_worker=1, processes=True,
                dashboard_address=":0", silence_logs=logging.ERROR)
        with cluster, distributed.Client(cluster) as client:  # type: ignore[no-untyped-call]
            yield client
    else:
        try:
            client = distributed.Client(scheduler, timeout="30s")  # type: ignore[no-untyped-call]
        except OSError as exc:
            raise CorpusUsageError(f"cannot reach a Dask scheduler at {scheduler!r}: {exc}") \
                from None
        with client:
            yield client


def share_aligner(client: Any, aligner: Aligner) -> None:
    """Send *aligner* to every worker of *client*'s cluster (and to those that join or
    restart later), where it is built once."""
    client.register_plugin(AlignerPlugin(aligner), name=PLUGIN)


def run_dask(parts: Sequence[Partition], job: Job, on_done: Callable[[Partition], None], *,
             client: Any) -> None:
    """Run *parts* on the cluster of *client*, whose workers hold the aligner
    (:func:`share_aligner`); raises :class:`RunIncompleteError` naming the partitions
    that failed (after the scheduler's retries; the others are done)."""
    by_key: dict[str, Partition] = {f"termaid-{job.plan[:16]}-{p.id}": p for p in parts}
    futures = client.map(_task, parts, job=job, key=list(by_key))
    errors: dict[str, str] = {}
    for future in distributed.as_completed(futures):  # type: ignore[no-untyped-call]
        part = by_key[future.key]
        if future.status == "finished":
            on_done(part)
        else:
            exc = future.exception()
            errors[part.id] = f"{type(exc).__name__}: {exc}"
        future.release()
    if errors:
        raise RunIncompleteError.of(errors)
