"""Is a file on a network share? SQLite must not be used there.

SQLite's WAL needs shared memory between the processes using the file, which network file
systems do not provide, and their locks are unreliable: two laptops writing one file on a
share corrupt it. Linux: the file's mount in ``/proc/self/mounts`` and its file-system
type; Windows: a UNC path or a remote drive letter. Other systems are not checked.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path, PurePath

from workshop.errors import StorageError

# File-system types of network shares, as /proc/mounts names them.
NETWORK_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph", "glusterfs",
    "lustre", "gpfs", "davfs", "coda", "fuse.sshfs", "sshfs", "fuse.glusterfs", "fuse.davfs2",
    "fuse.rclone", "fuse.s3fs", "fuse.cephfs", "fuse.smbnetfs", "fuse.gvfsd-fuse", "fuse.juicefs",
})

MOUNTS = "/proc/self/mounts"


def _unescape(field: str) -> str:
    # /proc/mounts writes space, tab, newline and backslash as octal escapes (\040 ...)
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and len(field) >= i + 4 and field[i + 1:i + 4].isdigit():
            out.append(chr(int(field[i + 1:i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def mount_of(path: Path, mounts_text: str) -> tuple[str, str] | None:
    """The mount point and file-system type that hold ``path`` (already resolved), by longest prefix."""
    best: tuple[str, str] | None = None
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point, fstype = _unescape(fields[1]), fields[2]
        mount = PurePath(point)
        if (path == mount or mount in path.parents) and (best is None or len(point) >= len(best[0])):
            best = (point, fstype)
    return best


def network_mount(path: Path, mounts_text: str | None = None) -> tuple[str, str] | None:
    """``(mount point or drive, file-system type)`` when ``path`` lies on a network share, else None.

    Args:
        path: the database file (it need not exist yet; its folder must).
        mounts_text: a mount table in /proc/mounts format instead of this machine's (tests).
    """
    text = str(path)
    if text.startswith(("\\\\", "//")):  # a UNC path: \\server\share\...
        return (text, "smb")
    if mounts_text is None and sys.platform == "win32":
        return _windows_remote_drive(path)
    if mounts_text is None:
        try:
            with open(MOUNTS, encoding="utf-8", errors="replace") as f:
                mounts_text = f.read()
        except OSError:
            return None  # not Linux: not checked
    resolved = Path(os.path.realpath(path))
    found = mount_of(resolved, mounts_text)
    if found is None:
        return None
    fstype = found[1].lower()
    return found if fstype in NETWORK_TYPES or fstype.startswith(("nfs", "smb", "cifs")) else None


def _windows_remote_drive(path: Path) -> tuple[str, str] | None:  # pragma: no cover - Windows only
    import ctypes

    drive = os.path.splitdrive(os.path.abspath(path))[0]
    if not drive:
        return None
    DRIVE_REMOTE = 4
    if ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE:  # type: ignore[attr-defined]
        return (drive, "netværksdrev")
    return None


def refuse(path: Path, mounts_text: str | None = None) -> None:
    """Raise when the SQLite file ``path`` would lie on a network share.

    Raises:
        StorageError: in Danish, saying why and what to use instead.
    """
    found = network_mount(path, mounts_text)
    if found is None:
        return
    point, fstype = found
    raise StorageError(
        f"Databasefilen {path} ligger på et netværksdrev ({fstype} på {point}). SQLite kan ikke bruges"
        " sikkert over netværket: dens skrivelog (WAL) virker kun på en lokal disk, og to computere,"
        " der skriver i samme fil, kan ødelægge den. Læg filen på en lokal disk, eller brug en fælles"
        " PostgreSQL-server med --db postgresql://…"
    )
