"""A Redis cache that fails open: losing Redis slows the site down, it never breaks it.

Any error talking to Redis (refused, reset, timed out) makes a read a miss and a write a
no-op, is logged once, and keeps this process away from Redis for ``RETRY_AFTER`` seconds
(default 5), so a hung Redis costs one short timeout, not one per cache call. The first
call after that tries again; the recovery is logged too. Counters are the exception: a
counter that silently says 1 would switch off whatever it counts, so ``incr`` raises
`CacheUnavailable` and its caller decides (the registration limit counts in the database).
"""

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

# Per process and per Redis address: until when Redis is left alone after an error.
_down_until = {}
_lock = threading.Lock()


class CacheUnavailable(Exception):
    """The cache could not answer (only raised where a miss would be a wrong answer)."""


class FailOpenRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._retry_after = float(params.get("RETRY_AFTER", 5))
        self._address = repr(self._servers)

    def _call(self, default, method, *args, **kwargs):
        if _down_until.get(self._address, 0) > time.monotonic():
            return default
        try:
            result = method(*args, **kwargs)
        except (RedisError, OSError) as error:
            with _lock:
                was_up = self._address not in _down_until
                _down_until[self._address] = time.monotonic() + self._retry_after
            if was_up:
                logger.warning("Cache unavailable, serving uncached: %s", error)
            return default
        if self._address in _down_until:
            with _lock:
                if _down_until.pop(self._address, None) is not None:
                    logger.warning("Cache available again.")
        return result

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(False, super().add, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._call(default, super().get, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(None, super().set, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(False, super().touch, key, timeout, version)

    def delete(self, key, version=None):
        return self._call(False, super().delete, key, version)

    def get_many(self, keys, version=None):
        return self._call({}, super().get_many, keys, version)

    def has_key(self, key, version=None):
        return self._call(False, super().has_key, key, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(list(data), super().set_many, data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._call(None, super().delete_many, keys, version)

    def clear(self):
        return self._call(False, super().clear)

    def incr(self, key, delta=1, version=None):
        unavailable = object()
        result = self._call(unavailable, super().incr, key, delta, version)
        if result is unavailable:
            raise CacheUnavailable(key)
        return result
