<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Cli</name>
    <message>
        <source>unknown size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Context:      %1 (%2) – %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Code:         %1 (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  File:         %1: %2 -&gt; %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(name not known yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  File:         not available
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Protocol:     %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  HTTP status:  %1 %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Details:      %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Errors so far: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: haul [--store PATH] VERB [options]

Haul downloads files as jobs that survive restarts and explain their errors.

Verbs:
  transfer   download URLs as one job and wait for it (see haul transfer --help)

  --version  show the version
  --help     show this help
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>haul: unknown verb &quot;%1&quot;; see haul --help
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: haul transfer [options] URL [LOCALPATH] [URL [LOCALPATH]]...

Creates one job with the given files, starts it and waits. When every file has
arrived the job is completed and the files appear under their final names.
LOCALPATH may be a file or a folder; without it the file goes into --dest and is
named by the server (Content-Disposition) or the URL. Existing files are never
overwritten: a new name such as &quot;name (1).ext&quot; is chosen.

Options:
  --name N                 display name of the job
  --priority P             foreground, high, normal (default) or low
  --dest DIR               folder for files given without LOCALPATH (default: .)
  --connections N          connections per file, 1 to 16 (stored with the job)
  --retry-delay S          seconds before a transient error is retried (default 10)
  --no-progress-timeout S  seconds without progress before giving up (default 86400)
  --sha256 HEX             expected SHA-256 of the files, in order (repeatable)
  --header &quot;K: V&quot;          extra request header (repeatable)
  --limit RATE             speed limit in bytes/s, with k, M or G suffixes
  --store PATH             the job store (default: $HAUL_STORE or the user&apos;s data folder)
  --json                   print the job as JSON when it ends
  -h, --help               show this help

Exit status: 0 done, 1 the job ended in Error (it stays in the store), 2 bad usage,
4 the job store cannot be opened, 130/143 interrupted (the job is suspended).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>haul transfer: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>haul transfer: the files could not be given their final names: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job %1 stays in the store in state Error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended job %1; the bytes received so far are kept. Resume it with: haul resume %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorCode</name>
    <message>
        <source>The operation succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job was completed, but only the files that were fully transferred were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value given to the operation is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested action is not allowed in the job&apos;s current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job contains no files to transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error is not tied to a particular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No error information is available: the job is not in an error state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not report the size of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not support the byte ranges needed to resume this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The downloaded file does not match its expected SHA-256 checksum; it will be downloaded again when the job is resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough space on the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local file could not be created. Check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The downloaded file could not be moved to its final name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job made no progress within its no-progress timeout, so it stopped retrying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected to an address that is not allowed (from https to http, or to another scheme).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected too many times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only http and https addresses can be downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed or reset before the transfer finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name could not be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure (TLS) connection could not be established.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy server could not be reached or refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data arrived for too long; the transfer stalled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination is not a writable folder or file path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job store could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not understand the request (HTTP 400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server requires a user name and password (HTTP 401).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused access to the file (HTTP 403).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not found on the server (HTTP 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not allow this request (HTTP 405).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy server requires a user name and password (HTTP 407).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server timed out waiting for the request (HTTP 408).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is gone from the server (HTTP 410).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not send the requested byte range (HTTP 416).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server received too many requests (HTTP 429).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had an internal error (HTTP 500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not support this request (HTTP 501).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway received a bad answer from the server behind it (HTTP 502).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is temporarily unavailable (HTTP 503).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway timed out waiting for the server behind it (HTTP 504).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown error %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorContext</name>
    <message>
        <source>No error occurred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cause of the error is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error occurred in the job manager (the job store).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error occurred while notifying the application about the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error occurred with the local file (creating, writing, moving or deleting it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error concerns the remote file on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error occurred in the network connection (name lookup, connection, proxy or timeout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error occurred in the server application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobPriority</name>
    <message>
        <source>Foreground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transient error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>The job store %1 is damaged (%2) and could not be moved aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job store %1 is damaged (%2). It was moved aside to %3; a new, empty store will be created the next time Haul starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the job store %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job store %1 cannot be opened: permission denied or not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job store %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job store %1 was written by a newer version of Haul (schema %2); this version understands schema %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job store %1 could not be upgraded: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferCommand</name>
    <message>
        <source>unknown priority &quot;%1&quot; (foreground, high, normal or low)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--connections takes a number from 1 to 16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--retry-delay takes a number of seconds from 1 to 86400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--no-progress-timeout takes a number of seconds, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a rate in bytes per second, such as 500k or 2M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed header &quot;%1&quot; (expected &quot;Name: value&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported scheme in &quot;%1&quot;: only http and https can be downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed URL &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to %1: the folder does not exist or is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no URL given; see haul transfer --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more --sha256 values than files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sha256 takes 64 hexadecimal digits, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>haul: the job store %1 is in use by another Haul process (pid %2).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>haul transfer: %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
