"""Argon2id password hashing into key-encryption keys.

Parameters are stored in each slot, so a slot made on a fast machine still
opens on a slow one; calibration only decides the cost of new slots.
"""

from __future__ import annotations

import os
import time
from dataclasses import asdict, dataclass

from argon2.low_level import Type, hash_secret_raw

MIN_MEMORY_KIB = 64 * 1024  # 64 MiB: the floor asked for by the design card
DEFAULT_TARGET_SECONDS = 0.5
_MAX_TIME_COST = 20


@dataclass(frozen=True)
class KdfParams:
    time_cost: int = 1
    memory_kib: int = MIN_MEMORY_KIB
    parallelism: int = 2
    algorithm: str = "argon2id"

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> KdfParams:
        params = cls(
            time_cost=int(data["time_cost"]),
            memory_kib=int(data["memory_kib"]),
            parallelism=int(data["parallelism"]),
            algorithm=str(data.get("algorithm", "argon2id")),
        )
        if params.algorithm != "argon2id" or params.time_cost < 1 or params.parallelism < 1:
            raise ValueError("unsupported key derivation parameters")
        return params


def derive_key(secret: str, salt: bytes, params: KdfParams) -> bytes:
    """A 256-bit key from a password or recovery key."""
    return hash_secret_raw(
        secret.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def target_seconds_from_env() -> float:
    """`VWDESK_KDF_SECONDS` lets scripts and tests choose a cheaper calibration.

    The memory floor holds whatever is asked; 0 means the floor with one pass.
    """
    raw = os.environ.get("VWDESK_KDF_SECONDS")
    if raw is None:
        return DEFAULT_TARGET_SECONDS
    try:
        return max(0.0, float(raw))
    except ValueError:
        return DEFAULT_TARGET_SECONDS


def calibrate(target_seconds: float | None = None) -> KdfParams:
    """Grow the number of passes until one derivation takes about the target."""
    target = target_seconds_from_env() if target_seconds is None else target_seconds
    params = KdfParams()
    if target <= 0:
        return params
    salt = os.urandom(16)
    start = time.perf_counter()
    derive_key("calibration", salt, params)
    one_pass = max(time.perf_counter() - start, 1e-3)
    passes = max(1, min(_MAX_TIME_COST, round(target / one_pass)))
    return KdfParams(time_cost=passes)
