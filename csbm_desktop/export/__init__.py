"""Files that leave the ministry: the PDF, the workbook, signatures, the transmission package.

DTOs in (domain objects and `ExportMeta`), files out. Only this package imports reportlab,
openpyxl and pyHanko, and lazily, so the window never waits for them.
"""
