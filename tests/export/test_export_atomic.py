"""An interrupted PDF export never destroys the previous file (issue 10 §5), and a link's target is written."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.cli_run import run_cli
from tests.export import pdfread
from workshop.demo import demo_document
from workshop.referat import pdf as pdf_module
from workshop.referat.draft import draft_referat

OLD = b"%PDF-1.4 the previous referat\n"


@pytest.fixture(autouse=True)
def _own_data_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("WORKSHOP_DB", raising=False)
    monkeypatch.setenv("WORKSHOP_DATA_DIR", str(tmp_path / "data"))


def test_a_failing_writer_leaves_the_previous_file_and_no_temporary_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "referat.pdf"
    target.write_bytes(OLD)

    def half_then_fail(doc: object, story: object, *, single_pass: bool | None = None) -> None:
        doc.filename.write(b"%PDF-1.4 half a referat")  # type: ignore[attr-defined]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pdf_module, "_build", half_then_fail)
    with pytest.raises(OSError, match="No space"):
        pdf_module.render_pdf(draft_referat(demo_document()), target, status="draft", version=1)
    assert target.read_bytes() == OLD
    assert sorted(p.name for p in tmp_path.iterdir()) == ["referat.pdf"]


def test_killed_mid_export_leaves_the_previous_file(tmp_path: Path) -> None:
    """A real process, SIGKILLed while the PDF is being written: the old file is intact."""
    target = tmp_path / "referat.pdf"
    target.write_bytes(OLD)
    script = textwrap.dedent(f"""
        import os, sys, time
        from workshop.demo import demo_document
        from workshop.referat.draft import draft_referat
        from workshop.referat.pdf import render_pdf

        def progress(fraction):
            if fraction > 0.3:
                print("writing", flush=True)
                time.sleep(60)  # killed here, half-way through

        render_pdf(draft_referat(demo_document()), {str(target)!r}, status="draft", version=1,
                   progress=progress)
        """)
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])})
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "writing"
        temporary = [p for p in tmp_path.iterdir() if p.name != "referat.pdf"]
        assert len(temporary) == 1 and temporary[0].name.startswith(".referat.pdf.")  # written beside it
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert target.read_bytes() == OLD


def test_export_pdf_onto_a_symlink_writes_its_target(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    meeting = run_cli(capsys, "--db", str(db), "demo").last
    real = tmp_path / "arkiv" / "referat.pdf"
    real.parent.mkdir()
    real.write_bytes(OLD)
    real.chmod(0o640)
    link = tmp_path / "seneste.pdf"
    link.symlink_to(real)
    out = run_cli(capsys, "--db", str(db), "export", meeting, "--pdf", str(link))
    assert out.code == 0, out.err
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert "REFERAT – UDKAST" in pdfread.pages(real)[0]
    assert real.stat().st_mode & 0o777 == 0o640  # the old file's permissions are kept
    assert sorted(p.name for p in real.parent.iterdir()) == ["referat.pdf"]


def test_what_a_killed_export_left_beside_the_file_goes_with_the_next_write(tmp_path: Path) -> None:
    """A kill leaves its hidden temporary file; the next write of the same file removes those older
    than ten minutes (a write that old is no longer under way), and nothing else."""
    from workshop.atomic_file import replace_file

    target = tmp_path / "referat.pdf"
    target.write_bytes(OLD)
    stale = tmp_path / ".referat.pdf.k1ll3d_x.tmp"
    fresh = tmp_path / ".referat.pdf.runn1ng_.tmp"  # another export of it, under way right now
    other = [tmp_path / ".andet.pdf.k1ll3d_x.tmp", tmp_path / "referat.pdf.k1ll3d_x.tmp",
             tmp_path / ".referat.pdf.noter.txt"]
    for path in (stale, fresh, *other):
        path.write_bytes(b"%PDF-1.4 half")
    an_hour_ago = target.stat().st_mtime - 3600
    for path in (stale, *other):
        os.utime(path, (an_hour_ago, an_hour_ago))
    replace_file(target, lambda out: out.write(b"%PDF-1.4 new"))
    assert target.read_bytes() == b"%PDF-1.4 new"
    assert not stale.exists() and fresh.exists() and all(p.exists() for p in other)
