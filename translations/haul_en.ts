<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Removed %n finished job(s) from the history; files were not touched.
</source>
        <translation>
            <numerusform>Removed %n finished job from the history; files were not touched.
</numerusform>
            <numerusform>Removed %n finished jobs from the history; files were not touched.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Job %1: %n extra header(s)
</source>
        <translation>
            <numerusform>Job %1: %n extra header
</numerusform>
            <numerusform>Job %1: %n extra headers
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DbusService</name>
    <message numerus="yes">
        <source>&quot;%1&quot; matches %n job(s); give more of the id.</source>
        <translation>
            <numerusform>&quot;%1&quot; matches %n job; give more of the id.</numerusform>
            <numerusform>&quot;%1&quot; matches %n jobs; give more of the id.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadTotals</name>
    <message numerus="yes">
        <source>%n download(s) running</source>
        <translation>
            <numerusform>%n download running</numerusform>
            <numerusform>%n downloads running</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorPane</name>
    <message numerus="yes">
        <source>%1 (error %n of this download)</source>
        <translation>
            <numerusform>%1 (error %n of this download)</numerusform>
            <numerusform>%1 (error %n of this download)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more error waiting after this one.</source>
        <translation>
            <numerusform>%n more error waiting after this one.</numerusform>
            <numerusform>%n more errors waiting after this one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished file will not be fetched again.</source>
        <translation>
            <numerusform>%n finished file will not be fetched again.</numerusform>
            <numerusform>%n finished files will not be fetched again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Completed partially: %1 of %n file kept, the rest dropped.</source>
        <translation>
            <numerusform>Completed partially: %1 of %n file kept, the rest dropped.</numerusform>
            <numerusform>Completed partially: %1 of %n files kept, the rest dropped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobActions</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n download(s): %1? What they received is deleted; files already saved are kept.</source>
        <translation>
            <numerusform>Cancel %n download: %1? What it received is deleted; files already saved are kept.</numerusform>
            <numerusform>Cancel %n downloads: %1? What they received is deleted; files already saved are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n finished download(s) from the list: %1? Their files are not touched.</source>
        <translation>
            <numerusform>Remove %n finished download from the list: %1? Its files are not touched.</numerusform>
            <numerusform>Remove %n finished downloads from the list: %1? Their files are not touched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n download(s) from the list and delete their files: %1?</source>
        <translation>
            <numerusform>Remove %n download from the list and delete its files: %1?</numerusform>
            <numerusform>Remove %n downloads from the list and delete their files: %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n file(s) are deleted: %1</source>
        <translation>
            <numerusform>This file is deleted: %1</numerusform>
            <numerusform>These %n files are deleted: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restart %n download(s) from zero: %1? What they received so far is deleted; files already saved are kept.</source>
        <translation>
            <numerusform>Restart %n download from zero: %1? What it received so far is deleted; files already saved are kept.</numerusform>
            <numerusform>Restart %n downloads from zero: %1? What they received so far is deleted; files already saved are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Download %n finished download(s) again, as new downloads: %1?</source>
        <translation>
            <numerusform>Download %n finished download again, as a new download: %1?</numerusform>
            <numerusform>Download %n finished downloads again, as new downloads: %1?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobDetails</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobTableModel</name>
    <message numerus="yes">
        <source>Completed partially: %1 of %n file</source>
        <translation>
            <numerusform>Completed partially: %1 of %n file</numerusform>
            <numerusform>Completed partially: %1 of %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n in error</source>
        <translation>
            <numerusform>%n in error</numerusform>
            <numerusform>%n in error</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n download(s)</source>
        <translation>
            <numerusform>%n download</numerusform>
            <numerusform>%n downloads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpeedGraph</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhenAllDone</name>
    <message numerus="yes">
        <source>All downloads have finished. Haul will quit in %n second(s).</source>
        <translation>
            <numerusform>All downloads have finished. Haul will quit in %n second.</numerusform>
            <numerusform>All downloads have finished. Haul will quit in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All downloads have finished. Haul will suspend the computer in %n second(s).</source>
        <translation>
            <numerusform>All downloads have finished. Haul will suspend the computer in %n second.</numerusform>
            <numerusform>All downloads have finished. Haul will suspend the computer in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All downloads have finished. Haul will power off the computer in %n second(s).</source>
        <translation>
            <numerusform>All downloads have finished. Haul will power off the computer in %n second.</numerusform>
            <numerusform>All downloads have finished. Haul will power off the computer in %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
