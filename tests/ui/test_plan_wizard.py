"""Walk the whole business-plan wizard like a participant and a coach would."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit

from desktop_app.services.participants import ParticipantService
from desktop_app.services.plans import PlanService
from desktop_app.ui.wizard.plan_wizard import PlanWizard
from desktop_app.ui.wizard.row_table_model import Column, RowTableModel
from desktop_app.ui.wizard.volume_grid_model import VolumeGridModel
from tests.ui.typing_helpers import type_text


@pytest.fixture(autouse=True)
def _english_numbers():
    previous = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(previous)


def _wizard(qtbot, vault, first: str, last: str) -> tuple[PlanWizard, str]:
    person = ParticipantService(vault).create(first, last)
    wizard = PlanWizard(vault, person.id, title=f"{first} {last}", today=date(2025, 1, 1))
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard, person.id


def _type(qtbot, wizard, key: str, text: str) -> None:
    widget = wizard.page(wizard.current_step()).fields[key].focus_widget()
    widget.setFocus()
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        type_text(widget, line)


def _choose(wizard, key: str, value) -> None:
    wizard.page(wizard.current_step()).fields[key].choose(value)


def _editor(view):
    for kind in (QComboBox, QLineEdit):
        for widget in view.viewport().findChildren(kind):
            if widget.isVisible():
                return widget
    raise AssertionError("no cell editor is open")


def _edit_cell(qtbot, view, row: int, column: int, text: str) -> None:
    index = view.model().index(row, column)
    if view.state() != QAbstractItemView.State.EditingState or view.currentIndex() != index:
        view.setCurrentIndex(index)
        if view.state() != QAbstractItemView.State.EditingState:
            view.edit(index)
    editor = _editor(view)
    if isinstance(editor, QComboBox):
        editor.setCurrentIndex(editor.findData(text))
    else:
        editor.selectAll()
        type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits on the next turn of the event loop.
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def _rows(qtbot, wizard, key: str, rows: list[list[str]]) -> None:
    field = wizard.page(wizard.current_step()).fields[key]
    for values in rows:
        qtbot.mouseClick(field.add_button, Qt.MouseButton.LeftButton)
        row = field.model.rowCount() - 1
        for column, text in enumerate(values):
            if text:
                _edit_cell(qtbot, field.view, row, column, text)


def _next(qtbot, wizard) -> None:
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)


def _common_steps(qtbot, wizard, skills: str, what: str, whom: str) -> None:
    _type(qtbot, wizard, "about.motivation", "I want my own business.")
    _type(qtbot, wizard, "about.skills", skills)
    _type(qtbot, wizard, "about.strengths", "Reliable\nFriendly")
    _type(qtbot, wizard, "about.hours_per_week", "37")
    _next(qtbot, wizard)
    _type(qtbot, wizard, "idea.what", what)
    _type(qtbot, wizard, "idea.to_whom", whom)
    _next(qtbot, wizard)
    _type(qtbot, wizard, "customers.groups", "Families")
    _type(qtbot, wizard, "customers.problem", "Nothing good nearby.")
    _type(qtbot, wizard, "customers.asked", "12")
    _next(qtbot, wizard)


def test_hairdresser_in_denmark_walks_all_steps(qtbot, qtmodeltester, vault) -> None:
    wizard, person_id = _wizard(qtbot, vault, "Søren", "Ærø")
    assert wizard.current_step() == 0
    _choose(wizard, "setup.country", "DK")
    wizard.page(0).fields["setup.start_month"].choose(2025, 1)
    _choose(wizard, "setup.purpose", "microloan")
    _choose(wizard, "setup.vat_status", "registered")
    _next(qtbot, wizard)
    _common_steps(qtbot, wizard, "Hairdresser", "Haircuts", "Families in Gellerup")
    _rows(qtbot, wizard, "products", [["Haircut", "", "240", "20", ""]])
    qtmodeltester.check(wizard.page(4).fields["products"].model)
    _type(qtbot, wizard, "products.special", "Open in the evening.")
    _next(qtbot, wizard)
    unknown = wizard.page(5).unknown
    qtbot.mouseClick(unknown, Qt.MouseButton.LeftButton, pos=QPoint(8, unknown.height() // 2))
    _next(qtbot, wizard)
    wizard.page(6).fields["marketing.channels"].boxes["flyers"].click()
    _type(qtbot, wizard, "marketing.first10", "Free trims for neighbours.")
    _next(qtbot, wizard)
    _choose(wizard, "practical.legal_form", "sole_proprietorship")
    _choose(wizard, "practical.bookkeeping", "accountant")
    wizard.page(7).fields["practical.start_date"].choose(2025, 1, 2)
    _next(qtbot, wizard)
    _rows(qtbot, wizard, "startup.investments", [["Equipment", "30000", "5"]])
    _rows(qtbot, wizard, "startup.costs", [["Start costs", "5000"]])
    _type(qtbot, wizard, "startup.buffer_months", "3")
    _next(qtbot, wizard)
    _type(qtbot, wizard, "financing.own_cash", "6500")
    _type(qtbot, wizard, "financing.microloan", "45000")
    _type(qtbot, wizard, "financing.microloan_grace", "3")
    _type(qtbot, wizard, "financing.microloan_instalment", "1250")
    _next(qtbot, wizard)
    volumes = wizard.page(10).fields["operating.volumes"]
    qtmodeltester.check(volumes.model)
    for month, units in enumerate([60, 80, 100, 120, 140, 150]):
        _edit_cell(qtbot, volumes.view, 0, month, str(units))
    for month in range(6, 12):
        _edit_cell(qtbot, volumes.view, 0, month, "150")
    _rows(
        qtbot,
        wizard,
        "operating.fixed_costs",
        [
            ["Rent", "rent", "4000"],
            ["Phone", "phone", "200"],
            ["Insurance", "insurance", "300", "exempt"],
            ["Accountant", "accountant", "500"],
            ["Marketing", "marketing", "500"],
        ],
    )
    qtmodeltester.check(wizard.views[10].model)
    _next(qtbot, wizard)
    expenses = wizard.page(11).fields["private.expenses"]
    for code, amount in (("housing", "7000"), ("food", "3000"), ("other", "2000")):
        expenses.fields[code].edit.setFocus()
        type_text(expenses.fields[code].edit, amount)
    _type(qtbot, wizard, "private.tax_rate", "35")
    _next(qtbot, wizard)
    assert "you need 10,895 kr. more" in wizard.views[12].lines.text()
    qtmodeltester.check(wizard.views[12].model)
    _next(qtbot, wizard)
    _rows(qtbot, wizard, "risks.top", [["Slow summer", "Gift cards"]])
    _next(qtbot, wizard)
    _rows(qtbot, wizard, "goals.smart", [["30 regular customers", "List", "2030-04-01"]])
    _next(qtbot, wizard)
    assert wizard.current_step() == 15
    summary = wizard.summary
    qtmodeltester.check(summary.checklist)
    assert "Needed: 51,500 kr. – found: 51,500 kr. – missing: 0 kr." in summary.money.text.text()
    assert summary.money.colour == "green"
    assert summary.break_even.text.text() == (
        "You must sell 28 × Haircut a month to pay your costs, and 112 to also live from it."
    )
    assert summary.living.word.text() == "<b>Self-supporting</b>"
    assert "169,600 kr." in summary.living.text.text()
    assert summary.bank.colour == "red"
    assert wizard.panel.need.text() == "51,500 kr."
    assert wizard.panel.result.text() == "269,000 kr."
    assert wizard.panel.lowest.text() == "-10,895 kr."
    assert summary.todo.count() == 1 and "6:" in summary.todo.item(0).text()
    assert not summary.finish.isEnabled()  # the bank balance goes below zero
    wizard.close()
    plans = PlanService(vault)
    stored = plans.find(person_id)
    assert stored.current_step == 15
    assert [t.key for t in plans.todo(stored.id)] == ["step.5"]
    figures = plans.compute(stored.id, date(2025, 1, 1)).figures
    assert str(figures.startup.total_need) == "51500.00"
    assert str(figures.operating.years[0].result) == "269000.00"
    resumed = PlanWizard(vault, person_id, today=date(2025, 1, 1))
    qtbot.addWidget(resumed)
    assert resumed.current_step() == 15


def test_bakery_in_the_netherlands_walks_all_steps(qtbot, vault) -> None:
    wizard, person_id = _wizard(qtbot, vault, "Zoë", "van IJsselmuiden")
    _choose(wizard, "setup.country", "NL")
    assert wizard.page(4).fields["products"].model.country == "NL"
    wizard.page(0).fields["setup.start_month"].choose(2025, 1)
    _choose(wizard, "setup.purpose", "bank")
    _choose(wizard, "setup.vat_status", "registered")
    _next(qtbot, wizard)
    _common_steps(qtbot, wizard, "Baker", "Sourdough bread", "Market visitors")
    _rows(qtbot, wizard, "products", [["Bread", "", "4", "1", "reduced"]])
    _type(qtbot, wizard, "products.special", "Baked the same morning.")
    _next(qtbot, wizard)
    _rows(qtbot, wizard, "market.competitors", [["Bakker Bart", "4.50"]])
    for _ in range(3):
        _next(qtbot, wizard)
    _rows(qtbot, wizard, "startup.investments", [["Oven", "6000", "5"]])
    _rows(qtbot, wizard, "startup.costs", [["Website", "500"]])
    _next(qtbot, wizard)
    _type(qtbot, wizard, "financing.own_cash", "1650")
    _rows(qtbot, wizard, "financing.other_loans", [["Bank", "8000", "6", "40", "linear"]])
    _next(qtbot, wizard)
    volumes = wizard.page(10).fields["operating.volumes"]
    _edit_cell(qtbot, volumes.view, 0, 0, "1000")
    qtbot.mouseClick(volumes.same, Qt.MouseButton.LeftButton)
    _rows(
        qtbot,
        wizard,
        "operating.fixed_costs",
        [
            ["Rent", "rent", "800", "exempt"],
            ["Energy", "other", "200"],
            ["Insurance", "insurance", "50", "exempt"],
        ],
    )
    _next(qtbot, wizard)
    wizard.page(11).fields["private.expenses"].fields["housing"].edit.setFocus()
    type_text(wizard.page(11).fields["private.expenses"].fields["housing"].edit, "1500")
    wizard.page(11).fields["private.incomes"].fields["child_benefit"].edit.setFocus()
    type_text(wizard.page(11).fields["private.incomes"].fields["child_benefit"].edit, "300")
    _type(qtbot, wizard, "private.tax_rate", "20")
    qtbot.mouseClick(
        wizard.step_list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=wizard.step_list.visualItemRect(wizard.step_list.item(15)).center(),
    )
    assert wizard.current_step() == 15
    summary = wizard.summary
    assert "Needed: € 9,650 – found: € 9,650 – missing: € 0" in summary.money.text.text()
    assert summary.break_even.text.text() == (
        "You must sell 395 × Bread a month to pay your costs, and 895 to also live from it."
    )
    assert wizard.panel.revenue.text() == "€ 48,000"
    assert wizard.panel.result.text() == "€ 21,786"
    assert summary.living.colour == "green"
    wizard.flush()
    figures = PlanService(vault).compute(PlanService(vault).find(person_id).id).figures
    assert str(figures.operating.years[0].result) == "21786.00"


def test_money_field_says_what_is_wrong(qtbot, vault) -> None:
    wizard, _ = _wizard(qtbot, vault, "Şükrü", "Yılmaz")
    wizard.go_to(9)
    block = wizard.page(9).blocks["financing.own_cash"]
    block.field.edit.setFocus()
    type_text(block.field.edit, "abc")
    assert "Type an amount" in block.message.text()
    assert block.field.vat_label.text() == ""
    assert wizard.page(4).fields["products"].model.columns[2].header == "Price excl. VAT"


def test_table_models_pass_the_model_tester(qtmodeltester) -> None:
    model = RowTableModel(
        [Column("name", "Name"), Column("amount", "Amount", "money"), Column("new", "New", "bool")],
        "DK",
        with_ids=True,
    )
    model.add_row()
    model.setData(model.index(0, 1), "1,250.50")
    assert model.rows()[0]["amount"] == "1250.5"
    assert not model.setData(model.index(0, 1), "abc")
    qtmodeltester.check(model)
    grid = VolumeGridModel()
    grid.set_data([("p", "Bread")], [str(m) for m in range(1, 13)], {"p": [1] * 12})
    qtmodeltester.check(grid)
