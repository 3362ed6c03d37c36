"""Pure-Python domain: election templates, control relations, protocols, turnout, events."""
