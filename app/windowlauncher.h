#pragma once

#include <QString>

// `haul` with no verb: the window. It owns the store's engine, so verbs run from a terminal
// show up in it at once; a second `haul` on the same store raises this window instead.
namespace WindowLauncher {
int run(int &argc, char **argv, const QString &storeOption);
} // namespace WindowLauncher
