"""Items worked through by this process and its forked children together, one at a time.

``run_shared`` is how a batch uses every core. A pool of workers (``ProcessPoolExecutor``) left
the process that started it only dealing and waiting, and a worker killed by the system (out of
memory) ended the whole batch. Here the calling process takes items itself beside ``jobs - 1``
forked children, and no process can leave another stuck:

- *Dealing.* The item numbers wait in one pipe that every process reads four bytes at a time
  (a read that small is atomic), so whoever is free takes the next item, and the last items
  finish close together. No lock is shared with a child, so a child killed at any moment
  cannot leave one held.
- *Results.* Each child says which item it starts and sends its result over a pipe of its own;
  a thread of this process reads those pipes as they come and records them, so the children's
  results are recorded while this process works on an item of its own, and a child never waits
  on a full pipe. A child that dies in the middle of an item costs that item only: ``on_lost``
  makes its result.
- *Ctrl-C* (SIGINT reaches the whole process group): children ignore it. The first one stops the
  dealing at once; every process finishes the item in hand, its result is recorded, and then
  ``KeyboardInterrupt`` is raised (unless every item was done). A second one raises in this
  process at once and nothing more is recorded; the children finish their items (each file is
  written atomically) and end by themselves, also if this process is gone.

The children are plain ``os.fork`` children, not ``multiprocessing`` ones: nothing at this
process's exit waits for them, and nothing of this process's runs in them but their loop.
Elsewhere than Linux (Windows cannot fork; macOS forks unsafely with its system libraries
loaded) the items are worked here, one after another.
"""

from __future__ import annotations

import contextlib
import mmap
import os
import signal
import struct
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.connection import Connection, Pipe, wait
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

_INDEX = struct.Struct("<i")
_CHUNK = 1024
"""Item numbers written to the dealing pipe at a time: 4 KiB, a write the kernel keeps whole
(PIPE_BUF), so a reader never finds part of a number."""


def can_fork() -> bool:
    return sys.platform.startswith("linux") and hasattr(os, "fork")


def run_shared(
    items: Sequence[T],
    work: Callable[[T], R],
    jobs: int,
    record: Callable[[int, R], None],
    on_lost: Callable[[int, str], R],
) -> None:
    """Call ``work`` on every item across this process and ``jobs - 1`` forked children;
    ``record(index, result)`` is called in this process once per item (from one thread at a
    time), as results come in. ``on_lost(index, why)`` stands in for an item whose child died
    with it."""
    children = max(0, min(jobs, len(items)) - 1) if can_fork() else 0
    if children == 0:
        with _sigint_as_request(lambda: None) as stop_requested:
            for index, item in enumerate(items):
                if stop_requested():
                    raise KeyboardInterrupt
                record(index, work(item))
        return
    shared = _Shared(items, work, record, on_lost)
    with _sigint_as_request(shared.stop_dealing) as stop_requested:
        shared.run(children, stop_requested)


class _Shared:
    """One run of ``run_shared`` with children: its pipes, children and receiving thread."""

    def __init__(self, items: Sequence[Any], work: Callable[[Any], Any],
                 record: Callable[[int, Any], None], on_lost: Callable[[int, str], Any]) -> None:
        self.items, self.work, self.record, self.on_lost = items, work, record, on_lost
        # One shared byte, never locked: set to deal no more (Ctrl-C, or recording failed).
        self.stop = mmap.mmap(-1, 1)
        self.tasks_r, self.tasks_w = os.pipe()
        self.lock = threading.Lock()  # one `record` at a time, from either thread
        self.recorded: set[int] = set()
        self.closed = False  # after a second Ctrl-C: nothing more is recorded
        self.failure: BaseException | None = None  # what `record` raised in the thread
        self.conns: dict[Connection, int] = {}
        self.pids: list[int] = []
        self.exits: dict[int, int] = {}  # slot -> wait status, once reaped

    def stop_dealing(self) -> None:
        """No process takes another item (safe in a signal handler: no lock)."""
        self.stop[0] = 1

    def run(self, children: int, stop_requested: Callable[[], bool]) -> None:
        try:
            self._fork(children)
        except BaseException:
            # A fork or a pipe failed (out of memory, too many open files), or Ctrl-C: the
            # children already started find the dealing pipe at its end and stop.
            self.stop_dealing()
            os.close(self.tasks_w)
            for conn in self.conns:
                conn.close()
            self._reap_all()
            os.close(self.tasks_r)
            raise
        feeder = threading.Thread(target=self._feed, daemon=True)
        receiver = threading.Thread(target=self._receive_all, daemon=True)
        try:
            feeder.start()
            receiver.start()
            while (index := self._take()) is not None:
                self._keep(index, self.work(self.items[index]))
            self.stop_dealing()
            # The receiver reads every pipe to its end (recording what comes), so no child
            # waits on a full pipe and each one ends after the item in hand.
            receiver.join()
            self._reap_all()
        except KeyboardInterrupt:
            # Ctrl-C again (the first only stops the dealing): stop now, record nothing more.
            # The receiver goes on draining and reaping in the background; the children end
            # by themselves after the item in hand (their sends fail once this process is
            # gone).
            self.stop_dealing()
            with self.lock:
                self.closed = True
            if receiver.ident is None:  # Ctrl-C before it started: nobody else will reap
                if feeder.ident is None:
                    os.close(self.tasks_w)
                for conn in self.conns:
                    conn.close()
                for pid in self.pids:
                    with contextlib.suppress(ChildProcessError):
                        os.waitpid(pid, os.WNOHANG)
            raise
        except BaseException:
            self.stop_dealing()
            if feeder.ident is None:  # never started: end the dealing pipe for the children
                os.close(self.tasks_w)
            if receiver.ident is None:  # never started: the children's sends must fail
                for conn in self.conns:
                    conn.close()
            elif receiver.is_alive():
                receiver.join()
            self._reap_all()
            raise
        finally:
            # The last reader of the dealing pipe closes, so a feeder blocked on a full pipe
            # stops too (children still running hold their own copies until they end).
            os.close(self.tasks_r)
            if feeder.is_alive():
                feeder.join(timeout=1.0)
        if self.failure is not None:
            raise self.failure
        if stop_requested() and len(self.recorded) < len(self.items):
            raise KeyboardInterrupt
        if len(self.recorded) < len(self.items):
            # A child killed between taking a number and saying it started on it: its item
            # was taken from the pipe and never done.
            deaths = [_death(s) for s in self.exits.values() if s]
            for index in range(len(self.items)):
                if index not in self.recorded:
                    self._keep(index, self.on_lost(index, deaths[0] if deaths else "ended"))
            if self.failure is not None:
                raise self.failure

    def _fork(self, children: int) -> None:
        for slot in range(children):
            reader, writer = Pipe(duplex=False)
            self.conns[reader] = slot
            # SIGINT is held back over the fork until the child ignores it: a Ctrl-C at that
            # moment must not run this process's handler, or Python's, in the child.
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
            try:
                pid = os.fork()
                if pid == 0:  # the child: its loop, then out, whatever happens
                    code = 1
                    try:
                        signal.signal(signal.SIGINT, signal.SIG_IGN)
                        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
                        self._child(writer)
                        code = 0
                    finally:
                        os._exit(code)
                # Noted before SIGINT is let through again (a pending one is handled as it
                # is): a child forked is always reaped.
                self.pids.append(pid)
                writer.close()  # the child's end: its exit reads here as the end of the pipe
            finally:
                signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})

    def _child(self, conn: Connection) -> None:
        os.close(self.tasks_w)  # else the dealing pipe never ends for this child
        for other in self.conns:
            other.close()  # every reader, its own too: once this process is gone, sends fail
        with conn:
            while (index := self._take()) is not None:
                if not _send(conn, ("start", index)):
                    return  # this process is gone: nobody to send to
                try:
                    message: tuple[Any, ...] = ("done", index, self.work(self.items[index]))
                    sent = _send(conn, message)
                except BaseException as exc:  # the item's failure, or a result that won't pickle
                    sent = _send(conn, ("failed", index, f"failed with {type(exc).__name__}: "
                                                         f"{exc}"[:300]))
                if not sent:
                    return

    def _feed(self) -> None:
        """Write every item number to the dealing pipe, then close it: its end is "no more"."""
        try:
            for lo in range(0, len(self.items), _CHUNK):
                if self.stop[0]:
                    break
                chunk = b"".join(_INDEX.pack(i) for i in range(lo, min(lo + _CHUNK,
                                                                         len(self.items))))
                while chunk:
                    chunk = chunk[os.write(self.tasks_w, chunk):]
        except OSError:
            pass  # every reader has gone
        finally:
            os.close(self.tasks_w)

    def _take(self) -> int | None:
        if self.stop[0]:
            return None
        data = os.read(self.tasks_r, _INDEX.size)
        return _INDEX.unpack(data)[0] if len(data) == _INDEX.size else None

    def _keep(self, index: int, result: Any) -> None:
        with self.lock:
            if index in self.recorded or self.closed:
                return
            self.recorded.add(index)
            if self.failure is not None:
                return  # recording already failed: the rest is only drained
            try:
                self.record(index, result)
            except KeyboardInterrupt:
                raise  # Ctrl-C again, in the main thread: handled there at once
            except BaseException as exc:  # raised again in the main thread
                self.failure = exc
                self.stop_dealing()

    def _receive_all(self) -> None:
        """Record the children's results as they arrive, until every child's pipe has ended."""
        in_hand: dict[int, int] = {}
        open_conns = dict(self.conns)
        while open_conns:
            for conn in wait(list(open_conns)):
                assert isinstance(conn, Connection)
                slot = open_conns[conn]
                try:
                    try:
                        message = conn.recv()
                    except (EOFError, OSError):  # finished, or died (perhaps mid-send)
                        del open_conns[conn]
                        conn.close()
                        self._reap(slot)
                        if slot in in_hand:
                            index = in_hand.pop(slot)
                            self._lost(index, _death(self.exits[slot]))
                        continue
                    if message[0] == "start":
                        in_hand[slot] = message[1]
                    elif message[0] == "failed":
                        in_hand.pop(slot, None)
                        self._lost(message[1], message[2])
                    else:
                        in_hand.pop(slot, None)
                        self._keep(message[1], message[2])
                except BaseException as exc:  # a result that does not unpickle, no memory
                    with self.lock:
                        self.failure = self.failure or exc
                    self.stop_dealing()
                    # Go on draining: no child may wait on a full pipe.

    def _lost(self, index: int, why: str) -> None:
        try:
            result = self.on_lost(index, why)
        except BaseException as exc:
            with self.lock:
                self.failure = self.failure or exc
            return
        self._keep(index, result)

    def _reap(self, slot: int) -> None:
        if slot not in self.exits:
            try:
                _, status = os.waitpid(self.pids[slot], 0)
            except ChildProcessError:  # reaped already (SIGCHLD ignored by who started us)
                status = -1
            self.exits[slot] = status

    def _reap_all(self) -> None:
        for slot in range(len(self.pids)):
            self._reap(slot)


def _send(conn: Connection, message: tuple[Any, ...]) -> bool:
    """Send, or False when the batch process is gone (its end of the pipe closed)."""
    try:
        conn.send(message)
    except OSError:
        return False
    return True


def _death(status: int) -> str:
    if status < 0:
        return "ended (how is unknown)"
    if os.WIFSIGNALED(status):
        with contextlib.suppress(ValueError):
            return f"was killed by {signal.Signals(os.WTERMSIG(status)).name}"
        return f"was killed by signal {os.WTERMSIG(status)}"
    return f"exited with code {os.WEXITSTATUS(status) if os.WIFEXITED(status) else status}"


@contextlib.contextmanager
def _sigint_as_request(on_first: Callable[[], None]) -> Iterator[Callable[[], bool]]:
    """The first SIGINT sets a flag (and calls ``on_first``) instead of raising; the second
    raises as usual. Only when the process has Python's own handler: one it ignores, or handles
    its own way, stays so."""
    requested = False

    def handler(signum: int, frame: object) -> None:
        nonlocal requested
        requested = True
        on_first()
        signal.signal(signal.SIGINT, signal.default_int_handler)

    try:
        if signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
            raise ValueError("not ours to change")
        signal.signal(signal.SIGINT, handler)
    except ValueError:  # not the main thread, or a caller's own handling of SIGINT
        yield lambda: requested
        return
    try:
        yield lambda: requested
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)
