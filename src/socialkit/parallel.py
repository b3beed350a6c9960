"""Items worked through by this process and its child processes together, one at a time.

``run_shared`` is what lets a 2-core batch run nearly twice as fast as one process. A pool of
workers (``ProcessPoolExecutor``) leaves the process that started it dealing and waiting: at -j2
that is two forked workers, each copying the pages it writes that it shares with the parent
(about 11,000 copy-on-write faults each), plus a parent taking CPU to feed them. Here the calling
process takes items itself and forks only ``jobs - 1`` children; every process takes the next
item from one shared counter when it is free, so none waits while another has two queued, and
the last items of the list finish close together.

A child sends each result back over its own pipe; this process records its own results at once
and its children's between its own items. A child that dies in the middle of an item (killed,
out of memory) costs that item only: ``on_lost`` makes its result.

Ctrl-C (SIGINT goes to the whole process group): children ignore it; this process finishes the
item in hand, deals no more, waits for the items its children have in hand, records them and
then raises ``KeyboardInterrupt``. A second Ctrl-C raises at once, and the children still finish
their items (so no file is left half-written) but their results are not recorded.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.connection import Connection, wait
from multiprocessing.sharedctypes import Synchronized, SynchronizedArray
from typing import Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

_PIPE_BYTES = 1 << 20
"""A child's pipe buffer: a child whose results wait while this process works on an item of its
own must not block on a full pipe (Linux's default is 64 KiB, a few results)."""


class _Work(Generic[T, R]):
    """What a child runs: picklable, so a spawned child (no fork on the platform) works too."""

    def __init__(self, items: Sequence[T], work: Callable[[T], R]) -> None:
        self.items = items
        self.work = work


def run_shared(
    items: Sequence[T],
    work: Callable[[T], R],
    jobs: int,
    record: Callable[[int, R], None],
    on_lost: Callable[[int, str], R],
    *,
    method: str | None = None,
) -> None:
    """Call ``work`` on every item, in order of taking, across this process and ``jobs - 1``
    children; ``record(index, result)`` is called here, once per item, as results come in.

    ``on_lost(index, why)`` stands in for ``work`` on an item whose child died with it.
    ``method`` is the start method of the children (default: the platform's); with "fork" they
    share what this process has loaded, with "spawn" ``work`` and ``items`` must pickle.
    """
    context = multiprocessing.get_context(method)
    counter: Synchronized[int] = context.Value("i", 0)
    children = max(0, min(jobs, len(items)) - 1)
    # Which item each child has in hand (-1: none), so a dead child's item is known.
    in_hand: SynchronizedArray[int] = context.Array("i", [-1] * max(1, children))
    shared = _Work(items, work)
    recorded: set[int] = set()

    def keep(index: int, result: R) -> None:
        if index not in recorded:
            recorded.add(index)
            record(index, result)

    procs: list[multiprocessing.process.BaseProcess] = []
    conns: dict[Connection, int] = {}
    lost: list[int] = []  # slots of children whose pipes closed: a died child's item is in hand
    try:
        for slot in range(children):
            reader, writer = context.Pipe(duplex=False)
            _widen(writer)
            # (typeshed gives Process to the concrete contexts only)
            proc = context.Process(  # type: ignore[attr-defined]
                target=_child, args=(slot, shared, counter, in_hand, writer), daemon=False
            )
            proc.start()
            writer.close()  # the child's end: closed here, so its exit reads as end of file
            procs.append(proc)
            conns[reader] = slot
        with _sigint_as_request() as stop_requested:
            while not stop_requested():
                index = _take(counter, len(items))
                if index is None:
                    break
                keep(index, work(items[index]))
                lost += _receive(conns, keep, block=False)
            if stop_requested():
                _stop_dealing(counter, len(items))
            while conns:
                lost += _receive(conns, keep, block=True)
            for slot in lost:
                index = in_hand[slot]
                if index >= 0 and index not in recorded:
                    procs[slot].join()
                    keep(index, on_lost(index, _death(procs[slot].exitcode)))
            if stop_requested():
                raise KeyboardInterrupt
    finally:
        _stop_dealing(counter, len(items))
        for child in procs:
            child.join()


def _child(
    slot: int,
    shared: _Work[T, R],
    counter: Synchronized[int],
    in_hand: SynchronizedArray[int],
    conn: Connection,
) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    with conn:
        while (index := _take(counter, len(shared.items), in_hand, slot)) is not None:
            conn.send((index, shared.work(shared.items[index])))
            in_hand[slot] = -1


def _take(
    counter: Synchronized[int],
    count: int,
    in_hand: SynchronizedArray[int] | None = None,
    slot: int = 0,
) -> int | None:
    """The next item's index, or None when all are taken; a child notes it as in hand in the
    same step, so no moment exists in which a child has an item nobody knows of."""
    with counter.get_lock():
        index = counter.value
        if index >= count:
            return None
        counter.value = index + 1
        if in_hand is not None:
            in_hand[slot] = index
    return index


def _stop_dealing(counter: Synchronized[int], count: int) -> None:
    with counter.get_lock():
        counter.value = max(counter.value, count)


def _receive(
    conns: dict[Connection, int], keep: Callable[[int, R], None], *, block: bool
) -> list[int]:
    """Record the results waiting on the children's pipes; return the slots of children that
    have closed theirs (finished or died), which are no longer listened to."""
    closed: list[int] = []
    for conn in wait(list(conns), timeout=None if block else 0):
        assert isinstance(conn, Connection)
        try:
            while True:
                index, result = conn.recv()
                keep(index, result)
                if not conn.poll(0):
                    break
        except (EOFError, OSError):  # closed, or cut off by the child's death mid-send
            closed.append(conns.pop(conn))
            conn.close()
    return closed


def _death(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        with contextlib.suppress(ValueError):
            return f"was killed by {signal.Signals(-exitcode).name}"
    return f"exited with code {exitcode}"


def _widen(conn: Connection) -> None:
    import fcntl

    with contextlib.suppress(AttributeError, OSError):
        fcntl.fcntl(conn.fileno(), fcntl.F_SETPIPE_SZ, _PIPE_BYTES)


@contextlib.contextmanager
def _sigint_as_request() -> Iterator[Callable[[], bool]]:
    """The first SIGINT sets a flag instead of raising; the second raises as usual."""
    requested = False

    def handler(signum: int, frame: object) -> None:
        nonlocal requested
        requested = True
        signal.signal(signal.SIGINT, signal.default_int_handler)

    try:
        previous = signal.signal(signal.SIGINT, handler)
    except ValueError:  # not the main thread: signals never reach this code anyway
        yield lambda: False
        return
    try:
        yield lambda: requested
    finally:
        signal.signal(signal.SIGINT, previous)
