<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AddJobDialog</name>
    <message>
        <source>Add paused (start later with Resume)</source>
        <translation>Añadir suspendido (iniciar más tarde con «Reanudar»)</translation>
    </message>
    <message>
        <source>Add downloads</source>
        <translation>Añadir descargas</translation>
    </message>
    <message>
        <source>One address per line, e.g. https://example.org/file.iso</source>
        <translation>Una dirección por línea, p. ej., https://example.org/file.iso</translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation>Direcciones:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Save in:</source>
        <translation>Guardar en:</translation>
    </message>
    <message>
        <source>from the server or the address</source>
        <translation>según el servidor o la dirección</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Prioridad:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Save in</source>
        <translation>Guardar en</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Enter at least one address.</source>
        <translation>Introduzca al menos una dirección.</translation>
    </message>
    <message>
        <source>Fix or remove these addresses:</source>
        <translation>Corrija o quite estas direcciones:</translation>
    </message>
    <message>
        <source>The folder %1 does not exist or cannot be written.</source>
        <translation>La carpeta %1 no existe o no se puede escribir en ella.</translation>
    </message>
    <message>
        <source>A SHA-256 is 64 hexadecimal digits.</source>
        <translation>Un SHA-256 tiene 64 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>A SHA-256 can be given for one address only.</source>
        <translation>Solo se puede indicar un SHA-256 si hay una sola dirección.</translation>
    </message>
    <message>
        <source>Speed limit:</source>
        <translation>Límite de velocidad:</translation>
    </message>
    <message>
        <source>Connections per file:</source>
        <translation>Conexiones por archivo:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>64 hexadecimal digits, checked before the file is kept</source>
        <translation>64 dígitos hexadecimales, que se comprueban antes de conservar el archivo</translation>
    </message>
    <message>
        <source>Put all addresses in one download</source>
        <translation>Poner todas las direcciones en una sola descarga</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Más opciones</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>KiB/s</source>
        <translation>KiB/s</translation>
    </message>
    <message>
        <source>MiB/s</source>
        <translation>MiB/s</translation>
    </message>
    <message>
        <source>as in Settings</source>
        <translation>como en Configuración</translation>
    </message>
    <message>
        <source>Picked by the folder rule “%1” (Settings, Folders); Browse… chooses another folder.</source>
        <translation>Carpeta elegida por la regla de carpetas «%1» (Configuración, Carpetas); con «Examinar…» puede elegir otra.</translation>
    </message>
    <message>
        <source>The folder %1 could not be made: %2</source>
        <translation>No se pudo crear la carpeta %1: %2</translation>
    </message>
</context>
<context>
    <name>CategoryList</name>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Error: %1
</source>
        <translation>Error: %1
</translation>
    </message>
    <message>
        <source>  Context:      %1 (%2) – %3
</source>
        <translation>  Contexto:     %1 (%2) – %3
</translation>
    </message>
    <message>
        <source>  Code:         %1 (%2)
</source>
        <translation>  Código:       %1 (%2)
</translation>
    </message>
    <message>
        <source>  File:         %1: %2 -&gt; %3
</source>
        <translation>  Archivo:      %1: %2 -&gt; %3
</translation>
    </message>
    <message>
        <source>(name not known yet)</source>
        <translation>(nombre aún desconocido)</translation>
    </message>
    <message>
        <source>  File:         not available
</source>
        <translation>  Archivo:      no disponible
</translation>
    </message>
    <message>
        <source>  Protocol:     %1
</source>
        <translation>  Protocolo:    %1
</translation>
    </message>
    <message>
        <source>  HTTP status:  %1 %2
</source>
        <translation>  Estado HTTP:  %1 %2
</translation>
    </message>
    <message>
        <source>  Details:      %1
</source>
        <translation>  Detalles:     %1
</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <source>haul: unknown verb &quot;%1&quot;; see haul --help
</source>
        <translation>haul: verbo desconocido &quot;%1&quot;; consulte haul --help
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
        <translation>haul transfer: no se pudo asignar a los archivos su nombre definitivo: %1
</translation>
    </message>
    <message>
        <source>Saved %1 (%2)
</source>
        <translation>Se ha guardado %1 (%2)
</translation>
    </message>
    <message>
        <source>The job %1 stays in the store in state Error.
</source>
        <translation>El trabajo %1 permanece en el almacén con el estado Error.
</translation>
    </message>
    <message>
        <source>  Error count:  %1
</source>
        <translation>  Errores:      %1
</translation>
    </message>
    <message>
        <source>Suspended job %1; the bytes received so far are kept. Run the same command again to continue.
</source>
        <translation>Trabajo %1 suspendido; se conservan los bytes recibidos hasta ahora. Ejecute de nuevo el mismo comando para continuar.
</translation>
    </message>
    <message>
        <source>Add a file to a job; LOCALPATH may be a folder (default: the current folder).</source>
        <translation>Añade un archivo a un trabajo; LOCALPATH puede ser una carpeta (predeterminada: la carpeta actual).</translation>
    </message>
    <message>
        <source>Queue a job so that it transfers.</source>
        <translation>Pone un trabajo en cola para que se transfiera.</translation>
    </message>
    <message>
        <source>Stop a job, keeping what it received.</source>
        <translation>Detiene un trabajo y conserva lo que ya ha recibido.</translation>
    </message>
    <message>
        <source>Cancel a job and delete its temporary files.</source>
        <translation>Cancela un trabajo y elimina sus archivos temporales.</translation>
    </message>
    <message>
        <source>Give the fully transferred files their final names and end the job.</source>
        <translation>Asigna su nombre definitivo a los archivos transferidos por completo y finaliza el trabajo.</translation>
    </message>
    <message>
        <source>Show one job.</source>
        <translation>Muestra un trabajo.</translation>
    </message>
    <message>
        <source>List every job (--active: only unfinished ones).</source>
        <translation>Enumera todos los trabajos (--active: solo los que no han terminado).</translation>
    </message>
    <message>
        <source>Show the error object of a job.</source>
        <translation>Muestra el objeto de error de un trabajo.</translation>
    </message>
    <message>
        <source>Change the URL of a file (numbered from 0) before resuming.</source>
        <translation>Cambia la URL de un archivo (los archivos se numeran desde 0) antes de reanudar el trabajo.</translation>
    </message>
    <message>
        <source>Replace the beginning of the URLs of a job&apos;s files.</source>
        <translation>Reemplaza el principio de las URL de los archivos de un trabajo.</translation>
    </message>
    <message>
        <source>Set the credentials for server|proxy and basic|digest|ntlm|negotiate; the secret is read from standard input.</source>
        <translation>Establece las credenciales para server|proxy y basic|digest|ntlm|negotiate; el secreto se lee de la entrada estándar.</translation>
    </message>
    <message>
        <source>Set the priority: foreground, high, normal or low.</source>
        <translation>Establece la prioridad: foreground, high, normal o low.</translation>
    </message>
    <message>
        <source>Set the minimum delay before a transient error is retried.</source>
        <translation>Establece el tiempo mínimo de espera antes de reintentar tras un error transitorio.</translation>
    </message>
    <message>
        <source>Set how long a job may go without progress before it stops retrying.</source>
        <translation>Establece cuánto tiempo puede pasar un trabajo sin progresar antes de dejar de reintentarlo.</translation>
    </message>
    <message>
        <source>Set the notification flags (0x1 transferred, 0x2 error, 0x4 disable, 0x8 modification, 0x10 file transferred).</source>
        <translation>Establece las marcas de notificación (0x1 transferido, 0x2 error, 0x4 deshabilitar, 0x8 modificación, 0x10 archivo transferido).</translation>
    </message>
    <message>
        <source>Remove a finished job from the history; its files are not touched.</source>
        <translation>Quita un trabajo terminado del historial; sus archivos no se modifican.</translation>
    </message>
    <message>
        <source>Remove every finished job from the history; files are not touched.</source>
        <translation>Quita todos los trabajos terminados del historial; los archivos no se modifican.</translation>
    </message>
    <message>
        <source>Secret: </source>
        <translation>Secreto: </translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>opción desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Usage: haul %1 [--store PATH] [--json] %2

%3
</source>
        <translation>Uso: haul %1 [--store PATH] [--json] %2

%3
</translation>
    </message>
    <message>
        <source>expected: %1</source>
        <translation>se esperaba: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of seconds</source>
        <translation>&quot;%1&quot; no es un número de segundos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file number</source>
        <translation>&quot;%1&quot; no es un número de archivo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a set of flags</source>
        <translation>&quot;%1&quot; no es un conjunto de marcas</translation>
    </message>
    <message>
        <source>malformed or unsupported URL &quot;%1&quot;</source>
        <translation>URL con formato incorrecto o no admitida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>haul: the job store %1 is in use by another Haul process (pid %2).
</source>
        <translation>haul: otro proceso de Haul (pid %2) está usando el almacén de trabajos %1.
</translation>
    </message>
    <message>
        <source>haul %1: no job &quot;%2&quot;
</source>
        <translation>haul %1: no existe ningún trabajo &quot;%2&quot;
</translation>
    </message>
    <message>
        <source>haul %1: &quot;%2&quot; matches several jobs: %3
</source>
        <translation>haul %1: &quot;%2&quot; coincide con varios trabajos: %3
</translation>
    </message>
    <message>
        <source>haul %1: credentials are kept only in the memory of the process that runs the jobs; start &quot;haul serve&quot; (or the window) first
</source>
        <translation>haul %1: las credenciales solo se guardan en la memoria del proceso que ejecuta los trabajos; inicie primero &quot;haul serve&quot; (o la ventana)
</translation>
    </message>
    <message>
        <source>ID        NAME                  STATE            PROGRESS                FILES  ERROR</source>
        <translation>ID        NOMBRE                ESTADO           PROGRESO                ARCH.  ERROR</translation>
    </message>
    <message>
        <source>(no jobs)</source>
        <translation>(no hay trabajos)</translation>
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
        <translation>  Hora:         %1
</translation>
    </message>
    <message>
        <source>Job:          %1
</source>
        <translation>Trabajo:      %1
</translation>
    </message>
    <message>
        <source>Name:         %1
</source>
        <translation>Nombre:       %1
</translation>
    </message>
    <message>
        <source>State:        %1
</source>
        <translation>Estado:       %1
</translation>
    </message>
    <message>
        <source>Priority:     %1
</source>
        <translation>Prioridad:    %1
</translation>
    </message>
    <message>
        <source>Progress:     %1, files %2 of %3
</source>
        <translation>Progreso:     %1, archivos: %2 de %3
</translation>
    </message>
    <message>
        <source>Created:      %1
</source>
        <translation>Creado:       %1
</translation>
    </message>
    <message>
        <source>Modified:     %1
</source>
        <translation>Modificado:   %1
</translation>
    </message>
    <message>
        <source>Errors:       %1
</source>
        <translation>Errores:      %1
</translation>
    </message>
    <message>
        <source>Last error:   %1 (%2)
</source>
        <translation>Último error: %1 (%2)
</translation>
    </message>
    <message>
        <source>File %1:       %2
              -&gt; %3 (%4)
</source>
        <translation>Archivo %1:    %2
              -&gt; %3 (%4)
</translation>
    </message>
    <message>
        <source>Added file %1 to job %2.
</source>
        <translation>Se ha añadido el archivo %1 al trabajo %2.
</translation>
    </message>
    <message>
        <source>Removed the job from the history; its files were not touched.
</source>
        <translation>Se ha quitado el trabajo del historial; sus archivos no se han modificado.
</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n finished job(s) from the history; files were not touched.
</source>
        <translation>
            <numerusform>Se ha quitado %n trabajo terminado del historial; los archivos no se han modificado.
</numerusform>
            <numerusform>Se han quitado %n trabajos terminados del historial; los archivos no se han modificado.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the files that were fully transferred were kept.
</source>
        <translation>Solo se han conservado los archivos que se transfirieron por completo.
</translation>
    </message>
    <message>
        <source>Job %1: %2
</source>
        <translation>Trabajo %1: %2
</translation>
    </message>
    <message>
        <source>Haul is already open; its window was brought to the front.
</source>
        <translation>Haul ya está abierto; su ventana se ha traído al frente.
</translation>
    </message>
    <message>
        <source>The job store %1 is run by another Haul process without a window (pid %2, haul serve or haul transfer). Stop it to open the window, or use haul monitor.</source>
        <translation>Otro proceso de Haul sin ventana (pid %2, haul serve o haul transfer) está ejecutando el almacén de trabajos %1. Deténgalo para abrir la ventana o use haul monitor.</translation>
    </message>
    <message>
        <source>Haul</source>
        <translation>Haul</translation>
    </message>
    <message>
        <source>Create a new, suspended job and print its id.
Options: --name N, --priority foreground|high|normal|low, --connections N
(connections per file, 1 to 16; default 1).</source>
        <translation>Crea un trabajo nuevo en estado suspendido y muestra su identificador.
Opciones: --name N, --priority foreground|high|normal|low, --connections N
(conexiones por archivo, de 1 a 16; 1 por omisión).</translation>
    </message>
    <message>
        <source>--connections takes a number from 1 to 16</source>
        <translation>--connections requiere un número del 1 al 16</translation>
    </message>
    <message>
        <source>  Certificate:  %1 (host %2)
</source>
        <translation>  Certificado:  %1 (servidor %2)
</translation>
    </message>
    <message>
        <source>  Issuer:       %1
</source>
        <translation>  Emisor:       %1
</translation>
    </message>
    <message>
        <source>  Valid:        %1 to %2
</source>
        <translation>  Válido:       del %1 al %2
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
        <translation>  Si sabe que este certificado es el del servidor, confíe en él para %1 con
  &quot;haul trustcert JOB&quot; y, después, reanude el trabajo.
</translation>
    </message>
    <message>
        <source>Trust the server certificate that the job&apos;s certificate error shows, for that host only
(pinned by its SHA-256 fingerprint); then resume the job. The window&apos;s Settings list
and revoke trusted certificates.</source>
        <translation>Confía en el certificado del servidor que muestra el error de certificado del trabajo,
solo para ese servidor (fijado por su huella SHA-256); después, reanude el trabajo.
En la Configuración de la ventana se pueden consultar y revocar los certificados de confianza.</translation>
    </message>
    <message>
        <source>Trusted the certificate of %1 for %2 (SHA-256 %3).
Only this certificate is trusted, only for this host. Resume the job to go on:
  haul resume %4
</source>
        <translation>Se ha confiado en el certificado de %1 para %2 (SHA-256 %3).
Solo se confía en este certificado y solo para este servidor. Reanude el trabajo para continuar:
  haul resume %4
</translation>
    </message>
    <message>
        <source>haul %1: no keychain is available (%2), so the credentials are kept only in the memory of the Haul that runs the jobs and are lost when it stops.
</source>
        <translation>haul %1: no hay ningún llavero disponible (%2), así que las credenciales se guardan solo en la memoria del Haul que ejecuta los trabajos y se pierden cuando se detiene.
</translation>
    </message>
    <message>
        <source>The credentials go to the system keychain, not to the job store.
</source>
        <translation>Las credenciales van al llavero del sistema, no al almacén de trabajos.
</translation>
    </message>
    <message>
        <source>the address %1 contains a user name or password, which would be kept in the job list: give the address without them, and the credentials with --header &quot;Authorization: Basic ...&quot; (kept in memory only) or, for a job that haul serve or the window runs, with haul setcredentials</source>
        <translation>la dirección %1 contiene un nombre de usuario o una contraseña, que quedarían guardados en la lista de trabajos: indique la dirección sin ellos y las credenciales con --header &quot;Authorization: Basic ...&quot; (solo en memoria) o, para un trabajo que ejecuta haul serve o la ventana, con haul setcredentials</translation>
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
        <translation>Elige el proxy del trabajo, como bitsadmin /SetProxySettings:
  preconfig: el del entorno (http_proxy, https_proxy, all_proxy, no_proxy),
             si no, el proxy del escritorio (lo predeterminado)
  no_proxy:  conexión directa
  override PROXYLIST [BYPASSLIST]: estos proxies, p. ej. &quot;http://proxy:3128&quot; o
             &quot;socks5://host:1080&quot; (con socks5h:// el proxy resuelve los nombres),
             salvo para los hosts de BYPASSLIST (&quot;&lt;local&gt;&quot; = nombres sin punto
             y direcciones de bucle local). Las listas se separan con espacios o
             punto y coma. La contraseña de un proxy va con haul setcredentials JOB proxy.</translation>
    </message>
    <message>
        <source>no_proxy (direct connections)</source>
        <translation>no_proxy (conexiones directas)</translation>
    </message>
    <message>
        <source>preconfig (the environment&apos;s proxy, else the desktop&apos;s)</source>
        <translation>preconfig (el proxy del entorno; si no, el del escritorio)</translation>
    </message>
    <message>
        <source>, except for %1</source>
        <translation>, salvo para %1</translation>
    </message>
    <message>
        <source>Proxy:        %1
</source>
        <translation>Proxy:        %1
</translation>
    </message>
    <message>
        <source>Job %1: proxy %2
</source>
        <translation>Trabajo %1: proxy %2
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
        <translation>Uso: haul transfer [opciones] URL [LOCALPATH] [URL [LOCALPATH]]...

Crea un trabajo con los archivos indicados, lo inicia y espera. Cuando han llegado
todos los archivos, el trabajo se completa y los archivos aparecen con su nombre
definitivo. LOCALPATH puede ser un archivo o una carpeta; si se omite, el archivo se
guarda en --dest con el nombre que indique el servidor (Content-Disposition) o la URL.
Nunca se sobrescriben archivos existentes: se elige un nombre nuevo, como
&quot;nombre (1).ext&quot;.

Opciones:
  --name N                 nombre para mostrar del trabajo
  --priority P             foreground, high, normal (predeterminada) o low
  --dest DIR               carpeta para los archivos indicados sin LOCALPATH
                           (predeterminada: .)
  --connections N          conexiones por archivo, de 1 a 16 (predeterminado: 4)
  --retry-delay S          segundos de espera antes de reintentar tras un error
                           transitorio (predeterminado: 10)
  --no-progress-timeout S  segundos sin progreso antes de desistir
                           (predeterminado: 86400)
  --sha256 HEX             SHA-256 esperado de los archivos, en orden (repetible)
  --header &quot;K: V&quot;          encabezado de solicitud adicional (repetible)
  --limit RATE             límite de velocidad en bytes/s, con los sufijos k, M o G
  --store PATH             almacén de trabajos (predeterminado: $HAUL_STORE o la
                           carpeta de datos del usuario)
  --json                   imprime la respuesta (código, salida, trabajo) en JSON al terminar
  -h, --help               muestra esta ayuda

Proxy: el ajuste propio del trabajo (haul setproxysettings; la Configuración da el
suyo a los trabajos nuevos); si no, http_proxy, https_proxy o all_proxy y no_proxy del
entorno del Haul que ejecuta el trabajo (http://, socks5://, socks5h://); si no, el
proxy del escritorio. Contraseña de un proxy: haul setcredentials JOB proxy basic USER
(el secreto por la entrada estándar).

Códigos de salida: 0 correcto, 1 el trabajo terminó en Error (permanece en el
almacén), 2 uso incorrecto, 4 no se puede abrir el almacén de trabajos, 130/143
interrumpido (el trabajo queda suspendido).
</translation>
    </message>
    <message>
        <source>haul: this build of Haul has no window (it was built without Qt Widgets).
Run &quot;haul serve&quot; to run the jobs without a window, or see &quot;haul --help&quot; for the verbs.
</source>
        <translation>haul: esta compilación de Haul no tiene ventana (se compiló sin Qt Widgets).
Ejecute &quot;haul serve&quot; para ejecutar los trabajos sin ventana, o consulte &quot;haul --help&quot; para ver los verbos.
</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>Usage: haul install-browser-integration [--user] [--browser NAME] [--remove] [--json]

Write the native messaging manifests that let Haul&apos;s browser extension start this haul
(%1): for every browser below, or only NAME. --user writes them in your home folder;
without it, in the system&apos;s folders (as root). --remove takes them away.
Browsers: chromium, chrome, brave, vivaldi, edge, firefox, librewolf, waterfox.
</source>
        <translation>Uso: haul install-browser-integration [--user] [--browser NOMBRE] [--remove] [--json]

Escribe los manifiestos de mensajería nativa que permiten a la extensión de Haul para el
navegador iniciar este haul (%1): para cada navegador de la lista, o solo NOMBRE. --user
los escribe en su carpeta personal; sin él, en las carpetas del sistema (como root).
--remove los quita.
Navegadores: chromium, chrome, brave, vivaldi, edge, firefox, librewolf, waterfox.
</translation>
    </message>
    <message>
        <source>unknown browser &quot;%1&quot;</source>
        <translation>navegador desconocido «%1»</translation>
    </message>
    <message>
        <source>could not remove %1</source>
        <translation>no se pudo quitar %1</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>no se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Removed %1 (%2)
</source>
        <translation>Se quitó %1 (%2)
</translation>
    </message>
    <message>
        <source>Wrote %1 (%2)
</source>
        <translation>Se escribió %1 (%2)
</translation>
    </message>
    <message>
        <source>No browser found; name one with --browser NAME.
</source>
        <translation>No se encontró ningún navegador; indique uno con --browser NOMBRE.
</translation>
    </message>
    <message>
        <source>haul renewlink: only a running Haul can wait for the browser; start &quot;haul serve&quot; (or the window) first
</source>
        <translation>haul renewlink: solo un Haul en marcha puede esperar al navegador; inicie antes «haul serve» (o la ventana)
</translation>
    </message>
    <message>
        <source>File %1 of job %2 waits for a new link: start its download again in the browser
(the page that offers it); Haul takes it over and continues from %3.
</source>
        <translation>El archivo %1 del trabajo %2 espera un enlace nuevo: vuelva a iniciar su descarga en el
navegador (la página que lo ofrece); Haul la toma y continúa desde %3.
</translation>
    </message>
    <message>
        <source>Wait for a new link to a file whose link expired (403, 404, 410...): the next
download of that file that the browser extension hands over becomes its address,
and the file continues from the bytes on disk if the new link gives the same
bytes. FILE is numbered from 0 (default: the file of the job&apos;s error). Needs a
running Haul (the window or haul serve).</source>
        <translation>Espera un enlace nuevo para un archivo cuyo enlace caducó (403, 404, 410...): la
siguiente descarga de ese archivo que entregue la extensión del navegador pasa a ser
su dirección, y el archivo continúa desde los bytes que ya están en el disco si el
enlace nuevo da los mismos bytes. FILE se numera desde 0 (por omisión: el archivo del
error del trabajo). Necesita un Haul en marcha (la ventana o haul serve).</translation>
    </message>
    <message>
        <source>Start a job again from zero: its partial data is deleted (files already saved
under their final names are kept), then it is queued.</source>
        <translation>Vuelve a empezar un trabajo desde cero: se eliminan sus datos parciales (se conservan
los archivos ya guardados con su nombre definitivo) y después se pone en cola.</translation>
    </message>
    <message>
        <source>Move a job in the queue among the unfinished jobs of its priority: up, down,
top or bottom. A job earlier in the queue starts first.</source>
        <translation>Mueve un trabajo en la cola entre los trabajos sin terminar de su prioridad: up, down,
top o bottom. Un trabajo situado antes en la cola empieza primero.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>haul %1: the %2 header is kept only in the memory of the process that runs the jobs, never in the job store; start &quot;haul serve&quot; (or the window) first
</source>
        <translation>haul %1: el encabezado %2 solo se guarda en la memoria del proceso que ejecuta los trabajos, nunca en el almacén de trabajos; inicie antes «haul serve» (o la ventana)
</translation>
    </message>
    <message>
        <source>Description:  %1
</source>
        <translation>Descripción:  %1
</translation>
    </message>
    <message>
        <source>When done:    %1
</source>
        <translation>Al terminar:  %1
</translation>
    </message>
    <message>
        <source>Headers:      %1
</source>
        <translation>Encabezados:  %1
</translation>
    </message>
    <message numerus="yes">
        <source>Job %1: %n extra header(s)
</source>
        <translation>
            <numerusform>Trabajo %1: %n encabezado adicional
</numerusform>
            <numerusform>Trabajo %1: %n encabezados adicionales
</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1: when done, runs %2
</source>
        <translation>Trabajo %1: al terminar, ejecuta %2
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
        <translation>Uso: haul [--store PATH] [VERBO [opciones]]

Sin verbo, Haul abre su ventana.
Haul descarga archivos como trabajos que sobreviven a reinicios y explican sus errores.

Verbos:
  transfer   descarga las URL en un solo trabajo y espera a que termine
             (consulte haul transfer --help)
  create, addfile, resume, suspend, cancel, complete, info, list, geterror,
  seturl, replaceprefix, setcredentials, setpriority, setminretrydelay,
  setnoprogresstimeout, setnotifyflags, setproxysettings, remove, clear, trustcert,
  renewlink, move, restart
             operan sobre los trabajos del almacén (consulte haul VERBO --help)
  schedule   cuándo se pausan o se limitan las descargas en segundo plano
             (consulte haul schedule --help)
  monitor    muestra en directo todos los trabajos hasta pulsar Ctrl+C
  serve      ejecuta los trabajos sin ventana y responde a los demás verbos
  install-browser-integration [--user] [--browser NOMBRE] [--remove]
             permite que la extensión del navegador entregue descargas a Haul
  browser-host  programa con el que se comunica la extensión (lo inicia el navegador)

  --version  muestra la versión
  --help     muestra esta ayuda
</translation>
    </message>
    <message>
        <source>Set the job&apos;s display name.</source>
        <translation>Establece el nombre para mostrar del trabajo.</translation>
    </message>
    <message>
        <source>Set the job&apos;s description.</source>
        <translation>Establece la descripción del trabajo.</translation>
    </message>
    <message>
        <source>Run PROGRAM with ARGS, as bitsadmin /SetNotifyCmdLine, each time the job reaches
Transferred or Error (as its notification flags ask; by default both). It runs as
you, never through a shell, with HAUL_JOB_ID, HAUL_JOB_STATE (Transferred or
Error) and HAUL_STORE in its environment. It replaces the notification: such a
job is not completed by the window or haul serve, so the program runs
&quot;haul complete $HAUL_JOB_ID&quot; itself. PROGRAM is a path or a name on PATH, checked
now; &quot;&quot; or NULL removes it. Put -- before ARGS that begin with a dash.</source>
        <translation>Ejecuta PROGRAM con ARGS, como bitsadmin /SetNotifyCmdLine, cada vez que el trabajo
llega a Transferido o Error (según pidan sus marcas de notificación; de forma
predeterminada, en ambos casos). Se ejecuta como usted, nunca a través de un shell,
con HAUL_JOB_ID, HAUL_JOB_STATE (Transferred o Error) y HAUL_STORE en su entorno.
Sustituye a la notificación: ni la ventana ni haul serve completan un trabajo así,
por lo que debe ser el propio programa quien ejecute &quot;haul complete $HAUL_JOB_ID&quot;.
PROGRAM es una ruta o un nombre que esté en PATH, y se comprueba en el momento;
&quot;&quot; o NULL lo quita. Ponga -- delante de los ARGS que empiecen por un guion.</translation>
    </message>
    <message>
        <source>Replace the job&apos;s extra request headers with these &quot;Name: value&quot; ones (none
removes them all). Authorization, Cookie and Proxy-Authorization are kept only in
the memory of the running Haul (the window or haul serve), never in the job store.</source>
        <translation>Reemplaza los encabezados de solicitud adicionales del trabajo por estos, con la
forma &quot;Nombre: valor&quot; (si no se indica ninguno, se quitan todos). Authorization,
Cookie y Proxy-Authorization solo se guardan en la memoria del Haul en ejecución
(la ventana o haul serve), nunca en el almacén de trabajos.</translation>
    </message>
    <message>
        <source>Show the job&apos;s extra request headers, one a line; secret ones with their value
masked.</source>
        <translation>Muestra los encabezados de solicitud adicionales del trabajo, uno por línea; los
secretos, con su valor oculto.</translation>
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
        <translation>Uso: haul schedule [--store PATH] [--json] [ACCIÓN]

Cuándo se pausan las descargas en segundo plano o comparten un límite de velocidad.
Los trabajos en primer plano no la tienen en cuenta.
  (nada)                          muestra las reglas, las horas y lo que se aplica ahora
  add DÍAS HH:MM-HH:MM pause      retiene las descargas en ese intervalo
  add DÍAS HH:MM-HH:MM limit VEL  las limita en conjunto a VEL bytes/s (500k, 2M)
                                  DÍAS: mon-fri, sat,sun, daily; una regla puede pasar
                                  la medianoche (22:00-06:00); 24:00 termina un día
  remove N                        elimina la regla N (según se muestra)
  clear                           elimina todas las reglas y ambas horas
  start HH:MM|off                 inicia las descargas en cola a esa hora
  pause HH:MM|off                 pausa las descargas a esa hora
  resume                          ejecuta ahora las descargas retenidas (hasta la
                                  próxima pausa)
Con ambas horas, las descargas se retienen cada día desde la hora de pausa hasta la
de inicio. Una hora de inicio sola las retiene una vez, hasta que llega. Una hora de
pausa sola las retiene desde ese momento hasta que las reanude. Una pausa prevalece
sobre un límite; prevalece el límite más bajo.
</translation>
    </message>
    <message>
        <source>schedule: downloads run as usual</source>
        <translation>programación: las descargas funcionan como de costumbre</translation>
    </message>
    <message>
        <source>schedule: %1</source>
        <translation>programación: %1</translation>
    </message>
    <message>
        <source>add: %1</source>
        <translation>add: %1</translation>
    </message>
    <message>
        <source>remove: no rule %1 (see haul schedule)</source>
        <translation>remove: no existe la regla %1 (consulte haul schedule)</translation>
    </message>
    <message>
        <source>%1: expected a time such as 02:00, or off</source>
        <translation>%1: se esperaba una hora como 02:00, u off</translation>
    </message>
    <message>
        <source>expected add, remove N, clear, start HH:MM|off, pause HH:MM|off or resume; see haul schedule --help</source>
        <translation>se esperaba add, remove N, clear, start HH:MM|off, pause HH:MM|off o resume; consulte haul schedule --help</translation>
    </message>
    <message>
        <source>No rules.
</source>
        <translation>No hay reglas.
</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Start queued downloads at: %1
</source>
        <translation>Iniciar las descargas en cola a las: %1
</translation>
    </message>
    <message>
        <source>Pause downloads at:        %1
</source>
        <translation>Pausar las descargas a las:          %1
</translation>
    </message>
    <message>
        <source>Now: %1
</source>
        <translation>Ahora: %1
</translation>
    </message>
    <message>
        <source>downloads run as usual</source>
        <translation>las descargas funcionan como de costumbre</translation>
    </message>
</context>
<context>
    <name>ClipboardWatcher</name>
    <message>
        <source>Add the copied link “%1”…</source>
        <translation>Añadir el enlace copiado «%1»…</translation>
    </message>
</context>
<context>
    <name>CountdownDialog</name>
    <message>
        <source>When all downloads finish</source>
        <translation>Cuando terminen todas las descargas</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Ahora</translation>
    </message>
</context>
<context>
    <name>CredentialVault</name>
    <message>
        <source>this Haul runs without one</source>
        <translation>este Haul se ejecuta sin llavero</translation>
    </message>
    <message>
        <source>the keychain has not answered yet</source>
        <translation>el llavero aún no ha respondido</translation>
    </message>
    <message>
        <source>access to the keychain was refused</source>
        <translation>se denegó el acceso al llavero</translation>
    </message>
    <message>
        <source>the keychain refused access, it may be locked</source>
        <translation>el llavero denegó el acceso, puede que esté bloqueado</translation>
    </message>
    <message>
        <source>no Secret Service or KWallet answered on the session bus</source>
        <translation>ni Secret Service ni KWallet respondieron en el bus de sesión</translation>
    </message>
    <message>
        <source>the keychain did not store them; it may be locked or have no default keyring</source>
        <translation>el llavero no las guardó; puede que esté bloqueado o que no tenga un depósito de claves predeterminado</translation>
    </message>
</context>
<context>
    <name>DbusService</name>
    <message>
        <source>D-Bus: no session bus (%1); the D-Bus interface is off</source>
        <translation>D-Bus: no hay bus de sesión (%1); la interfaz D-Bus está desactivada</translation>
    </message>
    <message>
        <source>D-Bus: %1 belongs to another Haul on this session bus; this one goes on without it</source>
        <translation>D-Bus: %1 pertenece a otro Haul en este bus de sesión; este continúa sin él</translation>
    </message>
    <message>
        <source>URL %1: %2</source>
        <translation>URL %1: %2</translation>
    </message>
    <message>
        <source>No job matches &quot;%1&quot;.</source>
        <translation>Ningún trabajo coincide con «%1».</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; matches %n job(s); give more of the id.</source>
        <translation>
            <numerusform>«%1» coincide con %n trabajo; escriba más caracteres del id.</numerusform>
            <numerusform>«%1» coincide con %n trabajos; escriba más caracteres del id.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadTotals</name>
    <message>
        <source>No downloads running</source>
        <translation>No hay descargas en curso</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) running</source>
        <translation>
            <numerusform>%n descarga en curso</numerusform>
            <numerusform>%n descargas en curso</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 of %3</source>
        <translation>%1 — %2 de %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>All downloads are done.</source>
        <translation>Todas las descargas han terminado.</translation>
    </message>
    <message>
        <source>Still: %1</source>
        <translation>Todavía: %1</translation>
    </message>
</context>
<context>
    <name>ErrorCode</name>
    <message>
        <source>The operation succeeded.</source>
        <translation>La operación se ha completado correctamente.</translation>
    </message>
    <message>
        <source>The job was completed, but only the files that were fully transferred were kept.</source>
        <translation>El trabajo se ha completado, pero solo se han conservado los archivos que se transfirieron por completo.</translation>
    </message>
    <message>
        <source>A value given to the operation is not valid.</source>
        <translation>Un valor proporcionado a la operación no es válido.</translation>
    </message>
    <message>
        <source>The requested action is not allowed in the job&apos;s current state.</source>
        <translation>La acción solicitada no está permitida en el estado actual del trabajo.</translation>
    </message>
    <message>
        <source>The job contains no files to transfer.</source>
        <translation>El trabajo no contiene archivos para transferir.</translation>
    </message>
    <message>
        <source>The error is not tied to a particular file.</source>
        <translation>El error no está asociado a ningún archivo concreto.</translation>
    </message>
    <message>
        <source>No error information is available: the job is not in an error state.</source>
        <translation>No hay información de error disponible: el trabajo no está en un estado de error.</translation>
    </message>
    <message>
        <source>The network is disconnected.</source>
        <translation>La red está desconectada.</translation>
    </message>
    <message>
        <source>The server did not report the size of the file.</source>
        <translation>El servidor no ha indicado el tamaño del archivo.</translation>
    </message>
    <message>
        <source>The server does not support the byte ranges needed to resume this file.</source>
        <translation>El servidor no admite los intervalos de bytes necesarios para reanudar este archivo.</translation>
    </message>
    <message>
        <source>There is no such job.</source>
        <translation>El trabajo no existe.</translation>
    </message>
    <message>
        <source>The downloaded file does not match its expected SHA-256 checksum; it will be downloaded again when the job is resumed.</source>
        <translation>El archivo descargado no coincide con la suma de comprobación SHA-256 esperada; se volverá a descargar cuando se reanude el trabajo.</translation>
    </message>
    <message>
        <source>There is not enough space on the disk.</source>
        <translation>No hay suficiente espacio en el disco.</translation>
    </message>
    <message>
        <source>The local file could not be written.</source>
        <translation>No se pudo escribir en el archivo local.</translation>
    </message>
    <message>
        <source>The local file could not be created. Check that the folder exists and is writable.</source>
        <translation>No se pudo crear el archivo local. Compruebe que la carpeta existe y que se puede escribir en ella.</translation>
    </message>
    <message>
        <source>The downloaded file could not be moved to its final name.</source>
        <translation>No se pudo mover el archivo descargado a su nombre definitivo.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection was refused.</source>
        <translation>El certificado del servidor no es de confianza, por lo que se ha rechazado la conexión.</translation>
    </message>
    <message>
        <source>The job made no progress within its no-progress timeout, so it stopped retrying.</source>
        <translation>El trabajo no ha avanzado durante el tiempo máximo permitido sin progreso, por lo que se ha dejado de reintentar.</translation>
    </message>
    <message>
        <source>The server redirected to an address that is not allowed (from https to http, or to another scheme).</source>
        <translation>El servidor ha redirigido a una dirección no permitida (de https a http o a otro esquema).</translation>
    </message>
    <message>
        <source>The server redirected too many times.</source>
        <translation>El servidor ha realizado demasiadas redirecciones.</translation>
    </message>
    <message>
        <source>Only http and https addresses can be downloaded.</source>
        <translation>Solo se pueden descargar direcciones http y https.</translation>
    </message>
    <message>
        <source>The address is not a valid URL.</source>
        <translation>La dirección no es una URL válida.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>El servidor ha rechazado la conexión.</translation>
    </message>
    <message>
        <source>The connection was closed or reset before the transfer finished.</source>
        <translation>La conexión se cerró o se restableció antes de que terminara la transferencia.</translation>
    </message>
    <message>
        <source>The server name could not be resolved.</source>
        <translation>No se pudo resolver el nombre del servidor.</translation>
    </message>
    <message>
        <source>The connection timed out.</source>
        <translation>Se agotó el tiempo de espera de la conexión.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection could not be established.</source>
        <translation>No se pudo establecer la conexión segura (TLS).</translation>
    </message>
    <message>
        <source>The proxy server could not be reached or refused the request.</source>
        <translation>No se pudo contactar con el servidor proxy o este rechazó la solicitud.</translation>
    </message>
    <message>
        <source>No data arrived for too long; the transfer stalled.</source>
        <translation>No se han recibido datos durante demasiado tiempo; la transferencia se ha estancado.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood.</source>
        <translation>No se pudo interpretar la respuesta del servidor.</translation>
    </message>
    <message>
        <source>The destination is not a writable folder or file path.</source>
        <translation>El destino no es una carpeta ni una ruta de archivo en la que se pueda escribir.</translation>
    </message>
    <message>
        <source>The job store could not be read or written.</source>
        <translation>No se pudo leer o escribir en el almacén de trabajos.</translation>
    </message>
    <message>
        <source>The server could not understand the request (HTTP 400).</source>
        <translation>El servidor no pudo entender la solicitud (HTTP 400).</translation>
    </message>
    <message>
        <source>The server requires a user name and password (HTTP 401).</source>
        <translation>El servidor requiere un nombre de usuario y una contraseña (HTTP 401).</translation>
    </message>
    <message>
        <source>The server refused access to the file (HTTP 403).</source>
        <translation>El servidor ha denegado el acceso al archivo (HTTP 403).</translation>
    </message>
    <message>
        <source>The file was not found on the server (HTTP 404).</source>
        <translation>No se encontró el archivo en el servidor (HTTP 404).</translation>
    </message>
    <message>
        <source>The server does not allow this request (HTTP 405).</source>
        <translation>El servidor no permite esta solicitud (HTTP 405).</translation>
    </message>
    <message>
        <source>The proxy server requires a user name and password (HTTP 407).</source>
        <translation>El servidor proxy requiere un nombre de usuario y una contraseña (HTTP 407).</translation>
    </message>
    <message>
        <source>The server timed out waiting for the request (HTTP 408).</source>
        <translation>Se agotó el tiempo de espera del servidor para recibir la solicitud (HTTP 408).</translation>
    </message>
    <message>
        <source>The file is gone from the server (HTTP 410).</source>
        <translation>El archivo ya no existe en el servidor (HTTP 410).</translation>
    </message>
    <message>
        <source>The server could not send the requested byte range (HTTP 416).</source>
        <translation>El servidor no pudo enviar el intervalo de bytes solicitado (HTTP 416).</translation>
    </message>
    <message>
        <source>The server received too many requests (HTTP 429).</source>
        <translation>El servidor ha recibido demasiadas solicitudes (HTTP 429).</translation>
    </message>
    <message>
        <source>The server had an internal error (HTTP 500).</source>
        <translation>Se produjo un error interno en el servidor (HTTP 500).</translation>
    </message>
    <message>
        <source>The server does not support this request (HTTP 501).</source>
        <translation>El servidor no admite esta solicitud (HTTP 501).</translation>
    </message>
    <message>
        <source>A gateway received a bad answer from the server behind it (HTTP 502).</source>
        <translation>Una puerta de enlace recibió una respuesta no válida del servidor que tiene detrás (HTTP 502).</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable (HTTP 503).</source>
        <translation>El servidor no está disponible temporalmente (HTTP 503).</translation>
    </message>
    <message>
        <source>A gateway timed out waiting for the server behind it (HTTP 504).</source>
        <translation>Se agotó el tiempo de espera de una puerta de enlace mientras esperaba al servidor que tiene detrás (HTTP 504).</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>El servidor respondió con el estado HTTP %1.</translation>
    </message>
    <message>
        <source>Unknown error %1.</source>
        <translation>Error desconocido %1.</translation>
    </message>
    <message>
        <source>The address contains a user name or password. Give the address without them: Haul asks for the credentials when the server wants them (or use setcredentials) and keeps them out of the job list.</source>
        <translation>La dirección contiene un nombre de usuario o una contraseña. Indique la dirección sin ellos: Haul pide las credenciales cuando el servidor las necesita (o use setcredentials) y las mantiene fuera de la lista de trabajos.</translation>
    </message>
    <message>
        <source>The operation was interrupted; the job is suspended and keeps what it received.</source>
        <translation>La operación se ha interrumpido; el trabajo queda suspendido y conserva lo que ha recibido.</translation>
    </message>
    <message>
        <source>The server answered with a web page (often a login page) instead of the rest of the file: the link or its cookie has probably expired. The bytes received are kept; a new link lets the download go on.</source>
        <translation>El servidor respondió con una página web (a menudo una página de inicio de sesión) en lugar del resto del archivo: probablemente el enlace o su cookie han caducado. Los bytes recibidos se conservan; un enlace nuevo permite que la descarga continúe.</translation>
    </message>
    <message>
        <source>The program to run when the job is done was not found, is not executable, or could not be started.</source>
        <translation>No se encontró el programa que se debe ejecutar al terminar el trabajo, no es ejecutable o no se pudo iniciar.</translation>
    </message>
</context>
<context>
    <name>ErrorContext</name>
    <message>
        <source>No error occurred.</source>
        <translation>No se ha producido ningún error.</translation>
    </message>
    <message>
        <source>The cause of the error is unknown.</source>
        <translation>Se desconoce la causa del error.</translation>
    </message>
    <message>
        <source>The error occurred in the job manager (the job store).</source>
        <translation>El error se produjo en el administrador de trabajos (el almacén de trabajos).</translation>
    </message>
    <message>
        <source>The error occurred while notifying the application about the job.</source>
        <translation>El error se produjo al notificar a la aplicación sobre el trabajo.</translation>
    </message>
    <message>
        <source>The error occurred with the local file (creating, writing, moving or deleting it).</source>
        <translation>El error se produjo con el archivo local (al crearlo, escribirlo, moverlo o eliminarlo).</translation>
    </message>
    <message>
        <source>The error concerns the remote file on the server.</source>
        <translation>El error está relacionado con el archivo remoto del servidor.</translation>
    </message>
    <message>
        <source>The error occurred in the network connection (name lookup, connection, proxy or timeout).</source>
        <translation>El error se produjo en la conexión de red (resolución de nombres, conexión, proxy o tiempo de espera).</translation>
    </message>
    <message>
        <source>The error occurred in the server application.</source>
        <translation>El error se produjo en la aplicación del servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified.</source>
        <translation>No se pudo verificar el certificado del servidor.</translation>
    </message>
</context>
<context>
    <name>ErrorPane</name>
    <message>
        <source>Save into folder</source>
        <translation>Guardar en la carpeta</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Qué ha ocurrido:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Dónde:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Saved to:</source>
        <translation>Se guarda en:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Detalles:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <source>New address:</source>
        <translation>Nueva dirección:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Scheme:</source>
        <translation>Esquema:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>First retry after (s):</source>
        <translation>Primer reintento tras (s):</translation>
    </message>
    <message>
        <source>Give up after (h):</source>
        <translation>Desistir tras (h):</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <source>the proxy</source>
        <translation>el proxy</translation>
    </message>
    <message>
        <source>at the first error</source>
        <translation>al primer error</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Fix and resume</source>
        <translation>Corregir y reanudar</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Complete partial…</source>
        <translation>Completar parcialmente…</translation>
    </message>
    <message>
        <source>Fix and Resume</source>
        <translation>Corregir y reanudar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Download error — %1</source>
        <translation>Error de descarga — %1</translation>
    </message>
    <message>
        <source>“%1” stopped</source>
        <translation>La descarga «%1» se ha detenido</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next (%1)</source>
        <translation>Siguiente (%1)</translation>
    </message>
    <message>
        <source>Haul stopped this download and keeps what it received. Fix the problem and resume, keep only the finished files, or cancel.</source>
        <translation>Haul ha detenido esta descarga y conserva lo que ya ha recibido. Corrija el problema y reanúdela, conserve solo los archivos terminados o cancélela.</translation>
    </message>
    <message>
        <source>not tied to one file (%1)</source>
        <translation>no asociado a un archivo concreto (%1)</translation>
    </message>
    <message>
        <source>Haul never ignores certificate errors. Once the server&apos;s certificate is fixed, Resume tries again.</source>
        <translation>Haul nunca pasa por alto los errores de certificado. Cuando se corrija el certificado del servidor, «Reanudar» volverá a intentarlo.</translation>
    </message>
    <message>
        <source>Resume tries again.</source>
        <translation>«Reanudar» vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The file starts from the beginning: nothing of it was received yet.</source>
        <translation>El archivo se descargará desde el principio: todavía no se ha recibido nada de él.</translation>
    </message>
    <message>
        <source>The file restarts from the beginning: the data received did not match the expected SHA-256.</source>
        <translation>El archivo vuelve a empezar desde el principio: los datos recibidos no coincidían con el SHA-256 esperado.</translation>
    </message>
    <message>
        <source>The file must restart from the beginning: the server did not allow resuming it (no ranges or no validator such as an ETag).</source>
        <translation>El archivo debe volver a empezar desde el principio: el servidor no permitió reanudarlo (no admite intervalos de bytes o no ofrece un validador como ETag).</translation>
    </message>
    <message>
        <source>If the new address serves the same file (same size and ETag or date), the download continues from %1; otherwise it restarts from the beginning, so old and new data are never mixed.</source>
        <translation>Si la nueva dirección ofrece el mismo archivo (mismo tamaño y mismo ETag o fecha), la descarga continúa desde %1; si no, vuelve a empezar desde el principio, para que nunca se mezclen datos antiguos y nuevos.</translation>
    </message>
    <message>
        <source>The %1 already received move to the new folder and the download continues from there; if they cannot be moved, the file restarts.</source>
        <translation>Los %1 ya recibidos se mueven a la nueva carpeta y la descarga continúa desde ahí; si no se pueden mover, el archivo vuelve a empezar.</translation>
    </message>
    <message>
        <source>The download continues from %1, where it stopped, if the file on the server has not changed.</source>
        <translation>La descarga continúa desde %1, donde se detuvo, si el archivo del servidor no ha cambiado.</translation>
    </message>
    <message>
        <source>The details are on the clipboard.</source>
        <translation>Los detalles se han copiado al portapapeles.</translation>
    </message>
    <message>
        <source>Could not cancel: %1 (%2)</source>
        <translation>No se pudo cancelar: %1 (%2)</translation>
    </message>
    <message>
        <source>Cancelled. The partial data was deleted.</source>
        <translation>Cancelado. Se han eliminado los datos parciales.</translation>
    </message>
    <message>
        <source>No file is finished, so nothing will be kept.</source>
        <translation>Ningún archivo está terminado, así que no se conservará nada.</translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>Se conservan:</translation>
    </message>
    <message>
        <source>Dropped (partial data deleted):</source>
        <translation>Se descartan (se eliminan los datos parciales):</translation>
    </message>
    <message>
        <source>Complete with the finished files only?</source>
        <translation>¿Completar solo con los archivos terminados?</translation>
    </message>
    <message>
        <source>Could not save %1: %2 (%3). The finished files stay ready; fix the problem and complete again, or cancel.</source>
        <translation>No se pudo guardar %1: %2 (%3). Los archivos terminados siguen listos; corrija el problema y vuelva a completar, o cancele.</translation>
    </message>
    <message>
        <source>Completed: every file was kept.</source>
        <translation>Completado: se han conservado todos los archivos.</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Introduzca un nombre de usuario.</translation>
    </message>
    <message>
        <source>Not resumed: %1 (%2)%3</source>
        <translation>No se ha reanudado: %1 (%2)%3</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Reanudado.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>%1 (file %2 of %3)</source>
        <translation>%1 (archivo %2 de %3)</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificado:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Emitido por:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Válido:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>Trust this certificate for %1</source>
        <translation>Confiar en este certificado para %1</translation>
    </message>
    <message>
        <source>Certificate: %1 (issued by %2, valid %3 to %4)</source>
        <translation>Certificado: %1 (emitido por %2, válido del %3 al %4)</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>¿Confiar en este certificado?</translation>
    </message>
    <message>
        <source>Haul will accept this exact certificate for %1 from now on, and no other:

%2
SHA-256 %3

Do this only if you know the server really uses it (a device on your network with a certificate of its own, say). Settings lists the certificates you trusted and removes them.</source>
        <translation>A partir de ahora, Haul aceptará exactamente este certificado para %1, y ningún otro:

%2
SHA-256 %3

Hágalo solo si sabe que el servidor lo usa realmente (por ejemplo, un dispositivo de su red con un certificado propio). En Configuración puede ver los certificados en los que ha confiado y quitarlos.</translation>
    </message>
    <message>
        <source>No keychain is available (%1): Haul keeps the password in memory only, until it quits.</source>
        <translation>No hay ningún llavero disponible (%1): Haul guarda la contraseña solo en memoria, hasta que se cierre.</translation>
    </message>
    <message>
        <source>Waiting for a new link: start this download again in the browser, from the page that offers it. Haul takes it over and goes on from the bytes already received.</source>
        <translation>Esperando un enlace nuevo: vuelva a iniciar esta descarga en el navegador, desde la página que la ofrece. Haul la toma y sigue desde los bytes ya recibidos.</translation>
    </message>
    <message>
        <source>This file does not need a new link any more.</source>
        <translation>Este archivo ya no necesita un enlace nuevo.</translation>
    </message>
    <message>
        <source>Get a new link from the browser…</source>
        <translation>Obtener un enlace nuevo del navegador…</translation>
    </message>
    <message>
        <source>Technical details:</source>
        <translation>Detalles técnicos:</translation>
    </message>
    <message>
        <source>with the file on this computer</source>
        <translation>con el archivo en este equipo</translation>
    </message>
    <message>
        <source>on the server</source>
        <translation>en el servidor</translation>
    </message>
    <message>
        <source>in the network connection</source>
        <translation>en la conexión de red</translation>
    </message>
    <message>
        <source>in the server&apos;s application</source>
        <translation>en la aplicación del servidor</translation>
    </message>
    <message>
        <source>in the server&apos;s certificate</source>
        <translation>en el certificado del servidor</translation>
    </message>
    <message>
        <source>in Haul&apos;s list of downloads</source>
        <translation>en la lista de descargas de Haul</translation>
    </message>
    <message>
        <source>while telling an application about the download</source>
        <translation>al notificar la descarga a una aplicación</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2), HTTP status %3</source>
        <translation>%1 (%2), estado HTTP %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 (error %n of this download)</source>
        <translation>
            <numerusform>%1 (error %n de esta descarga)</numerusform>
            <numerusform>%1 (error %n de esta descarga)</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing (the partial data of this file was deleted)</source>
        <translation>nada (se eliminaron los datos parciales de este archivo)</translation>
    </message>
    <message>
        <source>Cancel download…</source>
        <translation>Cancelar descarga…</translation>
    </message>
    <message>
        <source>This download has no error now (%1).</source>
        <translation>Esta descarga ya no tiene ningún error (%1).</translation>
    </message>
    <message>
        <source>This download no longer exists.</source>
        <translation>Esta descarga ya no existe.</translation>
    </message>
    <message>
        <source>“%1” was cancelled</source>
        <translation>La descarga «%1» se ha cancelado</translation>
    </message>
    <message>
        <source>The download was cancelled and its partial data deleted. Files already saved are kept.</source>
        <translation>Se ha cancelado la descarga y se han eliminado sus datos parciales. Se conservan los archivos ya guardados.</translation>
    </message>
    <message>
        <source>“%1” was completed</source>
        <translation>La descarga «%1» se ha completado</translation>
    </message>
    <message>
        <source>%1. What was not finished was dropped and its partial data deleted.</source>
        <translation>%1. Lo que no estaba terminado se ha descartado y se han eliminado sus datos parciales.</translation>
    </message>
    <message>
        <source>Every file of the download was saved.</source>
        <translation>Se han guardado todos los archivos de la descarga.</translation>
    </message>
    <message>
        <source>“%1” goes on</source>
        <translation>La descarga «%1» continúa</translation>
    </message>
    <message>
        <source>The download is now %1.</source>
        <translation>Estado actual de la descarga: %1.</translation>
    </message>
    <message>
        <source>Download: %1</source>
        <translation>Descarga: %1</translation>
    </message>
    <message>
        <source>Cancel the download?</source>
        <translation>¿Cancelar la descarga?</translation>
    </message>
    <message>
        <source>The download is cancelled and its partial data (%1) is deleted. Files already saved are kept.</source>
        <translation>La descarga se cancela y se eliminan sus datos parciales (%1). Se conservan los archivos ya guardados.</translation>
    </message>
    <message numerus="yes">
        <source>Completed partially: %1 of %n file kept, the rest dropped.</source>
        <translation>
            <numerusform>Completado parcialmente: %1 de %n archivo conservado, el resto descartado.</numerusform>
            <numerusform>Completado parcialmente: %1 de %n archivos conservados, el resto descartado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more error waiting after this one.</source>
        <translation>
            <numerusform>Hay %n error más en espera después de este.</numerusform>
            <numerusform>Hay %n errores más en espera después de este.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused or no longer has this file. If you have a new link (an expired link, a moved file), enter it below.</source>
        <translation>El servidor ha denegado el acceso a este archivo o ya no lo tiene. Si tiene un enlace nuevo (un enlace caducado, un archivo movido), introdúzcalo abajo.</translation>
    </message>
    <message>
        <source>The proxy refused this user name and password. Check them and enter them again.</source>
        <translation>El proxy ha rechazado este nombre de usuario y esta contraseña. Compruébelos e introdúzcalos de nuevo.</translation>
    </message>
    <message>
        <source>The server refused this user name and password. Check them and enter them again.</source>
        <translation>El servidor ha rechazado este nombre de usuario y esta contraseña. Compruébelos e introdúzcalos de nuevo.</translation>
    </message>
    <message>
        <source>The proxy asks for a user name and password.</source>
        <translation>El proxy pide un nombre de usuario y una contraseña.</translation>
    </message>
    <message>
        <source>The server asks for a user name and password.</source>
        <translation>El servidor pide un nombre de usuario y una contraseña.</translation>
    </message>
    <message>
        <source>The file cannot be written where it is. Free some space and resume, or choose another folder.</source>
        <translation>No se puede escribir el archivo donde está. Libere espacio y reanude, o elija otra carpeta.</translation>
    </message>
    <message>
        <source>The server could not serve the file for now. Resume tries again; you may also change how patiently Haul retries.</source>
        <translation>Por ahora el servidor no ha podido servir el archivo. «Reanudar» vuelve a intentarlo; también puede ajustar con cuánta paciencia reintenta Haul.</translation>
    </message>
    <message>
        <source>The connection failed. Resume tries again; you may also change how patiently Haul retries.</source>
        <translation>La conexión ha fallado. «Reanudar» vuelve a intentarlo; también puede ajustar con cuánta paciencia reintenta Haul.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (self-signed, expired, or made out to another name). Haul never ignores certificate errors wholesale, but if you know this is the server&apos;s own certificate you may trust exactly this one, for this server only.</source>
        <translation>El certificado del servidor no es de confianza (autofirmado, caducado o emitido para otro nombre). Haul nunca pasa por alto los errores de certificado en bloque, pero si sabe que este es el certificado propio del servidor, puede confiar exactamente en este, solo para este servidor.</translation>
    </message>
    <message numerus="yes">
        <source>%n finished file will not be fetched again.</source>
        <translation>
            <numerusform>%n archivo terminado no se volverá a descargar.</numerusform>
            <numerusform>%n archivos terminados no se volverán a descargar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileRanges</name>
    <message>
        <source>%1 onwards</source>
        <translation>de %1 en adelante</translation>
    </message>
    <message>
        <source>Nothing on disk yet</source>
        <translation>Aún no hay nada en el disco</translation>
    </message>
    <message>
        <source>On disk: %1</source>
        <translation>En el disco: %1</translation>
    </message>
    <message>
        <source>connection %1 fetches %2</source>
        <translation>la conexión %1 descarga %2</translation>
    </message>
    <message>
        <source>no connection fetches it now</source>
        <translation>ninguna conexión lo descarga ahora</translation>
    </message>
    <message>
        <source>Size not known yet.</source>
        <translation>Tamaño aún desconocido.</translation>
    </message>
</context>
<context>
    <name>FolderRules</name>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Música</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeos</translation>
    </message>
    <message>
        <source>Archives</source>
        <translation>Comprimidos</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
</context>
<context>
    <name>FolderRulesPage</name>
    <message>
        <source>Save each download in the folder of its kind or site</source>
        <translation>Guardar cada descarga en la carpeta de su tipo o sitio</translation>
    </message>
    <message>
        <source>Offer to add links copied to the clipboard</source>
        <translation>Ofrecer añadir los enlaces copiados al portapapeles</translation>
    </message>
    <message>
        <source>While Haul runs, a copied link to a file of a type below is offered once in a notification.</source>
        <translation>Mientras Haul se ejecuta, un enlace copiado a un archivo de uno de los tipos siguientes se ofrece una vez en una notificación.</translation>
    </message>
    <message>
        <source>Folder rules</source>
        <translation>Reglas de carpetas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Coincide con</translation>
    </message>
    <message>
        <source>File types or site</source>
        <translation>Tipos de archivo o sitio</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Restablecer valores predeterminados</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nueva regla</translation>
    </message>
    <message>
        <source>File types</source>
        <translation>Tipos de archivo</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Extensions separated by spaces (pdf tar.gz), or a site (example.org, its subdomains too)</source>
        <translation>Extensiones separadas por espacios (pdf tar.gz), o un sitio (example.org, también sus subdominios)</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Http1Reply</name>
    <message>
        <source>The server closed the connection without answering</source>
        <translation>El servidor cerró la conexión sin responder</translation>
    </message>
    <message>
        <source>The server closed the connection in the middle of its answer</source>
        <translation>El servidor cerró la conexión en mitad de su respuesta</translation>
    </message>
    <message>
        <source>The server closed the connection before the end of the file</source>
        <translation>El servidor cerró la conexión antes del final del archivo</translation>
    </message>
    <message>
        <source>The server&apos;s answer has more than %1 bytes of headers</source>
        <translation>La respuesta del servidor tiene más de %1 bytes de cabeceras</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not HTTP: %1</source>
        <translation>La respuesta del servidor no es HTTP: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer has more than %1 header lines</source>
        <translation>La respuesta del servidor tiene más de %1 líneas de cabecera</translation>
    </message>
    <message>
        <source>The server sent a malformed chunked body</source>
        <translation>El servidor envió un cuerpo por fragmentos (chunked) mal formado</translation>
    </message>
    <message>
        <source>The server answered %1 %2</source>
        <translation>El servidor respondió %1 %2</translation>
    </message>
    <message>
        <source>Operation canceled</source>
        <translation>Operación cancelada</translation>
    </message>
</context>
<context>
    <name>JobActions</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n download(s): %1? What they received is deleted; files already saved are kept.</source>
        <translation>
            <numerusform>¿Cancelar %n descarga: %1? Se elimina lo que ha recibido; se conservan los archivos ya guardados.</numerusform>
            <numerusform>¿Cancelar %n descargas: %1? Se elimina lo que han recibido; se conservan los archivos ya guardados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n finished download(s) from the list: %1? Their files are not touched.</source>
        <translation>
            <numerusform>¿Quitar de la lista %n descarga terminada: %1? Sus archivos no se modifican.</numerusform>
            <numerusform>¿Quitar de la lista %n descargas terminadas: %1? Sus archivos no se modifican.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n download(s) from the list and delete their files: %1?</source>
        <translation>
            <numerusform>¿Quitar de la lista %n descarga y eliminar sus archivos: %1?</numerusform>
            <numerusform>¿Quitar de la lista %n descargas y eliminar sus archivos: %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>No file of theirs is on disk.</source>
        <translation>Ninguno de sus archivos está en el disco.</translation>
    </message>
    <message numerus="yes">
        <source>These %n file(s) are deleted: %1</source>
        <translation>
            <numerusform>Se elimina %n archivo: %1</numerusform>
            <numerusform>Se eliminan estos %n archivos: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove with files</source>
        <translation>Quitar y eliminar archivos</translation>
    </message>
    <message>
        <source>Could not remove</source>
        <translation>No se pudo quitar</translation>
    </message>
    <message numerus="yes">
        <source>Restart %n download(s) from zero: %1? What they received so far is deleted; files already saved are kept.</source>
        <translation>
            <numerusform>¿Reiniciar desde cero %n descarga: %1? Se elimina lo que ha recibido hasta ahora; se conservan los archivos ya guardados.</numerusform>
            <numerusform>¿Reiniciar desde cero %n descargas: %1? Se elimina lo que han recibido hasta ahora; se conservan los archivos ya guardados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Download %n finished download(s) again, as new downloads: %1?</source>
        <translation>
            <numerusform>¿Volver a descargar %n descarga terminada, como una descarga nueva: %1?</numerusform>
            <numerusform>¿Volver a descargar %n descargas terminadas, como descargas nuevas: %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Could not restart</source>
        <translation>No se pudo reiniciar</translation>
    </message>
    <message>
        <source>Could not open</source>
        <translation>No se pudo abrir</translation>
    </message>
    <message>
        <source>No program opened “%1”. Open it yourself, or copy its path.</source>
        <translation>Ningún programa abrió «%1». Ábralo usted mismo o copie su ruta.</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copiar ruta</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a download&apos;s name quoted in a sentence: the quotes of the language</comment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>When done</source>
        <translation>Al terminar</translation>
    </message>
</context>
<context>
    <name>JobDetails</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>Destino:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Prioridad:</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Añadido:</translation>
    </message>
    <message>
        <source>Last change:</source>
        <translation>Último cambio:</translation>
    </message>
    <message>
        <source>Transferred:</source>
        <translation>Transferido:</translation>
    </message>
    <message>
        <source>Retries:</source>
        <translation>Reintentos:</translation>
    </message>
    <message>
        <source>Errors so far:</source>
        <translation>Errores hasta ahora:</translation>
    </message>
    <message>
        <source>Resumable:</source>
        <translation>Reanudable:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>every error is final</source>
        <translation>cualquier error es definitivo</translation>
    </message>
    <message>
        <source>first after %1, give up after %2 without progress</source>
        <translation>el primero tras %1; se deja de reintentar tras %2 sin progreso</translation>
    </message>
    <message>
        <source>no files yet</source>
        <translation>todavía no hay archivos</translation>
    </message>
    <message>
        <source>yes: an interrupted download continues where it stopped</source>
        <translation>sí: una descarga interrumpida continúa donde se detuvo</translation>
    </message>
    <message>
        <source>only some files: the others restart from the beginning if interrupted</source>
        <translation>solo algunos archivos: los demás vuelven a empezar desde el principio si se interrumpen</translation>
    </message>
    <message>
        <source>not known until the server answers</source>
        <translation>se desconoce hasta que responda el servidor</translation>
    </message>
    <message>
        <source>no: the server offers no ranges or no validator, so an interrupted file restarts from the beginning</source>
        <translation>no: el servidor no ofrece intervalos de bytes o validador, así que un archivo interrumpido vuelve a empezar desde el principio</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>Now %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <source>Not transferring now.</source>
        <translation>Ahora no se está transfiriendo nada.</translation>
    </message>
    <message>
        <source>file %1: %2</source>
        <translation>archivo %1: %2</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>none: direct connections</source>
        <translation>ninguno: conexiones directas</translation>
    </message>
    <message>
        <source>%1, except for %2</source>
        <translation>%1, salvo para %2</translation>
    </message>
    <message>
        <source>the environment&apos;s proxy (http_proxy, all_proxy…), else the desktop&apos;s</source>
        <translation>el proxy del entorno (http_proxy, all_proxy…); si no, el del escritorio</translation>
    </message>
    <message>
        <source>Details of the selected download</source>
        <translation>Detalles de la descarga seleccionada</translation>
    </message>
    <message>
        <source>Files of the download</source>
        <translation>Archivos de la descarga</translation>
    </message>
    <message>
        <source>History of the download</source>
        <translation>Historial de la descarga</translation>
    </message>
    <message>
        <source>Speed over the last minutes</source>
        <translation>Velocidad en los últimos minutos</translation>
    </message>
    <message>
        <source>Parts of %1 (filled: on disk; numbered: fetched now over that connection):</source>
        <translation>Partes de %1 (rellenas: en el disco; numeradas: se descargan ahora por la conexión con ese número):</translation>
    </message>
    <message>
        <source>kept: saved as %1</source>
        <translation>conservado: guardado como %1</translation>
    </message>
    <message>
        <source>dropped: not finished when the download was completed</source>
        <translation>descartado: no estaba terminado cuando se completó la descarga</translation>
    </message>
    <message>
        <source>dropped: the download was cancelled</source>
        <translation>descartado: se canceló la descarga</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>falló: %1</translation>
    </message>
    <message>
        <source>failed, retried soon: %1</source>
        <translation>falló, se reintentará pronto: %1</translation>
    </message>
    <message>
        <source>transferring (not resumable: an interruption restarts it)</source>
        <translation>transfiriendo (no reanudable: si se interrumpe, vuelve a empezar)</translation>
    </message>
    <message>
        <source>transferring</source>
        <translation>transfiriendo</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>waiting for its turn in the queue</source>
        <translation>esperando su turno en la cola</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>suspendido</translation>
    </message>
    <message>
        <source>waiting: the download is paused</source>
        <translation>en espera: la descarga está suspendida</translation>
    </message>
    <message>
        <source>waiting to retry</source>
        <translation>en espera para reintentar</translation>
    </message>
    <message>
        <source>stopped by the download&apos;s error</source>
        <translation>detenido por el error de la descarga</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Select a download to see its details.</source>
        <translation>Seleccione una descarga para ver sus detalles.</translation>
    </message>
</context>
<context>
    <name>JobError</name>
    <message>
        <source>%1 Haul stopped retrying: the job made no progress within its no-progress timeout.</source>
        <translation>%1 Haul ha dejado de reintentar: el trabajo no ha avanzado durante el tiempo máximo permitido sin progreso.</translation>
    </message>
</context>
<context>
    <name>JobPriority</name>
    <message>
        <source>Foreground</source>
        <translation>Primer plano</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Transferring</source>
        <translation>Transfiriendo</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Transient error</source>
        <translation>Error transitorio</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferido</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>The job store %1 is damaged (%2) and could not be moved aside.</source>
        <translation>El almacén de trabajos %1 está dañado (%2) y no se pudo mover a otra ubicación.</translation>
    </message>
    <message>
        <source>The job store %1 is damaged (%2). It was moved aside to %3; a new, empty store will be created the next time Haul starts.</source>
        <translation>El almacén de trabajos %1 está dañado (%2). Se ha movido a %3; la próxima vez que se inicie Haul se creará un almacén nuevo y vacío.</translation>
    </message>
    <message>
        <source>The folder of the job store %1 cannot be created.</source>
        <translation>No se puede crear la carpeta del almacén de trabajos %1.</translation>
    </message>
    <message>
        <source>The job store %1 cannot be opened: permission denied or not a file.</source>
        <translation>No se puede abrir el almacén de trabajos %1: permiso denegado o no es un archivo.</translation>
    </message>
    <message>
        <source>The job store %1 cannot be opened: %2</source>
        <translation>No se puede abrir el almacén de trabajos %1: %2</translation>
    </message>
    <message>
        <source>The job store %1 was written by a newer version of Haul (schema %2); this version understands schema %3.</source>
        <translation>El almacén de trabajos %1 lo escribió una versión más reciente de Haul (esquema %2); esta versión admite el esquema %3.</translation>
    </message>
    <message>
        <source>The job store %1 could not be upgraded: %2</source>
        <translation>No se pudo actualizar el almacén de trabajos %1: %2</translation>
    </message>
</context>
<context>
    <name>JobTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Suspendidos</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Con errores</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminados</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message numerus="yes">
        <source>Completed partially: %1 of %n file</source>
        <translation>
            <numerusform>Completado parcialmente: %1 de %n archivo</numerusform>
            <numerusform>Completado parcialmente: %1 de %n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>(unnamed download)</source>
        <translation>(descarga sin nombre)</translation>
    </message>
</context>
<context>
    <name>JobView</name>
    <message>
        <source>No downloads here</source>
        <translation>No hay descargas aquí</translation>
    </message>
    <message>
        <source>Paste or drop links here, or press Ctrl+N</source>
        <translation>Pegue o suelte enlaces aquí, o pulse Ctrl+N</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
</context>
<context>
    <name>LimitsDialog</name>
    <message>
        <source>For %1</source>
        <translation>Para %1</translation>
    </message>
    <message>
        <source>Speed limit and connections</source>
        <translation>Límite de velocidad y conexiones</translation>
    </message>
    <message>
        <source>&amp;Speed limit:</source>
        <translation>Límite de &amp;velocidad:</translation>
    </message>
    <message>
        <source>Speed limit</source>
        <translation>Límite de velocidad</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <source>&amp;Connections per file:</source>
        <translation>&amp;Conexiones por archivo:</translation>
    </message>
    <message>
        <source>Connections per file</source>
        <translation>Conexiones por archivo</translation>
    </message>
    <message>
        <source>0 means no limit. More connections take effect when the download next starts.</source>
        <translation>0 significa sin límite. Un cambio en las conexiones se aplica la próxima vez que empiece la descarga.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
</context>
<context>
    <name>LinkRenewalPrompt</name>
    <message>
        <source>The browser gave a new link to the same file: the download goes on where it stopped.</source>
        <translation>El navegador dio un enlace nuevo al mismo archivo: la descarga sigue donde se detuvo.</translation>
    </message>
    <message>
        <source>Waiting for a new link to %1: start its download again in the browser, from the page that offers it.</source>
        <translation>Esperando un enlace nuevo para %1: vuelva a iniciar su descarga en el navegador, desde la página que lo ofrece.</translation>
    </message>
    <message>
        <source>A different file</source>
        <translation>Un archivo distinto</translation>
    </message>
    <message>
        <source>The new link for “%1” gives a different file: its size or version is not that of the bytes already received. Start this file over from the beginning with the new link? What was received so far is then discarded.</source>
        <translation>El enlace nuevo de «%1» da un archivo distinto: su tamaño o su versión no son los de los bytes ya recibidos. ¿Empezar este archivo de nuevo desde el principio con el enlace nuevo? Lo recibido hasta ahora se descarta.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Haul</source>
        <translation>Acerca de Haul</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Haul %1&lt;/h3&gt;&lt;p&gt;A download manager whose downloads never corrupt and always resume, and whose errors explain themselves.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Haul %1&lt;/h3&gt;&lt;p&gt;Un gestor de descargas cuyas descargas nunca se corrompen y siempre se reanudan, y cuyos errores se explican por sí mismos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Haul</source>
        <translation>Haul</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Prioridad</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Add downloads (Ctrl+N)</source>
        <translation>Añadir descargas (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Paste addresses</source>
        <translation>&amp;Pegar direcciones</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Suspender</translation>
    </message>
    <message>
        <source>Resume or suspend</source>
        <translation>Reanudar o suspender</translation>
    </message>
    <message>
        <source>&amp;Cancel…</source>
        <translation>&amp;Cancelar…</translation>
    </message>
    <message>
        <source>C&amp;omplete</source>
        <translation>C&amp;ompletar</translation>
    </message>
    <message>
        <source>Save the finished files under their final names</source>
        <translation>Guarda los archivos terminados con su nombre definitivo</translation>
    </message>
    <message>
        <source>Remove from &amp;list</source>
        <translation>&amp;Quitar de la lista</translation>
    </message>
    <message>
        <source>&amp;Inspect error…</source>
        <translation>&amp;Ver el error…</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>&amp;Abrir archivo</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Abrir carpe&amp;ta</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>Copiar &amp;dirección</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Show or hide Haul</source>
        <translation>Mostrar u ocultar Haul</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Reanudar todos</translation>
    </message>
    <message>
        <source>Suspend all</source>
        <translation>Suspender todos</translation>
    </message>
    <message>
        <source>&amp;About Haul</source>
        <translation>&amp;Acerca de Haul</translation>
    </message>
    <message>
        <source>Search name or address</source>
        <translation>Buscar por nombre o dirección</translation>
    </message>
    <message numerus="yes">
        <source>%n in error</source>
        <translation>
            <numerusform>%n con error</numerusform>
            <numerusform>%n con error</numerusform>
        </translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <source>Haul — %1</source>
        <translation>Haul — %1</translation>
    </message>
    <message>
        <source>Could not add</source>
        <translation>No se pudo añadir</translation>
    </message>
    <message>
        <source>%1 (%2)%3</source>
        <translation>%1 (%2)%3</translation>
    </message>
    <message>
        <source>Cancel or remove</source>
        <translation>Cancelar o quitar</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Could not complete</source>
        <translation>No se pudo completar</translation>
    </message>
    <message>
        <source>Could not save the files</source>
        <translation>No se pudieron guardar los archivos</translation>
    </message>
    <message>
        <source>%1: %2 (%3)%4</source>
        <translation>%1: %2 (%3)%4</translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation>&amp;Descargas</translation>
    </message>
    <message>
        <source>&amp;Queue order</source>
        <translation>Orden en la co&amp;la</translation>
    </message>
    <message>
        <source>Move to &amp;top</source>
        <translation>Mover al &amp;principio</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Move to &amp;bottom</source>
        <translation>Mover al &amp;final</translation>
    </message>
    <message>
        <source>Res&amp;tart…</source>
        <translation>Re&amp;iniciar…</translation>
    </message>
    <message>
        <source>Download the selected downloads again from zero</source>
        <translation>Vuelve a descargar desde cero las descargas seleccionadas</translation>
    </message>
    <message>
        <source>Remove &amp;with files…</source>
        <translation>Quitar y &amp;eliminar archivos…</translation>
    </message>
    <message>
        <source>Speed limit and co&amp;nnections…</source>
        <translation>Límite de velocidad y co&amp;nexiones…</translation>
    </message>
    <message>
        <source>Cancel the selected downloads and delete their partial data, or remove finished downloads from the list (Delete)</source>
        <translation>Cancela las descargas seleccionadas y elimina sus datos parciales, o quita de la lista las descargas terminadas (Supr)</translation>
    </message>
    <message>
        <source>Search downloads</source>
        <translation>Buscar descargas</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s)</source>
        <translation>
            <numerusform>%n descarga</numerusform>
            <numerusform>%n descargas</numerusform>
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
        <translation>Haul sigue descargando en la bandeja del sistema; para salir, use «Salir» en su menú.</translation>
    </message>
    <message>
        <source>Haul is still running</source>
        <translation>Haul sigue en ejecución</translation>
    </message>
    <message>
        <source>Haul starts with Do nothing each time; a countdown of 60 seconds comes first and can be cancelled.</source>
        <translation>Haul empieza cada vez con «No hacer nada»; antes hay una cuenta atrás de 60 segundos que se puede cancelar.</translation>
    </message>
    <message>
        <source>The system (logind) does not let Haul do this on this computer.</source>
        <translation>El sistema (logind) no permite que Haul haga esto en este equipo.</translation>
    </message>
    <message>
        <source>Open &amp;when done</source>
        <translation>A&amp;brir al terminar</translation>
    </message>
    <message>
        <source>Open the first file of the selected downloads once it is saved</source>
        <translation>Abre el primer archivo de las descargas seleccionadas en cuanto se guarde</translation>
    </message>
    <message>
        <source>Ru&amp;n when done…</source>
        <translation>E&amp;jecutar al terminar…</translation>
    </message>
    <message>
        <source>Run a program with the files of the selected downloads once they are saved</source>
        <translation>Ejecuta un programa con los archivos de las descargas seleccionadas en cuanto se guarden</translation>
    </message>
    <message>
        <source>When all downloads &amp;finish</source>
        <translation>Cuando terminen todas las descar&amp;gas</translation>
    </message>
    <message>
        <source>Do &amp;nothing</source>
        <translation>&amp;No hacer nada</translation>
    </message>
    <message>
        <source>&amp;Quit Haul</source>
        <translation>&amp;Salir de Haul</translation>
    </message>
    <message>
        <source>&amp;Suspend the computer</source>
        <translation>S&amp;uspender el equipo</translation>
    </message>
    <message>
        <source>&amp;Power off the computer</source>
        <translation>&amp;Apagar el equipo</translation>
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
        <translation>argumento inesperado</translation>
    </message>
    <message>
        <source>Usage: haul monitor [--store PATH]

Shows every job with its state, progress, speed and error, refreshed every second,
until Ctrl+C.
</source>
        <translation>Uso: haul monitor [--store PATH]

Muestra todos los trabajos con su estado, progreso, velocidad y error, actualizados
cada segundo, hasta pulsar Ctrl+C.
</translation>
    </message>
    <message>
        <source>Haul – %1 – %2</source>
        <translation>Haul – %1 – %2</translation>
    </message>
    <message>
        <source>ID        %1  STATE            PROGRESS              SPEED         ERROR</source>
        <translation>ID        %1  ESTADO           PROGRESO              VELOCIDAD     ERROR</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Download finished</source>
        <translation>Descarga terminada</translation>
    </message>
    <message>
        <source>Inspect error…</source>
        <translation>Ver el error…</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Descarga fallida</translation>
    </message>
    <message>
        <source>“%1” stopped: %2</source>
        <translation>«%1» se ha detenido: %2</translation>
    </message>
    <message>
        <source>Add the copied link?</source>
        <translation>¿Añadir el enlace copiado?</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Click to add it.</source>
        <translation>Haga clic para añadirlo.</translation>
    </message>
</context>
<context>
    <name>ProxyChoice</name>
    <message>
        <source>empty proxy address</source>
        <translation>dirección de proxy vacía</translation>
    </message>
    <message>
        <source>HTTPS proxies are not supported; use http://, socks5:// or socks5h://</source>
        <translation>los proxies HTTPS no se admiten; use http://, socks5:// o socks5h://</translation>
    </message>
    <message>
        <source>unsupported proxy scheme; use http://, socks5:// or socks5h://</source>
        <translation>esquema de proxy no admitido; use http://, socks5:// o socks5h://</translation>
    </message>
    <message>
        <source>bad proxy port; it must be a number from 1 to 65535</source>
        <translation>puerto de proxy incorrecto; debe ser un número de 1 a 65535</translation>
    </message>
    <message>
        <source>the proxy address has no host</source>
        <translation>la dirección del proxy no tiene host</translation>
    </message>
    <message>
        <source>a proxy address must not contain a user or password; give them with haul setcredentials JOB proxy basic USER</source>
        <translation>una dirección de proxy no debe contener usuario ni contraseña; indíquelos con haul setcredentials JOB proxy basic USER</translation>
    </message>
    <message>
        <source>preconfig and no_proxy take no proxy list</source>
        <translation>preconfig y no_proxy no admiten lista de proxies</translation>
    </message>
    <message>
        <source>unknown proxy mode; use preconfig, no_proxy or override</source>
        <translation>modo de proxy desconocido; use preconfig, no_proxy u override</translation>
    </message>
    <message>
        <source>override needs a proxy list, such as http://proxy:3128</source>
        <translation>override necesita una lista de proxies, como http://proxy:3128</translation>
    </message>
</context>
<context>
    <name>RangesBar</name>
    <message>
        <source>Parts of the file on disk</source>
        <translation>Partes del archivo en el disco</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>archivo vacío</translation>
    </message>
    <message>
        <source>size not known yet</source>
        <translation>tamaño aún desconocido</translation>
    </message>
</context>
<context>
    <name>RunWhenDoneDialog</name>
    <message>
        <source>Run when done</source>
        <translation>Ejecutar al terminar</translation>
    </message>
    <message>
        <source>When %1 is done, run this program with the saved files&apos; paths as its last arguments. Leave it empty to run nothing.</source>
        <translation>Al terminar %1, ejecutar este programa con las rutas de los archivos guardados como últimos argumentos. Déjelo vacío para no ejecutar nada.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Optional, e.g. --verbose</source>
        <translation>Opcional, p. ej., --verbose</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programa:</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>&amp;Argumentos:</translation>
    </message>
    <message>
        <source>“%1” is not a program that can be run. Choose one with Browse….</source>
        <translation>«%1» no es un programa que se pueda ejecutar. Elija uno con «Examinar…».</translation>
    </message>
    <message>
        <source>Choose a program</source>
        <translation>Elegir un programa</translation>
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
        <translation>En pausa por la programación hasta que reanude las descargas</translation>
    </message>
    <message>
        <source>Paused by the schedule until %1</source>
        <translation>En pausa por la programación hasta %1</translation>
    </message>
    <message>
        <source>Limited to %1 by the schedule</source>
        <translation>Límite de %1 por la programación</translation>
    </message>
    <message>
        <source>Limited to %1 until %2</source>
        <translation>Límite de %1 hasta %2</translation>
    </message>
    <message>
        <source>Paused by the schedule</source>
        <translation>En pausa por la programación</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Start queued downloads at</source>
        <translation>Iniciar las descargas en cola a las</translation>
    </message>
    <message>
        <source>Pause downloads at</source>
        <translation>Pausar las descargas a las</translation>
    </message>
    <message>
        <source>Schedule rules</source>
        <translation>Reglas de programación</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nueva regla</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Añadir regla</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Quitar regla</translation>
    </message>
    <message>
        <source>Background downloads pause or share a speed limit at these times; foreground ones ignore them. A rule: days (mon-fri, sat,sun, daily), times (22:00-06:00 crosses midnight), then &quot;pause&quot; or &quot;limit&quot; and a rate such as 500k or 2M.</source>
        <translation>Las descargas en segundo plano se pausan o comparten un límite de velocidad en estos horarios; las de primer plano los ignoran. Una regla: días (mon-fri, sat,sun, daily), horas (22:00-06:00 pasa la medianoche), luego «pause» o «limit» y una velocidad como 500k o 2M.</translation>
    </message>
    <message>
        <source>Not a rule: %1</source>
        <translation>No es una regla: %1</translation>
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
        <translation>argumento inesperado</translation>
    </message>
    <message>
        <source>Usage: haul serve [--store PATH] [--auto-complete]

Runs the jobs of the store without a window until SIGTERM or SIGINT, and answers the
other haul verbs on that store. Jobs that reach Transferred wait for &quot;haul complete&quot;
unless --auto-complete is given. Nothing is suspended on exit: jobs go on next time.
</source>
        <translation>Uso: haul serve [--store PATH] [--auto-complete]

Ejecuta los trabajos del almacén sin ventana hasta recibir SIGTERM o SIGINT, y
responde a los demás verbos de haul sobre ese almacén. Los trabajos que llegan a
Transferido esperan a &quot;haul complete&quot;, salvo que se indique --auto-complete. Al
salir no se suspende nada: los trabajos continúan la próxima vez.
</translation>
    </message>
    <message>
        <source>haul serve: the job store %1 is already run by another Haul process (pid %2).
</source>
        <translation>haul serve: otro proceso de Haul (pid %2) ya está ejecutando el almacén de trabajos %1.
</translation>
    </message>
    <message>
        <source>job %1: error %2 (%3) in context %4: %5</source>
        <translation>trabajo %1: error %2 (%3) en el contexto %4: %5</translation>
    </message>
    <message>
        <source>job %1: completed (%2)</source>
        <translation>trabajo %1: completado (%2)</translation>
    </message>
    <message>
        <source>stopping; unfinished jobs go on the next time Haul runs</source>
        <translation>deteniendo; los trabajos sin terminar continuarán la próxima vez que se ejecute Haul</translation>
    </message>
    <message>
        <source>serving %1</source>
        <translation>atendiendo el almacén %1</translation>
    </message>
    <message>
        <source>job %1 (%2): %3</source>
        <translation>trabajo %1 (%2): %3</translation>
    </message>
    <message>
        <source>D-Bus: io.github.haul.Haul on the session bus</source>
        <translation>D-Bus: io.github.haul.Haul en el bus de sesión</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Tell me when a download finishes or fails</source>
        <translation>Avisarme cuando una descarga termine o falle</translation>
    </message>
    <message>
        <source>Closing the window keeps Haul running in the tray</source>
        <translation>Al cerrar la ventana, Haul sigue ejecutándose en la bandeja del sistema</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Default folder:</source>
        <translation>Carpeta predeterminada:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>First retry after:</source>
        <translation>Primer reintento tras:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>at the first error</source>
        <translation>al primer error</translation>
    </message>
    <message>
        <source>Give up after no progress for:</source>
        <translation>Desistir si no hay progreso durante:</translation>
    </message>
    <message>
        <source>A connection that receives nothing for this long is retried.</source>
        <translation>Una conexión que no recibe nada durante este tiempo se vuelve a intentar.</translation>
    </message>
    <message>
        <source>Stalled connection after:</source>
        <translation>Conexión estancada tras:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>Carpeta predeterminada</translation>
    </message>
    <message>
        <source>A large file from a server that allows it is fetched over this many connections at once.</source>
        <translation>Un archivo grande de un servidor que lo permita se descarga por este número de conexiones a la vez.</translation>
    </message>
    <message>
        <source>Connections per file:</source>
        <translation>Conexiones por archivo:</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Speed limit for all downloads:</source>
        <translation>Límite de velocidad total:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Trusted certificates:</source>
        <translation>Certificados de confianza:</translation>
    </message>
    <message>
        <source>System: the environment&apos;s proxy, else the desktop&apos;s</source>
        <translation>Sistema: el proxy del entorno; si no, el del escritorio</translation>
    </message>
    <message>
        <source>None: connect directly</source>
        <translation>Ninguno: conexión directa</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>http://proxy:3128 or socks5h://host:1080</source>
        <translation>http://proxy:3128 o socks5h://host:1080</translation>
    </message>
    <message>
        <source>&lt;local&gt; .example.org 10.0.0.0/8</source>
        <translation>&lt;local&gt; .example.org 10.0.0.0/8</translation>
    </message>
    <message>
        <source>Proxies:</source>
        <translation>Proxies:</translation>
    </message>
    <message>
        <source>Except for:</source>
        <translation>Salvo para:</translation>
    </message>
    <message>
        <source>Add downloads from the browser without asking</source>
        <translation>Añadir sin preguntar las descargas del navegador</translation>
    </message>
    <message>
        <source>Off: a download the browser extension hands over opens the Add dialog first.</source>
        <translation>Desactivado: una descarga que entrega la extensión del navegador abre antes el diálogo «Añadir descargas».</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de configuración</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Foreground downloads always run; this limits the others.</source>
        <translation>Las descargas en primer plano siempre se ejecutan; esto limita las demás.</translation>
    </message>
    <message>
        <source>Downloads at the same time:</source>
        <translation>Descargas simultáneas:</translation>
    </message>
    <message>
        <source>Files of a download at once:</source>
        <translation>Archivos simultáneos por descarga:</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Certificados de confianza</translation>
    </message>
    <message>
        <source>The proxy a new download starts with; haul setproxysettings changes it for one download.</source>
        <translation>El proxy con el que empieza una descarga nueva; haul setproxysettings lo cambia para una descarga concreta.</translation>
    </message>
    <message>
        <source>Proxy for new downloads:</source>
        <translation>Proxy para descargas nuevas:</translation>
    </message>
    <message>
        <source>Every download together opens at most this many connections to one server; more files wait their turn.</source>
        <translation>Todas las descargas juntas abren como mucho este número de conexiones a un mismo servidor; los demás archivos esperan su turno.</translation>
    </message>
    <message>
        <source>Connections per server:</source>
        <translation>Conexiones por servidor:</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Carpetas</translation>
    </message>
</context>
<context>
    <name>SpeedGraph</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
</context>
<context>
    <name>TransferCommand</name>
    <message>
        <source>unknown priority &quot;%1&quot; (foreground, high, normal or low)</source>
        <translation>prioridad desconocida &quot;%1&quot; (foreground, high, normal o low)</translation>
    </message>
    <message>
        <source>--connections takes a number from 1 to 16</source>
        <translation>--connections requiere un número del 1 al 16</translation>
    </message>
    <message>
        <source>--retry-delay takes a number of seconds from 1 to 86400</source>
        <translation>--retry-delay requiere un número de segundos del 1 al 86400</translation>
    </message>
    <message>
        <source>--no-progress-timeout takes a number of seconds, 0 or more</source>
        <translation>--no-progress-timeout requiere un número de segundos igual o mayor que 0</translation>
    </message>
    <message>
        <source>--limit takes a rate in bytes per second, such as 500k or 2M</source>
        <translation>--limit requiere una velocidad en bytes por segundo, como 500k o 2M</translation>
    </message>
    <message>
        <source>malformed header &quot;%1&quot; (expected &quot;Name: value&quot;)</source>
        <translation>encabezado con formato incorrecto &quot;%1&quot; (se esperaba &quot;Nombre: valor&quot;)</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>the folder %1 is not writable</source>
        <translation>no se puede escribir en la carpeta %1</translation>
    </message>
    <message>
        <source>unsupported scheme in &quot;%1&quot;: only http and https can be downloaded</source>
        <translation>esquema no admitido en &quot;%1&quot;: solo se pueden descargar direcciones http y https</translation>
    </message>
    <message>
        <source>malformed URL &quot;%1&quot;</source>
        <translation>URL con formato incorrecto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot write to %1: the folder does not exist or is not writable</source>
        <translation>no se puede escribir en %1: la carpeta no existe o no tiene permiso de escritura</translation>
    </message>
    <message>
        <source>no URL given; see haul transfer --help</source>
        <translation>no se ha indicado ninguna URL; consulte haul transfer --help</translation>
    </message>
    <message>
        <source>more --sha256 values than files</source>
        <translation>hay más valores de --sha256 que archivos</translation>
    </message>
    <message>
        <source>--sha256 takes 64 hexadecimal digits, not &quot;%1&quot;</source>
        <translation>--sha256 requiere 64 dígitos hexadecimales, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>haul: the job store %1 is in use by another Haul process (pid %2).
</source>
        <translation>haul: otro proceso de Haul (pid %2) está usando el almacén de trabajos %1.
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
        <translation>Continuando el trabajo %1 (%2, %3 ya descargados).
</translation>
    </message>
    <message>
        <source>The server cannot resume a partly downloaded file, so that file starts over.
</source>
        <translation>El servidor no permite reanudar un archivo descargado en parte, así que ese archivo empieza de nuevo.
</translation>
    </message>
    <message>
        <source>haul transfer: the %1 header is kept in memory only, never in the job list; if the transfer is interrupted, run the same command again to continue.
</source>
        <translation>haul transfer: la cabecera %1 se guarda solo en memoria, nunca en la lista de trabajos; si la transferencia se interrumpe, ejecute de nuevo la misma orden para continuar.
</translation>
    </message>
</context>
<context>
    <name>WhenAllDone</name>
    <message numerus="yes">
        <source>All downloads have finished. Haul will quit in %n second(s).</source>
        <translation>
            <numerusform>Han terminado todas las descargas. Haul se cerrará dentro de %n segundo.</numerusform>
            <numerusform>Han terminado todas las descargas. Haul se cerrará dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All downloads have finished. Haul will suspend the computer in %n second(s).</source>
        <translation>
            <numerusform>Han terminado todas las descargas. Haul suspenderá el equipo dentro de %n segundo.</numerusform>
            <numerusform>Han terminado todas las descargas. Haul suspenderá el equipo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All downloads have finished. Haul will power off the computer in %n second(s).</source>
        <translation>
            <numerusform>Han terminado todas las descargas. Haul apagará el equipo dentro de %n segundo.</numerusform>
            <numerusform>Han terminado todas las descargas. Haul apagará el equipo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Haul could not suspend the computer: %1</source>
        <translation>Haul no pudo suspender el equipo: %1</translation>
    </message>
    <message>
        <source>Haul could not power off the computer: %1</source>
        <translation>Haul no pudo apagar el equipo: %1</translation>
    </message>
    <message>
        <source>When all downloads finish</source>
        <translation>Cuando terminen todas las descargas</translation>
    </message>
</context>
<context>
    <name>WhenDone</name>
    <message>
        <source>No program opened “%1”.</source>
        <translation>Ningún programa abrió «%1».</translation>
    </message>
    <message>
        <source>Could not run “%1” for “%2”.</source>
        <translation>No se pudo ejecutar «%1» para «%2».</translation>
    </message>
</context>
</TS>
