"""Dialogs: new report, save revision, about."""
