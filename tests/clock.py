"""The tests' clock (README, "The inner loop").

`CLOCK_OFFSET_DAYS=N` moves the clock of the test run N days ahead
(time-machine, ticking): tests/conftest.py starts the travel in every pytest
process. Servers that tests start in subprocesses keep the real clock, except
where a test compares their dates with its own: it starts those programs with
`python_command()`, which runs them through this module on the same clock:

    python -m tests.clock manage.py db_worker --batch
    python -m tests.clock -m gunicorn ...
"""

import datetime
import os
import runpy
import sys
import time

ENV = "CLOCK_OFFSET_DAYS"


class ClockOffsetError(ValueError):
    pass


def offset_days():
    """The days CLOCK_OFFSET_DAYS moves the clock ahead (0 when unset)."""
    value = os.environ.get(ENV, "").strip() or "0"
    try:
        return int(value)
    except ValueError:
        raise ClockOffsetError(f"{ENV} must be a whole number of days, not {value!r}") from None


def start_travel():
    """Move this process's clock by CLOCK_OFFSET_DAYS; the travel, or None without an offset."""
    days = offset_days()
    if not days:
        return None
    import time_machine

    travel = time_machine.travel(datetime.timedelta(days=days), tick=True)
    travel.start()
    return travel


def server_time():
    """The time on the servers' clock, which keeps the real one (e.g. for a
    one-time code that the served site checks)."""
    import time_machine

    if time_machine.escape_hatch.is_travelling():
        return time_machine.escape_hatch.time.time()
    return time.time()


def server_totp_code(key, offset=0):
    """The one-time code an authenticator app set up with `key` (bytes) shows
    now on the servers' clock (`offset` seconds later), whatever
    CLOCK_OFFSET_DAYS does to this process's clock."""
    from django_otp.oath import TOTP

    totp = TOTP(key)
    totp.time = server_time() + offset
    return f"{totp.token():06d}"


def python_command(*args):
    """`python *args` on the tests' clock: through this module when the clock is moved."""
    if offset_days():
        return [sys.executable, "-m", "tests.clock", *args]
    return [sys.executable, *args]


def main(argv):
    """Run a script (`manage.py …`) or a module (`-m gunicorn …`) on the moved clock."""
    start_travel()
    if argv[:1] == ["-m"]:
        module, *rest = argv[1:]
        sys.argv = [module, *rest]
        runpy.run_module(module, run_name="__main__", alter_sys=True)
    else:
        sys.argv = list(argv)
        runpy.run_path(argv[0], run_name="__main__")


if __name__ == "__main__":
    main(sys.argv[1:])
