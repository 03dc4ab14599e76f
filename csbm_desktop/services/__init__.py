"""Use cases over the store: DTOs in and out (domain objects), one Session per call."""
