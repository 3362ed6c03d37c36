"""The exceptions the core raises; the CLI and the GUI turn them into messages."""


class ObserverAppError(Exception):
    """Base of every error the app reports to a person (one clear sentence, no traceback)."""


class TemplateError(ObserverAppError):
    """An election file is malformed: the message names the file, the place and the problem."""


class ImportFileError(ObserverAppError):
    """A CSV file cannot be imported; nothing from it was stored."""


class DatabaseError(ObserverAppError):
    """The observer database cannot be opened or is not usable."""


class SchemaTooNewError(DatabaseError):
    """The database was written by a newer version of the app; it was not touched."""


class NotFoundError(ObserverAppError):
    """A station, record or election the caller named does not exist."""


class InvalidValueError(ObserverAppError):
    """A value is refused at entry (negative count, absurd number, unknown code)."""
