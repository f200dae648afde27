"""The meeting file (docs/meeting-file.md): schema.json, validation, export and import.

Public entry points, re-exported here:
``meeting_document``, ``export_file``, ``import_document``, ``import_file``,
``read_document``, ``validate_document``, ``MeetingFileError``.
"""

from workshop.meetingfile.export import export_file, meeting_document
from workshop.meetingfile.import_ import import_document, import_file
from workshop.meetingfile.validate import MeetingFileError, read_document, validate_document

__all__ = [
    "MeetingFileError",
    "export_file",
    "import_document",
    "import_file",
    "meeting_document",
    "read_document",
    "validate_document",
]
