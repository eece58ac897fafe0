"""Every colour the UI draws, in one place, chosen from the application palette.

Nothing else in `ui/` names a colour (tests/ui/test_accessibility.py fails on a colour literal
elsewhere). Each role has a light and a dark value; which one applies follows the palette the
system gives us (a dark desktop theme gives a dark window colour), so text keeps at least WCAG's
4.5:1 contrast on both. Colour never carries a meaning alone: the rows and labels that use these
also say it in words (a state column, a legend in text, an icon)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

# role: (light, dark). Text roles are checked against the window and base colours by a test.
_ROLES: dict[str, tuple[str, str]] = {
    "error": ("#b00020", "#ff8a8a"),  # error and validation text
    "warning": ("#7a4f00", "#ffcc66"),  # a caution (no keyring, unverified facts)
    "ok": ("#1b5e20", "#8fd694"),  # a reassuring result
    "overdue_bg": ("#f8d7da", "#5a1f26"),  # the overdue request row's background
    "flag_bg": ("#fdecea", "#4a1c1c"),  # a flagged audit result
    "ok_bg": ("#e8f5e9", "#1c3a1f"),
    "note": ("#4a3b00", "#ffe08a"),  # a notice banner (the guest session)
    "note_bg": ("#fff4ce", "#3d3300"),
    "bar": ("#c0392b", "#ef6b5e"),  # the dashboard's bars
    "strength_0": ("#b00020", "#ff8a8a"),  # passphrase strength, very weak … very strong
    "strength_1": ("#d35400", "#ffa657"),
    "strength_2": ("#c9a400", "#f2d45c"),
    "strength_3": ("#2e7d32", "#7fd483"),
    "strength_4": ("#1b5e20", "#8fd694"),
    # the take-over graph: node fills, outlines and arrows
    "node_start": ("#dde7f3", "#27384d"),
    "node_money": ("#f8d7da", "#5a1f26"),
    "node_card": ("#fde8c8", "#4d3514"),
    "node_plain": ("#f4f4f4", "#33363a"),
    "node_border": ("#555555", "#a0a4a8"),
    "edge_scenario": ("#5c6f87", "#9fb3cc"),
    "edge_chain": ("#b3261e", "#ff8a80"),
    "highlight_edge": ("#1a5fc8", "#8ab4f8"),
}


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def color(role: str, palette: QPalette | None = None) -> QColor:
    light, dark = _ROLES[role]
    return QColor(dark if is_dark(palette) else light)


def text_color(palette: QPalette | None = None) -> QColor:
    return (palette or QGuiApplication.palette()).color(QPalette.ColorRole.WindowText)


def background(palette: QPalette | None = None) -> QColor:
    return (palette or QGuiApplication.palette()).color(QPalette.ColorRole.Base)


def luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio, 1 … 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def dimmed(palette: QPalette | None = None) -> QColor:
    """Text for closed or dormant rows: quieter than normal text, still ≥ 4.5:1 on the base."""
    palette = palette or QGuiApplication.palette()
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    for share in (0.45, 0.35, 0.25, 0.15, 0.0):
        mixed = QColor.fromRgbF(*(t * (1 - share) + b * share for t, b in (
            (text.redF(), base.redF()), (text.greenF(), base.greenF()),
            (text.blueF(), base.blueF()))))
        if contrast(mixed, base) >= 4.5 and contrast(mixed, palette.color(
                QPalette.ColorRole.AlternateBase)) >= 4.5:
            return mixed
    return text


def set_text_role(widget: QWidget, role: str) -> None:
    """Colour a label's text by role (error, warning, ok, dimmed), following theme changes."""
    widget.setProperty("palette_role", role)
    _apply_role(widget)


def _apply_role(widget: QWidget) -> None:
    role = widget.property("palette_role")
    if not role:
        return
    app_palette = QGuiApplication.palette()
    value = dimmed(app_palette) if role == "dimmed" else color(str(role), app_palette)
    pal = widget.palette()
    pal.setColor(QPalette.ColorRole.WindowText, value)
    pal.setColor(QPalette.ColorRole.Text, value)
    widget.setPalette(pal)


def emphasis(widget: QWidget, scale: float = 1.0, *, bold: bool = True,
             italic: bool = False) -> None:
    """Bold, italic or larger than the user's font, never smaller and never a fixed size."""
    font = widget.font()
    font.setBold(bold)
    font.setItalic(italic)
    if scale != 1.0 and font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * max(scale, 1.0))
    widget.setFont(font)


def refresh_roles(root: QWidget) -> None:
    """After the system switched light ↔ dark: re-colour every widget that has a role."""
    for w in (root, *root.findChildren(QWidget)):
        _apply_role(w)


def notice_bar_style(selector: str) -> str:
    """A non-blocking notice across the window (the busy notice): the banner colours."""
    return (f"{selector} {{ background: {color('note_bg').name()}; color: {color('note').name()};"
            f" border-bottom: 1px solid {color('note').name()}; }}")


def key_box_style() -> str:
    """The framed box a recovery key is shown in: the field colours, a thin frame."""
    pal = QGuiApplication.palette()
    return (f"padding: 12px; border: 1px solid {dimmed(pal).name()}; "
            f"background: {pal.color(QPalette.ColorRole.Base).name()}; "
            f"color: {pal.color(QPalette.ColorRole.Text).name()};")


def box_style(kind: str) -> str:
    """A framed box for a label: "flag" (its text starts ⚠), "ok" (✓) or "note" (a banner)."""
    text = color({"flag": "error"}.get(kind, kind)).name()
    back = color(f"{kind}_bg").name()
    border = f"border: 2px solid {text}; " if kind == "flag" else ""
    weight = "font-weight: bold; " if kind == "flag" else ""
    return (f"QLabel {{ background: {back}; color: {text}; {border}border-radius: 4px; "
            f"padding: 8px; {weight}}}")


def dark_palette() -> QPalette:
    """A dark palette for systems whose style stays light although the desktop is dark, and for
    the screenshot tool and tests (`--dark`)."""
    p = QPalette()
    roles = QPalette.ColorRole
    for role, value in ((roles.Window, "#2b2b2b"), (roles.WindowText, "#e8e8e8"),
                        (roles.Base, "#1e1e1e"), (roles.AlternateBase, "#2a2a2a"),
                        (roles.Text, "#e8e8e8"), (roles.Button, "#353535"),
                        (roles.ButtonText, "#e8e8e8"), (roles.ToolTipBase, "#3a3a3a"),
                        (roles.ToolTipText, "#e8e8e8"), (roles.PlaceholderText, "#a8a8a8"),
                        (roles.Highlight, "#3d6fb4"), (roles.HighlightedText, "#ffffff"),
                        (roles.Link, "#8ab4f8"), (roles.LinkVisited, "#c58af9"),
                        (roles.BrightText, "#ffffff"), (roles.Light, "#4a4a4a"),
                        (roles.Midlight, "#3c3c3c"), (roles.Mid, "#2f2f2f"),
                        (roles.Dark, "#1a1a1a"), (roles.Shadow, "#000000")):
        p.setColor(role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        p.setColor(disabled, role, QColor("#8a8a8a"))
    return p


def follow_system_theme(app: QApplication) -> None:
    """Use a dark palette when the desktop asks for dark but the style stays light; back to the
    style's own palette when it asks for light again."""

    def apply(*_: object) -> None:
        scheme = app.styleHints().colorScheme()
        if scheme == Qt.ColorScheme.Dark and not is_dark(app.style().standardPalette()):
            app.setPalette(dark_palette())
        elif scheme != Qt.ColorScheme.Dark and is_dark(app.palette()) and \
                not is_dark(app.style().standardPalette()):
            app.setPalette(app.style().standardPalette())
        for window in app.topLevelWidgets():
            refresh_roles(window)

    apply()
    app.styleHints().colorSchemeChanged.connect(apply)


FOCUS_STYLE = """
QAbstractItemView:focus { border: 2px solid palette(highlight); }
QAbstractItemView::item:focus { border: 1px dashed palette(highlighted-text); }
"""
"""A clearly visible focus indicator: a two-pixel frame in the highlight colour around the list,
table or graph that has the keyboard, and a dashed frame around its current item."""
