"""run_shared: every item once, in this process and its children, whatever happens to a child."""

from __future__ import annotations

import operator
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from socialkit.parallel import run_shared


def _collect(items: list[int], work: object, jobs: int) -> dict[int, object]:
    got: dict[int, object] = {}

    def record(index: int, result: object) -> None:
        assert index not in got, f"item {index} recorded twice"
        got[index] = result

    run_shared(items, work, jobs, record, lambda i, why: f"lost {i}: {why}")  # type: ignore[arg-type]
    return got


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_every_item_once_with_its_result(jobs: int) -> None:
    items = list(range(40))
    assert _collect(items, operator.neg, jobs) == {i: -i for i in items}


def test_more_jobs_than_items() -> None:
    assert _collect([5], operator.neg, 4) == {0: -5}
    assert _collect([], operator.neg, 4) == {}


def test_children_take_items_too() -> None:
    parent = os.getpid()
    pids = _collect(list(range(30)), lambda _: _slow_pid(), 2)
    assert set(pids.values()) - {parent}, "no item was worked in a child"
    assert parent in pids.values()


def _slow_pid() -> int:
    import time

    time.sleep(0.01)  # long enough that the child gets items while this process works
    return os.getpid()


def test_a_child_that_dies_costs_its_item_only() -> None:
    parent = os.getpid()

    def work(item: int) -> int:
        if os.getpid() == parent:
            import time

            time.sleep(0.05)  # slow here, so the child takes the items after the first
        elif item == 3:
            os.kill(os.getpid(), signal.SIGKILL)
        return item * 10

    for _ in range(3):  # which process takes item 3 is up to timing
        got = _collect(list(range(12)), work, 2)
        assert sorted(got) == list(range(12))
        others = {i: r for i, r in got.items() if i != 3}
        assert others == {i: i * 10 for i in range(12) if i != 3}
        if got[3] == "lost 3: was killed by SIGKILL":
            return
        assert got[3] == 30
    pytest.skip("this process took item 3 every time")


def test_a_child_that_exits_is_reported_with_its_code() -> None:
    parent = os.getpid()

    def work(item: int) -> int:
        if os.getpid() != parent:
            os._exit(7)
        import time

        time.sleep(0.05)
        return item

    got = _collect(list(range(6)), work, 2)
    assert sorted(got) == list(range(6))
    lost = [r for r in got.values() if isinstance(r, str)]
    assert lost == [f"lost {i}: exited with code 7" for i, r in got.items() if isinstance(r, str)]
    assert len(lost) == 1  # the child died with its first item; this process did the rest


def test_first_ctrl_c_finishes_the_item_in_hand_then_stops() -> None:
    def work(item: int) -> int:
        if item == 2:
            os.kill(os.getpid(), signal.SIGINT)
        return item

    got: dict[int, int] = {}
    with pytest.raises(KeyboardInterrupt):
        run_shared(list(range(10)), work, 1, got.__setitem__, lambda i, why: -1)
    assert got == {0: 0, 1: 1, 2: 2}
    # and the usual handler is back
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_without_fork_the_items_are_worked_here_one_after_another(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import socialkit.parallel as parallel

    monkeypatch.setattr(parallel, "can_fork", lambda: False)
    parent = os.getpid()
    got = _collect(list(range(6)), lambda i: (i, os.getpid()), 3)
    assert got == {i: (i, parent) for i in range(6)}


def test_more_items_than_the_dealing_pipe_holds() -> None:
    # 40,000 numbers are 160 KB: more than a pipe's 64 KiB, so the feeder waits for readers.
    items = list(range(40_000))
    assert _collect(items, operator.neg, 2) == {i: -i for i in items}


def test_a_record_that_raises_stops_the_run_without_hanging() -> None:
    calls = []

    def record(index: int, result: object) -> None:
        calls.append(index)
        if len(calls) == 3:
            raise OSError("disk full")

    # Big results: the children's pipes fill up unless they are drained after the failure.
    with pytest.raises(OSError, match="disk full"):
        run_shared(list(range(400)), lambda i: "x" * 100_000, 2, record, lambda i, why: "")
    assert len(calls) == 3


def test_children_results_are_recorded_while_this_process_works() -> None:
    import time

    parent = os.getpid()
    seen_while_busy: list[int] = []
    got: dict[int, int] = {}

    def work(item: int) -> int:
        if os.getpid() == parent:
            time.sleep(0.5)  # the child meanwhile does the rest, and they are recorded now
            seen_while_busy.append(len(got))
        else:
            time.sleep(0.05)
        return os.getpid()

    run_shared(list(range(8)), work, 2, got.__setitem__, lambda i, why: -1)
    assert len(got) == 8
    assert seen_while_busy and seen_while_busy[0] >= 1


def test_first_ctrl_c_stops_the_dealing_for_the_children_too() -> None:
    import time

    parent = os.getpid()
    started: list[int] = []

    def work(item: int) -> int:
        if os.getpid() == parent:
            os.kill(parent, signal.SIGINT)  # at once, while this process has its first item
            time.sleep(0.5)
        else:
            time.sleep(0.01)
        return item

    got: dict[int, int] = {}
    with pytest.raises(KeyboardInterrupt):
        run_shared(list(range(200)), work, 2, got.__setitem__, lambda i, why: -1)
    started = sorted(got)
    # The child finished what it had in hand, and took nothing after the signal: far fewer
    # than the 50 or so it would have done in half a second.
    assert 1 <= len(started) <= 5
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_three_jobs_with_a_child_that_dies() -> None:
    parent = os.getpid()

    def work(item: int) -> int:
        import time

        if os.getpid() == parent:
            time.sleep(0.05)
        elif item == 5:
            os.kill(os.getpid(), signal.SIGKILL)
        else:
            time.sleep(0.01)
        return item

    got = _collect(list(range(30)), work, 3)
    assert sorted(got) == list(range(30))
    lost = {i: r for i, r in got.items() if isinstance(r, str)}
    assert lost in ({}, {5: "lost 5: was killed by SIGKILL"})
    assert all(got[i] == i for i in range(30) if i not in lost)


def _run_script(code: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    src = str(Path(__file__).resolve().parents[1] / "src")
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, "PYTHONPATH": src})


def test_forks_failing_part_way_raise_cleanly_and_leave_no_child() -> None:
    # Eight open files allow only some of the pipes: the fork loop fails part-way.
    result = _run_script(
        "import resource, multiprocessing, os\n"
        "from socialkit.parallel import run_shared\n"
        "resource.setrlimit(resource.RLIMIT_NOFILE, (11, 11))\n"
        "try:\n"
        "    run_shared(list(range(50)), abs, 12, lambda i, r: None, lambda i, w: None)\n"
        "except OSError as exc:\n"
        "    print('raised', exc.errno)\n"
        "me = os.getpid()\n"
        "print('children left', len(open(f'/proc/{me}/task/{me}/children').read().split()))\n")
    assert result.returncode == 0, result.stderr
    assert "raised" in result.stdout and "children left 0" in result.stdout
    assert "Traceback" not in result.stderr


def test_children_of_a_killed_batch_process_end_by_themselves() -> None:
    import time

    result = _run_script(
        "import os, time, signal\n"
        "from socialkit.parallel import run_shared\n"
        "parent = os.getpid()\n"
        "def work(i):\n"
        "    if os.getpid() == parent:\n"
        "        print('children', ' '.join(open(f'/proc/{parent}/task/{parent}/children')"
        ".read().split()), flush=True)\n"
        "        os.kill(parent, signal.SIGKILL)\n"
        "    time.sleep(0.05)\n"
        "    return 'x' * 50_000\n"  # results that would fill a pipe nobody reads
        "run_shared(list(range(400)), work, 3, lambda i, r: None, lambda i, w: None)\n")
    children = [int(p) for p in result.stdout.split()[1:]]
    assert children, result.stdout
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(os.path.exists(f"/proc/{p}") for p in children):
        time.sleep(0.1)
    assert not [p for p in children if os.path.exists(f"/proc/{p}")
                and Path(f"/proc/{p}/stat").read_text().split()[2] != "Z"]


def test_an_item_failing_in_a_child_is_lost_with_its_reason_and_the_child_goes_on() -> None:
    import time

    parent = os.getpid()

    def work(item: int) -> object:
        if os.getpid() == parent:
            time.sleep(0.2)  # slow here: the child takes the items after the first
            return item
        if item == 3:
            raise MemoryError("no room")
        if item == 4:
            return lambda: item  # no result that pickles
        return item

    got = _collect(list(range(8)), work, 2)
    assert sorted(got) == list(range(8))
    failed = {i: r for i, r in got.items() if isinstance(r, str)}
    assert failed.get(3, "lost 3: failed with MemoryError: no room") == (
        "lost 3: failed with MemoryError: no room")
    assert failed.get(4, "lost 4: failed with").startswith("lost 4: failed with")
    assert all(got[i] == i for i in range(8) if i not in failed)


def test_a_second_ctrl_c_while_this_process_works_stops_at_once() -> None:
    import time

    parent = os.getpid()

    def work(item: int) -> int:
        if os.getpid() == parent:
            os.kill(parent, signal.SIGINT)
            os.kill(parent, signal.SIGINT)  # the second raises here, in the middle of the item
            time.sleep(0.1)
        else:
            time.sleep(3)  # a child's long item is not waited for
        return item

    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        run_shared(list(range(6)), work, 2, lambda i, r: None, lambda i, why: None)
    assert time.monotonic() - started < 2
