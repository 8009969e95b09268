#pragma once

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// Runs the QtTest object `Test` under the offscreen platform with two screens side by side:
// a small laptop's, 1280×720 (the primary), and a large monitor's, 1600×1000 — the sizes
// the window must fit (tst_layoutfit, tst_errorpanelayout).
template<typename Test> int runOnTwoScreens(int argc, char **argv)
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screens.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 2;
    file.write(
        "{\"screens\": [{\"name\": \"small\", \"x\": 0, \"y\": 0, \"width\": 1280, \"height\": 720,"
        " \"logicalDpi\": 96, \"logicalBaseDpi\": 96, \"dpr\": 1},"
        " {\"name\": \"large\", \"x\": 1280, \"y\": 0, \"width\": 1600, \"height\": 1000,"
        " \"logicalDpi\": 96, \"logicalBaseDpi\": 96, \"dpr\": 1}]}");
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(config));
    QApplication app(argc, argv);
    Test test;
    return QTest::qExec(&test, argc, argv);
}
