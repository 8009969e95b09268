#include "core/l10n/languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {
QTranslator *haulTranslator = nullptr;
QTranslator *qtTranslator = nullptr;
QString currentCode = QStringLiteral("en");
} // namespace

namespace Languages {

void apply(const QString &code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    for (QTranslator **t : { &haulTranslator, &qtTranslator }) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    currentCode = QStringLiteral("en");
    auto *haul = new QTranslator(QCoreApplication::instance());
    // English has a file of its own for its plural forms ("1 file", "2 files"); any
    // language Haul does not speak falls back to it.
    if (haul->load(locale, QStringLiteral("haul"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || haul->load(QStringLiteral(":/i18n/haul_en.qm"))) {
        QCoreApplication::installTranslator(haul);
        haulTranslator = haul;
        currentCode = haul->language().left(2);
    } else {
        delete haul;
    }
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        qtTranslator = qt;
    } else {
        delete qt;
    }
}

QString current()
{
    return currentCode;
}

} // namespace Languages
