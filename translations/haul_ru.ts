<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AddJobDialog</name>
    <message>
        <source>Add paused (start later with Resume)</source>
        <translation>Не запускать сразу (запустить позже командой «Возобновить»)</translation>
    </message>
    <message>
        <source>Add downloads</source>
        <translation>Добавить загрузки</translation>
    </message>
    <message>
        <source>One address per line, e.g. https://example.org/file.iso</source>
        <translation>По одному адресу в строке, например https://example.org/file.iso</translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation>Адреса:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Save in:</source>
        <translation>Сохранить в:</translation>
    </message>
    <message>
        <source>from the server or the address</source>
        <translation>по данным сервера или из адреса</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Приоритет:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Save in</source>
        <translation>Сохранить в</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Enter at least one address.</source>
        <translation>Введите хотя бы один адрес.</translation>
    </message>
    <message>
        <source>Fix or remove these addresses:</source>
        <translation>Исправьте или удалите эти адреса:</translation>
    </message>
    <message>
        <source>The folder %1 does not exist or cannot be written.</source>
        <translation>Папка %1 не существует или недоступна для записи.</translation>
    </message>
    <message>
        <source>A SHA-256 is 64 hexadecimal digits.</source>
        <translation>SHA-256 состоит из 64 шестнадцатеричных цифр.</translation>
    </message>
    <message>
        <source>A SHA-256 can be given for one address only.</source>
        <translation>SHA-256 можно указать, только если адрес один.</translation>
    </message>
    <message>
        <source>Speed limit:</source>
        <translation>Ограничение скорости:</translation>
    </message>
    <message>
        <source>Connections per file:</source>
        <translation>Подключений на файл:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>64 hexadecimal digits, checked before the file is kept</source>
        <translation>64 шестнадцатеричные цифры; сумма проверяется перед сохранением файла</translation>
    </message>
    <message>
        <source>Put all addresses in one download</source>
        <translation>Объединить все адреса в одну загрузку</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Дополнительные параметры</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <source>KiB/s</source>
        <translation>KiB/с</translation>
    </message>
    <message>
        <source>MiB/s</source>
        <translation>MiB/с</translation>
    </message>
    <message>
        <source>as in Settings</source>
        <translation>как в настройках</translation>
    </message>
    <message>
        <source>Picked by the folder rule “%1” (Settings, Folders); Browse… chooses another folder.</source>
        <translation>Выбрано правилом папок «%1» (Настройки, Папки); чтобы выбрать другую папку, нажмите «Обзор…».</translation>
    </message>
    <message>
        <source>The folder %1 could not be made: %2</source>
        <translation>Не удалось создать папку %1: %2</translation>
    </message>
</context>
<context>
    <name>CategoryList</name>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
</context>
<context>
    <name>Cli</name>
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
    <message>
        <source>Haul is already open; its window was brought to the front.
</source>
        <translation>Haul уже открыт; его окно выведено на передний план.
</translation>
    </message>
    <message>
        <source>The job store %1 is run by another Haul process without a window (pid %2, haul serve or haul transfer). Stop it to open the window, or use haul monitor.</source>
        <translation>Хранилище заданий %1 обслуживается другим процессом Haul без окна (PID %2, haul serve или haul transfer). Остановите его, чтобы открыть окно, или используйте haul monitor.</translation>
    </message>
    <message>
        <source>Haul</source>
        <translation>Haul</translation>
    </message>
    <message>
        <source>Create a new, suspended job and print its id.
Options: --name N, --priority foreground|high|normal|low, --connections N
(connections per file, 1 to 16; default 1).</source>
        <translation>Создаёт новое приостановленное задание и выводит его идентификатор.
Параметры: --name N, --priority foreground|high|normal|low, --connections N
(соединений на файл, от 1 до 16; по умолчанию 1).</translation>
    </message>
    <message>
        <source>--connections takes a number from 1 to 16</source>
        <translation>--connections принимает число от 1 до 16</translation>
    </message>
    <message>
        <source>  Certificate:  %1 (host %2)
</source>
        <translation>  Сертификат:   %1 (сервер %2)
</translation>
    </message>
    <message>
        <source>  Issuer:       %1
</source>
        <translation>  Издатель:     %1
</translation>
    </message>
    <message>
        <source>  Valid:        %1 to %2
</source>
        <translation>  Действителен: с %1 по %2
</translation>
    </message>
    <message>
        <source>  SHA-256:      %1
</source>
        <translation>  SHA-256:      %1
</translation>
    </message>
    <message>
        <source>  If you know this certificate is the server&apos;s, trust it for %1 with
  &quot;haul trustcert JOB&quot;, then resume the job.
</source>
        <translation>  Если вы знаете, что это сертификат сервера, сделайте его доверенным для %1 командой
  «haul trustcert JOB», а затем возобновите задание.
</translation>
    </message>
    <message>
        <source>Trust the server certificate that the job&apos;s certificate error shows, for that host only
(pinned by its SHA-256 fingerprint); then resume the job. The window&apos;s Settings list
and revoke trusted certificates.</source>
        <translation>Делает доверенным сертификат сервера, указанный в ошибке сертификата задания, только для
этого сервера (с привязкой к отпечатку SHA-256); затем возобновите задание. В настройках
окна программы можно просмотреть и отозвать доверенные сертификаты.</translation>
    </message>
    <message>
        <source>Trusted the certificate of %1 for %2 (SHA-256 %3).
Only this certificate is trusted, only for this host. Resume the job to go on:
  haul resume %4
</source>
        <translation>Сертификат %1 теперь считается доверенным для %2 (SHA-256 %3).
Доверенным считается только этот сертификат и только для этого сервера. Чтобы продолжить, возобновите задание:
  haul resume %4
</translation>
    </message>
    <message>
        <source>haul %1: no keychain is available (%2), so the credentials are kept only in the memory of the Haul that runs the jobs and are lost when it stops.
</source>
        <translation>haul %1: связка ключей недоступна (%2), поэтому учётные данные хранятся только в памяти Haul, выполняющего задания, и теряются при его остановке.
</translation>
    </message>
    <message>
        <source>The credentials go to the system keychain, not to the job store.
</source>
        <translation>Учётные данные сохраняются в системной связке ключей, а не в хранилище заданий.
</translation>
    </message>
    <message>
        <source>the address %1 contains a user name or password, which would be kept in the job list: give the address without them, and the credentials with --header &quot;Authorization: Basic ...&quot; (kept in memory only) or, for a job that haul serve or the window runs, with haul setcredentials</source>
        <translation>адрес %1 содержит имя пользователя или пароль, которые сохранились бы в списке заданий: укажите адрес без них, а учётные данные — через --header &quot;Authorization: Basic ...&quot; (только в памяти) или, для задания, которое выполняет haul serve или окно, командой haul setcredentials</translation>
    </message>
    <message>
        <source>Choose the job&apos;s proxy, as bitsadmin /SetProxySettings:
  preconfig: the environment (http_proxy, https_proxy, all_proxy, no_proxy),
             else the desktop&apos;s proxy (the default)
  no_proxy:  connect directly
  override PROXYLIST [BYPASSLIST]: these proxies, e.g. &quot;http://proxy:3128&quot; or
             &quot;socks5://host:1080&quot; (socks5h:// lets the proxy look names up),
             except for the hosts of BYPASSLIST (&quot;&lt;local&gt;&quot; = names without a
             dot and loopback addresses). Lists are separated by spaces or
             semicolons. A proxy password goes with haul setcredentials JOB proxy.</source>
        <translation>Выбирает прокси задания, как bitsadmin /SetProxySettings:
  preconfig: прокси из окружения (http_proxy, https_proxy, all_proxy, no_proxy),
             иначе прокси рабочего стола (по умолчанию)
  no_proxy:  прямое соединение
  override PROXYLIST [BYPASSLIST]: эти прокси, например «http://proxy:3128» или
             «socks5://host:1080» (с socks5h:// имена разрешает прокси),
             кроме узлов из BYPASSLIST («&lt;local&gt;» = имена без точки
             и адреса петли). Списки разделяются пробелами или
             точкой с запятой. Пароль прокси задаётся через haul setcredentials JOB proxy.</translation>
    </message>
    <message>
        <source>no_proxy (direct connections)</source>
        <translation>no_proxy (прямые соединения)</translation>
    </message>
    <message>
        <source>preconfig (the environment&apos;s proxy, else the desktop&apos;s)</source>
        <translation>preconfig (прокси из окружения, иначе прокси рабочего стола)</translation>
    </message>
    <message>
        <source>, except for %1</source>
        <translation>, кроме %1</translation>
    </message>
    <message>
        <source>Proxy:        %1
</source>
        <translation>Прокси:            %1
</translation>
    </message>
    <message>
        <source>Job %1: proxy %2
</source>
        <translation>Задание %1: прокси %2
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
  --connections N          connections per file, 1 to 16 (default 4)
  --retry-delay S          seconds before a transient error is retried (default 10)
  --no-progress-timeout S  seconds without progress before giving up (default 86400)
  --sha256 HEX             expected SHA-256 of the files, in order (repeatable)
  --header &quot;K: V&quot;          extra request header (repeatable)
  --limit RATE             speed limit in bytes/s, with k, M or G suffixes
  --store PATH             the job store (default: $HAUL_STORE or the user&apos;s data folder)
  --json                   print the answer (code, exit, job) as JSON at the end
  -h, --help               show this help

Proxy: the job&apos;s own setting (haul setproxysettings; Settings gives new jobs theirs),
else http_proxy, https_proxy or all_proxy and no_proxy from the environment of the
Haul that runs the job (http://, socks5://, socks5h://), else the desktop&apos;s proxy.
A proxy password: haul setcredentials JOB proxy basic USER (secret on stdin).

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
  --connections N          подключений на файл, от 1 до 16 (по умолчанию 4)
  --retry-delay S          секунд до повтора после временной ошибки (по умолчанию 10)
  --no-progress-timeout S  секунд без прогресса до прекращения попыток
                           (по умолчанию 86400)
  --sha256 HEX             ожидаемые SHA-256 файлов, по порядку (можно повторять)
  --header &quot;K: V&quot;          дополнительный заголовок запроса (можно повторять)
  --limit RATE             ограничение скорости в байтах/с, с суффиксами k, M или G
  --store PATH             хранилище заданий (по умолчанию: $HAUL_STORE или папка
                           данных пользователя)
  --json                   вывести ответ (код, выход, задание) в формате JSON в конце
  -h, --help               показать эту справку

Прокси: собственная настройка задания (haul setproxysettings; настройки окна задают
её новым заданиям), иначе http_proxy, https_proxy или all_proxy и no_proxy из окружения
Haul, который выполняет задание (http://, socks5://, socks5h://), иначе прокси рабочего
стола. Пароль прокси: haul setcredentials JOB proxy basic USER (секрет со стандартного
ввода).

Код возврата: 0 — готово; 1 — задание перешло в состояние «Ошибка» (оно остаётся
в хранилище); 2 — неверное использование; 4 — не удаётся открыть хранилище заданий;
130/143 — прервано (задание приостановлено).
</translation>
    </message>
    <message>
        <source>haul: this build of Haul has no window (it was built without Qt Widgets).
Run &quot;haul serve&quot; to run the jobs without a window, or see &quot;haul --help&quot; for the verbs.
</source>
        <translation>haul: эта сборка Haul не имеет окна (она собрана без Qt Widgets).
Запустите «haul serve», чтобы выполнять задания без окна, или см. «haul --help», чтобы узнать команды.
</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>неожиданный аргумент «%1»</translation>
    </message>
    <message>
        <source>Usage: haul install-browser-integration [--user] [--browser NAME] [--remove] [--json]

Write the native messaging manifests that let Haul&apos;s browser extension start this haul
(%1): for every browser below, or only NAME. --user writes them in your home folder;
without it, in the system&apos;s folders (as root). --remove takes them away.
Browsers: chromium, chrome, brave, vivaldi, edge, firefox, librewolf, waterfox.
</source>
        <translation>Использование: haul install-browser-integration [--user] [--browser ИМЯ] [--remove] [--json]

Записать манифесты native messaging, которые позволяют расширению Haul для браузера
запускать этот haul (%1): для каждого браузера из списка или только для ИМЯ. С --user
они пишутся в вашу домашнюю папку, без него — в системные папки (от root). --remove
удаляет их.
Браузеры: chromium, chrome, brave, vivaldi, edge, firefox, librewolf, waterfox.
</translation>
    </message>
    <message>
        <source>unknown browser &quot;%1&quot;</source>
        <translation>неизвестный браузер «%1»</translation>
    </message>
    <message>
        <source>could not remove %1</source>
        <translation>не удалось удалить %1</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Removed %1 (%2)
</source>
        <translation>Удалён %1 (%2)
</translation>
    </message>
    <message>
        <source>Wrote %1 (%2)
</source>
        <translation>Записан %1 (%2)
</translation>
    </message>
    <message>
        <source>No browser found; name one with --browser NAME.
</source>
        <translation>Браузер не найден; укажите его через --browser ИМЯ.
</translation>
    </message>
    <message>
        <source>haul renewlink: only a running Haul can wait for the browser; start &quot;haul serve&quot; (or the window) first
</source>
        <translation>haul renewlink: ждать браузер может только запущенный Haul; сначала запустите «haul serve» (или окно)
</translation>
    </message>
    <message>
        <source>File %1 of job %2 waits for a new link: start its download again in the browser
(the page that offers it); Haul takes it over and continues from %3.
</source>
        <translation>Файл %1 задания %2 ждёт новую ссылку: снова начните его загрузку в браузере
(на странице, где он предлагается); Haul перехватит её и продолжит с %3.
</translation>
    </message>
    <message>
        <source>Wait for a new link to a file whose link expired (403, 404, 410...): the next
download of that file that the browser extension hands over becomes its address,
and the file continues from the bytes on disk if the new link gives the same
bytes. FILE is numbered from 0 (default: the file of the job&apos;s error). Needs a
running Haul (the window or haul serve).</source>
        <translation>Ждать новую ссылку для файла, чья ссылка устарела (403, 404, 410...): следующая
загрузка этого файла, которую передаст расширение браузера, станет его адресом, и
файл продолжится с уже скачанных байтов, если новая ссылка даёт те же байты. FILE
нумеруется с 0 (по умолчанию — файл ошибки задания). Нужен запущенный Haul (окно
или haul serve).</translation>
    </message>
    <message>
        <source>Start a job again from zero: its partial data is deleted (files already saved
under their final names are kept), then it is queued.</source>
        <translation>Запускает задание заново с нуля: его частично полученные данные удаляются (файлы, уже
сохранённые под окончательными именами, остаются), затем оно ставится в очередь.</translation>
    </message>
    <message>
        <source>Move a job in the queue among the unfinished jobs of its priority: up, down,
top or bottom. A job earlier in the queue starts first.</source>
        <translation>Перемещает задание в очереди среди незавершённых заданий того же приоритета: up (выше),
down (ниже), top (в начало) или bottom (в конец). Задание, стоящее в очереди раньше, запускается первым.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>haul %1: the %2 header is kept only in the memory of the process that runs the jobs, never in the job store; start &quot;haul serve&quot; (or the window) first
</source>
        <translation>haul %1: заголовок %2 хранится только в памяти процесса, который выполняет задания, и никогда — в хранилище заданий; сначала запустите «haul serve» (или окно)
</translation>
    </message>
    <message>
        <source>Description:  %1
</source>
        <translation>Описание:          %1
</translation>
    </message>
    <message>
        <source>When done:    %1
</source>
        <translation>По окончании:      %1
</translation>
    </message>
    <message>
        <source>Headers:      %1
</source>
        <translation>Заголовки:         %1
</translation>
    </message>
    <message numerus="yes">
        <source>Job %1: %n extra header(s)
</source>
        <translation>
            <numerusform>Задание %1: %n дополнительный заголовок
</numerusform>
            <numerusform>Задание %1: %n дополнительных заголовка
</numerusform>
            <numerusform>Задание %1: %n дополнительных заголовков
</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1: when done, runs %2
</source>
        <translation>Задание %1: по окончании запускается %2
</translation>
    </message>
    <message>
        <source>Usage: haul [--store PATH] [VERB [options]]

With no verb, Haul opens its window.
Haul downloads files as jobs that survive restarts and explain their errors.

Verbs:
  transfer   download URLs as one job and wait for it (see haul transfer --help)
  create, addfile, resume, suspend, cancel, complete, info, list, geterror,
  seturl, replaceprefix, setcredentials, setpriority, setminretrydelay,
  setnoprogresstimeout, setnotifyflags, setproxysettings, remove, clear, trustcert,
  renewlink, move, restart
             work on the jobs of the store (see haul VERB --help)
  schedule   when background downloads pause or are limited (see haul schedule --help)
  monitor    watch every job live until Ctrl+C
  serve      run the jobs without a window and answer the other verbs
  install-browser-integration [--user] [--browser NAME] [--remove]
             let the browser extension hand downloads to Haul
  browser-host  the program the browser extension talks to (started by the browser)

  --version  show the version
  --help     show this help
</source>
        <translation>Использование: haul [--store PATH] [КОМАНДА [параметры]]

Без команды Haul открывает своё окно.
Haul загружает файлы как задания: они переживают перезапуски и объясняют свои ошибки.

Команды:
  transfer   загрузить URL одним заданием и дождаться его (см. haul transfer --help)
  create, addfile, resume, suspend, cancel, complete, info, list, geterror,
  seturl, replaceprefix, setcredentials, setpriority, setminretrydelay,
  setnoprogresstimeout, setnotifyflags, setproxysettings, remove, clear, trustcert,
  renewlink, move, restart
             действия с заданиями хранилища (см. haul КОМАНДА --help)
  schedule   когда фоновые загрузки приостанавливаются или ограничиваются
             (см. haul schedule --help)
  monitor    следить за всеми заданиями в реальном времени до Ctrl+C
  serve      выполнять задания без окна и отвечать на другие команды
  install-browser-integration [--user] [--browser ИМЯ] [--remove]
             позволить расширению браузера передавать загрузки в Haul
  browser-host  программа, с которой общается расширение браузера
                (её запускает браузер)

  --version  показать версию
  --help     показать эту справку
</translation>
    </message>
    <message>
        <source>Set the job&apos;s display name.</source>
        <translation>Задаёт отображаемое имя задания.</translation>
    </message>
    <message>
        <source>Set the job&apos;s description.</source>
        <translation>Задаёт описание задания.</translation>
    </message>
    <message>
        <source>Run PROGRAM with ARGS, as bitsadmin /SetNotifyCmdLine, each time the job reaches
Transferred or Error (as its notification flags ask; by default both). It runs as
you, never through a shell, with HAUL_JOB_ID, HAUL_JOB_STATE (Transferred or
Error) and HAUL_STORE in its environment. It replaces the notification: such a
job is not completed by the window or haul serve, so the program runs
&quot;haul complete $HAUL_JOB_ID&quot; itself. PROGRAM is a path or a name on PATH, checked
now; &quot;&quot; or NULL removes it. Put -- before ARGS that begin with a dash.</source>
        <translation>Запускает PROGRAM с аргументами ARGS, как bitsadmin /SetNotifyCmdLine, каждый раз,
когда задание переходит в состояние «Передано» или «Ошибка» (как заданы его флаги
уведомлений; по умолчанию — в обоих случаях). Программа запускается от вашего имени,
никогда не через оболочку, с переменными окружения HAUL_JOB_ID, HAUL_JOB_STATE
(Transferred или Error) и HAUL_STORE. Она заменяет уведомление: такое задание
не завершается окном или haul serve, поэтому программа сама выполняет
«haul complete $HAUL_JOB_ID». PROGRAM — путь или имя из PATH, проверяется сразу;
&quot;&quot; или NULL удаляет программу. Перед ARGS, которые начинаются с дефиса, поставьте --.</translation>
    </message>
    <message>
        <source>Replace the job&apos;s extra request headers with these &quot;Name: value&quot; ones (none
removes them all). Authorization, Cookie and Proxy-Authorization are kept only in
the memory of the running Haul (the window or haul serve), never in the job store.</source>
        <translation>Заменяет дополнительные заголовки запроса задания указанными «Имя: значение»
(без них удаляет все). Authorization, Cookie и Proxy-Authorization хранятся только
в памяти запущенного Haul (окна или haul serve) и никогда — в хранилище заданий.</translation>
    </message>
    <message>
        <source>Show the job&apos;s extra request headers, one a line; secret ones with their value
masked.</source>
        <translation>Показывает дополнительные заголовки запроса задания, по одному в строке; у секретных
значение скрыто.</translation>
    </message>
    <message>
        <source>Usage: haul schedule [--store PATH] [--json] [ACTION]

When background downloads pause or share a speed limit. Foreground jobs ignore it.
  (nothing)                       show the rules, the times and what applies now
  add DAYS HH:MM-HH:MM pause      hold downloads then
  add DAYS HH:MM-HH:MM limit RATE limit them together to RATE bytes/s (500k, 2M)
                                  DAYS: mon-fri, sat,sun, daily; a rule may cross
                                  midnight (22:00-06:00); 24:00 ends a day
  remove N                        remove rule N (as shown)
  clear                           remove every rule and both times
  start HH:MM|off                 start queued downloads at that time
  pause HH:MM|off                 pause downloads at that time
  resume                          run held downloads now (until the next pause)
With both times, downloads are held every day from the pause time to the start
time. A start time alone holds them once, until it comes. A pause time alone holds
them from then until you resume them. A pause wins over a limit; the lower limit
wins.
</source>
        <translation>Использование: haul schedule [--store PATH] [--json] [ДЕЙСТВИЕ]

Когда фоновые загрузки приостанавливаются или делят общее ограничение скорости.
На задания переднего плана расписание не действует.
  (ничего)                        показать правила, время и то, что действует сейчас
  add ДНИ HH:MM-HH:MM pause       задерживать загрузки в этот промежуток
  add ДНИ HH:MM-HH:MM limit СКОР  ограничить их вместе до СКОР байт/с (500k, 2M)
                                  ДНИ: mon-fri, sat,sun, daily; правило может переходить
                                  через полночь (22:00-06:00); 24:00 — конец суток
  remove N                        удалить правило N (номер как в списке)
  clear                           удалить все правила и оба времени
  start HH:MM|off                 запускать загрузки из очереди в это время
  pause HH:MM|off                 приостанавливать загрузки в это время
  resume                          запустить задержанные загрузки сейчас
                                  (до следующей паузы)
Если заданы оба времени, загрузки каждый день задерживаются от времени паузы
до времени запуска. Одно время запуска задерживает их один раз, пока оно не наступит.
Одно время паузы задерживает их с этого момента, пока вы их не возобновите. Пауза
важнее ограничения; из ограничений действует меньшее.
</translation>
    </message>
    <message>
        <source>schedule: downloads run as usual</source>
        <translation>расписание: загрузки идут как обычно</translation>
    </message>
    <message>
        <source>schedule: %1</source>
        <translation>расписание: %1</translation>
    </message>
    <message>
        <source>add: %1</source>
        <translation>add: %1</translation>
    </message>
    <message>
        <source>remove: no rule %1 (see haul schedule)</source>
        <translation>remove: нет правила %1 (см. haul schedule)</translation>
    </message>
    <message>
        <source>%1: expected a time such as 02:00, or off</source>
        <translation>%1: ожидается время, например 02:00, или off</translation>
    </message>
    <message>
        <source>expected add, remove N, clear, start HH:MM|off, pause HH:MM|off or resume; see haul schedule --help</source>
        <translation>ожидается add, remove N, clear, start HH:MM|off, pause HH:MM|off или resume; см. haul schedule --help</translation>
    </message>
    <message>
        <source>No rules.
</source>
        <translation>Правил нет.
</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <source>Start queued downloads at: %1
</source>
        <translation>Запускать загрузки из очереди в: %1
</translation>
    </message>
    <message>
        <source>Pause downloads at:        %1
</source>
        <translation>Приостанавливать загрузки в:     %1
</translation>
    </message>
    <message>
        <source>Now: %1
</source>
        <translation>Сейчас: %1
</translation>
    </message>
    <message>
        <source>downloads run as usual</source>
        <translation>загрузки идут как обычно</translation>
    </message>
</context>
<context>
    <name>ClipboardWatcher</name>
    <message>
        <source>Add the copied link “%1”…</source>
        <translation>Добавить скопированную ссылку «%1»…</translation>
    </message>
</context>
<context>
    <name>CountdownDialog</name>
    <message>
        <source>When all downloads finish</source>
        <translation>Когда все загрузки завершатся</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Сейчас</translation>
    </message>
</context>
<context>
    <name>CredentialVault</name>
    <message>
        <source>this Haul runs without one</source>
        <translation>этот Haul работает без неё</translation>
    </message>
    <message>
        <source>the keychain has not answered yet</source>
        <translation>связка ключей пока не ответила</translation>
    </message>
    <message>
        <source>access to the keychain was refused</source>
        <translation>в доступе к связке ключей отказано</translation>
    </message>
    <message>
        <source>the keychain refused access, it may be locked</source>
        <translation>связка ключей отказала в доступе; возможно, она заблокирована</translation>
    </message>
    <message>
        <source>no Secret Service or KWallet answered on the session bus</source>
        <translation>на сеансовой шине не ответили ни Secret Service, ни KWallet</translation>
    </message>
    <message>
        <source>the keychain did not store them; it may be locked or have no default keyring</source>
        <translation>связка ключей не сохранила учётные данные; возможно, она заблокирована или не задана связка ключей по умолчанию</translation>
    </message>
</context>
<context>
    <name>DbusService</name>
    <message>
        <source>D-Bus: no session bus (%1); the D-Bus interface is off</source>
        <translation>D-Bus: нет сеансовой шины (%1); интерфейс D-Bus отключён</translation>
    </message>
    <message>
        <source>D-Bus: %1 belongs to another Haul on this session bus; this one goes on without it</source>
        <translation>D-Bus: %1 занято другим Haul на этой сеансовой шине; этот процесс работает без него</translation>
    </message>
    <message>
        <source>URL %1: %2</source>
        <translation>URL %1: %2</translation>
    </message>
    <message>
        <source>No job matches &quot;%1&quot;.</source>
        <translation>Нет заданий, соответствующих «%1».</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; matches %n job(s); give more of the id.</source>
        <translation>
            <numerusform>«%1» соответствует %n заданию; укажите идентификатор подробнее.</numerusform>
            <numerusform>«%1» соответствует %n заданиям; укажите идентификатор подробнее.</numerusform>
            <numerusform>«%1» соответствует %n заданиям; укажите идентификатор подробнее.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadTotals</name>
    <message>
        <source>No downloads running</source>
        <translation>Нет активных загрузок</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) running</source>
        <translation>
            <numerusform>%n активная загрузка</numerusform>
            <numerusform>%n активные загрузки</numerusform>
            <numerusform>%n активных загрузок</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 of %3</source>
        <translation>%1 — %2 из %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>All downloads are done.</source>
        <translation>Все загрузки завершены.</translation>
    </message>
    <message>
        <source>Still: %1</source>
        <translation>Осталось: %1</translation>
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
        <translation>Задание слишком долго оставалось без прогресса, поэтому повторные попытки прекращены.</translation>
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
    <message>
        <source>The address contains a user name or password. Give the address without them: Haul asks for the credentials when the server wants them (or use setcredentials) and keeps them out of the job list.</source>
        <translation>Адрес содержит имя пользователя или пароль. Укажите адрес без них: Haul запросит учётные данные, когда они понадобятся серверу (или используйте setcredentials), и не хранит их в списке заданий.</translation>
    </message>
    <message>
        <source>The operation was interrupted; the job is suspended and keeps what it received.</source>
        <translation>Операция прервана; задание приостановлено, уже полученные данные сохранены.</translation>
    </message>
    <message>
        <source>The server answered with a web page (often a login page) instead of the rest of the file: the link or its cookie has probably expired. The bytes received are kept; a new link lets the download go on.</source>
        <translation>Сервер ответил веб-страницей (часто страницей входа) вместо остальной части файла: вероятно, истекла ссылка или её cookie. Полученные байты сохранены; с новой ссылкой загрузка продолжится.</translation>
    </message>
    <message>
        <source>The program to run when the job is done was not found, is not executable, or could not be started.</source>
        <translation>Программа, которую нужно запустить по окончании задания, не найдена, не является исполняемой или не запустилась.</translation>
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
    <name>ErrorPane</name>
    <message>
        <source>Save into folder</source>
        <translation>Сохранить в папку</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Что произошло:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Где:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Saved to:</source>
        <translation>Сохраняется в:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Подробности:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Когда:</translation>
    </message>
    <message>
        <source>New address:</source>
        <translation>Новый адрес:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Для:</translation>
    </message>
    <message>
        <source>Scheme:</source>
        <translation>Схема:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>First retry after (s):</source>
        <translation>Первый повтор через (с):</translation>
    </message>
    <message>
        <source>Give up after (h):</source>
        <translation>Прекратить попытки через (ч):</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>сервера</translation>
    </message>
    <message>
        <source>the proxy</source>
        <translation>прокси-сервера</translation>
    </message>
    <message>
        <source>at the first error</source>
        <translation>при первой ошибке</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Fix and resume</source>
        <translation>Исправить и возобновить</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Копировать подробности</translation>
    </message>
    <message>
        <source>Complete partial…</source>
        <translation>Завершить частично…</translation>
    </message>
    <message>
        <source>Fix and Resume</source>
        <translation>Исправить и возобновить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Download error — %1</source>
        <translation>Ошибка загрузки — %1</translation>
    </message>
    <message>
        <source>“%1” stopped</source>
        <translation>Загрузка «%1» остановлена</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Следующая</translation>
    </message>
    <message>
        <source>Next (%1)</source>
        <translation>Следующая (%1)</translation>
    </message>
    <message>
        <source>Haul stopped this download and keeps what it received. Fix the problem and resume, keep only the finished files, or cancel.</source>
        <translation>Haul остановил эту загрузку и сохраняет уже полученные данные. Исправьте проблему и возобновите загрузку, оставьте только готовые файлы или отмените её.</translation>
    </message>
    <message>
        <source>not tied to one file (%1)</source>
        <translation>не относится к конкретному файлу (%1)</translation>
    </message>
    <message>
        <source>Haul never ignores certificate errors. Once the server&apos;s certificate is fixed, Resume tries again.</source>
        <translation>Haul никогда не игнорирует ошибки сертификатов. Когда сертификат сервера будет исправлен, «Возобновить» запустит новую попытку.</translation>
    </message>
    <message>
        <source>Resume tries again.</source>
        <translation>«Возобновить» запустит новую попытку.</translation>
    </message>
    <message>
        <source>The file starts from the beginning: nothing of it was received yet.</source>
        <translation>Файл будет скачиваться с начала: из него ещё ничего не получено.</translation>
    </message>
    <message>
        <source>The file restarts from the beginning: the data received did not match the expected SHA-256.</source>
        <translation>Файл будет скачан заново: полученные данные не совпали с ожидаемым SHA-256.</translation>
    </message>
    <message>
        <source>The file must restart from the beginning: the server did not allow resuming it (no ranges or no validator such as an ETag).</source>
        <translation>Файл придётся скачать заново: сервер не позволил продолжить загрузку (нет поддержки диапазонов байтов или валидатора, например ETag).</translation>
    </message>
    <message>
        <source>If the new address serves the same file (same size and ETag or date), the download continues from %1; otherwise it restarts from the beginning, so old and new data are never mixed.</source>
        <translation>Если по новому адресу доступен тот же файл (тот же размер и ETag или дата), загрузка продолжится с %1; иначе она начнётся заново, чтобы старые и новые данные никогда не смешивались.</translation>
    </message>
    <message>
        <source>The %1 already received move to the new folder and the download continues from there; if they cannot be moved, the file restarts.</source>
        <translation>Уже полученные %1 будут перемещены в новую папку, и загрузка продолжится с того же места; если их не удастся переместить, файл будет скачан заново.</translation>
    </message>
    <message>
        <source>The download continues from %1, where it stopped, if the file on the server has not changed.</source>
        <translation>Если файл на сервере не изменился, загрузка продолжится с %1 — с того места, где она остановилась.</translation>
    </message>
    <message>
        <source>The details are on the clipboard.</source>
        <translation>Подробности скопированы в буфер обмена.</translation>
    </message>
    <message>
        <source>Could not cancel: %1 (%2)</source>
        <translation>Не удалось отменить: %1 (%2)</translation>
    </message>
    <message>
        <source>Cancelled. The partial data was deleted.</source>
        <translation>Отменено. Частично полученные данные удалены.</translation>
    </message>
    <message>
        <source>No file is finished, so nothing will be kept.</source>
        <translation>Ни один файл не готов, поэтому ничего не будет сохранено.</translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>Сохраняются:</translation>
    </message>
    <message>
        <source>Dropped (partial data deleted):</source>
        <translation>Отбрасываются (частичные данные удаляются):</translation>
    </message>
    <message>
        <source>Complete with the finished files only?</source>
        <translation>Завершить, сохранив только готовые файлы?</translation>
    </message>
    <message>
        <source>Could not save %1: %2 (%3). The finished files stay ready; fix the problem and complete again, or cancel.</source>
        <translation>Не удалось сохранить %1: %2 (%3). Готовые файлы по-прежнему ждут сохранения; исправьте проблему и завершите загрузку ещё раз или отмените её.</translation>
    </message>
    <message>
        <source>Completed: every file was kept.</source>
        <translation>Завершено: все файлы сохранены.</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
    <message>
        <source>Not resumed: %1 (%2)%3</source>
        <translation>Не возобновлено: %1 (%2)%3</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Возобновлено.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>%1 (file %2 of %3)</source>
        <translation>%1 (файл %2 из %3)</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Сертификат:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Кем выдан:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Действителен:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>Trust this certificate for %1</source>
        <translation>Доверять этому сертификату для %1</translation>
    </message>
    <message>
        <source>Certificate: %1 (issued by %2, valid %3 to %4)</source>
        <translation>Сертификат: %1 (кем выдан: %2, действителен с %3 по %4)</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>Доверять этому сертификату?</translation>
    </message>
    <message>
        <source>Haul will accept this exact certificate for %1 from now on, and no other:

%2
SHA-256 %3

Do this only if you know the server really uses it (a device on your network with a certificate of its own, say). Settings lists the certificates you trusted and removes them.</source>
        <translation>Отныне Haul будет принимать для %1 именно этот сертификат и никакой другой:

%2
SHA-256 %3

Делайте это, только если знаете, что сервер действительно его использует (например, это устройство в вашей сети с собственным сертификатом). В настройках можно просмотреть сертификаты, которым вы доверяете, и удалить их.</translation>
    </message>
    <message>
        <source>No keychain is available (%1): Haul keeps the password in memory only, until it quits.</source>
        <translation>Связка ключей недоступна (%1): Haul хранит пароль только в памяти, пока не закроется.</translation>
    </message>
    <message>
        <source>Waiting for a new link: start this download again in the browser, from the page that offers it. Haul takes it over and goes on from the bytes already received.</source>
        <translation>Ожидание новой ссылки: снова начните эту загрузку в браузере, со страницы, где она предлагается. Haul перехватит её и продолжит с уже полученных байтов.</translation>
    </message>
    <message>
        <source>This file does not need a new link any more.</source>
        <translation>Этому файлу новая ссылка больше не нужна.</translation>
    </message>
    <message>
        <source>Get a new link from the browser…</source>
        <translation>Получить новую ссылку из браузера…</translation>
    </message>
    <message>
        <source>Technical details:</source>
        <translation>Технические сведения:</translation>
    </message>
    <message>
        <source>with the file on this computer</source>
        <translation>в файле на этом компьютере</translation>
    </message>
    <message>
        <source>on the server</source>
        <translation>на сервере</translation>
    </message>
    <message>
        <source>in the network connection</source>
        <translation>в сетевом подключении</translation>
    </message>
    <message>
        <source>in the server&apos;s application</source>
        <translation>в приложении на сервере</translation>
    </message>
    <message>
        <source>in the server&apos;s certificate</source>
        <translation>в сертификате сервера</translation>
    </message>
    <message>
        <source>in Haul&apos;s list of downloads</source>
        <translation>в списке загрузок Haul</translation>
    </message>
    <message>
        <source>while telling an application about the download</source>
        <translation>при уведомлении приложения о загрузке</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2), HTTP status %3</source>
        <translation>%1 (%2), статус HTTP %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 (error %n of this download)</source>
        <translation>
            <numerusform>%1 (ошибка № %n этой загрузки)</numerusform>
            <numerusform>%1 (ошибка № %n этой загрузки)</numerusform>
            <numerusform>%1 (ошибка № %n этой загрузки)</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing (the partial data of this file was deleted)</source>
        <translation>никуда (частичные данные этого файла удалены)</translation>
    </message>
    <message>
        <source>Cancel download…</source>
        <translation>Отменить загрузку…</translation>
    </message>
    <message>
        <source>This download has no error now (%1).</source>
        <translation>Сейчас у этой загрузки нет ошибки (%1).</translation>
    </message>
    <message>
        <source>This download no longer exists.</source>
        <translation>Этой загрузки больше нет.</translation>
    </message>
    <message>
        <source>“%1” was cancelled</source>
        <translation>Загрузка «%1» отменена</translation>
    </message>
    <message>
        <source>The download was cancelled and its partial data deleted. Files already saved are kept.</source>
        <translation>Загрузка отменена, частично полученные данные удалены. Уже сохранённые файлы остались.</translation>
    </message>
    <message>
        <source>“%1” was completed</source>
        <translation>Загрузка «%1» завершена</translation>
    </message>
    <message>
        <source>%1. What was not finished was dropped and its partial data deleted.</source>
        <translation>%1. Незавершённое отброшено, частично полученные данные удалены.</translation>
    </message>
    <message>
        <source>Every file of the download was saved.</source>
        <translation>Все файлы загрузки сохранены.</translation>
    </message>
    <message>
        <source>“%1” goes on</source>
        <translation>Загрузка «%1» продолжается</translation>
    </message>
    <message>
        <source>The download is now %1.</source>
        <translation>Текущее состояние загрузки: %1.</translation>
    </message>
    <message>
        <source>Download: %1</source>
        <translation>Загрузка: %1</translation>
    </message>
    <message>
        <source>Cancel the download?</source>
        <translation>Отменить загрузку?</translation>
    </message>
    <message>
        <source>The download is cancelled and its partial data (%1) is deleted. Files already saved are kept.</source>
        <translation>Загрузка будет отменена, а её частично полученные данные (%1) — удалены. Уже сохранённые файлы останутся.</translation>
    </message>
    <message numerus="yes">
        <source>Completed partially: %1 of %n file kept, the rest dropped.</source>
        <translation>
            <numerusform>Завершено частично: сохранено %1 из %n файла, остальные отброшены.</numerusform>
            <numerusform>Завершено частично: сохранено %1 из %n файлов, остальные отброшены.</numerusform>
            <numerusform>Завершено частично: сохранено %1 из %n файлов, остальные отброшены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more error waiting after this one.</source>
        <translation>
            <numerusform>После этой ждёт ещё %n ошибка.</numerusform>
            <numerusform>После этой ждут ещё %n ошибки.</numerusform>
            <numerusform>После этой ждут ещё %n ошибок.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused or no longer has this file. If you have a new link (an expired link, a moved file), enter it below.</source>
        <translation>Сервер отказал в доступе к этому файлу или файла на нём больше нет. Если у вас есть новая ссылка (срок действия ссылки истёк, файл перемещён), введите её ниже.</translation>
    </message>
    <message>
        <source>The proxy refused this user name and password. Check them and enter them again.</source>
        <translation>Прокси-сервер не принял это имя пользователя и пароль. Проверьте их и введите снова.</translation>
    </message>
    <message>
        <source>The server refused this user name and password. Check them and enter them again.</source>
        <translation>Сервер не принял это имя пользователя и пароль. Проверьте их и введите снова.</translation>
    </message>
    <message>
        <source>The proxy asks for a user name and password.</source>
        <translation>Прокси-сервер запрашивает имя пользователя и пароль.</translation>
    </message>
    <message>
        <source>The server asks for a user name and password.</source>
        <translation>Сервер запрашивает имя пользователя и пароль.</translation>
    </message>
    <message>
        <source>The file cannot be written where it is. Free some space and resume, or choose another folder.</source>
        <translation>Не удаётся записать файл в эту папку. Освободите место на диске и возобновите загрузку или выберите другую папку.</translation>
    </message>
    <message>
        <source>The server could not serve the file for now. Resume tries again; you may also change how patiently Haul retries.</source>
        <translation>Сервер пока не может отдать файл. «Возобновить» запустит новую попытку; можно также изменить, насколько настойчиво Haul повторяет попытки.</translation>
    </message>
    <message>
        <source>The connection failed. Resume tries again; you may also change how patiently Haul retries.</source>
        <translation>Сбой подключения. «Возобновить» запустит новую попытку; можно также изменить, насколько настойчиво Haul повторяет попытки.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (self-signed, expired, or made out to another name). Haul never ignores certificate errors wholesale, but if you know this is the server&apos;s own certificate you may trust exactly this one, for this server only.</source>
        <translation>Сертификат сервера не является доверенным (он самоподписанный, просроченный или выдан на другое имя). Haul никогда не игнорирует ошибки сертификатов без разбора, но если вы знаете, что это собственный сертификат сервера, можно доверять именно ему и только для этого сервера.</translation>
    </message>
    <message numerus="yes">
        <source>%n finished file will not be fetched again.</source>
        <translation>
            <numerusform>%n готовый файл не будет скачиваться заново.</numerusform>
            <numerusform>%n готовых файла не будут скачиваться заново.</numerusform>
            <numerusform>%n готовых файлов не будут скачиваться заново.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileRanges</name>
    <message>
        <source>%1 onwards</source>
        <translation>с %1 и далее</translation>
    </message>
    <message>
        <source>Nothing on disk yet</source>
        <translation>На диске пока ничего нет</translation>
    </message>
    <message>
        <source>On disk: %1</source>
        <translation>На диске: %1</translation>
    </message>
    <message>
        <source>connection %1 fetches %2</source>
        <translation>подключение %1 загружает %2</translation>
    </message>
    <message>
        <source>no connection fetches it now</source>
        <translation>сейчас его не загружает ни одно подключение</translation>
    </message>
    <message>
        <source>Size not known yet.</source>
        <translation>Размер пока неизвестен.</translation>
    </message>
</context>
<context>
    <name>FolderRules</name>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Музыка</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Archives</source>
        <translation>Архивы</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Программы</translation>
    </message>
</context>
<context>
    <name>FolderRulesPage</name>
    <message>
        <source>Save each download in the folder of its kind or site</source>
        <translation>Сохранять каждую загрузку в папку для её типа или сайта</translation>
    </message>
    <message>
        <source>Offer to add links copied to the clipboard</source>
        <translation>Предлагать добавить ссылки, скопированные в буфер обмена</translation>
    </message>
    <message>
        <source>While Haul runs, a copied link to a file of a type below is offered once in a notification.</source>
        <translation>Пока Haul работает, скопированная ссылка на файл одного из типов ниже один раз предлагается в уведомлении.</translation>
    </message>
    <message>
        <source>Folder rules</source>
        <translation>Правила папок</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Условие</translation>
    </message>
    <message>
        <source>File types or site</source>
        <translation>Типы файлов или сайт</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Восстановить по умолчанию</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Новое правило</translation>
    </message>
    <message>
        <source>File types</source>
        <translation>Типы файлов</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Extensions separated by spaces (pdf tar.gz), or a site (example.org, its subdomains too)</source>
        <translation>Расширения через пробел (pdf tar.gz) или сайт (example.org, включая его поддомены)</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/с</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 дн. %2 ч</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 дн.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байта</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Http1Reply</name>
    <message>
        <source>The server closed the connection without answering</source>
        <translation>Сервер закрыл соединение, не ответив</translation>
    </message>
    <message>
        <source>The server closed the connection in the middle of its answer</source>
        <translation>Сервер закрыл соединение посреди своего ответа</translation>
    </message>
    <message>
        <source>The server closed the connection before the end of the file</source>
        <translation>Сервер закрыл соединение до конца файла</translation>
    </message>
    <message>
        <source>The server&apos;s answer has more than %1 bytes of headers</source>
        <translation>Ответ сервера содержит более %1 байт заголовков</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not HTTP: %1</source>
        <translation>Ответ сервера не является HTTP: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer has more than %1 header lines</source>
        <translation>Ответ сервера содержит более %1 строк заголовков</translation>
    </message>
    <message>
        <source>The server sent a malformed chunked body</source>
        <translation>Сервер прислал искажённое тело в формате chunked</translation>
    </message>
    <message>
        <source>The server answered %1 %2</source>
        <translation>Сервер ответил %1 %2</translation>
    </message>
    <message>
        <source>Operation canceled</source>
        <translation>Операция отменена</translation>
    </message>
</context>
<context>
    <name>JobActions</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n download(s): %1? What they received is deleted; files already saved are kept.</source>
        <translation>
            <numerusform>Отменить %n загрузку: %1? Полученные данные будут удалены; уже сохранённые файлы останутся.</numerusform>
            <numerusform>Отменить %n загрузки: %1? Полученные данные будут удалены; уже сохранённые файлы останутся.</numerusform>
            <numerusform>Отменить %n загрузок: %1? Полученные данные будут удалены; уже сохранённые файлы останутся.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n finished download(s) from the list: %1? Their files are not touched.</source>
        <translation>
            <numerusform>Убрать из списка %n завершённую загрузку: %1? Файлы не будут затронуты.</numerusform>
            <numerusform>Убрать из списка %n завершённые загрузки: %1? Файлы не будут затронуты.</numerusform>
            <numerusform>Убрать из списка %n завершённых загрузок: %1? Файлы не будут затронуты.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n download(s) from the list and delete their files: %1?</source>
        <translation>
            <numerusform>Убрать из списка %n загрузку и удалить файлы: %1?</numerusform>
            <numerusform>Убрать из списка %n загрузки и удалить файлы: %1?</numerusform>
            <numerusform>Убрать из списка %n загрузок и удалить файлы: %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>No file of theirs is on disk.</source>
        <translation>На диске нет ни одного их файла.</translation>
    </message>
    <message numerus="yes">
        <source>These %n file(s) are deleted: %1</source>
        <translation>
            <numerusform>Будет удалён %n файл: %1</numerusform>
            <numerusform>Будут удалены %n файла: %1</numerusform>
            <numerusform>Будут удалены %n файлов: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove with files</source>
        <translation>Удалить вместе с файлами</translation>
    </message>
    <message>
        <source>Could not remove</source>
        <translation>Не удалось удалить</translation>
    </message>
    <message numerus="yes">
        <source>Restart %n download(s) from zero: %1? What they received so far is deleted; files already saved are kept.</source>
        <translation>
            <numerusform>Перезапустить с нуля %n загрузку: %1? Всё полученное до сих пор будет удалено; уже сохранённые файлы останутся.</numerusform>
            <numerusform>Перезапустить с нуля %n загрузки: %1? Всё полученное до сих пор будет удалено; уже сохранённые файлы останутся.</numerusform>
            <numerusform>Перезапустить с нуля %n загрузок: %1? Всё полученное до сих пор будет удалено; уже сохранённые файлы останутся.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Download %n finished download(s) again, as new downloads: %1?</source>
        <translation>
            <numerusform>Скачать заново %n завершённую загрузку как новую: %1?</numerusform>
            <numerusform>Скачать заново %n завершённые загрузки как новые: %1?</numerusform>
            <numerusform>Скачать заново %n завершённых загрузок как новые: %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Перезапустить</translation>
    </message>
    <message>
        <source>Could not restart</source>
        <translation>Не удалось перезапустить</translation>
    </message>
    <message>
        <source>Could not open</source>
        <translation>Не удалось открыть</translation>
    </message>
    <message>
        <source>No program opened “%1”. Open it yourself, or copy its path.</source>
        <translation>Ни одна программа не открыла «%1». Откройте вручную или скопируйте путь.</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Копировать путь</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a download&apos;s name quoted in a sentence: the quotes of the language</comment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>When done</source>
        <translation>После загрузки</translation>
    </message>
</context>
<context>
    <name>JobDetails</name>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Скорость</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>Папка назначения:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Приоритет:</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Добавлено:</translation>
    </message>
    <message>
        <source>Last change:</source>
        <translation>Последнее изменение:</translation>
    </message>
    <message>
        <source>Transferred:</source>
        <translation>Передано:</translation>
    </message>
    <message>
        <source>Retries:</source>
        <translation>Повторы:</translation>
    </message>
    <message>
        <source>Errors so far:</source>
        <translation>Всего ошибок:</translation>
    </message>
    <message>
        <source>Resumable:</source>
        <translation>Докачка:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ещё нет</translation>
    </message>
    <message>
        <source>every error is final</source>
        <translation>любая ошибка окончательна</translation>
    </message>
    <message>
        <source>first after %1, give up after %2 without progress</source>
        <translation>первый через %1; прекращение попыток после %2 без прогресса</translation>
    </message>
    <message>
        <source>no files yet</source>
        <translation>файлов пока нет</translation>
    </message>
    <message>
        <source>yes: an interrupted download continues where it stopped</source>
        <translation>да: прерванная загрузка продолжится с места остановки</translation>
    </message>
    <message>
        <source>only some files: the others restart from the beginning if interrupted</source>
        <translation>только для некоторых файлов: остальные при прерывании начнутся заново</translation>
    </message>
    <message>
        <source>not known until the server answers</source>
        <translation>неизвестно, пока не ответит сервер</translation>
    </message>
    <message>
        <source>no: the server offers no ranges or no validator, so an interrupted file restarts from the beginning</source>
        <translation>нет: сервер не поддерживает диапазоны байтов или валидатор, поэтому прерванный файл начнётся заново</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидание</translation>
    </message>
    <message>
        <source>Now %1</source>
        <translation>Сейчас: %1</translation>
    </message>
    <message>
        <source>Not transferring now.</source>
        <translation>Сейчас передачи нет.</translation>
    </message>
    <message>
        <source>file %1: %2</source>
        <translation>файл %1: %2</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Прокси:</translation>
    </message>
    <message>
        <source>none: direct connections</source>
        <translation>нет: прямые соединения</translation>
    </message>
    <message>
        <source>%1, except for %2</source>
        <translation>%1, кроме %2</translation>
    </message>
    <message>
        <source>the environment&apos;s proxy (http_proxy, all_proxy…), else the desktop&apos;s</source>
        <translation>прокси из окружения (http_proxy, all_proxy…), иначе прокси рабочего стола</translation>
    </message>
    <message>
        <source>Details of the selected download</source>
        <translation>Сведения о выбранной загрузке</translation>
    </message>
    <message>
        <source>Files of the download</source>
        <translation>Файлы загрузки</translation>
    </message>
    <message>
        <source>History of the download</source>
        <translation>История загрузки</translation>
    </message>
    <message>
        <source>Speed over the last minutes</source>
        <translation>Скорость за последние минуты</translation>
    </message>
    <message>
        <source>Parts of %1 (filled: on disk; numbered: fetched now over that connection):</source>
        <translation>Части файла %1 (закрашенные — на диске; с номером — сейчас загружаются подключением с этим номером):</translation>
    </message>
    <message>
        <source>kept: saved as %1</source>
        <translation>сохранён как %1</translation>
    </message>
    <message>
        <source>dropped: not finished when the download was completed</source>
        <translation>отброшен: не был готов к завершению загрузки</translation>
    </message>
    <message>
        <source>dropped: the download was cancelled</source>
        <translation>отброшен: загрузка отменена</translation>
    </message>
    <message>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>сбой: %1</translation>
    </message>
    <message>
        <source>failed, retried soon: %1</source>
        <translation>сбой, скоро повтор: %1</translation>
    </message>
    <message>
        <source>transferring (not resumable: an interruption restarts it)</source>
        <translation>передача (без докачки: при прерывании начнётся заново)</translation>
    </message>
    <message>
        <source>transferring</source>
        <translation>передача</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>подключение</translation>
    </message>
    <message>
        <source>waiting for its turn in the queue</source>
        <translation>ожидание своей очереди</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>приостановлено</translation>
    </message>
    <message>
        <source>waiting: the download is paused</source>
        <translation>ожидание: загрузка приостановлена</translation>
    </message>
    <message>
        <source>waiting to retry</source>
        <translation>ожидание повтора</translation>
    </message>
    <message>
        <source>stopped by the download&apos;s error</source>
        <translation>остановлено из-за ошибки загрузки</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Select a download to see its details.</source>
        <translation>Выберите загрузку, чтобы увидеть подробности.</translation>
    </message>
</context>
<context>
    <name>JobError</name>
    <message>
        <source>%1 Haul stopped retrying: the job made no progress within its no-progress timeout.</source>
        <translation>%1 Haul прекратил повторные попытки: задание слишком долго оставалось без прогресса.</translation>
    </message>
</context>
<context>
    <name>JobPriority</name>
    <message>
        <source>Foreground</source>
        <translation>Передний план</translation>
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
    <name>JobTableModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Скорость</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активные</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Приостановленные</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>С ошибками</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Завершённые</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message numerus="yes">
        <source>Completed partially: %1 of %n file</source>
        <translation>
            <numerusform>Завершено частично: %1 из %n файла</numerusform>
            <numerusform>Завершено частично: %1 из %n файлов</numerusform>
            <numerusform>Завершено частично: %1 из %n файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>(unnamed download)</source>
        <translation>(загрузка без имени)</translation>
    </message>
</context>
<context>
    <name>JobView</name>
    <message>
        <source>No downloads here</source>
        <translation>Здесь нет загрузок</translation>
    </message>
    <message>
        <source>Paste or drop links here, or press Ctrl+N</source>
        <translation>Вставьте или перетащите сюда ссылки либо нажмите Ctrl+N</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Загрузки</translation>
    </message>
</context>
<context>
    <name>LimitsDialog</name>
    <message>
        <source>For %1</source>
        <translation>Для %1</translation>
    </message>
    <message>
        <source>Speed limit and connections</source>
        <translation>Ограничение скорости и подключения</translation>
    </message>
    <message>
        <source>&amp;Speed limit:</source>
        <translation>&amp;Ограничение скорости:</translation>
    </message>
    <message>
        <source>Speed limit</source>
        <translation>Ограничение скорости</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/с</translation>
    </message>
    <message>
        <source>&amp;Connections per file:</source>
        <translation>&amp;Подключений на файл:</translation>
    </message>
    <message>
        <source>Connections per file</source>
        <translation>Подключений на файл</translation>
    </message>
    <message>
        <source>0 means no limit. More connections take effect when the download next starts.</source>
        <translation>0 — без ограничения. Новое число подключений действует со следующего запуска загрузки.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>без ограничения</translation>
    </message>
</context>
<context>
    <name>LinkRenewalPrompt</name>
    <message>
        <source>The browser gave a new link to the same file: the download goes on where it stopped.</source>
        <translation>Браузер дал новую ссылку на тот же файл: загрузка продолжается с места остановки.</translation>
    </message>
    <message>
        <source>Waiting for a new link to %1: start its download again in the browser, from the page that offers it.</source>
        <translation>Ожидание новой ссылки для %1: снова начните его загрузку в браузере, со страницы, где он предлагается.</translation>
    </message>
    <message>
        <source>A different file</source>
        <translation>Другой файл</translation>
    </message>
    <message>
        <source>The new link for “%1” gives a different file: its size or version is not that of the bytes already received. Start this file over from the beginning with the new link? What was received so far is then discarded.</source>
        <translation>Новая ссылка для «%1» даёт другой файл: его размер или версия не совпадают с уже полученными байтами. Начать этот файл заново с новой ссылкой? Полученное до сих пор будет отброшено.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Начать заново</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Haul</source>
        <translation>О программе Haul</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Haul %1&lt;/h3&gt;&lt;p&gt;A download manager whose downloads never corrupt and always resume, and whose errors explain themselves.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Haul %1&lt;/h3&gt;&lt;p&gt;Менеджер загрузок, в котором загрузки никогда не повреждаются и всегда возобновляются, а сообщения об ошибках понятны без пояснений.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Haul</source>
        <translation>Haul</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>Приори&amp;тет</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Add downloads (Ctrl+N)</source>
        <translation>Добавить загрузки (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Paste addresses</source>
        <translation>&amp;Вставить адреса</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Возобновить</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Приостановить</translation>
    </message>
    <message>
        <source>Resume or suspend</source>
        <translation>Возобновить или приостановить</translation>
    </message>
    <message>
        <source>&amp;Cancel…</source>
        <translation>&amp;Отменить…</translation>
    </message>
    <message>
        <source>C&amp;omplete</source>
        <translation>&amp;Завершить</translation>
    </message>
    <message>
        <source>Save the finished files under their final names</source>
        <translation>Сохранить готовые файлы под окончательными именами</translation>
    </message>
    <message>
        <source>Remove from &amp;list</source>
        <translation>&amp;Убрать из списка</translation>
    </message>
    <message>
        <source>&amp;Inspect error…</source>
        <translation>&amp;Сведения об ошибке…</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>Открыть &amp;файл</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Открыть п&amp;апку</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>&amp;Копировать адрес</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Show or hide Haul</source>
        <translation>Показать или скрыть Haul</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Возобновить все</translation>
    </message>
    <message>
        <source>Suspend all</source>
        <translation>Приостановить все</translation>
    </message>
    <message>
        <source>&amp;About Haul</source>
        <translation>&amp;О программе Haul</translation>
    </message>
    <message>
        <source>Search name or address</source>
        <translation>Поиск по имени или адресу</translation>
    </message>
    <message numerus="yes">
        <source>%n in error</source>
        <translation>
            <numerusform>%n с ошибкой</numerusform>
            <numerusform>%n с ошибками</numerusform>
            <numerusform>%n с ошибками</numerusform>
        </translation>
    </message>
    <message>
        <source>idle</source>
        <translation>нет активности</translation>
    </message>
    <message>
        <source>Haul — %1</source>
        <translation>Haul — %1</translation>
    </message>
    <message>
        <source>Could not add</source>
        <translation>Не удалось добавить</translation>
    </message>
    <message>
        <source>%1 (%2)%3</source>
        <translation>%1 (%2)%3</translation>
    </message>
    <message>
        <source>Cancel or remove</source>
        <translation>Отменить или убрать</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Could not complete</source>
        <translation>Не удалось завершить</translation>
    </message>
    <message>
        <source>Could not save the files</source>
        <translation>Не удалось сохранить файлы</translation>
    </message>
    <message>
        <source>%1: %2 (%3)%4</source>
        <translation>%1: %2 (%3)%4</translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation>&amp;Загрузки</translation>
    </message>
    <message>
        <source>&amp;Queue order</source>
        <translation>Порядок о&amp;череди</translation>
    </message>
    <message>
        <source>Move to &amp;top</source>
        <translation>Переместить в &amp;начало</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Переместить &amp;вверх</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Переместить вни&amp;з</translation>
    </message>
    <message>
        <source>Move to &amp;bottom</source>
        <translation>Переместить в &amp;конец</translation>
    </message>
    <message>
        <source>Res&amp;tart…</source>
        <translation>Пе&amp;резапустить…</translation>
    </message>
    <message>
        <source>Download the selected downloads again from zero</source>
        <translation>Скачать выбранные загрузки заново с нуля</translation>
    </message>
    <message>
        <source>Remove &amp;with files…</source>
        <translation>Удалить в&amp;месте с файлами…</translation>
    </message>
    <message>
        <source>Speed limit and co&amp;nnections…</source>
        <translation>Ограничение скорости и по&amp;дключения…</translation>
    </message>
    <message>
        <source>Cancel the selected downloads and delete their partial data, or remove finished downloads from the list (Delete)</source>
        <translation>Отменить выбранные загрузки и удалить их частично полученные данные или убрать завершённые загрузки из списка (Delete)</translation>
    </message>
    <message>
        <source>Search downloads</source>
        <translation>Поиск загрузок</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s)</source>
        <translation>
            <numerusform>%n загрузка</numerusform>
            <numerusform>%n загрузки</numerusform>
            <numerusform>%n загрузок</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Haul keeps downloading in the tray; Quit from its menu.</source>
        <translation>Haul продолжает загрузки, находясь в области уведомлений; чтобы выйти, выберите «Выход» в меню его значка.</translation>
    </message>
    <message>
        <source>Haul is still running</source>
        <translation>Haul продолжает работать</translation>
    </message>
    <message>
        <source>Haul starts with Do nothing each time; a countdown of 60 seconds comes first and can be cancelled.</source>
        <translation>При каждом запуске Haul выбрано «Ничего не делать»; сначала идёт обратный отсчёт 60 секунд, который можно отменить.</translation>
    </message>
    <message>
        <source>The system (logind) does not let Haul do this on this computer.</source>
        <translation>Система (logind) не позволяет Haul сделать это на этом компьютере.</translation>
    </message>
    <message>
        <source>Open &amp;when done</source>
        <translation>Открыть пос&amp;ле загрузки</translation>
    </message>
    <message>
        <source>Open the first file of the selected downloads once it is saved</source>
        <translation>Открыть первый файл выбранных загрузок, когда он будет сохранён</translation>
    </message>
    <message>
        <source>Ru&amp;n when done…</source>
        <translation>Запуст&amp;ить после загрузки…</translation>
    </message>
    <message>
        <source>Run a program with the files of the selected downloads once they are saved</source>
        <translation>Запустить программу с файлами выбранных загрузок, когда они будут сохранены</translation>
    </message>
    <message>
        <source>When all downloads &amp;finish</source>
        <translation>Когда все за&amp;грузки завершатся</translation>
    </message>
    <message>
        <source>Do &amp;nothing</source>
        <translation>&amp;Ничего не делать</translation>
    </message>
    <message>
        <source>&amp;Quit Haul</source>
        <translation>В&amp;ыйти из Haul</translation>
    </message>
    <message>
        <source>&amp;Suspend the computer</source>
        <translation>Перевести компьютер в &amp;спящий режим</translation>
    </message>
    <message>
        <source>&amp;Power off the computer</source>
        <translation>&amp;Выключить компьютер</translation>
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
    <name>Notifier</name>
    <message>
        <source>Download finished</source>
        <translation>Загрузка завершена</translation>
    </message>
    <message>
        <source>Inspect error…</source>
        <translation>Сведения об ошибке…</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Сбой загрузки</translation>
    </message>
    <message>
        <source>“%1” stopped: %2</source>
        <translation>Загрузка «%1» остановлена: %2</translation>
    </message>
    <message>
        <source>Add the copied link?</source>
        <translation>Добавить скопированную ссылку?</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Click to add it.</source>
        <translation>Нажмите, чтобы добавить.</translation>
    </message>
</context>
<context>
    <name>ProxyChoice</name>
    <message>
        <source>empty proxy address</source>
        <translation>пустой адрес прокси</translation>
    </message>
    <message>
        <source>HTTPS proxies are not supported; use http://, socks5:// or socks5h://</source>
        <translation>HTTPS-прокси не поддерживаются; используйте http://, socks5:// или socks5h://</translation>
    </message>
    <message>
        <source>unsupported proxy scheme; use http://, socks5:// or socks5h://</source>
        <translation>неподдерживаемая схема прокси; используйте http://, socks5:// или socks5h://</translation>
    </message>
    <message>
        <source>bad proxy port; it must be a number from 1 to 65535</source>
        <translation>неверный порт прокси; нужен номер от 1 до 65535</translation>
    </message>
    <message>
        <source>the proxy address has no host</source>
        <translation>в адресе прокси нет узла</translation>
    </message>
    <message>
        <source>a proxy address must not contain a user or password; give them with haul setcredentials JOB proxy basic USER</source>
        <translation>адрес прокси не должен содержать имя пользователя или пароль; задайте их через haul setcredentials JOB proxy basic USER</translation>
    </message>
    <message>
        <source>preconfig and no_proxy take no proxy list</source>
        <translation>preconfig и no_proxy не принимают список прокси</translation>
    </message>
    <message>
        <source>unknown proxy mode; use preconfig, no_proxy or override</source>
        <translation>неизвестный режим прокси; используйте preconfig, no_proxy или override</translation>
    </message>
    <message>
        <source>override needs a proxy list, such as http://proxy:3128</source>
        <translation>для override нужен список прокси, например http://proxy:3128</translation>
    </message>
</context>
<context>
    <name>RangesBar</name>
    <message>
        <source>Parts of the file on disk</source>
        <translation>Части файла на диске</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>пустой файл</translation>
    </message>
    <message>
        <source>size not known yet</source>
        <translation>размер пока неизвестен</translation>
    </message>
</context>
<context>
    <name>RunWhenDoneDialog</name>
    <message>
        <source>Run when done</source>
        <translation>Запуск после загрузки</translation>
    </message>
    <message>
        <source>When %1 is done, run this program with the saved files&apos; paths as its last arguments. Leave it empty to run nothing.</source>
        <translation>После загрузки %1 запустить эту программу, передав ей пути сохранённых файлов последними аргументами. Оставьте поле пустым, чтобы ничего не запускать.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Optional, e.g. --verbose</source>
        <translation>Необязательно, например --verbose</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Программа:</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>&amp;Аргументы:</translation>
    </message>
    <message>
        <source>“%1” is not a program that can be run. Choose one with Browse….</source>
        <translation>«%1» нельзя запустить как программу. Выберите программу кнопкой «Обзор…».</translation>
    </message>
    <message>
        <source>Choose a program</source>
        <translation>Выбор программы</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>%1 %2</source>
        <comment>day of the week, time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Paused by the schedule until you resume downloads</source>
        <translation>Приостановлено расписанием, пока вы не возобновите загрузки</translation>
    </message>
    <message>
        <source>Paused by the schedule until %1</source>
        <translation>Приостановлено расписанием до %1</translation>
    </message>
    <message>
        <source>Limited to %1 by the schedule</source>
        <translation>Скорость ограничена расписанием: %1</translation>
    </message>
    <message>
        <source>Limited to %1 until %2</source>
        <translation>Скорость ограничена: %1 до %2</translation>
    </message>
    <message>
        <source>Paused by the schedule</source>
        <translation>Приостановлено расписанием</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Start queued downloads at</source>
        <translation>Запускать загрузки из очереди в</translation>
    </message>
    <message>
        <source>Pause downloads at</source>
        <translation>Приостанавливать загрузки в</translation>
    </message>
    <message>
        <source>Schedule rules</source>
        <translation>Правила расписания</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Новое правило</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Добавить правило</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Удалить правило</translation>
    </message>
    <message>
        <source>Background downloads pause or share a speed limit at these times; foreground ones ignore them. A rule: days (mon-fri, sat,sun, daily), times (22:00-06:00 crosses midnight), then &quot;pause&quot; or &quot;limit&quot; and a rate such as 500k or 2M.</source>
        <translation>В эти часы фоновые загрузки приостанавливаются или делят общее ограничение скорости; загрузки с приоритетом foreground их не учитывают. Правило: дни (mon-fri, sat,sun, daily), время (22:00-06:00 переходит через полночь), затем «pause» или «limit» и скорость, например 500k или 2M.</translation>
    </message>
    <message>
        <source>Not a rule: %1</source>
        <translation>Не правило: %1</translation>
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
    <message>
        <source>D-Bus: io.github.haul.Haul on the session bus</source>
        <translation>D-Bus: io.github.haul.Haul на сеансовой шине</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Tell me when a download finishes or fails</source>
        <translation>Уведомлять о завершении или сбое загрузки</translation>
    </message>
    <message>
        <source>Closing the window keeps Haul running in the tray</source>
        <translation>При закрытии окна Haul продолжает работать в области уведомлений</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Default folder:</source>
        <translation>Папка по умолчанию:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>First retry after:</source>
        <translation>Первый повтор через:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <source>at the first error</source>
        <translation>при первой ошибке</translation>
    </message>
    <message>
        <source>Give up after no progress for:</source>
        <translation>Прекращать попытки без прогресса через:</translation>
    </message>
    <message>
        <source>A connection that receives nothing for this long is retried.</source>
        <translation>Соединение, по которому за это время ничего не пришло, устанавливается заново.</translation>
    </message>
    <message>
        <source>Stalled connection after:</source>
        <translation>Считать соединение зависшим через:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>Папка по умолчанию</translation>
    </message>
    <message>
        <source>A large file from a server that allows it is fetched over this many connections at once.</source>
        <translation>Большой файл, если сервер это позволяет, загружается одновременно через столько подключений.</translation>
    </message>
    <message>
        <source>Connections per file:</source>
        <translation>Подключений на файл:</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/с</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <source>Speed limit for all downloads:</source>
        <translation>Общее ограничение скорости:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Trusted certificates:</source>
        <translation>Доверенные сертификаты:</translation>
    </message>
    <message>
        <source>System: the environment&apos;s proxy, else the desktop&apos;s</source>
        <translation>Системный: прокси из окружения, иначе прокси рабочего стола</translation>
    </message>
    <message>
        <source>None: connect directly</source>
        <translation>Нет: прямое соединение</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Вручную</translation>
    </message>
    <message>
        <source>http://proxy:3128 or socks5h://host:1080</source>
        <translation>http://proxy:3128 или socks5h://host:1080</translation>
    </message>
    <message>
        <source>&lt;local&gt; .example.org 10.0.0.0/8</source>
        <translation>&lt;local&gt; .example.org 10.0.0.0/8</translation>
    </message>
    <message>
        <source>Proxies:</source>
        <translation>Прокси-серверы:</translation>
    </message>
    <message>
        <source>Except for:</source>
        <translation>Кроме:</translation>
    </message>
    <message>
        <source>Add downloads from the browser without asking</source>
        <translation>Добавлять загрузки из браузера без вопросов</translation>
    </message>
    <message>
        <source>Off: a download the browser extension hands over opens the Add dialog first.</source>
        <translation>Выключено: загрузка, переданная расширением браузера, сначала открывает окно «Добавить».</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Разделы настроек</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Загрузки</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Foreground downloads always run; this limits the others.</source>
        <translation>Загрузки с приоритетом «Передний план» выполняются всегда; это ограничение действует на остальные.</translation>
    </message>
    <message>
        <source>Downloads at the same time:</source>
        <translation>Одновременных загрузок:</translation>
    </message>
    <message>
        <source>Files of a download at once:</source>
        <translation>Файлов одной загрузки одновременно:</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Доверенные сертификаты</translation>
    </message>
    <message>
        <source>The proxy a new download starts with; haul setproxysettings changes it for one download.</source>
        <translation>Прокси, с которым начинается новая загрузка; haul setproxysettings меняет его для отдельной загрузки.</translation>
    </message>
    <message>
        <source>Proxy for new downloads:</source>
        <translation>Прокси для новых загрузок:</translation>
    </message>
    <message>
        <source>Every download together opens at most this many connections to one server; more files wait their turn.</source>
        <translation>Все загрузки вместе открывают не больше стольких подключений к одному серверу; остальные файлы ждут своей очереди.</translation>
    </message>
    <message>
        <source>Connections per server:</source>
        <translation>Подключений на сервер:</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Папки</translation>
    </message>
</context>
<context>
    <name>SpeedGraph</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n мин назад</numerusform>
            <numerusform>%n мин назад</numerusform>
            <numerusform>%n мин назад</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>сейчас</translation>
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
    <message>
        <source>haul transfer: the %1 header is kept in memory only, never in the job list; if the transfer is interrupted, run the same command again to continue.
</source>
        <translation>haul transfer: заголовок %1 хранится только в памяти и никогда не попадает в список заданий; если передача прервётся, запустите ту же команду снова, чтобы продолжить.
</translation>
    </message>
</context>
<context>
    <name>WhenAllDone</name>
    <message numerus="yes">
        <source>All downloads have finished. Haul will quit in %n second(s).</source>
        <translation>
            <numerusform>Все загрузки завершены. Haul закроется через %n секунду.</numerusform>
            <numerusform>Все загрузки завершены. Haul закроется через %n секунды.</numerusform>
            <numerusform>Все загрузки завершены. Haul закроется через %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All downloads have finished. Haul will suspend the computer in %n second(s).</source>
        <translation>
            <numerusform>Все загрузки завершены. Haul переведёт компьютер в спящий режим через %n секунду.</numerusform>
            <numerusform>Все загрузки завершены. Haul переведёт компьютер в спящий режим через %n секунды.</numerusform>
            <numerusform>Все загрузки завершены. Haul переведёт компьютер в спящий режим через %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All downloads have finished. Haul will power off the computer in %n second(s).</source>
        <translation>
            <numerusform>Все загрузки завершены. Haul выключит компьютер через %n секунду.</numerusform>
            <numerusform>Все загрузки завершены. Haul выключит компьютер через %n секунды.</numerusform>
            <numerusform>Все загрузки завершены. Haul выключит компьютер через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Haul could not suspend the computer: %1</source>
        <translation>Haul не удалось перевести компьютер в спящий режим: %1</translation>
    </message>
    <message>
        <source>Haul could not power off the computer: %1</source>
        <translation>Haul не удалось выключить компьютер: %1</translation>
    </message>
    <message>
        <source>When all downloads finish</source>
        <translation>Когда все загрузки завершатся</translation>
    </message>
</context>
<context>
    <name>WhenDone</name>
    <message>
        <source>No program opened “%1”.</source>
        <translation>Ни одна программа не открыла «%1».</translation>
    </message>
    <message>
        <source>Could not run “%1” for “%2”.</source>
        <translation>Не удалось запустить «%1» для «%2».</translation>
    </message>
</context>
</TS>
