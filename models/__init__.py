"""Trained models shipped with vngovnlp (see MANIFEST files beside them)."""
