"""Files in and out: the ERP's order lines, the account list and prospect lists imported (CSV/XLSX,
all or nothing), and the office's lists exported."""
