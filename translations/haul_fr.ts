<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddJobDialog</name>
    <message>
        <source>Add paused (start later with Resume)</source>
        <translation>Ajouter sans démarrer (lancer plus tard avec « Reprendre »)</translation>
    </message>
    <message>
        <source>Add downloads</source>
        <translation>Ajouter des téléchargements</translation>
    </message>
    <message>
        <source>One address per line, e.g. https://example.org/file.iso</source>
        <translation>Une adresse par ligne, p. ex. https://example.org/file.iso</translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation>Adresses :</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Save in:</source>
        <translation>Enregistrer dans :</translation>
    </message>
    <message>
        <source>from the server or the address</source>
        <translation>d&apos;après le serveur ou l&apos;adresse</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorité :</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256 :</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Save in</source>
        <translation>Enregistrer dans</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Enter at least one address.</source>
        <translation>Saisissez au moins une adresse.</translation>
    </message>
    <message>
        <source>Fix or remove these addresses:</source>
        <translation>Corrigez ou supprimez ces adresses :</translation>
    </message>
    <message>
        <source>The folder %1 does not exist or cannot be written.</source>
        <translation>Le dossier %1 n&apos;existe pas ou n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>A SHA-256 is 64 hexadecimal digits.</source>
        <translation>Un SHA-256 comporte 64 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>A SHA-256 can be given for one address only.</source>
        <translation>Un SHA-256 ne peut être indiqué que pour une seule adresse.</translation>
    </message>
    <message>
        <source>Speed limit:</source>
        <translation>Limite de vitesse :</translation>
    </message>
    <message>
        <source>Connections per file:</source>
        <translation>Connexions par fichier :</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>64 hexadecimal digits, checked before the file is kept</source>
        <translation>64 chiffres hexadécimaux, vérifiés avant de conserver le fichier</translation>
    </message>
    <message>
        <source>Put all addresses in one download</source>
        <translation>Mettre toutes les adresses dans un seul téléchargement</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Plus d&apos;options</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>aucune limite</translation>
    </message>
    <message>
        <source>KiB/s</source>
        <translation>Kio/s</translation>
    </message>
    <message>
        <source>MiB/s</source>
        <translation>Mio/s</translation>
    </message>
    <message>
        <source>as in Settings</source>
        <translation>comme dans les Paramètres</translation>
    </message>
    <message>
        <source>Picked by the folder rule “%1” (Settings, Folders); Browse… chooses another folder.</source>
        <translation>Choisi par la règle de dossier «&#xa0;%1&#xa0;» (Paramètres, Dossiers)&#xa0;; «&#xa0;Parcourir…&#xa0;» permet d&apos;en choisir un autre.</translation>
    </message>
    <message>
        <source>The folder %1 could not be made: %2</source>
        <translation>Le dossier %1 n&apos;a pas pu être créé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CategoryList</name>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Error: %1
</source>
        <translation>Erreur : %1
</translation>
    </message>
    <message>
        <source>  Context:      %1 (%2) – %3
</source>
        <translation>  Contexte :          %1 (%2) – %3
</translation>
    </message>
    <message>
        <source>  Code:         %1 (%2)
</source>
        <translation>  Code :              %1 (%2)
</translation>
    </message>
    <message>
        <source>  File:         %1: %2 -&gt; %3
</source>
        <translation>  Fichier :           %1 : %2 -&gt; %3
</translation>
    </message>
    <message>
        <source>(name not known yet)</source>
        <translation>(nom encore inconnu)</translation>
    </message>
    <message>
        <source>  File:         not available
</source>
        <translation>  Fichier :           non disponible
</translation>
    </message>
    <message>
        <source>  Protocol:     %1
</source>
        <translation>  Protocole :         %1
</translation>
    </message>
    <message>
        <source>  HTTP status:  %1 %2
</source>
        <translation>  Statut HTTP :       %1 %2
</translation>
    </message>
    <message>
        <source>  Details:      %1
</source>
        <translation>  Détails :           %1
</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>reste %1</translation>
    </message>
    <message>
        <source>haul: unknown verb &quot;%1&quot;; see haul --help
</source>
        <translation>haul : verbe inconnu « %1 » ; voir haul --help
</translation>
    </message>
    <message>
        <source>haul transfer: %1
</source>
        <translation>haul transfer : %1
</translation>
    </message>
    <message>
        <source>haul transfer: the files could not be given their final names: %1
</source>
        <translation>haul transfer : impossible de donner aux fichiers leur nom définitif : %1
</translation>
    </message>
    <message>
        <source>Saved %1 (%2)
</source>
        <translation>Enregistré : %1 (%2)
</translation>
    </message>
    <message>
        <source>The job %1 stays in the store in state Error.
</source>
        <translation>Le travail %1 reste dans le magasin, dans l&apos;état Erreur.
</translation>
    </message>
    <message>
        <source>  Error count:  %1
</source>
        <translation>  Erreurs :           %1
</translation>
    </message>
    <message>
        <source>Suspended job %1; the bytes received so far are kept. Run the same command again to continue.
</source>
        <translation>Travail %1 suspendu ; les octets déjà reçus sont conservés. Relancez la même commande pour continuer.
</translation>
    </message>
    <message>
        <source>Add a file to a job; LOCALPATH may be a folder (default: the current folder).</source>
        <translation>Ajoute un fichier à un travail ; LOCALPATH peut être un dossier (par défaut : le dossier courant).</translation>
    </message>
    <message>
        <source>Queue a job so that it transfers.</source>
        <translation>Place un travail dans la file d&apos;attente pour qu&apos;il soit transféré.</translation>
    </message>
    <message>
        <source>Stop a job, keeping what it received.</source>
        <translation>Arrête un travail en conservant ce qu&apos;il a déjà reçu.</translation>
    </message>
    <message>
        <source>Cancel a job and delete its temporary files.</source>
        <translation>Annule un travail et supprime ses fichiers temporaires.</translation>
    </message>
    <message>
        <source>Give the fully transferred files their final names and end the job.</source>
        <translation>Donne leur nom définitif aux fichiers entièrement transférés et termine le travail.</translation>
    </message>
    <message>
        <source>Show one job.</source>
        <translation>Affiche un travail.</translation>
    </message>
    <message>
        <source>List every job (--active: only unfinished ones).</source>
        <translation>Liste tous les travaux (--active : seulement ceux qui ne sont pas terminés).</translation>
    </message>
    <message>
        <source>Show the error object of a job.</source>
        <translation>Affiche l&apos;objet d&apos;erreur d&apos;un travail.</translation>
    </message>
    <message>
        <source>Change the URL of a file (numbered from 0) before resuming.</source>
        <translation>Modifie l&apos;URL d&apos;un fichier (les fichiers sont numérotés à partir de 0) avant la reprise du travail.</translation>
    </message>
    <message>
        <source>Replace the beginning of the URLs of a job&apos;s files.</source>
        <translation>Remplace le début des URL des fichiers d&apos;un travail.</translation>
    </message>
    <message>
        <source>Set the credentials for server|proxy and basic|digest|ntlm|negotiate; the secret is read from standard input.</source>
        <translation>Définit les informations d&apos;identification pour server|proxy et basic|digest|ntlm|negotiate ; le secret est lu sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Set the priority: foreground, high, normal or low.</source>
        <translation>Définit la priorité : foreground, high, normal ou low.</translation>
    </message>
    <message>
        <source>Set the minimum delay before a transient error is retried.</source>
        <translation>Définit le délai minimal avant une nouvelle tentative après une erreur temporaire.</translation>
    </message>
    <message>
        <source>Set how long a job may go without progress before it stops retrying.</source>
        <translation>Définit la durée pendant laquelle un travail peut rester sans progresser avant l&apos;arrêt des nouvelles tentatives.</translation>
    </message>
    <message>
        <source>Set the notification flags (0x1 transferred, 0x2 error, 0x4 disable, 0x8 modification, 0x10 file transferred).</source>
        <translation>Définit les indicateurs de notification (0x1 transféré, 0x2 erreur, 0x4 désactiver, 0x8 modification, 0x10 fichier transféré).</translation>
    </message>
    <message>
        <source>Remove a finished job from the history; its files are not touched.</source>
        <translation>Retire un travail terminé de l&apos;historique ; ses fichiers ne sont pas modifiés.</translation>
    </message>
    <message>
        <source>Remove every finished job from the history; files are not touched.</source>
        <translation>Retire tous les travaux terminés de l&apos;historique ; les fichiers ne sont pas modifiés.</translation>
    </message>
    <message>
        <source>Secret: </source>
        <translation>Secret : </translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>option inconnue « %1 »</translation>
    </message>
    <message>
        <source>Usage: haul %1 [--store PATH] [--json] %2

%3
</source>
        <translation>Utilisation : haul %1 [--store CHEMIN] [--json] %2

%3
</translation>
    </message>
    <message>
        <source>expected: %1</source>
        <translation>attendu : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of seconds</source>
        <translation>« %1 » n&apos;est pas un nombre de secondes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file number</source>
        <translation>« %1 » n&apos;est pas un numéro de fichier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a set of flags</source>
        <translation>« %1 » n&apos;est pas un ensemble d&apos;indicateurs</translation>
    </message>
    <message>
        <source>malformed or unsupported URL &quot;%1&quot;</source>
        <translation>URL mal formée ou non prise en charge « %1 »</translation>
    </message>
    <message>
        <source>haul: the job store %1 is in use by another Haul process (pid %2).
</source>
        <translation>haul : le magasin de travaux %1 est utilisé par un autre processus Haul (pid %2).
</translation>
    </message>
    <message>
        <source>haul %1: no job &quot;%2&quot;
</source>
        <translation>haul %1 : aucun travail « %2 »
</translation>
    </message>
    <message>
        <source>haul %1: &quot;%2&quot; matches several jobs: %3
</source>
        <translation>haul %1 : « %2 » correspond à plusieurs travaux : %3
</translation>
    </message>
    <message>
        <source>haul %1: credentials are kept only in the memory of the process that runs the jobs; start &quot;haul serve&quot; (or the window) first
</source>
        <translation>haul %1 : les informations d&apos;identification ne sont conservées que dans la mémoire du processus qui exécute les travaux ; lancez d&apos;abord « haul serve » (ou la fenêtre)
</translation>
    </message>
    <message>
        <source>ID        NAME                  STATE            PROGRESS                FILES  ERROR</source>
        <translation>ID        NOM                   ÉTAT             PROGRESSION             FICH.  ERREUR</translation>
    </message>
    <message>
        <source>(no jobs)</source>
        <translation>(aucun travail)</translation>
    </message>
    <message>
        <source>haul geterror: %1 [%2 %3]
</source>
        <translation>haul geterror : %1 [%2 %3]
</translation>
    </message>
    <message>
        <source>  Time:         %1
</source>
        <translation>  Heure :             %1
</translation>
    </message>
    <message>
        <source>Job:          %1
</source>
        <translation>Travail :          %1
</translation>
    </message>
    <message>
        <source>Name:         %1
</source>
        <translation>Nom :              %1
</translation>
    </message>
    <message>
        <source>State:        %1
</source>
        <translation>État :             %1
</translation>
    </message>
    <message>
        <source>Priority:     %1
</source>
        <translation>Priorité :         %1
</translation>
    </message>
    <message>
        <source>Progress:     %1, files %2 of %3
</source>
        <translation>Progression :      %1, fichiers : %2 sur %3
</translation>
    </message>
    <message>
        <source>Created:      %1
</source>
        <translation>Créé le :          %1
</translation>
    </message>
    <message>
        <source>Modified:     %1
</source>
        <translation>Modifié le :       %1
</translation>
    </message>
    <message>
        <source>Errors:       %1
</source>
        <translation>Erreurs :          %1
</translation>
    </message>
    <message>
        <source>Last error:   %1 (%2)
</source>
        <translation>Dernière erreur :  %1 (%2)
</translation>
    </message>
    <message>
        <source>File %1:       %2
              -&gt; %3 (%4)
</source>
        <translation>Fichier %1 :        %2
                   -&gt; %3 (%4)
</translation>
    </message>
    <message>
        <source>Added file %1 to job %2.
</source>
        <translation>Fichier %1 ajouté au travail %2.
</translation>
    </message>
    <message>
        <source>Removed the job from the history; its files were not touched.
</source>
        <translation>Travail retiré de l&apos;historique ; ses fichiers n&apos;ont pas été modifiés.
</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n finished job(s) from the history; files were not touched.
</source>
        <translation>
            <numerusform>%n travail terminé retiré de l&apos;historique ; les fichiers n&apos;ont pas été modifiés.
</numerusform>
            <numerusform>%n travaux terminés retirés de l&apos;historique ; les fichiers n&apos;ont pas été modifiés.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the files that were fully transferred were kept.
</source>
        <translation>Seuls les fichiers entièrement transférés ont été conservés.
</translation>
    </message>
    <message>
        <source>Job %1: %2
</source>
        <translation>Travail %1 : %2
</translation>
    </message>
    <message>
        <source>Haul is already open; its window was brought to the front.
</source>
        <translation>Haul est déjà ouvert ; sa fenêtre a été mise au premier plan.
</translation>
    </message>
    <message>
        <source>The job store %1 is run by another Haul process without a window (pid %2, haul serve or haul transfer). Stop it to open the window, or use haul monitor.</source>
        <translation>Le magasin de travaux %1 est exécuté par un autre processus Haul sans fenêtre (pid %2, haul serve ou haul transfer). Arrêtez-le pour ouvrir la fenêtre, ou utilisez haul monitor.</translation>
    </message>
    <message>
        <source>Haul</source>
        <translation>Haul</translation>
    </message>
    <message>
        <source>Create a new, suspended job and print its id.
Options: --name N, --priority foreground|high|normal|low, --connections N
(connections per file, 1 to 16; default 1).</source>
        <translation>Crée un nouveau travail à l&apos;état suspendu et affiche son identifiant.
Options : --name N, --priority foreground|high|normal|low, --connections N
(connexions par fichier, de 1 à 16 ; 1 par défaut).</translation>
    </message>
    <message>
        <source>--connections takes a number from 1 to 16</source>
        <translation>--connections attend un nombre de 1 à 16</translation>
    </message>
    <message>
        <source>  Certificate:  %1 (host %2)
</source>
        <translation>  Certificat :        %1 (serveur %2)
</translation>
    </message>
    <message>
        <source>  Issuer:       %1
</source>
        <translation>  Émetteur :          %1
</translation>
    </message>
    <message>
        <source>  Valid:        %1 to %2
</source>
        <translation>  Valide :            du %1 au %2
</translation>
    </message>
    <message>
        <source>  SHA-256:      %1
</source>
        <translation>  SHA-256 :           %1
</translation>
    </message>
    <message>
        <source>  If you know this certificate is the server&apos;s, trust it for %1 with
  &quot;haul trustcert JOB&quot;, then resume the job.
</source>
        <translation>  Si vous savez que ce certificat est bien celui du serveur, approuvez-le pour %1 avec
  « haul trustcert JOB », puis reprenez le travail.
</translation>
    </message>
    <message>
        <source>Trust the server certificate that the job&apos;s certificate error shows, for that host only
(pinned by its SHA-256 fingerprint); then resume the job. The window&apos;s Settings list
and revoke trusted certificates.</source>
        <translation>Approuve le certificat du serveur indiqué par l&apos;erreur de certificat du travail, pour ce
seul serveur (épinglé par son empreinte SHA-256) ; reprenez ensuite le travail. Les
Paramètres de la fenêtre permettent de lister et de révoquer les certificats approuvés.</translation>
    </message>
    <message>
        <source>Trusted the certificate of %1 for %2 (SHA-256 %3).
Only this certificate is trusted, only for this host. Resume the job to go on:
  haul resume %4
</source>
        <translation>Certificat de %1 approuvé pour %2 (SHA-256 %3).
Seul ce certificat est approuvé, et uniquement pour ce serveur. Reprenez le travail pour continuer :
  haul resume %4
</translation>
    </message>
    <message>
        <source>haul %1: no keychain is available (%2), so the credentials are kept only in the memory of the Haul that runs the jobs and are lost when it stops.
</source>
        <translation>haul %1 : aucun trousseau n’est disponible (%2), les identifiants sont donc gardés uniquement dans la mémoire du Haul qui exécute les travaux et sont perdus quand il s’arrête.
</translation>
    </message>
    <message>
        <source>The credentials go to the system keychain, not to the job store.
</source>
        <translation>Les identifiants vont dans le trousseau du système, pas dans le magasin de travaux.
</translation>
    </message>
    <message>
        <source>the address %1 contains a user name or password, which would be kept in the job list: give the address without them, and the credentials with --header &quot;Authorization: Basic ...&quot; (kept in memory only) or, for a job that haul serve or the window runs, with haul setcredentials</source>
        <translation>l’adresse %1 contient un nom d’utilisateur ou un mot de passe, qui seraient conservés dans la liste des travaux : indiquez l’adresse sans eux, et les identifiants avec --header &quot;Authorization: Basic ...&quot; (gardés en mémoire seulement) ou, pour un travail exécuté par haul serve ou la fenêtre, avec haul setcredentials</translation>
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
        <translation>Choisit le proxy du travail, comme bitsadmin /SetProxySettings :
  preconfig : celui de l&apos;environnement (http_proxy, https_proxy, all_proxy, no_proxy),
              sinon le proxy du bureau (par défaut)
  no_proxy :  connexion directe
  override PROXYLIST [BYPASSLIST] : ces proxys, p. ex. « http://proxy:3128 » ou
              « socks5://host:1080 » (avec socks5h:// le proxy résout les noms),
              sauf pour les hôtes de BYPASSLIST (« &lt;local&gt; » = noms sans point
              et adresses de bouclage). Les listes sont séparées par des espaces ou
              des points-virgules. Le mot de passe d&apos;un proxy se donne avec haul setcredentials JOB proxy.</translation>
    </message>
    <message>
        <source>no_proxy (direct connections)</source>
        <translation>no_proxy (connexions directes)</translation>
    </message>
    <message>
        <source>preconfig (the environment&apos;s proxy, else the desktop&apos;s)</source>
        <translation>preconfig (le proxy de l&apos;environnement, sinon celui du bureau)</translation>
    </message>
    <message>
        <source>, except for %1</source>
        <translation>, sauf pour %1</translation>
    </message>
    <message>
        <source>Proxy:        %1
</source>
        <translation>Proxy :            %1
</translation>
    </message>
    <message>
        <source>Job %1: proxy %2
</source>
        <translation>Travail %1 : proxy %2
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
        <translation>Utilisation : haul transfer [options] URL [CHEMIN_LOCAL] [URL [CHEMIN_LOCAL]]...

Crée un travail contenant les fichiers indiqués, le démarre et attend sa fin. Quand
tous les fichiers sont arrivés, le travail est terminé et les fichiers apparaissent
sous leur nom définitif. CHEMIN_LOCAL peut être un fichier ou un dossier ; à défaut,
le fichier est placé dans --dest et nommé d&apos;après le serveur (Content-Disposition)
ou l&apos;URL. Les fichiers existants ne sont jamais écrasés : un nouveau nom tel que
« nom (1).ext » est choisi.

Options :
  --name N                 nom d&apos;affichage du travail
  --priority P             foreground, high, normal (par défaut) ou low
  --dest DOSSIER           dossier des fichiers sans CHEMIN_LOCAL (par défaut : .)
  --connections N          connexions par fichier, 1 à 16 (4 par défaut)
  --retry-delay S          secondes avant de réessayer après une erreur temporaire
                           (par défaut : 10)
  --no-progress-timeout S  secondes sans progression avant abandon (par défaut : 86400)
  --sha256 HEX             SHA-256 attendu des fichiers, dans l&apos;ordre (répétable)
  --header &quot;K: V&quot;          en-tête de requête supplémentaire (répétable)
  --limit DÉBIT            limite de vitesse en octets/s, avec les suffixes k, M ou G
  --store CHEMIN           magasin de travaux (par défaut : $HAUL_STORE ou le dossier
                           de données de l&apos;utilisateur)
  --json                   afficher la réponse (code, sortie, travail) en JSON à la fin
  -h, --help               afficher cette aide

Proxy : le réglage propre du travail (haul setproxysettings ; les Paramètres donnent le
leur aux nouveaux travaux), sinon http_proxy, https_proxy ou all_proxy et no_proxy de
l&apos;environnement du Haul qui exécute le travail (http://, socks5://, socks5h://), sinon
le proxy du bureau. Mot de passe d&apos;un proxy : haul setcredentials JOB proxy basic USER
(le secret sur l&apos;entrée standard).

Code de sortie : 0 terminé, 1 le travail a fini dans l&apos;état Erreur (il reste dans le
magasin), 2 utilisation incorrecte, 4 impossible d&apos;ouvrir le magasin de travaux,
130/143 interrompu (le travail est suspendu).
</translation>
    </message>
    <message>
        <source>haul: this build of Haul has no window (it was built without Qt Widgets).
Run &quot;haul serve&quot; to run the jobs without a window, or see &quot;haul --help&quot; for the verbs.
</source>
        <translation>haul : cette version de Haul n&apos;a pas de fenêtre (elle a été compilée sans Qt Widgets).
Lancez « haul serve » pour exécuter les travaux sans fenêtre, ou consultez « haul --help » pour les verbes.
</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>Usage: haul install-browser-integration [--user] [--browser NAME] [--remove] [--json]

Write the native messaging manifests that let Haul&apos;s browser extension start this haul
(%1): for every browser below, or only NAME. --user writes them in your home folder;
without it, in the system&apos;s folders (as root). --remove takes them away.
Browsers: chromium, chrome, brave, vivaldi, edge, firefox, librewolf, waterfox.
</source>
        <translation>Utilisation : haul install-browser-integration [--user] [--browser NOM] [--remove] [--json]

Écrire les manifestes de messagerie native qui permettent à l&apos;extension de Haul pour le
navigateur de lancer ce haul (%1) : pour chaque navigateur ci-dessous, ou seulement NOM.
--user les écrit dans votre dossier personnel ; sans lui, dans les dossiers du système
(en root). --remove les supprime.
Navigateurs : chromium, chrome, brave, vivaldi, edge, firefox, librewolf, waterfox.
</translation>
    </message>
    <message>
        <source>unknown browser &quot;%1&quot;</source>
        <translation>navigateur inconnu « %1 »</translation>
    </message>
    <message>
        <source>could not remove %1</source>
        <translation>impossible de supprimer %1</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Removed %1 (%2)
</source>
        <translation>Supprimé : %1 (%2)
</translation>
    </message>
    <message>
        <source>Wrote %1 (%2)
</source>
        <translation>Écrit : %1 (%2)
</translation>
    </message>
    <message>
        <source>No browser found; name one with --browser NAME.
</source>
        <translation>Aucun navigateur trouvé ; indiquez-en un avec --browser NOM.
</translation>
    </message>
    <message>
        <source>haul renewlink: only a running Haul can wait for the browser; start &quot;haul serve&quot; (or the window) first
</source>
        <translation>haul renewlink : seul un Haul en cours d&apos;exécution peut attendre le navigateur ; lancez d&apos;abord « haul serve » (ou la fenêtre)
</translation>
    </message>
    <message>
        <source>File %1 of job %2 waits for a new link: start its download again in the browser
(the page that offers it); Haul takes it over and continues from %3.
</source>
        <translation>Le fichier %1 du travail %2 attend un nouveau lien : relancez son téléchargement dans le
navigateur (la page qui le propose) ; Haul le reprend et continue à partir de %3.
</translation>
    </message>
    <message>
        <source>Wait for a new link to a file whose link expired (403, 404, 410...): the next
download of that file that the browser extension hands over becomes its address,
and the file continues from the bytes on disk if the new link gives the same
bytes. FILE is numbered from 0 (default: the file of the job&apos;s error). Needs a
running Haul (the window or haul serve).</source>
        <translation>Attendre un nouveau lien pour un fichier dont le lien a expiré (403, 404, 410...) : le
prochain téléchargement de ce fichier que l&apos;extension du navigateur confie à Haul
devient son adresse, et le fichier continue à partir des octets déjà sur le disque si
le nouveau lien donne les mêmes octets. FILE est numéroté à partir de 0 (par défaut :
le fichier de l&apos;erreur du travail). Il faut un Haul en cours d&apos;exécution (la fenêtre
ou haul serve).</translation>
    </message>
    <message>
        <source>Start a job again from zero: its partial data is deleted (files already saved
under their final names are kept), then it is queued.</source>
        <translation>Recommence un travail depuis zéro : ses données partielles sont supprimées (les
fichiers déjà enregistrés sous leur nom définitif sont conservés), puis il est
placé dans la file d&apos;attente.</translation>
    </message>
    <message>
        <source>Move a job in the queue among the unfinished jobs of its priority: up, down,
top or bottom. A job earlier in the queue starts first.</source>
        <translation>Déplace un travail dans la file d&apos;attente, parmi les travaux non terminés de même
priorité : up, down, top ou bottom. Un travail placé plus tôt dans la file
démarre en premier.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>haul %1: the %2 header is kept only in the memory of the process that runs the jobs, never in the job store; start &quot;haul serve&quot; (or the window) first
</source>
        <translation>haul %1&#xa0;: l&apos;en-tête %2 n&apos;est conservé que dans la mémoire du processus qui exécute les travaux, jamais dans le magasin de travaux&#xa0;; lancez d&apos;abord «&#xa0;haul serve&#xa0;» (ou la fenêtre)
</translation>
    </message>
    <message>
        <source>Description:  %1
</source>
        <translation>Description&#xa0;:      %1
</translation>
    </message>
    <message>
        <source>When done:    %1
</source>
        <translation>Une fois terminé&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Headers:      %1
</source>
        <translation>En-têtes&#xa0;:         %1
</translation>
    </message>
    <message numerus="yes">
        <source>Job %1: %n extra header(s)
</source>
        <translation>
            <numerusform>Travail %1&#xa0;: %n en-tête supplémentaire
</numerusform>
            <numerusform>Travail %1&#xa0;: %n en-têtes supplémentaires
</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1: when done, runs %2
</source>
        <translation>Travail %1&#xa0;: une fois terminé, exécute %2
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
        <translation>Utilisation&#xa0;: haul [--store CHEMIN] [VERBE [options]]

Sans verbe, Haul ouvre sa fenêtre.
Haul télécharge des fichiers sous forme de travaux qui survivent aux redémarrages
et expliquent leurs erreurs.

Verbes&#xa0;:
  transfer   télécharger des URL en un seul travail et attendre sa fin
             (voir haul transfer --help)
  create, addfile, resume, suspend, cancel, complete, info, list, geterror,
  seturl, replaceprefix, setcredentials, setpriority, setminretrydelay,
  setnoprogresstimeout, setnotifyflags, setproxysettings, remove, clear, trustcert,
  renewlink, move, restart
             agir sur les travaux du magasin (voir haul VERBE --help)
  schedule   quand les téléchargements en arrière-plan sont suspendus ou limités
             (voir haul schedule --help)
  monitor    suivre tous les travaux en direct jusqu&apos;à Ctrl+C
  serve      exécuter les travaux sans fenêtre et répondre aux autres verbes
  install-browser-integration [--user] [--browser NOM] [--remove]
             permettre à l&apos;extension du navigateur de confier les téléchargements à Haul
  browser-host  le programme avec lequel dialogue l&apos;extension du navigateur
             (lancé par le navigateur)

  --version  afficher la version
  --help     afficher cette aide
</translation>
    </message>
    <message>
        <source>Set the job&apos;s display name.</source>
        <translation>Définit le nom d&apos;affichage du travail.</translation>
    </message>
    <message>
        <source>Set the job&apos;s description.</source>
        <translation>Définit la description du travail.</translation>
    </message>
    <message>
        <source>Run PROGRAM with ARGS, as bitsadmin /SetNotifyCmdLine, each time the job reaches
Transferred or Error (as its notification flags ask; by default both). It runs as
you, never through a shell, with HAUL_JOB_ID, HAUL_JOB_STATE (Transferred or
Error) and HAUL_STORE in its environment. It replaces the notification: such a
job is not completed by the window or haul serve, so the program runs
&quot;haul complete $HAUL_JOB_ID&quot; itself. PROGRAM is a path or a name on PATH, checked
now; &quot;&quot; or NULL removes it. Put -- before ARGS that begin with a dash.</source>
        <translation>Exécute PROGRAM avec ARGS, comme bitsadmin /SetNotifyCmdLine, chaque fois que le
travail atteint l&apos;état Transféré ou Erreur (selon ses indicateurs de notification&#xa0;;
par défaut les deux). Il s&apos;exécute sous votre compte, jamais via un shell, avec
HAUL_JOB_ID, HAUL_JOB_STATE (Transferred ou Error) et HAUL_STORE dans son
environnement. Il remplace la notification&#xa0;: un tel travail n&apos;est pas terminé par la
fenêtre ni par haul serve, c&apos;est donc au programme de lancer lui-même
«&#xa0;haul complete $HAUL_JOB_ID&#xa0;». PROGRAM est un chemin ou un nom présent dans PATH,
vérifié dès maintenant&#xa0;; &quot;&quot; ou NULL le supprime. Mettez -- avant les ARGS qui
commencent par un tiret.</translation>
    </message>
    <message>
        <source>Replace the job&apos;s extra request headers with these &quot;Name: value&quot; ones (none
removes them all). Authorization, Cookie and Proxy-Authorization are kept only in
the memory of the running Haul (the window or haul serve), never in the job store.</source>
        <translation>Remplace les en-têtes de requête supplémentaires du travail par ceux indiqués, au
format «&#xa0;Nom: valeur&#xa0;» (n&apos;en indiquer aucun les supprime tous). Authorization, Cookie
et Proxy-Authorization ne sont conservés que dans la mémoire du Haul en cours
d&apos;exécution (la fenêtre ou haul serve), jamais dans le magasin de travaux.</translation>
    </message>
    <message>
        <source>Show the job&apos;s extra request headers, one a line; secret ones with their value
masked.</source>
        <translation>Affiche les en-têtes de requête supplémentaires du travail, un par ligne&#xa0;; les
en-têtes secrets ont leur valeur masquée.</translation>
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
        <translation>Utilisation : haul schedule [--store CHEMIN] [--json] [ACTION]

Quand les téléchargements en arrière-plan sont mis en pause ou partagent une limite
de vitesse. Les travaux au premier plan n&apos;en tiennent pas compte.
  (rien)                             affiche les règles, les heures et ce qui
                                     s&apos;applique maintenant
  add JOURS HH:MM-HH:MM pause        retient les téléchargements pendant ce créneau
  add JOURS HH:MM-HH:MM limit DÉBIT  les limite ensemble à DÉBIT octets/s (500k, 2M)
                                     JOURS : mon-fri, sat,sun, daily ; une règle
                                     peut passer minuit (22:00-06:00) ; 24:00 termine
                                     une journée
  remove N                           supprime la règle N (telle qu&apos;affichée)
  clear                              supprime toutes les règles et les deux heures
  start HH:MM|off                    démarre à cette heure les téléchargements en
                                     file d&apos;attente
  pause HH:MM|off                    met les téléchargements en pause à cette heure
  resume                             lance maintenant les téléchargements retenus
                                     (jusqu&apos;à la prochaine pause)
Avec les deux heures, les téléchargements sont retenus chaque jour de l&apos;heure de pause
à l&apos;heure de démarrage. Une heure de démarrage seule les retient une fois, jusqu&apos;à ce
qu&apos;elle arrive. Une heure de pause seule les retient à partir de ce moment jusqu&apos;à ce
que vous les repreniez. Une pause l&apos;emporte sur une limite ; la limite la plus basse
l&apos;emporte.
</translation>
    </message>
    <message>
        <source>schedule: downloads run as usual</source>
        <translation>planification : les téléchargements se déroulent normalement</translation>
    </message>
    <message>
        <source>schedule: %1</source>
        <translation>planification : %1</translation>
    </message>
    <message>
        <source>add: %1</source>
        <translation>add : %1</translation>
    </message>
    <message>
        <source>remove: no rule %1 (see haul schedule)</source>
        <translation>remove : aucune règle %1 (voir haul schedule)</translation>
    </message>
    <message>
        <source>%1: expected a time such as 02:00, or off</source>
        <translation>%1 : heure attendue, par exemple 02:00, ou off</translation>
    </message>
    <message>
        <source>expected add, remove N, clear, start HH:MM|off, pause HH:MM|off or resume; see haul schedule --help</source>
        <translation>attendu : add, remove N, clear, start HH:MM|off, pause HH:MM|off ou resume ; voir haul schedule --help</translation>
    </message>
    <message>
        <source>No rules.
</source>
        <translation>Aucune règle.
</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Start queued downloads at: %1
</source>
        <translation>Démarrer les téléchargements en file d&apos;attente à : %1
</translation>
    </message>
    <message>
        <source>Pause downloads at:        %1
</source>
        <translation>Mettre les téléchargements en pause à :            %1
</translation>
    </message>
    <message>
        <source>Now: %1
</source>
        <translation>Maintenant : %1
</translation>
    </message>
    <message>
        <source>downloads run as usual</source>
        <translation>les téléchargements se déroulent normalement</translation>
    </message>
</context>
<context>
    <name>ClipboardWatcher</name>
    <message>
        <source>Add the copied link “%1”…</source>
        <translation>Ajouter le lien copié « %1 »…</translation>
    </message>
</context>
<context>
    <name>CountdownDialog</name>
    <message>
        <source>When all downloads finish</source>
        <translation>Quand tous les téléchargements sont terminés</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Maintenant</translation>
    </message>
</context>
<context>
    <name>CredentialVault</name>
    <message>
        <source>this Haul runs without one</source>
        <translation>ce Haul fonctionne sans trousseau</translation>
    </message>
    <message>
        <source>the keychain has not answered yet</source>
        <translation>le trousseau n&apos;a pas encore répondu</translation>
    </message>
    <message>
        <source>access to the keychain was refused</source>
        <translation>l&apos;accès au trousseau a été refusé</translation>
    </message>
    <message>
        <source>the keychain refused access, it may be locked</source>
        <translation>le trousseau a refusé l&apos;accès ; il est peut-être verrouillé</translation>
    </message>
    <message>
        <source>no Secret Service or KWallet answered on the session bus</source>
        <translation>aucun Secret Service ni KWallet n&apos;a répondu sur le bus de session</translation>
    </message>
    <message>
        <source>the keychain did not store them; it may be locked or have no default keyring</source>
        <translation>le trousseau ne les a pas enregistrés ; il est peut-être verrouillé ou n&apos;a pas de trousseau par défaut</translation>
    </message>
</context>
<context>
    <name>DbusService</name>
    <message>
        <source>D-Bus: no session bus (%1); the D-Bus interface is off</source>
        <translation>D-Bus : aucun bus de session (%1) ; l&apos;interface D-Bus est désactivée</translation>
    </message>
    <message>
        <source>D-Bus: %1 belongs to another Haul on this session bus; this one goes on without it</source>
        <translation>D-Bus : %1 appartient à un autre Haul sur ce bus de session ; celui-ci continue sans lui</translation>
    </message>
    <message>
        <source>URL %1: %2</source>
        <translation>URL %1 : %2</translation>
    </message>
    <message>
        <source>No job matches &quot;%1&quot;.</source>
        <translation>Aucun travail ne correspond à « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; matches %n job(s); give more of the id.</source>
        <translation>
            <numerusform>« %1 » correspond à %n travail ; donnez une plus grande partie de l&apos;identifiant.</numerusform>
            <numerusform>« %1 » correspond à %n travaux ; donnez une plus grande partie de l&apos;identifiant.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadTotals</name>
    <message>
        <source>No downloads running</source>
        <translation>Aucun téléchargement en cours</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) running</source>
        <translation>
            <numerusform>%n téléchargement en cours</numerusform>
            <numerusform>%n téléchargements en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 of %3</source>
        <translation>%1 — %2 sur %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>All downloads are done.</source>
        <translation>Tous les téléchargements sont terminés.</translation>
    </message>
    <message>
        <source>Still: %1</source>
        <translation>Encore : %1</translation>
    </message>
</context>
<context>
    <name>ErrorCode</name>
    <message>
        <source>The operation succeeded.</source>
        <translation>L&apos;opération a réussi.</translation>
    </message>
    <message>
        <source>The job was completed, but only the files that were fully transferred were kept.</source>
        <translation>Le travail a été terminé, mais seuls les fichiers entièrement transférés ont été conservés.</translation>
    </message>
    <message>
        <source>A value given to the operation is not valid.</source>
        <translation>Une valeur transmise à l&apos;opération n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The requested action is not allowed in the job&apos;s current state.</source>
        <translation>L&apos;action demandée n&apos;est pas autorisée dans l&apos;état actuel du travail.</translation>
    </message>
    <message>
        <source>The job contains no files to transfer.</source>
        <translation>Le travail ne contient aucun fichier à transférer.</translation>
    </message>
    <message>
        <source>The error is not tied to a particular file.</source>
        <translation>L&apos;erreur n&apos;est liée à aucun fichier en particulier.</translation>
    </message>
    <message>
        <source>No error information is available: the job is not in an error state.</source>
        <translation>Aucune information d&apos;erreur n&apos;est disponible : le travail n&apos;est pas dans un état d&apos;erreur.</translation>
    </message>
    <message>
        <source>The network is disconnected.</source>
        <translation>Le réseau est déconnecté.</translation>
    </message>
    <message>
        <source>The server did not report the size of the file.</source>
        <translation>Le serveur n&apos;a pas indiqué la taille du fichier.</translation>
    </message>
    <message>
        <source>The server does not support the byte ranges needed to resume this file.</source>
        <translation>Le serveur ne prend pas en charge les plages d&apos;octets nécessaires à la reprise de ce fichier.</translation>
    </message>
    <message>
        <source>There is no such job.</source>
        <translation>Ce travail n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The downloaded file does not match its expected SHA-256 checksum; it will be downloaded again when the job is resumed.</source>
        <translation>Le fichier téléchargé ne correspond pas à la somme de contrôle SHA-256 attendue ; il sera de nouveau téléchargé à la reprise du travail.</translation>
    </message>
    <message>
        <source>There is not enough space on the disk.</source>
        <translation>L&apos;espace disque est insuffisant.</translation>
    </message>
    <message>
        <source>The local file could not be written.</source>
        <translation>Le fichier local n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>The local file could not be created. Check that the folder exists and is writable.</source>
        <translation>Le fichier local n&apos;a pas pu être créé. Vérifiez que le dossier existe et qu&apos;il est accessible en écriture.</translation>
    </message>
    <message>
        <source>The downloaded file could not be moved to its final name.</source>
        <translation>Le fichier téléchargé n&apos;a pas pu recevoir son nom définitif.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection was refused.</source>
        <translation>Le certificat du serveur n&apos;est pas approuvé ; la connexion a donc été refusée.</translation>
    </message>
    <message>
        <source>The job made no progress within its no-progress timeout, so it stopped retrying.</source>
        <translation>Le travail n&apos;a pas progressé avant l&apos;expiration de son délai sans progression ; les nouvelles tentatives ont donc cessé.</translation>
    </message>
    <message>
        <source>The server redirected to an address that is not allowed (from https to http, or to another scheme).</source>
        <translation>Le serveur a redirigé vers une adresse non autorisée (de https vers http, ou vers un autre schéma).</translation>
    </message>
    <message>
        <source>The server redirected too many times.</source>
        <translation>Le serveur a effectué trop de redirections.</translation>
    </message>
    <message>
        <source>Only http and https addresses can be downloaded.</source>
        <translation>Seules les adresses http et https peuvent être téléchargées.</translation>
    </message>
    <message>
        <source>The address is not a valid URL.</source>
        <translation>L&apos;adresse n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Le serveur a refusé la connexion.</translation>
    </message>
    <message>
        <source>The connection was closed or reset before the transfer finished.</source>
        <translation>La connexion a été fermée ou réinitialisée avant la fin du transfert.</translation>
    </message>
    <message>
        <source>The server name could not be resolved.</source>
        <translation>Le nom du serveur n&apos;a pas pu être résolu.</translation>
    </message>
    <message>
        <source>The connection timed out.</source>
        <translation>Le délai de connexion a expiré.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection could not be established.</source>
        <translation>La connexion sécurisée (TLS) n&apos;a pas pu être établie.</translation>
    </message>
    <message>
        <source>The proxy server could not be reached or refused the request.</source>
        <translation>Le serveur proxy est injoignable ou a refusé la requête.</translation>
    </message>
    <message>
        <source>No data arrived for too long; the transfer stalled.</source>
        <translation>Aucune donnée n&apos;est arrivée depuis trop longtemps ; le transfert est bloqué.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood.</source>
        <translation>La réponse du serveur n&apos;a pas pu être interprétée.</translation>
    </message>
    <message>
        <source>The destination is not a writable folder or file path.</source>
        <translation>La destination n&apos;est pas un dossier ou un chemin de fichier accessible en écriture.</translation>
    </message>
    <message>
        <source>The job store could not be read or written.</source>
        <translation>Le magasin de travaux n&apos;a pas pu être lu ou écrit.</translation>
    </message>
    <message>
        <source>The server could not understand the request (HTTP 400).</source>
        <translation>Le serveur n&apos;a pas pu comprendre la requête (HTTP 400).</translation>
    </message>
    <message>
        <source>The server requires a user name and password (HTTP 401).</source>
        <translation>Le serveur exige un nom d&apos;utilisateur et un mot de passe (HTTP 401).</translation>
    </message>
    <message>
        <source>The server refused access to the file (HTTP 403).</source>
        <translation>Le serveur a refusé l&apos;accès au fichier (HTTP 403).</translation>
    </message>
    <message>
        <source>The file was not found on the server (HTTP 404).</source>
        <translation>Le fichier est introuvable sur le serveur (HTTP 404).</translation>
    </message>
    <message>
        <source>The server does not allow this request (HTTP 405).</source>
        <translation>Le serveur n&apos;autorise pas cette requête (HTTP 405).</translation>
    </message>
    <message>
        <source>The proxy server requires a user name and password (HTTP 407).</source>
        <translation>Le serveur proxy exige un nom d&apos;utilisateur et un mot de passe (HTTP 407).</translation>
    </message>
    <message>
        <source>The server timed out waiting for the request (HTTP 408).</source>
        <translation>Le délai d&apos;attente de la requête a expiré sur le serveur (HTTP 408).</translation>
    </message>
    <message>
        <source>The file is gone from the server (HTTP 410).</source>
        <translation>Le fichier n&apos;existe plus sur le serveur (HTTP 410).</translation>
    </message>
    <message>
        <source>The server could not send the requested byte range (HTTP 416).</source>
        <translation>Le serveur n&apos;a pas pu envoyer la plage d&apos;octets demandée (HTTP 416).</translation>
    </message>
    <message>
        <source>The server received too many requests (HTTP 429).</source>
        <translation>Le serveur a reçu trop de requêtes (HTTP 429).</translation>
    </message>
    <message>
        <source>The server had an internal error (HTTP 500).</source>
        <translation>Le serveur a rencontré une erreur interne (HTTP 500).</translation>
    </message>
    <message>
        <source>The server does not support this request (HTTP 501).</source>
        <translation>Le serveur ne prend pas en charge cette requête (HTTP 501).</translation>
    </message>
    <message>
        <source>A gateway received a bad answer from the server behind it (HTTP 502).</source>
        <translation>Une passerelle a reçu une réponse incorrecte du serveur situé en amont (HTTP 502).</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable (HTTP 503).</source>
        <translation>Le serveur est temporairement indisponible (HTTP 503).</translation>
    </message>
    <message>
        <source>A gateway timed out waiting for the server behind it (HTTP 504).</source>
        <translation>Le délai d&apos;attente d&apos;une passerelle a expiré avant la réponse du serveur situé en amont (HTTP 504).</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>Le serveur a répondu avec le code d&apos;état HTTP %1.</translation>
    </message>
    <message>
        <source>Unknown error %1.</source>
        <translation>Erreur inconnue %1.</translation>
    </message>
    <message>
        <source>The address contains a user name or password. Give the address without them: Haul asks for the credentials when the server wants them (or use setcredentials) and keeps them out of the job list.</source>
        <translation>L’adresse contient un nom d’utilisateur ou un mot de passe. Indiquez l’adresse sans eux : Haul demande les identifiants quand le serveur les exige (ou utilisez setcredentials) et les garde hors de la liste des travaux.</translation>
    </message>
    <message>
        <source>The operation was interrupted; the job is suspended and keeps what it received.</source>
        <translation>L&apos;opération a été interrompue ; le travail est suspendu et conserve ce qu&apos;il a reçu.</translation>
    </message>
    <message>
        <source>The server answered with a web page (often a login page) instead of the rest of the file: the link or its cookie has probably expired. The bytes received are kept; a new link lets the download go on.</source>
        <translation>Le serveur a répondu par une page web (souvent une page de connexion) au lieu de la suite du fichier : le lien ou son cookie a probablement expiré. Les octets reçus sont conservés ; un nouveau lien permet au téléchargement de continuer.</translation>
    </message>
    <message>
        <source>The program to run when the job is done was not found, is not executable, or could not be started.</source>
        <translation>Le programme à exécuter une fois le travail terminé est introuvable, n&apos;est pas exécutable ou n&apos;a pas pu être démarré.</translation>
    </message>
</context>
<context>
    <name>ErrorContext</name>
    <message>
        <source>No error occurred.</source>
        <translation>Aucune erreur ne s&apos;est produite.</translation>
    </message>
    <message>
        <source>The cause of the error is unknown.</source>
        <translation>La cause de l&apos;erreur est inconnue.</translation>
    </message>
    <message>
        <source>The error occurred in the job manager (the job store).</source>
        <translation>L&apos;erreur s&apos;est produite dans le gestionnaire de travaux (le magasin de travaux).</translation>
    </message>
    <message>
        <source>The error occurred while notifying the application about the job.</source>
        <translation>L&apos;erreur s&apos;est produite lors de la notification de l&apos;application au sujet du travail.</translation>
    </message>
    <message>
        <source>The error occurred with the local file (creating, writing, moving or deleting it).</source>
        <translation>L&apos;erreur concerne le fichier local (création, écriture, déplacement ou suppression).</translation>
    </message>
    <message>
        <source>The error concerns the remote file on the server.</source>
        <translation>L&apos;erreur concerne le fichier distant sur le serveur.</translation>
    </message>
    <message>
        <source>The error occurred in the network connection (name lookup, connection, proxy or timeout).</source>
        <translation>L&apos;erreur s&apos;est produite dans la connexion réseau (résolution de nom, connexion, proxy ou délai d&apos;attente).</translation>
    </message>
    <message>
        <source>The error occurred in the server application.</source>
        <translation>L&apos;erreur s&apos;est produite dans l&apos;application serveur.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified.</source>
        <translation>Le certificat du serveur n&apos;a pas pu être vérifié.</translation>
    </message>
</context>
<context>
    <name>ErrorPane</name>
    <message>
        <source>Save into folder</source>
        <translation>Enregistrer dans le dossier</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Ce qui s&apos;est passé :</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Où :</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Saved to:</source>
        <translation>Enregistré dans :</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Détails :</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quand :</translation>
    </message>
    <message>
        <source>New address:</source>
        <translation>Nouvelle adresse :</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Pour :</translation>
    </message>
    <message>
        <source>Scheme:</source>
        <translation>Schéma :</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <source>First retry after (s):</source>
        <translation>Premier nouvel essai après (s) :</translation>
    </message>
    <message>
        <source>Give up after (h):</source>
        <translation>Abandon après (h) :</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <source>the proxy</source>
        <translation>le proxy</translation>
    </message>
    <message>
        <source>at the first error</source>
        <translation>à la première erreur</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Fix and resume</source>
        <translation>Corriger et reprendre</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Complete partial…</source>
        <translation>Terminer partiellement…</translation>
    </message>
    <message>
        <source>Fix and Resume</source>
        <translation>Corriger et reprendre</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Download error — %1</source>
        <translation>Erreur de téléchargement — %1</translation>
    </message>
    <message>
        <source>“%1” stopped</source>
        <translation>Le téléchargement « %1 » s&apos;est arrêté</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <source>Next (%1)</source>
        <translation>Suivante (%1)</translation>
    </message>
    <message>
        <source>Haul stopped this download and keeps what it received. Fix the problem and resume, keep only the finished files, or cancel.</source>
        <translation>Haul a arrêté ce téléchargement et conserve ce qu&apos;il a déjà reçu. Corrigez le problème et reprenez, gardez seulement les fichiers terminés, ou annulez.</translation>
    </message>
    <message>
        <source>not tied to one file (%1)</source>
        <translation>non lié à un fichier particulier (%1)</translation>
    </message>
    <message>
        <source>Haul never ignores certificate errors. Once the server&apos;s certificate is fixed, Resume tries again.</source>
        <translation>Haul n&apos;ignore jamais les erreurs de certificat. Une fois le certificat du serveur corrigé, « Reprendre » permet de réessayer.</translation>
    </message>
    <message>
        <source>Resume tries again.</source>
        <translation>« Reprendre » permet de réessayer.</translation>
    </message>
    <message>
        <source>The file starts from the beginning: nothing of it was received yet.</source>
        <translation>Le fichier sera téléchargé depuis le début : rien n&apos;en a encore été reçu.</translation>
    </message>
    <message>
        <source>The file restarts from the beginning: the data received did not match the expected SHA-256.</source>
        <translation>Le fichier repart du début : les données reçues ne correspondaient pas au SHA-256 attendu.</translation>
    </message>
    <message>
        <source>The file must restart from the beginning: the server did not allow resuming it (no ranges or no validator such as an ETag).</source>
        <translation>Le fichier doit repartir du début : le serveur n&apos;a pas permis de le reprendre (pas de plages d&apos;octets ou pas de validateur tel qu&apos;un ETag).</translation>
    </message>
    <message>
        <source>If the new address serves the same file (same size and ETag or date), the download continues from %1; otherwise it restarts from the beginning, so old and new data are never mixed.</source>
        <translation>Si la nouvelle adresse fournit le même fichier (même taille et même ETag ou date), le téléchargement reprend à partir de %1 ; sinon, il repart du début, afin que les anciennes et les nouvelles données ne soient jamais mélangées.</translation>
    </message>
    <message>
        <source>The %1 already received move to the new folder and the download continues from there; if they cannot be moved, the file restarts.</source>
        <translation>Les %1 déjà reçus sont déplacés dans le nouveau dossier et le téléchargement reprend à partir de là ; s&apos;ils ne peuvent pas être déplacés, le fichier repart du début.</translation>
    </message>
    <message>
        <source>The download continues from %1, where it stopped, if the file on the server has not changed.</source>
        <translation>Le téléchargement reprend à partir de %1, là où il s&apos;était arrêté, si le fichier sur le serveur n&apos;a pas changé.</translation>
    </message>
    <message>
        <source>The details are on the clipboard.</source>
        <translation>Les détails ont été copiés dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Could not cancel: %1 (%2)</source>
        <translation>Impossible d&apos;annuler : %1 (%2)</translation>
    </message>
    <message>
        <source>Cancelled. The partial data was deleted.</source>
        <translation>Annulé. Les données partielles ont été supprimées.</translation>
    </message>
    <message>
        <source>No file is finished, so nothing will be kept.</source>
        <translation>Aucun fichier n&apos;est terminé : rien ne sera conservé.</translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>Conservés :</translation>
    </message>
    <message>
        <source>Dropped (partial data deleted):</source>
        <translation>Abandonnés (données partielles supprimées) :</translation>
    </message>
    <message>
        <source>Complete with the finished files only?</source>
        <translation>Terminer en ne conservant que les fichiers terminés ?</translation>
    </message>
    <message>
        <source>Could not save %1: %2 (%3). The finished files stay ready; fix the problem and complete again, or cancel.</source>
        <translation>Impossible d&apos;enregistrer %1 : %2 (%3). Les fichiers terminés restent prêts ; corrigez le problème et terminez à nouveau, ou annulez.</translation>
    </message>
    <message>
        <source>Completed: every file was kept.</source>
        <translation>Terminé : tous les fichiers ont été conservés.</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Saisissez un nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Not resumed: %1 (%2)%3</source>
        <translation>Non repris : %1 (%2)%3</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Repris.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>%1 (file %2 of %3)</source>
        <translation>%1 (fichier %2 sur %3)</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificat :</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Émis par :</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Valide :</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256 :</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Trust this certificate for %1</source>
        <translation>Approuver ce certificat pour %1</translation>
    </message>
    <message>
        <source>Certificate: %1 (issued by %2, valid %3 to %4)</source>
        <translation>Certificat : %1 (émis par %2, valide du %3 au %4)</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256 : %1</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>Approuver ce certificat ?</translation>
    </message>
    <message>
        <source>Haul will accept this exact certificate for %1 from now on, and no other:

%2
SHA-256 %3

Do this only if you know the server really uses it (a device on your network with a certificate of its own, say). Settings lists the certificates you trusted and removes them.</source>
        <translation>Désormais, Haul acceptera exactement ce certificat pour %1, et aucun autre :

%2
SHA-256 %3

Ne le faites que si vous savez que le serveur l&apos;utilise réellement (par exemple un appareil de votre réseau doté de son propre certificat). Les Paramètres listent les certificats que vous avez approuvés et permettent de les retirer.</translation>
    </message>
    <message>
        <source>No keychain is available (%1): Haul keeps the password in memory only, until it quits.</source>
        <translation>Aucun trousseau n’est disponible (%1) : Haul garde le mot de passe en mémoire seulement, jusqu’à ce qu’il se ferme.</translation>
    </message>
    <message>
        <source>Waiting for a new link: start this download again in the browser, from the page that offers it. Haul takes it over and goes on from the bytes already received.</source>
        <translation>En attente d&apos;un nouveau lien : relancez ce téléchargement dans le navigateur, depuis la page qui le propose. Haul le reprend et continue à partir des octets déjà reçus.</translation>
    </message>
    <message>
        <source>This file does not need a new link any more.</source>
        <translation>Ce fichier n&apos;a plus besoin d&apos;un nouveau lien.</translation>
    </message>
    <message>
        <source>Get a new link from the browser…</source>
        <translation>Obtenir un nouveau lien du navigateur…</translation>
    </message>
    <message>
        <source>Technical details:</source>
        <translation>Détails techniques :</translation>
    </message>
    <message>
        <source>with the file on this computer</source>
        <translation>dans le fichier sur cet ordinateur</translation>
    </message>
    <message>
        <source>on the server</source>
        <translation>sur le serveur</translation>
    </message>
    <message>
        <source>in the network connection</source>
        <translation>dans la connexion réseau</translation>
    </message>
    <message>
        <source>in the server&apos;s application</source>
        <translation>dans l&apos;application du serveur</translation>
    </message>
    <message>
        <source>in the server&apos;s certificate</source>
        <translation>dans le certificat du serveur</translation>
    </message>
    <message>
        <source>in Haul&apos;s list of downloads</source>
        <translation>dans la liste des téléchargements de Haul</translation>
    </message>
    <message>
        <source>while telling an application about the download</source>
        <translation>en informant une application au sujet du téléchargement</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2), HTTP status %3</source>
        <translation>%1 (%2), statut HTTP %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 (error %n of this download)</source>
        <translation>
            <numerusform>%1 (erreur n° %n de ce téléchargement)</numerusform>
            <numerusform>%1 (erreur n° %n de ce téléchargement)</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing (the partial data of this file was deleted)</source>
        <translation>rien (les données partielles de ce fichier ont été supprimées)</translation>
    </message>
    <message>
        <source>Cancel download…</source>
        <translation>Annuler le téléchargement…</translation>
    </message>
    <message>
        <source>This download has no error now (%1).</source>
        <translation>Ce téléchargement n&apos;est pas en erreur actuellement (%1).</translation>
    </message>
    <message>
        <source>This download no longer exists.</source>
        <translation>Ce téléchargement n&apos;existe plus.</translation>
    </message>
    <message>
        <source>“%1” was cancelled</source>
        <translation>Le téléchargement « %1 » a été annulé</translation>
    </message>
    <message>
        <source>The download was cancelled and its partial data deleted. Files already saved are kept.</source>
        <translation>Le téléchargement a été annulé et ses données partielles supprimées. Les fichiers déjà enregistrés sont conservés.</translation>
    </message>
    <message>
        <source>“%1” was completed</source>
        <translation>Le téléchargement « %1 » a été terminé</translation>
    </message>
    <message>
        <source>%1. What was not finished was dropped and its partial data deleted.</source>
        <translation>%1. Ce qui n&apos;était pas fini a été abandonné et ses données partielles supprimées.</translation>
    </message>
    <message>
        <source>Every file of the download was saved.</source>
        <translation>Tous les fichiers du téléchargement ont été enregistrés.</translation>
    </message>
    <message>
        <source>“%1” goes on</source>
        <translation>Le téléchargement « %1 » continue</translation>
    </message>
    <message>
        <source>The download is now %1.</source>
        <translation>État actuel du téléchargement : %1.</translation>
    </message>
    <message>
        <source>Download: %1</source>
        <translation>Téléchargement : %1</translation>
    </message>
    <message>
        <source>Cancel the download?</source>
        <translation>Annuler le téléchargement ?</translation>
    </message>
    <message>
        <source>The download is cancelled and its partial data (%1) is deleted. Files already saved are kept.</source>
        <translation>Le téléchargement sera annulé et ses données partielles (%1) supprimées. Les fichiers déjà enregistrés sont conservés.</translation>
    </message>
    <message numerus="yes">
        <source>Completed partially: %1 of %n file kept, the rest dropped.</source>
        <translation>
            <numerusform>Terminé partiellement : %1 fichier sur %n conservé, le reste abandonné.</numerusform>
            <numerusform>Terminé partiellement : %1 sur %n fichiers conservés, le reste abandonné.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more error waiting after this one.</source>
        <translation>
            <numerusform>%n autre erreur en attente après celle-ci.</numerusform>
            <numerusform>%n autres erreurs en attente après celle-ci.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused or no longer has this file. If you have a new link (an expired link, a moved file), enter it below.</source>
        <translation>Le serveur a refusé l&apos;accès à ce fichier ou ne l&apos;a plus. Si vous avez un nouveau lien (lien expiré, fichier déplacé), saisissez-le ci-dessous.</translation>
    </message>
    <message>
        <source>The proxy refused this user name and password. Check them and enter them again.</source>
        <translation>Le proxy a refusé ce nom d&apos;utilisateur et ce mot de passe. Vérifiez-les et saisissez-les à nouveau.</translation>
    </message>
    <message>
        <source>The server refused this user name and password. Check them and enter them again.</source>
        <translation>Le serveur a refusé ce nom d&apos;utilisateur et ce mot de passe. Vérifiez-les et saisissez-les à nouveau.</translation>
    </message>
    <message>
        <source>The proxy asks for a user name and password.</source>
        <translation>Le proxy demande un nom d&apos;utilisateur et un mot de passe.</translation>
    </message>
    <message>
        <source>The server asks for a user name and password.</source>
        <translation>Le serveur demande un nom d&apos;utilisateur et un mot de passe.</translation>
    </message>
    <message>
        <source>The file cannot be written where it is. Free some space and resume, or choose another folder.</source>
        <translation>Le fichier ne peut pas être écrit à cet emplacement. Libérez de l&apos;espace et reprenez, ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The server could not serve the file for now. Resume tries again; you may also change how patiently Haul retries.</source>
        <translation>Le serveur n&apos;a pas pu fournir le fichier pour le moment. « Reprendre » permet de réessayer ; vous pouvez aussi régler la patience de Haul pour les nouvelles tentatives.</translation>
    </message>
    <message>
        <source>The connection failed. Resume tries again; you may also change how patiently Haul retries.</source>
        <translation>La connexion a échoué. « Reprendre » permet de réessayer ; vous pouvez aussi régler la patience de Haul pour les nouvelles tentatives.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (self-signed, expired, or made out to another name). Haul never ignores certificate errors wholesale, but if you know this is the server&apos;s own certificate you may trust exactly this one, for this server only.</source>
        <translation>Le certificat du serveur n&apos;est pas approuvé (auto-signé, expiré ou établi pour un autre nom). Haul n&apos;ignore jamais les erreurs de certificat en bloc, mais si vous savez qu&apos;il s&apos;agit bien du certificat du serveur, vous pouvez approuver exactement celui-ci, pour ce serveur uniquement.</translation>
    </message>
    <message numerus="yes">
        <source>%n finished file will not be fetched again.</source>
        <translation>
            <numerusform>%n fichier terminé ne sera pas téléchargé à nouveau.</numerusform>
            <numerusform>%n fichiers terminés ne seront pas téléchargés à nouveau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileRanges</name>
    <message>
        <source>%1 onwards</source>
        <translation>à partir de %1</translation>
    </message>
    <message>
        <source>Nothing on disk yet</source>
        <translation>Rien sur le disque pour l&apos;instant</translation>
    </message>
    <message>
        <source>On disk: %1</source>
        <translation>Sur le disque : %1</translation>
    </message>
    <message>
        <source>connection %1 fetches %2</source>
        <translation>la connexion %1 télécharge %2</translation>
    </message>
    <message>
        <source>no connection fetches it now</source>
        <translation>aucune connexion ne le télécharge pour l&apos;instant</translation>
    </message>
    <message>
        <source>Size not known yet.</source>
        <translation>Taille encore inconnue.</translation>
    </message>
</context>
<context>
    <name>FolderRules</name>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Musique</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Archives</source>
        <translation>Archives</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programmes</translation>
    </message>
</context>
<context>
    <name>FolderRulesPage</name>
    <message>
        <source>Save each download in the folder of its kind or site</source>
        <translation>Enregistrer chaque téléchargement dans le dossier de son type ou de son site</translation>
    </message>
    <message>
        <source>Offer to add links copied to the clipboard</source>
        <translation>Proposer d&apos;ajouter les liens copiés dans le presse-papiers</translation>
    </message>
    <message>
        <source>While Haul runs, a copied link to a file of a type below is offered once in a notification.</source>
        <translation>Tant que Haul est lancé, un lien copié vers un fichier d&apos;un des types ci-dessous est proposé une fois dans une notification.</translation>
    </message>
    <message>
        <source>Folder rules</source>
        <translation>Règles de dossier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>File types or site</source>
        <translation>Types de fichiers ou site</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nouvelle règle</translation>
    </message>
    <message>
        <source>File types</source>
        <translation>Types de fichiers</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Extensions separated by spaces (pdf tar.gz), or a site (example.org, its subdomains too)</source>
        <translation>Extensions séparées par des espaces (pdf tar.gz), ou un site (example.org, sous-domaines compris)</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
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
        <translation>%1 j %2 h</translation>
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
        <translation>%1 j</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Http1Reply</name>
    <message>
        <source>The server closed the connection without answering</source>
        <translation>Le serveur a fermé la connexion sans répondre</translation>
    </message>
    <message>
        <source>The server closed the connection in the middle of its answer</source>
        <translation>Le serveur a fermé la connexion au milieu de sa réponse</translation>
    </message>
    <message>
        <source>The server closed the connection before the end of the file</source>
        <translation>Le serveur a fermé la connexion avant la fin du fichier</translation>
    </message>
    <message>
        <source>The server&apos;s answer has more than %1 bytes of headers</source>
        <translation>La réponse du serveur contient plus de %1 octets d’en-têtes</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not HTTP: %1</source>
        <translation>La réponse du serveur n’est pas du HTTP : %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer has more than %1 header lines</source>
        <translation>La réponse du serveur contient plus de %1 lignes d’en-tête</translation>
    </message>
    <message>
        <source>The server sent a malformed chunked body</source>
        <translation>Le serveur a envoyé un corps par morceaux (chunked) mal formé</translation>
    </message>
    <message>
        <source>The server answered %1 %2</source>
        <translation>Le serveur a répondu %1 %2</translation>
    </message>
    <message>
        <source>Operation canceled</source>
        <translation>Opération annulée</translation>
    </message>
</context>
<context>
    <name>JobActions</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n download(s): %1? What they received is deleted; files already saved are kept.</source>
        <translation>
            <numerusform>Annuler %n téléchargement : %1 ? Ce qu&apos;il a reçu sera supprimé ; les fichiers déjà enregistrés sont conservés.</numerusform>
            <numerusform>Annuler %n téléchargements : %1 ? Ce qu&apos;ils ont reçu sera supprimé ; les fichiers déjà enregistrés sont conservés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n finished download(s) from the list: %1? Their files are not touched.</source>
        <translation>
            <numerusform>Retirer %n téléchargement terminé de la liste : %1 ? Ses fichiers ne sont pas modifiés.</numerusform>
            <numerusform>Retirer %n téléchargements terminés de la liste : %1 ? Leurs fichiers ne sont pas modifiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n download(s) from the list and delete their files: %1?</source>
        <translation>
            <numerusform>Retirer %n téléchargement de la liste et supprimer ses fichiers : %1 ?</numerusform>
            <numerusform>Retirer %n téléchargements de la liste et supprimer leurs fichiers : %1 ?</numerusform>
        </translation>
    </message>
    <message>
        <source>No file of theirs is on disk.</source>
        <translation>Aucun fichier correspondant n&apos;est sur le disque.</translation>
    </message>
    <message numerus="yes">
        <source>These %n file(s) are deleted: %1</source>
        <translation>
            <numerusform>%n fichier sera supprimé : %1</numerusform>
            <numerusform>Ces %n fichiers seront supprimés : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove with files</source>
        <translation>Supprimer avec les fichiers</translation>
    </message>
    <message>
        <source>Could not remove</source>
        <translation>Impossible de supprimer</translation>
    </message>
    <message numerus="yes">
        <source>Restart %n download(s) from zero: %1? What they received so far is deleted; files already saved are kept.</source>
        <translation>
            <numerusform>Recommencer %n téléchargement depuis zéro : %1 ? Ce qu&apos;il a reçu jusqu&apos;ici sera supprimé ; les fichiers déjà enregistrés sont conservés.</numerusform>
            <numerusform>Recommencer %n téléchargements depuis zéro : %1 ? Ce qu&apos;ils ont reçu jusqu&apos;ici sera supprimé ; les fichiers déjà enregistrés sont conservés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Download %n finished download(s) again, as new downloads: %1?</source>
        <translation>
            <numerusform>Relancer %n téléchargement terminé sous forme de nouveau téléchargement : %1 ?</numerusform>
            <numerusform>Relancer %n téléchargements terminés sous forme de nouveaux téléchargements : %1 ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Could not restart</source>
        <translation>Impossible de recommencer</translation>
    </message>
    <message>
        <source>Could not open</source>
        <translation>Impossible d&apos;ouvrir</translation>
    </message>
    <message>
        <source>No program opened “%1”. Open it yourself, or copy its path.</source>
        <translation>Aucun programme n&apos;a ouvert « %1 ». Ouvrez-le vous-même, ou copiez son chemin.</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copier le chemin</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a download&apos;s name quoted in a sentence: the quotes of the language</comment>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>When done</source>
        <translation>Une fois terminé</translation>
    </message>
</context>
<context>
    <name>JobDetails</name>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>Destination :</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorité :</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Ajouté le :</translation>
    </message>
    <message>
        <source>Last change:</source>
        <translation>Dernière modification :</translation>
    </message>
    <message>
        <source>Transferred:</source>
        <translation>Transféré le :</translation>
    </message>
    <message>
        <source>Retries:</source>
        <translation>Nouvelles tentatives :</translation>
    </message>
    <message>
        <source>Errors so far:</source>
        <translation>Erreurs jusqu&apos;ici :</translation>
    </message>
    <message>
        <source>Resumable:</source>
        <translation>Reprise possible :</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>every error is final</source>
        <translation>toute erreur est définitive</translation>
    </message>
    <message>
        <source>first after %1, give up after %2 without progress</source>
        <translation>la première après %1, abandon après %2 sans progression</translation>
    </message>
    <message>
        <source>no files yet</source>
        <translation>pas encore de fichiers</translation>
    </message>
    <message>
        <source>yes: an interrupted download continues where it stopped</source>
        <translation>oui : un téléchargement interrompu reprend là où il s&apos;était arrêté</translation>
    </message>
    <message>
        <source>only some files: the others restart from the beginning if interrupted</source>
        <translation>certains fichiers seulement : les autres repartent du début en cas d&apos;interruption</translation>
    </message>
    <message>
        <source>not known until the server answers</source>
        <translation>indéterminé tant que le serveur n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>no: the server offers no ranges or no validator, so an interrupted file restarts from the beginning</source>
        <translation>non : le serveur ne propose pas de plages d&apos;octets ou pas de validateur, donc un fichier interrompu repart du début</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>Now %1</source>
        <translation>Actuellement : %1</translation>
    </message>
    <message>
        <source>Not transferring now.</source>
        <translation>Aucun transfert en cours.</translation>
    </message>
    <message>
        <source>file %1: %2</source>
        <translation>fichier %1 : %2</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy :</translation>
    </message>
    <message>
        <source>none: direct connections</source>
        <translation>aucun : connexions directes</translation>
    </message>
    <message>
        <source>%1, except for %2</source>
        <translation>%1, sauf pour %2</translation>
    </message>
    <message>
        <source>the environment&apos;s proxy (http_proxy, all_proxy…), else the desktop&apos;s</source>
        <translation>le proxy de l&apos;environnement (http_proxy, all_proxy…), sinon celui du bureau</translation>
    </message>
    <message>
        <source>Details of the selected download</source>
        <translation>Détails du téléchargement sélectionné</translation>
    </message>
    <message>
        <source>Files of the download</source>
        <translation>Fichiers du téléchargement</translation>
    </message>
    <message>
        <source>History of the download</source>
        <translation>Historique du téléchargement</translation>
    </message>
    <message>
        <source>Speed over the last minutes</source>
        <translation>Vitesse au cours des dernières minutes</translation>
    </message>
    <message>
        <source>Parts of %1 (filled: on disk; numbered: fetched now over that connection):</source>
        <translation>Parties de %1 (remplies : sur le disque ; numérotées : téléchargées en ce moment par la connexion portant ce numéro) :</translation>
    </message>
    <message>
        <source>kept: saved as %1</source>
        <translation>conservé : enregistré sous %1</translation>
    </message>
    <message>
        <source>dropped: not finished when the download was completed</source>
        <translation>abandonné : inachevé quand le téléchargement a été terminé</translation>
    </message>
    <message>
        <source>dropped: the download was cancelled</source>
        <translation>abandonné : le téléchargement a été annulé</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>failed, retried soon: %1</source>
        <translation>échec, nouvelle tentative bientôt : %1</translation>
    </message>
    <message>
        <source>transferring (not resumable: an interruption restarts it)</source>
        <translation>transfert en cours (reprise impossible : une interruption le fait repartir du début)</translation>
    </message>
    <message>
        <source>transferring</source>
        <translation>transfert en cours</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion en cours</translation>
    </message>
    <message>
        <source>waiting for its turn in the queue</source>
        <translation>attend son tour dans la file d&apos;attente</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>suspendu</translation>
    </message>
    <message>
        <source>waiting: the download is paused</source>
        <translation>en attente : le téléchargement est suspendu</translation>
    </message>
    <message>
        <source>waiting to retry</source>
        <translation>en attente d&apos;une nouvelle tentative</translation>
    </message>
    <message>
        <source>stopped by the download&apos;s error</source>
        <translation>arrêté par l&apos;erreur du téléchargement</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Select a download to see its details.</source>
        <translation>Sélectionnez un téléchargement pour voir ses détails.</translation>
    </message>
</context>
<context>
    <name>JobError</name>
    <message>
        <source>%1 Haul stopped retrying: the job made no progress within its no-progress timeout.</source>
        <translation>%1 Haul a cessé les nouvelles tentatives : le travail n&apos;a pas progressé avant l&apos;expiration de son délai sans progression.</translation>
    </message>
</context>
<context>
    <name>JobPriority</name>
    <message>
        <source>Foreground</source>
        <translation>Premier plan</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Transferring</source>
        <translation>Transfert en cours</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Transient error</source>
        <translation>Erreur temporaire</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transféré</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>The job store %1 is damaged (%2) and could not be moved aside.</source>
        <translation>Le magasin de travaux %1 est endommagé (%2) et n&apos;a pas pu être mis de côté.</translation>
    </message>
    <message>
        <source>The job store %1 is damaged (%2). It was moved aside to %3; a new, empty store will be created the next time Haul starts.</source>
        <translation>Le magasin de travaux %1 est endommagé (%2). Il a été mis de côté sous %3 ; un nouveau magasin vide sera créé au prochain démarrage de Haul.</translation>
    </message>
    <message>
        <source>The folder of the job store %1 cannot be created.</source>
        <translation>Le dossier du magasin de travaux %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The job store %1 cannot be opened: permission denied or not a file.</source>
        <translation>Le magasin de travaux %1 ne peut pas être ouvert : autorisation refusée ou il ne s&apos;agit pas d&apos;un fichier.</translation>
    </message>
    <message>
        <source>The job store %1 cannot be opened: %2</source>
        <translation>Le magasin de travaux %1 ne peut pas être ouvert : %2</translation>
    </message>
    <message>
        <source>The job store %1 was written by a newer version of Haul (schema %2); this version understands schema %3.</source>
        <translation>Le magasin de travaux %1 a été écrit par une version plus récente de Haul (schéma %2) ; cette version prend en charge le schéma %3.</translation>
    </message>
    <message>
        <source>The job store %1 could not be upgraded: %2</source>
        <translation>Le magasin de travaux %1 n&apos;a pas pu être mis à niveau : %2</translation>
    </message>
</context>
<context>
    <name>JobTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Suspendus</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>En erreur</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminés</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message numerus="yes">
        <source>Completed partially: %1 of %n file</source>
        <translation>
            <numerusform>Terminé partiellement : %1 sur %n fichier</numerusform>
            <numerusform>Terminé partiellement : %1 sur %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>(unnamed download)</source>
        <translation>(téléchargement sans nom)</translation>
    </message>
</context>
<context>
    <name>JobView</name>
    <message>
        <source>No downloads here</source>
        <translation>Aucun téléchargement ici</translation>
    </message>
    <message>
        <source>Paste or drop links here, or press Ctrl+N</source>
        <translation>Collez ou déposez des liens ici, ou appuyez sur Ctrl+N</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
</context>
<context>
    <name>LimitsDialog</name>
    <message>
        <source>For %1</source>
        <translation>Pour %1</translation>
    </message>
    <message>
        <source>Speed limit and connections</source>
        <translation>Limite de vitesse et connexions</translation>
    </message>
    <message>
        <source>&amp;Speed limit:</source>
        <translation>Limite de &amp;vitesse :</translation>
    </message>
    <message>
        <source>Speed limit</source>
        <translation>Limite de vitesse</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> Kio/s</translation>
    </message>
    <message>
        <source>&amp;Connections per file:</source>
        <translation>&amp;Connexions par fichier :</translation>
    </message>
    <message>
        <source>Connections per file</source>
        <translation>Connexions par fichier</translation>
    </message>
    <message>
        <source>0 means no limit. More connections take effect when the download next starts.</source>
        <translation>0 signifie aucune limite. Un changement du nombre de connexions s&apos;applique au prochain démarrage du téléchargement.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>aucune limite</translation>
    </message>
</context>
<context>
    <name>LinkRenewalPrompt</name>
    <message>
        <source>The browser gave a new link to the same file: the download goes on where it stopped.</source>
        <translation>Le navigateur a donné un nouveau lien vers le même fichier : le téléchargement reprend là où il s&apos;était arrêté.</translation>
    </message>
    <message>
        <source>Waiting for a new link to %1: start its download again in the browser, from the page that offers it.</source>
        <translation>En attente d&apos;un nouveau lien pour %1 : relancez son téléchargement dans le navigateur, depuis la page qui le propose.</translation>
    </message>
    <message>
        <source>A different file</source>
        <translation>Un fichier différent</translation>
    </message>
    <message>
        <source>The new link for “%1” gives a different file: its size or version is not that of the bytes already received. Start this file over from the beginning with the new link? What was received so far is then discarded.</source>
        <translation>Le nouveau lien de « %1 » donne un fichier différent : sa taille ou sa version ne sont pas celles des octets déjà reçus. Recommencer ce fichier depuis le début avec le nouveau lien ? Ce qui a été reçu jusqu&apos;ici est alors abandonné.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Haul</source>
        <translation>À propos de Haul</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Haul %1&lt;/h3&gt;&lt;p&gt;A download manager whose downloads never corrupt and always resume, and whose errors explain themselves.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Haul %1&lt;/h3&gt;&lt;p&gt;Un gestionnaire de téléchargements dont les téléchargements ne sont jamais corrompus et reprennent toujours, et dont les erreurs s&apos;expliquent d&apos;elles-mêmes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Haul</source>
        <translation>Haul</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Priorité</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Add downloads (Ctrl+N)</source>
        <translation>Ajouter des téléchargements (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Paste addresses</source>
        <translation>&amp;Coller des adresses</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Suspendre</translation>
    </message>
    <message>
        <source>Resume or suspend</source>
        <translation>Reprendre ou suspendre</translation>
    </message>
    <message>
        <source>&amp;Cancel…</source>
        <translation>&amp;Annuler…</translation>
    </message>
    <message>
        <source>C&amp;omplete</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Save the finished files under their final names</source>
        <translation>Enregistre les fichiers terminés sous leur nom définitif</translation>
    </message>
    <message>
        <source>Remove from &amp;list</source>
        <translation>Retirer de la &amp;liste</translation>
    </message>
    <message>
        <source>&amp;Inspect error…</source>
        <translation>&amp;Examiner l&apos;erreur…</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>&amp;Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>&amp;Copier l&apos;adresse</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Show or hide Haul</source>
        <translation>Afficher ou masquer Haul</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Tout reprendre</translation>
    </message>
    <message>
        <source>Suspend all</source>
        <translation>Tout suspendre</translation>
    </message>
    <message>
        <source>&amp;About Haul</source>
        <translation>À &amp;propos de Haul</translation>
    </message>
    <message>
        <source>Search name or address</source>
        <translation>Rechercher un nom ou une adresse</translation>
    </message>
    <message numerus="yes">
        <source>%n in error</source>
        <translation>
            <numerusform>%n en erreur</numerusform>
            <numerusform>%n en erreur</numerusform>
        </translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>Haul — %1</source>
        <translation>Haul — %1</translation>
    </message>
    <message>
        <source>Could not add</source>
        <translation>Ajout impossible</translation>
    </message>
    <message>
        <source>%1 (%2)%3</source>
        <translation>%1 (%2)%3</translation>
    </message>
    <message>
        <source>Cancel or remove</source>
        <translation>Annuler ou retirer</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <source>Could not complete</source>
        <translation>Impossible de terminer</translation>
    </message>
    <message>
        <source>Could not save the files</source>
        <translation>Impossible d&apos;enregistrer les fichiers</translation>
    </message>
    <message>
        <source>%1: %2 (%3)%4</source>
        <translation>%1 : %2 (%3)%4</translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation>&amp;Téléchargements</translation>
    </message>
    <message>
        <source>&amp;Queue order</source>
        <translation>Ordre de la &amp;file d&apos;attente</translation>
    </message>
    <message>
        <source>Move to &amp;top</source>
        <translation>Placer en &amp;tête de file</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Move to &amp;bottom</source>
        <translation>Placer en &amp;fin de file</translation>
    </message>
    <message>
        <source>Res&amp;tart…</source>
        <translation>Reco&amp;mmencer…</translation>
    </message>
    <message>
        <source>Download the selected downloads again from zero</source>
        <translation>Recommence depuis zéro les téléchargements sélectionnés</translation>
    </message>
    <message>
        <source>Remove &amp;with files…</source>
        <translation>Supprimer a&amp;vec les fichiers…</translation>
    </message>
    <message>
        <source>Speed limit and co&amp;nnections…</source>
        <translation>Limite de vitesse et co&amp;nnexions…</translation>
    </message>
    <message>
        <source>Cancel the selected downloads and delete their partial data, or remove finished downloads from the list (Delete)</source>
        <translation>Annule les téléchargements sélectionnés et supprime leurs données partielles, ou retire de la liste les téléchargements terminés (Suppr)</translation>
    </message>
    <message>
        <source>Search downloads</source>
        <translation>Rechercher des téléchargements</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s)</source>
        <translation>
            <numerusform>%n téléchargement</numerusform>
            <numerusform>%n téléchargements</numerusform>
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
        <translation>Haul continue de télécharger depuis la zone de notification ; pour le fermer, choisissez « Quitter » dans son menu.</translation>
    </message>
    <message>
        <source>Haul is still running</source>
        <translation>Haul est toujours actif</translation>
    </message>
    <message>
        <source>Haul starts with Do nothing each time; a countdown of 60 seconds comes first and can be cancelled.</source>
        <translation>Haul démarre chaque fois avec «&#xa0;Ne rien faire&#xa0;»&#xa0;; un compte à rebours de 60 secondes précède l&apos;action et peut être annulé.</translation>
    </message>
    <message>
        <source>The system (logind) does not let Haul do this on this computer.</source>
        <translation>Le système (logind) ne permet pas à Haul de le faire sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Open &amp;when done</source>
        <translation>Ouvr&amp;ir une fois terminé</translation>
    </message>
    <message>
        <source>Open the first file of the selected downloads once it is saved</source>
        <translation>Ouvre le premier fichier des téléchargements sélectionnés dès qu&apos;il est enregistré</translation>
    </message>
    <message>
        <source>Ru&amp;n when done…</source>
        <translation>E&amp;xécuter une fois terminé…</translation>
    </message>
    <message>
        <source>Run a program with the files of the selected downloads once they are saved</source>
        <translation>Exécute un programme avec les fichiers des téléchargements sélectionnés dès qu&apos;ils sont enregistrés</translation>
    </message>
    <message>
        <source>When all downloads &amp;finish</source>
        <translation>&amp;Quand tous les téléchargements sont terminés</translation>
    </message>
    <message>
        <source>Do &amp;nothing</source>
        <translation>Ne &amp;rien faire</translation>
    </message>
    <message>
        <source>&amp;Quit Haul</source>
        <translation>&amp;Quitter Haul</translation>
    </message>
    <message>
        <source>&amp;Suspend the computer</source>
        <translation>Mettre l&apos;ordinateur en &amp;veille</translation>
    </message>
    <message>
        <source>&amp;Power off the computer</source>
        <translation>É&amp;teindre l&apos;ordinateur</translation>
    </message>
</context>
<context>
    <name>MonitorCommand</name>
    <message>
        <source>haul monitor: %1
</source>
        <translation>haul monitor : %1
</translation>
    </message>
    <message>
        <source>unexpected argument</source>
        <translation>argument inattendu</translation>
    </message>
    <message>
        <source>Usage: haul monitor [--store PATH]

Shows every job with its state, progress, speed and error, refreshed every second,
until Ctrl+C.
</source>
        <translation>Utilisation : haul monitor [--store CHEMIN]

Affiche tous les travaux avec leur état, leur progression, leur vitesse et leur
erreur, actualisés chaque seconde, jusqu&apos;à Ctrl+C.
</translation>
    </message>
    <message>
        <source>Haul – %1 – %2</source>
        <translation>Haul – %1 – %2</translation>
    </message>
    <message>
        <source>ID        %1  STATE            PROGRESS              SPEED         ERROR</source>
        <translation>ID        %1  ÉTAT             PROGRESSION           VITESSE       ERREUR</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Download finished</source>
        <translation>Téléchargement terminé</translation>
    </message>
    <message>
        <source>Inspect error…</source>
        <translation>Examiner l&apos;erreur…</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Échec du téléchargement</translation>
    </message>
    <message>
        <source>“%1” stopped: %2</source>
        <translation>« %1 » s&apos;est arrêté : %2</translation>
    </message>
    <message>
        <source>Add the copied link?</source>
        <translation>Ajouter le lien copié ?</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Click to add it.</source>
        <translation>Cliquez pour l&apos;ajouter.</translation>
    </message>
</context>
<context>
    <name>ProxyChoice</name>
    <message>
        <source>empty proxy address</source>
        <translation>adresse de proxy vide</translation>
    </message>
    <message>
        <source>HTTPS proxies are not supported; use http://, socks5:// or socks5h://</source>
        <translation>les proxys HTTPS ne sont pas pris en charge ; utilisez http://, socks5:// ou socks5h://</translation>
    </message>
    <message>
        <source>unsupported proxy scheme; use http://, socks5:// or socks5h://</source>
        <translation>schéma de proxy non pris en charge ; utilisez http://, socks5:// ou socks5h://</translation>
    </message>
    <message>
        <source>bad proxy port; it must be a number from 1 to 65535</source>
        <translation>port de proxy incorrect ; il doit être un nombre de 1 à 65535</translation>
    </message>
    <message>
        <source>the proxy address has no host</source>
        <translation>l&apos;adresse du proxy n&apos;a pas d&apos;hôte</translation>
    </message>
    <message>
        <source>a proxy address must not contain a user or password; give them with haul setcredentials JOB proxy basic USER</source>
        <translation>une adresse de proxy ne doit contenir ni utilisateur ni mot de passe ; donnez-les avec haul setcredentials JOB proxy basic USER</translation>
    </message>
    <message>
        <source>preconfig and no_proxy take no proxy list</source>
        <translation>preconfig et no_proxy ne prennent pas de liste de proxys</translation>
    </message>
    <message>
        <source>unknown proxy mode; use preconfig, no_proxy or override</source>
        <translation>mode de proxy inconnu ; utilisez preconfig, no_proxy ou override</translation>
    </message>
    <message>
        <source>override needs a proxy list, such as http://proxy:3128</source>
        <translation>override demande une liste de proxys, comme http://proxy:3128</translation>
    </message>
</context>
<context>
    <name>RangesBar</name>
    <message>
        <source>Parts of the file on disk</source>
        <translation>Parties du fichier sur le disque</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>fichier vide</translation>
    </message>
    <message>
        <source>size not known yet</source>
        <translation>taille encore inconnue</translation>
    </message>
</context>
<context>
    <name>RunWhenDoneDialog</name>
    <message>
        <source>Run when done</source>
        <translation>Exécuter une fois terminé</translation>
    </message>
    <message>
        <source>When %1 is done, run this program with the saved files&apos; paths as its last arguments. Leave it empty to run nothing.</source>
        <translation>Une fois %1 terminé, ce programme sera exécuté avec les chemins des fichiers enregistrés comme derniers arguments. Laissez vide pour ne rien exécuter.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Optional, e.g. --verbose</source>
        <translation>Facultatif, p. ex. --verbose</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>&amp;Arguments&#xa0;:</translation>
    </message>
    <message>
        <source>“%1” is not a program that can be run. Choose one with Browse….</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un programme exécutable. Choisissez-en un avec «&#xa0;Parcourir…&#xa0;».</translation>
    </message>
    <message>
        <source>Choose a program</source>
        <translation>Choisir un programme</translation>
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
        <translation>Suspendus par la planification jusqu&apos;à ce que vous repreniez les téléchargements</translation>
    </message>
    <message>
        <source>Paused by the schedule until %1</source>
        <translation>Suspendus par la planification jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Limited to %1 by the schedule</source>
        <translation>Limités à %1 par la planification</translation>
    </message>
    <message>
        <source>Limited to %1 until %2</source>
        <translation>Limités à %1 jusqu&apos;à %2</translation>
    </message>
    <message>
        <source>Paused by the schedule</source>
        <translation>Suspendus par la planification</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Start queued downloads at</source>
        <translation>Démarrer les téléchargements en file d&apos;attente à</translation>
    </message>
    <message>
        <source>Pause downloads at</source>
        <translation>Mettre les téléchargements en pause à</translation>
    </message>
    <message>
        <source>Schedule rules</source>
        <translation>Règles de planification</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nouvelle règle</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Ajouter une règle</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Retirer la règle</translation>
    </message>
    <message>
        <source>Background downloads pause or share a speed limit at these times; foreground ones ignore them. A rule: days (mon-fri, sat,sun, daily), times (22:00-06:00 crosses midnight), then &quot;pause&quot; or &quot;limit&quot; and a rate such as 500k or 2M.</source>
        <translation>Les téléchargements en arrière-plan sont mis en pause ou partagent une limite de vitesse à ces heures ; ceux au premier plan les ignorent. Une règle : des jours (mon-fri, sat,sun, daily), des heures (22:00-06:00 passe minuit), puis « pause » ou « limit » et un débit comme 500k ou 2M.</translation>
    </message>
    <message>
        <source>Not a rule: %1</source>
        <translation>Pas une règle : %1</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>haul serve: %1
</source>
        <translation>haul serve : %1
</translation>
    </message>
    <message>
        <source>unexpected argument</source>
        <translation>argument inattendu</translation>
    </message>
    <message>
        <source>Usage: haul serve [--store PATH] [--auto-complete]

Runs the jobs of the store without a window until SIGTERM or SIGINT, and answers the
other haul verbs on that store. Jobs that reach Transferred wait for &quot;haul complete&quot;
unless --auto-complete is given. Nothing is suspended on exit: jobs go on next time.
</source>
        <translation>Utilisation : haul serve [--store CHEMIN] [--auto-complete]

Exécute les travaux du magasin sans fenêtre jusqu&apos;à SIGTERM ou SIGINT, et répond
aux autres verbes haul sur ce magasin. Les travaux qui atteignent l&apos;état Transféré
attendent « haul complete », sauf si --auto-complete est indiqué. Rien n&apos;est
suspendu à la sortie : les travaux reprennent la fois suivante.
</translation>
    </message>
    <message>
        <source>haul serve: the job store %1 is already run by another Haul process (pid %2).
</source>
        <translation>haul serve : le magasin de travaux %1 est déjà exécuté par un autre processus Haul (pid %2).
</translation>
    </message>
    <message>
        <source>job %1: error %2 (%3) in context %4: %5</source>
        <translation>travail %1 : erreur %2 (%3) dans le contexte %4 : %5</translation>
    </message>
    <message>
        <source>job %1: completed (%2)</source>
        <translation>travail %1 : terminé (%2)</translation>
    </message>
    <message>
        <source>stopping; unfinished jobs go on the next time Haul runs</source>
        <translation>arrêt ; les travaux non terminés reprendront au prochain lancement de Haul</translation>
    </message>
    <message>
        <source>serving %1</source>
        <translation>magasin %1 en service</translation>
    </message>
    <message>
        <source>job %1 (%2): %3</source>
        <translation>travail %1 (%2) : %3</translation>
    </message>
    <message>
        <source>D-Bus: io.github.haul.Haul on the session bus</source>
        <translation>D-Bus : io.github.haul.Haul sur le bus de session</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Tell me when a download finishes or fails</source>
        <translation>M&apos;avertir quand un téléchargement se termine ou échoue</translation>
    </message>
    <message>
        <source>Closing the window keeps Haul running in the tray</source>
        <translation>Fermer la fenêtre laisse Haul actif dans la zone de notification</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Default folder:</source>
        <translation>Dossier par défaut :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>First retry after:</source>
        <translation>Premier nouvel essai après :</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>at the first error</source>
        <translation>à la première erreur</translation>
    </message>
    <message>
        <source>Give up after no progress for:</source>
        <translation>Abandon sans progression après :</translation>
    </message>
    <message>
        <source>A connection that receives nothing for this long is retried.</source>
        <translation>Une connexion qui ne reçoit rien pendant cette durée est relancée.</translation>
    </message>
    <message>
        <source>Stalled connection after:</source>
        <translation>Connexion bloquée après :</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>Dossier par défaut</translation>
    </message>
    <message>
        <source>A large file from a server that allows it is fetched over this many connections at once.</source>
        <translation>Un gros fichier, si le serveur le permet, est téléchargé par autant de connexions à la fois.</translation>
    </message>
    <message>
        <source>Connections per file:</source>
        <translation>Connexions par fichier :</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> Kio/s</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>aucune limite</translation>
    </message>
    <message>
        <source>Speed limit for all downloads:</source>
        <translation>Limite de vitesse globale :</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Trusted certificates:</source>
        <translation>Certificats approuvés :</translation>
    </message>
    <message>
        <source>System: the environment&apos;s proxy, else the desktop&apos;s</source>
        <translation>Système : le proxy de l&apos;environnement, sinon celui du bureau</translation>
    </message>
    <message>
        <source>None: connect directly</source>
        <translation>Aucun : connexion directe</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>http://proxy:3128 or socks5h://host:1080</source>
        <translation>http://proxy:3128 ou socks5h://host:1080</translation>
    </message>
    <message>
        <source>&lt;local&gt; .example.org 10.0.0.0/8</source>
        <translation>&lt;local&gt; .example.org 10.0.0.0/8</translation>
    </message>
    <message>
        <source>Proxies:</source>
        <translation>Proxys :</translation>
    </message>
    <message>
        <source>Except for:</source>
        <translation>Sauf pour :</translation>
    </message>
    <message>
        <source>Add downloads from the browser without asking</source>
        <translation>Ajouter sans demander les téléchargements du navigateur</translation>
    </message>
    <message>
        <source>Off: a download the browser extension hands over opens the Add dialog first.</source>
        <translation>Désactivé : un téléchargement confié par l&apos;extension du navigateur ouvre d&apos;abord la boîte Ajouter.</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Foreground downloads always run; this limits the others.</source>
        <translation>Les téléchargements au premier plan s&apos;exécutent toujours ; cette limite s&apos;applique aux autres.</translation>
    </message>
    <message>
        <source>Downloads at the same time:</source>
        <translation>Téléchargements simultanés :</translation>
    </message>
    <message>
        <source>Files of a download at once:</source>
        <translation>Fichiers simultanés par téléchargement :</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Certificats approuvés</translation>
    </message>
    <message>
        <source>The proxy a new download starts with; haul setproxysettings changes it for one download.</source>
        <translation>Le proxy attribué à chaque nouveau téléchargement ; haul setproxysettings le modifie pour un téléchargement donné.</translation>
    </message>
    <message>
        <source>Proxy for new downloads:</source>
        <translation>Proxy des nouveaux téléchargements :</translation>
    </message>
    <message>
        <source>Every download together opens at most this many connections to one server; more files wait their turn.</source>
        <translation>Tous les téléchargements ensemble ouvrent au plus ce nombre de connexions vers un même serveur ; les autres fichiers attendent leur tour.</translation>
    </message>
    <message>
        <source>Connections per server:</source>
        <translation>Connexions par serveur :</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
</context>
<context>
    <name>SpeedGraph</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
</context>
<context>
    <name>TransferCommand</name>
    <message>
        <source>unknown priority &quot;%1&quot; (foreground, high, normal or low)</source>
        <translation>priorité inconnue « %1 » (foreground, high, normal ou low)</translation>
    </message>
    <message>
        <source>--connections takes a number from 1 to 16</source>
        <translation>--connections attend un nombre de 1 à 16</translation>
    </message>
    <message>
        <source>--retry-delay takes a number of seconds from 1 to 86400</source>
        <translation>--retry-delay attend un nombre de secondes de 1 à 86400</translation>
    </message>
    <message>
        <source>--no-progress-timeout takes a number of seconds, 0 or more</source>
        <translation>--no-progress-timeout attend un nombre de secondes supérieur ou égal à 0</translation>
    </message>
    <message>
        <source>--limit takes a rate in bytes per second, such as 500k or 2M</source>
        <translation>--limit attend un débit en octets par seconde, par exemple 500k ou 2M</translation>
    </message>
    <message>
        <source>malformed header &quot;%1&quot; (expected &quot;Name: value&quot;)</source>
        <translation>en-tête mal formé « %1 » (format attendu : « Nom: valeur »)</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>the folder %1 is not writable</source>
        <translation>le dossier %1 n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <source>unsupported scheme in &quot;%1&quot;: only http and https can be downloaded</source>
        <translation>schéma non pris en charge dans « %1 » : seuls http et https peuvent être téléchargés</translation>
    </message>
    <message>
        <source>malformed URL &quot;%1&quot;</source>
        <translation>URL mal formée « %1 »</translation>
    </message>
    <message>
        <source>cannot write to %1: the folder does not exist or is not writable</source>
        <translation>impossible d&apos;écrire dans %1 : le dossier n&apos;existe pas ou n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <source>no URL given; see haul transfer --help</source>
        <translation>aucune URL indiquée ; voir haul transfer --help</translation>
    </message>
    <message>
        <source>more --sha256 values than files</source>
        <translation>plus de valeurs --sha256 que de fichiers</translation>
    </message>
    <message>
        <source>--sha256 takes 64 hexadecimal digits, not &quot;%1&quot;</source>
        <translation>--sha256 attend 64 chiffres hexadécimaux, et non « %1 »</translation>
    </message>
    <message>
        <source>haul: the job store %1 is in use by another Haul process (pid %2).
</source>
        <translation>haul : le magasin de travaux %1 est utilisé par un autre processus Haul (pid %2).
</translation>
    </message>
    <message>
        <source>haul transfer: %1
</source>
        <translation>haul transfer : %1
</translation>
    </message>
    <message>
        <source>Continuing job %1 (%2, %3 already here).
</source>
        <translation>Reprise du travail %1 (%2, %3 déjà reçus).
</translation>
    </message>
    <message>
        <source>The server cannot resume a partly downloaded file, so that file starts over.
</source>
        <translation>Le serveur ne permet pas de reprendre un fichier partiellement téléchargé : ce fichier repart de zéro.
</translation>
    </message>
    <message>
        <source>haul transfer: the %1 header is kept in memory only, never in the job list; if the transfer is interrupted, run the same command again to continue.
</source>
        <translation>haul transfer : l’en-tête %1 est gardé en mémoire seulement, jamais dans la liste des travaux ; si le transfert est interrompu, relancez la même commande pour le poursuivre.
</translation>
    </message>
</context>
<context>
    <name>WhenAllDone</name>
    <message numerus="yes">
        <source>All downloads have finished. Haul will quit in %n second(s).</source>
        <translation>
            <numerusform>Tous les téléchargements sont terminés. Haul se fermera dans %n seconde.</numerusform>
            <numerusform>Tous les téléchargements sont terminés. Haul se fermera dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All downloads have finished. Haul will suspend the computer in %n second(s).</source>
        <translation>
            <numerusform>Tous les téléchargements sont terminés. Haul mettra l&apos;ordinateur en veille dans %n seconde.</numerusform>
            <numerusform>Tous les téléchargements sont terminés. Haul mettra l&apos;ordinateur en veille dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All downloads have finished. Haul will power off the computer in %n second(s).</source>
        <translation>
            <numerusform>Tous les téléchargements sont terminés. Haul éteindra l&apos;ordinateur dans %n seconde.</numerusform>
            <numerusform>Tous les téléchargements sont terminés. Haul éteindra l&apos;ordinateur dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Haul could not suspend the computer: %1</source>
        <translation>Haul n&apos;a pas pu mettre l&apos;ordinateur en veille&#xa0;: %1</translation>
    </message>
    <message>
        <source>Haul could not power off the computer: %1</source>
        <translation>Haul n&apos;a pas pu éteindre l&apos;ordinateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>When all downloads finish</source>
        <translation>Quand tous les téléchargements sont terminés</translation>
    </message>
</context>
<context>
    <name>WhenDone</name>
    <message>
        <source>No program opened “%1”.</source>
        <translation>Aucun programme n&apos;a ouvert «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Could not run “%1” for “%2”.</source>
        <translation>Impossible d&apos;exécuter «&#xa0;%1&#xa0;» pour «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
</TS>
