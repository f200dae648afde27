"""The referat's life: draft -> sent for approval -> approved (locked), and corrections.

One module per concern; the names the UI, the command line and the tests use are
importable from here:

- ``lock``: reads around the meeting's lock (the database enforces it, migration 0009).
- ``versions``: reading versions, their approvals and state, the frozen referat.
- ``approval``: send for approval, approve, start a correction, complete one left sent.
- ``seal``: an approved version's signature and its check (verified, unverified, altered).
- ``meeting_file``: the referat section of the meeting file (import and export).
- ``printing``: the referat to show or print, and its PDF.
"""

from workshop.services.referat.approval import (
    approve,
    approve_all_present,
    approve_by_name,
    complete_if_stuck,
    send_for_approval,
    start_correction,
)
from workshop.services.referat.lock import ensure_member_deletable, meeting_locked
from workshop.services.referat.meeting_file import (
    check_meeting_file_referat,
    export_meeting_file,
    import_meeting_file,
    import_notes,
    meeting_file_document,
    restore_meeting_file_referat,
)
from workshop.services.referat.printing import (
    ReferatReading,
    current_referat,
    export_pdf,
    newest_verification,
    printed_results,
    read_referat,
    referat_of,
    results_of,
)
from workshop.services.referat.seal import Verification, verification
from workshop.services.referat.versions import (
    approvals,
    frozen_content,
    frozen_referat,
    get_version,
    list_versions,
    referat_state,
    verify,
)

__all__ = [
    "ReferatReading", "Verification", "approvals", "approve", "approve_all_present", "approve_by_name",
    "check_meeting_file_referat", "complete_if_stuck", "current_referat", "ensure_member_deletable", "export_meeting_file", "export_pdf",
    "frozen_content", "frozen_referat", "get_version", "import_meeting_file", "import_notes", "list_versions",
    "meeting_file_document", "meeting_locked", "newest_verification", "printed_results", "read_referat",
    "referat_of", "referat_state", "restore_meeting_file_referat", "results_of", "send_for_approval",
    "start_correction", "verification", "verify",
]
