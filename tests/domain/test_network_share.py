"""An SQLite file on a network share is refused with a Danish message pointing to PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop import network_share
from workshop.db import Database
from workshop.errors import StorageError

MOUNTS = """\
/dev/vda1 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
nas:/export/udvalg /mnt/udvalg nfs4 rw,relatime,vers=4.2 0 0
/dev/vdb1 /mnt/udvalg/lokal ext4 rw 0 0
//nas/møder /mnt/smb\\040drev cifs rw,vers=3.0 0 0
sekretaer@server:/home/sekretaer /home/me/server fuse.sshfs rw,nosuid 0 0
"""


@pytest.mark.parametrize("path, fstype", [
    ("/mnt/udvalg/workshop.db", "nfs4"),
    ("/mnt/udvalg/møder/2017/workshop.db", "nfs4"),
    ("/mnt/smb drev/workshop.db", "cifs"),  # /proc/mounts writes the space as \\040
    ("/home/me/server/workshop.db", "fuse.sshfs"),
])
def test_a_file_on_a_network_share_is_refused_in_danish(path: str, fstype: str) -> None:
    with pytest.raises(StorageError) as refused:
        network_share.refuse(Path(path), MOUNTS)
    message = refused.value.message
    assert f"ligger på et netværksdrev ({fstype}" in message
    assert "WAL" in message and "--db postgresql://" in message


@pytest.mark.parametrize("path", ["/home/me/workshop.db", "/mnt/udvalg/lokal/workshop.db", "/mnt/udvalgene/x.db"])
def test_local_files_are_fine_by_the_longest_mount_point(path: str) -> None:
    network_share.refuse(Path(path), MOUNTS)  # nothing raised
    assert network_share.network_mount(Path(path), MOUNTS) is None


def test_a_unc_path_is_a_share_on_any_system() -> None:
    assert network_share.network_mount(Path("//nas/udvalg/workshop.db"), "") == ("//nas/udvalg/workshop.db", "smb")


def test_a_symlink_into_a_share_is_followed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    share = tmp_path / "share"
    share.mkdir()
    (tmp_path / "link").symlink_to(share)
    table = tmp_path / "mounts"
    table.write_text(f"/dev/vda1 / ext4 rw 0 0\nnas:/x {share} nfs rw 0 0\n", encoding="utf-8")
    monkeypatch.setattr(network_share, "MOUNTS", str(table))
    with pytest.raises(StorageError, match="netværksdrev"):
        Database(f"sqlite:///{tmp_path}/link/workshop.db")
    assert not (share / "workshop.db").exists()  # refused before SQLite created the file
    Database(f"sqlite:///{tmp_path}/workshop.db").close()  # beside it, on the local disk: fine


def test_this_machine_s_own_mount_table_is_read(tmp_path: Path) -> None:
    if not Path(network_share.MOUNTS).exists():
        pytest.skip("no /proc/self/mounts here (not Linux)")
    assert network_share.network_mount(tmp_path / "workshop.db") is None  # the test's temp folder is local
