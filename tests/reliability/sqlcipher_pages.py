"""Decrypt every page of a SQLCipher 4 file (free pages too) so tests can scan plaintext."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
RESERVE = 80  # per page: 16-byte IV + 64-byte HMAC-SHA512 (SQLCipher 4 defaults)
SALT = 16  # page 1 starts with the salt instead of the SQLite header


def decrypted_pages(database: Path, key: bytes) -> bytes:
    """The plaintext of every page, concatenated (raw-key vaults, SQLCipher 4 defaults)."""
    data = database.read_bytes()
    plain = bytearray()
    for number in range(len(data) // PAGE_SIZE):
        page = data[number * PAGE_SIZE : (number + 1) * PAGE_SIZE]
        iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        start = SALT if number == 0 else 0
        plain += decryptor.update(page[start : PAGE_SIZE - RESERVE]) + decryptor.finalize()
    return bytes(plain)
