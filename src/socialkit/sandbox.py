"""Rendering templates a user wrote, within limits: no escape, no hang, no memory blow-up.

Jinja2's SandboxedEnvironment stops a template reaching Python internals, but not a template
that runs for ever (``{% for i in range(10**5) %}{% for j in range(10**5) %}``) or builds a huge
string (``{{ 'a' * 10**8 }}``, a macro doubling its output). ``LimitedSandbox`` adds, on top of
Jinja's immutable sandbox:

- a size check wherever a template can build a value: ``*``, ``+``, ``**`` and ``%`` on strings,
  lists and numbers (intercepted binary operators), ``~`` (its code generator), every filter,
  every call, every block buffer (``concat``) and every printed value (``finalize``);
- a clock: every one of those hooks and every ``range`` step checks the render's deadline, and
  on the main thread a timer interrupts even a loop that calls nothing;
- ``range`` of at most ``MAX_RANGE`` items and no ``lipsum``.

``render_limited`` renders through ``Template.generate`` and stops once the output passes
``MAX_OUTPUT`` characters. It raises ``TemplateLimitError`` for a limit and lets any other
exception (ZeroDivisionError, TypeError, RecursionError ...) through for the caller to report:
``describe_render_error`` turns each into the short reason a user reads.
"""

from __future__ import annotations

import contextlib
import itertools
import re
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import wraps
from types import FrameType
from typing import TYPE_CHECKING, Any

from jinja2.compiler import CodeGenerator, Frame
from jinja2.nodes import Concat
from jinja2.sandbox import ImmutableSandboxedEnvironment

if TYPE_CHECKING:
    import jinja2

MAX_OUTPUT = 100_000
"""Characters a template may produce, and the largest string or list it may build on the way:
33 times LinkedIn's 3,000-character limit, the longest any platform has by default."""

MAX_SECONDS = 2.0
"""Seconds one render may take; the built-in templates take well under a millisecond."""

ARTICLE_SECONDS = 10.0
"""Seconds all renders of one article's posts may take together (``render_budget``)."""

MAX_RANGE = 10_000
"""Items one ``range()`` may have."""

MAX_NUMBER = 1_000_000
"""Largest width or count a template may pass to a padding or formatting call."""

_MAX_INT_BITS = 100_000
_TIMER_REPEAT = 0.05
# Calls whose integer arguments are widths or counts: a huge one builds a huge string.
_WIDTH_CALLS = frozenset(
    {"center", "ljust", "rjust", "zfill", "expandtabs", "indent", "wordwrap", "format", "truncate"}
)
_DIGITS = re.compile(r"\d+")


class TemplateLimitError(Exception):
    """A user template went past one of the limits above; the message says which."""


class _Timeout(BaseException):
    # BaseException so that no ``except Exception`` inside Jinja or a filter can swallow it.
    pass


class _State(threading.local):
    deadline: float | None = None
    budget_deadline: float | None = None
    timer_armed: bool = False


_state = _State()


def _check_time() -> None:
    deadline = _state.deadline
    if deadline is not None and time.monotonic() > deadline:
        raise TemplateLimitError(f"took longer than {MAX_SECONDS:g} s (a loop that never ends?)")


def _size(value: object, budget: int = MAX_OUTPUT) -> int:
    """About how many characters ``str(value)`` has, counting no further than past ``budget``.

    Walks containers without building their text, so a list holding the same long string a
    thousand times is refused before anything prints it.
    """
    total = 0
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            total += len(item)
        elif isinstance(item, (list, tuple, set, frozenset)):
            total += 2 + 2 * len(item)
            if total <= budget:
                stack.extend(item)
        elif isinstance(item, dict):
            total += 2 + 4 * len(item)
            if total <= budget:
                stack.extend(item.keys())
                stack.extend(item.values())
        elif isinstance(item, range):
            total += 16 + 8 * len(item)
        elif isinstance(item, int) and not isinstance(item, bool):
            total += item.bit_length() // 3 + 2
        else:
            total += 16
        if total > budget:
            return total
    return total


def _check_size(value: object, what: str) -> None:
    if _size(value) > MAX_OUTPUT:
        raise TemplateLimitError(f"{what} would be over {MAX_OUTPUT:,} characters")


def _check_numbers(name: str, args: Iterable[object]) -> None:
    for arg in args:
        if isinstance(arg, int) and not isinstance(arg, bool) and abs(arg) > MAX_NUMBER:
            raise TemplateLimitError(f"{name}() with {arg:,}; the limit is {MAX_NUMBER:,}")


def _check_format(fmt: str, values: tuple[Any, ...]) -> None:
    """A format string (``%``, ``format()``, ``|format``): every field may be as wide as a
    number written in it or passed to it, and may repeat a value: bound all of that first."""
    numbers = _DIGITS.findall(fmt)
    if any(len(n) > 7 for n in numbers):
        raise TemplateLimitError(f"format width over {MAX_NUMBER:,}")
    fields = fmt.count("{") + fmt.count("%")
    widest = max((abs(v) for v in values if _is_int(v)), default=0)
    estimate = len(fmt) + sum(int(n) for n in numbers) + fields * (widest + _size(values))
    if estimate > MAX_OUTPUT:
        raise TemplateLimitError(f"a format would be over {MAX_OUTPUT:,} characters")


def _lines(text: str, width: int) -> int:
    return text.count("\n") + 1 if width <= 0 else len(text) // width + text.count("\n") + 1


def _check_amplifiers(name: str, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> None:
    """Calls that build more than their inputs hold: bound the result before it is built."""
    text = args[0] if args and isinstance(args[0], str) else None
    rest = (*args[1:], *kwargs.values())
    if name == "format" and text is not None:
        _check_format(text, tuple(rest))
    elif name == "replace" and text is not None and len(args) >= 3:
        old, new = str(args[1]), str(args[2])
        hits = text.count(old) if old else len(text) + 1
        if len(text) + hits * len(new) > MAX_OUTPUT:
            raise TemplateLimitError(f"replace() would be over {MAX_OUTPUT:,} characters")
    elif name == "join" and text is not None and len(args) >= 2:
        items = args[1]
        count = len(items) if hasattr(items, "__len__") else 0
        if len(text) * count + _size(items) > MAX_OUTPUT:
            raise TemplateLimitError(f"join() would be over {MAX_OUTPUT:,} characters")
    elif text is not None and name in ("indent", "expandtabs", "wordwrap"):
        # Each line (indent), tab (expandtabs) or wrapped line (wordwrap) gets a copy.
        default = {"indent": 4, "expandtabs": 8, "wordwrap": 79}[name]
        extra = next((a for a in rest if isinstance(a, (int, str)) and not isinstance(a, bool)),
                     default)
        size: int = extra if isinstance(extra, int) else len(str(extra))
        if name == "indent":
            copies = text.count("\n") + 1
        elif name == "expandtabs":
            copies = text.count("\t")
        else:
            wrap = kwargs.get("wrapstring", args[4] if len(args) > 4 else "\n")
            copies, size = _lines(text, size), len(str(wrap))
        if len(text) + copies * size > MAX_OUTPUT:
            raise TemplateLimitError(f"{name}() would be over {MAX_OUTPUT:,} characters")
    elif name in ("slice", "batch") and any(_is_int(a) and a > MAX_RANGE for a in rest):
        raise TemplateLimitError(f"{name}() into more than {MAX_RANGE:,} parts")


def _materialised(items: Any) -> Any:
    """An iterator (no length) as a list of at most MAX_OUTPUT items, so ``join`` can be
    bounded before it runs; anything with a length as it is."""
    if hasattr(items, "__len__") or not hasattr(items, "__iter__"):
        return items
    found = list(itertools.islice(items, MAX_OUTPUT + 1))
    if len(found) > MAX_OUTPUT:
        raise TemplateLimitError(f"join() of more than {MAX_OUTPUT:,} items")
    return found


def _guard_call(name: str, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> None:
    _check_time()
    values = (*args, *kwargs.values())
    if name in _WIDTH_CALLS:
        _check_numbers(name, values)
    _check_amplifiers(name, args, kwargs)
    _check_size(values, f"the arguments of {name}()")


def _guarded_filter(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    @wraps(func)  # keeps Jinja's pass_context/pass_environment marks
    def guarded(*args: Any, **kwargs: Any) -> Any:
        # A filter marked pass_context/pass_environment gets that object first: skip it.
        first = next((i for i, a in enumerate(args) if not _is_jinja_object(a)), len(args))
        if name == "join" and first < len(args):
            args = (*args[:first], _materialised(args[first]), *args[first + 1 :])
        shown = args[first:]
        if name == "join":
            # |join(d) is join(value, d): the separator is the second argument.
            separator = shown[1] if len(shown) > 1 else kwargs.get("d", "")
            _check_amplifiers("join", (str(separator), shown[0] if shown else ()), {})
        _guard_call(name, shown, kwargs)
        result = func(*args, **kwargs)
        _check_size(result, f"the result of |{name}")
        return result

    return guarded


def _is_jinja_object(value: object) -> bool:
    import jinja2
    from jinja2.nodes import EvalContext
    from jinja2.runtime import Context

    return isinstance(value, (jinja2.Environment, Context, EvalContext))


def _limited_range(*args: int) -> _TimedRange:
    numbers = range(*args)
    if len(numbers) > MAX_RANGE:
        raise TemplateLimitError(
            f"range() of {len(numbers):,} items; the limit is {MAX_RANGE:,}"
        )
    return _TimedRange(numbers)


class _TimedRange:
    """A range that checks the clock at every step, so nested loops cannot run for ever."""

    def __init__(self, numbers: range) -> None:
        self.numbers = numbers

    def __iter__(self) -> Iterator[int]:
        for n in self.numbers:
            _check_time()
            yield n

    def __len__(self) -> int:
        return len(self.numbers)

    def __getitem__(self, index: int) -> int:
        return self.numbers[index]

    def __repr__(self) -> str:
        return repr(self.numbers)


def _checked_concat(pieces: Iterable[object]) -> str:
    """Block buffers, macro bodies and ``{% set %}`` blocks: refuse before joining."""
    _check_time()
    items = [str(p) for p in pieces]
    if sum(len(p) for p in items) > MAX_OUTPUT:
        raise TemplateLimitError(f"a block's output would be over {MAX_OUTPUT:,} characters")
    return "".join(items)


def _checked_join(pieces: tuple[object, ...]) -> str:
    """The ``~`` operator."""
    _check_time()
    _check_size(pieces, "a ~ concatenation")
    return "".join(str(p) for p in pieces)


class _LimitedCodeGenerator(CodeGenerator):
    # Jinja compiles ``a ~ b`` to a direct call of its own str_join, which no sandbox hook sees;
    # this sends it through the environment instead. (Templates here never autoescape.)
    def visit_Concat(self, node: Concat, frame: Frame) -> None:
        self.write("environment.checked_join((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


class LimitedSandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox with limits on size and time (see the module docstring)."""

    code_generator_class = _LimitedCodeGenerator
    intercepted_binops = frozenset({"*", "**", "+", "%"})
    concat = staticmethod(_checked_concat)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("finalize", _finalize)
        super().__init__(*args, **kwargs)
        self.globals["range"] = _limited_range
        self.globals.pop("lipsum", None)
        self.filters = _GuardedFilters(self.filters)
        self.checked_join = _checked_join

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        _check_time()
        if operator == "**" and _is_int(left) and _is_int(right):
            if right > 0 and max(1, abs(left).bit_length()) * right > _MAX_INT_BITS:
                raise TemplateLimitError(f"{left} ** {right} is too large a number")
        elif operator == "*":
            if _is_int(left) and _is_int(right):
                if left.bit_length() + right.bit_length() > _MAX_INT_BITS:
                    raise TemplateLimitError("a product too large a number")
            elif _is_int(right) or _is_int(left):
                times, seq = (right, left) if _is_int(right) else (left, right)
                if times > 0 and _size(seq) * times > MAX_OUTPUT:
                    raise TemplateLimitError(
                        f"repeating a value {times:,} times would be over {MAX_OUTPUT:,} characters"
                    )
        elif operator == "+" and not (_is_number(left) and _is_number(right)):
            if _size(left) + _size(right) > MAX_OUTPUT:
                raise TemplateLimitError(f"a + result would be over {MAX_OUTPUT:,} characters")
        elif operator == "%" and isinstance(left, str):
            values = right if isinstance(right, tuple) else (right,)
            _check_numbers("format", values)
            _check_format(left, values)
        result = self.binop_table[operator](left, right)
        if not _is_number(result):
            _check_size(result, f"the result of {operator}")
        return result

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        name = getattr(__obj, "__name__", "")
        bound = getattr(__obj, "__self__", None)
        if isinstance(bound, str):
            if name == "join" and args:
                args = (_materialised(args[0]), *args[1:])
            _guard_call(name, (bound, *args), kwargs)
        else:
            _guard_call(name, args, kwargs)
        result = super().call(__context, __obj, *args, **kwargs)
        _check_size(result, f"the result of {name or 'a call'}()")
        return result

    def getattr(self, obj: Any, attribute: str) -> Any:
        _check_time()
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        _check_time()
        return super().getitem(obj, argument)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        wrapper = super().wrap_str_format(value)
        if wrapper is None:
            return None
        text = value.__self__

        @wraps(wrapper)
        def checked(*args: Any, **kwargs: Any) -> str:
            _guard_call("format", (text, *args), kwargs)
            result = wrapper(*args, **kwargs)
            _check_size(result, "the result of format()")
            return result

        return checked


class _GuardedFilters(dict[str, Callable[..., Any]]):
    """The filter table, each filter wrapped in the size and time checks (also those added later,
    such as socialkit's ``emojize``)."""

    def __init__(self, filters: Mapping[str, Callable[..., Any]]) -> None:
        super().__init__()
        for name, func in filters.items():
            self[name] = func

    def __setitem__(self, name: str, func: Callable[..., Any]) -> None:
        super().__setitem__(name, _guarded_filter(name, func))


def _finalize(value: Any) -> Any:
    _check_time()
    _check_size(value, "a printed value")
    return value


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float, complex)) and not isinstance(value, bool)


# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------


@contextlib.contextmanager
def render_budget(seconds: float) -> Iterator[None]:
    """All renders inside share ``seconds`` in total (the composer renders a template many times
    while fitting a post, so a template just under the per-render limit cannot multiply it)."""
    previous = _state.budget_deadline
    _state.budget_deadline = time.monotonic() + seconds
    try:
        yield
    finally:
        _state.budget_deadline = previous


def render_limited(template: jinja2.Template, context: Mapping[str, Any]) -> str:
    """``template`` rendered with ``context``, within ``MAX_OUTPUT`` characters and, for a
    ``LimitedSandbox`` template, ``MAX_SECONDS``; TemplateLimitError past either."""
    if not isinstance(template.environment, LimitedSandbox):
        return _collect(template.generate(context))
    deadline = time.monotonic() + MAX_SECONDS
    if _state.budget_deadline is not None:
        deadline = min(deadline, _state.budget_deadline)
    outer = _state.deadline
    _state.deadline = deadline if outer is None else min(outer, deadline)
    try:
        with _interrupt_at(_state.deadline):
            return _collect(template.generate(context))
    except _Timeout:
        raise TemplateLimitError(
            f"took longer than {MAX_SECONDS:g} s (a loop that never ends?)"
        ) from None
    finally:
        _state.deadline = outer


def _collect(pieces: Iterator[str]) -> str:
    out: list[str] = []
    length = 0
    for piece in pieces:
        length += len(piece)
        if length > MAX_OUTPUT:
            raise TemplateLimitError(f"the output is over {MAX_OUTPUT:,} characters")
        out.append(piece)
    return "".join(out)


@contextlib.contextmanager
def _interrupt_at(deadline: float) -> Iterator[None]:
    """On the main thread, a SIGALRM timer that interrupts the render at ``deadline`` even inside
    a loop no hook sees (and every 50 ms after, until it lands in template code). Elsewhere, or
    when the program already uses SIGALRM, the hooks' clock checks are the limit."""
    usable = (
        hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and not _state.timer_armed
        and signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, None)
        and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    )
    if not usable:
        yield
        return

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        # Raise only inside the template's own compiled code. Anywhere else the signal may land
        # in a finaliser (a generator being closed), where Python would print the exception as
        # "Exception ignored" and carry on; the timer fires again 50 ms later.
        if (
            _state.timer_armed
            and frame is not None
            and isinstance(frame.f_globals.get("environment"), LimitedSandbox)
        ):
            raise _Timeout

    previous = signal.signal(signal.SIGALRM, on_alarm)
    _state.timer_armed = True
    try:
        signal.setitimer(
            signal.ITIMER_REAL, max(0.001, deadline - time.monotonic()), _TIMER_REPEAT
        )
        yield
    finally:
        _state.timer_armed = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def template_file(env: jinja2.Environment, name: str) -> str:
    """The file ``name`` would be loaded from, for an error about a template that did not load."""
    from pathlib import Path

    for folder in getattr(env.loader, "searchpath", ()):
        path = Path(folder) / name
        if path.exists():
            return str(path)
    return name


def describe_render_error(err: BaseException) -> str:
    """The reason a user reads for an exception raised while loading or rendering a template."""
    import jinja2

    if isinstance(err, (TemplateLimitError, jinja2.TemplateError)):
        return str(err)
    if isinstance(err, UnicodeDecodeError):
        return f"not UTF-8 text (byte {err.start})"
    if isinstance(err, RecursionError):
        return "nesting too deep (a macro or include that calls itself?)"
    if isinstance(err, MemoryError):
        return "out of memory"
    if isinstance(err, OSError):
        return err.strerror or type(err).__name__
    text = str(err)
    return f"{text} ({type(err).__name__})" if text else type(err).__name__
