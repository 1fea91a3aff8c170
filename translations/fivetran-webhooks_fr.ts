<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected account</source>
        <translation>Supprimer le compte sélectionné</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>p. ex. Production</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API&#xa0;:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>API &amp;secret:</source>
        <translation>S&amp;ecret d’API&#xa0;:</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>Secret d’API</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the API secret</source>
        <translation>Afficher le secret d’API</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>A&amp;dresse de l’API&#xa0;:</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Adresse de l’API</translation>
    </message>
    <message>
        <source>Advanced: leave as it is unless you use a proxy or a local sandbox.</source>
        <translation>Avancé&#xa0;: ne modifiez cette valeur que si vous utilisez un proxy ou une Sandbox locale.</translation>
    </message>
    <message>
        <source>&amp;Check connection</source>
        <translation>&amp;Vérifier la connexion</translation>
    </message>
    <message>
        <source>Check the connection to Fivetran</source>
        <translation>Vérifier la connexion à Fivetran</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>Save the account</source>
        <translation>Enregistrer le compte</translation>
    </message>
    <message>
        <source>From Fivetran&apos;s Account settings, API key. Kept in the system keychain, never in a file.</source>
        <translation>Depuis les paramètres du compte Fivetran, clé d’API. Conservée dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Shown once by Fivetran with the API key. Kept in the system keychain, never in a file.</source>
        <translation>Affiché une seule fois par Fivetran avec la clé d’API. Conservé dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>The Sandbox account is always there, in the account list of the main window: a local emulator of Fivetran&apos;s API inside this application, with demo webhooks. It needs no key, nothing done there reaches Fivetran, and it starts afresh each time the application starts.</source>
        <translation>Le compte Sandbox est toujours présent dans la liste des comptes de la fenêtre principale&#xa0;: un émulateur local de l’API de Fivetran intégré à cette application, avec des webhooks de démonstration. Il ne demande aucune clé, rien de ce qui s’y fait n’atteint Fivetran, et il repart de zéro à chaque démarrage de l’application.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>Taille de &amp;page&#xa0;:</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Taille de page</translation>
    </message>
    <message>
        <source>How many webhooks each request to Fivetran asks for, from 1 to 1000.</source>
        <translation>Nombre de webhooks demandés par chaque requête à Fivetran, de 1 à 1000.</translation>
    </message>
    <message>
        <source>How many webhooks each request to Fivetran asks for. Larger pages need fewer requests; smaller pages show the first rows sooner.</source>
        <translation>Nombre de webhooks demandés par chaque requête à Fivetran. Des pages plus grandes demandent moins de requêtes&#xa0;; des pages plus petites affichent les premières lignes plus tôt.</translation>
    </message>
    <message>
        <source>&amp;Receiver port:</source>
        <translation>Port du &amp;récepteur&#xa0;:</translation>
    </message>
    <message>
        <source>Receiver port</source>
        <translation>Port du récepteur</translation>
    </message>
    <message>
        <source>The port on 127.0.0.1 the receiver listens on; 0 picks any free port.</source>
        <translation>Le port sur 127.0.0.1 où écoute le récepteur&#xa0;; 0 choisit un port libre quelconque.</translation>
    </message>
    <message>
        <source>A fixed port keeps the receiver&apos;s URL the same from one start to the next, so webhooks that deliver to it keep working.</source>
        <translation>Un port fixe garde la même URL de récepteur d’un démarrage à l’autre, pour que les webhooks qui y livrent continuent de fonctionner.</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>N’importe quel port libre</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of the application; the system&apos;s language by default.</source>
        <translation>La langue de l’application&#xa0;; celle du système par défaut.</translation>
    </message>
    <message>
        <source>Re&amp;member new webhook secrets on this computer</source>
        <translation>&amp;Mémoriser les nouveaux secrets de webhook sur cet ordinateur</translation>
    </message>
    <message>
        <source>Whether the webhook dialog offers to keep a new secret in the keychain, checked by default.</source>
        <translation>Si la boîte de dialogue du webhook propose de conserver un nouveau secret dans le trousseau, cochée par défaut.</translation>
    </message>
    <message>
        <source>Fivetran never returns a webhook&apos;s secret. Remembered secrets, kept in the keychain, let the receiver verify deliveries. You can still choose for each webhook.</source>
        <translation>Fivetran ne renvoie jamais le secret d’un webhook. Les secrets mémorisés, conservés dans le trousseau, permettent au récepteur de vérifier les livraisons. Le choix reste possible pour chaque webhook.</translation>
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
        <translation>Récepteur</translation>
    </message>
    <message>
        <source>Start or stop the receiver</source>
        <translation>Démarrer ou arrêter le récepteur</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>The port to listen on, on 127.0.0.1; 0 picks any free port.</source>
        <translation>Le port d’écoute sur 127.0.0.1&#xa0;; 0 choisit n’importe quel port libre.</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>N’importe quel port libre</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>Receiver URL</source>
        <translation>URL du récepteur</translation>
    </message>
    <message>
        <source>Not listening</source>
        <translation>Pas en écoute</translation>
    </message>
    <message>
        <source>Copy the receiver URL</source>
        <translation>Copier l’URL du récepteur</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Receiver status</source>
        <translation>État du récepteur</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Livraisons</translation>
    </message>
    <message>
        <source>Delivery details</source>
        <translation>Détails de la livraison</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Body as formatted JSON</source>
        <translation>Corps sous forme de JSON mis en forme</translation>
    </message>
    <message>
        <source>Raw body</source>
        <translation>Corps brut</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>En-têtes de la requête</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Signature verdict explanation</source>
        <translation>Explication du verdict de la signature</translation>
    </message>
    <message>
        <source>Copy the selected delivery as a curl command</source>
        <translation>Copier la livraison sélectionnée sous forme de commande curl</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copier en tant que curl</translation>
    </message>
    <message>
        <source>Export the deliveries as JSON lines</source>
        <translation>Exporter les livraisons au format JSON Lines</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Clear the deliveries</source>
        <translation>Effacer les livraisons</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Reject deliveries whose signature cannot be verified</source>
        <translation>Rejeter les livraisons dont la signature ne peut pas être vérifiée</translation>
    </message>
    <message>
        <source>Answer 401 to a delivery whose signature cannot be verified with a remembered secret (unsigned ones too), as a receiver that checks signatures does. Fivetran then counts it as failed and retries it.</source>
        <translation>Répondre 401 à une livraison dont la signature ne peut être vérifiée avec aucun secret mémorisé (y compris une livraison non signée), comme le fait un récepteur qui vérifie les signatures. Fivetran la compte alors comme en échec et la renvoie.</translation>
    </message>
    <message>
        <source>Re&amp;ject unverified deliveries (401)</source>
        <translation>&amp;Rejeter les livraisons non vérifiées (401)</translation>
    </message>
</context>
<context>
    <name>SendTestDialog</name>
    <message>
        <source>Send Test</source>
        <translation>Envoyer un test</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL&#xa0;:</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL du webhook</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Webhook id</source>
        <translation>Identifiant du webhook</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>É&amp;vénement&#xa0;:</translation>
    </message>
    <message>
        <source>Event to send</source>
        <translation>Événement à envoyer</translation>
    </message>
    <message>
        <source>Send every event the webhook subscribes to, or one chosen event</source>
        <translation>Envoyer chaque événement auquel le webhook est abonné, ou un événement choisi</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Show error details</source>
        <translation>Afficher les détails de l’erreur</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Détails de l’erreur</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Résultats des tests</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Send test</source>
        <translation>Envoyer le test</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>Arrêter l’envoi</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>VerifyPayloadDialog</name>
    <message>
        <source>Verify a Payload</source>
        <translation>Vérifier une charge utile</translation>
    </message>
    <message>
        <source>&amp;Body, exactly as delivered:</source>
        <translation>&amp;Corps, exactement tel que livré&#xa0;:</translation>
    </message>
    <message>
        <source>Delivered body</source>
        <translation>Corps livré</translation>
    </message>
    <message>
        <source>{&quot;event&quot;:&quot;sync_end&quot;,...}</source>
        <translation>{&quot;event&quot;:&quot;sync_end&quot;,...}</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>&amp;Signature&#xa0;:</translation>
    </message>
    <message>
        <source>X-Fivetran-Signature-256 value</source>
        <translation>Valeur de X-Fivetran-Signature-256</translation>
    </message>
    <message>
        <source>The X-Fivetran-Signature-256 header (64 hex digits)</source>
        <translation>L’en-tête X-Fivetran-Signature-256 (64 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation>S&amp;ecret&#xa0;:</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Secret du webhook</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Paste the body exactly as delivered: the verdict below follows every change.</source>
        <translation>Collez le corps exactement tel que livré&#xa0;: le verdict ci-dessous suit chaque modification.</translation>
    </message>
    <message>
        <source>The secret set on the webhook. Used only for this check, and cleared when the dialog closes.</source>
        <translation>Le secret défini sur le webhook. Utilisé uniquement pour cette vérification, et effacé à la fermeture de la boîte de dialogue.</translation>
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
        <translation>Portée&#xa0;:</translation>
    </message>
    <message>
        <source>The webhook receives the events of every group in the account.</source>
        <translation>Le webhook reçoit les événements de tous les groupes du compte.</translation>
    </message>
    <message>
        <source>Account scope</source>
        <translation>Portée au niveau du compte</translation>
    </message>
    <message>
        <source>A&amp;ccount (every group)</source>
        <translation>&amp;Compte (tous les groupes)</translation>
    </message>
    <message>
        <source>The webhook receives the events of one group only.</source>
        <translation>Le webhook ne reçoit que les événements d’un seul groupe.</translation>
    </message>
    <message>
        <source>Group scope</source>
        <translation>Portée au niveau du groupe</translation>
    </message>
    <message>
        <source>One &amp;group</source>
        <translation>Un &amp;groupe</translation>
    </message>
    <message>
        <source>Gr&amp;oup:</source>
        <translation>Gr&amp;oupe&#xa0;:</translation>
    </message>
    <message>
        <source>Group of the webhook</source>
        <translation>Groupe du webhook</translation>
    </message>
    <message>
        <source>Search groups</source>
        <translation>Rechercher des groupes</translation>
    </message>
    <message>
        <source>Filters the groups by name or id</source>
        <translation>Filtre les groupes par nom ou identifiant</translation>
    </message>
    <message>
        <source>Search groups by name or id</source>
        <translation>Rechercher des groupes par nom ou identifiant</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Choose the group the webhook belongs to</source>
        <translation>Choisir le groupe auquel appartient le webhook</translation>
    </message>
    <message>
        <source>Retry loading groups</source>
        <translation>Réessayer de charger les groupes</translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL du webhook</translation>
    </message>
    <message>
        <source>The https address Fivetran delivers events to</source>
        <translation>L’adresse https à laquelle Fivetran livre les événements</translation>
    </message>
    <message>
        <source>https://hooks.example.com/fivetran</source>
        <translation>https://hooks.example.com/fivetran</translation>
    </message>
    <message>
        <source>Use the &amp;receiver</source>
        <translation>Utiliser le réce&amp;pteur</translation>
    </message>
    <message>
        <source>Use the local receiver&apos;s address</source>
        <translation>Utiliser l’adresse du récepteur local</translation>
    </message>
    <message>
        <source>Deliver to the receiver dock on this computer, to see and verify what arrives</source>
        <translation>Livrer au panneau du récepteur sur cet ordinateur, pour voir et vérifier ce qui arrive</translation>
    </message>
    <message>
        <source>&amp;Events:</source>
        <translation>É&amp;vénements&#xa0;:</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>Rechercher des événements</translation>
    </message>
    <message>
        <source>Filters the events by name or description</source>
        <translation>Filtre les événements par nom ou description</translation>
    </message>
    <message>
        <source>Search events by name or description</source>
        <translation>Rechercher des événements par nom ou description</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Check the events Fivetran should send to this webhook</source>
        <translation>Cocher les événements que Fivetran doit envoyer à ce webhook</translation>
    </message>
    <message>
        <source>Check every listed event that is not deprecated</source>
        <translation>Cocher chaque événement de la liste qui n’est pas obsolète</translation>
    </message>
    <message>
        <source>Select all events</source>
        <translation>Sélectionner tous les événements</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Uncheck every listed event</source>
        <translation>Décocher tous les événements de la liste</translation>
    </message>
    <message>
        <source>Clear events</source>
        <translation>Décocher les événements</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Tout &amp;désélectionner</translation>
    </message>
    <message>
        <source>Fivetran accepts any event name: add one that is not in the list, such as an event added after this version</source>
        <translation>Fivetran accepte n’importe quel nom d’événement&#xa0;: ajoutez-en un qui ne figure pas dans la liste, par exemple un événement apparu après cette version</translation>
    </message>
    <message>
        <source>Other event name</source>
        <translation>Autre nom d’événement</translation>
    </message>
    <message>
        <source>Another event name, e.g. one Fivetran added recently</source>
        <translation>Un autre nom d’événement, p. ex. un événement ajouté récemment par Fivetran</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Ajouter l’événement</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Ac&amp;tive</source>
        <translation>Acti&amp;f</translation>
    </message>
    <message>
        <source>When active, Fivetran sends a test request to the URL now; if it doesn&apos;t answer 2xx the webhook is not saved. Untick Active to create it inactive and activate it later.</source>
        <translation>S’il est actif, Fivetran envoie dès maintenant une requête de test à l’URL&#xa0;; si elle ne répond pas 2xx, le webhook n’est pas enregistré. Décochez «&#xa0;Actif&#xa0;» pour le créer inactif et l’activer plus tard.</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Secret&#xa0;:</translation>
    </message>
    <message>
        <source>Leave the secret unchanged</source>
        <translation>Laisser le secret inchangé</translation>
    </message>
    <message>
        <source>Lea&amp;ve unchanged</source>
        <translation>&amp;Laisser inchangé</translation>
    </message>
    <message>
        <source>No secret</source>
        <translation>Sans secret</translation>
    </message>
    <message>
        <source>&amp;No secret</source>
        <translation>&amp;Sans secret</translation>
    </message>
    <message>
        <source>Set a new secret</source>
        <translation>Définir un nouveau secret</translation>
    </message>
    <message>
        <source>Set ne&amp;w</source>
        <translation>Définir un &amp;nouveau</translation>
    </message>
    <message>
        <source>Generate a strong secret</source>
        <translation>Générer un secret robuste</translation>
    </message>
    <message>
        <source>Gene&amp;rate</source>
        <translation>Génére&amp;r</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>The key Fivetran signs every delivery with</source>
        <translation>La clé avec laquelle Fivetran signe chaque livraison</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Afficher le secret</translation>
    </message>
    <message>
        <source>Show secret</source>
        <translation>Afficher le secret</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Copy the secret to the clipboard</source>
        <translation>Copier le secret dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copy secret</source>
        <translation>Copier le secret</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>&amp;Remember it on this computer, so deliveries can be verified</source>
        <translation>&amp;Mémoriser sur cet ordinateur, pour pouvoir vérifier les livraisons</translation>
    </message>
    <message>
        <source>Remember the secret in the keychain</source>
        <translation>Mémoriser le secret dans le trousseau</translation>
    </message>
    <message>
        <source>&amp;Forget remembered secret</source>
        <translation>Ou&amp;blier le secret mémorisé</translation>
    </message>
    <message>
        <source>Forget the secret remembered for this webhook</source>
        <translation>Oublier le secret mémorisé pour ce webhook</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Show error details</source>
        <translation>Afficher les détails de l’erreur</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Untick Active and save again: Fivetran skips the test request until you activate the webhook</source>
        <translation>Décocher «&#xa0;Actif&#xa0;» et enregistrer à nouveau&#xa0;: Fivetran ignore la requête de test jusqu’à ce que vous activiez le webhook</translation>
    </message>
    <message>
        <source>Create inactive</source>
        <translation>Créer inactif</translation>
    </message>
    <message>
        <source>Create &amp;inactive</source>
        <translation>Créer &amp;inactif</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Détails de l’erreur</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Boutons de la boîte de dialogue</translation>
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
        <translation>La Sandbox intégrée n’a pu écouter sur aucun port de bouclage.</translation>
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
        <translation>La clé et le secret sont conservés dans %1, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Reading the key from %1…</source>
        <translation>Lecture de la clé depuis %1…</translation>
    </message>
    <message>
        <source>No key is stored for this account: enter it and save.</source>
        <translation>Aucune clé n’est enregistrée pour ce compte&#xa0;: saisissez-la et enregistrez.</translation>
    </message>
    <message>
        <source>Fivetran rejected this account&apos;s API key or secret. If the secret was regenerated, enter the new one and save.</source>
        <translation>Fivetran a refusé la clé ou le secret d’API de ce compte. Si le secret a été régénéré, saisissez le nouveau et enregistrez.</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Enter the API key and secret from Fivetran&apos;s Account settings › API key.</source>
        <translation>Saisissez la clé et le secret d’API indiqués dans Fivetran, sous «&#xa0;Account settings › API key&#xa0;».</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Donnez un nom au compte.</translation>
    </message>
    <message>
        <source>Enter both the API key and the API secret.</source>
        <translation>Saisissez à la fois la clé d’API et le secret d’API.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Aucun trousseau</translation>
    </message>
    <message>
        <source>%1

Keep this account&apos;s key for this session only? You will need to enter it again next time.</source>
        <translation>%1

Conserver la clé de ce compte pour cette session uniquement&#xa0;? Il faudra la saisir à nouveau la prochaine fois.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved. The key is in %1.</source>
        <translation>Enregistré. La clé se trouve dans %1.</translation>
    </message>
    <message>
        <source>Saved for this session only.</source>
        <translation>Enregistré pour cette session uniquement.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Remove the account “%1”? Its key is deleted from %2 too.</source>
        <translation>Supprimer le compte «&#xa0;%1&#xa0;»&#xa0;? Sa clé stockée dans %2 sera également supprimée.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>The key could not be deleted from %1: %2</source>
        <translation>La clé stockée dans %1 n’a pas pu être supprimée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Supprimé.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Connected to “%1” (account %2).</source>
        <translation>Connecté à «&#xa0;%1&#xa0;» (compte %2).</translation>
    </message>
    <message>
        <source>Fivetran rejected the key or secret (bad key, or the secret was regenerated).</source>
        <translation>Fivetran a refusé la clé ou le secret (clé incorrecte, ou secret régénéré).</translation>
    </message>
    <message>
        <source>The key works but has no permission to read the account.</source>
        <translation>La clé fonctionne, mais n’a pas l’autorisation de lire le compte.</translation>
    </message>
    <message>
        <source>Fivetran could not be reached: check the network and the API address.</source>
        <translation>Impossible de joindre Fivetran&#xa0;: vérifiez le réseau et l’adresse de l’API.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Save a rejected key?</source>
        <translation>Enregistrer une clé refusée&#xa0;?</translation>
    </message>
    <message>
        <source>Fivetran rejected this API key and secret when the connection was checked. Save them anyway?</source>
        <translation>Fivetran a refusé cette clé et ce secret d’API lors de la vérification de la connexion. Les enregistrer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>The account will not open until the key is corrected.</source>
        <translation>Le compte ne pourra pas s’ouvrir tant que la clé n’aura pas été corrigée.</translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
</context>
<context>
    <name>fw::ApiError</name>
    <message>
        <source>HTTP status %1</source>
        <translation>Statut HTTP %1</translation>
    </message>
    <message>
        <source>Fivetran rejected the API key or secret. Check them, or enter the new secret if it was regenerated.</source>
        <translation>Fivetran a refusé la clé ou le secret d’API. Vérifiez-les, ou saisissez le nouveau secret s’il a été régénéré.</translation>
    </message>
    <message>
        <source>This API key has no permission for that, or the account&apos;s plan has no webhooks.</source>
        <translation>Cette clé d’API n’a pas l’autorisation nécessaire, ou l’offre du compte n’inclut pas les webhooks.</translation>
    </message>
    <message>
        <source>Fivetran has no such webhook or group (it may have been deleted).</source>
        <translation>Fivetran ne connaît pas ce webhook ou ce groupe (il a peut-être été supprimé).</translation>
    </message>
    <message>
        <source>Fivetran refused the request as invalid.</source>
        <translation>Fivetran a refusé la requête car elle n’est pas valide.</translation>
    </message>
    <message>
        <source>The request conflicts with the current state in Fivetran.</source>
        <translation>La requête est en conflit avec l’état actuel dans Fivetran.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests: Fivetran asks to wait %n second(s).</source>
        <translation>
            <numerusform>Trop de requêtes&#xa0;: Fivetran demande d’attendre %n seconde.</numerusform>
            <numerusform>Trop de requêtes&#xa0;: Fivetran demande d’attendre %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests: Fivetran asks to slow down.</source>
        <translation>Trop de requêtes&#xa0;: Fivetran demande de ralentir.</translation>
    </message>
    <message>
        <source>Fivetran had a server error. Try again in a moment.</source>
        <translation>Erreur de serveur chez Fivetran. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Could not reach Fivetran.</source>
        <translation>Impossible de joindre Fivetran.</translation>
    </message>
    <message>
        <source>Fivetran did not answer in time.</source>
        <translation>Fivetran n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Fivetran&apos;s answer could not be used.</source>
        <translation>La réponse de Fivetran est inutilisable.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>code %1</translation>
    </message>
</context>
<context>
    <name>fw::DeliveryListModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifiée</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>No signature</source>
        <translation>Aucune signature</translation>
    </message>
    <message>
        <source>No known secret</source>
        <translation>Aucun secret connu</translation>
    </message>
    <message>
        <source>Malformed signature</source>
        <translation>Signature mal formée</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>Non concordante</translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translation>Rejetée (%1)</translation>
    </message>
    <message>
        <source>(not JSON)</source>
        <translation>(pas du JSON)</translation>
    </message>
    <message>
        <source>(no event)</source>
        <translation>(aucun événement)</translation>
    </message>
    <message>
        <source>repeat</source>
        <translation>répétition</translation>
    </message>
    <message>
        <source>An earlier delivery of the same event is in the list.</source>
        <translation>Une livraison antérieure du même événement figure dans la liste.</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>What the receiver answered.</source>
        <translation>Ce que le récepteur a répondu.</translation>
    </message>
    <message>
        <source>Answered 401: unverified deliveries are rejected, and no remembered secret verified this one.</source>
        <translation>Réponse 401&#xa0;: les livraisons non vérifiées sont rejetées, et aucun secret mémorisé n’a vérifié celle-ci.</translation>
    </message>
</context>
<context>
    <name>fw::DetailsPane</name>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créé par</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Portée&#xa0;:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Groupe&#xa0;:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL&#xa0;:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Secret&#xa0;:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créé le&#xa0;:</translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation>Créé par&#xa0;:</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Subscribed events</source>
        <translation>Événements abonnés</translation>
    </message>
    <message>
        <source>Test history (kept on this computer)</source>
        <translation>Historique des tests (conservé sur cet ordinateur)</translation>
    </message>
    <message>
        <source>Test history</source>
        <translation>Historique des tests</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message numerus="yes">
        <source>%n webhooks selected.</source>
        <translation>
            <numerusform>%n webhook sélectionné.</numerusform>
            <numerusform>%n webhooks sélectionnés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a webhook to see its details and test history.</source>
        <translation>Sélectionnez un webhook pour afficher ses détails et son historique de tests.</translation>
    </message>
    <message>
        <source>Account: every connection of the account</source>
        <translation>Compte&#xa0;: toutes les connexions du compte</translation>
    </message>
    <message>
        <source>Group: the connections of one destination</source>
        <translation>Groupe&#xa0;: les connexions d’une destination</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Active: events are delivered</source>
        <translation>Actif&#xa0;: les événements sont livrés</translation>
    </message>
    <message>
        <source>Inactive: nothing is delivered</source>
        <translation>Inactif&#xa0;: rien n’est livré</translation>
    </message>
    <message>
        <source>Set (Fivetran never shows it again; deliveries are signed)</source>
        <translation>Défini (Fivetran ne l’affiche plus jamais&#xa0;; les livraisons sont signées)</translation>
    </message>
    <message>
        <source>None (deliveries are not signed)</source>
        <translation>Aucun (les livraisons ne sont pas signées)</translation>
    </message>
    <message>
        <source>(deprecated)</source>
        <translation>(obsolète)</translation>
    </message>
    <message>
        <source>(not in the catalog)</source>
        <translation>(absent du catalogue)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Webhook details</source>
        <translation>Détails du webhook</translation>
    </message>
</context>
<context>
    <name>fw::EventCatalog</name>
    <message>
        <source>A connection&apos;s sync started</source>
        <translation>La synchronisation d’une connexion a démarré</translation>
    </message>
    <message>
        <source>A sync finished; data.status says SUCCESSFUL, FAILURE, FAILURE_WITH_TASK or RESCHEDULED</source>
        <translation>Une synchronisation s’est terminée&#xa0;; data.status vaut SUCCESSFUL, FAILURE, FAILURE_WITH_TASK ou RESCHEDULED</translation>
    </message>
    <message>
        <source>A connection (setup) test succeeded</source>
        <translation>Un test de connexion (configuration) a réussi</translation>
    </message>
    <message>
        <source>A connection (setup) test failed</source>
        <translation>Un test de connexion (configuration) a échoué</translation>
    </message>
    <message>
        <source>A connection was created</source>
        <translation>Une connexion a été créée</translation>
    </message>
    <message>
        <source>A connection was paused</source>
        <translation>Une connexion a été mise en pause</translation>
    </message>
    <message>
        <source>A connection was resumed</source>
        <translation>Une connexion a été reprise</translation>
    </message>
    <message>
        <source>A connection was edited</source>
        <translation>Une connexion a été modifiée</translation>
    </message>
    <message>
        <source>A connection was deleted</source>
        <translation>Une connexion a été supprimée</translation>
    </message>
    <message>
        <source>A manual sync (&quot;sync now&quot;) was triggered</source>
        <translation>Une synchronisation manuelle («&#xa0;sync now&#xa0;») a été déclenchée</translation>
    </message>
    <message>
        <source>A full re-sync of a connection was triggered</source>
        <translation>Une resynchronisation complète d’une connexion a été déclenchée</translation>
    </message>
    <message>
        <source>A re-sync of a table was triggered</source>
        <translation>Une resynchronisation d’une table a été déclenchée</translation>
    </message>
    <message>
        <source>A dbt run started</source>
        <translation>Une exécution dbt a démarré</translation>
    </message>
    <message>
        <source>A dbt run succeeded</source>
        <translation>Une exécution dbt a réussi</translation>
    </message>
    <message>
        <source>A dbt run failed</source>
        <translation>Une exécution dbt a échoué</translation>
    </message>
    <message>
        <source>A transformation started</source>
        <translation>Une transformation a démarré</translation>
    </message>
    <message>
        <source>A transformation succeeded</source>
        <translation>Une transformation a réussi</translation>
    </message>
    <message>
        <source>A transformation failed</source>
        <translation>Une transformation a échoué</translation>
    </message>
    <message>
        <source>A connection&apos;s status changed</source>
        <translation>L’état d’une connexion a changé</translation>
    </message>
    <message>
        <source>A legacy transformation run started</source>
        <translation>Une exécution de transformation héritée a démarré</translation>
    </message>
    <message>
        <source>A legacy transformation run succeeded</source>
        <translation>Une exécution de transformation héritée a réussi</translation>
    </message>
    <message>
        <source>A legacy transformation run failed</source>
        <translation>Une exécution de transformation héritée a échoué</translation>
    </message>
</context>
<context>
    <name>fw::ExportController</name>
    <message>
        <source>Export Webhooks as &amp;JSON…</source>
        <translation>Exporter les webhooks en &amp;JSON…</translation>
    </message>
    <message>
        <source>Save every webhook of the account as a JSON document, without secrets</source>
        <translation>Enregistrer tous les webhooks du compte dans un document JSON, sans les secrets</translation>
    </message>
    <message>
        <source>Export Webhooks as &amp;Terraform…</source>
        <translation>Exporter les webhooks en &amp;Terraform…</translation>
    </message>
    <message>
        <source>Save every webhook of the account as Terraform configuration for Fivetran&apos;s provider</source>
        <translation>Enregistrer tous les webhooks du compte en configuration Terraform pour le provider de Fivetran</translation>
    </message>
    <message>
        <source>Open an account to export its webhooks.</source>
        <translation>Ouvrez un compte pour exporter ses webhooks.</translation>
    </message>
    <message>
        <source>Export Webhooks as JSON</source>
        <translation>Exporter les webhooks en JSON</translation>
    </message>
    <message>
        <source>Export Webhooks as Terraform</source>
        <translation>Exporter les webhooks en Terraform</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Terraform files (*.tf)</source>
        <translation>Fichiers Terraform (*.tf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Exporting webhooks</source>
        <translation>Export des webhooks</translation>
    </message>
    <message>
        <source>Fetching the webhooks…</source>
        <translation>Récupération des webhooks…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Annuler l’export</translation>
    </message>
    <message numerus="yes">
        <source>Fetching the webhooks: %n received…</source>
        <translation>
            <numerusform>Récupération des webhooks&#xa0;: %n reçu…</numerusform>
            <numerusform>Récupération des webhooks&#xa0;: %n reçus…</numerusform>
        </translation>
    </message>
    <message>
        <source>The webhooks could not be fetched: %1</source>
        <translation>Les webhooks n’ont pas pu être récupérés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export cancelled: the account was closed.</source>
        <translation>Export annulé&#xa0;: le compte a été fermé.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export annulé.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 n’a pas pu être écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n webhook(s) to %1.</source>
        <translation>
            <numerusform>%n webhook exporté vers %1.</numerusform>
            <numerusform>%n webhooks exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Webhooks</source>
        <translation>Exporter les webhooks</translation>
    </message>
    <message>
        <source>Should Terraform manage the secrets of the webhooks?</source>
        <translation>Terraform doit-il gérer les secrets des webhooks&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Leave Secrets Alone</source>
        <translation>&amp;Laisser les secrets tels quels</translation>
    </message>
    <message>
        <source>&amp;Manage Secrets</source>
        <translation>&amp;Gérer les secrets</translation>
    </message>
    <message>
        <source>Fivetran never returns a webhook&apos;s secret, so Terraform cannot tell whether one changed.

Leave Secrets Alone: each webhook keeps its secret, and a plan after the import shows no change.

Manage Secrets: the file takes every secret from a sensitive variable that you fill in, and the next apply sets the secret of every webhook.</source>
        <translation>Fivetran ne renvoie jamais le secret d’un webhook&#xa0;: Terraform ne peut donc pas savoir si l’un d’eux a changé.

Laisser les secrets tels quels&#xa0;: chaque webhook garde son secret, et un plan après l’import n’affiche aucun changement.

Gérer les secrets&#xa0;: le fichier prend chaque secret dans une variable sensible que vous remplissez, et le prochain apply définit le secret de chaque webhook.</translation>
    </message>
</context>
<context>
    <name>fw::FivetranClient</name>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>Aucune réponse en %n seconde.</numerusform>
            <numerusform>Aucune réponse en %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answer was not a JSON object (%n byte(s)).</source>
        <translation>
            <numerusform>La réponse n’était pas un objet JSON (%n octet).</numerusform>
            <numerusform>La réponse n’était pas un objet JSON (%n octets).</numerusform>
        </translation>
    </message>
    <message>
        <source>The server returned a cursor it had already given; paging stopped to avoid an endless loop.</source>
        <translation>Le serveur a renvoyé un curseur qu’il avait déjà fourni&#xa0;; la pagination a été interrompue pour éviter une boucle sans fin.</translation>
    </message>
    <message>
        <source>The answer carried no data object.</source>
        <translation>La réponse ne contenait aucun objet data.</translation>
    </message>
    <message>
        <source>The answer carried no list of items.</source>
        <translation>La réponse ne contenait aucune liste d’éléments.</translation>
    </message>
    <message>
        <source>The server announced an answer of %1, over the %2 limit; it was not read.</source>
        <translation>Le serveur a annoncé une réponse de %1, au-delà de la limite de %2 ; elle n’a pas été lue.</translation>
    </message>
    <message>
        <source>The server&apos;s answer exceeded %1; stopped reading.</source>
        <translation>La réponse du serveur a dépassé %1 ; lecture interrompue.</translation>
    </message>
    <message numerus="yes">
        <source>No answer within the time limit of %n second(s), retries included.</source>
        <translation>
            <numerusform>Aucune réponse dans le délai de %n seconde, nouvelles tentatives comprises.</numerusform>
            <numerusform>Aucune réponse dans le délai de %n secondes, nouvelles tentatives comprises.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paging stopped after %n page(s): the server kept handing out new cursors.</source>
        <translation>
            <numerusform>Pagination arrêtée après %n page : le serveur fournissait sans cesse de nouveaux curseurs.</numerusform>
            <numerusform>Pagination arrêtée après %n pages : le serveur fournissait sans cesse de nouveaux curseurs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paging stopped after %n item(s): the server kept handing out new cursors.</source>
        <translation>
            <numerusform>Pagination arrêtée après %n élément : le serveur fournissait sans cesse de nouveaux curseurs.</numerusform>
            <numerusform>Pagination arrêtée après %n éléments : le serveur fournissait sans cesse de nouveaux curseurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>vrai ou faux</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>une liste de textes</translation>
    </message>
    <message>
        <source>The answer cannot be used: %1 has no &quot;%2&quot;.</source>
        <translation>La réponse est inutilisable : %1 n’a pas de « %2 ».</translation>
    </message>
    <message>
        <source>The answer cannot be used: %1 has &quot;%2&quot; as %3, where %4 is expected.</source>
        <translation>La réponse est inutilisable : %1 a « %2 » sous forme de %3, alors que %4 est attendu.</translation>
    </message>
    <message>
        <source>The answer cannot be used: %1 is %2, not an object.</source>
        <translation>La réponse est inutilisable : %1 est %2, pas un objet.</translation>
    </message>
    <message numerus="yes">
        <source>Not retried: the time limit of %n second(s) would run out first.</source>
        <translation>
            <numerusform>Pas de nouvelle tentative : le délai de %n seconde expirerait avant.</numerusform>
            <numerusform>Pas de nouvelle tentative : le délai de %n secondes expirerait avant.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::InMemoryCredentialStore</name>
    <message>
        <source>Nothing is stored under “%1”.</source>
        <translation>Rien n’est enregistré sous «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>memory (this session only)</source>
        <translation>la mémoire (cette session uniquement)</translation>
    </message>
</context>
<context>
    <name>fw::KeychainCredentialStore</name>
    <message>
        <source>the system keychain</source>
        <translation>le trousseau du système</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <source>No keychain is available: %1</source>
        <translation>Aucun trousseau n’est disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>Le trousseau a refusé l’accès&#xa0;: %1</translation>
    </message>
    <message>
        <source>The keychain holds no entry “%1”.</source>
        <translation>Le trousseau ne contient aucune entrée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The keychain could not delete “%1”: %2</source>
        <translation>Le trousseau n’a pas pu supprimer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Le trousseau a signalé une erreur&#xa0;: %1</translation>
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
            <numerusform>Chargement complet&#xa0;: %n webhook</numerusform>
            <numerusform>Chargement complet&#xa0;: %n webhooks</numerusform>
        </translation>
    </message>
    <message>
        <source>New &amp;account webhook…</source>
        <translation>Nouveau webhook de &amp;compte…</translation>
    </message>
    <message>
        <source>New &amp;group webhook…</source>
        <translation>Nouveau webhook de &amp;groupe…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Send &amp;test…</source>
        <translation>Envoyer un &amp;test…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Load all</source>
        <translation>&amp;Tout charger</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Copy &amp;id</source>
        <translation>Copier l’&amp;identifiant</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>Copier l’&amp;URL</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Comptes…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Fivetran Webhooks</source>
        <translation>À &amp;propos de Fivetran Webhooks</translation>
    </message>
    <message>
        <source>About Fivetran Webhooks</source>
        <translation>À propos de Fivetran Webhooks</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Webhook</source>
        <translation>&amp;Webhook</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Verify a payload…</source>
        <translation>&amp;Vérifier une charge utile…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>&amp;Receiver</source>
        <translation>&amp;Récepteur</translation>
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
        <translation>Simuler un &amp;événement</translation>
    </message>
    <message>
        <source>Sync started</source>
        <translation>Synchronisation démarrée</translation>
    </message>
    <message>
        <source>Sync ended: successful</source>
        <translation>Synchronisation terminée&#xa0;: réussie</translation>
    </message>
    <message>
        <source>Sync ended: failure</source>
        <translation>Synchronisation terminée&#xa0;: échec</translation>
    </message>
    <message>
        <source>Sync ended: rescheduled</source>
        <translation>Synchronisation terminée&#xa0;: replanifiée</translation>
    </message>
    <message>
        <source>Connection test succeeded</source>
        <translation>Test de connexion réussi</translation>
    </message>
    <message>
        <source>Connection test failed</source>
        <translation>Test de connexion échoué</translation>
    </message>
    <message>
        <source>dbt run started</source>
        <translation>Exécution dbt démarrée</translation>
    </message>
    <message>
        <source>dbt run succeeded</source>
        <translation>Exécution dbt réussie</translation>
    </message>
    <message>
        <source>dbt run failed</source>
        <translation>Exécution dbt échouée</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte&#xa0;:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>The Fivetran account whose webhooks are shown</source>
        <translation>Le compte Fivetran dont les webhooks sont affichés</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry (%n s)</source>
        <translation>
            <numerusform>&amp;Réessayer (%n s)</numerusform>
            <numerusform>&amp;Réessayer (%n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by URL, id, group, event or creator</source>
        <translation>Filtrer par URL, identifiant, groupe, événement ou créateur</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>Texte du filtre</translation>
    </message>
    <message>
        <source>Scope filter</source>
        <translation>Filtre de portée</translation>
    </message>
    <message>
        <source>All scopes</source>
        <translation>Toutes les portées</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Group filter</source>
        <translation>Filtre de groupe</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <source>Event filter</source>
        <translation>Filtre d’événement</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <source>Active filter</source>
        <translation>Filtre actif/inactif</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>Actifs et inactifs</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Actifs uniquement</translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation>Inactifs uniquement</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel loading all webhooks</source>
        <translation>Annuler le chargement de tous les webhooks</translation>
    </message>
    <message>
        <source>Rate limit: %1 of %2 left</source>
        <translation>Limite de débit&#xa0;: il reste %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 Retrying in %n s…</source>
        <translation>
            <numerusform>%1 Nouvelle tentative dans %n s…</numerusform>
            <numerusform>%1 Nouvelle tentative dans %n s…</numerusform>
        </translation>
    </message>
    <message>
        <source>the secret of webhook %1</source>
        <translation>le secret du webhook %1</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>No key is stored for “%1”: enter it in Accounts.</source>
        <translation>Aucune clé n’est enregistrée pour «&#xa0;%1&#xa0;»&#xa0;: saisissez-la dans Comptes.</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Aucun compte</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s)</source>
        <translation>
            <numerusform>%n webhook</numerusform>
            <numerusform>%n webhooks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) loaded, more exist</source>
        <translation>
            <numerusform>%n webhook chargé, il en existe d’autres</numerusform>
            <numerusform>%n webhooks chargés, il en existe d’autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n affiché</numerusform>
            <numerusform>%n affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Working… (%n request(s))</source>
        <translation>
            <numerusform>Traitement… (%n requête)</numerusform>
            <numerusform>Traitement… (%n requêtes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Created webhook %1.</source>
        <translation>Webhook %1 créé.</translation>
    </message>
    <message>
        <source>Saved webhook %1.</source>
        <translation>Webhook %1 enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete webhooks</source>
        <translation>Supprimer des webhooks</translation>
    </message>
    <message>
        <source>Delete the webhook that delivers to %1?</source>
        <translation>Supprimer le webhook qui livre à %1&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n webhooks?</source>
        <translation>
            <numerusform>Supprimer %n webhook&#xa0;?</numerusform>
            <numerusform>Supprimer ces %n webhooks&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Fivetran stops sending its events at once. This cannot be undone.</source>
        <translation>Fivetran cesse immédiatement d’envoyer ses événements. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n webhook(s).</source>
        <translation>
            <numerusform>%n webhook supprimé.</numerusform>
            <numerusform>%n webhooks supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enabled %n webhook(s).</source>
        <translation>
            <numerusform>%n webhook activé.</numerusform>
            <numerusform>%n webhooks activés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabled %n webhook(s).</source>
        <translation>
            <numerusform>%n webhook désactivé.</numerusform>
            <numerusform>%n webhooks désactivés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fivetran could not reach the URL to check it, so the webhook stays inactive. Make sure the endpoint answers 2xx, then enable it again.</source>
        <translation>Fivetran n’a pas pu joindre l’URL pour la vérifier&#xa0;: le webhook reste donc inactif. Assurez-vous que le point de terminaison répond 2xx, puis activez-le à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n failed:</source>
        <translation>
            <numerusform>%1 sur %n en échec&#xa0;:</numerusform>
            <numerusform>%1 sur %n en échec&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Working on %1 of %2…</source>
        <translation>Traitement de %1 sur %2…</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>Sent tests to %n webhook(s); every delivery succeeded.</source>
        <translation>
            <numerusform>Test envoyé à %n webhook&#xa0;; toutes les livraisons ont réussi.</numerusform>
            <numerusform>Tests envoyés à %n webhooks&#xa0;; toutes les livraisons ont réussi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n test(s) delivered</source>
        <translation>
            <numerusform>Test livré&#xa0;: %1 sur %n</numerusform>
            <numerusform>Tests livrés&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No active webhook is subscribed to %1.</source>
        <translation>Aucun webhook actif n’est abonné à %1.</translation>
    </message>
    <message>
        <source>URL copied.</source>
        <translation>URL copiée.</translation>
    </message>
    <message>
        <source>Id copied.</source>
        <translation>Identifiant copié.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Barre d’outils</translation>
    </message>
    <message>
        <source>Tries again what failed</source>
        <translation>Réessaie ce qui a échoué</translation>
    </message>
    <message>
        <source>Shows Fivetran&apos;s status, code and message</source>
        <translation>Affiche le statut, le code et le message de Fivetran</translation>
    </message>
    <message>
        <source>Shows only account webhooks, or only group webhooks</source>
        <translation>Affiche uniquement les webhooks de compte, ou uniquement ceux de groupe</translation>
    </message>
    <message>
        <source>Shows only the webhooks of one group</source>
        <translation>Affiche uniquement les webhooks d’un groupe</translation>
    </message>
    <message>
        <source>Shows only the webhooks subscribed to one event</source>
        <translation>Affiche uniquement les webhooks abonnés à un événement</translation>
    </message>
    <message>
        <source>Shows only active, or only inactive, webhooks</source>
        <translation>Affiche uniquement les webhooks actifs, ou uniquement les inactifs</translation>
    </message>
    <message>
        <source>The account&apos;s webhooks. Enter edits the selected one; every action is in the Webhook menu.</source>
        <translation>Les webhooks du compte. Entrée modifie celui sélectionné&#xa0;; toutes les actions sont dans le menu Webhook.</translation>
    </message>
    <message>
        <source>Restart Fivetran Webhooks</source>
        <translation>Redémarrer Fivetran Webhooks</translation>
    </message>
    <message>
        <source>Fivetran Webhooks could not start again. Start it from your applications menu to see the new language.</source>
        <translation>Fivetran Webhooks n’a pas pu redémarrer. Lancez-le depuis le menu des applications pour voir la nouvelle langue.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Fivetran Webhooks %1&lt;/h3&gt;&lt;p&gt;Manage, test and debug the webhooks of your Fivetran accounts.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fivetran Webhooks %1&lt;/h3&gt;&lt;p&gt;Gérez, testez et déboguez les webhooks de vos comptes Fivetran.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>kept in memory only (no writable data folder)</source>
        <translation>en mémoire uniquement (aucun dossier de données accessible en écriture)</translation>
    </message>
    <message>
        <source>This is the Sandbox: a local emulator of Fivetran&apos;s API inside this application, with demo webhooks. Nothing done here reaches Fivetran, and it starts afresh each time the application starts. The first webhooks deliver to the receiver below: send them a test. Add your Fivetran account to manage its webhooks.</source>
        <translation>Voici la Sandbox&#xa0;: un émulateur local de l’API de Fivetran intégré à cette application, avec des webhooks de démonstration. Rien de ce qui s’y fait n’atteint Fivetran, et elle repart de zéro à chaque démarrage de l’application. Les premiers webhooks livrent au récepteur ci-dessous&#xa0;: envoyez-leur un test. Ajoutez votre compte Fivetran pour gérer ses webhooks.</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>Ajouter un &amp;compte…</translation>
    </message>
    <message>
        <source>the new secret being saved</source>
        <translation>le nouveau secret en cours d’enregistrement</translation>
    </message>
    <message>
        <source>No webhooks loaded</source>
        <translation>Aucun webhook chargé</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) loaded; loading stopped on an error</source>
        <translation>
            <numerusform>%n webhook chargé&#xa0;; chargement interrompu par une erreur</numerusform>
            <numerusform>%n webhooks chargés&#xa0;; chargement interrompu par une erreur</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading webhooks…</source>
        <translation>Chargement des webhooks…</translation>
    </message>
    <message numerus="yes">
        <source>Sending %1 to %n webhook(s)…</source>
        <translation>
            <numerusform>Envoi de %1 à %n webhook…</numerusform>
            <numerusform>Envoi de %1 à %n webhooks…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 delivered to %n webhook(s).</source>
        <translation>
            <numerusform>%1 livré à %n webhook.</numerusform>
            <numerusform>%1 livré à %n webhooks.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): delivered, HTTP %3</source>
        <translation>%1 (%2)&#xa0;: livré, HTTP %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n delivery(s) failed:</source>
        <translation>
            <numerusform>%1&#xa0;: %2 sur %n livraison en échec&#xa0;:</numerusform>
            <numerusform>%1&#xa0;: %2 sur %n livraisons en échec&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.
Settings: %3
Test history: %4
API keys and webhook secrets: in the system keychain (without one, in memory for this session), never in these files.
The Sandbox account is a local emulator of Fivetran&apos;s API inside this application, with demo data: nothing done there reaches Fivetran, and it starts afresh each time the application starts.
Released under the MIT License.</source>
        <translation>Compilé avec Qt %1, exécuté sous Qt %2.
Paramètres&#xa0;: %3
Historique des tests&#xa0;: %4
Clés d’API et secrets de webhook&#xa0;: dans le trousseau du système (à défaut, en mémoire pour cette session), jamais dans ces fichiers.
Le compte Sandbox est un émulateur local de l’API de Fivetran intégré à cette application, avec des données de démonstration&#xa0;: rien de ce qui s’y fait n’atteint Fivetran, et il repart de zéro à chaque démarrage de l’application.
Publié sous licence MIT.</translation>
    </message>
    <message numerus="yes">
        <source>Like Fivetran, the Sandbox retries each failed delivery %n time(s), waiting %1 s longer each time (Fivetran: five minutes longer).</source>
        <translation>
            <numerusform>Comme Fivetran, la Sandbox renvoie chaque livraison en échec %n fois, en attendant %1&#xa0;s de plus à chaque fois (Fivetran&#xa0;: cinq minutes de plus).</numerusform>
            <numerusform>Comme Fivetran, la Sandbox renvoie chaque livraison en échec %n fois, en attendant %1&#xa0;s de plus à chaque fois (Fivetran&#xa0;: cinq minutes de plus).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::PreferencesDialog</name>
    <message numerus="yes">
        <source> webhook(s) per request</source>
        <translation>
            <numerusform> webhook par requête</numerusform>
            <numerusform> webhooks par requête</numerusform>
        </translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>The new language is shown from the next start.</source>
        <translation>La nouvelle langue s’affiche au prochain démarrage.</translation>
    </message>
    <message>
        <source>Restart Fivetran Webhooks?</source>
        <translation>Redémarrer Fivetran Webhooks&#xa0;?</translation>
    </message>
    <message>
        <source>Fivetran Webhooks shows %1 from its next start. Restart now?</source>
        <translation>Fivetran Webhooks s’affichera en %1 au prochain démarrage. Redémarrer maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
</context>
<context>
    <name>fw::ReceiverDock</name>
    <message>
        <source>Receiver</source>
        <translation>Récepteur</translation>
    </message>
    <message>
        <source>The receiver could not listen on 127.0.0.1.</source>
        <translation>Le récepteur n’a pas pu écouter sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>The receiver could not listen on 127.0.0.1 port %1: the port may be in use by another program. Choose another port, or 0 for any free port.</source>
        <translation>Le récepteur n’a pas pu écouter sur 127.0.0.1, port %1&#xa0;: le port est peut-être utilisé par un autre programme. Choisissez un autre port, ou 0 pour n’importe quel port libre.</translation>
    </message>
    <message>
        <source>Listening. Point a webhook at this URL to see its deliveries here.</source>
        <translation>En écoute. Faites pointer un webhook vers cette URL pour voir ses livraisons ici.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Copied a curl command that replays the delivery to the receiver.</source>
        <translation>Commande curl copiée&#xa0;: elle rejoue la livraison vers le récepteur.</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Impossible d’exporter vers %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n delivery(s) to %1.</source>
        <translation>
            <numerusform>%n livraison exportée vers %1.</numerusform>
            <numerusform>%n livraisons exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Deliveries</source>
        <translation>Exporter les livraisons</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>(The body was not kept: %1)</source>
        <translation>(Le corps n’a pas été conservé&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Secret that verified: &quot;%1&quot;.</source>
        <translation>Secret ayant permis la vérification&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Hint: the body ends with a newline that was not signed. Remove it from the tool that sends or forwards the delivery.</source>
        <translation>Astuce&#xa0;: le corps se termine par un saut de ligne qui n’a pas été signé. Supprimez-le dans l’outil qui envoie ou relaie la livraison.</translation>
    </message>
    <message>
        <source>Known secrets tried: %1.</source>
        <translation>Secrets connus essayés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This delivery repeats an earlier one in the list (same event, connector, sync and time): Fivetran retries deliveries that were not acknowledged.</source>
        <translation>Cette livraison répète une livraison antérieure de la liste (même événement, connecteur, synchronisation et heure)&#xa0;: Fivetran renvoie les livraisons qui n’ont pas été acquittées.</translation>
    </message>
    <message>
        <source>No known secret</source>
        <translation>Aucun secret connu</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Answered 401, as unverified deliveries are rejected: Fivetran counts this delivery as failed and sends it again later.</source>
        <translation>Réponse 401, car les livraisons non vérifiées sont rejetées&#xa0;: Fivetran compte cette livraison comme en échec et la renverra plus tard.</translation>
    </message>
</context>
<context>
    <name>fw::SendTestDialog</name>
    <message>
        <source>%1 (deprecated)</source>
        <translation>%1 (obsolète)</translation>
    </message>
    <message numerus="yes">
        <source>Every subscribed event (%n)</source>
        <translation>
            <numerusform>Tous les événements abonnés (%n)</numerusform>
            <numerusform>Tous les événements abonnés (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Send each event the webhook subscribes to, one after another</source>
        <translation>Envoyer l’un après l’autre chaque événement auquel le webhook est abonné</translation>
    </message>
    <message>
        <source>This webhook subscribes to no event: choose one to send.</source>
        <translation>Ce webhook n’est abonné à aucun événement&#xa0;: choisissez-en un à envoyer.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %1: test %2 of %n…</source>
        <translation>
            <numerusform>Envoi de %1&#xa0;: test %2 sur %n…</numerusform>
            <numerusform>Envoi de %1&#xa0;: test %2 sur %n…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n delivered</source>
        <translation>
            <numerusform>%1 sur %n livré</numerusform>
            <numerusform>%1 sur %n livrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a result</source>
        <translation>
            <numerusform>%n sans résultat</numerusform>
            <numerusform>%n sans résultat</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1, %2</source>
        <translation>Arrêté&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Stopped by an error: %1, %2</source>
        <translation>Arrêté par une erreur&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>This Sandbox webhook delivers to a made-up address. To watch a delivery arrive, edit the webhook and choose Use the receiver, or test one of the webhooks that deliver to 127.0.0.1.</source>
        <translation>Ce webhook de la Sandbox livre à une adresse fictive. Pour voir une livraison arriver, modifiez le webhook et choisissez «&#xa0;Utiliser le récepteur&#xa0;», ou testez l’un des webhooks qui livrent à 127.0.0.1.</translation>
    </message>
</context>
<context>
    <name>fw::SendTestDialog::ResultsModel</name>
    <message>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Non livré</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Aucune réponse</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Endpoint status</source>
        <translation>Statut du point de terminaison</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>The endpoint accepted the test event.</source>
        <translation>Le point de terminaison a accepté l’événement de test.</translation>
    </message>
    <message>
        <source>The test event was not delivered.</source>
        <translation>L’événement de test n’a pas été livré.</translation>
    </message>
    <message>
        <source>The endpoint answered HTTP %1.</source>
        <translation>Le point de terminaison a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>The endpoint never answered.</source>
        <translation>Le point de terminaison n’a jamais répondu.</translation>
    </message>
</context>
<context>
    <name>fw::Signature</name>
    <message>
        <source>The signature matches: the body is authentic.</source>
        <translation>La signature concorde&#xa0;: le corps est authentique.</translation>
    </message>
    <message>
        <source>There is no X-Fivetran-Signature-256 header: the webhook has no secret, or something on the way removed the header.</source>
        <translation>Il n’y a pas d’en-tête X-Fivetran-Signature-256&#xa0;: le webhook n’a pas de secret, ou un intermédiaire a supprimé l’en-tête en chemin.</translation>
    </message>
    <message>
        <source>The signature is not 64 hexadecimal digits: check for a prefix such as &quot;sha256=&quot; or a truncated value.</source>
        <translation>La signature ne compte pas 64 chiffres hexadécimaux&#xa0;: vérifiez la présence d’un préfixe tel que «&#xa0;sha256=&#xa0;» ou d’une valeur tronquée.</translation>
    </message>
    <message>
        <source>The signature does not match: the secret is wrong, or the body was changed on the way (re-serialised, re-encoded, or a trailing newline added).</source>
        <translation>La signature ne concorde pas&#xa0;: le secret est erroné, ou le corps a été modifié en chemin (resérialisé, réencodé, ou complété d’un saut de ligne final).</translation>
    </message>
</context>
<context>
    <name>fw::SignatureCheck</name>
    <message>
        <source>The signature was not checked: the delivery was rejected.</source>
        <translation>La signature n’a pas été vérifiée&#xa0;: la livraison a été rejetée.</translation>
    </message>
    <message>
        <source>Signature verified with the secret &quot;%1&quot;, not the first one expected for this webhook.</source>
        <translation>Signature vérifiée avec le secret «&#xa0;%1&#xa0;», et non avec le premier attendu pour ce webhook.</translation>
    </message>
    <message>
        <source>Signature verified with the secret &quot;%1&quot;.</source>
        <translation>Signature vérifiée avec le secret «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The delivery has no X-Fivetran-Signature-256 header: the webhook has no secret, or something on the way removed the header.</source>
        <translation>La livraison n’a pas d’en-tête X-Fivetran-Signature-256&#xa0;: le webhook n’a pas de secret, ou un intermédiaire a supprimé l’en-tête en chemin.</translation>
    </message>
    <message>
        <source>The delivery is signed, but no secret is remembered for this webhook, so the signature cannot be checked.</source>
        <translation>La livraison est signée, mais aucun secret n’est mémorisé pour ce webhook&#xa0;: la signature ne peut donc pas être vérifiée.</translation>
    </message>
    <message>
        <source>The X-Fivetran-Signature-256 header is not 64 hexadecimal digits (a prefix such as &quot;sha256=&quot;, or a truncated value).</source>
        <translation>L’en-tête X-Fivetran-Signature-256 ne compte pas 64 chiffres hexadécimaux (un préfixe tel que «&#xa0;sha256=&#xa0;», ou une valeur tronquée).</translation>
    </message>
    <message>
        <source>The signature does not match the body as received, but it matches with the secret &quot;%1&quot; once the trailing newline is removed: a tool between Fivetran and here added it.</source>
        <translation>La signature ne concorde pas avec le corps tel que reçu, mais elle concorde avec le secret «&#xa0;%1&#xa0;» une fois le saut de ligne final supprimé&#xa0;: un outil situé entre Fivetran et le récepteur l’a ajouté.</translation>
    </message>
    <message numerus="yes">
        <source>The signature matches none of the %n known secret(s): the webhook&apos;s secret differs from the one remembered, or the body was changed on the way (re-serialised or re-encoded).</source>
        <translation>
            <numerusform>La signature ne concorde avec aucun secret connu (%n essayé)&#xa0;: le secret du webhook diffère de celui mémorisé, ou le corps a été modifié en chemin (resérialisé ou réencodé).</numerusform>
            <numerusform>La signature ne concorde avec aucun des %n secrets connus&#xa0;: le secret du webhook diffère de celui mémorisé, ou le corps a été modifié en chemin (resérialisé ou réencodé).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::UrlRules</name>
    <message>
        <source>The API address must be a full URL, such as https://api.fivetran.com/v1.</source>
        <translation>L’adresse de l’API doit être une URL complète, par exemple https://api.fivetran.com/v1.</translation>
    </message>
    <message>
        <source>The API address must use https (plain http is allowed only for this computer, e.g. a local sandbox).</source>
        <translation>L’adresse de l’API doit utiliser https (le http simple n’est autorisé que pour cet ordinateur, p. ex. une Sandbox locale).</translation>
    </message>
    <message>
        <source>The webhook URL must be a full https URL with a host, such as https://hooks.example.com/fivetran.</source>
        <translation>L’URL du webhook doit être une URL https complète avec un hôte, par exemple https://hooks.example.com/fivetran.</translation>
    </message>
    <message>
        <source>Fivetran only delivers to https URLs. Plain http is accepted only for loopback addresses by the local sandbox.</source>
        <translation>Fivetran ne livre qu’à des URL https. Le http simple n’est accepté par la Sandbox locale que pour les adresses de bouclage.</translation>
    </message>
</context>
<context>
    <name>fw::VerifyPayloadDialog</name>
    <message>
        <source>the secret you entered</source>
        <translation>le secret que vous avez saisi</translation>
    </message>
</context>
<context>
    <name>fw::WebhookDialog</name>
    <message>
        <source>%1 (deprecated)</source>
        <translation>%1 (obsolète)</translation>
    </message>
    <message>
        <source>%1. Deprecated: Fivetran may no longer send it.</source>
        <translation>%1. Obsolète&#xa0;: Fivetran risque de ne plus l’envoyer.</translation>
    </message>
    <message>
        <source>Not in the list of documented events</source>
        <translation>Absent de la liste des événements documentés</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (identifiant %2)</translation>
    </message>
    <message>
        <source>Save the webhook</source>
        <translation>Enregistrer le webhook</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The remembered secret could not be forgotten: %1</source>
        <translation>Le secret mémorisé n’a pas pu être oublié&#xa0;: %1</translation>
    </message>
    <message>
        <source>The remembered secret was forgotten on this computer.</source>
        <translation>Le secret mémorisé a été oublié sur cet ordinateur.</translation>
    </message>
    <message>
        <source>New Group Webhook</source>
        <translation>Nouveau webhook de groupe</translation>
    </message>
    <message>
        <source>New Account Webhook</source>
        <translation>Nouveau webhook de compte</translation>
    </message>
    <message>
        <source>Edit Webhook %1</source>
        <translation>Modifier le webhook %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Save &amp;inactive</source>
        <translation>Enregistrer &amp;inactif</translation>
    </message>
    <message>
        <source>Create &amp;inactive</source>
        <translation>Créer &amp;inactif</translation>
    </message>
    <message>
        <source>Save without activating</source>
        <translation>Enregistrer sans activer</translation>
    </message>
    <message>
        <source>Create inactive</source>
        <translation>Créer inactif</translation>
    </message>
    <message>
        <source>Activating sends a test request to the URL first; if it doesn&apos;t answer 2xx, nothing is saved. Untick Active to keep the webhook inactive.</source>
        <translation>L’activation envoie d’abord une requête de test à l’URL&#xa0;; si elle ne répond pas 2xx, rien n’est enregistré. Décochez «&#xa0;Actif&#xa0;» pour laisser le webhook inactif.</translation>
    </message>
    <message>
        <source>When active, Fivetran sends a test request to the URL now; if it doesn&apos;t answer 2xx the webhook is not saved. Untick Active to create it inactive and activate it later.</source>
        <translation>S’il est actif, Fivetran envoie dès maintenant une requête de test à l’URL&#xa0;; si elle ne répond pas 2xx, le webhook n’est pas enregistré. Décochez «&#xa0;Actif&#xa0;» pour le créer inactif et l’activer plus tard.</translation>
    </message>
    <message>
        <source>Fivetran never shows a secret again after it is saved: copy it now and keep it where your receiver can check signatures with it.</source>
        <translation>Fivetran n’affiche plus jamais un secret une fois enregistré&#xa0;: copiez-le maintenant et conservez-le là où votre récepteur pourra s’en servir pour vérifier les signatures.</translation>
    </message>
    <message>
        <source>This webhook has a secret.</source>
        <translation>Ce webhook a un secret.</translation>
    </message>
    <message>
        <source>This webhook has no secret.</source>
        <translation>Ce webhook n’a pas de secret.</translation>
    </message>
    <message>
        <source>Could not load the groups: %1</source>
        <translation>Impossible de charger les groupes&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Loading groups… %n loaded so far.</source>
        <translation>
            <numerusform>Chargement des groupes… %n chargé jusqu’ici.</numerusform>
            <numerusform>Chargement des groupes… %n chargés jusqu’ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>No group matches yet; still loading…</source>
        <translation>Aucun groupe correspondant pour l’instant&#xa0;; chargement en cours…</translation>
    </message>
    <message>
        <source>No group matches “%1”.</source>
        <translation>Aucun groupe ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n group(s) match.</source>
        <translation>
            <numerusform>Correspondances&#xa0;: %1 sur %n groupe.</numerusform>
            <numerusform>Correspondances&#xa0;: %1 sur %n groupes.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account has no groups.</source>
        <translation>Ce compte n’a aucun groupe.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s).</source>
        <translation>
            <numerusform>%n groupe.</numerusform>
            <numerusform>%n groupes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No group chosen yet.</source>
        <translation>Aucun groupe choisi pour l’instant.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Choisi&#xa0;: %1</translation>
    </message>
    <message>
        <source>No event matches “%1”; you can add it below.</source>
        <translation>Aucun événement ne correspond à «&#xa0;%1&#xa0;»&#xa0;; vous pouvez l’ajouter ci-dessous.</translation>
    </message>
    <message>
        <source>Choose at least one event.</source>
        <translation>Choisissez au moins un événement.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) chosen.</source>
        <translation>
            <numerusform>%n événement choisi.</numerusform>
            <numerusform>%n événements choisis.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new secret</source>
        <translation>Le nouveau secret</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation>Masquer le secret</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Afficher le secret</translation>
    </message>
    <message>
        <source>Choose the group the webhook belongs to.</source>
        <translation>Choisissez le groupe auquel appartient le webhook.</translation>
    </message>
    <message>
        <source>Enter the URL Fivetran should deliver events to.</source>
        <translation>Saisissez l’URL à laquelle Fivetran doit livrer les événements.</translation>
    </message>
    <message>
        <source>Enter the new secret, or choose another secret option.</source>
        <translation>Saisissez le nouveau secret, ou choisissez une autre option de secret.</translation>
    </message>
    <message>
        <source>“%1” is how Fivetran hides a secret, not a secret: enter the real one.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un secret, mais la façon dont Fivetran masque un secret&#xa0;: saisissez le vrai.</translation>
    </message>
    <message>
        <source>Copy the generated secret first: Fivetran never shows it again, and your receiver needs it to check signatures. Save again to go on without it.</source>
        <translation>Copiez d’abord le secret généré&#xa0;: Fivetran ne l’affiche plus jamais, et votre récepteur en a besoin pour vérifier les signatures. Enregistrez à nouveau pour continuer sans le copier.</translation>
    </message>
    <message>
        <source>Fivetran could not reach the URL: its test request got no 2xx answer, so the webhook was not created. Make the endpoint answer 2xx, or create the webhook inactive and activate it later.</source>
        <translation>Fivetran n’a pas pu joindre l’URL&#xa0;: sa requête de test n’a pas reçu de réponse 2xx, le webhook n’a donc pas été créé. Faites répondre 2xx au point de terminaison, ou créez le webhook inactif et activez-le plus tard.</translation>
    </message>
    <message>
        <source>Fivetran could not reach the URL: its test request got no 2xx answer, so the webhook was not activated and nothing was saved. Make the endpoint answer 2xx, or save it inactive.</source>
        <translation>Fivetran n’a pas pu joindre l’URL&#xa0;: sa requête de test n’a pas reçu de réponse 2xx, le webhook n’a donc pas été activé et rien n’a été enregistré. Faites répondre 2xx au point de terminaison, ou enregistrez-le inactif.</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Non enregistré. %1</translation>
    </message>
    <message>
        <source>Kept in %1 for this webhook: the API never returns a secret, so this is the only copy you can read back.</source>
        <translation>Conservé dans %1 pour ce webhook&#xa0;: l’API ne renvoie jamais les secrets, c’est donc la seule copie que vous pouvez relire.</translation>
    </message>
    <message>
        <source>The webhook was saved, but its secret could not be remembered on this computer: %1 Copy it now if your receiver needs it.</source>
        <translation>Le webhook a été enregistré, mais son secret n’a pas pu être mémorisé sur cet ordinateur&#xa0;: %1 Copiez-le maintenant si votre récepteur en a besoin.</translation>
    </message>
</context>
<context>
    <name>fw::WebhookTableModel</name>
    <message>
        <source>The server returned a cursor it had already given; loading stopped to avoid a loop.</source>
        <translation>Le serveur a renvoyé un curseur qu’il avait déjà fourni&#xa0;; le chargement a été interrompu pour éviter une boucle.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>%1 — not in the catalog</source>
        <translation>%1 — absent du catalogue</translation>
    </message>
    <message>
        <source>%1 — %2 (deprecated)</source>
        <translation>%1 — %2 (obsolète)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créé par</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped after %n page(s): the server kept offering more pages than any account holds.</source>
        <translation>
            <numerusform>Chargement interrompu après %n page&#xa0;: le serveur proposait toujours plus de pages qu’aucun compte n’en contient.</numerusform>
            <numerusform>Chargement interrompu après %n pages&#xa0;: le serveur proposait toujours plus de pages qu’aucun compte n’en contient.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped after %n webhook(s): the server kept offering more webhooks than any account holds.</source>
        <translation>
            <numerusform>Chargement interrompu après %n webhook&#xa0;: le serveur proposait toujours plus de webhooks qu’aucun compte n’en contient.</numerusform>
            <numerusform>Chargement interrompu après %n webhooks&#xa0;: le serveur proposait toujours plus de webhooks qu’aucun compte n’en contient.</numerusform>
        </translation>
    </message>
</context>
</TS>
