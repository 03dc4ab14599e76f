"""CSBM Desktop: prepare, review, sign and export a state's annual CSBM report to the OAS."""

__version__ = "0.1.0"
