"""The projector: what the room sees, large and high-contrast, with nothing to edit.

``ProjectorWindow`` (one per ``AppContext``, ``projector_of``) follows the meeting's
current step and renders the same models as the layouts: the input cards are a view
of the item's ``InputModel``, the bars and the chosen list of its ``CandidateModel``.
"""

from ui.projector.window import ProjectorWindow, projector_of

__all__ = ["ProjectorWindow", "projector_of"]
