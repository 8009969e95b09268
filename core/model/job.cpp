#include "core/model/job.h"

JobProgress Job::progress() const
{
    JobProgress p;
    p.filesTotal = int(files.size());
    for (const JobFile &f : files) {
        if (p.bytesTotal >= 0)
            p.bytesTotal = f.bytesTotal < 0 ? -1 : p.bytesTotal + f.bytesTotal;
        p.bytesTransferred += f.bytesTransferred;
        if (f.transferred)
            ++p.filesTransferred;
    }
    return p;
}

int Job::currentFileIndex() const
{
    for (int i = 0; i < files.size(); ++i) {
        if (!files.at(i).transferred)
            return i;
    }
    return -1;
}
