#include "core/engine/folderrules.h"

#include "core/engine/enginepreferences.h"
#include "core/engine/intake.h"
#include "core/model/errorcodes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace {

const QString Group = QStringLiteral("folderRules");
// Longer names are no file system's; such a name is hostile or broken.
constexpr int LongestName = 255;

QString desktopFolder(QStandardPaths::StandardLocation location, const QString &defaultFolder)
{
    const QString path = QStandardPaths::writableLocation(location);
    return path.isEmpty() || !QDir(path).exists() ? defaultFolder : path;
}

bool usableFolder(const QString &folder)
{
    return !folder.isEmpty() && QDir::isAbsolutePath(folder) && !folder.contains(QChar(0));
}

QString siteOf(const QString &text)
{
    QString site = text.trimmed().toLower();
    if (site.contains(QStringLiteral("://")))
        site = QUrl(site).host();
    while (site.startsWith(QLatin1Char('*')) || site.startsWith(QLatin1Char('.')))
        site.remove(0, 1);
    return site;
}

} // namespace

FolderRules FolderRules::defaults(const QString &defaultFolder)
{
    auto named = [](const char *text) { return QCoreApplication::translate("FolderRules", text); };
    FolderRules r;
    r.rules = {
        { named(QT_TRANSLATE_NOOP("FolderRules", "Documents")),
            parseExtensions(QStringLiteral("pdf doc docx odt rtf txt md epub mobi djvu xls xlsx "
                                           "ods csv ppt pptx odp")),
            {}, desktopFolder(QStandardPaths::DocumentsLocation, defaultFolder) },
        { named(QT_TRANSLATE_NOOP("FolderRules", "Music")),
            parseExtensions(QStringLiteral("mp3 flac ogg oga opus m4a aac wav wma")), {},
            desktopFolder(QStandardPaths::MusicLocation, defaultFolder) },
        { named(QT_TRANSLATE_NOOP("FolderRules", "Video")),
            parseExtensions(QStringLiteral("mp4 m4v mkv webm avi mov wmv flv mpg mpeg ogv")), {},
            desktopFolder(QStandardPaths::MoviesLocation, defaultFolder) },
        { named(QT_TRANSLATE_NOOP("FolderRules", "Archives")),
            parseExtensions(QStringLiteral("zip tar gz tgz xz txz bz2 tbz2 7z rar zst tar.gz "
                                           "tar.xz tar.bz2 tar.zst")),
            {}, QDir(defaultFolder).filePath(named(QT_TRANSLATE_NOOP("FolderRules", "Archives"))) },
        { named(QT_TRANSLATE_NOOP("FolderRules", "Programs")),
            parseExtensions(
                QStringLiteral("iso img deb rpm appimage flatpak snap exe msi dmg pkg apk sh run")),
            {}, QDir(defaultFolder).filePath(named(QT_TRANSLATE_NOOP("FolderRules", "Programs"))) },
    };
    return r;
}

FolderRules FolderRules::load()
{
    QSettings s;
    return load(s, EnginePreferences::load().defaultFolder);
}

FolderRules FolderRules::load(QSettings &s, const QString &defaultFolder)
{
    FolderRules r = defaults(defaultFolder);
    s.beginGroup(Group);
    r.enabled = s.value(QStringLiteral("enabled"), true).toBool();
    // Rules the user never edited follow the desktop's folders (and the language).
    if (s.value(QStringLiteral("edited"), false).toBool()) {
        r.rules.clear();
        const int count = qMin(s.beginReadArray(QStringLiteral("rules")), 1000);
        for (int i = 0; i < count; ++i) {
            s.setArrayIndex(i);
            FolderRule rule;
            rule.name = s.value(QStringLiteral("name")).toString();
            rule.extensions = parseExtensions(s.value(QStringLiteral("extensions")).toString());
            rule.site = siteOf(s.value(QStringLiteral("site")).toString());
            rule.folder = s.value(QStringLiteral("folder")).toString();
            r.rules.append(rule);
        }
        s.endArray();
    }
    s.endGroup();
    return r;
}

void FolderRules::save() const
{
    QSettings s;
    save(s);
}

void FolderRules::save(QSettings &s) const
{
    const bool edited = rules != defaults(EnginePreferences::load().defaultFolder).rules;
    s.beginGroup(Group);
    s.remove(QString());
    s.setValue(QStringLiteral("enabled"), enabled);
    s.setValue(QStringLiteral("edited"), edited);
    if (edited) {
        s.beginWriteArray(QStringLiteral("rules"), int(rules.size()));
        for (int i = 0; i < rules.size(); ++i) {
            s.setArrayIndex(i);
            s.setValue(QStringLiteral("name"), rules.at(i).name);
            s.setValue(QStringLiteral("extensions"), rules.at(i).extensions.join(QLatin1Char(' ')));
            s.setValue(QStringLiteral("site"), rules.at(i).site);
            s.setValue(QStringLiteral("folder"), rules.at(i).folder);
        }
        s.endArray();
    }
    s.endGroup();
}

QStringList FolderRules::parseExtensions(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList out;
    for (QString e : text.split(separators, Qt::SkipEmptyParts)) {
        e = e.toLower();
        while (e.startsWith(QLatin1Char('*')) || e.startsWith(QLatin1Char('.')))
            e.remove(0, 1);
        if (!e.isEmpty() && !e.contains(QLatin1Char('/')) && !out.contains(e))
            out << e;
    }
    return out;
}

QString FolderRules::fileNameOf(const QUrl &url)
{
    return url.fileName(QUrl::FullyDecoded);
}

int FolderRules::typeRuleFor(const QString &fileName) const
{
    QString name = fileName;
    name = name.mid(
        qMax(name.lastIndexOf(QLatin1Char('/')), name.lastIndexOf(QLatin1Char('\\'))) + 1);
    if (name.isEmpty() || name.size() > LongestName)
        return -1;
    name = name.toLower();
    int best = -1;
    qsizetype bestLength = 0;
    for (int i = 0; i < rules.size(); ++i) {
        if (rules.at(i).bySite())
            continue;
        for (const QString &e : rules.at(i).extensions) {
            // A name that is only the extension (".zip") is a hidden file of no type.
            if (e.size() > bestLength && name.size() > e.size() + 1
                && name.endsWith(QLatin1Char('.') + e)) {
                best = i;
                bestLength = e.size();
            }
        }
    }
    return best;
}

int FolderRules::siteRuleFor(const QUrl &url) const
{
    const QString host = url.host().toLower();
    if (host.isEmpty())
        return -1;
    int best = -1;
    qsizetype bestLength = 0;
    for (int i = 0; i < rules.size(); ++i) {
        const QString &site = rules.at(i).site;
        if (site.size() > bestLength && (host == site || host.endsWith(QLatin1Char('.') + site))) {
            best = i;
            bestLength = site.size();
        }
    }
    return best;
}

bool FolderRules::knowsTypeOf(const QString &fileName) const
{
    return typeRuleFor(fileName) >= 0;
}

FolderRules::Choice FolderRules::choose(const QUrl &url, const QString &fileName) const
{
    const QString scheme = url.scheme().toLower();
    if (!enabled || !url.isValid()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return {};
    int rule = siteRuleFor(url);
    if (rule < 0)
        rule = typeRuleFor(fileName.isEmpty() ? fileNameOf(url) : fileName);
    if (rule < 0 || !usableFolder(rules.at(rule).folder))
        return {};
    return { QDir::cleanPath(rules.at(rule).folder), rule };
}

QString FolderRules::folderFor(
    const QUrl &url, const QString &fileName, const QString &defaultFolder) const
{
    const Choice c = choose(url, fileName);
    return c.rule < 0 ? defaultFolder : c.folder;
}

CallResult FolderRules::prepareFolder(const QString &folder)
{
    if (usableFolder(folder) && !QFileInfo::exists(folder) && !QDir().mkpath(folder))
        return { ErrorCode::E_LocalPathInvalid, -1, folder };
    if (QFileInfo::exists(folder) && !QFileInfo(folder).isDir())
        return { ErrorCode::E_LocalPathInvalid, -1, folder };
    return Intake::checkLocalPath(folder);
}
