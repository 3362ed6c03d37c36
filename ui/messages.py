"""The core's sentences (observer_app.messages) in the observer's language.

Their English templates are in the "Messages" context of the .ts files (scripts/translations.py
reads them from observer_app/); a missing or broken translation shows the English sentence.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from observer_app.errors import ObserverAppError
from observer_app.messages import CONTEXT, VERBATIM, Message, render
from ui.i18n import current_language


def _translated_template(message: Message) -> str:
    if message.code == VERBATIM:
        return message.template
    n = message.params.get("n")
    return QCoreApplication.translate(CONTEXT, message.template, None, n if isinstance(n, int) else -1)


def refusal(text: str) -> ObserverAppError:
    """An error whose sentence the GUI has already translated (e.g. with self.tr())."""
    return ObserverAppError(Message.verbatim(text))


def message_text(message: Message | ObserverAppError) -> str:
    """A Message, or the Message an error carries, as one sentence in the current language."""
    if isinstance(message, ObserverAppError):
        message = message.message
    return render(message, _translated_template, current_language() or "en")
