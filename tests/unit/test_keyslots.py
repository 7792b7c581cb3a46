"""Key slots: round trip, binding, tamper detection, rotation without passwords."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vwdesk.domain.errors import AuthenticationError, DamagedFile, NotAVwdeskFile
from vwdesk.security.kdf import MIN_MEMORY_KIB, KdfParams, calibrate
from vwdesk.security.keyslots import (
    KeyFile,
    new_data_key,
    new_recovery_key,
    normalise_recovery_key,
)

FAST = KdfParams()


def _keyfile() -> tuple[KeyFile, bytearray]:
    kf = KeyFile.new()
    key = new_data_key()
    kf.add_slot("anna", "wachtwoord-anna", key, params=FAST)
    kf.add_slot("bram", "wachtwoord-bram", key, params=FAST)
    return kf, key


def test_round_trip_through_the_file(tmp_path: Path):
    kf, key = _keyfile()
    kf.save(tmp_path / "x.keys")
    loaded = KeyFile.load(tmp_path / "x.keys")
    assert loaded.unlock("anna", "wachtwoord-anna") == key
    assert loaded.unlock("bram", "wachtwoord-bram") == key
    assert loaded.file_uuid == kf.file_uuid


def test_wrong_password_and_unknown_user_are_the_same_error():
    kf, _ = _keyfile()
    with pytest.raises(AuthenticationError):
        kf.unlock("anna", "wachtwoord-bram")
    with pytest.raises(AuthenticationError):
        kf.unlock("nobody", "wachtwoord-anna")


def test_slot_is_bound_to_its_user_and_file():
    kf, _ = _keyfile()
    anna = kf.slot_for("anna")
    # A slot renamed to another user does not open: the name is in the associated data.
    kf.slots[kf.slots.index(anna)] = type(anna)(**{**anna.__dict__, "name": "carla"})
    with pytest.raises(AuthenticationError):
        kf.unlock("carla", "wachtwoord-anna")
    # The same slot under another file's UUID does not open either.
    other = KeyFile.new()
    other.slots.append(anna)
    with pytest.raises(AuthenticationError):
        other.unlock("anna", "wachtwoord-anna")


def test_tampered_sealed_key_is_damage_not_a_wrong_password():
    kf, _ = _keyfile()
    slot = kf.slot_for("anna")
    flipped = bytes([slot.sealed_key[0] ^ 1]) + slot.sealed_key[1:]
    kf.slots[kf.slots.index(slot)] = type(slot)(**{**slot.__dict__, "sealed_key": flipped})
    with pytest.raises(DamagedFile):
        kf.unlock("anna", "wachtwoord-anna")


def test_change_secret_rewraps_one_slot_only():
    kf, key = _keyfile()
    bram_before = kf.slot_for("bram")
    kf.change_secret("anna", "wachtwoord-anna", "nieuw-wachtwoord")
    assert kf.unlock("anna", "nieuw-wachtwoord") == key
    with pytest.raises(AuthenticationError):
        kf.unlock("anna", "wachtwoord-anna")
    assert kf.slot_for("bram") == bram_before


def test_reseal_reaches_every_slot_without_passwords():
    kf, old = _keyfile()
    kf.remove_slot("bram")
    new = new_data_key()
    kf.reseal_all(new)
    assert kf.unlock("anna", "wachtwoord-anna") == new != old
    with pytest.raises(AuthenticationError):
        kf.unlock("bram", "wachtwoord-bram")


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"", DamagedFile),
        (b"\x00\x01garbage", DamagedFile),
        (json.dumps({"format": "other"}).encode(), NotAVwdeskFile),
        (json.dumps({"format": "vwdesk-keys", "version": 1}).encode(), DamagedFile),
    ],
)
def test_bad_key_files(tmp_path: Path, content: bytes, error):
    path = tmp_path / "x.keys"
    path.write_bytes(content)
    with pytest.raises(error):
        KeyFile.load(path)


def test_missing_key_file_means_not_a_vwdesk_file(tmp_path: Path):
    with pytest.raises(NotAVwdeskFile):
        KeyFile.load(tmp_path / "none.keys")


def test_parameters_are_stored_in_the_slot_and_respect_the_floor():
    params = calibrate(0.05)
    assert params.memory_kib >= MIN_MEMORY_KIB
    kf = KeyFile.new()
    kf.add_slot("anna", "wachtwoord-anna", new_data_key(), params=params)
    assert kf.slot_for("anna").kdf == params
    assert json.loads(kf.to_bytes())["slots"][0]["kdf"]["memory_kib"] >= 65536


def test_recovery_key_is_forgiving_when_typed():
    key = new_recovery_key()
    assert len(key) == 29 and key.count("-") == 4
    typed = key.lower().replace("-", " ").replace("0", "o")
    assert normalise_recovery_key(typed) == key
