"""Writing documents safely: never a partial file, names that every file system accepts."""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.errors import DomainError


@contextmanager
def atomic_target(target: Path) -> Iterator[Path]:
    """A temporary path beside `target`; it becomes `target` only if the block succeeds.

    The temporary file lives in the same folder, so the final `os.replace` is atomic: a
    reader sees the old file or the new one, never half of one. On any error it is removed.
    """
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{target.stem[:40]}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise DomainError(f"Cannot write to the folder {folder}: {exc.strerror or exc}.") from exc
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise DomainError(f"Cannot write {target}: {exc.strerror or exc}.") from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


_UNSAFE = re.compile(r"[^\w.\-]+")


def safe_name(text: str, max_length: int = 60) -> str:
    """A file-name fragment: "CCPR/C/KAZ/CO/3" -> "CCPR-C-KAZ-CO-3"; letters of any script kept."""
    value = unicodedata.normalize("NFC", text or "").strip()
    value = _UNSAFE.sub("-", value).strip("-.")
    return value[:max_length].rstrip("-.") or "document"
