"""Loads `forms/` folders into typed `FormSpec` objects and checks them."""

from csbm_desktop.formspec.loader import FormProblem, FormRegistry, FormSpecError, load_form

__all__ = ["FormProblem", "FormRegistry", "FormSpecError", "load_form"]
