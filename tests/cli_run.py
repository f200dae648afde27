"""Running the ``workshop`` command in the test's own process: ``cli.main(argv)`` with captured output.

A real process costs ~0.5 s of interpreter and import start-up; only the tests that need
one (exit status of the installed script, Qt never loaded, SIGKILL) start it.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from workshop import cli


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def last(self) -> str:
        """The last line of stdout (a new meeting's id)."""
        return self.out.splitlines()[-1]


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> Result:
    """``workshop ARGS`` in-process: exit status, stdout and stderr of this call only."""
    capsys.readouterr()  # drop what earlier calls printed
    try:
        code = cli.main(list(args))
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else 1
    captured = capsys.readouterr()
    return Result(code, captured.out, captured.err)


def one_line_error(result: Result) -> str:
    """The single Danish line a refusal prints (exit status 2, no traceback)."""
    assert result.code == 2, result
    assert "Traceback" not in result.err
    lines = result.err.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("workshop: ")
    return lines[0]
