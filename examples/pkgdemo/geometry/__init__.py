"""A tiny geometry package."""
