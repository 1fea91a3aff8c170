<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected account</source>
        <translation>Ausgewähltes Konto entfernen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>z. B. Produktion</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>API &amp;secret:</source>
        <translation>API-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>API-Geheimnis</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the API secret</source>
        <translation>API-Geheimnis anzeigen</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>API-&amp;Adresse:</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <source>Advanced: leave as it is unless you use a proxy or a local sandbox.</source>
        <translation>Erweitert: Nur bei Verwendung eines Proxys oder einer lokalen Sandbox ändern.</translation>
    </message>
    <message>
        <source>&amp;Check connection</source>
        <translation>&amp;Verbindung prüfen</translation>
    </message>
    <message>
        <source>Check the connection to Fivetran</source>
        <translation>Verbindung zu Fivetran prüfen</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>S&amp;peichern</translation>
    </message>
    <message>
        <source>Save the account</source>
        <translation>Konto speichern</translation>
    </message>
    <message>
        <source>From Fivetran&apos;s Account settings, API key. Kept in the system keychain, never in a file.</source>
        <translation>Aus Fivetrans Kontoeinstellungen, API-Schlüssel. Im Schlüsselbund des Systems gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Shown once by Fivetran with the API key. Kept in the system keychain, never in a file.</source>
        <translation>Wird von Fivetran einmalig mit dem API-Schlüssel angezeigt. Im Schlüsselbund des Systems gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>The Sandbox account is always there, in the account list of the main window: a local emulator of Fivetran&apos;s API inside this application, with demo webhooks. It needs no key, nothing done there reaches Fivetran, and it starts afresh each time the application starts.</source>
        <translation>Das Sandbox-Konto ist immer vorhanden, in der Kontenliste des Hauptfensters: ein lokaler Emulator der API von Fivetran innerhalb dieser Anwendung, mit Demo-Webhooks. Es braucht keinen Schlüssel, nichts, was dort geschieht, erreicht Fivetran, und es beginnt bei jedem Start der Anwendung von vorn.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Seitengröße:</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitengröße</translation>
    </message>
    <message>
        <source>How many webhooks each request to Fivetran asks for, from 1 to 1000.</source>
        <translation>Wie viele Webhooks jede Anfrage an Fivetran abruft, von 1 bis 1000.</translation>
    </message>
    <message>
        <source>How many webhooks each request to Fivetran asks for. Larger pages need fewer requests; smaller pages show the first rows sooner.</source>
        <translation>Wie viele Webhooks jede Anfrage an Fivetran abruft. Größere Seiten brauchen weniger Anfragen; kleinere Seiten zeigen die ersten Zeilen früher.</translation>
    </message>
    <message>
        <source>&amp;Receiver port:</source>
        <translation>&amp;Empfänger-Port:</translation>
    </message>
    <message>
        <source>Receiver port</source>
        <translation>Empfänger-Port</translation>
    </message>
    <message>
        <source>The port on 127.0.0.1 the receiver listens on; 0 picks any free port.</source>
        <translation>Der Port auf 127.0.0.1, auf dem der Empfänger lauscht; 0 wählt einen beliebigen freien Port.</translation>
    </message>
    <message>
        <source>A fixed port keeps the receiver&apos;s URL the same from one start to the next, so webhooks that deliver to it keep working.</source>
        <translation>Ein fester Port hält die URL des Empfängers von Start zu Start gleich, sodass Webhooks, die an ihn zustellen, weiter funktionieren.</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>Beliebiger freier Port</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the application; the system&apos;s language by default.</source>
        <translation>Die Sprache der Anwendung; standardmäßig die Sprache des Systems.</translation>
    </message>
    <message>
        <source>Re&amp;member new webhook secrets on this computer</source>
        <translation>Neue Webhook-Geheimnisse auf diesem Computer &amp;merken</translation>
    </message>
    <message>
        <source>Whether the webhook dialog offers to keep a new secret in the keychain, checked by default.</source>
        <translation>Ob der Webhook-Dialog anbietet, ein neues Geheimnis im Schlüsselbund zu speichern – standardmäßig angehakt.</translation>
    </message>
    <message>
        <source>Fivetran never returns a webhook&apos;s secret. Remembered secrets, kept in the keychain, let the receiver verify deliveries. You can still choose for each webhook.</source>
        <translation>Fivetran gibt das Geheimnis eines Webhooks nie zurück. Gemerkte Geheimnisse, im Schlüsselbund gespeichert, ermöglichen dem Empfänger, Zustellungen zu prüfen. Die Wahl bleibt für jeden Webhook möglich.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Fivetran Webhooks</source>
        <translation>Fivetran Webhooks</translation>
    </message>
</context>
<context>
    <name>ReceiverDockWidget</name>
    <message>
        <source>Receiver</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Start or stop the receiver</source>
        <translation>Empfänger starten oder stoppen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>The port to listen on, on 127.0.0.1; 0 picks any free port.</source>
        <translation>Der Port, auf dem auf 127.0.0.1 gelauscht wird; 0 wählt einen beliebigen freien Port.</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>Beliebiger freier Port</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Receiver URL</source>
        <translation>Empfänger-URL</translation>
    </message>
    <message>
        <source>Not listening</source>
        <translation>Nicht empfangsbereit</translation>
    </message>
    <message>
        <source>Copy the receiver URL</source>
        <translation>Empfänger-URL kopieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Receiver status</source>
        <translation>Empfängerstatus</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <source>Delivery details</source>
        <translation>Zustellungsdetails</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Body as formatted JSON</source>
        <translation>Inhalt als formatiertes JSON</translation>
    </message>
    <message>
        <source>Raw body</source>
        <translation>Rohinhalt</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Anfrage-Header</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Signature verdict explanation</source>
        <translation>Erläuterung des Signatur-Prüfergebnisses</translation>
    </message>
    <message>
        <source>Copy the selected delivery as a curl command</source>
        <translation>Ausgewählte Zustellung als curl-Befehl kopieren</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Export the deliveries as JSON lines</source>
        <translation>Zustellungen als JSON Lines exportieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Clear the deliveries</source>
        <translation>Zustellungen leeren</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Reject deliveries whose signature cannot be verified</source>
        <translation>Zustellungen ablehnen, deren Signatur sich nicht verifizieren lässt</translation>
    </message>
    <message>
        <source>Answer 401 to a delivery whose signature cannot be verified with a remembered secret (unsigned ones too), as a receiver that checks signatures does. Fivetran then counts it as failed and retries it.</source>
        <translation>Eine Zustellung, deren Signatur sich mit keinem gespeicherten Geheimnis verifizieren lässt (auch eine unsignierte), mit 401 beantworten, wie es ein Empfänger tut, der Signaturen prüft. Fivetran wertet sie dann als fehlgeschlagen und stellt sie erneut zu.</translation>
    </message>
    <message>
        <source>Re&amp;ject unverified deliveries (401)</source>
        <translation>Nicht verifizierte Zustellungen &amp;ablehnen (401)</translation>
    </message>
</context>
<context>
    <name>SendTestDialog</name>
    <message>
        <source>Send Test</source>
        <translation>Test senden</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Webhook id</source>
        <translation>Webhook-ID</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Ereignis:</translation>
    </message>
    <message>
        <source>Event to send</source>
        <translation>Zu sendendes Ereignis</translation>
    </message>
    <message>
        <source>Send every event the webhook subscribes to, or one chosen event</source>
        <translation>Jedes Ereignis senden, das der Webhook abonniert hat, oder ein ausgewähltes Ereignis</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Show error details</source>
        <translation>Fehlerdetails anzeigen</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Testergebnisse</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Send test</source>
        <translation>Test senden</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>Senden stoppen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
</context>
<context>
    <name>VerifyPayloadDialog</name>
    <message>
        <source>Verify a Payload</source>
        <translation>Nutzdaten prüfen</translation>
    </message>
    <message>
        <source>&amp;Body, exactly as delivered:</source>
        <translation>&amp;Inhalt, genau wie zugestellt:</translation>
    </message>
    <message>
        <source>Delivered body</source>
        <translation>Zugestellter Inhalt</translation>
    </message>
    <message>
        <source>{&quot;event&quot;:&quot;sync_end&quot;,...}</source>
        <translation>{&quot;event&quot;:&quot;sync_end&quot;,...}</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>&amp;Signatur:</translation>
    </message>
    <message>
        <source>X-Fivetran-Signature-256 value</source>
        <translation>Wert von X-Fivetran-Signature-256</translation>
    </message>
    <message>
        <source>The X-Fivetran-Signature-256 header (64 hex digits)</source>
        <translation>Der Header X-Fivetran-Signature-256 (64 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation>&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Webhook-Geheimnis</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Prüfergebnis</translation>
    </message>
    <message>
        <source>Paste the body exactly as delivered: the verdict below follows every change.</source>
        <translation>Den Inhalt genau wie zugestellt einfügen: Das Prüfergebnis unten folgt jeder Änderung.</translation>
    </message>
    <message>
        <source>The secret set on the webhook. Used only for this check, and cleared when the dialog closes.</source>
        <translation>Das am Webhook gesetzte Geheimnis. Nur für diese Prüfung verwendet und beim Schließen des Dialogs gelöscht.</translation>
    </message>
</context>
<context>
    <name>WebhookDialog</name>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Geltungsbereich:</translation>
    </message>
    <message>
        <source>The webhook receives the events of every group in the account.</source>
        <translation>Der Webhook empfängt die Ereignisse aller Gruppen des Kontos.</translation>
    </message>
    <message>
        <source>Account scope</source>
        <translation>Geltungsbereich Konto</translation>
    </message>
    <message>
        <source>A&amp;ccount (every group)</source>
        <translation>&amp;Konto (jede Gruppe)</translation>
    </message>
    <message>
        <source>The webhook receives the events of one group only.</source>
        <translation>Der Webhook empfängt nur die Ereignisse einer einzigen Gruppe.</translation>
    </message>
    <message>
        <source>Group scope</source>
        <translation>Geltungsbereich Gruppe</translation>
    </message>
    <message>
        <source>One &amp;group</source>
        <translation>Eine &amp;Gruppe</translation>
    </message>
    <message>
        <source>Gr&amp;oup:</source>
        <translation>Gru&amp;ppe:</translation>
    </message>
    <message>
        <source>Group of the webhook</source>
        <translation>Gruppe des Webhooks</translation>
    </message>
    <message>
        <source>Search groups</source>
        <translation>Gruppen durchsuchen</translation>
    </message>
    <message>
        <source>Filters the groups by name or id</source>
        <translation>Filtert die Gruppen nach Name oder ID</translation>
    </message>
    <message>
        <source>Search groups by name or id</source>
        <translation>Gruppen nach Name oder ID durchsuchen</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Choose the group the webhook belongs to</source>
        <translation>Gruppe wählen, zu der der Webhook gehört</translation>
    </message>
    <message>
        <source>Retry loading groups</source>
        <translation>Laden der Gruppen wiederholen</translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>The https address Fivetran delivers events to</source>
        <translation>Die https-Adresse, an die Fivetran Ereignisse zustellt</translation>
    </message>
    <message>
        <source>https://hooks.example.com/fivetran</source>
        <translation>https://hooks.example.com/fivetran</translation>
    </message>
    <message>
        <source>Use the &amp;receiver</source>
        <translation>Empfänger &amp;verwenden</translation>
    </message>
    <message>
        <source>Use the local receiver&apos;s address</source>
        <translation>Adresse des lokalen Empfängers verwenden</translation>
    </message>
    <message>
        <source>Deliver to the receiver dock on this computer, to see and verify what arrives</source>
        <translation>An das Empfänger-Dock auf diesem Computer zustellen, um zu sehen und zu prüfen, was ankommt</translation>
    </message>
    <message>
        <source>&amp;Events:</source>
        <translation>&amp;Ereignisse:</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>Ereignisse durchsuchen</translation>
    </message>
    <message>
        <source>Filters the events by name or description</source>
        <translation>Filtert die Ereignisse nach Name oder Beschreibung</translation>
    </message>
    <message>
        <source>Search events by name or description</source>
        <translation>Ereignisse nach Name oder Beschreibung durchsuchen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Check the events Fivetran should send to this webhook</source>
        <translation>Ereignisse ankreuzen, die Fivetran an diesen Webhook senden soll</translation>
    </message>
    <message>
        <source>Check every listed event that is not deprecated</source>
        <translation>Jedes aufgeführte Ereignis ankreuzen, das nicht veraltet ist</translation>
    </message>
    <message>
        <source>Select all events</source>
        <translation>Alle Ereignisse auswählen</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <source>Uncheck every listed event</source>
        <translation>Alle aufgeführten Ereignisse abwählen</translation>
    </message>
    <message>
        <source>Clear events</source>
        <translation>Ereignisauswahl aufheben</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Alle a&amp;bwählen</translation>
    </message>
    <message>
        <source>Fivetran accepts any event name: add one that is not in the list, such as an event added after this version</source>
        <translation>Fivetran akzeptiert jeden Ereignisnamen: hier einen hinzufügen, der nicht in der Liste steht, z. B. ein Ereignis, das nach dieser Version eingeführt wurde</translation>
    </message>
    <message>
        <source>Other event name</source>
        <translation>Anderer Ereignisname</translation>
    </message>
    <message>
        <source>Another event name, e.g. one Fivetran added recently</source>
        <translation>Ein weiterer Ereignisname, z. B. einer, den Fivetran kürzlich eingeführt hat</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Ac&amp;tive</source>
        <translation>Ak&amp;tiv</translation>
    </message>
    <message>
        <source>When active, Fivetran sends a test request to the URL now; if it doesn&apos;t answer 2xx the webhook is not saved. Untick Active to create it inactive and activate it later.</source>
        <translation>Wenn aktiv, sendet Fivetran jetzt eine Testanfrage an die URL; antwortet sie nicht mit 2xx, wird der Webhook nicht gespeichert. „Aktiv“ abwählen, um ihn inaktiv zu erstellen und später zu aktivieren.</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Geheimnis:</translation>
    </message>
    <message>
        <source>Leave the secret unchanged</source>
        <translation>Geheimnis unverändert lassen</translation>
    </message>
    <message>
        <source>Lea&amp;ve unchanged</source>
        <translation>Unverän&amp;dert lassen</translation>
    </message>
    <message>
        <source>No secret</source>
        <translation>Kein Geheimnis</translation>
    </message>
    <message>
        <source>&amp;No secret</source>
        <translation>Kei&amp;n Geheimnis</translation>
    </message>
    <message>
        <source>Set a new secret</source>
        <translation>Neues Geheimnis festlegen</translation>
    </message>
    <message>
        <source>Set ne&amp;w</source>
        <translation>Neu &amp;festlegen</translation>
    </message>
    <message>
        <source>Generate a strong secret</source>
        <translation>Starkes Geheimnis generieren</translation>
    </message>
    <message>
        <source>Gene&amp;rate</source>
        <translation>Gene&amp;rieren</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>The key Fivetran signs every delivery with</source>
        <translation>Der Schlüssel, mit dem Fivetran jede Zustellung signiert</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Geheimnis anzeigen</translation>
    </message>
    <message>
        <source>Show secret</source>
        <translation>Geheimnis anzeigen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Copy the secret to the clipboard</source>
        <translation>Geheimnis in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy secret</source>
        <translation>Geheimnis kopieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>&amp;Remember it on this computer, so deliveries can be verified</source>
        <translation>Auf diesem Computer &amp;merken, damit Zustellungen geprüft werden können</translation>
    </message>
    <message>
        <source>Remember the secret in the keychain</source>
        <translation>Geheimnis im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>&amp;Forget remembered secret</source>
        <translation>Gemerktes Geheimnis &amp;löschen</translation>
    </message>
    <message>
        <source>Forget the secret remembered for this webhook</source>
        <translation>Das für diesen Webhook gemerkte Geheimnis löschen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Show error details</source>
        <translation>Fehlerdetails anzeigen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Untick Active and save again: Fivetran skips the test request until you activate the webhook</source>
        <translation>„Aktiv“ abwählen und erneut speichern: Fivetran überspringt die Testanfrage, bis der Webhook aktiviert wird</translation>
    </message>
    <message>
        <source>Create inactive</source>
        <translation>Inaktiv erstellen</translation>
    </message>
    <message>
        <source>Create &amp;inactive</source>
        <translation>&amp;Inaktiv erstellen</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
</context>
<context>
    <name>fw::AccountSession</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>The built-in sandbox could not listen on a loopback port.</source>
        <translation>Die integrierte Sandbox konnte auf keinem Loopback-Port lauschen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>fw::AccountsDialog</name>
    <message>
        <source>The key and secret are kept in %1, never in a file.</source>
        <translation>Schlüssel und Geheimnis werden in %1 aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Reading the key from %1…</source>
        <translation>Schlüssel wird aus %1 gelesen…</translation>
    </message>
    <message>
        <source>No key is stored for this account: enter it and save.</source>
        <translation>Für dieses Konto ist kein Schlüssel gespeichert: Schlüssel eingeben und speichern.</translation>
    </message>
    <message>
        <source>Fivetran rejected this account&apos;s API key or secret. If the secret was regenerated, enter the new one and save.</source>
        <translation>Fivetran hat den API-Schlüssel oder das API-Geheimnis dieses Kontos abgelehnt. Wurde das Geheimnis neu generiert, das neue eingeben und speichern.</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Enter the API key and secret from Fivetran&apos;s Account settings › API key.</source>
        <translation>API-Schlüssel und API-Geheimnis aus Fivetran unter „Account settings › API key“ eingeben.</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Dem Konto einen Namen geben.</translation>
    </message>
    <message>
        <source>Enter both the API key and the API secret.</source>
        <translation>Sowohl API-Schlüssel als auch API-Geheimnis eingeben.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <source>%1

Keep this account&apos;s key for this session only? You will need to enter it again next time.</source>
        <translation>%1

Den Schlüssel dieses Kontos nur für diese Sitzung behalten? Beim nächsten Mal muss er erneut eingegeben werden.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved. The key is in %1.</source>
        <translation>Gespeichert. Der Schlüssel befindet sich in %1.</translation>
    </message>
    <message>
        <source>Saved for this session only.</source>
        <translation>Nur für diese Sitzung gespeichert.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove the account “%1”? Its key is deleted from %2 too.</source>
        <translation>Das Konto „%1“ entfernen? Sein Schlüssel wird auch aus %2 gelöscht.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>The key could not be deleted from %1: %2</source>
        <translation>Der Schlüssel konnte nicht aus %1 gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Entfernt.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Connected to “%1” (account %2).</source>
        <translation>Verbunden mit „%1“ (Konto %2).</translation>
    </message>
    <message>
        <source>Fivetran rejected the key or secret (bad key, or the secret was regenerated).</source>
        <translation>Fivetran hat den Schlüssel oder das Geheimnis abgelehnt (falscher Schlüssel oder das Geheimnis wurde neu generiert).</translation>
    </message>
    <message>
        <source>The key works but has no permission to read the account.</source>
        <translation>Der Schlüssel funktioniert, hat aber keine Berechtigung, das Konto zu lesen.</translation>
    </message>
    <message>
        <source>Fivetran could not be reached: check the network and the API address.</source>
        <translation>Fivetran ist nicht erreichbar: Netzwerk und API-Adresse prüfen.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Save a rejected key?</source>
        <translation>Abgelehnten Schlüssel speichern?</translation>
    </message>
    <message>
        <source>Fivetran rejected this API key and secret when the connection was checked. Save them anyway?</source>
        <translation>Fivetran hat diesen API-Schlüssel und dieses API-Geheimnis bei der Verbindungsprüfung abgelehnt. Trotzdem speichern?</translation>
    </message>
    <message>
        <source>The account will not open until the key is corrected.</source>
        <translation>Das Konto lässt sich erst öffnen, wenn der Schlüssel korrigiert ist.</translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
</context>
<context>
    <name>fw::ApiError</name>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>Fivetran rejected the API key or secret. Check them, or enter the new secret if it was regenerated.</source>
        <translation>Fivetran hat den API-Schlüssel oder das API-Geheimnis abgelehnt. Beide prüfen oder, falls das Geheimnis neu generiert wurde, das neue eingeben.</translation>
    </message>
    <message>
        <source>This API key has no permission for that, or the account&apos;s plan has no webhooks.</source>
        <translation>Dieser API-Schlüssel hat dafür keine Berechtigung, oder der Tarif des Kontos enthält keine Webhooks.</translation>
    </message>
    <message>
        <source>Fivetran has no such webhook or group (it may have been deleted).</source>
        <translation>Fivetran kennt diesen Webhook bzw. diese Gruppe nicht (möglicherweise gelöscht).</translation>
    </message>
    <message>
        <source>Fivetran refused the request as invalid.</source>
        <translation>Fivetran hat die Anfrage als ungültig abgelehnt.</translation>
    </message>
    <message>
        <source>The request conflicts with the current state in Fivetran.</source>
        <translation>Die Anfrage steht im Konflikt mit dem aktuellen Zustand in Fivetran.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests: Fivetran asks to wait %n second(s).</source>
        <translation>
            <numerusform>Zu viele Anfragen: Fivetran bittet, %n Sekunde zu warten.</numerusform>
            <numerusform>Zu viele Anfragen: Fivetran bittet, %n Sekunden zu warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests: Fivetran asks to slow down.</source>
        <translation>Zu viele Anfragen: Fivetran bittet, langsamer zu werden.</translation>
    </message>
    <message>
        <source>Fivetran had a server error. Try again in a moment.</source>
        <translation>Serverfehler bei Fivetran. Bitte gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>Could not reach Fivetran.</source>
        <translation>Fivetran ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Fivetran did not answer in time.</source>
        <translation>Fivetran hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Fivetran&apos;s answer could not be used.</source>
        <translation>Die Antwort von Fivetran war nicht verwendbar.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>Code %1</translation>
    </message>
</context>
<context>
    <name>fw::DeliveryListModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>No signature</source>
        <translation>Keine Signatur</translation>
    </message>
    <message>
        <source>No known secret</source>
        <translation>Kein bekanntes Geheimnis</translation>
    </message>
    <message>
        <source>Malformed signature</source>
        <translation>Fehlerhafte Signatur</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>Keine Übereinstimmung</translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translation>Abgelehnt (%1)</translation>
    </message>
    <message>
        <source>(not JSON)</source>
        <translation>(kein JSON)</translation>
    </message>
    <message>
        <source>(no event)</source>
        <translation>(kein Ereignis)</translation>
    </message>
    <message>
        <source>repeat</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>An earlier delivery of the same event is in the list.</source>
        <translation>Eine frühere Zustellung desselben Ereignisses ist in der Liste.</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>What the receiver answered.</source>
        <translation>Was der Empfänger geantwortet hat.</translation>
    </message>
    <message>
        <source>Answered 401: unverified deliveries are rejected, and no remembered secret verified this one.</source>
        <translation>Mit 401 beantwortet: Nicht verifizierte Zustellungen werden abgelehnt, und kein gespeichertes Geheimnis hat diese verifiziert.</translation>
    </message>
</context>
<context>
    <name>fw::DetailsPane</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Geltungsbereich:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Geheimnis:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation>Erstellt von:</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Subscribed events</source>
        <translation>Abonnierte Ereignisse</translation>
    </message>
    <message>
        <source>Test history (kept on this computer)</source>
        <translation>Testverlauf (auf diesem Computer gespeichert)</translation>
    </message>
    <message>
        <source>Test history</source>
        <translation>Testverlauf</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message numerus="yes">
        <source>%n webhooks selected.</source>
        <translation>
            <numerusform>%n Webhook ausgewählt.</numerusform>
            <numerusform>%n Webhooks ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a webhook to see its details and test history.</source>
        <translation>Einen Webhook auswählen, um seine Details und seinen Testverlauf zu sehen.</translation>
    </message>
    <message>
        <source>Account: every connection of the account</source>
        <translation>Konto: alle Verbindungen des Kontos</translation>
    </message>
    <message>
        <source>Group: the connections of one destination</source>
        <translation>Gruppe: die Verbindungen eines Ziels</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Active: events are delivered</source>
        <translation>Aktiv: Ereignisse werden zugestellt</translation>
    </message>
    <message>
        <source>Inactive: nothing is delivered</source>
        <translation>Inaktiv: Es wird nichts zugestellt</translation>
    </message>
    <message>
        <source>Set (Fivetran never shows it again; deliveries are signed)</source>
        <translation>Festgelegt (Fivetran zeigt es nie wieder an; Zustellungen werden signiert)</translation>
    </message>
    <message>
        <source>None (deliveries are not signed)</source>
        <translation>Keines (Zustellungen werden nicht signiert)</translation>
    </message>
    <message>
        <source>(deprecated)</source>
        <translation>(veraltet)</translation>
    </message>
    <message>
        <source>(not in the catalog)</source>
        <translation>(nicht im Katalog)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Webhook details</source>
        <translation>Webhook-Details</translation>
    </message>
</context>
<context>
    <name>fw::EventCatalog</name>
    <message>
        <source>A connection&apos;s sync started</source>
        <translation>Die Synchronisierung einer Verbindung wurde gestartet</translation>
    </message>
    <message>
        <source>A sync finished; data.status says SUCCESSFUL, FAILURE, FAILURE_WITH_TASK or RESCHEDULED</source>
        <translation>Eine Synchronisierung wurde beendet; data.status lautet SUCCESSFUL, FAILURE, FAILURE_WITH_TASK oder RESCHEDULED</translation>
    </message>
    <message>
        <source>A connection (setup) test succeeded</source>
        <translation>Ein Verbindungstest (Einrichtung) war erfolgreich</translation>
    </message>
    <message>
        <source>A connection (setup) test failed</source>
        <translation>Ein Verbindungstest (Einrichtung) ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>A connection was created</source>
        <translation>Eine Verbindung wurde erstellt</translation>
    </message>
    <message>
        <source>A connection was paused</source>
        <translation>Eine Verbindung wurde pausiert</translation>
    </message>
    <message>
        <source>A connection was resumed</source>
        <translation>Eine Verbindung wurde fortgesetzt</translation>
    </message>
    <message>
        <source>A connection was edited</source>
        <translation>Eine Verbindung wurde bearbeitet</translation>
    </message>
    <message>
        <source>A connection was deleted</source>
        <translation>Eine Verbindung wurde gelöscht</translation>
    </message>
    <message>
        <source>A manual sync (&quot;sync now&quot;) was triggered</source>
        <translation>Eine manuelle Synchronisierung („sync now“) wurde ausgelöst</translation>
    </message>
    <message>
        <source>A full re-sync of a connection was triggered</source>
        <translation>Eine vollständige Neusynchronisierung einer Verbindung wurde ausgelöst</translation>
    </message>
    <message>
        <source>A re-sync of a table was triggered</source>
        <translation>Eine Neusynchronisierung einer Tabelle wurde ausgelöst</translation>
    </message>
    <message>
        <source>A dbt run started</source>
        <translation>Ein dbt-Lauf wurde gestartet</translation>
    </message>
    <message>
        <source>A dbt run succeeded</source>
        <translation>Ein dbt-Lauf war erfolgreich</translation>
    </message>
    <message>
        <source>A dbt run failed</source>
        <translation>Ein dbt-Lauf ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>A transformation started</source>
        <translation>Eine Transformation wurde gestartet</translation>
    </message>
    <message>
        <source>A transformation succeeded</source>
        <translation>Eine Transformation war erfolgreich</translation>
    </message>
    <message>
        <source>A transformation failed</source>
        <translation>Eine Transformation ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>A connection&apos;s status changed</source>
        <translation>Der Status einer Verbindung hat sich geändert</translation>
    </message>
    <message>
        <source>A legacy transformation run started</source>
        <translation>Ein Lauf einer Legacy-Transformation wurde gestartet</translation>
    </message>
    <message>
        <source>A legacy transformation run succeeded</source>
        <translation>Ein Lauf einer Legacy-Transformation war erfolgreich</translation>
    </message>
    <message>
        <source>A legacy transformation run failed</source>
        <translation>Ein Lauf einer Legacy-Transformation ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>fw::ExportController</name>
    <message>
        <source>Export Webhooks as &amp;JSON…</source>
        <translation>Webhooks als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Save every webhook of the account as a JSON document, without secrets</source>
        <translation>Alle Webhooks des Kontos als JSON-Dokument speichern, ohne Geheimnisse</translation>
    </message>
    <message>
        <source>Export Webhooks as &amp;Terraform…</source>
        <translation>Webhooks als &amp;Terraform exportieren…</translation>
    </message>
    <message>
        <source>Save every webhook of the account as Terraform configuration for Fivetran&apos;s provider</source>
        <translation>Alle Webhooks des Kontos als Terraform-Konfiguration für Fivetrans Provider speichern</translation>
    </message>
    <message>
        <source>Open an account to export its webhooks.</source>
        <translation>Ein Konto öffnen, um seine Webhooks zu exportieren.</translation>
    </message>
    <message>
        <source>Export Webhooks as JSON</source>
        <translation>Webhooks als JSON exportieren</translation>
    </message>
    <message>
        <source>Export Webhooks as Terraform</source>
        <translation>Webhooks als Terraform exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Terraform files (*.tf)</source>
        <translation>Terraform-Dateien (*.tf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Exporting webhooks</source>
        <translation>Webhooks werden exportiert</translation>
    </message>
    <message>
        <source>Fetching the webhooks…</source>
        <translation>Webhooks werden abgerufen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Fetching the webhooks: %n received…</source>
        <translation>
            <numerusform>Webhooks werden abgerufen: %n empfangen…</numerusform>
            <numerusform>Webhooks werden abgerufen: %n empfangen…</numerusform>
        </translation>
    </message>
    <message>
        <source>The webhooks could not be fetched: %1</source>
        <translation>Die Webhooks konnten nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>Export cancelled: the account was closed.</source>
        <translation>Export abgebrochen: Das Konto wurde geschlossen.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n webhook(s) to %1.</source>
        <translation>
            <numerusform>%n Webhook nach %1 exportiert.</numerusform>
            <numerusform>%n Webhooks nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Webhooks</source>
        <translation>Webhooks exportieren</translation>
    </message>
    <message>
        <source>Should Terraform manage the secrets of the webhooks?</source>
        <translation>Soll Terraform die Geheimnisse der Webhooks verwalten?</translation>
    </message>
    <message>
        <source>&amp;Leave Secrets Alone</source>
        <translation>Geheimnisse &amp;unverändert lassen</translation>
    </message>
    <message>
        <source>&amp;Manage Secrets</source>
        <translation>Geheimnisse &amp;verwalten</translation>
    </message>
    <message>
        <source>Fivetran never returns a webhook&apos;s secret, so Terraform cannot tell whether one changed.

Leave Secrets Alone: each webhook keeps its secret, and a plan after the import shows no change.

Manage Secrets: the file takes every secret from a sensitive variable that you fill in, and the next apply sets the secret of every webhook.</source>
        <translation>Fivetran gibt das Geheimnis eines Webhooks nie zurück, daher kann Terraform nicht erkennen, ob sich eines geändert hat.

Geheimnisse unverändert lassen: Jeder Webhook behält sein Geheimnis, und ein Plan nach dem Import zeigt keine Änderung.

Geheimnisse verwalten: Die Datei nimmt jedes Geheimnis aus einer sensiblen Variablen, die Sie ausfüllen, und das nächste Apply setzt das Geheimnis jedes Webhooks.</translation>
    </message>
</context>
<context>
    <name>fw::FivetranClient</name>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>Keine Antwort innerhalb von %n Sekunde.</numerusform>
            <numerusform>Keine Antwort innerhalb von %n Sekunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answer was not a JSON object (%n byte(s)).</source>
        <translation>
            <numerusform>Die Antwort war kein JSON-Objekt (%n Byte).</numerusform>
            <numerusform>Die Antwort war kein JSON-Objekt (%n Bytes).</numerusform>
        </translation>
    </message>
    <message>
        <source>The server returned a cursor it had already given; paging stopped to avoid an endless loop.</source>
        <translation>Der Server hat einen bereits gelieferten Cursor erneut zurückgegeben; das seitenweise Laden wurde abgebrochen, um eine Endlosschleife zu vermeiden.</translation>
    </message>
    <message>
        <source>The answer carried no data object.</source>
        <translation>Die Antwort enthielt kein data-Objekt.</translation>
    </message>
    <message>
        <source>The answer carried no list of items.</source>
        <translation>Die Antwort enthielt keine Liste von Einträgen.</translation>
    </message>
    <message>
        <source>The server announced an answer of %1, over the %2 limit; it was not read.</source>
        <translation>Der Server kündigte eine Antwort von %1 an, über der Grenze von %2; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer exceeded %1; stopped reading.</source>
        <translation>Die Antwort des Servers überschritt %1; das Lesen wurde beendet.</translation>
    </message>
    <message numerus="yes">
        <source>No answer within the time limit of %n second(s), retries included.</source>
        <translation>
            <numerusform>Keine Antwort innerhalb des Zeitlimits von %n Sekunde, Wiederholungen eingeschlossen.</numerusform>
            <numerusform>Keine Antwort innerhalb des Zeitlimits von %n Sekunden, Wiederholungen eingeschlossen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paging stopped after %n page(s): the server kept handing out new cursors.</source>
        <translation>
            <numerusform>Blättern nach %n Seite beendet: Der Server lieferte immer wieder neue Cursor.</numerusform>
            <numerusform>Blättern nach %n Seiten beendet: Der Server lieferte immer wieder neue Cursor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paging stopped after %n item(s): the server kept handing out new cursors.</source>
        <translation>
            <numerusform>Blättern nach %n Eintrag beendet: Der Server lieferte immer wieder neue Cursor.</numerusform>
            <numerusform>Blättern nach %n Einträgen beendet: Der Server lieferte immer wieder neue Cursor.</numerusform>
        </translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>wahr oder falsch</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>eine Liste von Texten</translation>
    </message>
    <message>
        <source>The answer cannot be used: %1 has no &quot;%2&quot;.</source>
        <translation>Die Antwort ist unbrauchbar: %1 hat kein „%2“.</translation>
    </message>
    <message>
        <source>The answer cannot be used: %1 has &quot;%2&quot; as %3, where %4 is expected.</source>
        <translation>Die Antwort ist unbrauchbar: %1 hat „%2“ als %3, erwartet wird %4.</translation>
    </message>
    <message>
        <source>The answer cannot be used: %1 is %2, not an object.</source>
        <translation>Die Antwort ist unbrauchbar: %1 ist %2, kein Objekt.</translation>
    </message>
    <message numerus="yes">
        <source>Not retried: the time limit of %n second(s) would run out first.</source>
        <translation>
            <numerusform>Nicht wiederholt: Das Zeitlimit von %n Sekunde würde vorher ablaufen.</numerusform>
            <numerusform>Nicht wiederholt: Das Zeitlimit von %n Sekunden würde vorher ablaufen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::InMemoryCredentialStore</name>
    <message>
        <source>Nothing is stored under “%1”.</source>
        <translation>Unter „%1“ ist nichts gespeichert.</translation>
    </message>
    <message>
        <source>memory (this session only)</source>
        <translation>dem Arbeitsspeicher (nur diese Sitzung)</translation>
    </message>
</context>
<context>
    <name>fw::KeychainCredentialStore</name>
    <message>
        <source>the system keychain</source>
        <translation>dem Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>No keychain is available: %1</source>
        <translation>Kein Schlüsselbund verfügbar: %1</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>The keychain holds no entry “%1”.</source>
        <translation>Der Schlüsselbund enthält keinen Eintrag „%1“.</translation>
    </message>
    <message>
        <source>The keychain could not delete “%1”: %2</source>
        <translation>Der Schlüsselbund konnte „%1“ nicht löschen: %2</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>fw::MainWindow</name>
    <message>
        <source>Fivetran Webhooks</source>
        <translation>Fivetran Webhooks</translation>
    </message>
    <message numerus="yes">
        <source>Loading all: %n webhook(s)</source>
        <translation>
            <numerusform>Alle Webhooks werden geladen: %n</numerusform>
            <numerusform>Alle Webhooks werden geladen: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>New &amp;account webhook…</source>
        <translation>Neuer &amp;Konto-Webhook…</translation>
    </message>
    <message>
        <source>New &amp;group webhook…</source>
        <translation>Neuer &amp;Gruppen-Webhook…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Send &amp;test…</source>
        <translation>&amp;Test senden…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Load all</source>
        <translation>Alle &amp;laden</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Copy &amp;id</source>
        <translation>&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>&amp;URL kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Fivetran Webhooks</source>
        <translation>Ü&amp;ber Fivetran Webhooks</translation>
    </message>
    <message>
        <source>About Fivetran Webhooks</source>
        <translation>Über Fivetran Webhooks</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Webhook</source>
        <translation>&amp;Webhook</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Verify a payload…</source>
        <translation>Nutzdaten &amp;prüfen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>&amp;Receiver</source>
        <translation>&amp;Empfänger</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Sandbox</source>
        <translation>&amp;Sandbox</translation>
    </message>
    <message>
        <source>Simulate &amp;event</source>
        <translation>&amp;Ereignis simulieren</translation>
    </message>
    <message>
        <source>Sync started</source>
        <translation>Synchronisierung gestartet</translation>
    </message>
    <message>
        <source>Sync ended: successful</source>
        <translation>Synchronisierung beendet: erfolgreich</translation>
    </message>
    <message>
        <source>Sync ended: failure</source>
        <translation>Synchronisierung beendet: fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sync ended: rescheduled</source>
        <translation>Synchronisierung beendet: neu eingeplant</translation>
    </message>
    <message>
        <source>Connection test succeeded</source>
        <translation>Verbindungstest erfolgreich</translation>
    </message>
    <message>
        <source>Connection test failed</source>
        <translation>Verbindungstest fehlgeschlagen</translation>
    </message>
    <message>
        <source>dbt run started</source>
        <translation>dbt-Lauf gestartet</translation>
    </message>
    <message>
        <source>dbt run succeeded</source>
        <translation>dbt-Lauf erfolgreich</translation>
    </message>
    <message>
        <source>dbt run failed</source>
        <translation>dbt-Lauf fehlgeschlagen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>The Fivetran account whose webhooks are shown</source>
        <translation>Das Fivetran-Konto, dessen Webhooks angezeigt werden</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry (%n s)</source>
        <translation>
            <numerusform>&amp;Erneut versuchen (%n s)</numerusform>
            <numerusform>&amp;Erneut versuchen (%n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by URL, id, group, event or creator</source>
        <translation>Nach URL, ID, Gruppe, Ereignis oder Ersteller filtern</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>Filtertext</translation>
    </message>
    <message>
        <source>Scope filter</source>
        <translation>Filter nach Geltungsbereich</translation>
    </message>
    <message>
        <source>All scopes</source>
        <translation>Alle Geltungsbereiche</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Group filter</source>
        <translation>Filter nach Gruppe</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <source>Event filter</source>
        <translation>Filter nach Ereignis</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>Active filter</source>
        <translation>Filter nach Status</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>Aktiv und inaktiv</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Nur aktive</translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation>Nur inaktive</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel loading all webhooks</source>
        <translation>Laden aller Webhooks abbrechen</translation>
    </message>
    <message>
        <source>Rate limit: %1 of %2 left</source>
        <translation>Ratenlimit: %1 von %2 übrig</translation>
    </message>
    <message numerus="yes">
        <source>%1 Retrying in %n s…</source>
        <translation>
            <numerusform>%1 Neuer Versuch in %n s…</numerusform>
            <numerusform>%1 Neuer Versuch in %n s…</numerusform>
        </translation>
    </message>
    <message>
        <source>the secret of webhook %1</source>
        <translation>das Geheimnis von Webhook %1</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>No key is stored for “%1”: enter it in Accounts.</source>
        <translation>Für „%1“ ist kein Schlüssel gespeichert: unter „Konten“ eingeben.</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Kein Konto</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s)</source>
        <translation>
            <numerusform>%n Webhook</numerusform>
            <numerusform>%n Webhooks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) loaded, more exist</source>
        <translation>
            <numerusform>%n Webhook geladen, weitere vorhanden</numerusform>
            <numerusform>%n Webhooks geladen, weitere vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n angezeigt</numerusform>
            <numerusform>%n angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Working… (%n request(s))</source>
        <translation>
            <numerusform>In Arbeit… (%n Anfrage)</numerusform>
            <numerusform>In Arbeit… (%n Anfragen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Created webhook %1.</source>
        <translation>Webhook %1 erstellt.</translation>
    </message>
    <message>
        <source>Saved webhook %1.</source>
        <translation>Webhook %1 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete webhooks</source>
        <translation>Webhooks löschen</translation>
    </message>
    <message>
        <source>Delete the webhook that delivers to %1?</source>
        <translation>Den Webhook löschen, der an %1 zustellt?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n webhooks?</source>
        <translation>
            <numerusform>Diesen %n Webhook löschen?</numerusform>
            <numerusform>Diese %n Webhooks löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Fivetran stops sending its events at once. This cannot be undone.</source>
        <translation>Fivetran stellt das Senden seiner Ereignisse sofort ein. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n webhook(s).</source>
        <translation>
            <numerusform>%n Webhook gelöscht.</numerusform>
            <numerusform>%n Webhooks gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enabled %n webhook(s).</source>
        <translation>
            <numerusform>%n Webhook aktiviert.</numerusform>
            <numerusform>%n Webhooks aktiviert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabled %n webhook(s).</source>
        <translation>
            <numerusform>%n Webhook deaktiviert.</numerusform>
            <numerusform>%n Webhooks deaktiviert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fivetran could not reach the URL to check it, so the webhook stays inactive. Make sure the endpoint answers 2xx, then enable it again.</source>
        <translation>Fivetran konnte die URL zur Prüfung nicht erreichen, daher bleibt der Webhook inaktiv. Sicherstellen, dass der Endpunkt mit 2xx antwortet, und ihn dann erneut aktivieren.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n failed:</source>
        <translation>
            <numerusform>%1 von %n fehlgeschlagen:</numerusform>
            <numerusform>%1 von %n fehlgeschlagen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Working on %1 of %2…</source>
        <translation>%1 von %2 wird bearbeitet…</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>Sent tests to %n webhook(s); every delivery succeeded.</source>
        <translation>
            <numerusform>Test an %n Webhook gesendet; jede Zustellung war erfolgreich.</numerusform>
            <numerusform>Tests an %n Webhooks gesendet; jede Zustellung war erfolgreich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n test(s) delivered</source>
        <translation>
            <numerusform>%1 von %n Test zugestellt</numerusform>
            <numerusform>%1 von %n Tests zugestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>No active webhook is subscribed to %1.</source>
        <translation>Kein aktiver Webhook hat %1 abonniert.</translation>
    </message>
    <message>
        <source>URL copied.</source>
        <translation>URL kopiert.</translation>
    </message>
    <message>
        <source>Id copied.</source>
        <translation>ID kopiert.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Werkzeugleiste</translation>
    </message>
    <message>
        <source>Tries again what failed</source>
        <translation>Versucht das Fehlgeschlagene erneut</translation>
    </message>
    <message>
        <source>Shows Fivetran&apos;s status, code and message</source>
        <translation>Zeigt Status, Code und Meldung von Fivetran</translation>
    </message>
    <message>
        <source>Shows only account webhooks, or only group webhooks</source>
        <translation>Zeigt nur Konto-Webhooks oder nur Gruppen-Webhooks</translation>
    </message>
    <message>
        <source>Shows only the webhooks of one group</source>
        <translation>Zeigt nur die Webhooks einer Gruppe</translation>
    </message>
    <message>
        <source>Shows only the webhooks subscribed to one event</source>
        <translation>Zeigt nur die Webhooks, die ein bestimmtes Ereignis abonniert haben</translation>
    </message>
    <message>
        <source>Shows only active, or only inactive, webhooks</source>
        <translation>Zeigt nur aktive oder nur inaktive Webhooks</translation>
    </message>
    <message>
        <source>The account&apos;s webhooks. Enter edits the selected one; every action is in the Webhook menu.</source>
        <translation>Die Webhooks des Kontos. Eingabe bearbeitet den ausgewählten; alle Aktionen stehen im Menü „Webhook“.</translation>
    </message>
    <message>
        <source>Restart Fivetran Webhooks</source>
        <translation>Fivetran Webhooks neu starten</translation>
    </message>
    <message>
        <source>Fivetran Webhooks could not start again. Start it from your applications menu to see the new language.</source>
        <translation>Fivetran Webhooks konnte nicht neu gestartet werden. Über das Anwendungsmenü starten, um die neue Sprache zu sehen.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Fivetran Webhooks %1&lt;/h3&gt;&lt;p&gt;Manage, test and debug the webhooks of your Fivetran accounts.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fivetran Webhooks %1&lt;/h3&gt;&lt;p&gt;Die Webhooks Ihrer Fivetran-Konten verwalten, testen und debuggen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>kept in memory only (no writable data folder)</source>
        <translation>nur im Speicher (kein beschreibbarer Datenordner)</translation>
    </message>
    <message>
        <source>This is the Sandbox: a local emulator of Fivetran&apos;s API inside this application, with demo webhooks. Nothing done here reaches Fivetran, and it starts afresh each time the application starts. The first webhooks deliver to the receiver below: send them a test. Add your Fivetran account to manage its webhooks.</source>
        <translation>Dies ist die Sandbox: ein lokaler Emulator der API von Fivetran innerhalb dieser Anwendung, mit Demo-Webhooks. Nichts, was hier geschieht, erreicht Fivetran, und sie beginnt bei jedem Start der Anwendung von vorn. Die ersten Webhooks stellen an den Empfänger unten zu: einfach einen Test an sie senden. Ihr Fivetran-Konto hinzufügen, um dessen Webhooks zu verwalten.</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Konto hinzufügen…</translation>
    </message>
    <message>
        <source>the new secret being saved</source>
        <translation>das neue Geheimnis, das gerade gespeichert wird</translation>
    </message>
    <message>
        <source>No webhooks loaded</source>
        <translation>Keine Webhooks geladen</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) loaded; loading stopped on an error</source>
        <translation>
            <numerusform>%n Webhook geladen; das Laden wurde wegen eines Fehlers abgebrochen</numerusform>
            <numerusform>%n Webhooks geladen; das Laden wurde wegen eines Fehlers abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading webhooks…</source>
        <translation>Webhooks werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>Sending %1 to %n webhook(s)…</source>
        <translation>
            <numerusform>%1 wird an %n Webhook gesendet…</numerusform>
            <numerusform>%1 wird an %n Webhooks gesendet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 delivered to %n webhook(s).</source>
        <translation>
            <numerusform>%1 an %n Webhook zugestellt.</numerusform>
            <numerusform>%1 an %n Webhooks zugestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): delivered, HTTP %3</source>
        <translation>%1 (%2): zugestellt, HTTP %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n delivery(s) failed:</source>
        <translation>
            <numerusform>%1: %2 von %n Zustellung fehlgeschlagen:</numerusform>
            <numerusform>%1: %2 von %n Zustellungen fehlgeschlagen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.
Settings: %3
Test history: %4
API keys and webhook secrets: in the system keychain (without one, in memory for this session), never in these files.
The Sandbox account is a local emulator of Fivetran&apos;s API inside this application, with demo data: nothing done there reaches Fivetran, and it starts afresh each time the application starts.
Released under the MIT License.</source>
        <translation>Erstellt mit Qt %1, ausgeführt unter Qt %2.
Einstellungen: %3
Testverlauf: %4
API-Schlüssel und Webhook-Geheimnisse: im Schlüsselbund des Systems (ohne Schlüsselbund im Arbeitsspeicher für diese Sitzung), nie in diesen Dateien.
Das Sandbox-Konto ist ein lokaler Emulator der API von Fivetran innerhalb dieser Anwendung, mit Demodaten: Nichts, was dort geschieht, erreicht Fivetran, und es beginnt bei jedem Start der Anwendung von vorn.
Veröffentlicht unter der MIT-Lizenz.</translation>
    </message>
    <message numerus="yes">
        <source>Like Fivetran, the Sandbox retries each failed delivery %n time(s), waiting %1 s longer each time (Fivetran: five minutes longer).</source>
        <translation>
            <numerusform>Wie Fivetran wiederholt die Sandbox jede fehlgeschlagene Zustellung %n Mal und wartet dabei jedes Mal %1 s länger (Fivetran: fünf Minuten länger).</numerusform>
            <numerusform>Wie Fivetran wiederholt die Sandbox jede fehlgeschlagene Zustellung %n Mal und wartet dabei jedes Mal %1 s länger (Fivetran: fünf Minuten länger).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::PreferencesDialog</name>
    <message numerus="yes">
        <source> webhook(s) per request</source>
        <translation>
            <numerusform> Webhook pro Anfrage</numerusform>
            <numerusform> Webhooks pro Anfrage</numerusform>
        </translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>The new language is shown from the next start.</source>
        <translation>Die neue Sprache wird ab dem nächsten Start angezeigt.</translation>
    </message>
    <message>
        <source>Restart Fivetran Webhooks?</source>
        <translation>Fivetran Webhooks neu starten?</translation>
    </message>
    <message>
        <source>Fivetran Webhooks shows %1 from its next start. Restart now?</source>
        <translation>Fivetran Webhooks zeigt ab dem nächsten Start %1. Jetzt neu starten?</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
</context>
<context>
    <name>fw::ReceiverDock</name>
    <message>
        <source>Receiver</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>The receiver could not listen on 127.0.0.1.</source>
        <translation>Der Empfänger konnte nicht auf 127.0.0.1 lauschen.</translation>
    </message>
    <message>
        <source>The receiver could not listen on 127.0.0.1 port %1: the port may be in use by another program. Choose another port, or 0 for any free port.</source>
        <translation>Der Empfänger konnte nicht auf 127.0.0.1, Port %1 lauschen: Der Port wird möglicherweise von einem anderen Programm verwendet. Einen anderen Port wählen oder 0 für einen beliebigen freien Port.</translation>
    </message>
    <message>
        <source>Listening. Point a webhook at this URL to see its deliveries here.</source>
        <translation>Empfangsbereit. Einen Webhook auf diese URL richten, um seine Zustellungen hier zu sehen.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Copied a curl command that replays the delivery to the receiver.</source>
        <translation>Ein curl-Befehl wurde kopiert, der die Zustellung erneut an den Empfänger sendet.</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Export nach %1 nicht möglich: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n delivery(s) to %1.</source>
        <translation>
            <numerusform>%n Zustellung nach %1 exportiert.</numerusform>
            <numerusform>%n Zustellungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Deliveries</source>
        <translation>Zustellungen exportieren</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>(The body was not kept: %1)</source>
        <translation>(Der Inhalt wurde nicht aufbewahrt: %1)</translation>
    </message>
    <message>
        <source>Secret that verified: &quot;%1&quot;.</source>
        <translation>Geheimnis, mit dem die Prüfung gelang: „%1“.</translation>
    </message>
    <message>
        <source>Hint: the body ends with a newline that was not signed. Remove it from the tool that sends or forwards the delivery.</source>
        <translation>Hinweis: Der Inhalt endet mit einem Zeilenumbruch, der nicht signiert wurde. Den Zeilenumbruch in dem Werkzeug entfernen, das die Zustellung sendet oder weiterleitet.</translation>
    </message>
    <message>
        <source>Known secrets tried: %1.</source>
        <translation>Versuchte bekannte Geheimnisse: %1.</translation>
    </message>
    <message>
        <source>This delivery repeats an earlier one in the list (same event, connector, sync and time): Fivetran retries deliveries that were not acknowledged.</source>
        <translation>Diese Zustellung wiederholt eine frühere in der Liste (gleiches Ereignis, gleicher Connector, gleiche Synchronisierung und Zeit): Fivetran wiederholt Zustellungen, die nicht bestätigt wurden.</translation>
    </message>
    <message>
        <source>No known secret</source>
        <translation>Kein bekanntes Geheimnis</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Answered 401, as unverified deliveries are rejected: Fivetran counts this delivery as failed and sends it again later.</source>
        <translation>Mit 401 beantwortet, da nicht verifizierte Zustellungen abgelehnt werden: Fivetran wertet diese Zustellung als fehlgeschlagen und sendet sie später erneut.</translation>
    </message>
</context>
<context>
    <name>fw::SendTestDialog</name>
    <message>
        <source>%1 (deprecated)</source>
        <translation>%1 (veraltet)</translation>
    </message>
    <message numerus="yes">
        <source>Every subscribed event (%n)</source>
        <translation>
            <numerusform>Alle abonnierten Ereignisse (%n)</numerusform>
            <numerusform>Alle abonnierten Ereignisse (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Send each event the webhook subscribes to, one after another</source>
        <translation>Jedes Ereignis, das der Webhook abonniert hat, nacheinander senden</translation>
    </message>
    <message>
        <source>This webhook subscribes to no event: choose one to send.</source>
        <translation>Dieser Webhook hat kein Ereignis abonniert: eines zum Senden auswählen.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %1: test %2 of %n…</source>
        <translation>
            <numerusform>%1 wird gesendet: Test %2 von %n…</numerusform>
            <numerusform>%1 wird gesendet: Test %2 von %n…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n delivered</source>
        <translation>
            <numerusform>%1 von %n zugestellt</numerusform>
            <numerusform>%1 von %n zugestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a result</source>
        <translation>
            <numerusform>%n ohne Ergebnis</numerusform>
            <numerusform>%n ohne Ergebnis</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1, %2</source>
        <translation>Gestoppt: %1, %2</translation>
    </message>
    <message>
        <source>Stopped by an error: %1, %2</source>
        <translation>Durch einen Fehler gestoppt: %1, %2</translation>
    </message>
    <message>
        <source>This Sandbox webhook delivers to a made-up address. To watch a delivery arrive, edit the webhook and choose Use the receiver, or test one of the webhooks that deliver to 127.0.0.1.</source>
        <translation>Dieser Sandbox-Webhook stellt an eine erfundene Adresse zu. Um eine Zustellung ankommen zu sehen, den Webhook bearbeiten und „Empfänger verwenden“ wählen oder einen der Webhooks testen, die an 127.0.0.1 zustellen.</translation>
    </message>
</context>
<context>
    <name>fw::SendTestDialog::ResultsModel</name>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Nicht zugestellt</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Endpoint status</source>
        <translation>Status des Endpunkts</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>The endpoint accepted the test event.</source>
        <translation>Der Endpunkt hat das Testereignis angenommen.</translation>
    </message>
    <message>
        <source>The test event was not delivered.</source>
        <translation>Das Testereignis wurde nicht zugestellt.</translation>
    </message>
    <message>
        <source>The endpoint answered HTTP %1.</source>
        <translation>Der Endpunkt hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>The endpoint never answered.</source>
        <translation>Der Endpunkt hat nie geantwortet.</translation>
    </message>
</context>
<context>
    <name>fw::Signature</name>
    <message>
        <source>The signature matches: the body is authentic.</source>
        <translation>Die Signatur stimmt überein: Der Inhalt ist authentisch.</translation>
    </message>
    <message>
        <source>There is no X-Fivetran-Signature-256 header: the webhook has no secret, or something on the way removed the header.</source>
        <translation>Es gibt keinen Header X-Fivetran-Signature-256: Der Webhook hat kein Geheimnis, oder etwas auf dem Übertragungsweg hat den Header entfernt.</translation>
    </message>
    <message>
        <source>The signature is not 64 hexadecimal digits: check for a prefix such as &quot;sha256=&quot; or a truncated value.</source>
        <translation>Die Signatur besteht nicht aus 64 Hexadezimalziffern: auf ein Präfix wie „sha256=“ oder einen abgeschnittenen Wert prüfen.</translation>
    </message>
    <message>
        <source>The signature does not match: the secret is wrong, or the body was changed on the way (re-serialised, re-encoded, or a trailing newline added).</source>
        <translation>Die Signatur stimmt nicht überein: Das Geheimnis ist falsch, oder der Inhalt wurde auf dem Übertragungsweg verändert (neu serialisiert, neu kodiert oder um einen abschließenden Zeilenumbruch ergänzt).</translation>
    </message>
</context>
<context>
    <name>fw::SignatureCheck</name>
    <message>
        <source>The signature was not checked: the delivery was rejected.</source>
        <translation>Die Signatur wurde nicht geprüft: Die Zustellung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Signature verified with the secret &quot;%1&quot;, not the first one expected for this webhook.</source>
        <translation>Signatur mit dem Geheimnis „%1“ verifiziert, nicht mit dem ersten, das für diesen Webhook erwartet wurde.</translation>
    </message>
    <message>
        <source>Signature verified with the secret &quot;%1&quot;.</source>
        <translation>Signatur mit dem Geheimnis „%1“ verifiziert.</translation>
    </message>
    <message>
        <source>The delivery has no X-Fivetran-Signature-256 header: the webhook has no secret, or something on the way removed the header.</source>
        <translation>Die Zustellung hat keinen Header X-Fivetran-Signature-256: Der Webhook hat kein Geheimnis, oder etwas auf dem Übertragungsweg hat den Header entfernt.</translation>
    </message>
    <message>
        <source>The delivery is signed, but no secret is remembered for this webhook, so the signature cannot be checked.</source>
        <translation>Die Zustellung ist signiert, aber für diesen Webhook ist kein Geheimnis gemerkt, daher kann die Signatur nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The X-Fivetran-Signature-256 header is not 64 hexadecimal digits (a prefix such as &quot;sha256=&quot;, or a truncated value).</source>
        <translation>Der Header X-Fivetran-Signature-256 besteht nicht aus 64 Hexadezimalziffern (ein Präfix wie „sha256=“ oder ein abgeschnittener Wert).</translation>
    </message>
    <message>
        <source>The signature does not match the body as received, but it matches with the secret &quot;%1&quot; once the trailing newline is removed: a tool between Fivetran and here added it.</source>
        <translation>Die Signatur stimmt nicht mit dem empfangenen Inhalt überein, aber mit dem Geheimnis „%1“, sobald der abschließende Zeilenumbruch entfernt wird: Ein Werkzeug zwischen Fivetran und dem Empfänger hat ihn hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>The signature matches none of the %n known secret(s): the webhook&apos;s secret differs from the one remembered, or the body was changed on the way (re-serialised or re-encoded).</source>
        <translation>
            <numerusform>Die Signatur passt zu keinem bekannten Geheimnis (%n geprüft): Das Geheimnis des Webhooks unterscheidet sich vom gemerkten, oder der Inhalt wurde auf dem Übertragungsweg verändert (neu serialisiert oder neu kodiert).</numerusform>
            <numerusform>Die Signatur passt zu keinem der %n bekannten Geheimnisse: Das Geheimnis des Webhooks unterscheidet sich vom gemerkten, oder der Inhalt wurde auf dem Übertragungsweg verändert (neu serialisiert oder neu kodiert).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::UrlRules</name>
    <message>
        <source>The API address must be a full URL, such as https://api.fivetran.com/v1.</source>
        <translation>Die API-Adresse muss eine vollständige URL sein, z. B. https://api.fivetran.com/v1.</translation>
    </message>
    <message>
        <source>The API address must use https (plain http is allowed only for this computer, e.g. a local sandbox).</source>
        <translation>Die API-Adresse muss https verwenden (einfaches http ist nur für diesen Computer erlaubt, z. B. für eine lokale Sandbox).</translation>
    </message>
    <message>
        <source>The webhook URL must be a full https URL with a host, such as https://hooks.example.com/fivetran.</source>
        <translation>Die Webhook-URL muss eine vollständige https-URL mit Host sein, z. B. https://hooks.example.com/fivetran.</translation>
    </message>
    <message>
        <source>Fivetran only delivers to https URLs. Plain http is accepted only for loopback addresses by the local sandbox.</source>
        <translation>Fivetran stellt nur an https-URLs zu. Einfaches http wird von der lokalen Sandbox nur für Loopback-Adressen akzeptiert.</translation>
    </message>
</context>
<context>
    <name>fw::VerifyPayloadDialog</name>
    <message>
        <source>the secret you entered</source>
        <translation>das eingegebene Geheimnis</translation>
    </message>
</context>
<context>
    <name>fw::WebhookDialog</name>
    <message>
        <source>%1 (deprecated)</source>
        <translation>%1 (veraltet)</translation>
    </message>
    <message>
        <source>%1. Deprecated: Fivetran may no longer send it.</source>
        <translation>%1. Veraltet: Fivetran sendet es möglicherweise nicht mehr.</translation>
    </message>
    <message>
        <source>Not in the list of documented events</source>
        <translation>Nicht in der Liste der dokumentierten Ereignisse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Save the webhook</source>
        <translation>Webhook speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The remembered secret could not be forgotten: %1</source>
        <translation>Das gemerkte Geheimnis konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>The remembered secret was forgotten on this computer.</source>
        <translation>Das gemerkte Geheimnis wurde auf diesem Computer gelöscht.</translation>
    </message>
    <message>
        <source>New Group Webhook</source>
        <translation>Neuer Gruppen-Webhook</translation>
    </message>
    <message>
        <source>New Account Webhook</source>
        <translation>Neuer Konto-Webhook</translation>
    </message>
    <message>
        <source>Edit Webhook %1</source>
        <translation>Webhook %1 bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Save &amp;inactive</source>
        <translation>&amp;Inaktiv speichern</translation>
    </message>
    <message>
        <source>Create &amp;inactive</source>
        <translation>&amp;Inaktiv erstellen</translation>
    </message>
    <message>
        <source>Save without activating</source>
        <translation>Ohne Aktivierung speichern</translation>
    </message>
    <message>
        <source>Create inactive</source>
        <translation>Inaktiv erstellen</translation>
    </message>
    <message>
        <source>Activating sends a test request to the URL first; if it doesn&apos;t answer 2xx, nothing is saved. Untick Active to keep the webhook inactive.</source>
        <translation>Beim Aktivieren wird zuerst eine Testanfrage an die URL gesendet; antwortet sie nicht mit 2xx, wird nichts gespeichert. „Aktiv“ abwählen, um den Webhook inaktiv zu lassen.</translation>
    </message>
    <message>
        <source>When active, Fivetran sends a test request to the URL now; if it doesn&apos;t answer 2xx the webhook is not saved. Untick Active to create it inactive and activate it later.</source>
        <translation>Wenn aktiv, sendet Fivetran jetzt eine Testanfrage an die URL; antwortet sie nicht mit 2xx, wird der Webhook nicht gespeichert. „Aktiv“ abwählen, um ihn inaktiv zu erstellen und später zu aktivieren.</translation>
    </message>
    <message>
        <source>Fivetran never shows a secret again after it is saved: copy it now and keep it where your receiver can check signatures with it.</source>
        <translation>Fivetran zeigt ein Geheimnis nach dem Speichern nie wieder an: Jetzt kopieren und dort aufbewahren, wo der Empfänger damit Signaturen prüfen kann.</translation>
    </message>
    <message>
        <source>This webhook has a secret.</source>
        <translation>Dieser Webhook hat ein Geheimnis.</translation>
    </message>
    <message>
        <source>This webhook has no secret.</source>
        <translation>Dieser Webhook hat kein Geheimnis.</translation>
    </message>
    <message>
        <source>Could not load the groups: %1</source>
        <translation>Die Gruppen konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Loading groups… %n loaded so far.</source>
        <translation>
            <numerusform>Gruppen werden geladen… bisher %n geladen.</numerusform>
            <numerusform>Gruppen werden geladen… bisher %n geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No group matches yet; still loading…</source>
        <translation>Noch keine passende Gruppe; wird weiter geladen…</translation>
    </message>
    <message>
        <source>No group matches “%1”.</source>
        <translation>Keine Gruppe passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n group(s) match.</source>
        <translation>
            <numerusform>Treffer: %1 von %n Gruppe.</numerusform>
            <numerusform>Treffer: %1 von %n Gruppen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account has no groups.</source>
        <translation>Dieses Konto hat keine Gruppen.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s).</source>
        <translation>
            <numerusform>%n Gruppe.</numerusform>
            <numerusform>%n Gruppen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No group chosen yet.</source>
        <translation>Noch keine Gruppe gewählt.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Gewählt: %1</translation>
    </message>
    <message>
        <source>No event matches “%1”; you can add it below.</source>
        <translation>Kein Ereignis passt zu „%1“; es kann unten hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Choose at least one event.</source>
        <translation>Mindestens ein Ereignis wählen.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) chosen.</source>
        <translation>
            <numerusform>%n Ereignis gewählt.</numerusform>
            <numerusform>%n Ereignisse gewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new secret</source>
        <translation>Das neue Geheimnis</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation>Geheimnis verbergen</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Geheimnis anzeigen</translation>
    </message>
    <message>
        <source>Choose the group the webhook belongs to.</source>
        <translation>Die Gruppe wählen, zu der der Webhook gehört.</translation>
    </message>
    <message>
        <source>Enter the URL Fivetran should deliver events to.</source>
        <translation>Die URL eingeben, an die Fivetran Ereignisse zustellen soll.</translation>
    </message>
    <message>
        <source>Enter the new secret, or choose another secret option.</source>
        <translation>Das neue Geheimnis eingeben oder eine andere Option für das Geheimnis wählen.</translation>
    </message>
    <message>
        <source>“%1” is how Fivetran hides a secret, not a secret: enter the real one.</source>
        <translation>„%1“ ist kein Geheimnis, sondern die Darstellung, mit der Fivetran ein Geheimnis verbirgt: das echte eingeben.</translation>
    </message>
    <message>
        <source>Copy the generated secret first: Fivetran never shows it again, and your receiver needs it to check signatures. Save again to go on without it.</source>
        <translation>Zuerst das generierte Geheimnis kopieren: Fivetran zeigt es nie wieder an, und der Empfänger braucht es, um Signaturen zu prüfen. Erneut speichern, um ohne Kopie fortzufahren.</translation>
    </message>
    <message>
        <source>Fivetran could not reach the URL: its test request got no 2xx answer, so the webhook was not created. Make the endpoint answer 2xx, or create the webhook inactive and activate it later.</source>
        <translation>Fivetran konnte die URL nicht erreichen: Die Testanfrage erhielt keine 2xx-Antwort, daher wurde der Webhook nicht erstellt. Den Endpunkt mit 2xx antworten lassen oder den Webhook inaktiv erstellen und später aktivieren.</translation>
    </message>
    <message>
        <source>Fivetran could not reach the URL: its test request got no 2xx answer, so the webhook was not activated and nothing was saved. Make the endpoint answer 2xx, or save it inactive.</source>
        <translation>Fivetran konnte die URL nicht erreichen: Die Testanfrage erhielt keine 2xx-Antwort, daher wurde der Webhook nicht aktiviert und nichts gespeichert. Den Endpunkt mit 2xx antworten lassen oder den Webhook inaktiv speichern.</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>Kept in %1 for this webhook: the API never returns a secret, so this is the only copy you can read back.</source>
        <translation>Für diesen Webhook in %1 aufbewahrt: Die API gibt Geheimnisse nie zurück, daher ist dies die einzige Kopie, die sich wieder auslesen lässt.</translation>
    </message>
    <message>
        <source>The webhook was saved, but its secret could not be remembered on this computer: %1 Copy it now if your receiver needs it.</source>
        <translation>Der Webhook wurde gespeichert, aber sein Geheimnis konnte auf diesem Computer nicht gemerkt werden: %1 Jetzt kopieren, falls der Empfänger es braucht.</translation>
    </message>
</context>
<context>
    <name>fw::WebhookTableModel</name>
    <message>
        <source>The server returned a cursor it had already given; loading stopped to avoid a loop.</source>
        <translation>Der Server hat einen bereits gelieferten Cursor erneut zurückgegeben; das Laden wurde abgebrochen, um eine Schleife zu vermeiden.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>%1 — not in the catalog</source>
        <translation>%1 — nicht im Katalog</translation>
    </message>
    <message>
        <source>%1 — %2 (deprecated)</source>
        <translation>%1 — %2 (veraltet)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped after %n page(s): the server kept offering more pages than any account holds.</source>
        <translation>
            <numerusform>Laden nach %n Seite abgebrochen: Der Server bot immer weitere Seiten an, mehr als ein Konto haben kann.</numerusform>
            <numerusform>Laden nach %n Seiten abgebrochen: Der Server bot immer weitere Seiten an, mehr als ein Konto haben kann.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped after %n webhook(s): the server kept offering more webhooks than any account holds.</source>
        <translation>
            <numerusform>Laden nach %n Webhook abgebrochen: Der Server bot immer weitere Webhooks an, mehr als ein Konto haben kann.</numerusform>
            <numerusform>Laden nach %n Webhooks abgebrochen: Der Server bot immer weitere Webhooks an, mehr als ein Konto haben kann.</numerusform>
        </translation>
    </message>
</context>
</TS>
