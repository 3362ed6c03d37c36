"""The exceptions the core raises; the CLI and the GUI turn them into messages.

Each carries a `Message` (observer_app.messages): a code, an English template and its values.
``str(error)`` is the English sentence (the CLI prints it); the GUI translates ``error.message``.
"""

from __future__ import annotations

from observer_app.messages import Message, Param


class ObserverAppError(Exception):
    """Base of every error the app reports to a person (one clear sentence, no traceback).

    ``ObserverAppError(code, template, **values)``, the template marked with QT_TRANSLATE_NOOP,
    or ``ObserverAppError(message)`` to pass on a Message made elsewhere.
    """

    def __init__(self, code: str | Message, template: str | None = None, /, **params: Param):
        if isinstance(code, Message):
            if template is not None or params:
                raise TypeError("give a Message, or a code, a template and its values")
            message = code
        else:
            if template is None:
                raise TypeError(f"{code!r}: an error needs a template")
            message = Message(code, template, params)
        self.message = message
        super().__init__(str(message))

    @property
    def code(self) -> str:
        return self.message.code

    def __reduce__(self):  # pickled by the merge's process pool: rebuilt from its Message
        return type(self), (self.message,)


class TemplateError(ObserverAppError):
    """An election file is malformed: the message names the file, the place and the problem."""


class ImportFileError(ObserverAppError):
    """A CSV file cannot be imported; nothing from it was stored."""


class DatabaseError(ObserverAppError):
    """The observer database cannot be opened or is not usable."""


class SchemaTooNewError(DatabaseError):
    """The database was written by a newer version of the app; it was not touched."""


class WrongKindError(DatabaseError):
    """An observer's database given where a coordinator's is needed, or the other way round."""


class DatabaseBusyError(DatabaseError):
    """Another program holds the database's write lock (e.g. a long import); nothing was written."""


class NotFoundError(ObserverAppError):
    """A station, record or election the caller named does not exist."""


class InvalidValueError(ObserverAppError):
    """A value is refused at entry (negative count, absurd number, unknown code)."""
