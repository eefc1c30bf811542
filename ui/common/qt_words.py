"""Words of Qt's own dialogs that Qt's Chinese catalogue lacks, given in ours.

Qt 6's file chooser asks for "&Look in:" and "Files of &type:", while qtbase_zh_CN has them only
without the shortcut's & ("Look in:"), so the Chinese chooser said "Look in" and "Files of type" in
English. Declared here, lupdate puts them in KAMDesk's catalogue, which i18n installs after Qt's and
so is asked first."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

MISSING_FROM_QT = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
