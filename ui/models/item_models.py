"""One input model and one candidate model per group-work item, shared by every view of it.

Both layouts and the projector ask here, so an item's inputs are read and kept once
per ``AppContext`` however many views show them. A model lives as long as a view holds it.
"""

from __future__ import annotations

import weakref

from ui.context import AppContext
from ui.models.candidate_model import CandidateModel
from ui.models.input_model import InputModel


def _cache(ctx: AppContext, name: str) -> weakref.WeakValueDictionary[int, object]:
    cache = getattr(ctx, name, None)
    if cache is None:
        cache = weakref.WeakValueDictionary()
        setattr(ctx, name, cache)
    return cache


def input_model(ctx: AppContext, item_id: int) -> InputModel:
    cache = _cache(ctx, "_input_models")
    model = cache.get(item_id)
    if model is None:
        model = cache[item_id] = InputModel(ctx, item_id)
    return model  # type: ignore[return-value]


def candidate_model(ctx: AppContext, item_id: int) -> CandidateModel:
    cache = _cache(ctx, "_candidate_models")
    model = cache.get(item_id)
    if model is None:
        model = cache[item_id] = CandidateModel(ctx, item_id)
    return model  # type: ignore[return-value]
