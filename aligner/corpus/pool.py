"""Running partitions without Dask: in this process, or in a pool of local processes.

The pool is the standard library's :class:`~concurrent.futures.ProcessPoolExecutor`
(spawned processes). The aligner travels to each process once, as the pool's initializer
argument, and is built there once. When a process dies (killed, out of memory), the pool
breaks: the partitions not yet done are given to a new pool, and a partition that was
running when a pool broke :data:`MAX_FAILURES` times is given up.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from ..aligner import Aligner
from .errors import RunIncompleteError
from .inputs import Partition
from .worker import Job, frozen_heap, run_partition

__all__ = ["MAX_FAILURES", "run_inline", "run_pool"]

#: How often a partition may be running in a process that dies before it is given up.
MAX_FAILURES = 3

OnDone = Callable[[Partition], None]

_aligner: Aligner | None = None


def run_inline(parts: Sequence[Partition], aligner: Aligner, job: Job, on_done: OnDone) -> None:
    """Run *parts* one after the other in this process."""
    aligner.build()
    with frozen_heap():
        for part in parts:
            run_partition(part, aligner, job)
            on_done(part)


def _init(aligner: Aligner) -> None:
    global _aligner
    _aligner = aligner.build()
    gc.collect()
    gc.freeze()  # this process's heap is the aligner's for its whole life (see frozen_heap)


def _task(part: Partition, job: Job) -> str:
    assert _aligner is not None
    run_partition(part, _aligner, job)
    return part.id


def run_pool(parts: Sequence[Partition], aligner: Aligner, job: Job, on_done: OnDone, *,
             workers: int) -> None:
    """Run *parts* in *workers* local processes; raises :class:`RunIncompleteError` naming
    the partitions that failed (the others are done).

    At most *workers* partitions are handed out at a time, so those a broken pool takes
    down are exactly the ones that were running.
    """
    queue = deque(parts)
    failures = dict.fromkeys((p.id for p in parts), 0)
    errors: dict[str, str] = {}
    context = multiprocessing.get_context("spawn")
    while queue:
        with ProcessPoolExecutor(max_workers=min(workers, len(queue)), mp_context=context,
                                 initializer=_init, initargs=(aligner,)) as pool:
            running: dict[Future[str], Partition] = {}
            broken = False
            while (queue and not broken) or running:
                while queue and not broken and len(running) < workers:
                    part = queue.popleft()
                    running[pool.submit(_task, part, job)] = part
                finished, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in finished:
                    part = running.pop(future)
                    try:
                        future.result()
                    except BrokenProcessPool:
                        broken = True
                        failures[part.id] += 1
                        if failures[part.id] < MAX_FAILURES:
                            queue.appendleft(part)
                        else:
                            errors[part.id] = "its worker process died each time"
                    except Exception as exc:  # noqa: BLE001  # a partition's own error: report, go on
                        errors[part.id] = f"{type(exc).__name__}: {exc}"
                    else:
                        on_done(part)
    if errors:
        raise RunIncompleteError.of(errors)
