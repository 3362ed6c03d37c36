"""The observer's desktop app: Qt widgets and models over the observer_app services."""
