"""PDF documents (participant handout, meeting summary) built with reportlab, Qt-free."""
