"""The encrypted file: engine, ORM records, repositories and migrations."""
