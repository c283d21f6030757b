"""Library errors. The CLI turns these into click exceptions."""


class TimelineError(ValueError):
    """Base class for every error the library raises on bad input."""


class BadDate(TimelineError):
    """A date option or field that cannot be read as a date."""


class BadInput(TimelineError):
    """An input that cannot be read: missing, binary, empty, malformed."""

    def __init__(self, message: str, origin: str | None = None):
        self.origin = origin
        super().__init__(f"{origin}: {message}" if origin else message)


class UnknownSource(TimelineError):
    """An input format no reader is registered for."""


class BadTypes(TimelineError):
    """An event-types file that is malformed or names an unknown role."""
