"""Key slots in the sidecar file `<data file>.keys` (LUKS style).

The data file is encrypted with one random 256-bit data key. Each user (and
the recovery key) has a slot. A slot holds an X25519 private key wrapped with
AES-256-GCM under an Argon2id key derived from the user's password, and the
data key sealed to that slot's public key (ephemeral X25519 + HKDF +
AES-256-GCM). The associated data of both binds slot id, user name and the
file's UUID, so a slot cannot be moved to another user or another file.

Why the public key: disabling a user rotates the data key, and the new key
has to reach every remaining slot without knowing their passwords. Sealing to
each slot's public key does exactly that; a password change only re-wraps
the one private key.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from vwdesk.domain.errors import AuthenticationError, DamagedFile, NotAVwdeskFile
from vwdesk.security.kdf import KdfParams, calibrate, derive_key

FORMAT = "vwdesk-keys"
VERSION = 1
RECOVERY_SLOT = "recovery"
KEY_BYTES = 32


def keys_path_for(data_path: Path) -> Path:
    return data_path.with_name(data_path.name + ".keys")


def pending_keys_path_for(data_path: Path) -> Path:
    """Written before a key rotation, promoted once the data file is rekeyed."""
    return data_path.with_name(data_path.name + ".keys.new")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def new_data_key() -> bytearray:
    return bytearray(secrets.token_bytes(KEY_BYTES))


@dataclass(frozen=True)
class Slot:
    """One way in: a user's password or the recovery key."""

    slot_id: str
    kind: str  # "user" or "recovery"
    name: str  # the user name; "recovery" for the recovery slot
    kdf: KdfParams
    salt: bytes
    private_nonce: bytes
    wrapped_private: bytes
    public: bytes
    ephemeral_public: bytes
    key_nonce: bytes
    sealed_key: bytes

    def to_json(self) -> dict:
        return {
            "slot_id": self.slot_id,
            "kind": self.kind,
            "name": self.name,
            "kdf": self.kdf.to_json(),
            "salt": _b64(self.salt),
            "private_nonce": _b64(self.private_nonce),
            "wrapped_private": _b64(self.wrapped_private),
            "public": _b64(self.public),
            "ephemeral_public": _b64(self.ephemeral_public),
            "key_nonce": _b64(self.key_nonce),
            "sealed_key": _b64(self.sealed_key),
        }

    @classmethod
    def from_json(cls, data: dict) -> Slot:
        return cls(
            slot_id=str(data["slot_id"]),
            kind=str(data["kind"]),
            name=str(data["name"]),
            kdf=KdfParams.from_json(data["kdf"]),
            salt=_unb64(data["salt"]),
            private_nonce=_unb64(data["private_nonce"]),
            wrapped_private=_unb64(data["wrapped_private"]),
            public=_unb64(data["public"]),
            ephemeral_public=_unb64(data["ephemeral_public"]),
            key_nonce=_unb64(data["key_nonce"]),
            sealed_key=_unb64(data["sealed_key"]),
        )


def _aad(slot_id: str, name: str, file_uuid: str, purpose: str) -> bytes:
    return json.dumps([FORMAT, purpose, slot_id, name, file_uuid]).encode("utf-8")


def _seal_key(public: bytes, data_key: bytes, aad: bytes) -> tuple[bytes, bytes, bytes]:
    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public))
    kek = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"vwdesk seal").derive(shared)
    nonce = os.urandom(12)
    sealed = AESGCM(kek).encrypt(nonce, bytes(data_key), aad)
    eph_public = ephemeral.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    return eph_public, nonce, sealed


def _open_key(private: X25519PrivateKey, slot: Slot, aad: bytes) -> bytearray:
    shared = private.exchange(X25519PublicKey.from_public_bytes(slot.ephemeral_public))
    kek = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"vwdesk seal").derive(shared)
    return bytearray(AESGCM(kek).decrypt(slot.key_nonce, slot.sealed_key, aad))


def _raw_private(private: X25519PrivateKey) -> bytes:
    return private.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


@dataclass
class KeyFile:
    """The sidecar holding every slot of one data file."""

    file_uuid: str
    slots: list[Slot] = field(default_factory=list)

    # -- creation and persistence -------------------------------------------------
    @classmethod
    def new(cls) -> KeyFile:
        return cls(file_uuid=str(uuid.uuid4()))

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        """Read a key file; a missing or foreign one means this is no vwdesk file."""
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise NotAVwdeskFile(f"{path.name} is missing") from None
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise DamagedFile(f"{path.name} is not readable") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise NotAVwdeskFile(f"{path.name} is not a vwdesk key file")
        if data.get("version") != VERSION:
            raise DamagedFile(f"{path.name} has an unknown version")
        try:
            return cls(
                file_uuid=str(uuid.UUID(data["file_uuid"])),
                slots=[Slot.from_json(s) for s in data["slots"]],
            )
        except (KeyError, TypeError, ValueError):
            raise DamagedFile(f"{path.name} is damaged") from None

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "file_uuid": self.file_uuid,
            "slots": [s.to_json() for s in self.slots],
        }
        return json.dumps(doc, indent=1).encode("utf-8")

    def save(self, path: Path) -> None:
        """Write atomically: a crash leaves the old file or the new one, never half."""
        tmp = path.with_name(path.name + ".tmp")
        with open(tmp, "wb") as fh:
            fh.write(self.to_bytes())
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        _fsync_dir(path.parent)

    # -- slots --------------------------------------------------------------------
    def slot_for(self, name: str) -> Slot | None:
        return next((s for s in self.slots if s.name == name), None)

    def names(self) -> list[str]:
        return [s.name for s in self.slots if s.kind == "user"]

    def has_recovery(self) -> bool:
        return any(s.kind == "recovery" for s in self.slots)

    def add_slot(
        self,
        name: str,
        secret: str,
        data_key: bytes | bytearray,
        *,
        kind: str = "user",
        params: KdfParams | None = None,
    ) -> Slot:
        if self.slot_for(name) is not None:
            raise ValueError(f"a slot for {name!r} exists")
        slot_id = secrets.token_hex(8)
        private = X25519PrivateKey.generate()
        public = private.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        eph, key_nonce, sealed = _seal_key(
            public, data_key, _aad(slot_id, name, self.file_uuid, "data-key")
        )
        slot = self._wrap_private(
            Slot(
                slot_id=slot_id,
                kind=kind,
                name=name,
                kdf=params or calibrate(),
                salt=b"",
                private_nonce=b"",
                wrapped_private=b"",
                public=public,
                ephemeral_public=eph,
                key_nonce=key_nonce,
                sealed_key=sealed,
            ),
            private,
            secret,
        )
        self.slots.append(slot)
        return slot

    def _wrap_private(self, slot: Slot, private: X25519PrivateKey, secret: str) -> Slot:
        salt = os.urandom(16)
        kek = derive_key(secret, salt, slot.kdf)
        nonce = os.urandom(12)
        wrapped = AESGCM(kek).encrypt(
            nonce, _raw_private(private), _aad(slot.slot_id, slot.name, self.file_uuid, "private")
        )
        return replace(slot, salt=salt, private_nonce=nonce, wrapped_private=wrapped)

    def _unwrap_private(self, slot: Slot, secret: str) -> X25519PrivateKey:
        kek = derive_key(secret, slot.salt, slot.kdf)
        try:
            raw = AESGCM(kek).decrypt(
                slot.private_nonce,
                slot.wrapped_private,
                _aad(slot.slot_id, slot.name, self.file_uuid, "private"),
            )
        except InvalidTag:
            raise AuthenticationError("wrong user name or password") from None
        return X25519PrivateKey.from_private_bytes(raw)

    def unlock(self, name: str, secret: str) -> bytearray:
        """The data key, or AuthenticationError (GCM tag failure) for a wrong secret."""
        slot = self.slot_for(name)
        if slot is None:
            # Spend the same effort as for a real slot: no user-name oracle by timing.
            derive_key(secret, b"\0" * 16, self.slots[0].kdf if self.slots else KdfParams())
            raise AuthenticationError("wrong user name or password")
        private = self._unwrap_private(slot, secret)
        try:
            return _open_key(
                private, slot, _aad(slot.slot_id, slot.name, self.file_uuid, "data-key")
            )
        except InvalidTag:
            # The password was right but the sealed key does not open: the file was altered.
            raise DamagedFile("the key slot is damaged") from None

    def change_secret(self, name: str, old_secret: str, new_secret: str) -> None:
        """Re-wrap one slot; the data key and every other slot stay as they are."""
        slot = self.slot_for(name)
        if slot is None:
            raise AuthenticationError("wrong user name or password")
        private = self._unwrap_private(slot, old_secret)
        self._replace(slot, self._wrap_private(slot, private, new_secret))

    def reset_secret(self, name: str, new_secret: str, data_key: bytes | bytearray) -> Slot:
        """A new slot for a user whose password is lost (done by a team leader)."""
        old = self.slot_for(name)
        kind = old.kind if old else "user"
        if old is not None:
            self.slots.remove(old)
        return self.add_slot(name, new_secret, data_key, kind=kind, params=old.kdf if old else None)

    def remove_slot(self, name: str) -> None:
        slot = self.slot_for(name)
        if slot is not None:
            self.slots.remove(slot)

    def reseal_all(self, new_data_key: bytes | bytearray) -> None:
        """Seal a rotated data key to every slot's public key."""
        resealed = []
        for slot in self.slots:
            eph, nonce, sealed = _seal_key(
                slot.public,
                new_data_key,
                _aad(slot.slot_id, slot.name, self.file_uuid, "data-key"),
            )
            resealed.append(replace(slot, ephemeral_public=eph, key_nonce=nonce, sealed_key=sealed))
        self.slots = resealed

    def _replace(self, old: Slot, new: Slot) -> None:
        self.slots[self.slots.index(old)] = new


def new_recovery_key() -> str:
    """25 characters of Crockford base32 (125 bits) in five groups, to write down."""
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    chars = "".join(secrets.choice(alphabet) for _ in range(25))
    return "-".join(chars[i : i + 5] for i in range(0, 25, 5))


def normalise_recovery_key(text: str) -> str:
    """Accept the key as typed: any case, spaces or dashes, O for 0 and I/L for 1."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.replace("O", "0").replace("I", "1").replace("L", "1")
    return "-".join(cleaned[i : i + 5] for i in range(0, len(cleaned), 5))


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
