#pragma once

#include <QString>

// The language of Haul's own strings and of Qt's (standard buttons, file dialogs). An empty
// code follows the system (LANGUAGE / LC_ALL / LC_MESSAGES / LANG). Switching at run time
// sends every widget a LanguageChange event.
namespace Languages {
void apply(const QString &code);
QString current(); // the code in use: "en", "es", "fr" or "ru"
} // namespace Languages
