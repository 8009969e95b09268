<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Cli</name>
    <message>
        <source>unknown size</source>
        <translation>размер неизвестен</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/с</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1
</source>
        <translation>Ошибка: %1
</translation>
    </message>
    <message>
        <source>  Context:      %1 (%2) – %3
</source>
        <translation>  Контекст:     %1 (%2) – %3
</translation>
    </message>
    <message>
        <source>  Code:         %1 (%2)
</source>
        <translation>  Код:          %1 (%2)
</translation>
    </message>
    <message>
        <source>  File:         %1: %2 -&gt; %3
</source>
        <translation>  Файл:         %1: %2 -&gt; %3
</translation>
    </message>
    <message>
        <source>(name not known yet)</source>
        <translation>(имя пока неизвестно)</translation>
    </message>
    <message>
        <source>  File:         not available
</source>
        <translation>  Файл:         нет данных
</translation>
    </message>
    <message>
        <source>  Protocol:     %1
</source>
        <translation>  Протокол:     %1
</translation>
    </message>
    <message>
        <source>  HTTP status:  %1 %2
</source>
        <translation>  Статус HTTP:  %1 %2
</translation>
    </message>
    <message>
        <source>  Details:      %1
</source>
        <translation>  Подробности:  %1
</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>осталось %1</translation>
    </message>
    <message>
        <source>haul: unknown verb &quot;%1&quot;; see haul --help
</source>
        <translation>haul: неизвестная команда «%1»; см. haul --help
</translation>
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
        <translation>Использование: haul transfer [параметры] URL [LOCALPATH] [URL [LOCALPATH]]...

Создаёт одно задание с указанными файлами, запускает его и ожидает завершения.
Когда все файлы получены, задание завершается и файлы появляются под своими
окончательными именами. LOCALPATH может быть файлом или папкой; если он не указан,
файл сохраняется в папку --dest под именем, которое сообщил сервер
(Content-Disposition) или которое взято из URL. Существующие файлы никогда
не перезаписываются: выбирается новое имя, например «name (1).ext».

Параметры:
  --name N                 отображаемое имя задания
  --priority P             foreground, high, normal (по умолчанию) или low
  --dest DIR               папка для файлов без LOCALPATH (по умолчанию: .)
  --connections N          подключений на файл, от 1 до 16 (сохраняется в задании)
  --retry-delay S          секунд до повтора после временной ошибки (по умолчанию 10)
  --no-progress-timeout S  секунд без прогресса до прекращения попыток
                           (по умолчанию 86400)
  --sha256 HEX             ожидаемые SHA-256 файлов, по порядку (можно повторять)
  --header &quot;K: V&quot;          дополнительный заголовок запроса (можно повторять)
  --limit RATE             ограничение скорости в байтах/с, с суффиксами k, M или G
  --store PATH             хранилище заданий (по умолчанию: $HAUL_STORE или папка
                           данных пользователя)
  --json                   вывести задание в формате JSON после его окончания
  -h, --help               показать эту справку

Код возврата: 0 — готово; 1 — задание перешло в состояние «Ошибка» (оно остаётся
в хранилище); 2 — неверное использование; 4 — не удаётся открыть хранилище заданий;
130/143 — прервано (задание приостановлено).
</translation>
    </message>
    <message>
        <source>haul transfer: %1
</source>
        <translation>haul transfer: %1
</translation>
    </message>
    <message>
        <source>haul transfer: the files could not be given their final names: %1
</source>
        <translation>haul transfer: не удалось присвоить файлам окончательные имена: %1
</translation>
    </message>
    <message>
        <source>Saved %1 (%2)
</source>
        <translation>Сохранено: %1 (%2)
</translation>
    </message>
    <message>
        <source>The job %1 stays in the store in state Error.
</source>
        <translation>Задание %1 остаётся в хранилище в состоянии «Ошибка».
</translation>
    </message>
    <message>
        <source>  Error count:  %1
</source>
        <translation>  Ошибок:       %1
</translation>
    </message>
    <message>
        <source>Suspended job %1; the bytes received so far are kept. Run the same command again to continue.
</source>
        <translation>Задание %1 приостановлено; уже полученные байты сохранены. Чтобы продолжить, запустите ту же команду ещё раз.
</translation>
    </message>
    <message>
        <source>Usage: haul [--store PATH] VERB [options]

Haul downloads files as jobs that survive restarts and explain their errors.

Verbs:
  transfer   download URLs as one job and wait for it (see haul transfer --help)
  create, addfile, resume, suspend, cancel, complete, info, list, geterror,
  seturl, replaceprefix, setcredentials, setpriority, setminretrydelay,
  setnoprogresstimeout, setnotifyflags, remove, clear
             work on the jobs of the store (see haul VERB --help)
  monitor    watch every job live until Ctrl+C
  serve      run the jobs without a window and answer the other verbs

  --version  show the version
  --help     show this help
</source>
        <translation>Использование: haul [--store PATH] КОМАНДА [параметры]

Haul скачивает файлы в виде заданий, которые переживают перезапуски и объясняют
свои ошибки.

Команды:
  transfer   скачать URL одним заданием и дождаться его завершения
             (см. haul transfer --help)
  create, addfile, resume, suspend, cancel, complete, info, list, geterror,
  seturl, replaceprefix, setcredentials, setpriority, setminretrydelay,
  setnoprogresstimeout, setnotifyflags, remove, clear
             работа с заданиями хранилища (см. haul КОМАНДА --help)
  monitor    следить за всеми заданиями в реальном времени до нажатия Ctrl+C
  serve      выполнять задания без окна и отвечать на другие команды

  --version  показать версию
  --help     показать эту справку
</translation>
    </message>
    <message>
        <source>Create a new, suspended job and print its id.</source>
        <translation>Создаёт новое приостановленное задание и выводит его идентификатор.</translation>
    </message>
    <message>
        <source>Add a file to a job; LOCALPATH may be a folder (default: the current folder).</source>
        <translation>Добавляет файл в задание; LOCALPATH может быть папкой (по умолчанию — текущая папка).</translation>
    </message>
    <message>
        <source>Queue a job so that it transfers.</source>
        <translation>Ставит задание в очередь на передачу.</translation>
    </message>
    <message>
        <source>Stop a job, keeping what it received.</source>
        <translation>Приостанавливает задание, сохраняя уже полученные данные.</translation>
    </message>
    <message>
        <source>Cancel a job and delete its temporary files.</source>
        <translation>Отменяет задание и удаляет его временные файлы.</translation>
    </message>
    <message>
        <source>Give the fully transferred files their final names and end the job.</source>
        <translation>Присваивает полностью переданным файлам окончательные имена и завершает задание.</translation>
    </message>
    <message>
        <source>Show one job.</source>
        <translation>Показывает сведения об одном задании.</translation>
    </message>
    <message>
        <source>List every job (--active: only unfinished ones).</source>
        <translation>Выводит список всех заданий (--active: только незавершённые).</translation>
    </message>
    <message>
        <source>Show the error object of a job.</source>
        <translation>Показывает объект ошибки задания.</translation>
    </message>
    <message>
        <source>Change the URL of a file (numbered from 0) before resuming.</source>
        <translation>Изменяет URL файла (файлы нумеруются с 0) перед возобновлением задания.</translation>
    </message>
    <message>
        <source>Replace the beginning of the URLs of a job&apos;s files.</source>
        <translation>Заменяет начало URL файлов задания.</translation>
    </message>
    <message>
        <source>Set the credentials for server|proxy and basic|digest|ntlm|negotiate; the secret is read from standard input.</source>
        <translation>Задаёт учётные данные для server|proxy и basic|digest|ntlm|negotiate; секрет считывается со стандартного ввода.</translation>
    </message>
    <message>
        <source>Set the priority: foreground, high, normal or low.</source>
        <translation>Задаёт приоритет: foreground, high, normal или low.</translation>
    </message>
    <message>
        <source>Set the minimum delay before a transient error is retried.</source>
        <translation>Задаёт минимальную задержку перед повторной попыткой после временной ошибки.</translation>
    </message>
    <message>
        <source>Set how long a job may go without progress before it stops retrying.</source>
        <translation>Задаёт, сколько времени задание может оставаться без прогресса, прежде чем повторные попытки прекратятся.</translation>
    </message>
    <message>
        <source>Set the notification flags (0x1 transferred, 0x2 error, 0x4 disable, 0x8 modification, 0x10 file transferred).</source>
        <translation>Задаёт флаги уведомлений (0x1 — передано, 0x2 — ошибка, 0x4 — отключить, 0x8 — изменение, 0x10 — файл передан).</translation>
    </message>
    <message>
        <source>Remove a finished job from the history; its files are not touched.</source>
        <translation>Удаляет завершённое задание из истории; его файлы не затрагиваются.</translation>
    </message>
    <message>
        <source>Remove every finished job from the history; files are not touched.</source>
        <translation>Удаляет все завершённые задания из истории; файлы не затрагиваются.</translation>
    </message>
    <message>
        <source>Secret: </source>
        <translation>Секрет: </translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>неизвестный параметр «%1»</translation>
    </message>
    <message>
        <source>Usage: haul %1 [--store PATH] [--json] %2

%3
</source>
        <translation>Использование: haul %1 [--store PATH] [--json] %2

%3
</translation>
    </message>
    <message>
        <source>expected: %1</source>
        <translation>ожидается: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of seconds</source>
        <translation>«%1» не является числом секунд</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file number</source>
        <translation>«%1» не является номером файла</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a set of flags</source>
        <translation>«%1» не является набором флагов</translation>
    </message>
    <message>
        <source>malformed or unsupported URL &quot;%1&quot;</source>
        <translation>неверный формат или неподдерживаемый URL «%1»</translation>
    </message>
    <message>
        <source>haul: the job store %1 is in use by another Haul process (pid %2).
</source>
        <translation>haul: хранилище заданий %1 используется другим процессом Haul (PID %2).
</translation>
    </message>
    <message>
        <source>haul %1: no job &quot;%2&quot;
</source>
        <translation>haul %1: задание «%2» не найдено
</translation>
    </message>
    <message>
        <source>haul %1: &quot;%2&quot; matches several jobs: %3
</source>
        <translation>haul %1: «%2» соответствует нескольким заданиям: %3
</translation>
    </message>
    <message>
        <source>haul %1: credentials are kept only in the memory of the process that runs the jobs; start &quot;haul serve&quot; (or the window) first
</source>
        <translation>haul %1: учётные данные хранятся только в памяти процесса, который выполняет задания; сначала запустите «haul serve» (или окно программы)
</translation>
    </message>
    <message>
        <source>ID        NAME                  STATE            PROGRESS                FILES  ERROR</source>
        <translation>ID        ИМЯ                   СОСТОЯНИЕ        ПРОГРЕСС                ФАЙЛЫ  ОШИБКА</translation>
    </message>
    <message>
        <source>(no jobs)</source>
        <translation>(нет заданий)</translation>
    </message>
    <message>
        <source>haul geterror: %1 [%2 %3]
</source>
        <translation>haul geterror: %1 [%2 %3]
</translation>
    </message>
    <message>
        <source>  Time:         %1
</source>
        <translation>  Время:        %1
</translation>
    </message>
    <message>
        <source>Job:          %1
</source>
        <translation>Задание:           %1
</translation>
    </message>
    <message>
        <source>Name:         %1
</source>
        <translation>Имя:               %1
</translation>
    </message>
    <message>
        <source>State:        %1
</source>
        <translation>Состояние:         %1
</translation>
    </message>
    <message>
        <source>Priority:     %1
</source>
        <translation>Приоритет:         %1
</translation>
    </message>
    <message>
        <source>Progress:     %1, files %2 of %3
</source>
        <translation>Прогресс:          %1, файлов: %2 из %3
</translation>
    </message>
    <message>
        <source>Created:      %1
</source>
        <translation>Создано:           %1
</translation>
    </message>
    <message>
        <source>Modified:     %1
</source>
        <translation>Изменено:          %1
</translation>
    </message>
    <message>
        <source>Errors:       %1
</source>
        <translation>Ошибок:            %1
</translation>
    </message>
    <message>
        <source>Last error:   %1 (%2)
</source>
        <translation>Последняя ошибка:  %1 (%2)
</translation>
    </message>
    <message>
        <source>File %1:       %2
              -&gt; %3 (%4)
</source>
        <translation>Файл %1:            %2
                   -&gt; %3 (%4)
</translation>
    </message>
    <message>
        <source>Added file %1 to job %2.
</source>
        <translation>Файл %1 добавлен в задание %2.
</translation>
    </message>
    <message>
        <source>Removed the job from the history; its files were not touched.
</source>
        <translation>Задание удалено из истории; его файлы не затронуты.
</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n finished job(s) from the history; files were not touched.
</source>
        <translation>
            <numerusform>Удалено %n завершённое задание из истории; файлы не затронуты.
</numerusform>
            <numerusform>Удалено %n завершённых задания из истории; файлы не затронуты.
</numerusform>
            <numerusform>Удалено %n завершённых заданий из истории; файлы не затронуты.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the files that were fully transferred were kept.
</source>
        <translation>Сохранены только полностью переданные файлы.
</translation>
    </message>
    <message>
        <source>Job %1: %2
</source>
        <translation>Задание %1: %2
</translation>
    </message>
</context>
<context>
    <name>ErrorCode</name>
    <message>
        <source>The operation succeeded.</source>
        <translation>Операция выполнена успешно.</translation>
    </message>
    <message>
        <source>The job was completed, but only the files that were fully transferred were kept.</source>
        <translation>Задание завершено, но сохранены только те файлы, которые были переданы полностью.</translation>
    </message>
    <message>
        <source>A value given to the operation is not valid.</source>
        <translation>Операции передано недопустимое значение.</translation>
    </message>
    <message>
        <source>The requested action is not allowed in the job&apos;s current state.</source>
        <translation>Запрошенное действие недопустимо в текущем состоянии задания.</translation>
    </message>
    <message>
        <source>The job contains no files to transfer.</source>
        <translation>Задание не содержит файлов для передачи.</translation>
    </message>
    <message>
        <source>The error is not tied to a particular file.</source>
        <translation>Ошибка не связана с конкретным файлом.</translation>
    </message>
    <message>
        <source>No error information is available: the job is not in an error state.</source>
        <translation>Сведения об ошибке недоступны: задание не находится в состоянии ошибки.</translation>
    </message>
    <message>
        <source>The network is disconnected.</source>
        <translation>Сеть отключена.</translation>
    </message>
    <message>
        <source>The server did not report the size of the file.</source>
        <translation>Сервер не сообщил размер файла.</translation>
    </message>
    <message>
        <source>The server does not support the byte ranges needed to resume this file.</source>
        <translation>Сервер не поддерживает диапазоны байтов, необходимые для возобновления передачи этого файла.</translation>
    </message>
    <message>
        <source>There is no such job.</source>
        <translation>Такого задания нет.</translation>
    </message>
    <message>
        <source>The downloaded file does not match its expected SHA-256 checksum; it will be downloaded again when the job is resumed.</source>
        <translation>Скачанный файл не совпадает с ожидаемой контрольной суммой SHA-256; он будет скачан заново при возобновлении задания.</translation>
    </message>
    <message>
        <source>There is not enough space on the disk.</source>
        <translation>Недостаточно места на диске.</translation>
    </message>
    <message>
        <source>The local file could not be written.</source>
        <translation>Не удалось выполнить запись в локальный файл.</translation>
    </message>
    <message>
        <source>The local file could not be created. Check that the folder exists and is writable.</source>
        <translation>Не удалось создать локальный файл. Убедитесь, что папка существует и доступна для записи.</translation>
    </message>
    <message>
        <source>The downloaded file could not be moved to its final name.</source>
        <translation>Не удалось присвоить скачанному файлу окончательное имя.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection was refused.</source>
        <translation>Сертификат сервера не является доверенным, поэтому подключение отклонено.</translation>
    </message>
    <message>
        <source>The job made no progress within its no-progress timeout, so it stopped retrying.</source>
        <translation>Задание не продвигалось дольше допустимого времени без прогресса, поэтому повторные попытки прекращены.</translation>
    </message>
    <message>
        <source>The server redirected to an address that is not allowed (from https to http, or to another scheme).</source>
        <translation>Сервер перенаправил запрос на недопустимый адрес (с https на http или на другую схему).</translation>
    </message>
    <message>
        <source>The server redirected too many times.</source>
        <translation>Сервер выполнил слишком много перенаправлений.</translation>
    </message>
    <message>
        <source>Only http and https addresses can be downloaded.</source>
        <translation>Скачивать можно только по адресам http и https.</translation>
    </message>
    <message>
        <source>The address is not a valid URL.</source>
        <translation>Адрес не является допустимым URL.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Сервер отклонил подключение.</translation>
    </message>
    <message>
        <source>The connection was closed or reset before the transfer finished.</source>
        <translation>Подключение было закрыто или сброшено до завершения передачи.</translation>
    </message>
    <message>
        <source>The server name could not be resolved.</source>
        <translation>Не удалось разрешить имя сервера.</translation>
    </message>
    <message>
        <source>The connection timed out.</source>
        <translation>Истекло время ожидания подключения.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection could not be established.</source>
        <translation>Не удалось установить защищённое подключение (TLS).</translation>
    </message>
    <message>
        <source>The proxy server could not be reached or refused the request.</source>
        <translation>Прокси-сервер недоступен или отклонил запрос.</translation>
    </message>
    <message>
        <source>No data arrived for too long; the transfer stalled.</source>
        <translation>Данные слишком долго не поступали; передача зависла.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood.</source>
        <translation>Не удалось разобрать ответ сервера.</translation>
    </message>
    <message>
        <source>The destination is not a writable folder or file path.</source>
        <translation>Место назначения не является папкой или путём к файлу, доступными для записи.</translation>
    </message>
    <message>
        <source>The job store could not be read or written.</source>
        <translation>Не удалось прочитать хранилище заданий или выполнить в него запись.</translation>
    </message>
    <message>
        <source>The server could not understand the request (HTTP 400).</source>
        <translation>Сервер не смог разобрать запрос (HTTP 400).</translation>
    </message>
    <message>
        <source>The server requires a user name and password (HTTP 401).</source>
        <translation>Сервер требует имя пользователя и пароль (HTTP 401).</translation>
    </message>
    <message>
        <source>The server refused access to the file (HTTP 403).</source>
        <translation>Сервер запретил доступ к файлу (HTTP 403).</translation>
    </message>
    <message>
        <source>The file was not found on the server (HTTP 404).</source>
        <translation>Файл не найден на сервере (HTTP 404).</translation>
    </message>
    <message>
        <source>The server does not allow this request (HTTP 405).</source>
        <translation>Сервер не разрешает этот запрос (HTTP 405).</translation>
    </message>
    <message>
        <source>The proxy server requires a user name and password (HTTP 407).</source>
        <translation>Прокси-сервер требует имя пользователя и пароль (HTTP 407).</translation>
    </message>
    <message>
        <source>The server timed out waiting for the request (HTTP 408).</source>
        <translation>Истекло время ожидания запроса на сервере (HTTP 408).</translation>
    </message>
    <message>
        <source>The file is gone from the server (HTTP 410).</source>
        <translation>Файл больше не доступен на сервере (HTTP 410).</translation>
    </message>
    <message>
        <source>The server could not send the requested byte range (HTTP 416).</source>
        <translation>Сервер не смог отправить запрошенный диапазон байтов (HTTP 416).</translation>
    </message>
    <message>
        <source>The server received too many requests (HTTP 429).</source>
        <translation>Сервер получил слишком много запросов (HTTP 429).</translation>
    </message>
    <message>
        <source>The server had an internal error (HTTP 500).</source>
        <translation>Внутренняя ошибка сервера (HTTP 500).</translation>
    </message>
    <message>
        <source>The server does not support this request (HTTP 501).</source>
        <translation>Сервер не поддерживает этот запрос (HTTP 501).</translation>
    </message>
    <message>
        <source>A gateway received a bad answer from the server behind it (HTTP 502).</source>
        <translation>Шлюз получил недопустимый ответ от вышестоящего сервера (HTTP 502).</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable (HTTP 503).</source>
        <translation>Сервер временно недоступен (HTTP 503).</translation>
    </message>
    <message>
        <source>A gateway timed out waiting for the server behind it (HTTP 504).</source>
        <translation>Шлюз не дождался ответа от вышестоящего сервера (HTTP 504).</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>Сервер вернул код состояния HTTP %1.</translation>
    </message>
    <message>
        <source>Unknown error %1.</source>
        <translation>Неизвестная ошибка %1.</translation>
    </message>
</context>
<context>
    <name>ErrorContext</name>
    <message>
        <source>No error occurred.</source>
        <translation>Ошибок не возникло.</translation>
    </message>
    <message>
        <source>The cause of the error is unknown.</source>
        <translation>Причина ошибки неизвестна.</translation>
    </message>
    <message>
        <source>The error occurred in the job manager (the job store).</source>
        <translation>Ошибка возникла в диспетчере заданий (хранилище заданий).</translation>
    </message>
    <message>
        <source>The error occurred while notifying the application about the job.</source>
        <translation>Ошибка возникла при уведомлении приложения о задании.</translation>
    </message>
    <message>
        <source>The error occurred with the local file (creating, writing, moving or deleting it).</source>
        <translation>Ошибка связана с локальным файлом (при его создании, записи, перемещении или удалении).</translation>
    </message>
    <message>
        <source>The error concerns the remote file on the server.</source>
        <translation>Ошибка связана с удалённым файлом на сервере.</translation>
    </message>
    <message>
        <source>The error occurred in the network connection (name lookup, connection, proxy or timeout).</source>
        <translation>Ошибка возникла в сетевом подключении (разрешение имени, подключение, прокси-сервер или тайм-аут).</translation>
    </message>
    <message>
        <source>The error occurred in the server application.</source>
        <translation>Ошибка возникла в серверном приложении.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified.</source>
        <translation>Не удалось проверить сертификат сервера.</translation>
    </message>
</context>
<context>
    <name>JobPriority</name>
    <message>
        <source>Foreground</source>
        <translation>Основной</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <source>Queued</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>Transferring</source>
        <translation>Передача</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Transient error</source>
        <translation>Временная ошибка</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Передано</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>The job store %1 is damaged (%2) and could not be moved aside.</source>
        <translation>Хранилище заданий %1 повреждено (%2), и его не удалось переместить в другое место.</translation>
    </message>
    <message>
        <source>The job store %1 is damaged (%2). It was moved aside to %3; a new, empty store will be created the next time Haul starts.</source>
        <translation>Хранилище заданий %1 повреждено (%2). Оно перемещено в %3; при следующем запуске Haul будет создано новое пустое хранилище.</translation>
    </message>
    <message>
        <source>The folder of the job store %1 cannot be created.</source>
        <translation>Не удаётся создать папку для хранилища заданий %1.</translation>
    </message>
    <message>
        <source>The job store %1 cannot be opened: permission denied or not a file.</source>
        <translation>Не удаётся открыть хранилище заданий %1: доступ запрещён или это не файл.</translation>
    </message>
    <message>
        <source>The job store %1 cannot be opened: %2</source>
        <translation>Не удаётся открыть хранилище заданий %1: %2</translation>
    </message>
    <message>
        <source>The job store %1 was written by a newer version of Haul (schema %2); this version understands schema %3.</source>
        <translation>Хранилище заданий %1 записано более новой версией Haul (схема %2); эта версия поддерживает схему %3.</translation>
    </message>
    <message>
        <source>The job store %1 could not be upgraded: %2</source>
        <translation>Не удалось обновить хранилище заданий %1: %2</translation>
    </message>
</context>
<context>
    <name>MonitorCommand</name>
    <message>
        <source>haul monitor: %1
</source>
        <translation>haul monitor: %1
</translation>
    </message>
    <message>
        <source>unexpected argument</source>
        <translation>лишний аргумент</translation>
    </message>
    <message>
        <source>Usage: haul monitor [--store PATH]

Shows every job with its state, progress, speed and error, refreshed every second,
until Ctrl+C.
</source>
        <translation>Использование: haul monitor [--store PATH]

Показывает все задания с их состоянием, прогрессом, скоростью и ошибкой, обновляя
данные каждую секунду, до нажатия Ctrl+C.
</translation>
    </message>
    <message>
        <source>Haul – %1 – %2</source>
        <translation>Haul – %1 – %2</translation>
    </message>
    <message>
        <source>ID        %1  STATE            PROGRESS              SPEED         ERROR</source>
        <translation>ID        %1  СОСТОЯНИЕ        ПРОГРЕСС              СКОРОСТЬ      ОШИБКА</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>haul serve: %1
</source>
        <translation>haul serve: %1
</translation>
    </message>
    <message>
        <source>unexpected argument</source>
        <translation>лишний аргумент</translation>
    </message>
    <message>
        <source>Usage: haul serve [--store PATH] [--auto-complete]

Runs the jobs of the store without a window until SIGTERM or SIGINT, and answers the
other haul verbs on that store. Jobs that reach Transferred wait for &quot;haul complete&quot;
unless --auto-complete is given. Nothing is suspended on exit: jobs go on next time.
</source>
        <translation>Использование: haul serve [--store PATH] [--auto-complete]

Выполняет задания хранилища без окна до получения SIGTERM или SIGINT и отвечает
на другие команды haul для этого хранилища. Задания, перешедшие в состояние
«Передано», ждут команды «haul complete», если не указан параметр --auto-complete.
При выходе ничего не приостанавливается: задания продолжатся при следующем запуске.
</translation>
    </message>
    <message>
        <source>haul serve: the job store %1 is already run by another Haul process (pid %2).
</source>
        <translation>haul serve: хранилище заданий %1 уже обслуживается другим процессом Haul (PID %2).
</translation>
    </message>
    <message>
        <source>job %1: error %2 (%3) in context %4: %5</source>
        <translation>задание %1: ошибка %2 (%3) в контексте %4: %5</translation>
    </message>
    <message>
        <source>job %1: completed (%2)</source>
        <translation>задание %1: завершено (%2)</translation>
    </message>
    <message>
        <source>stopping; unfinished jobs go on the next time Haul runs</source>
        <translation>остановка; незавершённые задания продолжатся при следующем запуске Haul</translation>
    </message>
    <message>
        <source>serving %1</source>
        <translation>обслуживание хранилища %1</translation>
    </message>
    <message>
        <source>job %1 (%2): %3</source>
        <translation>задание %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>TransferCommand</name>
    <message>
        <source>unknown priority &quot;%1&quot; (foreground, high, normal or low)</source>
        <translation>неизвестный приоритет «%1» (допустимы foreground, high, normal и low)</translation>
    </message>
    <message>
        <source>--connections takes a number from 1 to 16</source>
        <translation>параметр --connections принимает число от 1 до 16</translation>
    </message>
    <message>
        <source>--retry-delay takes a number of seconds from 1 to 86400</source>
        <translation>параметр --retry-delay принимает число секунд от 1 до 86400</translation>
    </message>
    <message>
        <source>--no-progress-timeout takes a number of seconds, 0 or more</source>
        <translation>параметр --no-progress-timeout принимает неотрицательное число секунд</translation>
    </message>
    <message>
        <source>--limit takes a rate in bytes per second, such as 500k or 2M</source>
        <translation>параметр --limit принимает скорость в байтах в секунду, например 500k или 2M</translation>
    </message>
    <message>
        <source>malformed header &quot;%1&quot; (expected &quot;Name: value&quot;)</source>
        <translation>неверный формат заголовка «%1» (ожидается «Имя: значение»)</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>папка %1 не существует</translation>
    </message>
    <message>
        <source>the folder %1 is not writable</source>
        <translation>папка %1 недоступна для записи</translation>
    </message>
    <message>
        <source>unsupported scheme in &quot;%1&quot;: only http and https can be downloaded</source>
        <translation>неподдерживаемая схема в «%1»: скачивать можно только по http и https</translation>
    </message>
    <message>
        <source>malformed URL &quot;%1&quot;</source>
        <translation>неверный формат URL «%1»</translation>
    </message>
    <message>
        <source>cannot write to %1: the folder does not exist or is not writable</source>
        <translation>невозможно выполнить запись в %1: папка не существует или недоступна для записи</translation>
    </message>
    <message>
        <source>no URL given; see haul transfer --help</source>
        <translation>не указан URL; см. haul transfer --help</translation>
    </message>
    <message>
        <source>more --sha256 values than files</source>
        <translation>значений --sha256 больше, чем файлов</translation>
    </message>
    <message>
        <source>--sha256 takes 64 hexadecimal digits, not &quot;%1&quot;</source>
        <translation>параметр --sha256 принимает 64 шестнадцатеричные цифры, а не «%1»</translation>
    </message>
    <message>
        <source>haul: the job store %1 is in use by another Haul process (pid %2).
</source>
        <translation>haul: хранилище заданий %1 используется другим процессом Haul (PID %2).
</translation>
    </message>
    <message>
        <source>haul transfer: %1
</source>
        <translation>haul transfer: %1
</translation>
    </message>
    <message>
        <source>Continuing job %1 (%2, %3 already here).
</source>
        <translation>Продолжение задания %1 (%2, уже получено %3).
</translation>
    </message>
    <message>
        <source>The server cannot resume a partly downloaded file, so that file starts over.
</source>
        <translation>Сервер не умеет докачивать частично скачанный файл, поэтому этот файл скачивается заново.
</translation>
    </message>
</context>
</TS>
