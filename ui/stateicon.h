#pragma once

#include "core/model/jobtypes.h"

#include <QIcon>

// Small drawn icons for job states: they look the same on every desktop theme and stay
// readable on dark palettes.
namespace StateIcon {
QIcon forState(JobState state);
QColor colorOf(JobState state);
} // namespace StateIcon
