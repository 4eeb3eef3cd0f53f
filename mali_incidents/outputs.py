"""Where the plugin writes: never over an input, never half a file, one writer at a time.

Every file the plugin writes (the month's GeoPackage, the atlas PDF, a QGIS project) is
written to a temporary file beside its target and moved over it (``os.replace``, atomic on
one file system) only once complete and checked: a full disk, a size limit, a crash or a
cancel leaves the previous file byte for byte as it was. The temporary file lives beside the
target, not in /tmp, so that the final move stays on one file system; a folder the user
cannot write to is refused with one line, even when the file in it is writable (writing the
file in place would lose the guarantee).

While a target is replaced, its folder is locked (``flock`` on the folder itself: no lock
file is left behind). A second import into the same folder waits for the first
(``LOCK_WAIT_SECONDS`` at most), then fails with one line.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

try:  # POSIX; QGIS on Windows locks a file beside the target instead
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None

# How long a second writer of the same folder waits for the first before giving up.
LOCK_WAIT_SECONDS = float(os.environ.get("MALI_INCIDENTS_LOCK_WAIT", "120"))
_POLL_SECONDS = 0.2


class OutputError(OSError):
    """A file cannot be written where asked: one line naming the file and the reason.

    An ``OSError``, so every door (command line, Processing, toolbar) already shows it as
    one line.
    """

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


def same_file(first: Path, second: Path) -> bool:
    """True when both paths name one file (links and ``..`` resolved), existing or not."""
    first, second = Path(first), Path(second)
    try:
        if first.exists() and second.exists():
            return os.path.samefile(first, second)
    except OSError:
        pass
    return first.resolve() == second.resolve()


def check_output(
    target: Path,
    inputs: Iterable[Path],
    what: str,
    suffixes: tuple[str, ...],
) -> Path:
    """Refuse a target that is a folder, has another kind of name or is one of ``inputs``.

    ``what`` names the output in the message ("--out"); ``suffixes`` the endings allowed.
    """
    target = Path(target)
    if target.is_dir():
        raise OutputError(f"{what} {target} is a folder: give a file ending in {suffixes[0]}")
    if target.suffix.lower() not in suffixes:
        raise OutputError(
            f"{what} {target}: the file must end in {' or '.join(suffixes)} "
            f"(other kinds of file are never overwritten)"
        )
    for source in inputs:
        if source is not None and same_file(target, Path(source)):
            raise OutputError(f"{what} {target} is also an input: choose another file")
    return target


# --- locks --------------------------------------------------------------------------------

_held: dict[str, list] = {}  # folder -> [file descriptor, holds]
_held_guard = threading.Lock()
_folder_locks: dict[str, threading.RLock] = {}


@contextlib.contextmanager
def folder_lock(target: Path) -> Iterator[None]:
    """Hold the lock of ``target``'s folder for the block (re-entrant in one thread).

    Other processes (and other threads) writing into the same folder wait, up to
    ``LOCK_WAIT_SECONDS``, then get an ``OutputError``.
    """
    folder = str(Path(target).resolve().parent)
    with _held_guard:
        thread_lock = _folder_locks.setdefault(folder, threading.RLock())
    if not thread_lock.acquire(timeout=LOCK_WAIT_SECONDS):
        raise _busy(target)
    try:
        with _held_guard:
            held = _held.get(folder)
        if held is not None:  # this thread holds it already
            held[1] += 1
        else:
            handle = _lock_folder(Path(folder), Path(target))
            with _held_guard:
                _held[folder] = [handle, 1]
        try:
            yield
        finally:
            with _held_guard:
                _held[folder][1] -= 1
                handle, holds = _held[folder]
                if holds == 0:
                    del _held[folder]
            if holds == 0:
                _unlock_folder(handle)
    finally:
        thread_lock.release()


def _busy(target: Path) -> OutputError:
    return OutputError(
        f"{target}: another import or atlas is writing into this folder; "
        f"try again once it is done (waited {LOCK_WAIT_SECONDS:g} s)"
    )


def _lock_folder(folder: Path, target: Path):
    try:
        if fcntl is not None:
            handle = os.open(folder, os.O_RDONLY)
        else:  # pragma: no cover - Windows: a lock file beside the target
            handle = os.open(f"{target}.lock", os.O_RDWR | os.O_CREAT)
    except FileNotFoundError as error:
        raise OutputError(f"{target}: the folder {folder} does not exist") from error
    except OSError as error:
        raise OutputError(f"{target}: its folder cannot be opened ({error.strerror})") from error
    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    while True:
        try:
            if fcntl is not None:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            else:  # pragma: no cover - Windows
                import msvcrt

                msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)
            return handle
        except OSError:
            if time.monotonic() >= deadline:
                os.close(handle)
                raise _busy(target) from None
            time.sleep(_POLL_SECONDS)


def _unlock_folder(handle) -> None:
    # Closing the descriptor releases the lock (flock and msvcrt alike).
    os.close(handle)


# --- replacing ----------------------------------------------------------------------------


def temporary_beside(target: Path) -> Path:
    """A new empty file beside ``target``, hidden, with the same ending (QGIS and GDAL
    choose the format by it)."""
    target = Path(target)
    name = target.parent / f".{target.stem}.{secrets.token_hex(4)}.partial{target.suffix}"
    try:
        # 0o666 less the umask, as any new file of the user's (mkstemp would make it 0600).
        handle = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except FileNotFoundError as error:
        raise OutputError(f"{target}: the folder {target.parent} does not exist") from error
    except OSError as error:
        raise OutputError(
            f"{target}: cannot write in its folder ({error.strerror}); files are written "
            f"beside their target and replace it only when complete"
        ) from error
    os.close(handle)
    return name


@contextlib.contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; when the block ends without an exception
    the temporary file replaces ``target`` in one step, else it is removed and ``target``
    is left untouched. The folder is locked meanwhile."""
    target = Path(target)
    if target.exists() and not os.access(target, os.W_OK):
        # The folder would let the file be replaced; its own permissions say it must not.
        raise OutputError(f"{target} is read-only; it is left as it is: choose another file")
    with folder_lock(target):
        partial = temporary_beside(target)
        try:
            yield partial
            if not partial.is_file() or partial.stat().st_size == 0:
                raise OutputError(f"{target}: nothing was written")
            _keep_mode(target, partial)
            try:
                os.replace(partial, target)
            except OSError as error:  # Windows: the file is open in another program
                raise OutputError(
                    f"{target} cannot be replaced ({error.strerror}); is it open in another "
                    f"program? It is left as it was"
                ) from error
        except BaseException:
            with contextlib.suppress(OSError):
                partial.unlink()
            raise


def _keep_mode(target: Path, partial: Path) -> None:
    """The replacement keeps the permissions the analyst gave the file it replaces."""
    with contextlib.suppress(OSError):
        if target.exists():
            os.chmod(partial, target.stat().st_mode & 0o7777)


def write_failed(target: Path, error: BaseException) -> OutputError:
    """One line for a write that failed part way: the target is as it was."""
    reason = getattr(error, "strerror", None) or (str(error).strip().splitlines() or ["?"])[0]
    kept = "the previous file is unchanged" if Path(target).exists() else "no file was made"
    return OutputError(f"{target} was not written ({reason}); {kept}")
