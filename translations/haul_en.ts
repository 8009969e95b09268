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
</context>
<context>
    <name>ErrorPane</name>
    <message numerus="yes">
        <source>Completed partially (%1): %n file(s) kept, the rest dropped.</source>
        <translation>
            <numerusform>Completed partially (%1): %n file kept, the rest dropped.</numerusform>
            <numerusform>Completed partially (%1): %n files kept, the rest dropped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more error(s) waiting after this one.</source>
        <translation>
            <numerusform>%n more error waiting after this one.</numerusform>
            <numerusform>%n more errors waiting after this one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished file(s) will not be fetched again.</source>
        <translation>
            <numerusform>%n finished file will not be fetched again.</numerusform>
            <numerusform>%n finished files will not be fetched again.</numerusform>
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
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n job</numerusform>
            <numerusform>%n jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n active</numerusform>
            <numerusform>%n active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in error</source>
        <translation>
            <numerusform>%n in error</numerusform>
            <numerusform>%n in error</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n active</source>
        <translation>
            <numerusform>%1, %n active</numerusform>
            <numerusform>%1, %n active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n job(s)? Their partial data is deleted; files already saved are kept.</source>
        <translation>
            <numerusform>Cancel %n job? Its partial data is deleted; files already saved are kept.</numerusform>
            <numerusform>Cancel %n jobs? Their partial data is deleted; files already saved are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n finished job(s) from the list? Their files are not touched.</source>
        <translation>
            <numerusform>Remove %n finished job from the list? Its files are not touched.</numerusform>
            <numerusform>Remove %n finished jobs from the list? Their files are not touched.</numerusform>
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
</TS>
