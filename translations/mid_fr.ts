<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>mid::ApiResult</name>
    <message>
        <location filename="../backend/client/ApiResult.cpp" line="10"/>
        <source>The server could not be reached (%1).</source>
        <translation>Le serveur est injoignable (%1).</translation>
    </message>
    <message>
        <location filename="../backend/client/ApiResult.cpp" line="13"/>
        <source>The server answered %1.</source>
        <translation>Le serveur a répondu %1.</translation>
    </message>
</context>
<context>
    <name>mid::CertificatePin</name>
    <message>
        <location filename="../backend/client/CertificatePin.cpp" line="68"/>
        <source>The server presented another certificate than the one pinned for it, so the console did not send the request. Connect again with File → Connect… to compare the fingerprints.</source>
        <translation>Le serveur a présenté un autre certificat que celui épinglé pour lui : la console n&apos;a pas envoyé la requête. Reconnectez-vous avec Fichier → Se connecter à un serveur… pour comparer les empreintes.</translation>
    </message>
</context>
<context>
    <name>mid::CertificateProbe</name>
    <message>
        <location filename="../backend/client/CertificatePin.cpp" line="102"/>
        <source>The server did not complete a TLS handshake in time.</source>
        <translation>Le serveur n&apos;a pas terminé la négociation TLS à temps.</translation>
    </message>
    <message>
        <location filename="../backend/client/CertificatePin.cpp" line="132"/>
        <source>The server presented no certificate.</source>
        <translation>Le serveur n&apos;a présenté aucun certificat.</translation>
    </message>
</context>
<context>
    <name>mid::EventStream</name>
    <message>
        <location filename="../backend/client/EventStream.cpp" line="153"/>
        <source>The server closed the event stream.</source>
        <translation>Le serveur a fermé le flux d&apos;événements.</translation>
    </message>
    <message>
        <location filename="../backend/client/EventStream.cpp" line="158"/>
        <source>The server refused the operator token.</source>
        <translation>Le serveur a refusé le jeton d&apos;opérateur.</translation>
    </message>
</context>
<context>
    <name>mid::SealVerifier</name>
    <message>
        <location filename="../backend/client/SealVerifier.cpp" line="66"/>
        <source>The seal lacks the signer&apos;s assertion (credential public key, authenticatorData or signature).</source>
        <translation>Le sceau ne contient pas l’assertion du signataire (clé publique de l’identifiant, authenticatorData ou signature).</translation>
    </message>
    <message>
        <location filename="../backend/client/SealVerifier.cpp" line="69"/>
        <source>Assertion signature: EdDSA not checked offline.</source>
        <translation>Signature de l’assertion : EdDSA non vérifiée hors ligne.</translation>
    </message>
    <message>
        <location filename="../backend/client/SealVerifier.cpp" line="76"/>
        <source>The signer&apos;s assertion uses an algorithm this console does not know (%1).</source>
        <translation>L’assertion du signataire utilise un algorithme que cette console ne connaît pas (%1).</translation>
    </message>
    <message>
        <location filename="../backend/client/SealVerifier.cpp" line="78"/>
        <source>none named</source>
        <translation>aucun indiqué</translation>
    </message>
    <message>
        <location filename="../backend/client/SealVerifier.cpp" line="81"/>
        <source>The signer&apos;s credential public key is not a valid %1 key.</source>
        <translation>La clé publique de l’identifiant du signataire n’est pas une clé %1 valide.</translation>
    </message>
    <message>
        <location filename="../backend/client/SealVerifier.cpp" line="85"/>
        <source>The signer&apos;s assertion signature does not verify with the credential&apos;s public key: the evidence was altered.</source>
        <translation>La signature de l’assertion du signataire ne se vérifie pas avec la clé publique de l’identifiant : la preuve a été modifiée.</translation>
    </message>
    <message>
        <location filename="../backend/client/SealVerifier.cpp" line="107"/>
        <source>The seal is not a compact JWS (three base64url parts with a JSON header and payload).</source>
        <translation>Le sceau n’est pas un JWS compact (trois parties base64url avec un en-tête et un contenu JSON).</translation>
    </message>
    <message>
        <location filename="../backend/client/SealVerifier.cpp" line="112"/>
        <source>The seal&apos;s header names no key (kid).</source>
        <translation>L’en-tête du sceau ne désigne aucune clé (kid).</translation>
    </message>
    <message>
        <location filename="../backend/client/SealVerifier.cpp" line="116"/>
        <source>Key %1 is not among the server&apos;s published keys (/dvs/jwks): the seal was made by another server, or with a key retired since.</source>
        <translation>La clé %1 ne figure pas parmi les clés publiées par le serveur (/dvs/jwks) : le sceau a été fait par un autre serveur, ou avec une clé retirée depuis.</translation>
    </message>
    <message>
        <location filename="../backend/client/SealVerifier.cpp" line="121"/>
        <source>Key %1 of the server&apos;s key set cannot be read.</source>
        <translation>La clé %1 du jeu de clés du serveur est illisible.</translation>
    </message>
    <message>
        <location filename="../backend/client/SealVerifier.cpp" line="123"/>
        <source>The seal&apos;s signature does not verify with key %1: the seal was altered, or not made with that key.</source>
        <translation>La signature du sceau ne se vérifie pas avec la clé %1 : le sceau a été modifié, ou n’a pas été fait avec cette clé.</translation>
    </message>
    <message>
        <location filename="../backend/client/SealVerifier.cpp" line="132"/>
        <source>The document&apos;s SHA-256 is not known, so the seal cannot be matched to it.</source>
        <translation>Le SHA-256 du document est inconnu : le sceau ne peut pas lui être rapproché.</translation>
    </message>
    <message>
        <location filename="../backend/client/SealVerifier.cpp" line="136"/>
        <source>The seal is for another document: it names SHA-256 %1, this document&apos;s is %2.</source>
        <translation>Le sceau porte sur un autre document : il indique le SHA-256 %1, celui de ce document est %2.</translation>
    </message>
    <message>
        <location filename="../backend/client/SealVerifier.cpp" line="138"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../backend/client/SealVerifier.cpp" line="145"/>
        <source>The signer&apos;s clientDataJSON cannot be decoded.</source>
        <translation>Le clientDataJSON du signataire ne peut pas être décodé.</translation>
    </message>
    <message>
        <location filename="../backend/client/SealVerifier.cpp" line="149"/>
        <source>The signer&apos;s clientDataJSON is not an assertion (webauthn.get).</source>
        <translation>Le clientDataJSON du signataire n’est pas une assertion (webauthn.get).</translation>
    </message>
    <message>
        <location filename="../backend/client/SealVerifier.cpp" line="153"/>
        <source>The signer&apos;s challenge does not commit to this document&apos;s SHA-256: the assertion approved something else.</source>
        <translation>Le défi du signataire n’engage pas le SHA-256 de ce document : l’assertion a approuvé autre chose.</translation>
    </message>
</context>
<context>
    <name>mid::ui::ActivateScreen</name>
    <message>
        <location filename="../ui/simulator/ActivateScreen.cpp" line="14"/>
        <source>This phone&apos;s &amp;mobile number</source>
        <translation>Numéro de &amp;mobile de ce téléphone</translation>
    </message>
    <message>
        <location filename="../ui/simulator/ActivateScreen.cpp" line="15"/>
        <source>Activation error</source>
        <translation>Erreur d&apos;activation</translation>
    </message>
    <message>
        <location filename="../ui/simulator/ActivateScreen.cpp" line="16"/>
        <location filename="../ui/simulator/ActivateScreen.cpp" line="83"/>
        <source>Activate</source>
        <translation>Activer</translation>
    </message>
    <message>
        <location filename="../ui/simulator/ActivateScreen.cpp" line="18"/>
        <source>Activate with a link</source>
        <translation>Activer avec un lien</translation>
    </message>
    <message>
        <location filename="../ui/simulator/ActivateScreen.cpp" line="19"/>
        <source>Paste the verification link a service gave you. The phone uses it once to create a passkey for your identity with that service.</source>
        <translation>Collez le lien de vérification qu&apos;un service vous a donné. Le téléphone l&apos;utilise une seule fois pour créer une clé d&apos;accès pour votre identité auprès de ce service.</translation>
    </message>
    <message>
        <location filename="../ui/simulator/ActivateScreen.cpp" line="23"/>
        <source>&amp;Verification link</source>
        <translation>Lien de &amp;vérification</translation>
    </message>
    <message>
        <location filename="../ui/simulator/ActivateScreen.cpp" line="25"/>
        <source>Verification link</source>
        <translation>Lien de vérification</translation>
    </message>
    <message>
        <location filename="../ui/simulator/ActivateScreen.cpp" line="26"/>
        <source>https://…/verification/confirmation?…</source>
        <translation>https://…/verification/confirmation?…</translation>
    </message>
    <message>
        <location filename="../ui/simulator/ActivateScreen.cpp" line="29"/>
        <source>This phone&apos;s mobile number</source>
        <translation>Numéro de mobile de ce téléphone</translation>
    </message>
    <message>
        <location filename="../ui/simulator/ActivateScreen.cpp" line="30"/>
        <source>+447700900123</source>
        <translation>+447700900123</translation>
    </message>
    <message>
        <location filename="../ui/simulator/ActivateScreen.cpp" line="32"/>
        <source>Redeem the link and register a passkey for its identity</source>
        <translation>Utiliser le lien et enregistrer une clé d&apos;accès pour son identité</translation>
    </message>
    <message>
        <location filename="../ui/simulator/ActivateScreen.cpp" line="33"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../ui/simulator/ActivateScreen.cpp" line="83"/>
        <source>Activating…</source>
        <translation>Activation…</translation>
    </message>
</context>
<context>
    <name>mid::ui::AuditExporter</name>
    <message>
        <location filename="../ui/AuditExporter.cpp" line="82"/>
        <location filename="../ui/AuditExporter.cpp" line="121"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditExporter.cpp" line="96"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportation annulée ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../ui/AuditExporter.cpp" line="114"/>
        <source>The server stopped the export: %1</source>
        <translation>Le serveur a interrompu l&apos;exportation : %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditExporter.cpp" line="162"/>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditExporter.cpp" line="167"/>
        <source>%n audit entries exported to %1.</source>
        <translation>
            <numerusform>%n entrée d&apos;audit exportée vers %1.</numerusform>
            <numerusform>%n entrées d&apos;audit exportées vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mid::ui::AuditModel</name>
    <message>
        <location filename="../ui/models/AuditModel.cpp" line="187"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditModel.cpp" line="189"/>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditModel.cpp" line="191"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditModel.cpp" line="193"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditModel.cpp" line="195"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditModel.cpp" line="197"/>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditModel.cpp" line="199"/>
        <source>Request ID</source>
        <translation>ID de requête</translation>
    </message>
</context>
<context>
    <name>mid::ui::AuditPanel</name>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="48"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="54"/>
        <source>Audit log and entry details</source>
        <translation>Journal d&apos;audit et détails de l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="73"/>
        <source>Could not read the audit log: %1</source>
        <translation>Impossible de lire le journal d&apos;audit : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="87"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="87"/>
        <source>Search actor, action, resource, details…</source>
        <translation>Rechercher un acteur, une action, une ressource, des détails…</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="88"/>
        <location filename="../ui/panels/AuditPanel.cpp" line="264"/>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="88"/>
        <source>Actor (client id or operator)</source>
        <translation>Acteur (ID client ou opérateur)</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="89"/>
        <location filename="../ui/panels/AuditPanel.cpp" line="265"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="89"/>
        <source>Action, e.g. client.create</source>
        <translation>Action, p. ex. client.create</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="90"/>
        <location filename="../ui/panels/AuditPanel.cpp" line="266"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="90"/>
        <source>Resource id</source>
        <translation>ID de ressource</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="91"/>
        <source>User ID</source>
        <translation>ID utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="91"/>
        <source>User ID (email or usr_… id)</source>
        <translation>ID utilisateur (e-mail ou ID usr_…)</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="92"/>
        <source>Entries about this user: exactly the user ID the call concerned</source>
        <translation>Entrées concernant cet utilisateur : exactement l&apos;ID utilisateur visé par l&apos;appel</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="93"/>
        <location filename="../ui/panels/AuditPanel.cpp" line="267"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="93"/>
        <source>Status, e.g. 403</source>
        <translation>Statut, p. ex. 403</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="100"/>
        <location filename="../ui/panels/AuditPanel.cpp" line="101"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="102"/>
        <location filename="../ui/panels/AuditPanel.cpp" line="103"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="107"/>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="108"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="109"/>
        <source>Show the entries that match the filter (Enter)</source>
        <translation>Afficher les entrées correspondant au filtre (Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="111"/>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="112"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="113"/>
        <source>Remove every filter</source>
        <translation>Supprimer tous les filtres</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="115"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="116"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="118"/>
        <source>Save the entries that match the filter as CSV or JSON Lines (Ctrl+E)</source>
        <translation>Enregistrer les entrées correspondant au filtre au format CSV ou JSON Lines (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="120"/>
        <source>&amp;Verify integrity</source>
        <translation>&amp;Vérifier l&apos;intégrité</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="121"/>
        <source>Verify integrity</source>
        <translation>Vérifier l&apos;intégrité</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="122"/>
        <source>Check the hash chain of the whole log for altered or missing rows</source>
        <translation>Vérifier la chaîne de hachage de tout le journal pour détecter des lignes modifiées ou manquantes</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="125"/>
        <source>Integrity result</source>
        <translation>Résultat de l&apos;intégrité</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="153"/>
        <source>Limit by time: %1</source>
        <translation>Limiter par date : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="155"/>
        <source>%1 time</source>
        <translation>Date de %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="159"/>
        <source>Any time</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="180"/>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="182"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="185"/>
        <source>Load the newest entries (F5)</source>
        <translation>Charger les entrées les plus récentes (F5)</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="194"/>
        <source>Audit entries</source>
        <translation>Entrées d&apos;audit</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="226"/>
        <source>No entries</source>
        <translation>Aucune entrée</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="248"/>
        <location filename="../ui/panels/AuditPanel.cpp" line="252"/>
        <source>Entry details</source>
        <translation>Détails de l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="261"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="261"/>
        <source>Entry time</source>
        <translation>Heure de l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="262"/>
        <source>Sequence</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="262"/>
        <source>Entry sequence</source>
        <translation>Séquence de l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="263"/>
        <source>Entry ID</source>
        <translation>ID de l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="264"/>
        <source>Entry actor</source>
        <translation>Acteur de l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="265"/>
        <source>Entry action</source>
        <translation>Action de l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="266"/>
        <source>Entry resource</source>
        <translation>Ressource de l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="267"/>
        <source>Entry outcome</source>
        <translation>Résultat de l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="268"/>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="268"/>
        <source>Entry IP</source>
        <translation>IP de l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="269"/>
        <source>User agent</source>
        <translation>Agent utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="269"/>
        <source>Entry user agent</source>
        <translation>Agent utilisateur de l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="270"/>
        <source>Request ID</source>
        <translation>ID de requête</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="270"/>
        <source>Entry request ID</source>
        <translation>ID de requête de l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="271"/>
        <source>Row hash</source>
        <translation>Hachage de la ligne</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="271"/>
        <source>Entry row hash</source>
        <translation>Hachage de la ligne de l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="275"/>
        <source>Details:</source>
        <translation>Détails :</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="279"/>
        <source>Entry details JSON</source>
        <translation>Détails JSON de l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="280"/>
        <source>Select an entry to see it in full.</source>
        <translation>Sélectionnez une entrée pour l&apos;afficher en entier.</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="336"/>
        <source>Outcome must be an HTTP status code from 100 to 599, e.g. 403.</source>
        <translation>Le résultat doit être un code de statut HTTP entre 100 et 599, p. ex. 403.</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="341"/>
        <source>The “From” time is after the “To” time; swap them or untick one.</source>
        <translation>La date « Du » est postérieure à la date « Au » ; inversez-les ou décochez l&apos;une d&apos;elles.</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="385"/>
        <source>1 new entry — Refresh</source>
        <translation>1 nouvelle entrée — Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="386"/>
        <source>%1 new entries — Refresh</source>
        <translation>%1 nouvelles entrées — Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="394"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="396"/>
        <source>1 entry</source>
        <translation>1 entrée</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="398"/>
        <source>%1 entries</source>
        <translation>%1 entrées</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="409"/>
        <source>Loading the audit log…</source>
        <translation>Chargement du journal d&apos;audit…</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="411"/>
        <source>The audit log could not be read (see the message above).</source>
        <translation>Le journal d&apos;audit n&apos;a pas pu être lu (voir le message ci-dessus).</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="413"/>
        <source>No audit entries match this filter.
Change or clear the filter.</source>
        <translation>Aucune entrée d&apos;audit ne correspond à ce filtre.
Modifiez ou effacez le filtre.</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="431"/>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="448"/>
        <source>(no details)</source>
        <translation>(aucun détail)</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="462"/>
        <location filename="../ui/panels/AuditPanel.h" line="37"/>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="475"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="476"/>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="483"/>
        <location filename="../ui/panels/AuditPanel.cpp" line="501"/>
        <source>Export audit log</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="499"/>
        <source>Exporting the audit log…</source>
        <translation>Exportation du journal d&apos;audit…</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="499"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="500"/>
        <source>Export progress</source>
        <translation>Progression de l&apos;exportation</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="513"/>
        <source>Exported %1 of %2 entries…</source>
        <translation>%1 entrées sur %2 exportées…</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="534"/>
        <source>Export complete</source>
        <translation>Exportation terminée</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="536"/>
        <source>The export failed; no file was written.</source>
        <translation>L&apos;exportation a échoué ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="544"/>
        <source>Checking the hash chain…</source>
        <translation>Vérification de la chaîne de hachage…</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="555"/>
        <source>Integrity check failed to run</source>
        <translation>La vérification d&apos;intégrité n&apos;a pas pu s&apos;exécuter</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="556"/>
        <source>The integrity check could not run.</source>
        <translation>La vérification d&apos;intégrité n&apos;a pas pu s&apos;exécuter.</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="567"/>
        <source>Chain intact: %1 entries checked</source>
        <translation>Chaîne intacte : %1 entrées vérifiées</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="570"/>
        <source>Every entry matches its hash and none is missing.</source>
        <translation>Chaque entrée correspond à son hachage et aucune ne manque.</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="578"/>
        <source>Chain broken at entry %1: %2</source>
        <translation>Chaîne rompue à l&apos;entrée %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="581"/>
        <source>%1 entries were checked. Entries from this one on cannot be trusted: compare the database with a backup and find out who had write access to it.</source>
        <translation>%1 entrées ont été vérifiées. Les entrées à partir de celle-ci ne sont pas fiables : comparez la base de données avec une sauvegarde et déterminez qui y avait accès en écriture.</translation>
    </message>
</context>
<context>
    <name>mid::ui::CertificateDialog</name>
    <message>
        <location filename="../ui/dialogs/CertificateDialog.cpp" line="39"/>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CertificateDialog.cpp" line="49"/>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CertificateDialog.cpp" line="61"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CertificateDialog.cpp" line="102"/>
        <source>New server certificate</source>
        <translation>Nouveau certificat de serveur</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CertificateDialog.cpp" line="104"/>
        <source>First connection to %1</source>
        <translation>Première connexion à %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CertificateDialog.cpp" line="105"/>
        <source>The console has not connected to this server before. Compare the fingerprint below with the one shown in Settings → TLS on that server (mid-server also prints it when it starts). Connect only if they are the same: from then on the console accepts this certificate from %1 and no other.</source>
        <translation>La console ne s&apos;est encore jamais connectée à ce serveur. Comparez l&apos;empreinte ci-dessous avec celle affichée dans Paramètres → TLS sur ce serveur (mid-server l&apos;affiche aussi au démarrage). Ne vous connectez que si elles sont identiques : la console acceptera dès lors ce certificat de %1, et aucun autre.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CertificateDialog.cpp" line="112"/>
        <location filename="../ui/dialogs/CertificateDialog.cpp" line="146"/>
        <source>Presented fingerprint</source>
        <translation>Empreinte présentée</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CertificateDialog.cpp" line="114"/>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256 :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CertificateDialog.cpp" line="119"/>
        <location filename="../ui/dialogs/CertificateDialog.cpp" line="120"/>
        <source>Trust and connect</source>
        <translation>Faire confiance et se connecter</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CertificateDialog.cpp" line="122"/>
        <location filename="../ui/dialogs/CertificateDialog.cpp" line="191"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CertificateDialog.cpp" line="134"/>
        <source>Server certificate changed</source>
        <translation>Le certificat du serveur a changé</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CertificateDialog.cpp" line="137"/>
        <source>The certificate of %1 has changed. The console did not connect.</source>
        <translation>Le certificat de %1 a changé. La console ne s&apos;est pas connectée.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CertificateDialog.cpp" line="138"/>
        <source>The server presented another certificate than the one pinned when you first connected. Someone may be intercepting the connection, or the server&apos;s certificate was regenerated or replaced. Ask its administrator for the fingerprint shown in Settings → TLS on that server before you replace the pinned one.</source>
        <translation>Le serveur a présenté un autre certificat que celui épinglé lors de votre première connexion. Quelqu&apos;un intercepte peut-être la connexion, ou le certificat du serveur a été régénéré ou remplacé. Demandez à son administrateur l&apos;empreinte affichée dans Paramètres → TLS sur ce serveur avant de remplacer celle qui est épinglée.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CertificateDialog.cpp" line="144"/>
        <source>Pinned fingerprint</source>
        <translation>Empreinte épinglée</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CertificateDialog.cpp" line="149"/>
        <source>Pinned (trusted):</source>
        <translation>Épinglée (de confiance) :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CertificateDialog.cpp" line="150"/>
        <source>Presented now:</source>
        <translation>Présentée maintenant :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CertificateDialog.cpp" line="156"/>
        <location filename="../ui/dialogs/CertificateDialog.cpp" line="157"/>
        <source>Replace pinned certificate…</source>
        <translation>Remplacer le certificat épinglé…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CertificateDialog.cpp" line="160"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CertificateDialog.cpp" line="174"/>
        <source>Issued to:</source>
        <translation>Délivré à :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CertificateDialog.cpp" line="174"/>
        <source>Issued to</source>
        <translation>Délivré à</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CertificateDialog.cpp" line="176"/>
        <source>Issued by:</source>
        <translation>Délivré par :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CertificateDialog.cpp" line="176"/>
        <source>Issued by</source>
        <translation>Délivré par</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CertificateDialog.cpp" line="178"/>
        <source>Valid:</source>
        <translation>Validité :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CertificateDialog.cpp" line="178"/>
        <source>Validity</source>
        <translation>Validité</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CertificateDialog.cpp" line="179"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CertificateDialog.cpp" line="180"/>
        <source>Names:</source>
        <translation>Noms :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CertificateDialog.cpp" line="180"/>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CertificateDialog.cpp" line="186"/>
        <source>Replace pinned certificate</source>
        <translation>Remplacer le certificat épinglé</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CertificateDialog.cpp" line="187"/>
        <source>From now on the console will accept only the new certificate from %1:

%2

Replace the pinned certificate only if the server&apos;s administrator confirmed this fingerprint.</source>
        <translation>Dès maintenant, la console n&apos;acceptera plus que le nouveau certificat de %1 :

%2

Ne remplacez le certificat épinglé que si l&apos;administrateur du serveur a confirmé cette empreinte.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CertificateDialog.cpp" line="191"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
</context>
<context>
    <name>mid::ui::ClientDetailsPane</name>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="171"/>
        <source>Client details</source>
        <translation>Détails du client</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="173"/>
        <source>Select a client to see its details.</source>
        <translation>Sélectionnez un client pour afficher ses détails.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="177"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="185"/>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="186"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="186"/>
        <source>Copy the client ID to the clipboard</source>
        <translation>Copier l&apos;ID client dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="187"/>
        <source>Copy client ID</source>
        <translation>Copier l&apos;ID client</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="192"/>
        <source>Client ID:</source>
        <translation>ID client :</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="194"/>
        <source>Plan</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="195"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="196"/>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="197"/>
        <source>Allowed origins</source>
        <translation>Origines autorisées</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="198"/>
        <source>QR payload</source>
        <translation>Contenu du QR</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="199"/>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="200"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="201"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="206"/>
        <source>&lt;b&gt;Usage&lt;/b&gt;</source>
        <translation>&lt;b&gt;Utilisation&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="225"/>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="248"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="251"/>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
</context>
<context>
    <name>mid::ui::ClientDialog</name>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="60"/>
        <source>Unlimited</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="87"/>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="89"/>
        <source>Too long or too short.</source>
        <translation>Trop long ou trop court.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="91"/>
        <source>Not one of the allowed values.</source>
        <translation>Ne fait pas partie des valeurs autorisées.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="93"/>
        <source>Out of range.</source>
        <translation>Hors limites.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="94"/>
        <source>Not valid (%1).</source>
        <translation>Non valide (%1).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="109"/>
        <source>Edit client %1</source>
        <translation>Modifier le client %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="110"/>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="111"/>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="111"/>
        <source>Edit client</source>
        <translation>Modifier le client</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="114"/>
        <source>Error message</source>
        <translation>Message d&apos;erreur</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="130"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="130"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="132"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="149"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="153"/>
        <source>e.g. Acme Bank mobile app</source>
        <translation>p. ex. application mobile Acme Bank</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="155"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="155"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="161"/>
        <source>&amp;Plan:</source>
        <translation>&amp;Offre :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="161"/>
        <source>Plan</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="166"/>
        <source>What the QR code of a consent encodes: the web approval page, or a mobid:// link for the tenant&apos;s own app</source>
        <translation>Ce que contient le code QR d&apos;un consentement : la page d&apos;approbation web ou un lien mobid:// vers l&apos;application du client</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="168"/>
        <source>&amp;QR payload:</source>
        <translation>Contenu du &amp;QR :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="169"/>
        <source>QR payload</source>
        <translation>Contenu du QR</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="187"/>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="201"/>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="188"/>
        <source>The API areas this tenant may call</source>
        <translation>Les domaines de l&apos;API que ce client peut appeler</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="207"/>
        <source>Custom limits (enterprise)</source>
        <translation>Limites personnalisées (Enterprise)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="209"/>
        <source>Only enterprise tenants have their own limits; the other plans use the plan&apos;s fixed limits.</source>
        <translation>Seuls les clients Enterprise ont leurs propres limites ; les autres offres utilisent les limites fixes de l&apos;offre.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="216"/>
        <source>Requests per minute</source>
        <translation>Requêtes par minute</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="217"/>
        <source>Requests per day</source>
        <translation>Requêtes par jour</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="218"/>
        <source>Concurrent requests</source>
        <translation>Requêtes simultanées</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="220"/>
        <source>Per &amp;minute:</source>
        <translation>Par &amp;minute :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="221"/>
        <source>Per &amp;day:</source>
        <translation>Par &amp;jour :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="222"/>
        <source>&amp;Concurrent:</source>
        <translation>&amp;Simultanées :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="224"/>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="230"/>
        <source>Add a webhook endpoint</source>
        <translation>Ajouter un point de terminaison webhook</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="230"/>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="233"/>
        <source>Leave empty to keep the endpoints as they are; existing endpoints and their secrets are in the Webhooks panel.</source>
        <translation>Laissez vide pour conserver les points de terminaison tels quels ; les points de terminaison existants et leurs secrets se trouvent dans le panneau Webhooks.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="240"/>
        <source>https://api.example.com/mid/events</source>
        <translation>https://api.example.com/mid/events</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="241"/>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="244"/>
        <source>Webhook URL</source>
        <translation>URL du webhook</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="242"/>
        <source>URL (https; http only to this machine):</source>
        <translation>URL (https ; http uniquement vers cette machine) :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="247"/>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="257"/>
        <source>Webhook events</source>
        <translation>Événements du webhook</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="255"/>
        <source>Events to deliver:</source>
        <translation>Événements à transmettre :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="263"/>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="266"/>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="271"/>
        <source>Allowed origins</source>
        <translation>Origines autorisées</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="267"/>
        <source>One per line, e.g.
https://app.example.com</source>
        <translation>Une par ligne, p. ex.
https://app.example.com</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="279"/>
        <source>%1 error</source>
        <translation>Erreur de %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="368"/>
        <source>Enter a name: it is how operators recognise the tenant.</source>
        <translation>Saisissez un nom : c&apos;est ainsi que les opérateurs reconnaissent le client.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="372"/>
        <source>“%1” is not an origin; write scheme and host only, like https://app.example.com</source>
        <translation>« %1 » n&apos;est pas une origine ; indiquez uniquement le schéma et l&apos;hôte, comme https://app.example.com</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="380"/>
        <source>Enter an https URL (plain http is allowed only to localhost).</source>
        <translation>Saisissez une URL https (le http simple n&apos;est autorisé que vers localhost).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="382"/>
        <source>Tick at least one event to deliver.</source>
        <translation>Cochez au moins un événement à transmettre.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="384"/>
        <source>Please correct the fields marked below.</source>
        <translation>Veuillez corriger les champs signalés ci-dessous.</translation>
    </message>
</context>
<context>
    <name>mid::ui::ClientText</name>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="32"/>
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="61"/>
        <source>Free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="62"/>
        <source>Basic</source>
        <translation>Basique</translation>
    </message>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="63"/>
        <source>Growth</source>
        <translation>Croissance</translation>
    </message>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="64"/>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="73"/>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="74"/>
        <source>FIDO2</source>
        <translation>FIDO2</translation>
    </message>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="75"/>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="76"/>
        <source>Enrollments</source>
        <translation>Enrôlements</translation>
    </message>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="77"/>
        <source>QR codes</source>
        <translation>Codes QR</translation>
    </message>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="78"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="79"/>
        <source>Signing</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="80"/>
        <source>MPin</source>
        <translation>MPin</translation>
    </message>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="89"/>
        <source>Deep link (mobid://)</source>
        <translation>Lien profond (mobid://)</translation>
    </message>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="90"/>
        <source>Approval page (web)</source>
        <translation>Page d&apos;approbation (web)</translation>
    </message>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="98"/>
        <source>%1 / min · %2 / day · %3 concurrent (plan)</source>
        <translation>%1 / min · %2 / jour · %3 simultanées (offre)</translation>
    </message>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="104"/>
        <source>Unlimited</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="106"/>
        <source>%1 / min · %2 / day · %3 concurrent</source>
        <translation>%1 / min · %2 / jour · %3 simultanées</translation>
    </message>
</context>
<context>
    <name>mid::ui::ClientUsageChart</name>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="75"/>
        <source>Requests per minute, last hour</source>
        <translation>Requêtes par minute, dernière heure</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="92"/>
        <source>Usage chart</source>
        <translation>Graphique d&apos;utilisation</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="94"/>
        <location filename="../ui/panels/ClientsPanel.cpp" line="95"/>
        <source>No usage data</source>
        <translation>Aucune donnée d&apos;utilisation</translation>
    </message>
</context>
<context>
    <name>mid::ui::ClientsModel</name>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="299"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="301"/>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="303"/>
        <source>Plan</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="305"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="307"/>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="309"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
</context>
<context>
    <name>mid::ui::ClientsPanel</name>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="295"/>
        <source>The clients could not be loaded: %1</source>
        <translation>Les clients n&apos;ont pas pu être chargés : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="318"/>
        <source>Search by name, client ID or plan…</source>
        <translation>Rechercher par nom, ID client ou offre…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="320"/>
        <source>Search clients</source>
        <translation>Rechercher des clients</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="327"/>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="327"/>
        <source>Create a tenant (Ctrl+N)</source>
        <translation>Créer un client (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="328"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="328"/>
        <source>Edit the selected tenant (Enter)</source>
        <translation>Modifier le client sélectionné (Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="329"/>
        <location filename="../ui/panels/ClientsPanel.cpp" line="506"/>
        <location filename="../ui/panels/ClientsPanel.cpp" line="565"/>
        <source>Suspend</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="329"/>
        <source>Refuse or allow the tenant&apos;s API calls</source>
        <translation>Refuser ou autoriser les appels API du client</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="330"/>
        <source>Regenerate key…</source>
        <translation>Régénérer la clé…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="331"/>
        <source>Issue a new API key and client secret for the tenant</source>
        <translation>Émettre une nouvelle clé API et un nouveau secret client pour le client</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="332"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="332"/>
        <source>Delete the selected tenant (Delete)</source>
        <translation>Supprimer le client sélectionné (Suppr)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="356"/>
        <source>Status message</source>
        <translation>Message d&apos;état</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="360"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="360"/>
        <source>Load the clients again</source>
        <translation>Recharger les clients</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="371"/>
        <source>Client list</source>
        <translation>Liste des clients</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="393"/>
        <source>Empty list message</source>
        <translation>Message de liste vide</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="480"/>
        <source>Live updates paused (%1); reconnecting…</source>
        <translation>Mises à jour en direct suspendues (%1) ; reconnexion…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="506"/>
        <source>Resume</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="514"/>
        <source>Loading clients…</source>
        <translation>Chargement des clients…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="516"/>
        <source>No clients yet.
Create the first tenant with New… (Ctrl+N).</source>
        <translation>Aucun client pour l&apos;instant.
Créez le premier client avec Nouveau… (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="518"/>
        <source>No client matches “%1”.</source>
        <translation>Aucun client ne correspond à « %1 ».</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="561"/>
        <source>Suspend client</source>
        <translation>Suspendre le client</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="562"/>
        <source>Suspend “%1”?

Every API call of this tenant is refused (403) until it is resumed. Its credentials stay valid.</source>
        <translation>Suspendre « %1 » ?

Tous les appels API de ce client seront refusés (403) jusqu&apos;à sa réactivation. Ses identifiants restent valides.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="573"/>
        <source>The client could not be suspended.</source>
        <translation>Le client n&apos;a pas pu être suspendu.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="574"/>
        <source>The client could not be resumed.</source>
        <translation>Le client n&apos;a pas pu être réactivé.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="590"/>
        <source>The key could not be regenerated.</source>
        <translation>La clé n&apos;a pas pu être régénérée.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="606"/>
        <source>Delete client</source>
        <translation>Supprimer le client</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="607"/>
        <source>Delete the tenant “%1” (%2)?

All of its credentials (API key, client secret, access tokens) are revoked at once: every app using them stops working immediately. This cannot be undone.</source>
        <translation>Supprimer le client « %1 » (%2) ?

Tous ses identifiants (clé API, secret client, jetons d&apos;accès) sont révoqués sur-le-champ : toute application qui les utilise cesse immédiatement de fonctionner. Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="611"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="614"/>
        <source>The client could not be deleted.</source>
        <translation>Le client n&apos;a pas pu être supprimé.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="627"/>
        <location filename="../ui/panels/ClientsPanel.cpp" line="628"/>
        <source>Regenerate key</source>
        <translation>Régénérer la clé</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="630"/>
        <source>Issue a new API key and client secret for “%1”?

The current ones keep working during the grace period below, so the tenant can switch without downtime; then they stop.</source>
        <translation>Émettre une nouvelle clé API et un nouveau secret client pour « %1 » ?

Les identifiants actuels restent valides pendant le délai de grâce ci-dessous, afin que le client puisse basculer sans interruption ; ils cessent ensuite de fonctionner.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="639"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="640"/>
        <source>None: the old key stops at once</source>
        <translation>Aucun : l&apos;ancienne clé cesse immédiatement de fonctionner</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="641"/>
        <source>Grace period</source>
        <translation>Délai de grâce</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="643"/>
        <source>&amp;Grace period:</source>
        <translation>&amp;Délai de grâce :</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="645"/>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="647"/>
        <location filename="../ui/panels/ClientsPanel.cpp" line="663"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="675"/>
        <location filename="../ui/panels/ClientsPanel.h" line="91"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="675"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>mid::ui::CodeScreen</name>
    <message>
        <location filename="../ui/simulator/CodeScreen.cpp" line="18"/>
        <source>Code error</source>
        <translation>Erreur de code</translation>
    </message>
    <message>
        <location filename="../ui/simulator/CodeScreen.cpp" line="19"/>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../ui/simulator/CodeScreen.cpp" line="22"/>
        <source>SMS sender</source>
        <translation>Expéditeur du SMS</translation>
    </message>
    <message>
        <location filename="../ui/simulator/CodeScreen.cpp" line="27"/>
        <source>Incoming SMS</source>
        <translation>SMS reçu</translation>
    </message>
    <message>
        <location filename="../ui/simulator/CodeScreen.cpp" line="31"/>
        <source>Verification &amp;code</source>
        <translation>&amp;Code de vérification</translation>
    </message>
    <message>
        <location filename="../ui/simulator/CodeScreen.cpp" line="33"/>
        <source>Use another number</source>
        <translation>Utiliser un autre numéro</translation>
    </message>
    <message>
        <location filename="../ui/simulator/CodeScreen.cpp" line="37"/>
        <source>Enter the code</source>
        <translation>Saisissez le code</translation>
    </message>
    <message>
        <location filename="../ui/simulator/CodeScreen.cpp" line="60"/>
        <source>No SMS has arrived. The box&apos;s message log may be off; go back and try again.</source>
        <translation>Aucun SMS n&apos;est arrivé. Le journal des messages du serveur est peut-être désactivé ; revenez en arrière et réessayez.</translation>
    </message>
    <message>
        <location filename="../ui/simulator/CodeScreen.cpp" line="69"/>
        <source>Verification code</source>
        <translation>Code de vérification</translation>
    </message>
    <message>
        <location filename="../ui/simulator/CodeScreen.cpp" line="70"/>
        <source>6 digits</source>
        <translation>6 chiffres</translation>
    </message>
    <message>
        <location filename="../ui/simulator/CodeScreen.cpp" line="84"/>
        <source>We sent a 6-digit code to %1. Type it below.</source>
        <translation>Nous avons envoyé un code à 6 chiffres au %1. Saisissez-le ci-dessous.</translation>
    </message>
    <message>
        <location filename="../ui/simulator/CodeScreen.cpp" line="85"/>
        <source>Messages · MID</source>
        <translation>Messages · MID</translation>
    </message>
    <message>
        <location filename="../ui/simulator/CodeScreen.cpp" line="86"/>
        <source>Waiting for the SMS…</source>
        <translation>En attente du SMS…</translation>
    </message>
    <message>
        <location filename="../ui/simulator/CodeScreen.cpp" line="105"/>
        <source>Messages · MID · %1</source>
        <translation>Messages · MID · %1</translation>
    </message>
</context>
<context>
    <name>mid::ui::ConnectDialog</name>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="30"/>
        <source>Connect to a MID server</source>
        <translation>Se connecter à un serveur MID</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="33"/>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="38"/>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="39"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="44"/>
        <source>Connection status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="48"/>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="49"/>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="50"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="52"/>
        <source>Manage a headless mid-server the same way as the embedded one. Log in with an operator account of that server.</source>
        <translation>Gérez un mid-server sans interface de la même manière que le serveur intégré. Connectez-vous avec un compte opérateur de ce serveur.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="56"/>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL du serveur :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="57"/>
        <source>&amp;Username:</source>
        <translation>&amp;Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="58"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="95"/>
        <source>Enter the server&apos;s address, for example https://mid.example.org:8443.</source>
        <translation>Saisissez l&apos;adresse du serveur, par exemple https://mid.example.org:8443.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="99"/>
        <source>Enter the username and password of an operator of that server.</source>
        <translation>Saisissez le nom d&apos;utilisateur et le mot de passe d&apos;un opérateur de ce serveur.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="111"/>
        <source>Checking the server&apos;s certificate…</source>
        <translation>Vérification du certificat du serveur…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="127"/>
        <source>Could not open a TLS connection to %1: %2</source>
        <translation>Impossible d&apos;ouvrir une connexion TLS vers %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="133"/>
        <source>Not connected: the server&apos;s certificate was not trusted.</source>
        <translation>Non connecté : le certificat du serveur n&apos;a pas été approuvé.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="134"/>
        <source>Not connected: %1 presented another certificate than the one pinned.</source>
        <translation>Non connecté : %1 a présenté un autre certificat que celui épinglé.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="158"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="162"/>
        <source>Wrong username or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect.</translation>
    </message>
</context>
<context>
    <name>mid::ui::ConsentRequestCard</name>
    <message>
        <location filename="../ui/simulator/ConsentRequestCard.cpp" line="19"/>
        <source>Confirm a transaction</source>
        <translation>Confirmer une transaction</translation>
    </message>
    <message>
        <location filename="../ui/simulator/ConsentRequestCard.cpp" line="21"/>
        <source>Share your data</source>
        <translation>Partager vos données</translation>
    </message>
    <message>
        <location filename="../ui/simulator/ConsentRequestCard.cpp" line="23"/>
        <source>Verify your identity</source>
        <translation>Vérifier votre identité</translation>
    </message>
    <message>
        <location filename="../ui/simulator/ConsentRequestCard.cpp" line="25"/>
        <source>Sign a document</source>
        <translation>Signer un document</translation>
    </message>
    <message>
        <location filename="../ui/simulator/ConsentRequestCard.cpp" line="27"/>
        <source>Approve a mandate</source>
        <translation>Approuver un mandat</translation>
    </message>
    <message>
        <location filename="../ui/simulator/ConsentRequestCard.cpp" line="28"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../ui/simulator/ConsentRequestCard.cpp" line="39"/>
        <source>Sign mandate %1</source>
        <translation>Signer le mandat %1</translation>
    </message>
    <message>
        <location filename="../ui/simulator/ConsentRequestCard.cpp" line="40"/>
        <source>Sign %1</source>
        <translation>Signer %1</translation>
    </message>
    <message>
        <location filename="../ui/simulator/ConsentRequestCard.cpp" line="48"/>
        <location filename="../ui/simulator/ConsentRequestCard.cpp" line="79"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location filename="../ui/simulator/ConsentRequestCard.cpp" line="48"/>
        <location filename="../ui/simulator/ConsentRequestCard.cpp" line="82"/>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <location filename="../ui/simulator/ConsentRequestCard.cpp" line="54"/>
        <source>Consent request</source>
        <translation>Demande de consentement</translation>
    </message>
    <message>
        <location filename="../ui/simulator/ConsentRequestCard.cpp" line="61"/>
        <source>Requested by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <location filename="../ui/simulator/ConsentRequestCard.cpp" line="62"/>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../ui/simulator/ConsentRequestCard.cpp" line="63"/>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../ui/simulator/ConsentRequestCard.cpp" line="66"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../ui/simulator/ConsentRequestCard.cpp" line="69"/>
        <source>Document SHA-256</source>
        <translation>SHA-256 du document</translation>
    </message>
    <message>
        <location filename="../ui/simulator/ConsentRequestCard.cpp" line="74"/>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <location filename="../ui/simulator/ConsentRequestCard.cpp" line="76"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/simulator/ConsentRequestCard.cpp" line="81"/>
        <source>Approve with this phone&apos;s passkey</source>
        <translation>Approuver avec la clé d&apos;accès de ce téléphone</translation>
    </message>
    <message>
        <location filename="../ui/simulator/ConsentRequestCard.cpp" line="84"/>
        <source>Reject, signed with this phone&apos;s passkey</source>
        <translation>Rejeter, en signant avec la clé d&apos;accès de ce téléphone</translation>
    </message>
    <message>
        <location filename="../ui/simulator/ConsentRequestCard.cpp" line="134"/>
        <source>Access: %1</source>
        <translation>Accès : %1</translation>
    </message>
    <message>
        <location filename="../ui/simulator/ConsentRequestCard.cpp" line="153"/>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <location filename="../ui/simulator/ConsentRequestCard.cpp" line="156"/>
        <source>SHA-256 %1…%2</source>
        <translation>SHA-256 %1…%2</translation>
    </message>
    <message>
        <location filename="../ui/simulator/ConsentRequestCard.cpp" line="157"/>
        <source>SHA-256 of the document: %1</source>
        <translation>SHA-256 du document : %1</translation>
    </message>
    <message>
        <location filename="../ui/simulator/ConsentRequestCard.cpp" line="173"/>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <location filename="../ui/simulator/ConsentRequestCard.cpp" line="214"/>
        <source>Approved ✓</source>
        <translation>Approuvé ✓</translation>
    </message>
    <message>
        <location filename="../ui/simulator/ConsentRequestCard.cpp" line="216"/>
        <source>Rejected ✕</source>
        <translation>Rejeté ✕</translation>
    </message>
    <message>
        <location filename="../ui/simulator/ConsentRequestCard.cpp" line="218"/>
        <source>Expired before a decision</source>
        <translation>Expiré avant toute décision</translation>
    </message>
    <message>
        <location filename="../ui/simulator/ConsentRequestCard.cpp" line="220"/>
        <source>Withdrawn by %1</source>
        <translation>Retiré par %1</translation>
    </message>
</context>
<context>
    <name>mid::ui::ConsentTimeline</name>
    <message>
        <location filename="../ui/widgets/ConsentTimeline.cpp" line="25"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConsentTimeline.cpp" line="55"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConsentTimeline.cpp" line="58"/>
        <source>Not scanned</source>
        <translation>Non scanné</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConsentTimeline.cpp" line="58"/>
        <source>Waiting for the phone…</source>
        <translation>En attente du téléphone…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConsentTimeline.cpp" line="59"/>
        <source>Scanned</source>
        <translation>Scanné</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConsentTimeline.cpp" line="64"/>
        <location filename="../ui/widgets/ConsentTimeline.cpp" line="73"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConsentTimeline.cpp" line="75"/>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConsentTimeline.cpp" line="77"/>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConsentTimeline.cpp" line="79"/>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConsentTimeline.cpp" line="80"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConsentTimeline.cpp" line="80"/>
        <source>Expires %1</source>
        <translation>Expire %1</translation>
    </message>
</context>
<context>
    <name>mid::ui::ConsentsModel</name>
    <message>
        <location filename="../ui/models/ConsentsModel.cpp" line="362"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../ui/models/ConsentsModel.cpp" line="364"/>
        <source>Session ID</source>
        <translation>ID de session</translation>
    </message>
    <message>
        <location filename="../ui/models/ConsentsModel.cpp" line="366"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/models/ConsentsModel.cpp" line="368"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../ui/models/ConsentsModel.cpp" line="370"/>
        <source>Intent</source>
        <translation>Intention</translation>
    </message>
    <message>
        <location filename="../ui/models/ConsentsModel.cpp" line="372"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/models/ConsentsModel.cpp" line="374"/>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <location filename="../ui/models/ConsentsModel.cpp" line="376"/>
        <source>Decided</source>
        <translation>Décidé</translation>
    </message>
</context>
<context>
    <name>mid::ui::ConsentsPanel</name>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="43"/>
        <source>Session ID</source>
        <translation>ID de session</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="44"/>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="142"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="45"/>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="136"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="46"/>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="47"/>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="148"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="48"/>
        <source>Intent</source>
        <translation>Intention</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="49"/>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="50"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="51"/>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="52"/>
        <source>Scanned</source>
        <translation>Scanné</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="53"/>
        <source>Decided</source>
        <translation>Décidé</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="54"/>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="55"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="56"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="57"/>
        <source>Approval link</source>
        <translation>Lien d&apos;approbation</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="58"/>
        <source>Deep link</source>
        <translation>Lien profond</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="59"/>
        <source>Callback URL</source>
        <translation>URL de rappel</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="117"/>
        <source>Could not load consent sessions: %1</source>
        <translation>Impossible de charger les sessions de consentement : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="137"/>
        <source>Show the sessions of one client only</source>
        <translation>Afficher uniquement les sessions d&apos;un client</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="139"/>
        <source>All clients</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="143"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="149"/>
        <source>Search recipient (+44…)</source>
        <translation>Rechercher un destinataire (+44…)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="154"/>
        <source>Time range</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="155"/>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="156"/>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="157"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="158"/>
        <source>All time</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="161"/>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="162"/>
        <source>New session…</source>
        <translation>Nouvelle session…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="163"/>
        <source>Create a consent session for a client (Ctrl+N)</source>
        <translation>Créer une session de consentement pour un client (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="164"/>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="165"/>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="166"/>
        <source>Revoke the selected session (Delete)</source>
        <translation>Révoquer la session sélectionnée (Suppr)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="167"/>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="168"/>
        <source>Show in QR presenter</source>
        <translation>Afficher dans le Présentateur QR</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="169"/>
        <source>Show the selected session&apos;s QR code large (Enter)</source>
        <translation>Afficher en grand le code QR de la session sélectionnée (Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="188"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="196"/>
        <source>Consent sessions</source>
        <translation>Sessions de consentement</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="207"/>
        <source>Empty state</source>
        <translation>État vide</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="215"/>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="296"/>
        <source>Session details</source>
        <translation>Détails de la session</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="234"/>
        <source>Copy session ID</source>
        <translation>Copier l&apos;ID de session</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="234"/>
        <source>Copy approval link</source>
        <translation>Copier le lien d&apos;approbation</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="235"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="247"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="251"/>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="253"/>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="259"/>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="264"/>
        <source>Webhook deliveries</source>
        <translation>Envois de webhooks</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="265"/>
        <source>Double-click a delivery (or press Enter) to inspect it in the Webhooks panel</source>
        <translation>Double-cliquez sur une livraison (ou appuyez sur Entrée) pour l&apos;inspecter dans le panneau Webhooks</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="280"/>
        <source>Webhook deliveries state</source>
        <translation>État des livraisons de webhooks</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="289"/>
        <source>The deliveries could not be loaded: %1</source>
        <translation>Les livraisons n’ont pas pu être chargées : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="477"/>
        <source>Loading deliveries…</source>
        <translation>Chargement des livraisons…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="479"/>
        <source>None: the client has no webhook endpoint for these events, and the session has no callback URL.</source>
        <translation>Aucune : le client n&apos;a pas de point de terminaison pour ces événements, et la session n&apos;a pas d&apos;URL de rappel.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="301"/>
        <source>Select a session to see its details.</source>
        <translation>Sélectionnez une session pour afficher ses détails.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="390"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="412"/>
        <source>Loading consent sessions…</source>
        <translation>Chargement des sessions de consentement…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="414"/>
        <source>No consent sessions match the filter.</source>
        <translation>Aucune session de consentement ne correspond au filtre.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="416"/>
        <source>No consent sessions yet.
New sessions appear here as soon as a client creates them.</source>
        <translation>Aucune session de consentement pour l&apos;instant.
Les nouvelles sessions apparaissent ici dès qu&apos;un client les crée.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="428"/>
        <source>The approval is withdrawn; the client is told by webhook.</source>
        <translation>L&apos;approbation est retirée ; le client en est informé par webhook.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="429"/>
        <source>The recipient can no longer approve it.</source>
        <translation>Le destinataire ne pourra plus l&apos;approuver.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="431"/>
        <source>Revoke consent session</source>
        <translation>Révoquer la session de consentement</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="432"/>
        <source>Revoke session %1 for %2?

%3 This cannot be undone.</source>
        <translation>Révoquer la session %1 pour %2 ?

%3 Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="439"/>
        <source>Revoke failed</source>
        <translation>Échec de la révocation</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="440"/>
        <source>Session %1 was not revoked: %2</source>
        <translation>La session %1 n&apos;a pas été révoquée : %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.h" line="40"/>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
</context>
<context>
    <name>mid::ui::DashboardPanel</name>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="318"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="342"/>
        <location filename="../ui/panels/DashboardPanel.cpp" line="371"/>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="342"/>
        <source>Live updates paused: %1</source>
        <translation>Mises à jour en direct suspendues : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="357"/>
        <source>&amp;Time range:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="359"/>
        <source>Time range</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="360"/>
        <source>Last 5 minutes</source>
        <translation>5 dernières minutes</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="360"/>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="360"/>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="363"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="364"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="365"/>
        <source>Read the figures and the history again (F5)</source>
        <translation>Relire les chiffres et l&apos;historique (F5)</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="368"/>
        <source>Live updates</source>
        <translation>Mises à jour en direct</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="385"/>
        <source>Requests/s</source>
        <translation>Requêtes/s</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="386"/>
        <source>p95 latency</source>
        <translation>Latence p95</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="387"/>
        <source>Rate-limited / min</source>
        <translation>Limitées en débit / min</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="388"/>
        <source>Approval rate</source>
        <translation>Taux d&apos;approbation</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="389"/>
        <source>Pending consents</source>
        <translation>Consentements en attente</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="390"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="391"/>
        <source>Webhook success</source>
        <translation>Succès des webhooks</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="393"/>
        <location filename="../ui/panels/DashboardPanel.cpp" line="669"/>
        <source>No webhook attempts in this range</source>
        <translation>Aucune tentative de webhook sur cette période</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="419"/>
        <source>Requests per second</source>
        <translation>Requêtes par seconde</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="419"/>
        <source>requests/s</source>
        <translation>requêtes/s</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="420"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="421"/>
        <source>Client error</source>
        <translation>Erreur client</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="422"/>
        <source>Server error</source>
        <translation>Erreur serveur</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="423"/>
        <location filename="../ui/panels/DashboardPanel.cpp" line="442"/>
        <source>Rate limited</source>
        <translation>Limité en débit</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="426"/>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="426"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="427"/>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="428"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="429"/>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="432"/>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="433"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="434"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="435"/>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="436"/>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="440"/>
        <source>Rate-limited calls</source>
        <translation>Appels limités en débit</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="446"/>
        <source>Webhook attempts</source>
        <translation>Tentatives de webhook</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="447"/>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="448"/>
        <source>Failed, retrying</source>
        <translation>Échec, nouvel essai prévu</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="449"/>
        <source>Failed for good</source>
        <translation>Échec définitif</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="486"/>
        <source>per second</source>
        <translation>par seconde</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="487"/>
        <source>per minute</source>
        <translation>par minute</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/DashboardPanel.cpp" line="488"/>
        <source>per %n minutes</source>
        <translation>
            <numerusform>par tranche de %n minute</numerusform>
            <numerusform>par tranche de %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="500"/>
        <source>Could not read the chart history</source>
        <translation>Impossible de lire l&apos;historique du graphique</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="525"/>
        <source>Could not read the recent traffic</source>
        <translation>Impossible de lire le trafic récent</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="543"/>
        <source>Could not read the server overview</source>
        <translation>Impossible de lire la vue d&apos;ensemble du serveur</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="558"/>
        <source>%1 consents in total</source>
        <translation>%1 consentements au total</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="561"/>
        <source>%1 active</source>
        <translation>%1 actifs</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="625"/>
        <source>%1 requests in the last minute</source>
        <translation>%1 requêtes au cours de la dernière minute</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="628"/>
        <source>%1% of the last minute&apos;s requests</source>
        <translation>%1 % des requêtes de la dernière minute</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="630"/>
        <location filename="../ui/panels/DashboardPanel.cpp" line="633"/>
        <source>No requests in the last minute</source>
        <translation>Aucune requête au cours de la dernière minute</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="638"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="641"/>
        <source>p50 %1 · p99 %2</source>
        <translation>p50 %1 · p99 %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="651"/>
        <source>No decided consents in this range</source>
        <translation>Aucun consentement décidé sur cette période</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="654"/>
        <location filename="../ui/panels/DashboardPanel.cpp" line="673"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="656"/>
        <source>%1 approved of %2 decided in this range</source>
        <translation>%1 approuvés sur %2 décidés sur cette période</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="675"/>
        <source>%1 delivered, %2 retried, %3 gave up in this range</source>
        <translation>%1 livrés, %2 réessayés, %3 abandonnés sur cette période</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="678"/>
        <source>%1 delivered of %2 attempts in this range</source>
        <translation>%1 livrés sur %2 tentatives sur cette période</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="684"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.h" line="34"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
</context>
<context>
    <name>mid::ui::DeviceSimulatorPanel</name>
    <message>
        <location filename="../ui/simulator/DeviceSimulatorPanel.cpp" line="28"/>
        <source>Simulated phone</source>
        <translation>Téléphone simulé</translation>
    </message>
    <message>
        <location filename="../ui/simulator/DeviceSimulatorPanel.cpp" line="52"/>
        <source>Phone screen</source>
        <translation>Écran du téléphone</translation>
    </message>
    <message>
        <location filename="../ui/simulator/DeviceSimulatorPanel.h" line="25"/>
        <source>Device simulator</source>
        <translation>Simulateur d&apos;appareil</translation>
    </message>
</context>
<context>
    <name>mid::ui::DevicesModel</name>
    <message>
        <location filename="../ui/models/DevicesModel.cpp" line="239"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../ui/models/DevicesModel.cpp" line="274"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/models/DevicesModel.cpp" line="298"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../ui/models/DevicesModel.cpp" line="300"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/models/DevicesModel.cpp" line="302"/>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <location filename="../ui/models/DevicesModel.cpp" line="304"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/models/DevicesModel.cpp" line="306"/>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <location filename="../ui/models/DevicesModel.cpp" line="308"/>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <location filename="../ui/models/DevicesModel.cpp" line="310"/>
        <source>Registered</source>
        <translation>Enregistré</translation>
    </message>
</context>
<context>
    <name>mid::ui::DevicesPanel</name>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="38"/>
        <source>Device ID</source>
        <translation>ID d&apos;appareil</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="39"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="40"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="41"/>
        <source>Operating system</source>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="42"/>
        <source>App version</source>
        <translation>Version de l&apos;application</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="43"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="44"/>
        <source>Block reason</source>
        <translation>Motif du blocage</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="45"/>
        <source>Registered</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="46"/>
        <location filename="../ui/panels/DevicesPanel.cpp" line="276"/>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="47"/>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="95"/>
        <source>Device views</source>
        <translation>Vues des appareils</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="97"/>
        <source>&amp;Devices</source>
        <translation>&amp;Appareils</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="98"/>
        <source>&amp;MPin identities</source>
        <translation>Identités &amp;MPin</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="99"/>
        <source>Every registered device and its credentials</source>
        <translation>Tous les appareils enregistrés et leurs identifiants</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="101"/>
        <source>Every project&apos;s MPin identities: who activated which device</source>
        <translation>Les identités MPin de chaque projet : qui a activé quel appareil</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="124"/>
        <source>Could not load the devices: %1</source>
        <translation>Impossible de charger les appareils : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="126"/>
        <source>The devices could not be loaded.
Press F5 to try again.</source>
        <translation>Les appareils n&apos;ont pas pu être chargés.
Appuyez sur F5 pour réessayer.</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="170"/>
        <source>Mobile number</source>
        <translation>Numéro de mobile</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="171"/>
        <source>Search mobile number (+44…)</source>
        <translation>Rechercher un numéro de mobile (+44…)</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="176"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="177"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="187"/>
        <source>Block…</source>
        <translation>Bloquer…</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="187"/>
        <source>Refuse every authentication from the selected device until it is unblocked</source>
        <translation>Refuser toute authentification de l&apos;appareil sélectionné jusqu&apos;à son déblocage</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="189"/>
        <source>Unblock</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="189"/>
        <source>Let the selected device authenticate again</source>
        <translation>Autoriser de nouveau l&apos;appareil sélectionné à s&apos;authentifier</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="190"/>
        <source>Deregister…</source>
        <translation>Désinscrire…</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="190"/>
        <source>Revoke the selected device&apos;s credentials for good (Delete)</source>
        <translation>Révoquer définitivement les identifiants de l&apos;appareil sélectionné (Suppr)</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="209"/>
        <location filename="../ui/panels/DevicesPanel.cpp" line="579"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="217"/>
        <source>Device list</source>
        <translation>Liste des appareils</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="229"/>
        <source>Empty state</source>
        <translation>État vide</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="240"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="247"/>
        <source>Device status</source>
        <translation>Statut de l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="259"/>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="264"/>
        <location filename="../ui/panels/DevicesPanel.cpp" line="266"/>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="275"/>
        <source>Credential ID</source>
        <translation>ID d&apos;identifiant</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="275"/>
        <source>Algorithm</source>
        <translation>Algorithme</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="276"/>
        <source>Sign count</source>
        <translation>Compteur de signatures</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="276"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="277"/>
        <source>Transports</source>
        <translation>Transports</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="277"/>
        <source>AAGUID</source>
        <translation>AAGUID</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="285"/>
        <source>Credential details</source>
        <translation>Détails de l&apos;identifiant</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="292"/>
        <source>This device holds no active credential.</source>
        <translation>Cet appareil ne détient aucun identifiant actif.</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="293"/>
        <source>No credentials</source>
        <translation>Aucun identifiant</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="302"/>
        <source>Device details</source>
        <translation>Détails de l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="307"/>
        <source>Select a device to see its details and credentials.</source>
        <translation>Sélectionnez un appareil pour afficher ses détails et ses identifiants.</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="409"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="417"/>
        <source>Revoked %1</source>
        <translation>Révoqué le %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="419"/>
        <source>Flagged: its signature counter went backwards (possible clone)</source>
        <translation>Signalé : son compteur de signatures a reculé (clone possible)</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="420"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="424"/>
        <source> ⚠ flagged</source>
        <translation> ⚠ signalé</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="425"/>
        <source> (revoked)</source>
        <translation> (révoqué)</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="466"/>
        <source>Created %1 · transports: %2 · AAGUID %3</source>
        <translation>Créé le %1 · transports : %2 · AAGUID %3</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="467"/>
        <source>none given</source>
        <translation>aucun indiqué</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="469"/>
        <source>Credential %1
%2</source>
        <translation>Identifiant %1
%2</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="489"/>
        <source>Loading devices…</source>
        <translation>Chargement des appareils…</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="491"/>
        <source>No devices match the filter.</source>
        <translation>Aucun appareil ne correspond au filtre.</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="493"/>
        <source>No devices registered yet.
A phone appears here as soon as it registers a passkey (try the Device simulator).</source>
        <translation>Aucun appareil enregistré pour l&apos;instant.
Un téléphone apparaît ici dès qu&apos;il enregistre une clé d&apos;accès (essayez le Simulateur d&apos;appareil).</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="508"/>
        <source>The device could not be blocked.</source>
        <translation>L&apos;appareil n&apos;a pas pu être bloqué.</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="521"/>
        <source>The device could not be unblocked.</source>
        <translation>L&apos;appareil n&apos;a pas pu être débloqué.</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="533"/>
        <source>Deregister device</source>
        <translation>Désinscrire l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="534"/>
        <source>Deregister the device of %1 (%2)?

Its credentials are revoked at once: the phone can no longer approve anything and must enroll again. This cannot be undone.</source>
        <translation>Désinscrire l&apos;appareil de %1 (%2) ?

Ses identifiants sont révoqués sur-le-champ : le téléphone ne peut plus rien approuver et doit être enrôlé de nouveau. Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="538"/>
        <source>Deregister</source>
        <translation>Désinscrire</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="541"/>
        <source>The device could not be deregistered.</source>
        <translation>L&apos;appareil n&apos;a pas pu être désinscrit.</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="557"/>
        <source>Block device</source>
        <translation>Bloquer l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="558"/>
        <source>Block the device of %1?

While blocked it cannot approve or reject anything; its authentications are refused (403) and recorded. You can unblock it later.</source>
        <translation>Bloquer l&apos;appareil de %1 ?

Tant qu&apos;il est bloqué, il ne peut rien approuver ni rejeter ; ses authentifications sont refusées (403) et enregistrées. Vous pourrez le débloquer plus tard.</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="563"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="564"/>
        <source>e.g. reported lost by its owner</source>
        <translation>p. ex. signalé perdu par son propriétaire</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="562"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="565"/>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="566"/>
        <location filename="../ui/panels/DevicesPanel.cpp" line="574"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="579"/>
        <location filename="../ui/panels/DevicesPanel.h" line="43"/>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
</context>
<context>
    <name>mid::ui::DocumentPreview</name>
    <message>
        <location filename="../ui/widgets/DocumentPreview.cpp" line="36"/>
        <source>Document preview message</source>
        <translation>Message de l’aperçu du document</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DocumentPreview.cpp" line="42"/>
        <source>Document image</source>
        <translation>Image du document</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DocumentPreview.cpp" line="48"/>
        <source>Document pages</source>
        <translation>Pages du document</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DocumentPreview.cpp" line="57"/>
        <source>Document preview</source>
        <translation>Aperçu du document</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DocumentPreview.cpp" line="64"/>
        <source>Document summary</source>
        <translation>Résumé du document</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DocumentPreview.cpp" line="80"/>
        <location filename="../ui/widgets/DocumentPreview.cpp" line="173"/>
        <source>This PDF cannot be shown: it is damaged or protected.</source>
        <translation>Ce PDF ne peut pas être affiché : il est endommagé ou protégé.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DocumentPreview.cpp" line="100"/>
        <source>No document</source>
        <translation>Aucun document</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DocumentPreview.cpp" line="106"/>
        <source>PDF · 1 page</source>
        <translation>PDF · 1 page</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DocumentPreview.cpp" line="106"/>
        <source>PDF · %L1 pages</source>
        <translation>PDF · %L1 pages</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DocumentPreview.cpp" line="137"/>
        <location filename="../ui/widgets/DocumentPreview.cpp" line="156"/>
        <source>Document removed by retention</source>
        <translation>Document supprimé (durée de conservation écoulée)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DocumentPreview.cpp" line="145"/>
        <source>Loading the document…</source>
        <translation>Chargement du document…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DocumentPreview.cpp" line="161"/>
        <source>The document could not be read: %1</source>
        <translation>Le document n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DocumentPreview.cpp" line="180"/>
        <source>This document cannot be shown here (%1).</source>
        <translation>Ce document ne peut pas être affiché ici (%1).</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DocumentPreview.cpp" line="181"/>
        <source>unknown type</source>
        <translation>type inconnu</translation>
    </message>
    <message>
        <location filename="../ui/widgets/DocumentPreview.cpp" line="185"/>
        <source>Image · %1 × %2 pixels · %3</source>
        <translation>Image · %1 × %2 pixels · %3</translation>
    </message>
</context>
<context>
    <name>mid::ui::HomeScreen</name>
    <message>
        <location filename="../ui/simulator/HomeScreen.cpp" line="30"/>
        <source>Phone status</source>
        <translation>Statut du téléphone</translation>
    </message>
    <message>
        <location filename="../ui/simulator/HomeScreen.cpp" line="32"/>
        <source>MID</source>
        <translation>MID</translation>
    </message>
    <message>
        <location filename="../ui/simulator/HomeScreen.cpp" line="35"/>
        <source>Phone number shown</source>
        <translation>Numéro de téléphone affiché</translation>
    </message>
    <message>
        <location filename="../ui/simulator/HomeScreen.cpp" line="36"/>
        <source>MPin identity</source>
        <translation>Identité MPin</translation>
    </message>
    <message>
        <location filename="../ui/simulator/HomeScreen.cpp" line="39"/>
        <source>Device blocked</source>
        <translation>Appareil bloqué</translation>
    </message>
    <message>
        <location filename="../ui/simulator/HomeScreen.cpp" line="42"/>
        <source>Use another number</source>
        <translation>Utiliser un autre numéro</translation>
    </message>
    <message>
        <location filename="../ui/simulator/HomeScreen.cpp" line="51"/>
        <location filename="../ui/simulator/HomeScreen.cpp" line="91"/>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location filename="../ui/simulator/HomeScreen.cpp" line="64"/>
        <source>Approving with your passkey…</source>
        <translation>Approbation avec votre clé d&apos;accès…</translation>
    </message>
    <message>
        <location filename="../ui/simulator/HomeScreen.cpp" line="64"/>
        <source>Rejecting…</source>
        <translation>Rejet en cours…</translation>
    </message>
    <message>
        <location filename="../ui/simulator/HomeScreen.cpp" line="81"/>
        <source>No requests right now.
When a service asks this number to approve something, it appears here.</source>
        <translation>Aucune demande pour le moment.
Quand un service demande une approbation à ce numéro, la demande s&apos;affiche ici.</translation>
    </message>
    <message>
        <location filename="../ui/simulator/HomeScreen.cpp" line="84"/>
        <source>No requests</source>
        <translation>Aucune demande</translation>
    </message>
    <message>
        <location filename="../ui/simulator/HomeScreen.cpp" line="103"/>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <location filename="../ui/simulator/HomeScreen.cpp" line="103"/>
        <source>Registered ✓</source>
        <translation>Enregistré ✓</translation>
    </message>
    <message>
        <location filename="../ui/simulator/HomeScreen.cpp" line="107"/>
        <source>%1 · this phone</source>
        <translation>%1 · ce téléphone</translation>
    </message>
    <message>
        <location filename="../ui/simulator/HomeScreen.cpp" line="109"/>
        <source>Identity %1 · %2</source>
        <translation>Identité %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/simulator/HomeScreen.cpp" line="110"/>
        <source>MPin identity %1</source>
        <translation>Identité MPin %1</translation>
    </message>
    <message>
        <location filename="../ui/simulator/HomeScreen.cpp" line="114"/>
        <source>This device is blocked by the operator: approvals are refused.</source>
        <translation>Cet appareil est bloqué par l&apos;opérateur : les approbations sont refusées.</translation>
    </message>
    <message>
        <location filename="../ui/simulator/HomeScreen.cpp" line="115"/>
        <source>This device is blocked by the operator (%1): approvals are refused.</source>
        <translation>Cet appareil est bloqué par l&apos;opérateur (%1) : les approbations sont refusées.</translation>
    </message>
</context>
<context>
    <name>mid::ui::IdentityReviewsModel</name>
    <message>
        <location filename="../ui/models/IdentityReviewsModel.cpp" line="42"/>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <location filename="../ui/models/IdentityReviewsModel.cpp" line="44"/>
        <source>ID card</source>
        <translation>Carte d’identité</translation>
    </message>
    <message>
        <location filename="../ui/models/IdentityReviewsModel.cpp" line="46"/>
        <source>Driving licence</source>
        <translation>Permis de conduire</translation>
    </message>
    <message>
        <location filename="../ui/models/IdentityReviewsModel.cpp" line="48"/>
        <source>Residence permit</source>
        <translation>Titre de séjour</translation>
    </message>
    <message>
        <location filename="../ui/models/IdentityReviewsModel.cpp" line="72"/>
        <source>MRZ check digits</source>
        <translation>Chiffres de contrôle de la MRZ</translation>
    </message>
    <message>
        <location filename="../ui/models/IdentityReviewsModel.cpp" line="74"/>
        <source>Document expiry</source>
        <translation>Expiration du document</translation>
    </message>
    <message>
        <location filename="../ui/models/IdentityReviewsModel.cpp" line="76"/>
        <source>Name match</source>
        <translation>Concordance du nom</translation>
    </message>
    <message>
        <location filename="../ui/models/IdentityReviewsModel.cpp" line="79"/>
        <source>Document number</source>
        <translation>Numéro du document</translation>
    </message>
    <message>
        <location filename="../ui/models/IdentityReviewsModel.cpp" line="81"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../ui/models/IdentityReviewsModel.cpp" line="83"/>
        <source>Expiry date</source>
        <translation>Date d’expiration</translation>
    </message>
    <message>
        <location filename="../ui/models/IdentityReviewsModel.cpp" line="85"/>
        <source>Personal number</source>
        <translation>Numéro personnel</translation>
    </message>
    <message>
        <location filename="../ui/models/IdentityReviewsModel.cpp" line="87"/>
        <source>Composite</source>
        <translation>Composite</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/IdentityReviewsModel.cpp" line="102"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/IdentityReviewsModel.cpp" line="104"/>
        <source>%n passed</source>
        <translation>
            <numerusform>%n réussi</numerusform>
            <numerusform>%n réussis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/IdentityReviewsModel.cpp" line="106"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignoré</numerusform>
            <numerusform>%n ignorés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/IdentityReviewsModel.cpp" line="107"/>
        <source>No checks</source>
        <translation>Aucun contrôle</translation>
    </message>
    <message>
        <location filename="../ui/models/IdentityReviewsModel.cpp" line="107"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/models/IdentityReviewsModel.cpp" line="159"/>
        <source>%1 — claims to be %2</source>
        <translation>%1 — se dit %2</translation>
    </message>
    <message>
        <location filename="../ui/models/IdentityReviewsModel.cpp" line="191"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../ui/models/IdentityReviewsModel.cpp" line="193"/>
        <source>Tenant</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/models/IdentityReviewsModel.cpp" line="195"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../ui/models/IdentityReviewsModel.cpp" line="197"/>
        <source>Mobile / user</source>
        <translation>Mobile / utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/models/IdentityReviewsModel.cpp" line="199"/>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="217"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/models/IdentityReviewsModel.cpp" line="201"/>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
</context>
<context>
    <name>mid::ui::IdentityReviewsPanel</name>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="38"/>
        <source>Document type</source>
        <translation>Type de document</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="39"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="40"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="41"/>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="180"/>
        <source>Tenant</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="42"/>
        <source>Submitted</source>
        <translation>Soumise</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="43"/>
        <source>Verification ID</source>
        <translation>ID de vérification</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="48"/>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="49"/>
        <source>Decided</source>
        <translation>Décidé</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="50"/>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="349"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="88"/>
        <source>%1 detail</source>
        <translation>Détail : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="138"/>
        <source>Could not load the identity reviews: %1</source>
        <translation>Les vérifications d’identité n’ont pas pu être chargées : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="140"/>
        <source>The identity reviews could not be loaded.
Press F5 to try again.</source>
        <translation>Les vérifications d’identité n’ont pas pu être chargées.
Appuyez sur F5 pour réessayer.</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="169"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="170"/>
        <source>Show the verifications in one state; the number is how many there are</source>
        <translation>Afficher les vérifications dans un seul état ; le nombre indique combien il y en a</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="176"/>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="452"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="181"/>
        <source>Show the verifications of one tenant only</source>
        <translation>Afficher les vérifications d’un seul client</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="183"/>
        <source>All tenants</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="187"/>
        <source>Verification count</source>
        <translation>Nombre de vérifications</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="198"/>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="701"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="224"/>
        <source>Verification list</source>
        <translation>Liste des vérifications</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="229"/>
        <source>Empty state</source>
        <translation>État vide</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="241"/>
        <source>Verification heading</source>
        <translation>Titre de la vérification</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="243"/>
        <source>Verification status</source>
        <translation>Statut de la vérification</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="256"/>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="405"/>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="262"/>
        <source>Automatic checks</source>
        <translation>Contrôles automatiques</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="271"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="275"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="276"/>
        <source>The documents sent with this verification</source>
        <translation>Les documents envoyés avec cette vérification</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="283"/>
        <source>Document details</source>
        <translation>Détails du document</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="289"/>
        <source>Document preview</source>
        <translation>Aperçu du document</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="294"/>
        <source>Machine-readable zone</source>
        <translation>Zone de lecture automatique (MRZ)</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="295"/>
        <source>MRZ lines</source>
        <translation>Lignes de la MRZ</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="301"/>
        <source>MRZ fields</source>
        <translation>Champs de la MRZ</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="309"/>
        <source>This document came without a machine-readable zone.</source>
        <translation>Ce document a été envoyé sans zone de lecture automatique.</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="311"/>
        <source>No MRZ</source>
        <translation>Pas de MRZ</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="321"/>
        <source>Select a verification to see the person&apos;s documents, the automatic checks and the MRZ, and to approve or reject it.</source>
        <translation>Sélectionnez une vérification pour voir les documents de la personne, les contrôles automatiques et la MRZ, et pour l’approuver ou la rejeter.</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="324"/>
        <source>Verification details</source>
        <translation>Détails de la vérification</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="346"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="350"/>
        <source>Note for the record (required to reject), e.g. the photo does not match the holder</source>
        <translation>Note pour le dossier (obligatoire pour rejeter), par ex. la photo ne correspond pas au titulaire</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="370"/>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="372"/>
        <source>Reject…</source>
        <translation>Rejeter…</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="373"/>
        <source>Refuse this identity; the note says why (required)</source>
        <translation>Refuser cette identité ; la note dit pourquoi (obligatoire)</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="375"/>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="377"/>
        <source>Approve…</source>
        <translation>Approuver…</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="378"/>
        <source>Mark this identity as verified</source>
        <translation>Marquer cette identité comme vérifiée</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="365"/>
        <source>Your role can read the reviews but not decide them.</source>
        <translation>Votre rôle permet de lire les vérifications, pas de les décider.</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="367"/>
        <source>Read only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="398"/>
        <source>Decision history</source>
        <translation>Historique de la décision</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="453"/>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="478"/>
        <source>Loading the documents…</source>
        <translation>Chargement des documents…</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="492"/>
        <source>The documents could not be loaded: %1</source>
        <translation>Les documents n’ont pas pu être chargés : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="570"/>
        <source>No document was sent with this verification.</source>
        <translation>Aucun document n’a été envoyé avec cette vérification.</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="579"/>
        <source>%1 · %2 · %3 · SHA-256 %4</source>
        <translation>%1 · %2 · %3 · SHA-256 %4</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="598"/>
        <source>%1, %2 · document %3 · nationality %4 · born %5 · sex %6 · expires %7</source>
        <translation>%1, %2 · document %3 · nationalité %4 · né(e) le %5 · sexe %6 · expire le %7</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="608"/>
        <source>check digit: expected %1, found %2</source>
        <translation>chiffre de contrôle : attendu %1, trouvé %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="630"/>
        <source>Loading identity reviews…</source>
        <translation>Chargement des vérifications d’identité…</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="632"/>
        <source>Nothing to review.
A verification appears here as soon as a tenant submits one (POST /v1/identity/verify).</source>
        <translation>Rien à vérifier.
Une vérification apparaît ici dès qu’un client en soumet une (POST /v1/identity/verify).</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="635"/>
        <source>No verifications match the filter.</source>
        <translation>Aucune vérification ne correspond au filtre.</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="645"/>
        <source>1 verification</source>
        <translation>1 vérification</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="647"/>
        <source>%L1 verifications</source>
        <translation>%L1 vérifications</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="658"/>
        <source>Approve identity</source>
        <translation>Approuver l’identité</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="659"/>
        <source>Mark the identity of %1 as verified?

The tenant is told at once and the decision is final.</source>
        <translation>Marquer l’identité de %1 comme vérifiée ?

Le client en est informé aussitôt et la décision est définitive.</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="662"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="662"/>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="687"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="672"/>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="677"/>
        <source>A note is needed</source>
        <translation>Une note est nécessaire</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="673"/>
        <source>Write in the note why this identity is rejected: the tenant and the audit log keep it.</source>
        <translation>Écrivez dans la note pourquoi cette identité est rejetée : le client et le journal d’audit la conservent.</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="678"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="683"/>
        <source>Reject identity</source>
        <translation>Rejeter l’identité</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="684"/>
        <source>Reject the identity of %1?

Note: %2

The tenant is told at once and the decision is final.</source>
        <translation>Rejeter l’identité de %1 ?

Note : %2

Le client en est informé aussitôt et la décision est définitive.</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="687"/>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="700"/>
        <location filename="../ui/panels/IdentityReviewsPanel.h" line="41"/>
        <source>Identity reviews</source>
        <translation>Vérifications d’identité</translation>
    </message>
    <message>
        <location filename="../ui/panels/IdentityReviewsPanel.cpp" line="700"/>
        <source>The decision was not recorded.</source>
        <translation>La décision n’a pas été enregistrée.</translation>
    </message>
</context>
<context>
    <name>mid::ui::InboundWebhooksModel</name>
    <message>
        <location filename="../ui/models/InboundWebhooksModel.cpp" line="34"/>
        <source>Stripe</source>
        <translation>Stripe</translation>
    </message>
    <message>
        <location filename="../ui/models/InboundWebhooksModel.cpp" line="36"/>
        <source>App Store</source>
        <translation>App Store</translation>
    </message>
    <message>
        <location filename="../ui/models/InboundWebhooksModel.cpp" line="38"/>
        <source>Google Play</source>
        <translation>Google Play</translation>
    </message>
    <message>
        <location filename="../ui/models/InboundWebhooksModel.cpp" line="45"/>
        <source>Not known yet: the request is still being acted on.</source>
        <translation>Pas encore connu : la requête est en cours de traitement.</translation>
    </message>
    <message>
        <location filename="../ui/models/InboundWebhooksModel.cpp" line="58"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../ui/models/InboundWebhooksModel.cpp" line="64"/>
        <source>%1: %2 %3 → %4</source>
        <translation>%1 : %2 %3 → %4</translation>
    </message>
    <message>
        <location filename="../ui/models/InboundWebhooksModel.cpp" line="71"/>
        <source>Nothing: the same event was already received (%1).</source>
        <translation>Rien : le même événement avait déjà été reçu (%1).</translation>
    </message>
    <message>
        <location filename="../ui/models/InboundWebhooksModel.cpp" line="73"/>
        <source>Nothing.</source>
        <translation>Rien.</translation>
    </message>
    <message>
        <location filename="../ui/models/InboundWebhooksModel.cpp" line="73"/>
        <source>Nothing: %1</source>
        <translation>Rien : %1</translation>
    </message>
    <message>
        <location filename="../ui/models/InboundWebhooksModel.cpp" line="212"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../ui/models/InboundWebhooksModel.cpp" line="214"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/models/InboundWebhooksModel.cpp" line="216"/>
        <source>Event type</source>
        <translation>Type d&apos;événement</translation>
    </message>
    <message>
        <location filename="../ui/models/InboundWebhooksModel.cpp" line="218"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../ui/models/InboundWebhooksModel.cpp" line="220"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../ui/models/InboundWebhooksModel.cpp" line="222"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../ui/models/InboundWebhooksModel.cpp" line="224"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
</context>
<context>
    <name>mid::ui::InstallCertificateDialog</name>
    <message>
        <location filename="../ui/dialogs/InstallCertificateDialog.cpp" line="22"/>
        <source>Certificate chain file</source>
        <translation>Fichier de la chaîne de certificats</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InstallCertificateDialog.cpp" line="23"/>
        <source>Private key file</source>
        <translation>Fichier de la clé privée</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InstallCertificateDialog.cpp" line="25"/>
        <source>Load certificate and key</source>
        <translation>Charger un certificat et sa clé</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InstallCertificateDialog.cpp" line="28"/>
        <source>Serve your own certificate, for example one from your organisation&apos;s CA. Pick the PEM certificate chain (the server&apos;s certificate first, then any intermediates) and its private key. The server checks that they belong together before it replaces anything.</source>
        <translation>Servez votre propre certificat, par exemple un certificat de l&apos;autorité de votre organisation. Choisissez la chaîne de certificats PEM (le certificat du serveur d&apos;abord, puis les éventuels intermédiaires) et sa clé privée. Le serveur vérifie qu&apos;ils vont ensemble avant de remplacer quoi que ce soit.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InstallCertificateDialog.cpp" line="35"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InstallCertificateDialog.cpp" line="41"/>
        <source>&amp;Certificate chain (PEM):</source>
        <translation>&amp;Chaîne de certificats (PEM) :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InstallCertificateDialog.cpp" line="42"/>
        <source>Browse for the certificate chain</source>
        <translation>Parcourir pour choisir la chaîne de certificats</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InstallCertificateDialog.cpp" line="43"/>
        <source>Certificate chain (PEM)</source>
        <translation>Chaîne de certificats (PEM)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InstallCertificateDialog.cpp" line="44"/>
        <source>Private &amp;key (PEM):</source>
        <translation>Clé &amp;privée (PEM) :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InstallCertificateDialog.cpp" line="45"/>
        <source>Browse for the private key</source>
        <translation>Parcourir pour choisir la clé privée</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InstallCertificateDialog.cpp" line="45"/>
        <source>Private key (PEM)</source>
        <translation>Clé privée (PEM)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InstallCertificateDialog.cpp" line="48"/>
        <location filename="../ui/dialogs/InstallCertificateDialog.cpp" line="49"/>
        <source>Install</source>
        <translation>Installer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InstallCertificateDialog.cpp" line="51"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InstallCertificateDialog.cpp" line="71"/>
        <source>Path to a .pem, .crt or .key file</source>
        <translation>Chemin d&apos;un fichier .pem, .crt ou .key</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InstallCertificateDialog.cpp" line="81"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InstallCertificateDialog.cpp" line="85"/>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt *.cer *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InstallCertificateDialog.cpp" line="98"/>
        <source>%1 could not be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InstallCertificateDialog.cpp" line="104"/>
        <source>%1 is larger than 64 KiB: it is not a PEM certificate or key.</source>
        <translation>%1 dépasse 64 Kio : ce n&apos;est pas un certificat ni une clé PEM.</translation>
    </message>
</context>
<context>
    <name>mid::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="42"/>
        <location filename="../ui/MainWindow.cpp" line="241"/>
        <location filename="../ui/MainWindow.cpp" line="324"/>
        <source>MID Console</source>
        <translation>MID Console</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="43"/>
        <source>Panels</source>
        <translation>Panneaux</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="48"/>
        <source>Panel</source>
        <translation>Panneau</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="103"/>
        <source>The server no longer accepts this login. Use File → Connect… to log in again.</source>
        <translation>Le serveur n&apos;accepte plus cette connexion. Utilisez Fichier → Se connecter… pour vous reconnecter.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="145"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="147"/>
        <source>&amp;Connect to server…</source>
        <translation>Se &amp;connecter à un serveur…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="149"/>
        <source>Use the &amp;embedded server</source>
        <translation>Utiliser le serveur &amp;intégré</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="154"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="155"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="157"/>
        <source>Follow &amp;system</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="158"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="159"/>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="171"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="174"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="175"/>
        <source>API &amp;documentation</source>
        <translation>&amp;Documentation de l&apos;API</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="178"/>
        <source>&amp;About MID Console</source>
        <translation>À &amp;propos de MID Console</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="179"/>
        <source>About MID Console</source>
        <translation>À propos de MID Console</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="180"/>
        <source>&lt;h3&gt;MID Console %1&lt;/h3&gt;&lt;p&gt;Administration console and embedded server for the MID (Mobile Identity) API: tenants, consent sessions, QR codes and the audit log.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MID Console %1&lt;/h3&gt;&lt;p&gt;Console d&apos;administration et serveur intégré pour l&apos;API MID (Mobile Identity) : clients, sessions de consentement, codes QR et journal d&apos;audit.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="192"/>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="206"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="207"/>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="208"/>
        <source>Server state</source>
        <translation>État du serveur</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="209"/>
        <source>Requests per second</source>
        <translation>Requêtes par seconde</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="210"/>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="211"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="212"/>
        <source>— req/s</source>
        <translation>— req/s</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="221"/>
        <source>Show MID Console</source>
        <translation>Afficher MID Console</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="227"/>
        <source>Quit (stops the server)</source>
        <translation>Quitter (arrête le serveur)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="242"/>
        <source>The server keeps running. Use the tray icon to open the console again or to quit.</source>
        <translation>Le serveur continue de fonctionner. Utilisez l&apos;icône de la zone de notification pour rouvrir la console ou pour quitter.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="263"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="270"/>
        <source>● Connected</source>
        <translation>● Connecté</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="270"/>
        <source>● Reconnecting…</source>
        <translation>● Reconnexion…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="275"/>
        <source>Lost the server: %1 Retrying…</source>
        <translation>Connexion au serveur perdue : %1 Nouvelle tentative…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="288"/>
        <source>%L1 req/s</source>
        <translation>%L1 req/s</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="305"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="305"/>
        <source>Not encrypted</source>
        <translation>Non chiffré</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="307"/>
        <source>The console reaches its embedded server over loopback, unencrypted. Start it with --tls auto to serve HTTPS to phones and other machines.</source>
        <translation>La console joint son serveur intégré en boucle locale, sans chiffrement. Démarrez-le avec --tls auto pour servir HTTPS aux téléphones et aux autres machines.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="311"/>
        <source>The connection to this server is plain HTTP: requests and operator tokens travel unencrypted.</source>
        <translation>La connexion à ce serveur est en HTTP simple : les requêtes et les jetons d&apos;opérateur circulent en clair.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="314"/>
        <source>Encrypted (TLS). The console accepts only the certificate with the SHA-256 fingerprint
%1</source>
        <translation>Chiffré (TLS). La console n&apos;accepte que le certificat d&apos;empreinte SHA-256
%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="323"/>
        <source>Remote server</source>
        <translation>Serveur distant</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="323"/>
        <source>Embedded server</source>
        <translation>Serveur intégré</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="324"/>
        <source>MID Console — %1</source>
        <translation>MID Console — %1</translation>
    </message>
</context>
<context>
    <name>mid::ui::MessagesModel</name>
    <message>
        <location filename="../ui/models/MessagesModel.cpp" line="41"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../ui/models/MessagesModel.cpp" line="43"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ui/models/MessagesModel.cpp" line="50"/>
        <source>Enrollment code</source>
        <translation>Code d&apos;enrôlement</translation>
    </message>
    <message>
        <location filename="../ui/models/MessagesModel.cpp" line="240"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../ui/models/MessagesModel.cpp" line="262"/>
        <source>Sent for an operator, not for a tenant</source>
        <translation>Envoyé pour un opérateur, pas pour un client</translation>
    </message>
    <message>
        <location filename="../ui/models/MessagesModel.cpp" line="298"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/models/MessagesModel.cpp" line="300"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../ui/models/MessagesModel.cpp" line="302"/>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../ui/models/MessagesModel.cpp" line="304"/>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../ui/models/MessagesModel.cpp" line="306"/>
        <source>Tenant</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/models/MessagesModel.cpp" line="308"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>mid::ui::MessagesPanel</name>
    <message>
        <location filename="../ui/panels/MessagesPanel.cpp" line="35"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../ui/panels/MessagesPanel.cpp" line="36"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../ui/panels/MessagesPanel.cpp" line="37"/>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../ui/panels/MessagesPanel.cpp" line="38"/>
        <location filename="../ui/panels/MessagesPanel.cpp" line="132"/>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../ui/panels/MessagesPanel.cpp" line="39"/>
        <location filename="../ui/panels/MessagesPanel.cpp" line="141"/>
        <source>Tenant</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/panels/MessagesPanel.cpp" line="40"/>
        <source>Message ID</source>
        <translation>ID du message</translation>
    </message>
    <message>
        <location filename="../ui/panels/MessagesPanel.cpp" line="97"/>
        <source>Could not load the messages: %1</source>
        <translation>Impossible de charger les messages : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/MessagesPanel.cpp" line="99"/>
        <source>The messages could not be loaded.
Press F5 to try again.</source>
        <translation>Les messages n&apos;ont pas pu être chargés.
Appuyez sur F5 pour réessayer.</translation>
    </message>
    <message>
        <location filename="../ui/panels/MessagesPanel.cpp" line="123"/>
        <source>Recipient number</source>
        <translation>Numéro du destinataire</translation>
    </message>
    <message>
        <location filename="../ui/panels/MessagesPanel.cpp" line="124"/>
        <source>Recipient number, e.g. +447700900123</source>
        <translation>Numéro du destinataire, p. ex. +447700900123</translation>
    </message>
    <message>
        <location filename="../ui/panels/MessagesPanel.cpp" line="125"/>
        <source>Show the messages sent to this number only: type the whole number as the phone gave it (Ctrl+F)</source>
        <translation>N&apos;afficher que les messages envoyés à ce numéro : saisissez le numéro complet tel que le téléphone l&apos;a donné (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/panels/MessagesPanel.cpp" line="133"/>
        <source>Show the messages sent for one purpose only</source>
        <translation>N&apos;afficher que les messages envoyés pour un seul objet</translation>
    </message>
    <message>
        <location filename="../ui/panels/MessagesPanel.cpp" line="134"/>
        <source>All purposes</source>
        <translation>Tous les objets</translation>
    </message>
    <message>
        <location filename="../ui/panels/MessagesPanel.cpp" line="142"/>
        <source>Show the messages sent for one tenant only</source>
        <translation>N&apos;afficher que les messages envoyés pour un seul client</translation>
    </message>
    <message>
        <location filename="../ui/panels/MessagesPanel.cpp" line="144"/>
        <source>All tenants</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <location filename="../ui/panels/MessagesPanel.cpp" line="148"/>
        <source>Message count</source>
        <translation>Nombre de messages</translation>
    </message>
    <message>
        <location filename="../ui/panels/MessagesPanel.cpp" line="162"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../ui/panels/MessagesPanel.cpp" line="178"/>
        <source>Message list</source>
        <translation>Liste des messages</translation>
    </message>
    <message>
        <location filename="../ui/panels/MessagesPanel.cpp" line="189"/>
        <source>Empty state</source>
        <translation>État vide</translation>
    </message>
    <message>
        <location filename="../ui/panels/MessagesPanel.cpp" line="201"/>
        <source>Message heading</source>
        <translation>En-tête du message</translation>
    </message>
    <message>
        <location filename="../ui/panels/MessagesPanel.cpp" line="413"/>
        <source>1 message</source>
        <translation>1 message</translation>
    </message>
    <message>
        <location filename="../ui/panels/MessagesPanel.cpp" line="415"/>
        <source>%L1 messages</source>
        <translation>%L1 messages</translation>
    </message>
    <message>
        <location filename="../ui/panels/MessagesPanel.cpp" line="216"/>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <location filename="../ui/panels/MessagesPanel.cpp" line="221"/>
        <location filename="../ui/panels/MessagesPanel.cpp" line="225"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../ui/panels/MessagesPanel.cpp" line="234"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../ui/panels/MessagesPanel.cpp" line="237"/>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <location filename="../ui/panels/MessagesPanel.cpp" line="244"/>
        <location filename="../ui/panels/MessagesPanel.cpp" line="246"/>
        <source>Copy message</source>
        <translation>Copier le message</translation>
    </message>
    <message>
        <location filename="../ui/panels/MessagesPanel.cpp" line="247"/>
        <source>Put the whole message on the clipboard (Ctrl+C in the list)</source>
        <translation>Copier le message entier dans le presse-papiers (Ctrl+C dans la liste)</translation>
    </message>
    <message>
        <location filename="../ui/panels/MessagesPanel.cpp" line="248"/>
        <location filename="../ui/panels/MessagesPanel.cpp" line="250"/>
        <source>Copy code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <location filename="../ui/panels/MessagesPanel.cpp" line="251"/>
        <source>Put only the one-time code on the clipboard</source>
        <translation>Copier uniquement le code à usage unique dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../ui/panels/MessagesPanel.cpp" line="254"/>
        <source>Clipboard</source>
        <translation>Presse-papiers</translation>
    </message>
    <message>
        <location filename="../ui/panels/MessagesPanel.cpp" line="266"/>
        <source>Message details</source>
        <translation>Détails du message</translation>
    </message>
    <message>
        <location filename="../ui/panels/MessagesPanel.cpp" line="271"/>
        <source>Select a message to read it in full and copy it.</source>
        <translation>Sélectionnez un message pour le lire en entier et le copier.</translation>
    </message>
    <message>
        <location filename="../ui/panels/MessagesPanel.cpp" line="335"/>
        <source>Message to %1</source>
        <translation>Message au %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/MessagesPanel.cpp" line="346"/>
        <source>None (sent for an operator)</source>
        <translation>Aucun (envoyé pour un opérateur)</translation>
    </message>
    <message>
        <location filename="../ui/panels/MessagesPanel.cpp" line="355"/>
        <source>Loading the message…</source>
        <translation>Chargement du message…</translation>
    </message>
    <message>
        <location filename="../ui/panels/MessagesPanel.cpp" line="369"/>
        <source>Message copied to the clipboard.</source>
        <translation>Message copié dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../ui/panels/MessagesPanel.cpp" line="377"/>
        <source>Code copied to the clipboard.</source>
        <translation>Code copié dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../ui/panels/MessagesPanel.cpp" line="397"/>
        <source>Loading messages…</source>
        <translation>Chargement des messages…</translation>
    </message>
    <message>
        <location filename="../ui/panels/MessagesPanel.cpp" line="399"/>
        <source>No messages match the filter.</source>
        <translation>Aucun message ne correspond au filtre.</translation>
    </message>
    <message>
        <location filename="../ui/panels/MessagesPanel.cpp" line="401"/>
        <source>No messages sent yet.
Messages appear here when the box sends an enrollment code (try enrolling a phone in the Device simulator).</source>
        <translation>Aucun message envoyé pour l&apos;instant.
Les messages apparaissent ici quand le boîtier envoie un code d&apos;enrôlement (essayez d&apos;enrôler un téléphone dans le Simulateur d&apos;appareil).</translation>
    </message>
    <message>
        <location filename="../ui/panels/MessagesPanel.h" line="36"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
</context>
<context>
    <name>mid::ui::MpinIdentitiesModel</name>
    <message>
        <location filename="../ui/models/MpinIdentitiesModel.cpp" line="36"/>
        <source>Project %1</source>
        <translation>Projet %1</translation>
    </message>
    <message>
        <location filename="../ui/models/MpinIdentitiesModel.cpp" line="36"/>
        <source>no DVS key</source>
        <translation>sans clé DVS</translation>
    </message>
    <message>
        <location filename="../ui/models/MpinIdentitiesModel.cpp" line="36"/>
        <source>DVS key</source>
        <translation>clé DVS</translation>
    </message>
    <message>
        <location filename="../ui/models/MpinIdentitiesModel.cpp" line="39"/>
        <source>activated %1</source>
        <translation>activée le %1</translation>
    </message>
    <message>
        <location filename="../ui/models/MpinIdentitiesModel.cpp" line="43"/>
        <source>revoked %1</source>
        <translation>révoquée le %1</translation>
    </message>
    <message>
        <location filename="../ui/models/MpinIdentitiesModel.cpp" line="44"/>
        <source>revoked %1: %2</source>
        <translation>révoquée le %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/models/MpinIdentitiesModel.cpp" line="174"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../ui/models/MpinIdentitiesModel.cpp" line="174"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../ui/models/MpinIdentitiesModel.cpp" line="196"/>
        <source>MPin ID %1 (Ctrl+C copies it)</source>
        <translation>ID MPin %1 (Ctrl+C le copie)</translation>
    </message>
    <message>
        <location filename="../ui/models/MpinIdentitiesModel.cpp" line="200"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/models/MpinIdentitiesModel.cpp" line="223"/>
        <source>MPin ID</source>
        <translation>ID MPin</translation>
    </message>
    <message>
        <location filename="../ui/models/MpinIdentitiesModel.cpp" line="225"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/models/MpinIdentitiesModel.cpp" line="227"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../ui/models/MpinIdentitiesModel.cpp" line="229"/>
        <source>Device name</source>
        <translation>Nom de l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../ui/models/MpinIdentitiesModel.cpp" line="231"/>
        <source>DVS</source>
        <translation>DVS</translation>
    </message>
    <message>
        <location filename="../ui/models/MpinIdentitiesModel.cpp" line="233"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/models/MpinIdentitiesModel.cpp" line="235"/>
        <source>Activated</source>
        <translation>Activée</translation>
    </message>
</context>
<context>
    <name>mid::ui::MpinIdentitiesSection</name>
    <message>
        <location filename="../ui/panels/MpinIdentitiesSection.cpp" line="20"/>
        <source>Identity details</source>
        <translation>Détails de l&apos;identité</translation>
    </message>
    <message>
        <location filename="../ui/panels/MpinIdentitiesSection.cpp" line="23"/>
        <location filename="../ui/panels/MpinIdentitiesSection.cpp" line="46"/>
        <source>MPin identities</source>
        <translation>Identités MPin</translation>
    </message>
    <message>
        <location filename="../ui/panels/MpinIdentitiesSection.cpp" line="24"/>
        <source>MPin identities of the device</source>
        <translation>Identités MPin de l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../ui/panels/MpinIdentitiesSection.cpp" line="123"/>
        <source>MPin ID %1</source>
        <translation>ID MPin %1</translation>
    </message>
</context>
<context>
    <name>mid::ui::MpinIdentitiesView</name>
    <message>
        <location filename="../ui/panels/MpinIdentitiesView.cpp" line="25"/>
        <source>All MPin identities</source>
        <translation>Toutes les identités MPin</translation>
    </message>
    <message>
        <location filename="../ui/panels/MpinIdentitiesView.cpp" line="39"/>
        <source>Could not load the MPin identities: %1</source>
        <translation>Impossible de charger les identités MPin : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/MpinIdentitiesView.cpp" line="41"/>
        <source>The identities could not be loaded.
Press F5 to try again.</source>
        <translation>Les identités n&apos;ont pas pu être chargées.
Appuyez sur F5 pour réessayer.</translation>
    </message>
    <message>
        <location filename="../ui/panels/MpinIdentitiesView.cpp" line="62"/>
        <source>User id</source>
        <translation>ID utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/panels/MpinIdentitiesView.cpp" line="64"/>
        <source>User id (exact, e.g. +447700900123 or alice@example.com)</source>
        <translation>ID utilisateur (exact, p. ex. +447700900123 ou alice@example.com)</translation>
    </message>
    <message>
        <location filename="../ui/panels/MpinIdentitiesView.cpp" line="67"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/panels/MpinIdentitiesView.cpp" line="68"/>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../ui/panels/MpinIdentitiesView.cpp" line="72"/>
        <source>Identity count</source>
        <translation>Nombre d&apos;identités</translation>
    </message>
    <message>
        <location filename="../ui/panels/MpinIdentitiesView.cpp" line="85"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../ui/panels/MpinIdentitiesView.cpp" line="93"/>
        <source>MPin identity list</source>
        <translation>Liste des identités MPin</translation>
    </message>
    <message>
        <location filename="../ui/panels/MpinIdentitiesView.cpp" line="101"/>
        <source>Empty state</source>
        <translation>État vide</translation>
    </message>
    <message>
        <location filename="../ui/panels/MpinIdentitiesView.cpp" line="103"/>
        <source>Selected identity</source>
        <translation>Identité sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/panels/MpinIdentitiesView.cpp" line="154"/>
        <source>Select an identity to rename or revoke it. Its passkey is the credential of the device it was activated on (Devices tab).</source>
        <translation>Sélectionnez une identité pour la renommer ou la révoquer. Sa clé d&apos;accès est l&apos;identifiant de l&apos;appareil sur lequel elle a été activée (onglet Appareils).</translation>
    </message>
    <message>
        <location filename="../ui/panels/MpinIdentitiesView.cpp" line="156"/>
        <source>MPin ID %1 · device %2
%3</source>
        <translation>ID MPin %1 · appareil %2
%3</translation>
    </message>
    <message>
        <location filename="../ui/panels/MpinIdentitiesView.cpp" line="166"/>
        <source>Loading MPin identities…</source>
        <translation>Chargement des identités MPin…</translation>
    </message>
    <message>
        <location filename="../ui/panels/MpinIdentitiesView.cpp" line="168"/>
        <source>No identities match the filter.</source>
        <translation>Aucune identité ne correspond au filtre.</translation>
    </message>
    <message>
        <location filename="../ui/panels/MpinIdentitiesView.cpp" line="170"/>
        <source>No MPin identities yet.
An identity appears here once a device activates it: with the activation token of /activate/initiate or a verification link (try the Device simulator).</source>
        <translation>Aucune identité MPin pour l&apos;instant.
Une identité apparaît ici dès qu&apos;un appareil l&apos;active : avec le jeton d&apos;activation de /activate/initiate ou un lien de vérification (essayez le simulateur d&apos;appareil).</translation>
    </message>
    <message>
        <location filename="../ui/panels/MpinIdentitiesView.cpp" line="181"/>
        <source>1 identity</source>
        <translation>1 identité</translation>
    </message>
    <message>
        <location filename="../ui/panels/MpinIdentitiesView.cpp" line="182"/>
        <source>%L1 identities</source>
        <translation>%L1 identités</translation>
    </message>
</context>
<context>
    <name>mid::ui::MpinIdentityActions</name>
    <message>
        <location filename="../ui/panels/MpinIdentityActions.cpp" line="25"/>
        <location filename="../ui/panels/MpinIdentityActions.cpp" line="28"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../ui/panels/MpinIdentityActions.cpp" line="26"/>
        <location filename="../ui/panels/MpinIdentityActions.cpp" line="29"/>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <location filename="../ui/panels/MpinIdentityActions.cpp" line="47"/>
        <source>Auditors can only read: an operator renames and revokes identities.</source>
        <translation>Les auditeurs ont uniquement un accès en lecture : un opérateur renomme et révoque les identités.</translation>
    </message>
    <message>
        <location filename="../ui/panels/MpinIdentityActions.cpp" line="50"/>
        <source>Change the device name the identity&apos;s project sees</source>
        <translation>Changer le nom d&apos;appareil que voit le projet de l&apos;identité</translation>
    </message>
    <message>
        <location filename="../ui/panels/MpinIdentityActions.cpp" line="54"/>
        <source>This identity is already revoked.</source>
        <translation>Cette identité est déjà révoquée.</translation>
    </message>
    <message>
        <location filename="../ui/panels/MpinIdentityActions.cpp" line="55"/>
        <source>End the identity for good: its passkey can no longer authenticate or sign</source>
        <translation>Mettre fin définitivement à l&apos;identité : sa clé d&apos;accès ne peut plus authentifier ni signer</translation>
    </message>
    <message>
        <location filename="../ui/panels/MpinIdentityActions.cpp" line="67"/>
        <source>Copy MPin ID</source>
        <translation>Copier l&apos;ID MPin</translation>
    </message>
    <message>
        <location filename="../ui/panels/MpinIdentityActions.cpp" line="101"/>
        <source>Rename identity</source>
        <translation>Renommer l&apos;identité</translation>
    </message>
    <message>
        <location filename="../ui/panels/MpinIdentityActions.cpp" line="102"/>
        <source>The name of the device, as the project sees it, for the identity of %1 (MPin ID %2).</source>
        <translation>Le nom de l&apos;appareil, tel que le projet le voit, pour l&apos;identité de %1 (ID MPin %2).</translation>
    </message>
    <message>
        <location filename="../ui/panels/MpinIdentityActions.cpp" line="129"/>
        <source>Revoke the MPin identity of %1 (%2) on the device “%3”?

Its passkey is revoked with it: it can no longer authenticate, sign a DVS request or approve anything. This cannot be undone; the user must activate the device again.</source>
        <translation>Révoquer l&apos;identité MPin de %1 (%2) sur l&apos;appareil « %3 » ?

Sa clé d&apos;accès est révoquée avec elle : elle ne peut plus authentifier, signer une requête DVS ni approuver quoi que ce soit. Cette action est irréversible ; l&apos;utilisateur devra activer l&apos;appareil de nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/panels/MpinIdentityActions.cpp" line="105"/>
        <source>&amp;Device name:</source>
        <translation>Nom de l&apos;&amp;appareil :</translation>
    </message>
    <message>
        <location filename="../ui/panels/MpinIdentityActions.cpp" line="106"/>
        <source>Device name</source>
        <translation>Nom de l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../ui/panels/MpinIdentityActions.cpp" line="107"/>
        <source>e.g. Work phone</source>
        <translation>p. ex. Téléphone pro</translation>
    </message>
    <message>
        <location filename="../ui/panels/MpinIdentityActions.cpp" line="109"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../ui/panels/MpinIdentityActions.cpp" line="110"/>
        <location filename="../ui/panels/MpinIdentityActions.cpp" line="139"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/panels/MpinIdentityActions.cpp" line="115"/>
        <source>The identity could not be renamed.</source>
        <translation>L&apos;identité n&apos;a pas pu être renommée.</translation>
    </message>
    <message>
        <location filename="../ui/panels/MpinIdentityActions.cpp" line="126"/>
        <source>Revoke identity</source>
        <translation>Révoquer l&apos;identité</translation>
    </message>
    <message>
        <location filename="../ui/panels/MpinIdentityActions.cpp" line="135"/>
        <source>&amp;Reason (optional):</source>
        <translation>&amp;Motif (facultatif) :</translation>
    </message>
    <message>
        <location filename="../ui/panels/MpinIdentityActions.cpp" line="136"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../ui/panels/MpinIdentityActions.cpp" line="137"/>
        <source>e.g. device replaced</source>
        <translation>p. ex. appareil remplacé</translation>
    </message>
    <message>
        <location filename="../ui/panels/MpinIdentityActions.cpp" line="138"/>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <location filename="../ui/panels/MpinIdentityActions.cpp" line="144"/>
        <source>The identity could not be revoked.</source>
        <translation>L&apos;identité n&apos;a pas pu être révoquée.</translation>
    </message>
    <message>
        <location filename="../ui/panels/MpinIdentityActions.cpp" line="152"/>
        <source>MPin identities</source>
        <translation>Identités MPin</translation>
    </message>
    <message>
        <location filename="../ui/panels/MpinIdentityActions.cpp" line="152"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>mid::ui::NewSessionDialog</name>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="22"/>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="23"/>
        <source>New consent session</source>
        <translation>Nouvelle session de consentement</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="33"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="34"/>
        <source>Loading clients…</source>
        <translation>Chargement des clients…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="36"/>
        <source>&amp;Client:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="39"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="40"/>
        <source>+447700900123</source>
        <translation>+447700900123</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="41"/>
        <source>The recipient&apos;s mobile number in E.164 form: + country code and number, no spaces</source>
        <translation>Le numéro de mobile du destinataire au format E.164 : + indicatif du pays et numéro, sans espaces</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="43"/>
        <source>&amp;Recipient:</source>
        <translation>&amp;Destinataire :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="46"/>
        <source>Intent</source>
        <translation>Intention</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="47"/>
        <source>Login</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="48"/>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="49"/>
        <source>Data sharing</source>
        <translation>Partage de données</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="50"/>
        <source>Identity verification</source>
        <translation>Vérification d&apos;identité</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="51"/>
        <source>Signing</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="52"/>
        <source>Mandate</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="53"/>
        <source>&amp;Intent:</source>
        <translation>&amp;Intention :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="56"/>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="57"/>
        <source>profile, email (comma separated)</source>
        <translation>profile, email (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="58"/>
        <source>&amp;Scope:</source>
        <translation>&amp;Portée :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="61"/>
        <source>Expires in</source>
        <translation>Expire dans</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="64"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="65"/>
        <source>&amp;Expires in:</source>
        <translation>E&amp;xpire dans :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="68"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="77"/>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="78"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="79"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="96"/>
        <source>No clients</source>
        <translation>Aucun client</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="97"/>
        <source>Could not load the clients: %1</source>
        <translation>Impossible de charger les clients : %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="103"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="105"/>
        <source> — suspended</source>
        <translation> — suspendu</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="108"/>
        <source>Pick a client</source>
        <translation>Choisissez un client</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="109"/>
        <source>No clients: create one first</source>
        <translation>Aucun client : créez-en d&apos;abord un</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="149"/>
        <source>The recipient must be an E.164 number: +, the country code and the number, 8 to 15 digits in all, no spaces — for example +447700900123.</source>
        <translation>Le destinataire doit être un numéro E.164 : +, l&apos;indicatif du pays et le numéro, de 8 à 15 chiffres en tout, sans espaces — par exemple +447700900123.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="181"/>
        <source>The server did not create the session: %1</source>
        <translation>Le serveur n&apos;a pas créé la session : %1</translation>
    </message>
</context>
<context>
    <name>mid::ui::PhoneModel</name>
    <message>
        <location filename="../ui/simulator/PhoneModel.cpp" line="84"/>
        <source>The passkey could not be used (%1).</source>
        <translation>La clé d&apos;accès n&apos;a pas pu être utilisée (%1).</translation>
    </message>
    <message>
        <location filename="../ui/simulator/PhoneModel.cpp" line="89"/>
        <source>Passkeys need the server&apos;s relying party to be a domain name: start the server with --rp-id localhost --rp-origins http://localhost:&lt;port&gt; (or its public domain) and try again.</source>
        <translation>Les clés d&apos;accès exigent que la partie de confiance (RP) du serveur soit un nom de domaine : démarrez le serveur avec --rp-id localhost --rp-origins http://localhost:&lt;port&gt; (ou son domaine public) et réessayez.</translation>
    </message>
    <message>
        <location filename="../ui/simulator/PhoneModel.cpp" line="145"/>
        <source>The saved phone for %1 is damaged (%2); enroll again.</source>
        <translation>Le téléphone enregistré pour %1 est endommagé (%2) ; recommencez l&apos;enrôlement.</translation>
    </message>
    <message>
        <location filename="../ui/simulator/PhoneModel.cpp" line="180"/>
        <source>Forgot the passkey for %1.</source>
        <translation>Clé d&apos;accès de %1 oubliée.</translation>
    </message>
    <message>
        <location filename="../ui/simulator/PhoneModel.cpp" line="195"/>
        <source>This phone was deregistered. Enroll again to use it.</source>
        <translation>Ce téléphone a été désinscrit. Enrôlez-le de nouveau pour l&apos;utiliser.</translation>
    </message>
    <message>
        <location filename="../ui/simulator/PhoneModel.cpp" line="211"/>
        <source>Enter the number in international (E.164) format: “+”, the country code and the number, digits only — for example +447700900123.</source>
        <translation>Saisissez le numéro au format international (E.164) : « + », l&apos;indicatif du pays et le numéro, uniquement des chiffres — par exemple +447700900123.</translation>
    </message>
    <message>
        <location filename="../ui/simulator/PhoneModel.cpp" line="224"/>
        <source>Opened the passkey saved for %1.</source>
        <translation>Clé d&apos;accès enregistrée pour %1 rouverte.</translation>
    </message>
    <message>
        <location filename="../ui/simulator/PhoneModel.cpp" line="242"/>
        <source>The enrollment could not start: %1</source>
        <translation>L&apos;enrôlement n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <location filename="../ui/simulator/PhoneModel.cpp" line="241"/>
        <source>Enrollment refused: %1</source>
        <translation>Enrôlement refusé : %1</translation>
    </message>
    <message>
        <location filename="../ui/simulator/PhoneModel.cpp" line="247"/>
        <source>Enrollment %1 started; a code was sent to %2.</source>
        <translation>Enrôlement %1 démarré ; un code a été envoyé au %2.</translation>
    </message>
    <message>
        <location filename="../ui/simulator/PhoneModel.cpp" line="291"/>
        <source>Your MID verification code is %1. It expires in 10 minutes.</source>
        <translation>Votre code de vérification MID est %1. Il expire dans 10 minutes.</translation>
    </message>
    <message>
        <location filename="../ui/simulator/PhoneModel.cpp" line="302"/>
        <source>SMS received.</source>
        <translation>SMS reçu.</translation>
    </message>
    <message>
        <location filename="../ui/simulator/PhoneModel.cpp" line="309"/>
        <source>The code has 6 digits: type all of them.</source>
        <translation>Le code comporte 6 chiffres : saisissez-les tous.</translation>
    </message>
    <message>
        <location filename="../ui/simulator/PhoneModel.cpp" line="319"/>
        <source>Code refused: %1</source>
        <translation>Code refusé : %1</translation>
    </message>
    <message>
        <location filename="../ui/simulator/PhoneModel.cpp" line="322"/>
        <source>Number %1 verified.</source>
        <translation>Numéro %1 vérifié.</translation>
    </message>
    <message>
        <location filename="../ui/simulator/PhoneModel.cpp" line="337"/>
        <source>Registration failed: %1</source>
        <translation>Échec de l&apos;enregistrement : %1</translation>
    </message>
    <message>
        <location filename="../ui/simulator/PhoneModel.cpp" line="352"/>
        <source>Passkey registered: device %1.</source>
        <translation>Clé d&apos;accès enregistrée : appareil %1.</translation>
    </message>
    <message>
        <location filename="../ui/simulator/PhoneModel.cpp" line="353"/>
        <source>Identity %1 activated: device %2.</source>
        <translation>Identité %1 activée : appareil %2.</translation>
    </message>
    <message>
        <location filename="../ui/simulator/PhoneModel.cpp" line="376"/>
        <source>This is not a verification link. Paste the whole link the service gave you: it contains /verification/confirmation?…&amp;code=…</source>
        <translation>Ce n&apos;est pas un lien de vérification. Collez le lien complet que le service vous a donné : il contient /verification/confirmation?…&amp;code=…</translation>
    </message>
    <message>
        <location filename="../ui/simulator/PhoneModel.cpp" line="396"/>
        <source>Verification link refused: %1</source>
        <translation>Lien de vérification refusé : %1</translation>
    </message>
    <message>
        <location filename="../ui/simulator/PhoneModel.cpp" line="397"/>
        <source>The link could not be used: %1</source>
        <translation>Le lien n&apos;a pas pu être utilisé : %1</translation>
    </message>
    <message>
        <location filename="../ui/simulator/PhoneModel.cpp" line="401"/>
        <source>Verification link redeemed for %1.</source>
        <translation>Lien de vérification utilisé pour %1.</translation>
    </message>
    <message>
        <location filename="../ui/simulator/PhoneModel.cpp" line="444"/>
        <source>Could not %1 %2: %3</source>
        <translation>Impossible %1 %2 : %3</translation>
    </message>
    <message>
        <location filename="../ui/simulator/PhoneModel.cpp" line="444"/>
        <source>approve</source>
        <translation>d&apos;approuver</translation>
    </message>
    <message>
        <location filename="../ui/simulator/PhoneModel.cpp" line="444"/>
        <source>reject</source>
        <translation>de rejeter</translation>
    </message>
    <message>
        <location filename="../ui/simulator/PhoneModel.cpp" line="456"/>
        <source>Approved %1.</source>
        <translation>Demande %1 approuvée.</translation>
    </message>
    <message>
        <location filename="../ui/simulator/PhoneModel.cpp" line="456"/>
        <source>Rejected %1.</source>
        <translation>Demande %1 rejetée.</translation>
    </message>
    <message>
        <location filename="../ui/simulator/PhoneModel.cpp" line="503"/>
        <source>An operator blocked this device.</source>
        <translation>Un opérateur a bloqué cet appareil.</translation>
    </message>
    <message>
        <location filename="../ui/simulator/PhoneModel.cpp" line="507"/>
        <source>An operator unblocked this device.</source>
        <translation>Un opérateur a débloqué cet appareil.</translation>
    </message>
    <message>
        <location filename="../ui/simulator/PhoneModel.cpp" line="509"/>
        <source>An operator deregistered this device; its passkey no longer works.</source>
        <translation>Un opérateur a désinscrit cet appareil ; sa clé d&apos;accès ne fonctionne plus.</translation>
    </message>
</context>
<context>
    <name>mid::ui::QrPresenterPanel</name>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="67"/>
        <source>Full-screen QR code</source>
        <translation>Code QR en plein écran</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="68"/>
        <location filename="../ui/panels/QrPresenterPanel.h" line="37"/>
        <source>QR presenter</source>
        <translation>Présentateur QR</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="70"/>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="107"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="71"/>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="211"/>
        <source>Expires in</source>
        <translation>Expire dans</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="104"/>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="654"/>
        <source>Pick a pending session above, or start a new one.</source>
        <translation>Choisissez une session en attente ci-dessus ou démarrez-en une nouvelle.</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="112"/>
        <source>Set-up instructions</source>
        <translation>Instructions de configuration</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="122"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="164"/>
        <source>&amp;Session:</source>
        <translation>&amp;Session :</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="166"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="167"/>
        <source>Pick a pending session…</source>
        <translation>Choisissez une session en attente…</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="171"/>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="172"/>
        <source>New session…</source>
        <translation>Nouvelle session…</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="173"/>
        <source>Create a consent session and show its code (Ctrl+N)</source>
        <translation>Créer une session de consentement et afficher son code (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="174"/>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="175"/>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="619"/>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="644"/>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="645"/>
        <source>Set up this phone</source>
        <translation>Configurer ce téléphone</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="176"/>
        <source>Show the code of this box&apos;s set-up page: a phone that scans it learns to trust the box and to approve with a passkey</source>
        <translation>Afficher le code de la page de configuration de ce serveur : un téléphone qui le scanne apprend à faire confiance au serveur et à approuver avec une clé d&apos;accès</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="208"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="209"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="210"/>
        <source>Intent</source>
        <translation>Intention</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="229"/>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="229"/>
        <source>Show only the code, for a projector (F11; Esc leaves)</source>
        <translation>Afficher uniquement le code, pour un projecteur (F11 ; Échap pour quitter)</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="231"/>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="231"/>
        <source>Save the code as a 1024 px PNG (Ctrl+S)</source>
        <translation>Enregistrer le code en PNG de 1024 px (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="232"/>
        <source>Save as SVG…</source>
        <translation>Enregistrer en SVG…</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="232"/>
        <source>Save the code as a scalable SVG</source>
        <translation>Enregistrer le code en SVG vectoriel</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="233"/>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="233"/>
        <source>Copy the approval link to the clipboard</source>
        <translation>Copier le lien d&apos;approbation dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="270"/>
        <source>Could not load the pending sessions: %1</source>
        <translation>Impossible de charger les sessions en attente : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="363"/>
        <source>%1 · %2 · %3 · %4%5</source>
        <translation>%1 · %2 · %3 · %4%5</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="395"/>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="655"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="402"/>
        <source>No session to show.</source>
        <translation>Aucune session à afficher.</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="403"/>
        <source>Could not load session %1: %2</source>
        <translation>Impossible de charger la session %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="425"/>
        <source>No QR code to show.</source>
        <translation>Aucun code QR à afficher.</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="426"/>
        <source>Could not load the QR code: %1</source>
        <translation>Impossible de charger le code QR : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="548"/>
        <source>Could not fetch the QR code: %1</source>
        <translation>Impossible de récupérer le code QR : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="553"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="561"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="574"/>
        <source>Save QR code as PNG</source>
        <translation>Enregistrer le code QR en PNG</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="574"/>
        <source>Save QR code as SVG</source>
        <translation>Enregistrer le code QR en SVG</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="575"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="575"/>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="586"/>
        <source>Set-up link copied to the clipboard.</source>
        <translation>Lien de configuration copié dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="587"/>
        <source>Approval link copied to the clipboard.</source>
        <translation>Lien d&apos;approbation copié dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="612"/>
        <source>The server&apos;s public address is not known yet: try again once the console is connected.</source>
        <translation>L&apos;adresse publique du serveur n&apos;est pas encore connue : réessayez une fois la console connectée.</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="623"/>
        <source>Scan this code with the phone&apos;s camera. It opens %1, which walks the phone through trusting this box and approving with a passkey.</source>
        <translation>Scannez ce code avec l&apos;appareil photo du téléphone. Il ouvre %1, qui guide le téléphone pour faire confiance à ce serveur et approuver avec une clé d&apos;accès.</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="626"/>
        <source>Scan this code with the phone&apos;s camera to open %1. This box serves plain HTTP, so a phone cannot use a passkey with it: start it with --tls auto first.</source>
        <translation>Scannez ce code avec l&apos;appareil photo du téléphone pour ouvrir %1. Ce serveur sert du HTTP simple, un téléphone ne peut donc pas y utiliser de clé d&apos;accès : démarrez-le d&apos;abord avec --tls auto.</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="632"/>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="633"/>
        <source>Back to the session</source>
        <translation>Retour à la session</translation>
    </message>
</context>
<context>
    <name>mid::ui::QrView</name>
    <message>
        <location filename="../ui/widgets/QrView.cpp" line="58"/>
        <source>QR code</source>
        <translation>Code QR</translation>
    </message>
    <message>
        <location filename="../ui/widgets/QrView.cpp" line="205"/>
        <source>Waiting for scan…</source>
        <translation>En attente du scan…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/QrView.cpp" line="207"/>
        <source>The phone opened the page</source>
        <translation>Le téléphone a ouvert la page</translation>
    </message>
</context>
<context>
    <name>mid::ui::RegisterScreen</name>
    <message>
        <location filename="../ui/simulator/RegisterScreen.cpp" line="13"/>
        <source>Registration error</source>
        <translation>Erreur d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../ui/simulator/RegisterScreen.cpp" line="14"/>
        <location filename="../ui/simulator/RegisterScreen.cpp" line="56"/>
        <source>Register passkey</source>
        <translation>Enregistrer la clé d&apos;accès</translation>
    </message>
    <message>
        <location filename="../ui/simulator/RegisterScreen.cpp" line="20"/>
        <source>Number verified</source>
        <translation>Numéro vérifié</translation>
    </message>
    <message>
        <location filename="../ui/simulator/RegisterScreen.cpp" line="22"/>
        <source>Now create a passkey on this phone. Its private key never leaves the phone: you approve requests by signing them with it.</source>
        <translation>Créez maintenant une clé d&apos;accès sur ce téléphone. Sa clé privée ne quitte jamais le téléphone : vous approuvez les demandes en les signant avec elle.</translation>
    </message>
    <message>
        <location filename="../ui/simulator/RegisterScreen.cpp" line="27"/>
        <source>Create a FIDO2 credential and register it with the server</source>
        <translation>Créer un identifiant FIDO2 et l&apos;enregistrer auprès du serveur</translation>
    </message>
    <message>
        <location filename="../ui/simulator/RegisterScreen.cpp" line="28"/>
        <source>Use another number</source>
        <translation>Utiliser un autre numéro</translation>
    </message>
    <message>
        <location filename="../ui/simulator/RegisterScreen.cpp" line="56"/>
        <source>Creating passkey…</source>
        <translation>Création de la clé d&apos;accès…</translation>
    </message>
</context>
<context>
    <name>mid::ui::SecretRevealDialog</name>
    <message>
        <location filename="../ui/dialogs/SecretRevealDialog.cpp" line="47"/>
        <source>&lt;b&gt;These credentials are shown once, never again.&lt;/b&gt;&lt;br&gt;The server keeps only a hash of the API key. Copy them into the tenant&apos;s secret store now; if they are lost, the only way back is to regenerate the key.</source>
        <translation>&lt;b&gt;Ces identifiants ne sont affichés qu&apos;une seule fois.&lt;/b&gt;&lt;br&gt;Le serveur ne conserve qu&apos;un hachage de la clé API. Copiez-les dès maintenant dans le coffre à secrets du client ; s&apos;ils sont perdus, la seule solution est de régénérer la clé.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SecretRevealDialog.cpp" line="31"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SecretRevealDialog.cpp" line="41"/>
        <source>Credentials of %1</source>
        <translation>Identifiants de %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SecretRevealDialog.cpp" line="42"/>
        <source>New credentials</source>
        <translation>Nouveaux identifiants</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SecretRevealDialog.cpp" line="52"/>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SecretRevealDialog.cpp" line="53"/>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SecretRevealDialog.cpp" line="54"/>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SecretRevealDialog.cpp" line="58"/>
        <source>Webhook secret</source>
        <translation>Secret du webhook</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SecretRevealDialog.cpp" line="61"/>
        <source>I have stored these credentials</source>
        <translation>J&apos;ai enregistré ces identifiants</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SecretRevealDialog.cpp" line="69"/>
        <source>New signing secret</source>
        <translation>Nouveau secret de signature</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SecretRevealDialog.cpp" line="69"/>
        <location filename="../ui/dialogs/SecretRevealDialog.cpp" line="70"/>
        <location filename="../ui/dialogs/SecretRevealDialog.cpp" line="102"/>
        <source>Signing secret</source>
        <translation>Secret de signature</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SecretRevealDialog.cpp" line="76"/>
        <source>&lt;b&gt;Keep this secret private.&lt;/b&gt;&lt;br&gt;Reading it was recorded in the audit log. Whoever holds it can forge deliveries the receiver would trust.</source>
        <translation>&lt;b&gt;Gardez ce secret pour vous.&lt;/b&gt;&lt;br&gt;Sa lecture a été consignée dans le journal d&apos;audit. Quiconque le détient peut forger des livraisons que le destinataire accepterait.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SecretRevealDialog.cpp" line="79"/>
        <source>&lt;b&gt;Copy the signing secret into the receiver now.&lt;/b&gt;&lt;br&gt;It verifies the signature of every delivery. Operators can read it again later (that read is audited), but it is never shown in lists or logs.</source>
        <translation>&lt;b&gt;Copiez maintenant le secret de signature dans le destinataire.&lt;/b&gt;&lt;br&gt;Il vérifie la signature de chaque livraison. Les opérateurs peuvent le relire plus tard (cette lecture est auditée), mais il n&apos;apparaît jamais dans les listes ni les journaux.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SecretRevealDialog.cpp" line="85"/>
        <source>Deliveries are signed with both the old and the new secret for an hour, so the receiver can switch without a gap.</source>
        <translation>Pendant une heure, les livraisons sont signées avec l&apos;ancien et le nouveau secret : le destinataire peut basculer sans interruption.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SecretRevealDialog.cpp" line="88"/>
        <source>Deliveries are signed with both the old and the new secret for %1 hours, so the receiver can switch without a gap.</source>
        <translation>Pendant %1 heures, les livraisons sont signées avec l&apos;ancien et le nouveau secret : le destinataire peut basculer sans interruption.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SecretRevealDialog.cpp" line="93"/>
        <source>The old secret stopped working at once.</source>
        <translation>L&apos;ancien secret a cessé de fonctionner immédiatement.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SecretRevealDialog.cpp" line="99"/>
        <location filename="../ui/dialogs/SecretRevealDialog.cpp" line="101"/>
        <source>Endpoint URL</source>
        <translation>URL du point de terminaison</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SecretRevealDialog.cpp" line="104"/>
        <source>I have copied the secret</source>
        <translation>J&apos;ai copié le secret</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SecretRevealDialog.cpp" line="105"/>
        <source>I have stored the secret</source>
        <translation>J&apos;ai conservé le secret</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SecretRevealDialog.cpp" line="118"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SecretRevealDialog.cpp" line="135"/>
        <location filename="../ui/dialogs/SecretRevealDialog.cpp" line="142"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SecretRevealDialog.cpp" line="136"/>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SecretRevealDialog.cpp" line="137"/>
        <source>Copy the %1 to the clipboard</source>
        <translation>Copier %1 dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SecretRevealDialog.cpp" line="140"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>mid::ui::SettingsPanel</name>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="50"/>
        <location filename="../ui/panels/SettingsPanel.h" line="30"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="57"/>
        <source>Notice</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="75"/>
        <source>Webhook settings saved and applied.</source>
        <translation>Paramètres des webhooks enregistrés et appliqués.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="95"/>
        <location filename="../ui/panels/SettingsPanel.cpp" line="96"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="98"/>
        <source>Listen address</source>
        <translation>Adresse d&apos;écoute</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="101"/>
        <source>Public URL</source>
        <translation>URL publique</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="104"/>
        <source>Audit retention</source>
        <translation>Durée de conservation de l&apos;audit</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="106"/>
        <location filename="../ui/panels/SettingsPanel.cpp" line="113"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="107"/>
        <source>Keep every row</source>
        <translation>Conserver toutes les lignes</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="108"/>
        <source>Audit rows older than this are deleted every hour. The hash chain stays verifiable: the deletion is itself recorded.</source>
        <translation>Les lignes d&apos;audit plus anciennes sont supprimées toutes les heures. La chaîne de hachage reste vérifiable : la suppression est elle-même enregistrée.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="111"/>
        <source>Document retention</source>
        <translation>Durée de conservation des documents</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="114"/>
        <source>Keep every document</source>
        <translation>Conserver tous les documents</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="116"/>
        <source>Uploaded identity and signing documents older than this are removed from disk every hour. Their hashes, checks and signing evidence stay.</source>
        <translation>Les documents d’identité et de signature plus anciens sont supprimés du disque toutes les heures. Leurs empreintes, contrôles et preuves de signature restent.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="118"/>
        <source>Data directory</source>
        <translation>Répertoire des données</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="119"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="120"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="128"/>
        <source>&amp;Save server settings</source>
        <translation>&amp;Enregistrer les paramètres du serveur</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="129"/>
        <source>&amp;Restart embedded server now</source>
        <translation>&amp;Redémarrer le serveur intégré maintenant</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="139"/>
        <source>&amp;Listen address:</source>
        <translation>Adresse d&apos;é&amp;coute :</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="140"/>
        <source>&amp;Public URL (QR codes and links):</source>
        <translation>&amp;URL publique (codes QR et liens) :</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="141"/>
        <source>Audit &amp;retention:</source>
        <translation>&amp;Durée de conservation de l&apos;audit :</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="142"/>
        <source>D&amp;ocument retention:</source>
        <translation>Durée de conservation des d&amp;ocuments :</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="143"/>
        <source>Data directory:</source>
        <translation>Répertoire des données :</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="144"/>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="151"/>
        <location filename="../ui/panels/SettingsPanel.cpp" line="152"/>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="154"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="155"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="161"/>
        <source>The language changes the next time the console starts.</source>
        <translation>La langue sera modifiée au prochain démarrage de la console.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="165"/>
        <source>L&amp;anguage:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="171"/>
        <location filename="../ui/panels/SettingsPanel.cpp" line="172"/>
        <source>Operators and roles</source>
        <translation>Opérateurs et rôles</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="174"/>
        <source>Operators</source>
        <translation>Opérateurs</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="175"/>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="175"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="175"/>
        <source>Password login</source>
        <translation>Connexion par mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="182"/>
        <source>&amp;Add operator…</source>
        <translation>&amp;Ajouter un opérateur…</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="183"/>
        <source>Change &amp;role…</source>
        <translation>&amp;Modifier le rôle…</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="184"/>
        <source>Set &amp;password…</source>
        <translation>Définir le mot de &amp;passe…</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="185"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="195"/>
        <source>Admins manage everything; operators manage tenants and consents; auditors can only read.</source>
        <translation>Les administrateurs gèrent tout ; les opérateurs gèrent les clients et les consentements ; les auditeurs ont uniquement un accès en lecture.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="263"/>
        <source>Nothing changed.</source>
        <translation>Aucune modification.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="275"/>
        <source>Saved to mid.conf. The server uses the new address and URL after it restarts.</source>
        <translation>Enregistré dans mid.conf. Le serveur utilisera la nouvelle adresse et la nouvelle URL après son redémarrage.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="277"/>
        <source>Saved and applied.</source>
        <translation>Enregistré et appliqué.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="304"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="304"/>
        <source>Token only</source>
        <translation>Jeton uniquement</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="329"/>
        <location filename="../ui/panels/SettingsPanel.cpp" line="334"/>
        <location filename="../ui/panels/SettingsPanel.cpp" line="340"/>
        <source>Add operator</source>
        <translation>Ajouter un opérateur</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="329"/>
        <source>Username:</source>
        <translation>Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="334"/>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="340"/>
        <source>Password (at least 10 characters):</source>
        <translation>Mot de passe (au moins 10 caractères) :</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="357"/>
        <source>Change role</source>
        <translation>Modifier le rôle</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="357"/>
        <source>New role of %1:</source>
        <translation>Nouveau rôle de %1 :</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="373"/>
        <source>Set password</source>
        <translation>Définir le mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="373"/>
        <source>New password of %1:</source>
        <translation>Nouveau mot de passe de %1 :</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="386"/>
        <source>Delete operator</source>
        <translation>Supprimer l&apos;opérateur</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="387"/>
        <source>Delete the operator %1? Their logins end at once.</source>
        <translation>Supprimer l&apos;opérateur %1 ? Ses sessions prennent fin immédiatement.</translation>
    </message>
</context>
<context>
    <name>mid::ui::SigningKeySettings</name>
    <message>
        <location filename="../ui/panels/SigningKeySettings.cpp" line="21"/>
        <location filename="../ui/panels/SigningKeySettings.cpp" line="27"/>
        <source>Token signing keys</source>
        <translation>Clés de signature des jetons</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningKeySettings.cpp" line="22"/>
        <source>Published keys</source>
        <translation>Clés publiées</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningKeySettings.cpp" line="23"/>
        <source>Key set URL</source>
        <translation>URL du jeu de clés</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningKeySettings.cpp" line="24"/>
        <source>Signing key message</source>
        <translation>Message des clés de signature</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningKeySettings.cpp" line="25"/>
        <source>Rotate signing &amp;key…</source>
        <translation>Renouveler la &amp;clé de signature…</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningKeySettings.cpp" line="28"/>
        <source>Rotate signing key…</source>
        <translation>Renouveler la clé de signature…</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningKeySettings.cpp" line="30"/>
        <source>The box signs idTokens and DVS certificates with the newest key; relying parties verify them with the key set it publishes.</source>
        <translation>Le serveur signe les idTokens et les certificats DVS avec sa clé la plus récente ; les parties de confiance les vérifient avec le jeu de clés qu&apos;il publie.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningKeySettings.cpp" line="37"/>
        <source>Published keys:</source>
        <translation>Clés publiées :</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningKeySettings.cpp" line="38"/>
        <source>Key set:</source>
        <translation>Jeu de clés :</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningKeySettings.cpp" line="67"/>
        <source>Unknown</source>
        <translation>Inconnues</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningKeySettings.cpp" line="68"/>
        <source>Could not read the published keys: %1</source>
        <translation>Impossible de lire les clés publiées : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningKeySettings.cpp" line="77"/>
        <source>%1 (%2) — signs now</source>
        <translation>%1 (%2) — signe actuellement</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningKeySettings.cpp" line="78"/>
        <source>%1 (%2) — retired, still published</source>
        <translation>%1 (%2) — retirée, encore publiée</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningKeySettings.cpp" line="80"/>
        <source>None published</source>
        <translation>Aucune clé publiée</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningKeySettings.cpp" line="87"/>
        <source>Start signing with a new key</source>
        <translation>Commencer à signer avec une nouvelle clé</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningKeySettings.cpp" line="88"/>
        <source>Only admins can rotate the signing key.</source>
        <translation>Seuls les administrateurs peuvent renouveler la clé de signature.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningKeySettings.cpp" line="94"/>
        <source>Rotate signing key</source>
        <translation>Renouveler la clé de signature</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningKeySettings.cpp" line="95"/>
        <source>Start signing idTokens and DVS certificates with a new key?

Relying parties must fetch the key set (%1) again to verify what the new key signs. The old key stays published for 24 hours, so what it signed keeps verifying until then.</source>
        <translation>Signer désormais les idTokens et les certificats DVS avec une nouvelle clé ?

Les parties de confiance doivent récupérer de nouveau le jeu de clés (%1) pour vérifier ce que signe la nouvelle clé. L&apos;ancienne clé reste publiée pendant 24 heures : ce qu&apos;elle a signé reste vérifiable jusque-là.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningKeySettings.cpp" line="99"/>
        <source>Rotate</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningKeySettings.cpp" line="99"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningKeySettings.cpp" line="109"/>
        <source>The signing key was not rotated: %1</source>
        <translation>La clé de signature n&apos;a pas été renouvelée : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningKeySettings.cpp" line="111"/>
        <source>Now signing with %1. %2 stays published until %3.</source>
        <translation>Signature désormais avec %1. %2 reste publiée jusqu&apos;au %3.</translation>
    </message>
</context>
<context>
    <name>mid::ui::SigningPanel</name>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="47"/>
        <source>Intent</source>
        <translation>Intention</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="48"/>
        <source>Signer</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="49"/>
        <location filename="../ui/panels/SigningPanel.cpp" line="174"/>
        <source>Tenant</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="50"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="51"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="52"/>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="53"/>
        <source>Signed</source>
        <translation>Signée</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="54"/>
        <source>Decided</source>
        <translation>Décidé</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="55"/>
        <source>Document type</source>
        <translation>Type de document</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="56"/>
        <source>Session ID</source>
        <translation>ID de session</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="57"/>
        <source>Consent ID</source>
        <translation>ID de consentement</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="62"/>
        <source>Credential ID</source>
        <translation>ID d&apos;identifiant</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="63"/>
        <source>Algorithm</source>
        <translation>Algorithme</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="64"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="65"/>
        <source>Signed at</source>
        <translation>Signée le</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="66"/>
        <source>Authenticator data</source>
        <translation>Données de l’authentificateur</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="67"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="131"/>
        <source>Could not load the signing sessions: %1</source>
        <translation>Les sessions de signature n’ont pas pu être chargées : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="133"/>
        <source>The signing sessions could not be loaded.
Press F5 to try again.</source>
        <translation>Les sessions de signature n’ont pas pu être chargées.
Appuyez sur F5 pour réessayer.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="163"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="164"/>
        <source>Show the sessions in one state; the number is how many there are</source>
        <translation>Afficher les sessions dans un seul état ; le nombre indique combien il y en a</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="167"/>
        <location filename="../ui/panels/SigningPanel.cpp" line="414"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="175"/>
        <source>Show the sessions of one tenant only</source>
        <translation>Afficher les sessions d’un seul client</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="177"/>
        <source>All tenants</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="181"/>
        <source>Session count</source>
        <translation>Nombre de sessions</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="192"/>
        <location filename="../ui/panels/SigningPanel.cpp" line="670"/>
        <location filename="../ui/panels/SigningPanel.cpp" line="689"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="215"/>
        <source>Signing session list</source>
        <translation>Liste des sessions de signature</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="220"/>
        <source>Empty state</source>
        <translation>État vide</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="231"/>
        <source>Document name</source>
        <translation>Nom du document</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="232"/>
        <source>Session status</source>
        <translation>Statut de la session</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="246"/>
        <location filename="../ui/panels/SigningPanel.cpp" line="317"/>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="249"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="250"/>
        <location filename="../ui/panels/SigningPanel.cpp" line="261"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="252"/>
        <source>Copy SHA-256</source>
        <translation>Copier le SHA-256</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="253"/>
        <source>Put the document&apos;s SHA-256 on the clipboard</source>
        <translation>Mettre le SHA-256 du document dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="257"/>
        <source>SHA-256:</source>
        <translation>SHA-256 :</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="258"/>
        <source>Approval link</source>
        <translation>Lien d&apos;approbation</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="263"/>
        <source>Copy approval link</source>
        <translation>Copier le lien d&apos;approbation</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="264"/>
        <source>Put the link the signer&apos;s phone opens (the QR code&apos;s) on the clipboard</source>
        <translation>Mettre dans le presse-papiers le lien qu’ouvre le téléphone du signataire (celui du code QR)</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="269"/>
        <source>Approval link:</source>
        <translation>Lien d’approbation :</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="272"/>
        <source>SHA-256 copied.</source>
        <translation>SHA-256 copié.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="274"/>
        <source>Approval link copied.</source>
        <translation>Lien d’approbation copié.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="278"/>
        <source>Clipboard</source>
        <translation>Presse-papiers</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="285"/>
        <location filename="../ui/panels/SigningPanel.cpp" line="308"/>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="294"/>
        <source>Select a signing session to see the document&apos;s fingerprint, the signer&apos;s evidence and the seal, and to check the seal.</source>
        <translation>Sélectionnez une session de signature pour voir l’empreinte du document, la preuve du signataire et le sceau, et pour vérifier le sceau.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="297"/>
        <source>Signing session details</source>
        <translation>Détails de la session de signature</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="320"/>
        <source>Client data (decoded)</source>
        <translation>Données client (décodées)</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="323"/>
        <source>Client data</source>
        <translation>Données client</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="328"/>
        <location filename="../ui/panels/SigningPanel.cpp" line="331"/>
        <source>Seal</source>
        <translation>Sceau</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="340"/>
        <location filename="../ui/panels/SigningPanel.cpp" line="342"/>
        <source>Verify seal</source>
        <translation>Vérifier le sceau</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="343"/>
        <source>Check the seal here, with the server&apos;s published keys only: its signature, the document it names and the signer&apos;s assertion</source>
        <translation>Vérifier le sceau ici, avec les seules clés publiées par le serveur : sa signature, le document qu’il désigne et l’assertion du signataire</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="346"/>
        <location filename="../ui/panels/SigningPanel.cpp" line="348"/>
        <source>Copy seal</source>
        <translation>Copier le sceau</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="349"/>
        <source>Put the seal (a compact JWS) on the clipboard</source>
        <translation>Mettre le sceau (un JWS compact) dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="350"/>
        <location filename="../ui/panels/SigningPanel.cpp" line="352"/>
        <source>Save evidence…</source>
        <translation>Enregistrer la preuve…</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="353"/>
        <source>Save the evidence, the seal and the server&apos;s keys as one JSON file anyone can check again (Ctrl+S)</source>
        <translation>Enregistrer la preuve, le sceau et les clés du serveur dans un fichier JSON que chacun peut revérifier (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="363"/>
        <source>Seal copied.</source>
        <translation>Sceau copié.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="368"/>
        <source>Seal check</source>
        <translation>Vérification du sceau</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="415"/>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="507"/>
        <source>Waiting for %1 to sign on their phone: the evidence and the seal appear here as soon as they do.</source>
        <translation>En attente de la signature de %1 sur son téléphone : la preuve et le sceau apparaissent ici dès qu’elle est faite.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="511"/>
        <source>The signer refused to sign: there is no evidence to keep.</source>
        <translation>Le signataire a refusé de signer : il n’y a pas de preuve à conserver.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="513"/>
        <source>The session expired before the signer signed.</source>
        <translation>La session a expiré avant que le signataire signe.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="515"/>
        <source>The tenant withdrew the session before it was signed.</source>
        <translation>Le client a retiré la session avant sa signature.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="517"/>
        <source>Loading the evidence…</source>
        <translation>Chargement de la preuve…</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="553"/>
        <source>Loading signing sessions…</source>
        <translation>Chargement des sessions de signature…</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="555"/>
        <source>No signing sessions match the filter.</source>
        <translation>Aucune session de signature ne correspond au filtre.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="557"/>
        <source>No signing sessions yet.
A session appears here as soon as a tenant asks someone to sign a document (POST /v1/signing/sessions).</source>
        <translation>Aucune session de signature pour l’instant.
Une session apparaît ici dès qu’un client demande à quelqu’un de signer un document (POST /v1/signing/sessions).</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="569"/>
        <source>1 session</source>
        <translation>1 session</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="571"/>
        <source>%L1 sessions</source>
        <translation>%L1 sessions</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="590"/>
        <source>Checking the seal…</source>
        <translation>Vérification du sceau…</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="600"/>
        <source>The server&apos;s keys could not be read (/dvs/jwks): %1</source>
        <translation>Les clés du serveur n’ont pas pu être lues (/dvs/jwks) : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="629"/>
        <source>✓ Seal valid: signed by key %1 at %2; the signer&apos;s assertion commits to this document&apos;s SHA-256.</source>
        <translation>✓ Sceau valide : signé par la clé %1 le %2 ; l’assertion du signataire engage le SHA-256 de ce document.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="635"/>
        <source>✕ Seal invalid: %1</source>
        <translation>✕ Sceau invalide : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="656"/>
        <source>Save evidence</source>
        <translation>Enregistrer la preuve</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="657"/>
        <source>Evidence bundle (*.json)</source>
        <translation>Dossier de preuve (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="669"/>
        <location filename="../ui/panels/SigningPanel.cpp" line="684"/>
        <location filename="../ui/panels/SigningPanel.h" line="42"/>
        <source>Signing</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="669"/>
        <source>The evidence could not be read.</source>
        <translation>La preuve n’a pas pu être lue.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="679"/>
        <source>Evidence saved to %1.</source>
        <translation>Preuve enregistrée dans %1.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SigningPanel.cpp" line="685"/>
        <source>The evidence could not be written to %1.</source>
        <translation>La preuve n’a pas pu être écrite dans %1.</translation>
    </message>
</context>
<context>
    <name>mid::ui::SigningSessionsModel</name>
    <message>
        <location filename="../ui/models/SigningSessionsModel.cpp" line="60"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../ui/models/SigningSessionsModel.cpp" line="62"/>
        <source>Mandate</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <location filename="../ui/models/SigningSessionsModel.cpp" line="106"/>
        <source>%1
SHA-256 %2</source>
        <translation>%1
SHA-256 %2</translation>
    </message>
    <message>
        <location filename="../ui/models/SigningSessionsModel.cpp" line="141"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../ui/models/SigningSessionsModel.cpp" line="143"/>
        <source>Tenant</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/models/SigningSessionsModel.cpp" line="145"/>
        <source>Signer</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <location filename="../ui/models/SigningSessionsModel.cpp" line="147"/>
        <source>Intent</source>
        <translation>Intention</translation>
    </message>
    <message>
        <location filename="../ui/models/SigningSessionsModel.cpp" line="149"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../ui/models/SigningSessionsModel.cpp" line="151"/>
        <location filename="../ui/panels/SigningPanel.cpp" line="206"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/models/SigningSessionsModel.cpp" line="153"/>
        <source>Signed at</source>
        <translation>Signée le</translation>
    </message>
</context>
<context>
    <name>mid::ui::SimulatorSidePane</name>
    <message>
        <location filename="../ui/simulator/SimulatorSidePane.cpp" line="31"/>
        <location filename="../ui/simulator/SimulatorSidePane.cpp" line="39"/>
        <source>Reset phone…</source>
        <translation>Réinitialiser le téléphone…</translation>
    </message>
    <message>
        <location filename="../ui/simulator/SimulatorSidePane.cpp" line="35"/>
        <source>A phone inside the console. It speaks to the server only through the public API, exactly as the MID app does: enrollment with an SMS code, a FIDO2 passkey with real keys and attestation, and approvals signed with real assertions.</source>
        <translation>Un téléphone intégré à la console. Il communique avec le serveur uniquement par l&apos;API publique, exactement comme l&apos;application MID : enrôlement avec un code SMS, clé d&apos;accès FIDO2 avec de vraies clés et une vraie attestation, et approbations signées par de vraies assertions.</translation>
    </message>
    <message>
        <location filename="../ui/simulator/SimulatorSidePane.cpp" line="40"/>
        <source>Forget this number&apos;s passkey and ids on the simulated phone</source>
        <translation>Oublier la clé d&apos;accès et les ID de ce numéro sur le téléphone simulé</translation>
    </message>
    <message>
        <location filename="../ui/simulator/SimulatorSidePane.cpp" line="44"/>
        <source>Device simulator</source>
        <translation>Simulateur d&apos;appareil</translation>
    </message>
    <message>
        <location filename="../ui/simulator/SimulatorSidePane.cpp" line="47"/>
        <source>This phone</source>
        <translation>Ce téléphone</translation>
    </message>
    <message>
        <location filename="../ui/simulator/SimulatorSidePane.cpp" line="51"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../ui/simulator/SimulatorSidePane.cpp" line="66"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../ui/simulator/SimulatorSidePane.cpp" line="67"/>
        <source>Device ID</source>
        <translation>ID d&apos;appareil</translation>
    </message>
    <message>
        <location filename="../ui/simulator/SimulatorSidePane.cpp" line="68"/>
        <source>Passkey</source>
        <translation>Clé d&apos;accès</translation>
    </message>
    <message>
        <location filename="../ui/simulator/SimulatorSidePane.cpp" line="69"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../ui/simulator/SimulatorSidePane.cpp" line="70"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/simulator/SimulatorSidePane.cpp" line="80"/>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <location filename="../ui/simulator/SimulatorSidePane.cpp" line="88"/>
        <source>Phone activity</source>
        <translation>Activité du téléphone</translation>
    </message>
    <message>
        <location filename="../ui/simulator/SimulatorSidePane.cpp" line="95"/>
        <source>Nothing yet.
Every step the phone takes (enrollment, passkey, approvals) is listed here.</source>
        <translation>Rien pour l&apos;instant.
Chaque étape effectuée par le téléphone (enrôlement, clé d&apos;accès, approbations) s&apos;affiche ici.</translation>
    </message>
    <message>
        <location filename="../ui/simulator/SimulatorSidePane.cpp" line="102"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/simulator/SimulatorSidePane.cpp" line="103"/>
        <source>Not registered</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../ui/simulator/SimulatorSidePane.cpp" line="105"/>
        <source>%1 · sign count %2</source>
        <translation>%1 · compteur de signatures %2</translation>
    </message>
    <message>
        <location filename="../ui/simulator/SimulatorSidePane.cpp" line="108"/>
        <location filename="../ui/simulator/SimulatorSidePane.cpp" line="109"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../ui/simulator/SimulatorSidePane.cpp" line="110"/>
        <source>%1 (MPin)</source>
        <translation>%1 (MPin)</translation>
    </message>
    <message>
        <location filename="../ui/simulator/SimulatorSidePane.cpp" line="120"/>
        <source>Not enrolled</source>
        <translation>Non enrôlé</translation>
    </message>
    <message>
        <location filename="../ui/simulator/SimulatorSidePane.cpp" line="122"/>
        <source>Waiting for the SMS code</source>
        <translation>En attente du code SMS</translation>
    </message>
    <message>
        <location filename="../ui/simulator/SimulatorSidePane.cpp" line="124"/>
        <source>Verified, no passkey yet</source>
        <translation>Vérifié, pas encore de clé d&apos;accès</translation>
    </message>
    <message>
        <location filename="../ui/simulator/SimulatorSidePane.cpp" line="126"/>
        <source>Activating with a verification link</source>
        <translation>Activation avec un lien de vérification</translation>
    </message>
    <message>
        <location filename="../ui/simulator/SimulatorSidePane.cpp" line="130"/>
        <source>Blocked by an operator</source>
        <translation>Bloqué par un opérateur</translation>
    </message>
    <message>
        <location filename="../ui/simulator/SimulatorSidePane.cpp" line="130"/>
        <source>Registered</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../ui/simulator/SimulatorSidePane.cpp" line="149"/>
        <source>Reset phone</source>
        <translation>Réinitialiser le téléphone</translation>
    </message>
    <message>
        <location filename="../ui/simulator/SimulatorSidePane.cpp" line="150"/>
        <source>Forget the passkey and ids this simulated phone keeps for %1?

The private key is destroyed: this phone can no longer approve anything for the number. The server still lists the device until an operator deregisters it (Devices panel).</source>
        <translation>Oublier la clé d&apos;accès et les ID que ce téléphone simulé conserve pour %1 ?

La clé privée est détruite : ce téléphone ne pourra plus rien approuver pour ce numéro. Le serveur continue de répertorier l&apos;appareil jusqu&apos;à ce qu&apos;un opérateur le désinscrive (panneau Appareils).</translation>
    </message>
    <message>
        <location filename="../ui/simulator/SimulatorSidePane.cpp" line="154"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location filename="../ui/simulator/SimulatorSidePane.cpp" line="154"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>mid::ui::StatTile</name>
    <message>
        <location filename="../ui/widgets/StatTile.cpp" line="99"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>mid::ui::StatusDelegate</name>
    <message>
        <location filename="../ui/widgets/StatusDelegate.cpp" line="45"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusDelegate.cpp" line="46"/>
        <source>Scanned</source>
        <translation>Scanné</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusDelegate.cpp" line="47"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusDelegate.cpp" line="48"/>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusDelegate.cpp" line="49"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusDelegate.cpp" line="50"/>
        <source>Registered</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusDelegate.cpp" line="51"/>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusDelegate.cpp" line="52"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusDelegate.cpp" line="53"/>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusDelegate.cpp" line="54"/>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusDelegate.cpp" line="55"/>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusDelegate.cpp" line="56"/>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusDelegate.cpp" line="57"/>
        <source>Deregistered</source>
        <translation>Désinscrit</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusDelegate.cpp" line="58"/>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusDelegate.cpp" line="59"/>
        <source>Retrying</source>
        <translation>Nouvel essai</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusDelegate.cpp" line="60"/>
        <source>Held</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusDelegate.cpp" line="61"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusDelegate.cpp" line="62"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusDelegate.cpp" line="63"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusDelegate.cpp" line="64"/>
        <source>Not configured</source>
        <translation>Non configuré</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusDelegate.cpp" line="65"/>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusDelegate.cpp" line="66"/>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusDelegate.cpp" line="67"/>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusDelegate.cpp" line="68"/>
        <source>Signed</source>
        <translation>Signée</translation>
    </message>
</context>
<context>
    <name>mid::ui::TlsSettings</name>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="43"/>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="43"/>
        <source>%L1 days</source>
        <translation>%L1 jours</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="59"/>
        <location filename="../ui/panels/TlsSettings.cpp" line="68"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="60"/>
        <source>TLS status</source>
        <translation>État TLS</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="61"/>
        <source>Certificate fingerprint</source>
        <translation>Empreinte du certificat</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="62"/>
        <location filename="../ui/panels/TlsSettings.cpp" line="74"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="62"/>
        <source>Validity</source>
        <translation>Validité</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="63"/>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="63"/>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="64"/>
        <source>CA download URL</source>
        <translation>URL de téléchargement de l&apos;autorité</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="65"/>
        <source>CA fingerprint</source>
        <translation>Empreinte de l&apos;autorité</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="66"/>
        <source>TLS message</source>
        <translation>Message TLS</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="69"/>
        <source>Copy fingerprint</source>
        <translation>Copier l&apos;empreinte</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="70"/>
        <source>Copy the SHA-256 fingerprint to the clipboard</source>
        <translation>Copier l&apos;empreinte SHA-256 dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="73"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="81"/>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="83"/>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256 :</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="84"/>
        <source>Valid:</source>
        <translation>Validité :</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="85"/>
        <source>Names:</source>
        <translation>Noms :</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="86"/>
        <source>Issuer:</source>
        <translation>Émetteur :</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="88"/>
        <source>CA for phones:</source>
        <translation>Autorité pour les téléphones :</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="89"/>
        <source>CA fingerprint:</source>
        <translation>Empreinte de l&apos;autorité :</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="104"/>
        <source>Re&amp;generate certificate…</source>
        <translation>Ré&amp;générer le certificat…</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="105"/>
        <source>L&amp;oad certificate and key…</source>
        <translation>C&amp;harger un certificat et sa clé…</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="120"/>
        <source>Could not read the TLS settings: %1</source>
        <translation>Impossible de lire les paramètres TLS : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="148"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="150"/>
        <source>On: HTTPS with a certificate from this box&apos;s own CA (--tls auto).</source>
        <translation>Activé : HTTPS avec un certificat de l&apos;autorité propre à ce serveur (--tls auto).</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="152"/>
        <source>On: HTTPS with your own certificate.</source>
        <translation>Activé : HTTPS avec votre propre certificat.</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="154"/>
        <source>Off: plain HTTP. The certificate loaded here is served after the server restarts.</source>
        <translation>Désactivé : HTTP simple. Le certificat chargé ici sera servi après le redémarrage du serveur.</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="156"/>
        <source>Off: plain HTTP. Start the server with --tls auto to serve HTTPS; phones need it for passkeys.</source>
        <translation>Désactivé : HTTP simple. Démarrez le serveur avec --tls auto pour servir HTTPS ; les téléphones en ont besoin pour les clés d&apos;accès.</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="167"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="171"/>
        <source>⚠ Expired: browsers and phones refuse it. Regenerate it or load a new one.</source>
        <translation>⚠ Expiré : les navigateurs et les téléphones le refusent. Régénérez-le ou chargez-en un nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="175"/>
        <source>⚠ Expires in %1. Regenerate it or load a new one.</source>
        <translation>⚠ Expire dans %1. Régénérez-le ou chargez-en un nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="177"/>
        <source>(%1 left)</source>
        <translation>(encore %1)</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="185"/>
        <source>This box&apos;s own CA (%1)</source>
        <translation>Autorité propre à ce serveur (%1)</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="186"/>
        <source>%1 (your own certificate)</source>
        <translation>%1 (votre propre certificat)</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="201"/>
        <source>A phone trusts this box once it has installed this CA: &quot;Set up this phone&quot; in the QR presenter walks it through.</source>
        <translation>Un téléphone fait confiance à ce serveur une fois cette autorité installée : « Configurer ce téléphone » dans le présentateur QR l&apos;y guide.</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="210"/>
        <source>Only admins can change the server&apos;s certificate.</source>
        <translation>Seuls les administrateurs peuvent changer le certificat du serveur.</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="213"/>
        <source>TLS is off: start the server with --tls auto to serve a certificate from its own CA.</source>
        <translation>TLS est désactivé : démarrez le serveur avec --tls auto pour servir un certificat de sa propre autorité.</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="215"/>
        <source>Issue a new certificate from this box&apos;s own CA for every name it is reached by</source>
        <translation>Délivrer un nouveau certificat de l&apos;autorité de ce serveur pour chaque nom par lequel on le joint</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="218"/>
        <source>Serve your own certificate and private key (PEM files)</source>
        <translation>Servir votre propre certificat et sa clé privée (fichiers PEM)</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="225"/>
        <source>Regenerate certificate</source>
        <translation>Régénérer le certificat</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="226"/>
        <source>Issue a new certificate from this box&apos;s own CA? It is served from the next connection on. Phones that trust the box&apos;s CA keep working; other consoles and programs that pinned the current certificate refuse to connect until their operator accepts the new fingerprint.</source>
        <translation>Délivrer un nouveau certificat de l&apos;autorité propre à ce serveur ? Il est servi dès la prochaine connexion. Les téléphones qui font confiance à l&apos;autorité du serveur continuent de fonctionner ; les autres consoles et programmes qui ont épinglé le certificat actuel refusent de se connecter tant que leur opérateur n&apos;a pas accepté la nouvelle empreinte.</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="230"/>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="230"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="233"/>
        <source>A new certificate is served from now on. Tell the operators of other consoles its fingerprint before they connect again.</source>
        <translation>Un nouveau certificat est servi dès maintenant. Communiquez son empreinte aux opérateurs des autres consoles avant qu&apos;ils ne se reconnectent.</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="248"/>
        <source>Saved. The server serves this certificate after it restarts.</source>
        <translation>Enregistré. Le serveur servira ce certificat après son redémarrage.</translation>
    </message>
    <message>
        <location filename="../ui/panels/TlsSettings.cpp" line="250"/>
        <source>Your certificate is served from now on.</source>
        <translation>Votre certificat est servi dès maintenant.</translation>
    </message>
</context>
<context>
    <name>mid::ui::WebhookDeliveriesModel</name>
    <message>
        <location filename="../ui/models/WebhookDeliveriesModel.cpp" line="67"/>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <location filename="../ui/models/WebhookDeliveriesModel.cpp" line="69"/>
        <source>in %1 s</source>
        <translation>dans %1 s</translation>
    </message>
    <message>
        <location filename="../ui/models/WebhookDeliveriesModel.cpp" line="71"/>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="369"/>
        <source>in %1 min</source>
        <translation>dans %1 min</translation>
    </message>
    <message>
        <location filename="../ui/models/WebhookDeliveriesModel.cpp" line="72"/>
        <source>in %1 h</source>
        <translation>dans %1 h</translation>
    </message>
    <message>
        <location filename="../ui/models/WebhookDeliveriesModel.cpp" line="78"/>
        <source>callback</source>
        <translation>rappel</translation>
    </message>
    <message>
        <location filename="../ui/models/WebhookDeliveriesModel.cpp" line="279"/>
        <source>%L1 ms</source>
        <translation>%L1 ms</translation>
    </message>
    <message>
        <location filename="../ui/models/WebhookDeliveriesModel.cpp" line="302"/>
        <source>The consent&apos;s own callback URL: %1</source>
        <translation>L&apos;URL de rappel propre au consentement : %1</translation>
    </message>
    <message>
        <location filename="../ui/models/WebhookDeliveriesModel.cpp" line="309"/>
        <source>Last answer: HTTP %1</source>
        <translation>Dernière réponse : HTTP %1</translation>
    </message>
    <message>
        <location filename="../ui/models/WebhookDeliveriesModel.cpp" line="360"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/models/WebhookDeliveriesModel.cpp" line="362"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../ui/models/WebhookDeliveriesModel.cpp" line="364"/>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <location filename="../ui/models/WebhookDeliveriesModel.cpp" line="366"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/models/WebhookDeliveriesModel.cpp" line="368"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location filename="../ui/models/WebhookDeliveriesModel.cpp" line="370"/>
        <source>Next retry</source>
        <translation>Prochain essai</translation>
    </message>
    <message>
        <location filename="../ui/models/WebhookDeliveriesModel.cpp" line="372"/>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
</context>
<context>
    <name>mid::ui::WebhookEndpointDialog</name>
    <message>
        <location filename="../ui/dialogs/WebhookEndpointDialog.cpp" line="24"/>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WebhookEndpointDialog.cpp" line="26"/>
        <source>Use an https:// address; http:// is accepted only for this machine (e.g. http://127.0.0.1:9000/hook).</source>
        <translation>Utilisez une adresse https:// ; http:// n&apos;est accepté que pour cette machine (par ex. http://127.0.0.1:9000/hook).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WebhookEndpointDialog.cpp" line="29"/>
        <source>One of the events is not known to the server.</source>
        <translation>L&apos;un des événements est inconnu du serveur.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WebhookEndpointDialog.cpp" line="31"/>
        <source>At most 500 characters.</source>
        <translation>500 caractères au plus.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WebhookEndpointDialog.cpp" line="33"/>
        <source>This client no longer exists: pick another.</source>
        <translation>Ce client n&apos;existe plus : choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WebhookEndpointDialog.cpp" line="34"/>
        <source>Not valid (%1).</source>
        <translation>Non valide (%1).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WebhookEndpointDialog.cpp" line="45"/>
        <source>Edit webhook endpoint</source>
        <translation>Modifier le point de terminaison</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WebhookEndpointDialog.cpp" line="45"/>
        <source>New webhook endpoint</source>
        <translation>Nouveau point de terminaison</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WebhookEndpointDialog.cpp" line="52"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WebhookEndpointDialog.cpp" line="74"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WebhookEndpointDialog.cpp" line="82"/>
        <source>&amp;Client:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WebhookEndpointDialog.cpp" line="86"/>
        <source>Endpoint URL</source>
        <translation>URL du point de terminaison</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WebhookEndpointDialog.cpp" line="88"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WebhookEndpointDialog.cpp" line="92"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WebhookEndpointDialog.cpp" line="93"/>
        <source>Leave every box unchecked to receive all events</source>
        <translation>Ne cochez rien pour recevoir tous les événements</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WebhookEndpointDialog.cpp" line="105"/>
        <source>None checked: the endpoint receives every event.</source>
        <translation>Rien de coché : le point de terminaison reçoit tous les événements.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WebhookEndpointDialog.cpp" line="109"/>
        <source>&amp;Events:</source>
        <translation>Év&amp;énements :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WebhookEndpointDialog.cpp" line="113"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WebhookEndpointDialog.cpp" line="114"/>
        <source>What receives these events (optional)</source>
        <translation>Ce qui reçoit ces événements (facultatif)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WebhookEndpointDialog.cpp" line="116"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WebhookEndpointDialog.cpp" line="125"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WebhookEndpointDialog.cpp" line="125"/>
        <source>Create endpoint</source>
        <translation>Créer le point de terminaison</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WebhookEndpointDialog.cpp" line="130"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WebhookEndpointDialog.cpp" line="144"/>
        <source>%1 error</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WebhookEndpointDialog.cpp" line="176"/>
        <source>Create a client first (Clients panel), then add its endpoint.</source>
        <translation>Créez d&apos;abord un client (panneau Clients), puis ajoutez son point de terminaison.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WebhookEndpointDialog.cpp" line="216"/>
        <source>The server did not accept the endpoint: correct the fields marked below.</source>
        <translation>Le serveur n&apos;a pas accepté le point de terminaison : corrigez les champs signalés ci-dessous.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WebhookEndpointDialog.cpp" line="218"/>
        <source>The endpoint was not saved: %1</source>
        <translation>Le point de terminaison n&apos;a pas été enregistré : %1</translation>
    </message>
</context>
<context>
    <name>mid::ui::WebhookEndpointsModel</name>
    <message>
        <location filename="../ui/models/WebhookEndpointsModel.cpp" line="33"/>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <location filename="../ui/models/WebhookEndpointsModel.cpp" line="169"/>
        <source>%1
Endpoint ID: %2</source>
        <translation>%1
ID du point de terminaison : %2</translation>
    </message>
    <message>
        <location filename="../ui/models/WebhookEndpointsModel.cpp" line="200"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/models/WebhookEndpointsModel.cpp" line="202"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../ui/models/WebhookEndpointsModel.cpp" line="204"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../ui/models/WebhookEndpointsModel.cpp" line="206"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/models/WebhookEndpointsModel.cpp" line="208"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/models/WebhookEndpointsModel.cpp" line="210"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
</context>
<context>
    <name>mid::ui::WebhookSettings</name>
    <message>
        <location filename="../ui/panels/WebhookSettings.cpp" line="60"/>
        <location filename="../ui/panels/WebhookSettings.cpp" line="62"/>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhookSettings.cpp" line="63"/>
        <source>Allow deliveries to &amp;private networks</source>
        <translation>Autoriser les envois vers les réseaux &amp;privés</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhookSettings.cpp" line="64"/>
        <source>Allow deliveries to private networks</source>
        <translation>Autoriser les envois vers les réseaux privés</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhookSettings.cpp" line="65"/>
        <source>Outbound webhooks to private, link-local or unique-local addresses (10.x, 192.168.x, 169.254.x, fc00::/7…) are refused unless this is on. Loopback is always allowed.</source>
        <translation>Les webhooks sortants vers des adresses privées, de lien local ou locales uniques (10.x, 192.168.x, 169.254.x, fc00::/7…) sont refusés sauf si cette option est active. La boucle locale est toujours autorisée.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhookSettings.cpp" line="68"/>
        <source>Stripe signing secret</source>
        <translation>Secret de signature Stripe</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhookSettings.cpp" line="69"/>
        <source>Stripe signing secret state</source>
        <translation>État du secret de signature Stripe</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhookSettings.cpp" line="70"/>
        <location filename="../ui/panels/WebhookSettings.cpp" line="88"/>
        <source>App Store root certificates</source>
        <translation>Certificats racines App Store</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhookSettings.cpp" line="71"/>
        <source>App Store bundle id</source>
        <translation>Identifiant de bundle App Store</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhookSettings.cpp" line="72"/>
        <source>Any (not checked)</source>
        <translation>Quelconque (non vérifié)</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhookSettings.cpp" line="73"/>
        <source>Google Play audience</source>
        <translation>Audience Google Play</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhookSettings.cpp" line="74"/>
        <location filename="../ui/panels/WebhookSettings.cpp" line="92"/>
        <source>Google Play JWKS</source>
        <translation>JWKS Google Play</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhookSettings.cpp" line="75"/>
        <source>Google Play push token</source>
        <translation>Jeton de push Google Play</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhookSettings.cpp" line="76"/>
        <source>Google Play push token state</source>
        <translation>État du jeton de push Google Play</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhookSettings.cpp" line="81"/>
        <source>Load PEM…</source>
        <translation>Charger un PEM…</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhookSettings.cpp" line="81"/>
        <source>Load App Store root certificates</source>
        <translation>Charger les certificats racines App Store</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhookSettings.cpp" line="82"/>
        <location filename="../ui/panels/WebhookSettings.cpp" line="84"/>
        <location filename="../ui/panels/WebhookSettings.cpp" line="85"/>
        <location filename="../ui/panels/WebhookSettings.cpp" line="86"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhookSettings.cpp" line="82"/>
        <source>Clear App Store root certificates</source>
        <translation>Effacer les certificats racines App Store</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhookSettings.cpp" line="83"/>
        <source>Load JWKS…</source>
        <translation>Charger un JWKS…</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhookSettings.cpp" line="83"/>
        <source>Load Google Play JWKS</source>
        <translation>Charger le JWKS Google Play</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhookSettings.cpp" line="84"/>
        <source>Clear Google Play JWKS</source>
        <translation>Effacer le JWKS Google Play</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhookSettings.cpp" line="85"/>
        <source>Clear Stripe signing secret</source>
        <translation>Effacer le secret de signature Stripe</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhookSettings.cpp" line="86"/>
        <source>Clear Google Play push token</source>
        <translation>Effacer le jeton de push Google Play</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhookSettings.cpp" line="89"/>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhookSettings.cpp" line="93"/>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhookSettings.cpp" line="103"/>
        <source>Save &amp;webhook settings</source>
        <translation>Enregistrer les paramètres des &amp;webhooks</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhookSettings.cpp" line="109"/>
        <source>Secrets are never shown again once saved: leave a field empty to keep what is set.</source>
        <translation>Les secrets ne sont plus jamais affichés une fois enregistrés : laissez un champ vide pour conserver la valeur définie.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhookSettings.cpp" line="116"/>
        <source>&amp;Stripe signing secret:</source>
        <translation>Secret de signature &amp;Stripe :</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhookSettings.cpp" line="118"/>
        <source>App Store root certificates:</source>
        <translation>Certificats racines App Store :</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhookSettings.cpp" line="119"/>
        <source>App Store &amp;bundle id:</source>
        <translation>Identifiant de &amp;bundle App Store :</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhookSettings.cpp" line="120"/>
        <source>Google Play &amp;audience:</source>
        <translation>&amp;Audience Google Play :</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhookSettings.cpp" line="121"/>
        <source>Google Play JWKS:</source>
        <translation>JWKS Google Play :</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhookSettings.cpp" line="122"/>
        <source>Google Play push &amp;token:</source>
        <translation>&amp;Jeton de push Google Play :</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhookSettings.cpp" line="145"/>
        <location filename="../ui/panels/WebhookSettings.cpp" line="170"/>
        <source>Set — type to replace</source>
        <translation>Défini — saisissez pour remplacer</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhookSettings.cpp" line="146"/>
        <source>whsec_…</source>
        <translation>whsec_…</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhookSettings.cpp" line="148"/>
        <source>Set: Stripe events are verified.</source>
        <translation>Défini : les événements Stripe sont vérifiés.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhookSettings.cpp" line="149"/>
        <source>Not set: /v1/webhooks/stripe answers 503 not_configured.</source>
        <translation>Non défini : /v1/webhooks/stripe répond 503 not_configured.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhookSettings.cpp" line="155"/>
        <source>%1 (SHA-256 %2…)</source>
        <translation>%1 (SHA-256 %2…)</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhookSettings.cpp" line="158"/>
        <location filename="../ui/panels/WebhookSettings.cpp" line="168"/>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhookSettings.cpp" line="167"/>
        <source>Keys: %1</source>
        <translation>Clés : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhookSettings.cpp" line="171"/>
        <source>At least 16 characters</source>
        <translation>Au moins 16 caractères</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhookSettings.cpp" line="172"/>
        <source>Set: pushes may authenticate with ?token=.</source>
        <translation>Défini : les push peuvent s&apos;authentifier avec ?token=.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhookSettings.cpp" line="173"/>
        <source>Not set.</source>
        <translation>Non défini.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhookSettings.cpp" line="186"/>
        <source>%1 could not be read (at most 1 MiB).</source>
        <translation>Impossible de lire %1 (1 Mio au plus).</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhookSettings.cpp" line="191"/>
        <source>%1 — not saved yet</source>
        <translation>%1 — pas encore enregistré</translation>
    </message>
</context>
<context>
    <name>mid::ui::WebhooksPanel</name>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="48"/>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="317"/>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="49"/>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="68"/>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="315"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="50"/>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="331"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="51"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="52"/>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="367"/>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="451"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="53"/>
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="54"/>
        <source>Last answer</source>
        <translation>Dernière réponse</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="55"/>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="381"/>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="56"/>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="57"/>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="58"/>
        <source>Replay of</source>
        <translation>Rejeu de</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="59"/>
        <source>Delivery ID</source>
        <translation>ID de livraison</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="60"/>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="69"/>
        <source>Event ID</source>
        <translation>ID d&apos;événement</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="64"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="65"/>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1185"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="66"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="67"/>
        <source>HTTP answer</source>
        <translation>Réponse HTTP</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="70"/>
        <source>Duplicate of</source>
        <translation>Doublon de</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="71"/>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="72"/>
        <source>Body size</source>
        <translation>Taille du corps</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="73"/>
        <source>Request ID</source>
        <translation>ID de requête</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="99"/>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="120"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="123"/>
        <source>(%L1 bytes of binary data, base64)
%2</source>
        <translation>(%L1 octets de données binaires, base64)
%2</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="127"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="159"/>
        <source>Webhook views</source>
        <translation>Vues des webhooks</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="161"/>
        <source>&amp;Deliveries</source>
        <translation>&amp;Livraisons</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="162"/>
        <source>&amp;Endpoints</source>
        <translation>&amp;Points de terminaison</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="163"/>
        <source>&amp;Inbound</source>
        <translation>&amp;Entrants</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="164"/>
        <source>What the box sent to the tenants&apos; endpoints</source>
        <translation>Ce que le serveur a envoyé aux points de terminaison des clients</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="165"/>
        <source>Where each tenant receives its events</source>
        <translation>Où chaque client reçoit ses événements</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="166"/>
        <source>What Stripe, the App Store and Google Play sent here</source>
        <translation>Ce que Stripe, l&apos;App Store et Google Play ont envoyé ici</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="170"/>
        <source>Last action</source>
        <translation>Dernière action</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="218"/>
        <source>Could not load the deliveries: %1</source>
        <translation>Impossible de charger les livraisons : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="220"/>
        <source>The deliveries could not be loaded.
Press F5 to try again.</source>
        <translation>Les livraisons n&apos;ont pas pu être chargées.
Appuyez sur F5 pour réessayer.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="234"/>
        <source>Could not load the endpoints: %1</source>
        <translation>Impossible de charger les points de terminaison : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="236"/>
        <source>The endpoints could not be loaded.
Press F5 to try again.</source>
        <translation>Les points de terminaison n&apos;ont pas pu être chargés.
Appuyez sur F5 pour réessayer.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="242"/>
        <source>Could not load the inbound requests: %1</source>
        <translation>Impossible de charger les requêtes entrantes : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="244"/>
        <source>The inbound requests could not be loaded.
Press F5 to try again.</source>
        <translation>Les requêtes entrantes n&apos;ont pas pu être chargées.
Appuyez sur F5 pour réessayer.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="316"/>
        <source>Show the deliveries of one client only</source>
        <translation>N&apos;afficher que les livraisons d&apos;un client</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="316"/>
        <source>All clients</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="318"/>
        <source>Show the deliveries to one endpoint only</source>
        <translation>N&apos;afficher que les livraisons vers un point de terminaison</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="318"/>
        <source>All endpoints</source>
        <translation>Tous les points de terminaison</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="321"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="322"/>
        <source>Show the deliveries of one event type only</source>
        <translation>N&apos;afficher qu&apos;un type d&apos;événement</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="322"/>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="323"/>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="366"/>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="916"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="324"/>
        <source>Show the deliveries in one state only</source>
        <translation>N&apos;afficher que les livraisons dans un état</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="324"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="332"/>
        <source>Session or device ID</source>
        <translation>ID de session ou d&apos;appareil</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="333"/>
        <source>Show the deliveries about one consent session, device or enrollment: paste its whole ID (Ctrl+F)</source>
        <translation>N&apos;afficher que les livraisons concernant une session de consentement, un appareil ou un enrôlement : collez son ID complet (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="340"/>
        <source>Delivery count</source>
        <translation>Nombre de livraisons</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="355"/>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="910"/>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1209"/>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1493"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="368"/>
        <source>Next retry</source>
        <translation>Prochain essai</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="373"/>
        <source>Deliveries</source>
        <translation>Livraisons</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="392"/>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="934"/>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1235"/>
        <source>Empty state</source>
        <translation>État vide</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="409"/>
        <source>Delivery heading</source>
        <translation>Titre de la livraison</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="415"/>
        <source>Delivery status</source>
        <translation>Statut de la livraison</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="426"/>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="428"/>
        <source>Replay</source>
        <translation>Rejouer</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="429"/>
        <source>Send the same event again to the same place, as a new delivery (Ctrl+R in the list)</source>
        <translation>Renvoyer le même événement au même endroit, comme une nouvelle livraison (Ctrl+R dans la liste)</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="431"/>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="433"/>
        <source>Copy as curl</source>
        <translation>Copier en commande curl</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="434"/>
        <source>Put a curl command that sends this request on the clipboard, to try the receiver by hand</source>
        <translation>Copier une commande curl qui envoie cette requête, pour essayer le destinataire à la main</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="443"/>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="446"/>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="454"/>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="463"/>
        <source>Attempt summary</source>
        <translation>Résumé de la tentative</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="470"/>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="769"/>
        <source>Signature checks</source>
        <translation>Vérification des signatures</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="478"/>
        <source>Request and response</source>
        <translation>Requête et réponse</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="488"/>
        <source>Response status</source>
        <translation>Statut de la réponse</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="492"/>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1285"/>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="495"/>
        <source>Response headers</source>
        <translation>En-têtes de la réponse</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="495"/>
        <source>Request headers</source>
        <translation>En-têtes de la requête</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="498"/>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="501"/>
        <source>Response body</source>
        <translation>Corps de la réponse</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="501"/>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="505"/>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="507"/>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="513"/>
        <source>Select a delivery to inspect its payload, every attempt&apos;s request and response, and the signature checks.</source>
        <translation>Sélectionnez une livraison pour inspecter sa charge utile, la requête et la réponse de chaque tentative, et la vérification des signatures.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="516"/>
        <source>Delivery inspector</source>
        <translation>Inspecteur de livraison</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="549"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="606"/>
        <source>Delivery %1 could not be read.</source>
        <translation>La livraison %1 n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="627"/>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="629"/>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1317"/>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1318"/>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1319"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="651"/>
        <source>%1 (the consent&apos;s callback URL)</source>
        <translation>%1 (l&apos;URL de rappel du consentement)</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="660"/>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1355"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="667"/>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="718"/>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="792"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="669"/>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="754"/>
        <source>%L1 ms</source>
        <translation>%L1 ms</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="690"/>
        <source>The delivery could not be read: %1</source>
        <translation>La livraison n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="691"/>
        <source>Press F5 to reload the list, then select it again.</source>
        <translation>Appuyez sur F5 pour recharger la liste, puis sélectionnez-la de nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="703"/>
        <source>The event of this delivery is no longer stored.</source>
        <translation>L&apos;événement de cette livraison n&apos;est plus conservé.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="718"/>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="755"/>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="719"/>
        <source>Attempt %1 — %2 — %L3 ms</source>
        <translation>Tentative %1 — %2 — %L3 ms</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="740"/>
        <source>Not attempted: the endpoint is paused. The delivery is sent when the endpoint is resumed.</source>
        <translation>Pas de tentative : le point de terminaison est en pause. La livraison partira quand il sera réactivé.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="743"/>
        <source>Not attempted: the delivery was cancelled.</source>
        <translation>Pas de tentative : la livraison a été annulée.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="745"/>
        <source>Not attempted yet. The request, the response and the signature checks appear here after the first attempt.</source>
        <translation>Pas encore de tentative. La requête, la réponse et la vérification des signatures apparaîtront ici après la première tentative.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="753"/>
        <source>Started %1</source>
        <translation>Commencée le %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="755"/>
        <source>answered HTTP %1</source>
        <translation>réponse HTTP %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="758"/>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="766"/>
        <source>Signatures: not checked</source>
        <translation>Signatures : non vérifiées</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="778"/>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="778"/>
        <source>does not match</source>
        <translation>ne correspond pas</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="791"/>
        <source>HTTP %1 (body truncated at 64 KiB)</source>
        <translation>HTTP %1 (corps tronqué à 64 Kio)</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="796"/>
        <source>No response: %1</source>
        <translation>Pas de réponse : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="812"/>
        <source>Delivery %1 was not replayed.</source>
        <translation>La livraison %1 n&apos;a pas été rejouée.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="817"/>
        <source>Replay queued as %1: the same event goes again to %2.</source>
        <translation>Rejeu mis en file sous %1 : le même événement repart vers %2.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="850"/>
        <source>curl command copied (unsigned: the delivery was not sent yet).</source>
        <translation>Commande curl copiée (non signée : la livraison n&apos;est pas encore partie).</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="851"/>
        <source>curl command copied, with the last attempt&apos;s headers.</source>
        <translation>Commande curl copiée, avec les en-têtes de la dernière tentative.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="870"/>
        <source>New endpoint…</source>
        <translation>Nouveau point de terminaison…</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="871"/>
        <source>Add a URL that receives a client&apos;s events (Ctrl+N)</source>
        <translation>Ajouter une URL qui reçoit les événements d&apos;un client (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="872"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="873"/>
        <source>Change the URL, events or description (Enter)</source>
        <translation>Modifier l&apos;URL, les événements ou la description (Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="874"/>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="970"/>
        <source>Pause</source>
        <translation>Mettre en pause</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="875"/>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="974"/>
        <source>Hold new deliveries until the endpoint is resumed</source>
        <translation>Retenir les nouvelles livraisons jusqu&apos;à la réactivation</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="876"/>
        <source>Send ping</source>
        <translation>Envoyer un ping</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="877"/>
        <source>Queue a test event to this endpoint only</source>
        <translation>Mettre en file un événement de test pour ce seul point de terminaison</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="878"/>
        <source>Rotate secret…</source>
        <translation>Renouveler le secret…</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="879"/>
        <source>Issue a new signing secret; the old one may stay valid for a while</source>
        <translation>Émettre un nouveau secret de signature ; l&apos;ancien peut rester valide un temps</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="881"/>
        <source>Show secret…</source>
        <translation>Afficher le secret…</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="882"/>
        <source>Read the signing secret again (recorded in the audit log)</source>
        <translation>Relire le secret de signature (consigné dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="883"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="884"/>
        <source>Delete the endpoint; what waits for it is cancelled (Delete)</source>
        <translation>Supprimer le point de terminaison ; ce qui lui était destiné est annulé (Suppr)</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="885"/>
        <source>Show its deliveries</source>
        <translation>Voir ses livraisons</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="886"/>
        <source>The Deliveries view, filtered to this endpoint</source>
        <translation>La vue Livraisons, filtrée sur ce point de terminaison</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="918"/>
        <source>Endpoints</source>
        <translation>Points de terminaison</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="969"/>
        <source>Resume</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="973"/>
        <source>Send what was held and what comes next again</source>
        <translation>Envoyer de nouveau ce qui a été retenu et ce qui suit</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="998"/>
        <source>Endpoint %1 created.</source>
        <translation>Point de terminaison %1 créé.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1016"/>
        <source>Endpoint %1 saved.</source>
        <translation>Point de terminaison %1 enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1032"/>
        <source>The endpoint was not paused.</source>
        <translation>Le point de terminaison n&apos;a pas été mis en pause.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1033"/>
        <source>The endpoint was not resumed.</source>
        <translation>Le point de terminaison n&apos;a pas été réactivé.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1038"/>
        <source>Endpoint paused: new deliveries wait until it is resumed.</source>
        <translation>Point de terminaison en pause : les nouvelles livraisons attendent sa réactivation.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1039"/>
        <source>Endpoint resumed: what was held is being sent.</source>
        <translation>Point de terminaison réactivé : ce qui était retenu part maintenant.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1050"/>
        <source>The ping was not queued.</source>
        <translation>Le ping n&apos;a pas été mis en file.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1062"/>
        <source>Ping queued as delivery %1.</source>
        <translation>Ping mis en file comme livraison %1.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1073"/>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1074"/>
        <source>Rotate signing secret</source>
        <translation>Renouveler le secret de signature</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1076"/>
        <source>Issue a new signing secret for %1?

The receiver must be given the new secret. Until the grace period ends, deliveries carry signatures made with both secrets.</source>
        <translation>Émettre un nouveau secret de signature pour %1 ?

Le destinataire devra recevoir le nouveau secret. Jusqu&apos;à la fin du délai de grâce, les livraisons portent des signatures faites avec les deux secrets.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1084"/>
        <source>Old secret stays valid for:</source>
        <translation>L&apos;ancien secret reste valide :</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1087"/>
        <source>Grace period</source>
        <translation>Délai de grâce</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1088"/>
        <source>No grace: stop at once</source>
        <translation>Aucun délai : arrêt immédiat</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1089"/>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1090"/>
        <source>24 hours</source>
        <translation>24 heures</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1091"/>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1098"/>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1100"/>
        <source>Rotate secret</source>
        <translation>Renouveler le secret</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1102"/>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1162"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1112"/>
        <source>The secret was not rotated.</source>
        <translation>Le secret n&apos;a pas été renouvelé.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1116"/>
        <source>New signing secret issued.</source>
        <translation>Nouveau secret de signature émis.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1130"/>
        <source>Show signing secret</source>
        <translation>Afficher le secret de signature</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1131"/>
        <source>Show the signing secret of %1?

Reading it is recorded in the audit log under your name.</source>
        <translation>Afficher le secret de signature de %1 ?

Cette lecture est consignée à votre nom dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1140"/>
        <source>The secret could not be read.</source>
        <translation>Le secret n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1158"/>
        <source>Delete webhook endpoint</source>
        <translation>Supprimer le point de terminaison</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1159"/>
        <source>Delete the endpoint %1 of %2?

Deliveries waiting for it are cancelled and it receives no more events. This cannot be undone.</source>
        <translation>Supprimer le point de terminaison %1 de %2 ?

Les livraisons en attente sont annulées et il ne reçoit plus aucun événement. Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1162"/>
        <source>Delete endpoint</source>
        <translation>Supprimer le point de terminaison</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1165"/>
        <source>The endpoint was not deleted.</source>
        <translation>Le point de terminaison n&apos;a pas été supprimé.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1169"/>
        <source>Endpoint %1 deleted.</source>
        <translation>Point de terminaison %1 supprimé.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1186"/>
        <source>Show the requests of one provider only</source>
        <translation>N&apos;afficher que les requêtes d&apos;un fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1187"/>
        <source>All providers</source>
        <translation>Tous les fournisseurs</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1193"/>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1220"/>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1252"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1194"/>
        <source>Show the requests with one verdict only</source>
        <translation>N&apos;afficher que les requêtes d&apos;un verdict</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1195"/>
        <source>All verdicts</source>
        <translation>Tous les verdicts</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1200"/>
        <source>Request count</source>
        <translation>Nombre de requêtes</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1216"/>
        <source>Google Play</source>
        <translation>Google Play</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1223"/>
        <source>Inbound requests</source>
        <translation>Requêtes entrantes</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1251"/>
        <source>Request heading</source>
        <translation>Titre de la requête</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1261"/>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1264"/>
        <source>What it changed</source>
        <translation>Ce que cela a changé</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1271"/>
        <source>Request content</source>
        <translation>Contenu de la requête</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1275"/>
        <source>Decoded payload</source>
        <translation>Charge utile décodée</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1278"/>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1284"/>
        <source>Raw body</source>
        <translation>Corps brut</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1282"/>
        <source>Inbound request headers</source>
        <translation>En-têtes de la requête entrante</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1283"/>
        <source>Decoded</source>
        <translation>Décodé</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1291"/>
        <source>Select a request to see its verdict, decoded payload and what it changed.</source>
        <translation>Sélectionnez une requête pour voir son verdict, sa charge utile décodée et ce qu’elle a changé.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1324"/>
        <source>The request could not be read: %1</source>
        <translation>La requête n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1336"/>
        <source>%1 request</source>
        <translation>Requête %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1359"/>
        <source>%L1 bytes (truncated)</source>
        <translation>%L1 octets (tronqué)</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1360"/>
        <source>%L1 bytes</source>
        <translation>%L1 octets</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1373"/>
        <source>Nothing decoded: %1</source>
        <translation>Rien de décodé : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1375"/>
        <source>the body is not JSON</source>
        <translation>le corps n&apos;est pas du JSON</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1379"/>
        <source>(binary, base64)
%1</source>
        <translation>(binaire, base64)
%1</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1447"/>
        <source>Loading deliveries…</source>
        <translation>Chargement des livraisons…</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1449"/>
        <source>No deliveries match the filter.</source>
        <translation>Aucune livraison ne correspond au filtre.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1451"/>
        <source>No deliveries yet.
Add an endpoint for a client, or send a ping.</source>
        <translation>Aucune livraison pour le moment.
Ajoutez un point de terminaison pour un client, ou envoyez un ping.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1456"/>
        <source>Loading endpoints…</source>
        <translation>Chargement des points de terminaison…</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1458"/>
        <source>No webhook endpoints yet.
Use New endpoint… to send a client&apos;s events to its server.</source>
        <translation>Aucun point de terminaison pour le moment.
Utilisez Nouveau point de terminaison… pour envoyer les événements d&apos;un client à son serveur.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1463"/>
        <source>Loading inbound requests…</source>
        <translation>Chargement des requêtes entrantes…</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1465"/>
        <source>No inbound requests match the filter.</source>
        <translation>Aucune requête entrante ne correspond au filtre.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1467"/>
        <source>No inbound requests yet.
Point Stripe, App Store Server Notifications or Google Play at /v1/webhooks/stripe, /appstore or /playstore of this box.</source>
        <translation>Aucune requête entrante pour le moment.
Faites pointer Stripe, App Store Server Notifications ou Google Play vers /v1/webhooks/stripe, /appstore ou /playstore de ce serveur.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1477"/>
        <source>1 delivery</source>
        <translation>1 livraison</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1478"/>
        <source>%L1 deliveries</source>
        <translation>%L1 livraisons</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1481"/>
        <source>1 request</source>
        <translation>1 requête</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1482"/>
        <source>%L1 requests</source>
        <translation>%L1 requêtes</translation>
    </message>
    <message>
        <location filename="../ui/panels/WebhooksPanel.cpp" line="1493"/>
        <location filename="../ui/panels/WebhooksPanel.h" line="49"/>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
</context>
<context>
    <name>mid::ui::WelcomeScreen</name>
    <message>
        <location filename="../ui/simulator/WelcomeScreen.cpp" line="15"/>
        <source>Number error</source>
        <translation>Erreur de numéro</translation>
    </message>
    <message>
        <location filename="../ui/simulator/WelcomeScreen.cpp" line="16"/>
        <location filename="../ui/simulator/WelcomeScreen.cpp" line="73"/>
        <source>Enroll</source>
        <translation>Enrôler</translation>
    </message>
    <message>
        <location filename="../ui/simulator/WelcomeScreen.cpp" line="21"/>
        <source>MID</source>
        <translation>MID</translation>
    </message>
    <message>
        <location filename="../ui/simulator/WelcomeScreen.cpp" line="23"/>
        <source>Link this phone to your mobile identity. We send a 6-digit code by SMS to check the number is yours.</source>
        <translation>Associez ce téléphone à votre identité mobile. Nous envoyons un code à 6 chiffres par SMS pour vérifier que ce numéro est bien le vôtre.</translation>
    </message>
    <message>
        <location filename="../ui/simulator/WelcomeScreen.cpp" line="28"/>
        <source>&amp;Mobile number</source>
        <translation>Numéro de &amp;mobile</translation>
    </message>
    <message>
        <location filename="../ui/simulator/WelcomeScreen.cpp" line="29"/>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../ui/simulator/WelcomeScreen.cpp" line="30"/>
        <source>+447700900123</source>
        <translation>+447700900123</translation>
    </message>
    <message>
        <location filename="../ui/simulator/WelcomeScreen.cpp" line="33"/>
        <source>Start the enrollment: the server sends a code by SMS</source>
        <translation>Démarrer l&apos;enrôlement : le serveur envoie un code par SMS</translation>
    </message>
    <message>
        <location filename="../ui/simulator/WelcomeScreen.cpp" line="34"/>
        <source>Activate with a verification link</source>
        <translation>Activer avec un lien de vérification</translation>
    </message>
    <message>
        <location filename="../ui/simulator/WelcomeScreen.cpp" line="35"/>
        <source>A service sent you a link to activate this phone</source>
        <translation>Un service vous a envoyé un lien pour activer ce téléphone</translation>
    </message>
    <message>
        <location filename="../ui/simulator/WelcomeScreen.cpp" line="73"/>
        <source>Sending code…</source>
        <translation>Envoi du code…</translation>
    </message>
</context>
</TS>
