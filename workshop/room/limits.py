"""Rate limits: a token bucket per key (device or address), cheap enough to run before any work."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable


class Limiter:
    """``rate`` requests a second per key on average, bursts of ``burst``.

    Keys are kept in least-recently-used order and the oldest are forgotten past
    ``max_keys``, so a flood of new keys cannot grow the table without bound.
    """

    def __init__(self, rate: float, burst: int, *, max_keys: int = 4096,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.rate, self.burst, self.max_keys, self.clock = rate, burst, max_keys, clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()  # key -> (tokens, stamp)
        self._lock = threading.Lock()

    def allow(self, key: str) -> bool:
        """Take one token for ``key``; False when its bucket is empty."""
        now = self.clock()
        with self._lock:
            tokens, stamp = self._buckets.pop(key, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - stamp) * self.rate)
            allowed = tokens >= 1.0
            if allowed:
                tokens -= 1.0
            self._buckets[key] = (tokens, now)
            while len(self._buckets) > self.max_keys:
                self._buckets.popitem(last=False)
            return allowed
