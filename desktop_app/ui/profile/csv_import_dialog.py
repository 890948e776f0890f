"""Import a referral list: choose a file, see every row and its problems, then import all."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import OpstartError
from desktop_app.ui.dialog_header import DialogHeader
from desktop_app.ui.error_messages import describe_error
from desktop_app.ui.inline_message import InlineMessage
from desktop_app.ui.profile.import_messages import import_problem_text
from desktop_app.ui.profile.import_preview_model import PROBLEMS, ImportPreviewModel

if TYPE_CHECKING:
    from desktop_app.services.csv_import import CsvImportService, ImportPreview

MAX_LISTED_PROBLEMS = 8


class CsvImportDialog(QDialog):
    """Preview first; Import is enabled only when every row is fine (all or nothing)."""

    def __init__(self, importer: CsvImportService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._importer = importer
        self.preview: ImportPreview | None = None
        self.imported = 0
        self.setWindowTitle(self.tr("Import participants"))
        header = DialogHeader(
            self.tr("Import a referral list"),
            self.tr(
                "Choose a CSV file saved from Excel or the job centre's system. The first line "
                "names the columns, for example first_name, last_name, email, phone, cohort, "
                "preferred_language. Nothing is imported until every row is right."
            ),
            self,
        )
        self.choose_button = QPushButton(self.tr("Choose file…"), self)
        self.file_label = QLabel(self.tr("No file chosen yet."), self)
        self.file_label.setWordWrap(True)
        self.model = ImportPreviewModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Rows in the file"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.message = InlineMessage(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        chooser = QHBoxLayout()
        chooser.addWidget(self.choose_button)
        chooser.addWidget(self.file_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addLayout(chooser)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.choose_button.clicked.connect(self.on_choose)
        self.buttons.accepted.connect(self.on_import)
        self.buttons.rejected.connect(self.reject)
        self.import_button.setEnabled(False)
        self.resize(900, 560)

    def on_choose(self) -> None:
        """Ask for a file and preview it."""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a CSV file"), "", self.tr("CSV files (*.csv *.txt)")
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Read and check a file; show every row and what is wrong with it."""
        self.preview = self._importer.preview_file(path)
        self.model.set_preview(self.preview)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PROBLEMS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(PROBLEMS, self.fontMetrics().horizontalAdvance("0" * 42))
        self.table.resizeRowsToContents()
        self.file_label.setText(path.name)
        problems = self.preview.problems()
        if self.preview.ok:
            text = self.tr("Every row is fine. Participants to import: {count}.")
            self.message.show_message(text.format(count=len(self.preview.rows)), "info")
        else:
            lines = [
                self.tr(
                    "Nothing will be imported until the file is fixed. Problems found: {count}."
                ).format(count=len(problems))
            ]
            for p in problems[:MAX_LISTED_PROBLEMS]:
                at_line = p.line and p.code != "malformed"
                where = self.tr("Line {line}: ").format(line=p.line) if at_line else ""
                lines.append(
                    "• " + where + import_problem_text(p.code, p.line, p.column, p.message)
                )
            if len(problems) > MAX_LISTED_PROBLEMS:
                lines.append(
                    self.tr("… and {count} more, shown in the table.").format(
                        count=len(problems) - MAX_LISTED_PROBLEMS
                    )
                )
            self.message.show_message("\n".join(lines), "error")
        self.import_button.setEnabled(self.preview.ok)

    def on_import(self) -> None:
        """Import every row in one go, then close."""
        if self.preview is None or not self.preview.ok:
            return
        try:
            self.imported = self._importer.commit(self.preview)
        except (OpstartError, OSError) as exc:
            self.message.show_message(describe_error(exc))
            return
        self.accept()
