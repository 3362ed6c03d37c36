"""Exports: the per-station PDF summary (summary_pdf), its labels in en/ru/kk (pdf_text)."""
