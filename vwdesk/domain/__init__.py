"""Plain data, enums, rules and calculations. No Qt, no SQLAlchemy."""
