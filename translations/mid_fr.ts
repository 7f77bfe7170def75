<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>mid::ui::AuditExporter</name>
    <message>
        <location filename="../ui/AuditExporter.cpp" line="82"/>
        <location filename="../ui/AuditExporter.cpp" line="121"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditExporter.cpp" line="96"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportation annulée ; aucun fichier n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../ui/AuditExporter.cpp" line="114"/>
        <source>The server stopped the export: %1</source>
        <translation>Le serveur a interrompu l'exportation : %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditExporter.cpp" line="162"/>
        <source>Could not save %1: %2</source>
        <translation>Impossible d'enregistrer %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditExporter.cpp" line="167"/>
        <source>%n audit entries exported to %1.</source>
        <translation>
            <numerusform>%n entrée d'audit exportée vers %1.</numerusform>
            <numerusform>%n entrées d'audit exportées vers %1.</numerusform>
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
        <location filename="../ui/panels/AuditPanel.cpp" line="47"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="53"/>
        <source>Audit log and entry details</source>
        <translation>Journal d'audit et détails de l'entrée</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="72"/>
        <source>Could not read the audit log: %1</source>
        <translation>Impossible de lire le journal d'audit : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="86"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="86"/>
        <source>Search actor, action, resource, details…</source>
        <translation>Rechercher un acteur, une action, une ressource, des détails…</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="87"/>
        <location filename="../ui/panels/AuditPanel.cpp" line="259"/>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="87"/>
        <source>Actor (client id or operator)</source>
        <translation>Acteur (ID client ou opérateur)</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="88"/>
        <location filename="../ui/panels/AuditPanel.cpp" line="260"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="88"/>
        <source>Action, e.g. client.create</source>
        <translation>Action, p. ex. client.create</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="89"/>
        <location filename="../ui/panels/AuditPanel.cpp" line="261"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="89"/>
        <source>Resource id</source>
        <translation>ID de ressource</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="90"/>
        <location filename="../ui/panels/AuditPanel.cpp" line="262"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="90"/>
        <source>Status, e.g. 403</source>
        <translation>Statut, p. ex. 403</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="97"/>
        <location filename="../ui/panels/AuditPanel.cpp" line="98"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="99"/>
        <location filename="../ui/panels/AuditPanel.cpp" line="100"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="104"/>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="105"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="106"/>
        <source>Show the entries that match the filter (Enter)</source>
        <translation>Afficher les entrées correspondant au filtre (Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="108"/>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="109"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="110"/>
        <source>Remove every filter</source>
        <translation>Supprimer tous les filtres</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="112"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="113"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="114"/>
        <source>Save the entries that match the filter as CSV or JSON Lines (Ctrl+E)</source>
        <translation>Enregistrer les entrées correspondant au filtre au format CSV ou JSON Lines (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="116"/>
        <source>&amp;Verify integrity</source>
        <translation>&amp;Vérifier l'intégrité</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="117"/>
        <source>Verify integrity</source>
        <translation>Vérifier l'intégrité</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="118"/>
        <source>Check the hash chain of the whole log for altered or missing rows</source>
        <translation>Vérifier la chaîne de hachage de tout le journal pour détecter des lignes modifiées ou manquantes</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="121"/>
        <source>Integrity result</source>
        <translation>Résultat de l'intégrité</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="150"/>
        <source>Limit by time: %1</source>
        <translation>Limiter par date : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="152"/>
        <source>%1 time</source>
        <translation>Date de %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="174"/>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="176"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="179"/>
        <source>Load the newest entries (F5)</source>
        <translation>Charger les entrées les plus récentes (F5)</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="188"/>
        <source>Audit entries</source>
        <translation>Entrées d'audit</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="220"/>
        <source>No entries</source>
        <translation>Aucune entrée</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="243"/>
        <location filename="../ui/panels/AuditPanel.cpp" line="247"/>
        <source>Entry details</source>
        <translation>Détails de l'entrée</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="256"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="256"/>
        <source>Entry time</source>
        <translation>Heure de l'entrée</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="257"/>
        <source>Sequence</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="257"/>
        <source>Entry sequence</source>
        <translation>Séquence de l'entrée</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="258"/>
        <source>Entry ID</source>
        <translation>ID de l'entrée</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="259"/>
        <source>Entry actor</source>
        <translation>Acteur de l'entrée</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="260"/>
        <source>Entry action</source>
        <translation>Action de l'entrée</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="261"/>
        <source>Entry resource</source>
        <translation>Ressource de l'entrée</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="262"/>
        <source>Entry outcome</source>
        <translation>Résultat de l'entrée</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="263"/>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="263"/>
        <source>Entry IP</source>
        <translation>IP de l'entrée</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="264"/>
        <source>User agent</source>
        <translation>Agent utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="264"/>
        <source>Entry user agent</source>
        <translation>Agent utilisateur de l'entrée</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="265"/>
        <source>Request ID</source>
        <translation>ID de requête</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="265"/>
        <source>Entry request ID</source>
        <translation>ID de requête de l'entrée</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="266"/>
        <source>Row hash</source>
        <translation>Hachage de la ligne</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="266"/>
        <source>Entry row hash</source>
        <translation>Hachage de la ligne de l'entrée</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="270"/>
        <source>Details:</source>
        <translation>Détails :</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="274"/>
        <source>Entry details JSON</source>
        <translation>Détails JSON de l'entrée</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="275"/>
        <source>Select an entry to see it in full.</source>
        <translation>Sélectionnez une entrée pour l'afficher en entier.</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="330"/>
        <source>Outcome must be an HTTP status code from 100 to 599, e.g. 403.</source>
        <translation>Le résultat doit être un code de statut HTTP entre 100 et 599, p. ex. 403.</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="335"/>
        <source>The “From” time is after the “To” time; swap them or untick one.</source>
        <translation>La date « Du » est postérieure à la date « Au » ; inversez-les ou décochez l'une d'elles.</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="379"/>
        <source>1 new entry — Refresh</source>
        <translation>1 nouvelle entrée — Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="380"/>
        <source>%1 new entries — Refresh</source>
        <translation>%1 nouvelles entrées — Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="388"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="390"/>
        <source>1 entry</source>
        <translation>1 entrée</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="392"/>
        <source>%1 entries</source>
        <translation>%1 entrées</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="403"/>
        <source>Loading the audit log…</source>
        <translation>Chargement du journal d'audit…</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="405"/>
        <source>The audit log could not be read (see the message above).</source>
        <translation>Le journal d'audit n'a pas pu être lu (voir le message ci-dessus).</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="407"/>
        <source>No audit entries match this filter.
Change or clear the filter.</source>
        <translation>Aucune entrée d'audit ne correspond à ce filtre.
Modifiez ou effacez le filtre.</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="426"/>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="443"/>
        <source>(no details)</source>
        <translation>(aucun détail)</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="457"/>
        <location filename="../ui/panels/AuditPanel.h" line="37"/>
        <source>Audit log</source>
        <translation>Journal d'audit</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="470"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="471"/>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="478"/>
        <location filename="../ui/panels/AuditPanel.cpp" line="496"/>
        <source>Export audit log</source>
        <translation>Exporter le journal d'audit</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="494"/>
        <source>Exporting the audit log…</source>
        <translation>Exportation du journal d'audit…</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="494"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="495"/>
        <source>Export progress</source>
        <translation>Progression de l'exportation</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="507"/>
        <source>Exported %1 of %2 entries…</source>
        <translation>%1 entrées sur %2 exportées…</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="529"/>
        <source>Export complete</source>
        <translation>Exportation terminée</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="531"/>
        <source>The export failed; no file was written.</source>
        <translation>L'exportation a échoué ; aucun fichier n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="539"/>
        <source>Checking the hash chain…</source>
        <translation>Vérification de la chaîne de hachage…</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="550"/>
        <source>Integrity check failed to run</source>
        <translation>La vérification d'intégrité n'a pas pu s'exécuter</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="551"/>
        <source>The integrity check could not run.</source>
        <translation>La vérification d'intégrité n'a pas pu s'exécuter.</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="560"/>
        <source>Chain intact: %1 entries checked</source>
        <translation>Chaîne intacte : %1 entrées vérifiées</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="563"/>
        <source>Every entry matches its hash and none is missing.</source>
        <translation>Chaque entrée correspond à son hachage et aucune ne manque.</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="569"/>
        <source>Chain broken at entry %1: %2</source>
        <translation>Chaîne rompue à l'entrée %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/AuditPanel.cpp" line="573"/>
        <source>%1 entries were checked. Entries from this one on cannot be trusted: compare the database with a backup and find out who had write access to it.</source>
        <translation>%1 entrées ont été vérifiées. Les entrées à partir de celle-ci ne sont pas fiables : comparez la base de données avec une sauvegarde et déterminez qui y avait accès en écriture.</translation>
    </message>
</context>
<context>
    <name>mid::ui::ClientDetailsPane</name>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="173"/>
        <source>Client details</source>
        <translation>Détails du client</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="175"/>
        <source>Select a client to see its details.</source>
        <translation>Sélectionnez un client pour afficher ses détails.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="179"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="187"/>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="188"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="188"/>
        <source>Copy the client ID to the clipboard</source>
        <translation>Copier l'ID client dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="189"/>
        <source>Copy client ID</source>
        <translation>Copier l'ID client</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="194"/>
        <source>Client ID:</source>
        <translation>ID client :</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="196"/>
        <source>Plan</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="197"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="198"/>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="199"/>
        <source>Allowed origins</source>
        <translation>Origines autorisées</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="200"/>
        <source>QR payload</source>
        <translation>Contenu du QR</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="201"/>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="202"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="203"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="208"/>
        <source>&lt;b&gt;Usage&lt;/b&gt;</source>
        <translation>&lt;b&gt;Utilisation&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="227"/>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="250"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="253"/>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
</context>
<context>
    <name>mid::ui::ClientDialog</name>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="81"/>
        <source>Unlimited</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="108"/>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="110"/>
        <source>Too long or too short.</source>
        <translation>Trop long ou trop court.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="112"/>
        <source>Not one of the allowed values.</source>
        <translation>Ne fait pas partie des valeurs autorisées.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="114"/>
        <source>Out of range.</source>
        <translation>Hors limites.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="115"/>
        <source>Not valid (%1).</source>
        <translation>Non valide (%1).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="128"/>
        <source>Edit client %1</source>
        <translation>Modifier le client %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="129"/>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="130"/>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="130"/>
        <source>Edit client</source>
        <translation>Modifier le client</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="133"/>
        <source>Error message</source>
        <translation>Message d'erreur</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="149"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="149"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="151"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="168"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="172"/>
        <source>e.g. Acme Bank mobile app</source>
        <translation>p. ex. application mobile Acme Bank</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="174"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="174"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="180"/>
        <source>&amp;Plan:</source>
        <translation>&amp;Offre :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="180"/>
        <source>Plan</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="185"/>
        <source>What the QR code of a consent encodes: the web approval page, or a mobid:// link for the tenant&apos;s own app</source>
        <translation>Ce que contient le code QR d'un consentement : la page d'approbation web ou un lien mobid:// vers l'application du client</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="187"/>
        <source>&amp;QR payload:</source>
        <translation>Contenu du &amp;QR :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="188"/>
        <source>QR payload</source>
        <translation>Contenu du QR</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="206"/>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="220"/>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="207"/>
        <source>The API areas this tenant may call</source>
        <translation>Les domaines de l'API que ce client peut appeler</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="226"/>
        <source>Custom limits (enterprise)</source>
        <translation>Limites personnalisées (Enterprise)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="228"/>
        <source>Only enterprise tenants have their own limits; the other plans use the plan&apos;s fixed limits.</source>
        <translation>Seuls les clients Enterprise ont leurs propres limites ; les autres offres utilisent les limites fixes de l'offre.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="235"/>
        <source>Requests per minute</source>
        <translation>Requêtes par minute</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="236"/>
        <source>Requests per day</source>
        <translation>Requêtes par jour</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="237"/>
        <source>Concurrent requests</source>
        <translation>Requêtes simultanées</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="239"/>
        <source>Per &amp;minute:</source>
        <translation>Par &amp;minute :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="240"/>
        <source>Per &amp;day:</source>
        <translation>Par &amp;jour :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="241"/>
        <source>&amp;Concurrent:</source>
        <translation>&amp;Simultanées :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="243"/>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="249"/>
        <source>Add a webhook endpoint</source>
        <translation>Ajouter un point de terminaison webhook</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="249"/>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="252"/>
        <source>Leave empty to keep the endpoints as they are; existing endpoints and their secrets are in the Webhooks panel.</source>
        <translation>Laissez vide pour conserver les points de terminaison tels quels ; les points de terminaison existants et leurs secrets se trouvent dans le panneau Webhooks.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="259"/>
        <source>https://api.example.com/mid/events</source>
        <translation>https://api.example.com/mid/events</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="260"/>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="263"/>
        <source>Webhook URL</source>
        <translation>URL du webhook</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="261"/>
        <source>URL (https; http only to this machine):</source>
        <translation>URL (https ; http uniquement vers cette machine) :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="266"/>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="276"/>
        <source>Webhook events</source>
        <translation>Événements du webhook</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="274"/>
        <source>Events to deliver:</source>
        <translation>Événements à transmettre :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="282"/>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="285"/>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="290"/>
        <source>Allowed origins</source>
        <translation>Origines autorisées</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="286"/>
        <source>One per line, e.g.
https://app.example.com</source>
        <translation>Une par ligne, p. ex.
https://app.example.com</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="298"/>
        <source>%1 error</source>
        <translation>Erreur de %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="387"/>
        <source>Enter a name: it is how operators recognise the tenant.</source>
        <translation>Saisissez un nom : c'est ainsi que les opérateurs reconnaissent le client.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="391"/>
        <source>“%1” is not an origin; write scheme and host only, like https://app.example.com</source>
        <translation>« %1 » n'est pas une origine ; indiquez uniquement le schéma et l'hôte, comme https://app.example.com</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="399"/>
        <source>Enter an https URL (plain http is allowed only to localhost).</source>
        <translation>Saisissez une URL https (le http simple n'est autorisé que vers localhost).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="401"/>
        <source>Tick at least one event to deliver.</source>
        <translation>Cochez au moins un événement à transmettre.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClientDialog.cpp" line="403"/>
        <source>Please correct the fields marked below.</source>
        <translation>Veuillez corriger les champs signalés ci-dessous.</translation>
    </message>
</context>
<context>
    <name>mid::ui::ClientText</name>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="40"/>
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="69"/>
        <source>Free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="70"/>
        <source>Basic</source>
        <translation>Basique</translation>
    </message>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="71"/>
        <source>Growth</source>
        <translation>Croissance</translation>
    </message>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="72"/>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="81"/>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="82"/>
        <source>FIDO2</source>
        <translation>FIDO2</translation>
    </message>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="83"/>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="84"/>
        <source>Enrollments</source>
        <translation>Enrôlements</translation>
    </message>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="85"/>
        <source>QR codes</source>
        <translation>Codes QR</translation>
    </message>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="86"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="87"/>
        <source>Signing</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="88"/>
        <source>MPin</source>
        <translation>MPin</translation>
    </message>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="97"/>
        <source>Deep link (mobid://)</source>
        <translation>Lien profond (mobid://)</translation>
    </message>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="98"/>
        <source>Approval page (web)</source>
        <translation>Page d'approbation (web)</translation>
    </message>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="106"/>
        <source>%1 / min · %2 / day · %3 concurrent (plan)</source>
        <translation>%1 / min · %2 / jour · %3 simultanées (offre)</translation>
    </message>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="112"/>
        <source>Unlimited</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="114"/>
        <source>%1 / min · %2 / day · %3 concurrent</source>
        <translation>%1 / min · %2 / jour · %3 simultanées</translation>
    </message>
</context>
<context>
    <name>mid::ui::ClientUsageChart</name>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="73"/>
        <source>Requests per minute, last hour</source>
        <translation>Requêtes par minute, dernière heure</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="90"/>
        <source>Usage chart</source>
        <translation>Graphique d'utilisation</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="92"/>
        <location filename="../ui/panels/ClientsPanel.cpp" line="93"/>
        <source>No usage data</source>
        <translation>Aucune donnée d'utilisation</translation>
    </message>
</context>
<context>
    <name>mid::ui::ClientsModel</name>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="309"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="311"/>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="313"/>
        <source>Plan</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="315"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="317"/>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <location filename="../ui/models/ClientsModel.cpp" line="319"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
</context>
<context>
    <name>mid::ui::ClientsPanel</name>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="296"/>
        <source>The clients could not be loaded: %1</source>
        <translation>Les clients n'ont pas pu être chargés : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="319"/>
        <source>Search by name, client ID or plan…</source>
        <translation>Rechercher par nom, ID client ou offre…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="321"/>
        <source>Search clients</source>
        <translation>Rechercher des clients</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="328"/>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="328"/>
        <source>Create a tenant (Ctrl+N)</source>
        <translation>Créer un client (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="329"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="329"/>
        <source>Edit the selected tenant (Enter)</source>
        <translation>Modifier le client sélectionné (Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="330"/>
        <location filename="../ui/panels/ClientsPanel.cpp" line="491"/>
        <location filename="../ui/panels/ClientsPanel.cpp" line="550"/>
        <source>Suspend</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="330"/>
        <source>Refuse or allow the tenant&apos;s API calls</source>
        <translation>Refuser ou autoriser les appels API du client</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="331"/>
        <source>Regenerate key…</source>
        <translation>Régénérer la clé…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="332"/>
        <source>Issue a new API key and client secret for the tenant</source>
        <translation>Émettre une nouvelle clé API et un nouveau secret client pour le client</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="333"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="333"/>
        <source>Delete the selected tenant (Delete)</source>
        <translation>Supprimer le client sélectionné (Suppr)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="357"/>
        <source>Status message</source>
        <translation>Message d'état</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="361"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="361"/>
        <source>Load the clients again</source>
        <translation>Recharger les clients</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="372"/>
        <source>Client list</source>
        <translation>Liste des clients</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="394"/>
        <source>Empty list message</source>
        <translation>Message de liste vide</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="465"/>
        <source>Live updates paused (%1); reconnecting…</source>
        <translation>Mises à jour en direct suspendues (%1) ; reconnexion…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="491"/>
        <source>Resume</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="499"/>
        <source>Loading clients…</source>
        <translation>Chargement des clients…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="501"/>
        <source>No clients yet.
Create the first tenant with New… (Ctrl+N).</source>
        <translation>Aucun client pour l'instant.
Créez le premier client avec Nouveau… (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="503"/>
        <source>No client matches “%1”.</source>
        <translation>Aucun client ne correspond à « %1 ».</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="546"/>
        <source>Suspend client</source>
        <translation>Suspendre le client</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="547"/>
        <source>Suspend “%1”?

Every API call of this tenant is refused (403) until it is resumed. Its credentials stay valid.</source>
        <translation>Suspendre « %1 » ?

Tous les appels API de ce client seront refusés (403) jusqu'à sa réactivation. Ses identifiants restent valides.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="558"/>
        <source>The client could not be suspended.</source>
        <translation>Le client n'a pas pu être suspendu.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="559"/>
        <source>The client could not be resumed.</source>
        <translation>Le client n'a pas pu être réactivé.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="575"/>
        <source>The key could not be regenerated.</source>
        <translation>La clé n'a pas pu être régénérée.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="591"/>
        <source>Delete client</source>
        <translation>Supprimer le client</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="592"/>
        <source>Delete the tenant “%1” (%2)?

All of its credentials (API key, client secret, access tokens) are revoked at once: every app using them stops working immediately. This cannot be undone.</source>
        <translation>Supprimer le client « %1 » (%2) ?

Tous ses identifiants (clé API, secret client, jetons d'accès) sont révoqués sur-le-champ : toute application qui les utilise cesse immédiatement de fonctionner. Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="596"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="599"/>
        <source>The client could not be deleted.</source>
        <translation>Le client n'a pas pu être supprimé.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="612"/>
        <location filename="../ui/panels/ClientsPanel.cpp" line="613"/>
        <source>Regenerate key</source>
        <translation>Régénérer la clé</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="615"/>
        <source>Issue a new API key and client secret for “%1”?

The current ones keep working during the grace period below, so the tenant can switch without downtime; then they stop.</source>
        <translation>Émettre une nouvelle clé API et un nouveau secret client pour « %1 » ?

Les identifiants actuels restent valides pendant le délai de grâce ci-dessous, afin que le client puisse basculer sans interruption ; ils cessent ensuite de fonctionner.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="624"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="625"/>
        <source>None: the old key stops at once</source>
        <translation>Aucun : l'ancienne clé cesse immédiatement de fonctionner</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="626"/>
        <source>Grace period</source>
        <translation>Délai de grâce</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="628"/>
        <source>&amp;Grace period:</source>
        <translation>&amp;Délai de grâce :</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="630"/>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="632"/>
        <location filename="../ui/panels/ClientsPanel.cpp" line="653"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/panels/ClientsPanel.cpp" line="672"/>
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
    <name>mid::ui::ConnectDialog</name>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="28"/>
        <source>Connect to a MID server</source>
        <translation>Se connecter à un serveur MID</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="31"/>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="35"/>
        <source>Username</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="36"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="44"/>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="45"/>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="46"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="48"/>
        <source>Manage a headless mid-server the same way as the embedded one. Log in with an operator account of that server.</source>
        <translation>Gérez un mid-server sans interface de la même manière que le serveur intégré. Connectez-vous avec un compte opérateur de ce serveur.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="52"/>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL du serveur :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="53"/>
        <source>&amp;Username:</source>
        <translation>&amp;Nom d'utilisateur :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="54"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="84"/>
        <source>Enter the server&apos;s address, for example https://mid.example.org:8443.</source>
        <translation>Saisissez l'adresse du serveur, par exemple https://mid.example.org:8443.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="88"/>
        <source>Enter the username and password of an operator of that server.</source>
        <translation>Saisissez le nom d'utilisateur et le mot de passe d'un opérateur de ce serveur.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="92"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="98"/>
        <source>Wrong username or password.</source>
        <translation>Nom d'utilisateur ou mot de passe incorrect.</translation>
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
        <location filename="../ui/models/ConsentsModel.cpp" line="364"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../ui/models/ConsentsModel.cpp" line="366"/>
        <source>Session ID</source>
        <translation>ID de session</translation>
    </message>
    <message>
        <location filename="../ui/models/ConsentsModel.cpp" line="368"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/models/ConsentsModel.cpp" line="370"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../ui/models/ConsentsModel.cpp" line="372"/>
        <source>Intent</source>
        <translation>Intention</translation>
    </message>
    <message>
        <location filename="../ui/models/ConsentsModel.cpp" line="374"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/models/ConsentsModel.cpp" line="376"/>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <location filename="../ui/models/ConsentsModel.cpp" line="378"/>
        <source>Decided</source>
        <translation>Décidé</translation>
    </message>
</context>
<context>
    <name>mid::ui::ConsentsPanel</name>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="48"/>
        <source>Session ID</source>
        <translation>ID de session</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="49"/>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="178"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="50"/>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="172"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="51"/>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="52"/>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="184"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="53"/>
        <source>Intent</source>
        <translation>Intention</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="54"/>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="55"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="56"/>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="57"/>
        <source>Scanned</source>
        <translation>Scanné</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="58"/>
        <source>Decided</source>
        <translation>Décidé</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="59"/>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="60"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="61"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="62"/>
        <source>Approval link</source>
        <translation>Lien d'approbation</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="63"/>
        <source>Deep link</source>
        <translation>Lien profond</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="64"/>
        <source>Callback URL</source>
        <translation>URL de rappel</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="144"/>
        <source>Could not load consent sessions: %1</source>
        <translation>Impossible de charger les sessions de consentement : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="173"/>
        <source>Show the sessions of one client only</source>
        <translation>Afficher uniquement les sessions d'un client</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="175"/>
        <source>All clients</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="179"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="185"/>
        <source>Search recipient (+44…)</source>
        <translation>Rechercher un destinataire (+44…)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="190"/>
        <source>Time range</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="191"/>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="192"/>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="193"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="194"/>
        <source>All time</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="197"/>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="198"/>
        <source>New session…</source>
        <translation>Nouvelle session…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="199"/>
        <source>Create a consent session for a client (Ctrl+N)</source>
        <translation>Créer une session de consentement pour un client (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="200"/>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="201"/>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="202"/>
        <source>Revoke the selected session (Delete)</source>
        <translation>Révoquer la session sélectionnée (Suppr)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="203"/>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="204"/>
        <source>Show in QR presenter</source>
        <translation>Afficher dans le Présentateur QR</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="205"/>
        <source>Show the selected session&apos;s QR code large (Enter)</source>
        <translation>Afficher en grand le code QR de la session sélectionnée (Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="225"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="242"/>
        <source>Consent sessions</source>
        <translation>Sessions de consentement</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="270"/>
        <source>Empty state</source>
        <translation>État vide</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="284"/>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="332"/>
        <source>Session details</source>
        <translation>Détails de la session</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="299"/>
        <source>Copy session ID</source>
        <translation>Copier l'ID de session</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="299"/>
        <source>Copy approval link</source>
        <translation>Copier le lien d'approbation</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="300"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="312"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="316"/>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="318"/>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="324"/>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="326"/>
        <source>Webhook deliveries</source>
        <translation>Envois de webhooks</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="325"/>
        <source>Webhook deliveries: none recorded</source>
        <translation>Envois de webhooks : aucun enregistré</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="337"/>
        <source>Select a session to see its details.</source>
        <translation>Sélectionnez une session pour afficher ses détails.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="421"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="443"/>
        <source>Loading consent sessions…</source>
        <translation>Chargement des sessions de consentement…</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="445"/>
        <source>No consent sessions match the filter.</source>
        <translation>Aucune session de consentement ne correspond au filtre.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="447"/>
        <source>No consent sessions yet.
New sessions appear here as soon as a client creates them.</source>
        <translation>Aucune session de consentement pour l'instant.
Les nouvelles sessions apparaissent ici dès qu'un client les crée.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="459"/>
        <source>The approval is withdrawn; the client is told by webhook.</source>
        <translation>L'approbation est retirée ; le client en est informé par webhook.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="460"/>
        <source>The recipient can no longer approve it.</source>
        <translation>Le destinataire ne pourra plus l'approuver.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="462"/>
        <source>Revoke consent session</source>
        <translation>Révoquer la session de consentement</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="463"/>
        <source>Revoke session %1 for %2?

%3 This cannot be undone.</source>
        <translation>Révoquer la session %1 pour %2 ?

%3 Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="470"/>
        <source>Revoke failed</source>
        <translation>Échec de la révocation</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.cpp" line="471"/>
        <source>Session %1 was not revoked: %2</source>
        <translation>La session %1 n'a pas été révoquée : %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/ConsentsPanel.h" line="38"/>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
</context>
<context>
    <name>mid::ui::DashboardPanel</name>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="294"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="318"/>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="318"/>
        <source>Live updates paused: %1</source>
        <translation>Mises à jour en direct suspendues : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="333"/>
        <source>&amp;Time range:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="335"/>
        <source>Time range</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="336"/>
        <source>Last 5 minutes</source>
        <translation>5 dernières minutes</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="336"/>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="336"/>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="339"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="340"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="341"/>
        <source>Read the figures and the history again (F5)</source>
        <translation>Relire les chiffres et l'historique (F5)</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="344"/>
        <source>Live updates</source>
        <translation>Mises à jour en direct</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="359"/>
        <source>Requests/s</source>
        <translation>Requêtes/s</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="360"/>
        <source>p95 latency</source>
        <translation>Latence p95</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="361"/>
        <source>Rate-limited / min</source>
        <translation>Limitées en débit / min</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="362"/>
        <source>Approval rate</source>
        <translation>Taux d'approbation</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="363"/>
        <source>Pending consents</source>
        <translation>Consentements en attente</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="364"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="365"/>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="368"/>
        <source>No deliveries yet</source>
        <translation>Aucun envoi pour l'instant</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="394"/>
        <source>Requests per second</source>
        <translation>Requêtes par seconde</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="394"/>
        <source>requests/s</source>
        <translation>requêtes/s</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="395"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="396"/>
        <source>Client error</source>
        <translation>Erreur client</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="397"/>
        <source>Server error</source>
        <translation>Erreur serveur</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="398"/>
        <location filename="../ui/panels/DashboardPanel.cpp" line="417"/>
        <source>Rate limited</source>
        <translation>Limité en débit</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="401"/>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="401"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="402"/>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="403"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="404"/>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="407"/>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="407"/>
        <location filename="../ui/panels/DashboardPanel.cpp" line="415"/>
        <source>per interval</source>
        <translation>par intervalle</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="408"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="409"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="410"/>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="411"/>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="415"/>
        <source>Rate-limited calls</source>
        <translation>Appels limités en débit</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="462"/>
        <source>Could not read the chart history</source>
        <translation>Impossible de lire l'historique du graphique</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="484"/>
        <source>Could not read the recent traffic</source>
        <translation>Impossible de lire le trafic récent</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="502"/>
        <source>Could not read the server overview</source>
        <translation>Impossible de lire la vue d'ensemble du serveur</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="517"/>
        <source>%1 consents in total</source>
        <translation>%1 consentements au total</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="520"/>
        <source>%1 active</source>
        <translation>%1 actifs</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="583"/>
        <source>%1 requests in the last minute</source>
        <translation>%1 requêtes au cours de la dernière minute</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="586"/>
        <source>%1% of the last minute&apos;s requests</source>
        <translation>%1 % des requêtes de la dernière minute</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="588"/>
        <location filename="../ui/panels/DashboardPanel.cpp" line="591"/>
        <source>No requests in the last minute</source>
        <translation>Aucune requête au cours de la dernière minute</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="596"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="599"/>
        <source>p50 %1 · p99 %2</source>
        <translation>p50 %1 · p99 %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="609"/>
        <source>No decided consents in this range</source>
        <translation>Aucun consentement décidé sur cette période</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="613"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="614"/>
        <source>%1 approved of %2 decided in this range</source>
        <translation>%1 approuvés sur %2 décidés sur cette période</translation>
    </message>
    <message>
        <location filename="../ui/panels/DashboardPanel.cpp" line="621"/>
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
    <name>mid::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="41"/>
        <location filename="../ui/MainWindow.cpp" line="217"/>
        <location filename="../ui/MainWindow.cpp" line="279"/>
        <source>MID Console</source>
        <translation>MID Console</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="42"/>
        <source>Panels</source>
        <translation>Panneaux</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="47"/>
        <source>Panel</source>
        <translation>Panneau</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="90"/>
        <source>The server no longer accepts this login. Use File → Connect… to log in again.</source>
        <translation>Le serveur n'accepte plus cette connexion. Utilisez Fichier → Se connecter… pour vous reconnecter.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="132"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="133"/>
        <source>&amp;Connect to server…</source>
        <translation>Se &amp;connecter à un serveur…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="136"/>
        <source>Use the &amp;embedded server</source>
        <translation>Utiliser le serveur &amp;intégré</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="139"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="142"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="143"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="145"/>
        <source>Follow &amp;system</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="147"/>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="158"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="163"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="164"/>
        <source>API &amp;documentation</source>
        <translation>&amp;Documentation de l'API</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="167"/>
        <source>&amp;About MID Console</source>
        <translation>À &amp;propos de MID Console</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="168"/>
        <source>About MID Console</source>
        <translation>À propos de MID Console</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="169"/>
        <source>&lt;h3&gt;MID Console %1&lt;/h3&gt;&lt;p&gt;Administration console and embedded server for the MID (Mobile Identity) API: tenants, consent sessions, QR codes and the audit log.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MID Console %1&lt;/h3&gt;&lt;p&gt;Console d'administration et serveur intégré pour l'API MID (Mobile Identity) : clients, sessions de consentement, codes QR et journal d'audit.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="182"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="183"/>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="184"/>
        <source>Server state</source>
        <translation>État du serveur</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="185"/>
        <source>Requests per second</source>
        <translation>Requêtes par seconde</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="186"/>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="187"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="188"/>
        <source>— req/s</source>
        <translation>— req/s</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="197"/>
        <source>Show MID Console</source>
        <translation>Afficher MID Console</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="203"/>
        <source>Quit (stops the server)</source>
        <translation>Quitter (arrête le serveur)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="218"/>
        <source>The server keeps running. Use the tray icon to open the console again or to quit.</source>
        <translation>Le serveur continue de fonctionner. Utilisez l'icône de la zone de notification pour rouvrir la console ou pour quitter.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="239"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="246"/>
        <source>● Connected</source>
        <translation>● Connecté</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="246"/>
        <source>● Reconnecting…</source>
        <translation>● Reconnexion…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="251"/>
        <source>Lost the server: %1 Retrying…</source>
        <translation>Connexion au serveur perdue : %1 Nouvelle tentative…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="262"/>
        <source>%L1 req/s</source>
        <translation>%L1 req/s</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="278"/>
        <source>Remote server</source>
        <translation>Serveur distant</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="278"/>
        <source>Embedded server</source>
        <translation>Serveur intégré</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="279"/>
        <source>MID Console — %1</source>
        <translation>MID Console — %1</translation>
    </message>
</context>
<context>
    <name>mid::ui::NewSessionDialog</name>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="32"/>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="33"/>
        <source>New consent session</source>
        <translation>Nouvelle session de consentement</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="43"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="44"/>
        <source>Loading clients…</source>
        <translation>Chargement des clients…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="46"/>
        <source>&amp;Client:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="49"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="50"/>
        <source>+447700900123</source>
        <translation>+447700900123</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="51"/>
        <source>The recipient&apos;s mobile number in E.164 form: + country code and number, no spaces</source>
        <translation>Le numéro de mobile du destinataire au format E.164 : + indicatif du pays et numéro, sans espaces</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="53"/>
        <source>&amp;Recipient:</source>
        <translation>&amp;Destinataire :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="56"/>
        <source>Intent</source>
        <translation>Intention</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="57"/>
        <source>Login</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="58"/>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="59"/>
        <source>Data sharing</source>
        <translation>Partage de données</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="60"/>
        <source>Identity verification</source>
        <translation>Vérification d'identité</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="61"/>
        <source>Signing</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="62"/>
        <source>Mandate</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="63"/>
        <source>&amp;Intent:</source>
        <translation>&amp;Intention :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="66"/>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="67"/>
        <source>profile, email (comma separated)</source>
        <translation>profile, email (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="68"/>
        <source>&amp;Scope:</source>
        <translation>&amp;Portée :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="71"/>
        <source>Expires in</source>
        <translation>Expire dans</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="74"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="75"/>
        <source>&amp;Expires in:</source>
        <translation>E&amp;xpire dans :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="78"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="87"/>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="88"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="89"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="106"/>
        <source>No clients</source>
        <translation>Aucun client</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="107"/>
        <source>Could not load the clients: %1</source>
        <translation>Impossible de charger les clients : %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="113"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="115"/>
        <source> — suspended</source>
        <translation> — suspendu</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="118"/>
        <source>Pick a client</source>
        <translation>Choisissez un client</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="119"/>
        <source>No clients: create one first</source>
        <translation>Aucun client : créez-en d'abord un</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="159"/>
        <source>The recipient must be an E.164 number: +, the country code and the number, 8 to 16 characters, no spaces.</source>
        <translation>Le destinataire doit être un numéro E.164 : +, l'indicatif du pays et le numéro, de 8 à 16 caractères, sans espaces.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewSessionDialog.cpp" line="191"/>
        <source>The server did not create the session: %1</source>
        <translation>Le serveur n'a pas créé la session : %1</translation>
    </message>
</context>
<context>
    <name>mid::ui::QrPresenterPanel</name>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="66"/>
        <source>Full-screen QR code</source>
        <translation>Code QR en plein écran</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="67"/>
        <location filename="../ui/panels/QrPresenterPanel.h" line="34"/>
        <source>QR presenter</source>
        <translation>Présentateur QR</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="69"/>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="105"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="70"/>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="191"/>
        <source>Expires in</source>
        <translation>Expire dans</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="102"/>
        <source>Pick a pending session above, or start a new one.</source>
        <translation>Choisissez une session en attente ci-dessus ou démarrez-en une nouvelle.</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="111"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="150"/>
        <source>&amp;Session:</source>
        <translation>&amp;Session :</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="152"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="153"/>
        <source>Pick a pending session…</source>
        <translation>Choisissez une session en attente…</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="157"/>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="158"/>
        <source>New session…</source>
        <translation>Nouvelle session…</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="159"/>
        <source>Create a consent session and show its code (Ctrl+N)</source>
        <translation>Créer une session de consentement et afficher son code (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="188"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="189"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="190"/>
        <source>Intent</source>
        <translation>Intention</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="209"/>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="209"/>
        <source>Show only the code, for a projector (F11; Esc leaves)</source>
        <translation>Afficher uniquement le code, pour un projecteur (F11 ; Échap pour quitter)</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="211"/>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="211"/>
        <source>Save the code as a 1024 px PNG (Ctrl+S)</source>
        <translation>Enregistrer le code en PNG de 1024 px (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="212"/>
        <source>Save as SVG…</source>
        <translation>Enregistrer en SVG…</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="212"/>
        <source>Save the code as a scalable SVG</source>
        <translation>Enregistrer le code en SVG vectoriel</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="213"/>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="213"/>
        <source>Copy the approval link to the clipboard</source>
        <translation>Copier le lien d'approbation dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="246"/>
        <source>Could not load the pending sessions: %1</source>
        <translation>Impossible de charger les sessions en attente : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="295"/>
        <source>%1 · %2 · %3 · %4%5</source>
        <translation>%1 · %2 · %3 · %4%5</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="324"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="331"/>
        <source>No session to show.</source>
        <translation>Aucune session à afficher.</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="332"/>
        <source>Could not load session %1: %2</source>
        <translation>Impossible de charger la session %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="350"/>
        <source>No QR code to show.</source>
        <translation>Aucun code QR à afficher.</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="351"/>
        <source>Could not load the QR code: %1</source>
        <translation>Impossible de charger le code QR : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="470"/>
        <source>Could not fetch the QR code: %1</source>
        <translation>Impossible de récupérer le code QR : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="475"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="483"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="496"/>
        <source>Save QR code as PNG</source>
        <translation>Enregistrer le code QR en PNG</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="496"/>
        <source>Save QR code as SVG</source>
        <translation>Enregistrer le code QR en SVG</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="497"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="497"/>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/panels/QrPresenterPanel.cpp" line="508"/>
        <source>Approval link copied to the clipboard.</source>
        <translation>Lien d'approbation copié dans le presse-papiers.</translation>
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
    <name>mid::ui::SecretRevealDialog</name>
    <message>
        <location filename="../ui/dialogs/SecretRevealDialog.cpp" line="30"/>
        <source>&lt;b&gt;These credentials are shown once, never again.&lt;/b&gt;&lt;br&gt;The server keeps only a hash of the API key. Copy them into the tenant&apos;s secret store now; if they are lost, the only way back is to regenerate the key.</source>
        <translation>&lt;b&gt;Ces identifiants ne sont affichés qu'une seule fois.&lt;/b&gt;&lt;br&gt;Le serveur ne conserve qu'un hachage de la clé API. Copiez-les dès maintenant dans le coffre à secrets du client ; s'ils sont perdus, la seule solution est de régénérer la clé.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SecretRevealDialog.cpp" line="36"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SecretRevealDialog.cpp" line="46"/>
        <source>Credentials of %1</source>
        <translation>Identifiants de %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SecretRevealDialog.cpp" line="47"/>
        <source>New credentials</source>
        <translation>Nouveaux identifiants</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SecretRevealDialog.cpp" line="54"/>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SecretRevealDialog.cpp" line="55"/>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SecretRevealDialog.cpp" line="56"/>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SecretRevealDialog.cpp" line="60"/>
        <source>Webhook secret</source>
        <translation>Secret du webhook</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SecretRevealDialog.cpp" line="63"/>
        <source>I have stored these credentials</source>
        <translation>J'ai enregistré ces identifiants</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SecretRevealDialog.cpp" line="69"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SecretRevealDialog.cpp" line="86"/>
        <location filename="../ui/dialogs/SecretRevealDialog.cpp" line="93"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SecretRevealDialog.cpp" line="87"/>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SecretRevealDialog.cpp" line="88"/>
        <source>Copy the %1 to the clipboard</source>
        <translation>Copier %1 dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SecretRevealDialog.cpp" line="91"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>mid::ui::SettingsPanel</name>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="45"/>
        <location filename="../ui/panels/SettingsPanel.h" line="25"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="52"/>
        <source>Notice</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="76"/>
        <location filename="../ui/panels/SettingsPanel.cpp" line="77"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="79"/>
        <source>Listen address</source>
        <translation>Adresse d'écoute</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="82"/>
        <source>Public URL</source>
        <translation>URL publique</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="84"/>
        <source>Data directory</source>
        <translation>Répertoire des données</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="85"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="86"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="87"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="95"/>
        <source>&amp;Save server settings</source>
        <translation>&amp;Enregistrer les paramètres du serveur</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="96"/>
        <source>&amp;Restart embedded server now</source>
        <translation>&amp;Redémarrer le serveur intégré maintenant</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="106"/>
        <source>&amp;Listen address:</source>
        <translation>Adresse d'é&amp;coute :</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="107"/>
        <source>&amp;Public URL (QR codes and links):</source>
        <translation>&amp;URL publique (codes QR et liens) :</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="108"/>
        <source>Data directory:</source>
        <translation>Répertoire des données :</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="109"/>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="110"/>
        <source>TLS:</source>
        <translation>TLS :</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="117"/>
        <location filename="../ui/panels/SettingsPanel.cpp" line="118"/>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="120"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="121"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="127"/>
        <source>The language changes the next time the console starts.</source>
        <translation>La langue sera modifiée au prochain démarrage de la console.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="131"/>
        <source>L&amp;anguage:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="137"/>
        <location filename="../ui/panels/SettingsPanel.cpp" line="138"/>
        <source>Operators and roles</source>
        <translation>Opérateurs et rôles</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="140"/>
        <source>Operators</source>
        <translation>Opérateurs</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="141"/>
        <source>Username</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="141"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="141"/>
        <source>Password login</source>
        <translation>Connexion par mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="148"/>
        <source>&amp;Add operator…</source>
        <translation>&amp;Ajouter un opérateur…</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="149"/>
        <source>Change &amp;role…</source>
        <translation>&amp;Modifier le rôle…</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="150"/>
        <source>Set &amp;password…</source>
        <translation>Définir le mot de &amp;passe…</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="151"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="161"/>
        <source>Admins manage everything; operators manage tenants and consents; auditors can only read.</source>
        <translation>Les administrateurs gèrent tout ; les opérateurs gèrent les clients et les consentements ; les auditeurs ont uniquement un accès en lecture.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="203"/>
        <source>Off — plain HTTP. Use a TLS-terminating proxy in front of a public server.</source>
        <translation>Désactivé — HTTP simple. Placez un proxy de terminaison TLS devant un serveur public.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="218"/>
        <source>Saved to mid.conf. The server uses the new address and URL after it restarts.</source>
        <translation>Enregistré dans mid.conf. Le serveur utilisera la nouvelle adresse et la nouvelle URL après son redémarrage.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="246"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="247"/>
        <source>Token only</source>
        <translation>Jeton uniquement</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="272"/>
        <location filename="../ui/panels/SettingsPanel.cpp" line="277"/>
        <location filename="../ui/panels/SettingsPanel.cpp" line="283"/>
        <source>Add operator</source>
        <translation>Ajouter un opérateur</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="272"/>
        <source>Username:</source>
        <translation>Nom d'utilisateur :</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="277"/>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="283"/>
        <source>Password (at least 10 characters):</source>
        <translation>Mot de passe (au moins 10 caractères) :</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="301"/>
        <source>Change role</source>
        <translation>Modifier le rôle</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="301"/>
        <source>New role of %1:</source>
        <translation>Nouveau rôle de %1 :</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="317"/>
        <source>Set password</source>
        <translation>Définir le mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="317"/>
        <source>New password of %1:</source>
        <translation>Nouveau mot de passe de %1 :</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="331"/>
        <source>Delete operator</source>
        <translation>Supprimer l'opérateur</translation>
    </message>
    <message>
        <location filename="../ui/panels/SettingsPanel.cpp" line="332"/>
        <source>Delete the operator %1? Their logins end at once.</source>
        <translation>Supprimer l'opérateur %1 ? Ses sessions prennent fin immédiatement.</translation>
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
        <location filename="../ui/widgets/StatusDelegate.cpp" line="32"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusDelegate.cpp" line="33"/>
        <source>Scanned</source>
        <translation>Scanné</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusDelegate.cpp" line="34"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusDelegate.cpp" line="35"/>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusDelegate.cpp" line="36"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusDelegate.cpp" line="37"/>
        <source>Registered</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusDelegate.cpp" line="38"/>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusDelegate.cpp" line="39"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusDelegate.cpp" line="40"/>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusDelegate.cpp" line="41"/>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusDelegate.cpp" line="42"/>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusDelegate.cpp" line="43"/>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusDelegate.cpp" line="44"/>
        <source>Deregistered</source>
        <translation>Désinscrit</translation>
    </message>
</context>
</TS>
