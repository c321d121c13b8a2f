"""Guidance robot (智能导诉): answers litigants' questions from a verified knowledge base, computes fees
and deadlines, looks up case status after verification, and hands off to a person when unsure."""

from .cases import CaseStore, InMemoryCaseStore
from .robot import Robot

__all__ = ["Robot", "CaseStore", "InMemoryCaseStore"]
