"""Key derivation, key slots and the recovery key. Owns every secret."""
