"""Encryption of the managed documents folder (attachments and generated documents).

When the database is encrypted, every file in the managed folder is too: AES-256-GCM
with a key derived from the database passphrase by scrypt. A file is decrypted only
into memory, or into a private temporary folder when it must be opened in another
program (Word, a PDF reader), and that folder is emptied when the workspace locks or
closes.

File format (one self-describing file per document):

    magic  b"TDENC1\\0\\0"   8 bytes
    salt   16 bytes           scrypt salt (the key is derived from passphrase + salt)
    nonce  12 bytes           AES-GCM nonce, new for every write
    data   ciphertext + 16-byte tag; magic and salt are authenticated too

One cipher object derives its key once (about a tenth of a second) and writes all new
files with that salt; it still reads files written with another salt (after a restore,
or written by another installation with the same passphrase).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from app.errors import DomainError
from app.security import PassphraseRequiredError, Secret, WrongPassphraseError

MAGIC = b"TDENC1\x00\x00"
SALT_BYTES = 16
NONCE_BYTES = 12
HEADER_BYTES = len(MAGIC) + SALT_BYTES
# scrypt: 2**15 x 8 x 128 bytes = 32 MiB of memory per derivation.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
TEMP_PREFIX = "treatydesk-open-"
MAX_COPIES = 100
"""Decrypted copies of one document at most in the private folder (name, name (1)…)."""
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def is_encrypted_blob(head: bytes) -> bool:
    return head.startswith(MAGIC)


def is_encrypted_file(path: Path) -> bool:
    with path.open("rb") as f:
        return is_encrypted_blob(f.read(len(MAGIC)))


def derive_key(passphrase: str, salt: bytes) -> bytes:
    kdf = Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    return kdf.derive(passphrase.encode("utf-8"))


class DocumentCipher:
    """AES-GCM with a key derived from the database passphrase."""

    def __init__(self, passphrase: str | Secret, *, salt: bytes | None = None) -> None:
        self._secret = passphrase if isinstance(passphrase, Secret) else Secret(passphrase)
        self._salt = salt if salt is not None else os.urandom(SALT_BYTES)
        self._keys: dict[bytes, AESGCM] = {}

    def __repr__(self) -> str:
        return "DocumentCipher(***)"

    def _aead(self, salt: bytes) -> AESGCM:
        aead = self._keys.get(salt)
        if aead is None:
            aead = AESGCM(derive_key(self._secret.reveal(), salt))
            self._keys[salt] = aead
        return aead

    def encrypt(self, data: bytes) -> bytes:
        header = MAGIC + self._salt
        nonce = os.urandom(NONCE_BYTES)
        return header + nonce + self._aead(self._salt).encrypt(nonce, data, header)

    def decrypt(self, blob: bytes, what: str = "the file") -> bytes:
        if not is_encrypted_blob(blob):
            raise DomainError(f"{what} is not an encrypted TreatyDesk document.")
        if len(blob) < HEADER_BYTES + NONCE_BYTES + 16:
            raise DomainError(f"{what} is damaged (it is shorter than its header).")
        header = blob[:HEADER_BYTES]
        salt = header[len(MAGIC) :]
        nonce = blob[HEADER_BYTES : HEADER_BYTES + NONCE_BYTES]
        try:
            return self._aead(salt).decrypt(nonce, blob[HEADER_BYTES + NONCE_BYTES :], header)
        except InvalidTag:
            raise WrongPassphraseError(
                f"{what} cannot be decrypted: it was encrypted with another passphrase, "
                "or it was altered or damaged."
            ) from None

    def can_decrypt(self, blob: bytes) -> bool:
        try:
            self.decrypt(blob)
        except DomainError:
            return False
        return True

    def forget(self) -> None:
        """Drop the derived keys (the workspace is locking)."""
        self._keys.clear()


@dataclass(frozen=True)
class StoredFile:
    path: str  # relative to the managed folder, with forward slashes
    sha256: str  # of the plain content
    size: int  # of the plain content


class DocumentStore:
    """The managed documents folder: files written, read and opened through here.

    With a cipher every file is stored encrypted; without one (a plain database),
    files are stored as they are. A store whose database is encrypted but locked has
    `locked` set and refuses to read.
    """

    def __init__(self, root: Path, cipher: DocumentCipher | None = None) -> None:
        self.root = root
        self._cipher = cipher
        self.locked = False
        self._temp: Path | None = None

    @property
    def encrypted(self) -> bool:
        return self._cipher is not None or self.locked

    # ------------------------------------------------------------ paths

    def path_of(self, relative: str) -> Path:
        """The file for a path relative to the folder; DomainError if it would leave it."""
        parts = PurePosixPath(relative.replace("\\", "/")).parts
        if not parts or relative.startswith(("/", "\\")) or ".." in parts or ":" in parts[0]:
            raise DomainError(
                f"“{relative}” is not a path inside the documents folder.", field="path"
            )
        return self.root.joinpath(*parts)

    def files(self) -> Iterator[Path]:
        if not self.root.exists():
            return
        for path in sorted(self.root.rglob("*")):
            if path.is_file() and not path.name.endswith(".partial"):
                yield path

    # ------------------------------------------------------------ reading and writing

    def write(self, relative: str, data: bytes) -> StoredFile:
        """Store `data` (encrypted when the database is), atomically."""
        cipher = self._require_open()
        target = self.path_of(relative)
        _atomic_write(target, cipher.encrypt(data) if cipher else data)
        return StoredFile(
            target.relative_to(self.root).as_posix(), hashlib.sha256(data).hexdigest(), len(data)
        )

    def import_file(self, source: Path, relative: str) -> StoredFile:
        try:
            data = source.read_bytes()
        except OSError as exc:
            raise DomainError(f"Cannot read {source}: {exc.strerror or exc}.") from exc
        return self.write(relative, data)

    def read(self, relative: str) -> bytes:
        return self._read_path(self.path_of(relative))

    def _read_path(self, path: Path) -> bytes:
        try:
            blob = path.read_bytes()
        except FileNotFoundError:
            raise DomainError(f"The document {path.name} is missing from {self.root}.") from None
        except OSError as exc:
            raise DomainError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
        if not is_encrypted_blob(blob):
            return blob
        cipher = self._require_open()
        if cipher is None:
            raise PassphraseRequiredError(
                f"The document {path.name} is encrypted: open the protected database first."
            )
        return cipher.decrypt(blob, f"The document {path.name}")

    def open_copy(self, relative: str) -> Path:
        """A file another program can open: the file itself when it is not encrypted, else a
        decrypted copy in a private temporary folder (deleted by `clear_temp`)."""
        path = self.path_of(relative)
        if not path.is_file():
            raise DomainError(f"The document {path.name} is missing from {self.root}.")
        if not is_encrypted_file(path):
            return path
        data = self._read_path(path)
        folder = self._temp_folder()
        for n in range(MAX_COPIES):
            copy = folder / (path.name if n == 0 else f"{path.stem} ({n}){path.suffix}")
            if _holds(copy, data):
                return copy  # opened before and unchanged: the same copy again
            try:
                # O_EXCL (and O_NOFOLLOW): never write through a file or link already there.
                fd = os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o600)
            except FileExistsError:
                continue  # a copy edited in another program, or another name: try the next
            except OSError as exc:
                raise DomainError(f"Cannot write {copy}: {exc.strerror or exc}.") from exc
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(data)
            except OSError as exc:
                copy.unlink(missing_ok=True)  # never half a document
                raise DomainError(f"Cannot write {copy}: {exc.strerror or exc}.") from exc
            # Read-only: a program that opens it does not save changes that would look like
            # changes to the document (they would be lost when the copies are deleted).
            with contextlib.suppress(OSError):
                copy.chmod(stat.S_IRUSR)
            return copy
        raise DomainError(
            f"Too many copies of {path.name} are open: close some, or lock TreatyDesk to "
            "delete them."
        )

    def clear_temp(self) -> None:
        """Delete every decrypted copy handed out (a program may still hold one open)."""
        if self._temp is not None:
            _remove_tree(self._temp)
            self._temp = None

    # ------------------------------------------------------------ protection

    def lock(self) -> None:
        self.clear_temp()
        if self._cipher is not None:
            self._cipher.forget()
            self._cipher = None
            self.locked = True

    def unlock(self, cipher: DocumentCipher) -> None:
        self._cipher = cipher
        self.locked = False

    def convert_all(self, source: DocumentCipher | None, target: DocumentCipher | None) -> int:
        """Re-write every file from one protection to another. Each file is replaced
        atomically, and a file already in the target form is left alone, so an interrupted
        conversion can simply be run again. Returns the number of files re-written."""
        count = 0
        for path in self.files():
            blob = path.read_bytes()
            if is_encrypted_blob(blob):
                if target is not None and target.can_decrypt(blob):
                    continue  # already converted
                if source is None:
                    raise PassphraseRequiredError(
                        f"The document {path.name} is encrypted: the passphrase is needed."
                    )
                data = source.decrypt(blob, f"The document {path.name}")
            elif target is None:
                continue  # plain, and stays plain
            else:
                data = blob
            _atomic_write(path, target.encrypt(data) if target else data)
            count += 1
        return count

    def encrypt_plain_files(self) -> int:
        """Encrypt any file put into the folder by hand while the database is encrypted."""
        cipher = self._require_open()
        if cipher is None:
            return 0
        count = 0
        for path in self.files():
            if not is_encrypted_file(path):
                _atomic_write(path, cipher.encrypt(path.read_bytes()))
                count += 1
        return count

    def _require_open(self) -> DocumentCipher | None:
        if self.locked:
            raise PassphraseRequiredError(
                "TreatyDesk is locked: enter the passphrase to use the documents."
            )
        return self._cipher

    def _temp_folder(self) -> Path:
        if self._temp is None or not self._temp.exists():
            self._temp = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX))
            with contextlib.suppress(OSError):
                self._temp.chmod(stat.S_IRWXU)
        return self._temp


def _holds(copy: Path, data: bytes) -> bool:
    """Whether `copy` is an ordinary file (not a link) whose content is exactly `data`."""
    try:
        info = copy.lstat()
        if not stat.S_ISREG(info.st_mode) or info.st_size != len(data):
            return False
        return copy.read_bytes() == data
    except OSError:
        return False


def _remove_tree(folder: Path) -> None:
    """Delete a folder of copies, read-only ones included (Windows refuses to delete those)."""
    with contextlib.suppress(OSError):
        for path in folder.rglob("*"):
            if path.is_file() and not path.is_symlink():
                with contextlib.suppress(OSError):
                    path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    shutil.rmtree(folder, ignore_errors=True)


def _atomic_write(target: Path, data: bytes) -> None:
    partial = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with partial.open("wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(partial, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise DomainError(f"Cannot write {target}: {exc.strerror or exc}.") from exc
