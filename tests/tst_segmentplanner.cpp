// SegmentPlanner alone: the first layout, pieces, splits that never take a byte already
// asked for, and merges that keep the bytes counted.
#include "core/transfer/segmentplanner.h"

#include <QTest>

class TestSegmentPlanner : public QObject
{
    Q_OBJECT

    static qint64 position(const QList<FileSegment> &segments, int i)
    {
        return segments.at(i).position();
    }

private slots:
    void theFirstLayoutTilesTheFile()
    {
        const QList<FileSegment> segments = SegmentPlanner::initial(1000, 100, 3);
        QCOMPARE(segments.size(), 3);
        QCOMPARE(segments[0].start, 0);
        QCOMPARE(segments[0].done, 100);
        QCOMPARE(segments[0].end, 400);
        QCOMPARE(segments[1].start, 400);
        QCOMPARE(segments[2].end, 1000);
        QCOMPARE(SegmentPlanner::bytesDone(segments), 100);
        QVERIFY(SegmentPlanner::initial(100, 100, 3).isEmpty());
    }

    void aPieceNeverPassesTheSegmentsEnd()
    {
        const FileSegment s { 100, 500, 50 };
        QCOMPARE(SegmentPlanner::nextRequestEnd(s, 100), 250);
        QCOMPARE(SegmentPlanner::nextRequestEnd(s, 10000), 500);
        QCOMPARE(SegmentPlanner::nextRequestEnd(s, 0), 151);
    }

    void aSplitTakesOnlyBytesNobodyAskedFor()
    {
        // Segment 0 is asked up to 600 of [0, 1000): the split is at 800, the middle of
        // what is left unasked would be... never below 600.
        QList<FileSegment> segments { { 0, 1000, 100 } };
        const int fresh = SegmentPlanner::split(
            segments, [](int) { return 600; }, 100);
        QCOMPARE(fresh, 1);
        QCOMPARE(segments[0].end, 600);
        QCOMPARE(segments[1].start, 600);
        QCOMPARE(segments[1].end, 1000);
        QCOMPARE(segments[1].done, 0);
        // Unasked bytes: split in the middle of what is left.
        QList<FileSegment> idle { { 0, 1000, 100 } };
        QCOMPARE(SegmentPlanner::split(
                     idle, [&](int i) { return position(idle, i); }, 100),
            1);
        QCOMPARE(idle[1].start, 550);
    }

    void aSplitNeedsRoomOnBothSides()
    {
        QList<FileSegment> segments { { 0, 1000, 100 } };
        QCOMPARE(SegmentPlanner::split(
                     segments, [](int) { return 950; }, 100),
            -1);
        QCOMPARE(segments.size(), 1);
        QList<FileSegment> done { { 0, 1000, 1000 } };
        QCOMPARE(SegmentPlanner::split(
                     done, [](int) { return 1000; }, 1),
            -1);
    }

    void aSplitChoosesTheMostUnaskedBytes()
    {
        QList<FileSegment> segments { { 0, 1000, 0 }, { 1000, 5000, 0 } };
        const int fresh = SegmentPlanner::split(
            segments, [&](int i) { return i == 1 ? 4000 : position(segments, i); }, 100);
        // Segment 0 has 1000 unasked, segment 1 only 1000 too: the first found wins ties.
        QCOMPARE(fresh, 1);
        QCOMPARE(segments[1].start, 500);
    }

    void mergesKeepTheBytesCounted()
    {
        // finished + partial + empty + partial: the first three become one, the last stays.
        QList<FileSegment> segments { { 0, 100, 100 }, { 100, 200, 30 }, { 200, 300, 0 },
            { 300, 400, 10 } };
        const qint64 before = SegmentPlanner::bytesDone(segments);
        SegmentPlanner::merge(segments);
        QCOMPARE(SegmentPlanner::bytesDone(segments), before);
        QCOMPARE(segments.size(), 2);
        QCOMPARE(segments[0].start, 0);
        QCOMPARE(segments[0].end, 300);
        QCOMPARE(segments[0].done, 130);
        QCOMPARE(segments[1].start, 300);
        QCOMPARE(SegmentPlanner::segmentAt(segments, 299), 0);
        QCOMPARE(SegmentPlanner::segmentAt(segments, 300), 1);
        QCOMPARE(SegmentPlanner::segmentAt(segments, 400), -1);
        QVERIFY(!SegmentPlanner::allFinished(segments));
    }
};

QTEST_MAIN(TestSegmentPlanner)
#include "tst_segmentplanner.moc"
