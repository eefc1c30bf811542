"""Reports: the PDFs a manager prints and their preview."""
