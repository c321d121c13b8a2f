"""Placeholder registration: the stage owner adds its commands here."""

COMMANDS: list = []
