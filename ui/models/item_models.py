"""One input model and one candidate model per group-work item, shared by every view of it.

Both layouts and the projector ask here, so an item's inputs are read and kept once
per ``AppContext`` however many views show them. A model lives as long as a view holds it.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TypeVar

from ui.context import AppContext
from ui.models.candidate_model import CandidateModel
from ui.models.input_model import InputModel

M = TypeVar("M", InputModel, CandidateModel)


def _shared(ctx: AppContext, name: str, item_id: int, make: Callable[[AppContext, int], M]) -> M:
    """The one model of ``item_id`` in ``ctx``'s cache ``name``, made on first use."""
    cache: weakref.WeakValueDictionary[int, M] | None = getattr(ctx, name, None)
    if cache is None:
        cache = weakref.WeakValueDictionary()
        setattr(ctx, name, cache)
    model = cache.get(item_id)
    if model is None:
        model = cache[item_id] = make(ctx, item_id)
    return model


def input_model(ctx: AppContext, item_id: int) -> InputModel:
    return _shared(ctx, "_input_models", item_id, InputModel)


def candidate_model(ctx: AppContext, item_id: int) -> CandidateModel:
    return _shared(ctx, "_candidate_models", item_id, CandidateModel)
