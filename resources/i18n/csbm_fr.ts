<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de connexion</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Compte verrouillé</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Utilisateur ajouté</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>Utilisateur désactivé</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>Utilisateur réactivé</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Mot de passe changé</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Mot de passe réinitialisé</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>Rôles modifiés</translation>
    </message>
    <message>
        <source>Idle lock time changed</source>
        <translation>Délai de verrouillage modifié</translation>
    </message>
    <message>
        <source>Backups kept changed</source>
        <translation>Nombre de sauvegardes conservées modifié</translation>
    </message>
    <message>
        <source>Report created</source>
        <translation>Rapport créé</translation>
    </message>
    <message>
        <source>Report deleted</source>
        <translation>Rapport supprimé</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Report imported</source>
        <translation>Rapport importé</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>Separation of duties relaxed</source>
        <translation>Séparation des tâches assouplie</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>Soumis à la révision</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Modifications demandées</translation>
    </message>
    <message>
        <source>Drafting resumed</source>
        <translation>Rédaction reprise</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Finalisé</translation>
    </message>
    <message>
        <source>Transmission recorded</source>
        <translation>Transmission enregistrée</translation>
    </message>
    <message>
        <source>Reverted to draft</source>
        <translation>Remis en brouillon</translation>
    </message>
    <message>
        <source>Revision saved</source>
        <translation>Révision enregistrée</translation>
    </message>
    <message>
        <source>Revision restored</source>
        <translation>Révision restaurée</translation>
    </message>
    <message>
        <source>File attached</source>
        <translation>Fichier joint</translation>
    </message>
    <message>
        <source>Attachment removed</source>
        <translation>Pièce jointe retirée</translation>
    </message>
    <message>
        <source>Comment written</source>
        <translation>Commentaire rédigé</translation>
    </message>
    <message>
        <source>Comment resolved</source>
        <translation>Commentaire résolu</translation>
    </message>
    <message>
        <source>Comment reopened</source>
        <translation>Commentaire rouvert</translation>
    </message>
    <message>
        <source>Suggestion accepted</source>
        <translation>Suggestion acceptée</translation>
    </message>
    <message>
        <source>Suggestion rejected</source>
        <translation>Suggestion refusée</translation>
    </message>
    <message>
        <source>Bundle sent</source>
        <translation>Paquet envoyé</translation>
    </message>
    <message>
        <source>Bundle received</source>
        <translation>Paquet reçu</translation>
    </message>
    <message>
        <source>Database backed up</source>
        <translation>Base de données sauvegardée</translation>
    </message>
    <message>
        <source>Database restored</source>
        <translation>Base de données restaurée</translation>
    </message>
</context>
<context>
    <name>ActivityTagModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>measure %1</source>
        <translation>mesure %1</translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Users and settings</source>
        <translation>Utilisateurs et paramètres</translation>
    </message>
    <message>
        <source>Reports and revisions</source>
        <translation>Rapports et révisions</translation>
    </message>
    <message>
        <source>Edits</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Flux de travail</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exportations</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>its content was changed</source>
        <translation>son contenu a été modifié</translation>
    </message>
    <message>
        <source>it does not follow the previous event</source>
        <translation>il ne suit pas l&apos;événement précédent</translation>
    </message>
    <message>
        <source>event %1 is missing</source>
        <translation>l&apos;événement %1 est manquant</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Kind of action</source>
        <translation>Type d&apos;action</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>any user</source>
        <translation>tous les utilisateurs</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>This &amp;report only</source>
        <translation>Ce &amp;rapport uniquement</translation>
    </message>
    <message>
        <source>This report only</source>
        <translation>Ce rapport uniquement</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Check that no event was changed, removed or reordered since it was written, that the database file is sound and that saved revisions are intact.</source>
        <translation>Vérifie qu&apos;aucun événement n&apos;a été modifié, supprimé ou réordonné depuis son enregistrement, que le fichier de base de données est sain et que les révisions enregistrées sont intactes.</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <source>The newest %1 events are shown; narrow the filters to see older ones.</source>
        <translation>Les %1 événements les plus récents sont affichés&#xa0;; affinez les filtres pour voir les plus anciens.</translation>
    </message>
    <message>
        <source>Events shown: %1</source>
        <translation>Événements affichés&#xa0;: %1</translation>
    </message>
    <message>
        <source>(+%1 more)</source>
        <translation>(et %1 de plus)</translation>
    </message>
    <message>
        <source>Audit trail of %1 events verified; database sound.</source>
        <translation>Journal d&apos;audit de %1 événements vérifié&#xa0;; base de données saine.</translation>
    </message>
    <message>
        <source>Broken at event %1: %2</source>
        <translation>Journal rompu à l&apos;événement %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The database file is damaged: %1</source>
        <translation>Le fichier de base de données est endommagé&#xa0;: %1</translation>
    </message>
    <message>
        <source>A saved revision was changed: %1</source>
        <translation>Une révision enregistrée a été modifiée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>Back &amp;up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>Restaurer depuis une sauve&amp;garde…</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <source>Database backups (%1);;All files (*)</source>
        <translation>Sauvegardes (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Backup saved to %1</source>
        <translation>Sauvegarde enregistrée dans %1</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Sauvegarde effectuée</translation>
    </message>
    <message>
        <source>The database was copied to:
%1

SHA-256: %2</source>
        <translation>La base de données a été copiée dans :
%1

SHA-256 : %2</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Sauvegarde de la base de données…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message numerus="yes">
        <source>Replace the whole database with this backup?

%1
%n report(s); last recorded change: %3. Its audit trail and saved revisions were checked.

The current database is kept as a safety copy in %4.

Everyone then signs in again, with the accounts the backup holds.</source>
        <translation>
            <numerusform>Remplacer toute la base de données par cette sauvegarde ?

%1
%n rapport ; dernière modification enregistrée : %3. Son journal d&apos;audit et ses révisions enregistrées ont été vérifiés.

La base de données actuelle est conservée comme copie de sécurité dans %4.

Chacun se reconnecte ensuite, avec les comptes que contient la sauvegarde.</numerusform>
            <numerusform>Remplacer toute la base de données par cette sauvegarde ?

%1
%n rapports ; dernière modification enregistrée : %3. Son journal d&apos;audit et ses révisions enregistrées ont été vérifiés.

La base de données actuelle est conservée comme copie de sécurité dans %4.

Chacun se reconnecte ensuite, avec les comptes que contient la sauvegarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Database restored</source>
        <translation>Base de données restaurée</translation>
    </message>
    <message>
        <source>The database was restored from:
%1

The database as it was before is kept in:
%2

Sign in again.</source>
        <translation>La base de données a été restaurée depuis :
%1

La base de données telle qu&apos;elle était avant est conservée dans :
%2

Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Restoring the database…</source>
        <translation>Restauration de la base de données…</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No data.</source>
        <translation>Aucune donnée.</translation>
    </message>
</context>
<context>
    <name>BundleExportDialog</name>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Recipients&apos; certificates</source>
        <translation>Certificats des destinataires</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <source>Send comments back</source>
        <translation>Renvoyer les commentaires</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>Envoyer en révision</translation>
    </message>
    <message>
        <source>The comments and suggestions on this report go into one file for the drafter&apos;s computer.</source>
        <translation>Les commentaires et suggestions sur ce rapport sont réunis dans un fichier pour l&apos;ordinateur du rédacteur.</translation>
    </message>
    <message>
        <source>The report, its attachments and its comments go into one file for a reviewer&apos;s computer. The working copy is saved as a revision first, so every comment says which revision it was made on.</source>
        <translation>Le rapport, ses pièces jointes et ses commentaires sont réunis dans un fichier pour l&apos;ordinateur d&apos;un réviseur. La copie de travail est d&apos;abord enregistrée comme révision, pour que chaque commentaire indique la révision sur laquelle il porte.</translation>
    </message>
    <message>
        <source>Review bundles (*.csbmx)</source>
        <translation>Paquets de révision (*.csbmx)</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Fichier du paquet</translation>
    </message>
    <message>
        <source>&amp;Unsigned</source>
        <translation>&amp;Non signé</translation>
    </message>
    <message>
        <source>&amp;Signed with a certificate file (.p12, .pfx)</source>
        <translation>&amp;Signé avec un fichier de certificat (.p12, .pfx)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Certificates (*.p12 *.pfx)</source>
        <translation>Certificats (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>required for a restricted report, unless a reason is given</source>
        <translation>obligatoire pour un rapport en diffusion restreinte, sauf si une raison est donnée</translation>
    </message>
    <message>
        <source>optional: the recipients&apos; certificates (.pem, .cer)</source>
        <translation>facultatif : les certificats des destinataires (.pem, .cer)</translation>
    </message>
    <message>
        <source>Reason to send it unencrypted</source>
        <translation>Raison de l&apos;envoyer en clair</translation>
    </message>
    <message>
        <source>recorded in the audit trail</source>
        <translation>consignée dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Write bundle</source>
        <translation>É&amp;crire le paquet</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificat :</translation>
    </message>
    <message>
        <source>&amp;Encrypt to:</source>
        <translation>C&amp;hiffrer pour :</translation>
    </message>
    <message>
        <source>&amp;Reason to send it unencrypted:</source>
        <translation>&amp;Raison de l&apos;envoyer en clair :</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase of the certificate:</source>
        <translation>Phrase secrète du certificat :</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Écrit : %1</translation>
    </message>
    <message numerus="yes">
        <source>Revision %1, %n comment(s).</source>
        <translation>
            <numerusform>Révision %1, %n commentaire.</numerusform>
            <numerusform>Révision %1, %n commentaires.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed by %1.</source>
        <translation>Signé par %1.</translation>
    </message>
    <message>
        <source>Unsigned.</source>
        <translation>Non signé.</translation>
    </message>
    <message>
        <source>Encrypted to %1.</source>
        <translation>Chiffré pour %1.</translation>
    </message>
    <message>
        <source>Not encrypted.</source>
        <translation>Non chiffré.</translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <source>Import a review bundle</source>
        <translation>Importer un paquet de révision</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Fichier du paquet</translation>
    </message>
    <message>
        <source>Review bundles (*.csbmx)</source>
        <translation>Paquets de révision (*.csbmx)</translation>
    </message>
    <message>
        <source>Trusted authority</source>
        <translation>Autorité de confiance</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certificats (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>optional: then only bundles signed under this CA are accepted</source>
        <translation>facultatif : seuls les paquets signés sous cette AC sont alors acceptés</translation>
    </message>
    <message>
        <source>Your key</source>
        <translation>Votre clé</translation>
    </message>
    <message>
        <source>Key files (*.p12 *.pfx)</source>
        <translation>Fichiers de clé (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Passphrase of your key</source>
        <translation>Phrase secrète de votre clé</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Open the report</source>
        <translation>&amp;Ouvrir le rapport</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Trust:</source>
        <translation>&amp;Confiance :</translation>
    </message>
    <message>
        <source>Your &amp;key (.p12):</source>
        <translation>Votre c&amp;lé (.p12) :</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>The bundle is not signed: make sure it came from who you expect.</source>
        <translation>Le paquet n&apos;est pas signé : assurez-vous qu&apos;il vient bien de la personne attendue.</translation>
    </message>
    <message>
        <source>Signed by %1 (trusted).</source>
        <translation>Signé par %1 (de confiance).</translation>
    </message>
    <message>
        <source>Signed by %1; the certificate was not checked against a trusted authority (SHA-256 %2).</source>
        <translation>Signé par %1 ; le certificat n&apos;a pas été vérifié auprès d&apos;une autorité de confiance (SHA-256 %2).</translation>
    </message>
    <message>
        <source>Nothing new: this bundle was already imported.</source>
        <translation>Rien de nouveau : ce paquet a déjà été importé.</translation>
    </message>
    <message>
        <source>The report was added to this database.</source>
        <translation>Le rapport a été ajouté à cette base de données.</translation>
    </message>
    <message numerus="yes">
        <source>%n new revision(s).</source>
        <translation>
            <numerusform>%n nouvelle révision.</numerusform>
            <numerusform>%n nouvelles révisions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s).</source>
        <translation>
            <numerusform>%n nouveau commentaire.</numerusform>
            <numerusform>%n nouveaux commentaires.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are marked as from a bundle signed by %1.</source>
        <translation>Ils sont marqués comme venant d&apos;un paquet signé par %1.</translation>
    </message>
    <message>
        <source>They are marked as from an unsigned bundle.</source>
        <translation>Ils sont marqués comme venant d&apos;un paquet non signé.</translation>
    </message>
    <message>
        <source>Authors with no account here: %1</source>
        <translation>Auteurs sans compte dans cette base de données : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n resolution(s) claimed by the bundle wait for a reviewer here to confirm them.</source>
        <translation>
            <numerusform>%n résolution annoncée par le paquet attend qu&apos;un réviseur d&apos;ici la confirme.</numerusform>
            <numerusform>%n résolutions annoncées par le paquet attendent qu&apos;un réviseur d&apos;ici les confirme.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) resolved or decided.</source>
        <translation>
            <numerusform>%n commentaire résolu ou tranché.</numerusform>
            <numerusform>%n commentaires résolus ou tranchés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) were made on an older revision:</source>
        <translation>
            <numerusform>%n commentaire a été fait sur une révision antérieure :</numerusform>
            <numerusform>%n commentaires ont été faits sur une révision antérieure :</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 (revision %2)</source>
        <translation>• %1 (révision %2)</translation>
    </message>
    <message>
        <source>unchanged since</source>
        <translation>inchangé depuis</translation>
    </message>
</context>
<context>
    <name>CharacteristicPage</name>
    <message>
        <source>Guiding questions</source>
        <translation>Questions d&apos;orientation</translation>
    </message>
    <message>
        <source>Activities that serve this characteristic</source>
        <translation>Activités contribuant à cette caractéristique</translation>
    </message>
    <message>
        <source>Tick an activity to link it to this characteristic; untick to unlink it.</source>
        <translation>Cochez une activité pour la lier à cette caractéristique&#xa0;; décochez-la pour la délier.</translation>
    </message>
    <message>
        <source>Filter activities</source>
        <translation>Filtrer les activités</translation>
    </message>
    <message>
        <source>Only &amp;linked</source>
        <translation>&amp;Liées uniquement</translation>
    </message>
    <message>
        <source>Link activity</source>
        <translation>Lier l&apos;activité</translation>
    </message>
    <message>
        <source>Unlink activity</source>
        <translation>Délier l&apos;activité</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n activity(s)</source>
        <translation>
            <numerusform>%1 sur %n activité</numerusform>
            <numerusform>%1 sur %n activités</numerusform>
        </translation>
    </message>
    <message>
        <source>Serving this characteristic: %1 under %2.</source>
        <translation>Au service de cette caractéristique : %1 relevant de %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(s)</source>
        <translation>
            <numerusform>%n activité</numerusform>
            <numerusform>%n activités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n mesure</numerusform>
            <numerusform>%n mesures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check &amp; submit</source>
        <translation>Vérifier et soumettre</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Double-click a problem, or select it and press Enter, to go to the field.</source>
        <translation>Double-cliquez sur un problème, ou sélectionnez-le et appuyez sur Entrée, pour accéder au champ.</translation>
    </message>
    <message>
        <source>Save &amp;revision…</source>
        <translation>Enregistrer la &amp;révision…</translation>
    </message>
    <message>
        <source>S&amp;ubmit for review…</source>
        <translation>&amp;Soumettre pour révision…</translation>
    </message>
    <message>
        <source>No problems found: the report is complete and consistent.</source>
        <translation>Aucun problème détecté&#xa0;: le rapport est complet et cohérent.</translation>
    </message>
    <message>
        <source>%1 % complete: %2 and %3. Errors must be fixed before the report can be approved; warnings are worth a look.</source>
        <translation>%1 % complet : %2 et %3. Les erreurs doivent être corrigées avant que le rapport puisse être approuvé ; les avertissements méritent un coup d&apos;œil.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Read the columns as…</source>
        <translation>Lire les colonnes comme…</translation>
    </message>
    <message>
        <source>Headings of sheet “%1”, row %2. Say what each column holds; a column left at “—” is not read. A measure column is needed.</source>
        <translation>En-têtes de la feuille « %1 », ligne %2. Indiquez ce que contient chaque colonne ; une colonne laissée sur « — » n&apos;est pas lue. Une colonne de mesure est nécessaire.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>&amp;Suggest a new value:</source>
        <translation>&amp;Suggérer une nouvelle valeur&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CoverageDialog</name>
    <message>
        <source>Coverage — {state}, {year}</source>
        <translation>Couverture — {state}, {year}</translation>
    </message>
    <message>
        <source>Activities by characteristic</source>
        <translation>Activités par caractéristique</translation>
    </message>
    <message>
        <source>Activities serving each of the seven characteristics. One activity can serve several.</source>
        <translation>Activités contribuant à chacune des sept caractéristiques. Une même activité peut contribuer à plusieurs.</translation>
    </message>
    <message>
        <source>By characteristic</source>
        <translation>Par caractéristique</translation>
    </message>
    <message>
        <source>Activities by measure</source>
        <translation>Activités par mesure</translation>
    </message>
    <message>
        <source>Activities reported under each measure of the catalogue.</source>
        <translation>Activités déclarées au titre de chaque mesure du catalogue.</translation>
    </message>
    <message>
        <source>By measure</source>
        <translation>Par mesure</translation>
    </message>
    <message>
        <source>Activities by characteristic and year</source>
        <translation>Activités par caractéristique et par année</translation>
    </message>
    <message>
        <source>Activities serving each characteristic in the reports of {state}, year by year. For a year with several reports, the most recently updated one counts.</source>
        <translation>Activités contribuant à chaque caractéristique dans les rapports de cet État ({state}), année par année. Pour une année comportant plusieurs rapports, seul le plus récemment mis à jour est pris en compte.</translation>
    </message>
    <message>
        <source>This database has no report of {state} for another year, so only this report ({year}) is shown. Earlier reports of {state} would appear here, year by year, next to this one.</source>
        <translation>Cette base de données ne contient aucun rapport de cet État ({state}) pour une autre année&#xa0;; seul ce rapport ({year}) est donc affiché. Les rapports antérieurs de cet État apparaîtraient ici, année par année, à côté de celui-ci.</translation>
    </message>
    <message>
        <source>Year over year</source>
        <translation>Évolution annuelle</translation>
    </message>
    <message>
        <source>{year} (this report)</source>
        <translation>{year} (ce rapport)</translation>
    </message>
    <message>
        <source>{activities} activities. {answered} of {total} measures answered (a status or “nothing to report”): {percent}%.</source>
        <translation>{activities} activités. {answered} mesures sur {total} renseignées (un statut ou «&#xa0;rien à signaler&#xa0;»)&#xa0;: {percent}&#xa0;%.</translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <source>The database %1 is already open in CSBM Desktop on this computer (process %2).</source>
        <translation>La base de données %1 est déjà ouverte dans CSBM Desktop sur cet ordinateur (processus %2).</translation>
    </message>
    <message>
        <source>The database %1 is already open in CSBM Desktop on the computer %3 (process %2).</source>
        <translation>La base de données %1 est déjà ouverte dans CSBM Desktop sur l&apos;ordinateur %3 (processus %2).</translation>
    </message>
    <message>
        <source>Only one window at a time can work on a database, so that neither overwrites the other&apos;s changes. Switch to that window, or close it and try again, or open another database.</source>
        <translation>Une seule fenêtre à la fois peut travailler sur une base de données, pour qu&apos;aucune n&apos;écrase les modifications de l&apos;autre. Passez à cette fenêtre, ou fermez-la et réessayez, ou ouvrez une autre base de données.</translation>
    </message>
    <message>
        <source>If CSBM Desktop is no longer running on %1, delete the file %2 and try again.</source>
        <translation>Si CSBM Desktop ne tourne plus sur %1, supprimez le fichier %2 et réessayez.</translation>
    </message>
    <message>
        <source>Database already open</source>
        <translation>Base de données déjà ouverte</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation>&amp;Ouvrir une autre base de données…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>A final report is exported signed. Any other report leaves as a review copy marked DRAFT, unsigned.</source>
        <translation>Un rapport définitif est exporté signé. Tout autre rapport sort comme copie de révision portant la mention BROUILLON, sans signature.</translation>
    </message>
    <message>
        <source>The report is final: sign the PDF as the preparer and then as the authorising officer.</source>
        <translation>Le rapport est définitif&#xa0;: signez le PDF en tant que rédacteur, puis en tant qu&apos;autorité d&apos;approbation.</translation>
    </message>
    <message>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <source>&amp;Workbook (Excel)</source>
        <translation>&amp;Classeur (Excel)</translation>
    </message>
    <message>
        <source>&amp;Transmission package (.zip)</source>
        <translation>Paquet de &amp;transmission (.zip)</translation>
    </message>
    <message>
        <source>Include sensitive &amp;answers (cleared)</source>
        <translation>I&amp;nclure les réponses sensibles (validées)</translation>
    </message>
    <message>
        <source>This report is marked public: answers to the questions marked sensitive are left out of the files unless you include them, once they have been cleared.</source>
        <translation>Ce rapport est marqué public : les réponses aux questions marquées sensibles sont omises des fichiers, sauf si vous les incluez une fois validées.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>&amp;Unsigned</source>
        <translation>&amp;Sans signature</translation>
    </message>
    <message>
        <source>Certificate f&amp;iles (.p12, .pfx)</source>
        <translation>&amp;Fichiers de certificat (.p12, .pfx)</translation>
    </message>
    <message>
        <source>Smart &amp;card (PKCS#11)</source>
        <translation>Ca&amp;rte à puce (PKCS#11)</translation>
    </message>
    <message>
        <source>Certificates (*.p12 *.pfx)</source>
        <translation>Certificats (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Preparer&apos;s certificate</source>
        <translation>Certificat du rédacteur</translation>
    </message>
    <message>
        <source>Authorising officer&apos;s certificate</source>
        <translation>Certificat de l&apos;autorité d&apos;approbation</translation>
    </message>
    <message>
        <source>PKCS#11 library</source>
        <translation>Bibliothèque PKCS#11</translation>
    </message>
    <message>
        <source>Libraries (*.so *.dll *.dylib)</source>
        <translation>Bibliothèques (*.so *.dll *.dylib)</translation>
    </message>
    <message>
        <source>Token label</source>
        <translation>Étiquette du jeton</translation>
    </message>
    <message>
        <source>Key label</source>
        <translation>Étiquette de la clé</translation>
    </message>
    <message>
        <source>Preparer:</source>
        <translation>Rédacteur&#xa0;:</translation>
    </message>
    <message>
        <source>Authorising officer:</source>
        <translation>Autorité d&apos;approbation&#xa0;:</translation>
    </message>
    <message>
        <source>Library:</source>
        <translation>Bibliothèque&#xa0;:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clé&#xa0;:</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Fichiers&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Long-term validation (optional)</source>
        <translation>Validation à long terme (facultative)</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat de l’AC</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <source>Revocation lists (CRL files)</source>
        <translation>Listes de révocation (fichiers CRL)</translation>
    </message>
    <message>
        <source>Several files are separated by ;</source>
        <translation>Plusieurs fichiers sont séparés par ;</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>CRLs (*.crl *.pem)</source>
        <translation>CRL (*.crl *.pem)</translation>
    </message>
    <message>
        <source>Time-stamp authority (URL)</source>
        <translation>Autorité d’horodatage (URL)</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>Certificat de l’AC&#xa0;:</translation>
    </message>
    <message>
        <source>Revocation lists:</source>
        <translation>Listes de révocation&#xa0;:</translation>
    </message>
    <message>
        <source>Time-stamp authority:</source>
        <translation>Autorité d’horodatage&#xa0;:</translation>
    </message>
    <message>
        <source>the preparer</source>
        <translation>le rédacteur</translation>
    </message>
    <message>
        <source>the authorising officer</source>
        <translation>l&apos;autorité d&apos;approbation</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase of the certificate of %1:</source>
        <translation>Phrase secrète du certificat pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN of the card:</source>
        <translation>PIN de la carte&#xa0;:</translation>
    </message>
    <message>
        <source>These files exist already. Replace them?</source>
        <translation>Ces fichiers existent déjà. Les remplacer ?</translation>
    </message>
    <message>
        <source>The same certificate would sign as the preparer and as the authorising officer. Why? (recorded in the audit trail)</source>
        <translation>Le même certificat signerait comme rédacteur et comme autorité d&apos;approbation. Pourquoi ? (consigné dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>Exported:</source>
        <translation>Fichiers exportés&#xa0;:</translation>
    </message>
    <message>
        <source>Document %1, content SHA-256 %2</source>
        <translation>Document %1, SHA-256 du contenu %2</translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation>Signé par %1</translation>
    </message>
</context>
<context>
    <name>FieldEditors</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>cut to the most this field holds</source>
        <translation>coupé au maximum que ce champ admet</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Choisir dans un calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>Clear date</source>
        <translation>Effacer la date</translation>
    </message>
    <message>
        <source>DD</source>
        <comment>day, in a date pattern</comment>
        <translation>JJ</translation>
    </message>
    <message>
        <source>MM</source>
        <comment>month, in a date pattern</comment>
        <translation>MM</translation>
    </message>
    <message>
        <source>YYYY</source>
        <comment>year, in a date pattern</comment>
        <translation>AAAA</translation>
    </message>
    <message>
        <source>There is no such date; check the day and the month. Not saved.</source>
        <translation>Cette date n&apos;existe pas ; vérifiez le jour et le mois. Non enregistrée.</translation>
    </message>
    <message>
        <source>Not a whole date: type the day, the month and the year in full (%1). Not saved.</source>
        <translation>Date incomplète : tapez le jour, le mois et l&apos;année en entier (%1). Non enregistrée.</translation>
    </message>
    <message>
        <source>%1 is too large: enter a whole number from 0 to %2. Not saved.</source>
        <translation>%1 est trop grand : saisissez un nombre entier de 0 à %2. Non enregistré.</translation>
    </message>
    <message>
        <source>Nothing in the list matches “%1” alone; the field is unchanged.</source>
        <translation>Aucune entrée de la liste ne correspond seule à « %1 » ; le champ n&apos;a pas changé.</translation>
    </message>
    <message>
        <source>Type a state&apos;s name to add it…</source>
        <translation>Saisissez le nom d&apos;un État pour l&apos;ajouter…</translation>
    </message>
    <message>
        <source>No single state matches “%1”; type more of its name.</source>
        <translation>Aucun État ne correspond seul à « %1 » ; tapez davantage de son nom.</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Retirer {name}</translation>
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
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Open comments: %1</source>
        <translation>Commentaires ouverts : %1</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>Créer l&apos;administrateur</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the administrator, who will add the other users (drafters, reviewers, the authorising officer, clerks). In a small office one person may hold several roles.</source>
        <translation>Cette base de données ne contient encore aucun compte. Créez l&apos;administrateur, qui ajoutera les autres utilisateurs (rédacteurs, réviseurs, l&apos;autorité d&apos;approbation, agents de transmission). Dans un petit service, une même personne peut cumuler plusieurs rôles.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Répétez le mot de passe</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nom &amp;complet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters; a short sentence is easy to remember.</source>
        <translation>
            <numerusform>Au moins %n caractère ; une courte phrase est facile à retenir.</numerusform>
            <numerusform>Au moins %n caractères ; une courte phrase est facile à retenir.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter&#xa0;:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rôles&#xa0;:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe ne correspondent pas.</translation>
    </message>
</context>
<context>
    <name>FormInstall</name>
    <message>
        <source>Install form version</source>
        <translation>Installer une version du formulaire</translation>
    </message>
    <message>
        <source>Form files (*.yaml *.yml)</source>
        <translation>Fichiers de formulaire (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Form version %1 is installed: new reports use it, started ones keep theirs.</source>
        <translation>La version %1 du formulaire est installée&#xa0;: les nouveaux rapports l&apos;utilisent, ceux déjà commencés gardent la leur.</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>Help for the field you are in appears here. Move through the form with Tab; the steps on the left show where something is missing.</source>
        <translation>L&apos;aide relative au champ actif s&apos;affiche ici. Parcourez le formulaire avec la touche Tab&#xa0;; les étapes à gauche indiquent où des informations manquent.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Implementation status</source>
        <translation>Statut de mise en œuvre</translation>
    </message>
    <message>
        <source>Say whether the measure was implemented in the period, partly, not at all, or does not apply to your state. Tick “Nothing to report” to say so explicitly; a measure marked implemented needs at least one activity.</source>
        <translation>Indiquez si la mesure a été mise en œuvre au cours de la période, partiellement, pas du tout, ou si elle ne s&apos;applique pas à votre État. Cochez «&#xa0;Rien à signaler&#xa0;» pour le déclarer explicitement&#xa0;; une mesure indiquée comme mise en œuvre doit comporter au moins une activité.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of the report</source>
        <translation>Historique du rapport</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <source>Working copy</source>
        <translation>Copie de travail</translation>
    </message>
    <message>
        <source>last changed %1 by %2</source>
        <translation>dernière modification&#xa0;: %1, par %2</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Révision %1</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versions</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>with</source>
        <translation>avec</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation>&amp;avec</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>&amp;Restore this revision…</source>
        <translation>&amp;Restaurer cette révision…</translation>
    </message>
    <message>
        <source>You cannot restore a revision of this report.</source>
        <translation>Vous ne pouvez pas restaurer une révision de ce rapport.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Revision %1 (%2)</source>
        <translation>Révision %1 (%2)</translation>
    </message>
    <message>
        <source>the working copy</source>
        <translation>la copie de travail</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>la révision %1</translation>
    </message>
    <message>
        <source>No revision has been saved yet. Save one from the check step to keep a version you can come back to.</source>
        <translation>Aucune révision n&apos;a encore été enregistrée. Enregistrez-en une depuis l&apos;étape de vérification pour garder une version à laquelle revenir.</translation>
    </message>
    <message>
        <source>Choose two different versions to compare.</source>
        <translation>Choisissez deux versions différentes à comparer.</translation>
    </message>
    <message>
        <source>No changes from %1 to %2.</source>
        <translation>Aucune modification entre %1 et %2.</translation>
    </message>
    <message>
        <source>1 change from %2 to %3.</source>
        <translation>1 modification entre %2 et %3.</translation>
    </message>
    <message>
        <source>%1 changes from %2 to %3.</source>
        <translation>%1 modifications entre %2 et %3.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Restore revision</source>
        <translation>Restaurer la révision</translation>
    </message>
    <message>
        <source>Replace the working copy with the content of revision %1?

Saved revisions stay as they are; whatever the working copy holds now and was not saved as a revision is replaced.</source>
        <translation>Remplacer la copie de travail par le contenu de la révision %1&#xa0;?

Les révisions enregistrées restent telles quelles&#xa0;; ce que contient la copie de travail et qui n&apos;a pas été enregistré comme révision est remplacé.</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <source>Workbook not imported</source>
        <translation>Classeur non importé</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: it has %n problem(s). Fix them in the workbook and import it again.</source>
        <translation>
            <numerusform>Rien n&apos;a été importé de %1 : il présente %n problème. Corrigez-le dans le classeur et importez-le à nouveau.</numerusform>
            <numerusform>Rien n&apos;a été importé de %1 : il présente %n problèmes. Corrigez-les dans le classeur et importez-le à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Note: </source>
        <translation>Remarque : </translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation>&amp;Copier la liste</translation>
    </message>
    <message>
        <source>&amp;Map columns…</source>
        <translation>&amp;Associer les colonnes…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;New report…</source>
        <translation>&amp;Nouveau rapport…</translation>
    </message>
    <message>
        <source>Open a &amp;demo report</source>
        <translation>Ouvrir un rapport de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Close report</source>
        <translation>&amp;Fermer le rapport</translation>
    </message>
    <message>
        <source>&amp;Save revision…</source>
        <translation>&amp;Enregistrer la révision…</translation>
    </message>
    <message>
        <source>&amp;Export as JSON…</source>
        <translation>E&amp;xporter en JSON…</translation>
    </message>
    <message>
        <source>&amp;Import from JSON…</source>
        <translation>&amp;Importer depuis JSON…</translation>
    </message>
    <message>
        <source>Install &amp;form version…</source>
        <translation>Installer une version du &amp;formulaire…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Add activity</source>
        <translation>A&amp;jouter une activité</translation>
    </message>
    <message>
        <source>&amp;Delete activity</source>
        <translation>&amp;Supprimer l&apos;activité</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>Étape &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>Étape &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Check report</source>
        <translation>&amp;Vérifier le rapport</translation>
    </message>
    <message>
        <source>C&amp;overage chart…</source>
        <translation>Graphique de &amp;couverture…</translation>
    </message>
    <message>
        <source>Re&amp;visions…</source>
        <translation>&amp;Révisions…</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;About CSBM Desktop</source>
        <translation>À &amp;propos de CSBM Desktop</translation>
    </message>
    <message>
        <source>&amp;Help panel</source>
        <translation>Panneau d&apos;&amp;aide</translation>
    </message>
    <message>
        <source>&amp;Step list</source>
        <translation>Liste des é&amp;tapes</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>Ouvrir une autre base de données</translation>
    </message>
    <message>
        <source>CSBM Desktop databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Bases de données CSBM Desktop (*.sqlite3 *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No account yet: nothing can be opened.</source>
        <translation>Aucun compte pour l&apos;instant&#xa0;: rien ne peut être ouvert.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Vous êtes déconnecté.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>CSBM Desktop was not closed properly last time (a crash or a power cut). Your reports are as they were at the last automatic save, a few seconds before it stopped.</source>
        <translation>CSBM Desktop n&apos;a pas été fermé correctement la dernière fois (plantage ou coupure de courant). Vos rapports sont tels qu&apos;ils étaient lors du dernier enregistrement automatique, quelques secondes avant l&apos;arrêt.</translation>
    </message>
    <message>
        <source>Copied forward</source>
        <translation>Copié du rapport précédent</translation>
    </message>
    <message>
        <source>Form version %1 has no place for these; re-enter them if needed:</source>
        <translation>La version %1 du formulaire n&apos;a pas de place pour ces éléments&#xa0;; saisissez-les de nouveau si nécessaire&#xa0;:</translation>
    </message>
    <message>
        <source>Creating a demo report…</source>
        <translation>Création d&apos;un rapport de démonstration…</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The last changes could not be saved:
%1

Close anyway and lose them?</source>
        <translation>Les dernières modifications n&apos;ont pas pu être enregistrées&#xa0;:
%1

Fermer quand même et les perdre&#xa0;?</translation>
    </message>
    <message>
        <source>Delete report</source>
        <translation>Supprimer le rapport</translation>
    </message>
    <message>
        <source>Delete this draft report and all its activities and attachments? This cannot be undone.</source>
        <translation>Supprimer ce brouillon de rapport ainsi que toutes ses activités et pièces jointes&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Save revision</source>
        <translation>Enregistrer la révision</translation>
    </message>
    <message>
        <source>Describe this revision (for example “sent to the legal office”):</source>
        <translation>Décrivez cette révision (par exemple «&#xa0;envoyée au service juridique&#xa0;»)&#xa0;:</translation>
    </message>
    <message>
        <source>Revision %1 saved.</source>
        <translation>Révision %1 enregistrée.</translation>
    </message>
    <message>
        <source>No revision saved yet. Use File › Save revision (Ctrl+S).</source>
        <translation>Aucune révision enregistrée pour l&apos;instant. Utilisez Fichier › Enregistrer la révision (Ctrl+S).</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Report files (*.json)</source>
        <translation>Fichiers de rapport (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importer un rapport</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>All changes saved (%1)</source>
        <translation>Toutes les modifications sont enregistrées (%1)</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <source>About CSBM Desktop</source>
        <translation>À propos de CSBM Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CSBM Desktop %1&lt;/h3&gt;&lt;p&gt;Prepare, review and export the annual report on confidence- and security-building measures to the OAS. Works entirely offline.&lt;/p&gt;&lt;p&gt;Form and catalogue: %2&lt;/p&gt;&lt;p&gt;Database: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CSBM Desktop %1&lt;/h3&gt;&lt;p&gt;Préparez, examinez et exportez le rapport annuel à l&apos;OEA sur les mesures de développement de la confiance et de la sécurité. Fonctionne entièrement hors ligne.&lt;/p&gt;&lt;p&gt;Formulaire et catalogue&#xa0;: %2&lt;/p&gt;&lt;p&gt;Base de données&#xa0;: %3&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeasureTableModel</name>
    <message>
        <source>OAS: %1 (2009 list) · %2 (online)</source>
        <translation>OEA : %1 (liste de 2009) · %2 (en ligne)</translation>
    </message>
    <message>
        <source>The form&apos;s own number; the OAS&apos;s numbers are under each title</source>
        <translation>Le numéro propre au formulaire ; ceux de l&apos;OEA figurent sous chaque intitulé</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Nothing to report</source>
        <translation>Rien à signaler</translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <source>Search measures</source>
        <translation>Rechercher des mesures</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Cette période</translation>
    </message>
    <message>
        <source>Implementation status</source>
        <translation>Statut de mise en œuvre</translation>
    </message>
    <message>
        <source>&amp;Nothing to report</source>
        <translation>&amp;Rien à signaler</translation>
    </message>
    <message>
        <source>Implementation &amp;status:</source>
        <translation>&amp;Statut de mise en œuvre&#xa0;:</translation>
    </message>
    <message>
        <source>Narrative on the measure</source>
        <translation>Exposé sur la mesure</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Narrati&amp;ve:</source>
        <translation>E&amp;xposé&#xa0;:</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Activities of this measure</source>
        <translation>Activités de cette mesure</translation>
    </message>
    <message>
        <source>&amp;Add activity</source>
        <translation>&amp;Ajouter une activité</translation>
    </message>
    <message>
        <source>De&amp;lete activity</source>
        <translation>Supprim&amp;er l&apos;activité</translation>
    </message>
    <message>
        <source>Select an activity, or add one, to edit it here.</source>
        <translation>Sélectionnez une activité, ou ajoutez-en une, pour la modifier ici.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Change measure status</source>
        <translation>Modifier le statut de la mesure</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>Fichier trop volumineux</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>Impossible de lire le fichier</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Retirer la pièce jointe</translation>
    </message>
    <message>
        <source>Remove this attachment from the activity? Saved revisions keep their copy.</source>
        <translation>Retirer cette pièce jointe de l&apos;activité&#xa0;? Les révisions enregistrées en conservent une copie.</translation>
    </message>
    <message>
        <source>Nothing to report</source>
        <translation>Rien à signaler</translation>
    </message>
</context>
<context>
    <name>NewReportDialog</name>
    <message>
        <source>New report</source>
        <translation>Nouveau rapport</translation>
    </message>
    <message>
        <source>&amp;Copy forward from an earlier report</source>
        <translation>&amp;Copier à partir d&apos;un rapport antérieur</translation>
    </message>
    <message>
        <source>Reporting state</source>
        <translation>État déclarant</translation>
    </message>
    <message>
        <source>Reporting year</source>
        <translation>Année du rapport</translation>
    </message>
    <message>
        <source>Report to copy from</source>
        <translation>Rapport à copier</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>Copying brings last year&apos;s contacts, measure statuses, answers and activities. Every copied activity keeps its old dates, so the check lists each one until you have reviewed it.</source>
        <translation>La copie reprend les contacts, les statuts des mesures, les réponses et les activités de l&apos;année précédente. Chaque activité copiée conserve ses anciennes dates&#xa0;; la vérification la signale donc tant que vous ne l&apos;avez pas revue.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>There can be no report for %1: enter a year from %2 to %3.</source>
        <translation>Il ne peut y avoir de rapport pour %1 : saisissez une année de %2 à %3.</translation>
    </message>
    <message>
        <source>No single state matches “%1”: type more of its name, or pick it from the list.</source>
        <translation>Aucun État ne correspond seul à « %1 » : tapez davantage de son nom ou choisissez-le dans la liste.</translation>
    </message>
    <message>
        <source>OAS deadline: %1</source>
        <translation>Date limite de l&apos;OEA&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>%1, %2 · form %3 %4 · OAS deadline %5</source>
        <translation>%1, %2 · formulaire %3 %4 · date limite de l&apos;OEA %5</translation>
    </message>
    <message numerus="yes">
        <source>(in %n day(s))</source>
        <translation>
            <numerusform>(dans %n jour)</numerusform>
            <numerusform>(dans %n jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n day(s) late)</source>
        <translation>
            <numerusform>(%n jour de retard)</numerusform>
            <numerusform>(%n jours de retard)</numerusform>
        </translation>
    </message>
    <message>
        <source>This report was copied forward from an earlier one. Re-check every copied activity: its dates, partners and outcome belong to last year until you change them. The check step lists each one still dated outside this period.</source>
        <translation>Ce rapport a été repris d&apos;un rapport antérieur. Revérifiez chaque activité copiée&#xa0;: ses dates, ses partenaires et son résultat se rapportent à l&apos;année précédente tant que vous ne les avez pas modifiés. L&apos;étape de vérification signale chacune de celles qui sont encore datées en dehors de cette période.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportEditor</name>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Check &amp; submit</source>
        <translation>Vérifier et soumettre</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>This report is %1 and can no longer be edited.</source>
        <translation>Ce rapport (%1) ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>You may read this report and comment on it; only a drafter can change it.</source>
        <translation>Vous pouvez lire ce rapport et le commenter ; seul un rédacteur peut le modifier.</translation>
    </message>
    <message numerus="yes">
        <source>(%n open comment(s))</source>
        <translation>
            <numerusform>(%n commentaire ouvert)</numerusform>
            <numerusform>(%n commentaires ouverts)</numerusform>
        </translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complète</translation>
    </message>
    <message>
        <source>has warnings</source>
        <translation>comporte des avertissements</translation>
    </message>
    <message>
        <source>has errors</source>
        <translation>comporte des erreurs</translation>
    </message>
</context>
<context>
    <name>ReportSession</name>
    <message>
        <source>Edit</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>modifier %1</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Ajouter une activité</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Supprimer l&apos;activité</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Deadlines for the %1 reports</source>
        <translation>Échéances des rapports sur %1</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>OAS deadline</source>
        <translation>Date limite de l&apos;OEA</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>&amp;New report…</source>
        <translation>&amp;Nouveau rapport…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (dans %n jour)</numerusform>
            <numerusform>%1 (dans %n jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) late)</source>
        <translation>
            <numerusform>%1 (%n jour de retard)</numerusform>
            <numerusform>%1 (%n jours de retard)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>S&amp;ubmit for review…</source>
        <translation>&amp;Soumettre pour révision…</translation>
    </message>
    <message>
        <source>Request chan&amp;ges</source>
        <translation>&amp;Demander des modifications</translation>
    </message>
    <message>
        <source>Resume &amp;drafting</source>
        <translation>Re&amp;prendre la rédaction</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>&amp;Finalise (lock)</source>
        <translation>&amp;Finaliser (verrouiller)</translation>
    </message>
    <message>
        <source>Record &amp;transmission…</source>
        <translation>Enregistrer la &amp;transmission…</translation>
    </message>
    <message>
        <source>&amp;Revert to draft…</source>
        <translation>Revenir au &amp;brouillon…</translation>
    </message>
    <message>
        <source>&amp;History and differences…</source>
        <translation>&amp;Historique et différences…</translation>
    </message>
    <message>
        <source>Co&amp;mment on this field…</source>
        <translation>Co&amp;mmenter ce champ…</translation>
    </message>
    <message>
        <source>Re&amp;lax separation of duties…</source>
        <translation>Assoup&amp;lir la séparation des tâches…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Utilisateurs…</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>&amp;Journal d&apos;audit…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Changer le &amp;mot de passe…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se déc&amp;onnecter</translation>
    </message>
    <message>
        <source>E&amp;xport PDF and workbook…</source>
        <translation>Exporter le PDF et le &amp;classeur…</translation>
    </message>
    <message>
        <source>&amp;Verify a signed file…</source>
        <translation>&amp;Vérifier un fichier signé…</translation>
    </message>
    <message>
        <source>Review &amp;bundles</source>
        <translation>&amp;Paquets de révision</translation>
    </message>
    <message>
        <source>Send for &amp;review (bundle)…</source>
        <translation>Envoyer en &amp;révision (paquet)…</translation>
    </message>
    <message>
        <source>Send &amp;comments back (bundle)…</source>
        <translation>Renvoyer les &amp;commentaires (paquet)…</translation>
    </message>
    <message>
        <source>&amp;Import a bundle…</source>
        <translation>&amp;Importer un paquet…</translation>
    </message>
    <message>
        <source>Ad&amp;ministration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>&amp;Review panel</source>
        <translation>Panneau de &amp;révision</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Separation of duties relaxed by %1: %2</source>
        <translation>Séparation des tâches assouplie par %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Soumettre pour révision</translation>
    </message>
    <message>
        <source>A note for the reviewers (optional):</source>
        <translation>Une note pour les réviseurs (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Revert to draft</source>
        <translation>Revenir au brouillon</translation>
    </message>
    <message>
        <source>Why must this report be changed again? The reason is recorded.</source>
        <translation>Pourquoi ce rapport doit-il être modifié à nouveau&#xa0;? Le motif est consigné.</translation>
    </message>
    <message>
        <source>Approve this report? It then goes to the authorising officer.</source>
        <translation>Approuver ce rapport&#xa0;? Il passera ensuite à l&apos;autorité d&apos;approbation.</translation>
    </message>
    <message>
        <source>Finalise this report? It is locked against any change.</source>
        <translation>Finaliser ce rapport&#xa0;? Il sera verrouillé contre toute modification.</translation>
    </message>
    <message>
        <source>The report is now: %1</source>
        <translation>Nouveau statut du rapport&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This report still has %n error(s). Submit it for review anyway?</source>
        <translation>
            <numerusform>Ce rapport comporte encore %n erreur. Le soumettre quand même à la révision ?</numerusform>
            <numerusform>Ce rapport comporte encore %n erreurs. Le soumettre quand même à la révision ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Relax separation of duties</source>
        <translation>Assouplir la séparation des tâches</translation>
    </message>
    <message>
        <source>Allow someone who edited this report to approve it (for example, an office of two). Why? The reason is recorded and shown on the report.</source>
        <translation>Permettre à une personne ayant modifié ce rapport de l&apos;approuver (par exemple, dans un service de deux personnes). Pourquoi&#xa0;? Le motif est consigné et affiché sur le rapport.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Mot de passe actuel&#xa0;:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>Confirmez le nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Mot de passe modifié.</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Open threads</source>
        <translation>Fils ouverts</translation>
    </message>
    <message>
        <source>All threads</source>
        <translation>Tous les fils</translation>
    </message>
    <message>
        <source>My threads</source>
        <translation>Mes fils</translation>
    </message>
    <message>
        <source>Threads on this step</source>
        <translation>Fils de cette étape</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>&amp;Commenter…</translation>
    </message>
    <message>
        <source>Re&amp;ply…</source>
        <translation>&amp;Répondre…</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>Ré&amp;soudre</translation>
    </message>
    <message>
        <source>Reo&amp;pen</source>
        <translation>Rou&amp;vrir</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;jeter</translation>
    </message>
    <message>
        <source>&amp;Go to field</source>
        <translation>A&amp;ller au champ</translation>
    </message>
    <message>
        <source>(no such user here)</source>
        <translation>(utilisateur inconnu ici)</translation>
    </message>
    <message>
        <source>From a bundle signed by %1.</source>
        <translation>D&apos;un paquet signé par %1.</translation>
    </message>
    <message>
        <source>From an unsigned bundle.</source>
        <translation>D&apos;un paquet non signé.</translation>
    </message>
    <message>
        <source>Resolved by %1 according to the bundle; a reviewer here must confirm it (Resolve).</source>
        <translation>Résolu par %1 d&apos;après le paquet ; un réviseur d&apos;ici doit le confirmer (Résoudre).</translation>
    </message>
    <message>
        <source>Made on revision %1; the report is now at revision %2.</source>
        <translation>Fait sur la révision %1 ; le rapport en est maintenant à la révision %2.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>Suggests: %1 (%2)</source>
        <translation>Suggère&#xa0;: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Drafter</source>
        <translation>Rédacteur</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Réviseur</translation>
    </message>
    <message>
        <source>Authorising officer</source>
        <translation>Autorité d&apos;approbation</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Agent de transmission</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Session locked</source>
        <translation>Session verrouillée</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>The session was locked after a period without activity. Enter your password to continue.</source>
        <translation>La session a été verrouillée après une période d&apos;inactivité. Saisissez votre mot de passe pour continuer.</translation>
    </message>
    <message>
        <source>Sign in with your CSBM Desktop account.</source>
        <translation>Connectez-vous avec votre compte CSBM Desktop.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>TransmissionDialog</name>
    <message>
        <source>Record transmission</source>
        <translation>Enregistrer la transmission</translation>
    </message>
    <message>
        <source>Record how and when the final report was sent to the OAS. The record goes into the report&apos;s history and the audit trail.</source>
        <translation>Enregistrez comment et quand le rapport définitif a été transmis à l&apos;OEA. L&apos;enregistrement rejoint l&apos;historique du rapport et le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Diplomatic pouch</source>
        <translation>Valise diplomatique</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>OAS portal</source>
        <translation>Portail de l&apos;OEA</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation>Date d&apos;envoi</translation>
    </message>
    <message>
        <source>e.g. note verbale no. 123/2026</source>
        <translation>p. ex. note verbale n° 123/2026</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>&amp;Sent by:</source>
        <translation>&amp;Envoyé par :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>at least %1 characters</source>
        <translation>au moins %1 caractères</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>for signing in, without spaces</source>
        <translation>pour se connecter, sans espaces</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>full name, optional</source>
        <translation>nom complet, facultatif</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Répétez le mot de passe</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nom &amp;affiché&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Répéter le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>Les deux mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>Rôles de %1</translation>
    </message>
    <message>
        <source>What %1 may do:</source>
        <translation>Ce que %1 peut faire&#xa0;:</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Réinitialiser le mot de passe de %1</translation>
    </message>
    <message>
        <source>Choose a new password and give it to %1 in person. It also unlocks the account.</source>
        <translation>Choisissez un nouveau mot de passe et remettez-le en personne à %1. Cela déverrouille aussi le compte.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Répétez le nouveau mot de passe</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Comptes d&apos;utilisateur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>R&amp;oles…</source>
        <translation>&amp;Rôles…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Réinitialiser le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>&amp;Lock the session after %1 minutes idle</source>
        <translation>&amp;Verrouiller la session après %1 minutes d&apos;inactivité</translation>
    </message>
    <message>
        <source>Minutes idle before the session locks</source>
        <translation>Minutes d&apos;inactivité avant le verrouillage de la session</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>Appli&amp;quer</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Accept only si&amp;gned review bundles</source>
        <translation>Accepter uniquement les paquets de révision &amp;signés</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Résultat de la dernière action</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Verrouillé jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Ac&amp;tiver</translation>
    </message>
    <message>
        <source>Account %1 added.</source>
        <translation>Compte %1 ajouté.</translation>
    </message>
    <message>
        <source>Roles of %1 changed.</source>
        <translation>Rôles de %1 modifiés.</translation>
    </message>
    <message>
        <source>New password set for %1.</source>
        <translation>Nouveau mot de passe défini pour %1.</translation>
    </message>
    <message>
        <source>Account %1 enabled.</source>
        <translation>Compte %1 activé.</translation>
    </message>
    <message>
        <source>Account %1 disabled: it can no longer sign in.</source>
        <translation>Compte %1 désactivé&#xa0;: il ne permet plus de se connecter.</translation>
    </message>
    <message>
        <source>Unsigned review bundles are now refused.</source>
        <translation>Les paquets de révision non signés sont désormais refusés.</translation>
    </message>
    <message>
        <source>Unsigned review bundles are accepted again (and say so).</source>
        <translation>Les paquets de révision non signés sont de nouveau acceptés (et signalés comme tels).</translation>
    </message>
    <message>
        <source>Sessions now lock after %1 minutes idle.</source>
        <translation>Les sessions se verrouillent désormais après %1 minutes d&apos;inactivité.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a signed file</source>
        <translation>Vérifier un fichier signé</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Signed files (*.pdf *.zip *.xlsx *.p7s)</source>
        <translation>Fichiers signés (*.pdf *.zip *.xlsx *.p7s)</translation>
    </message>
    <message>
        <source>Trusted authority</source>
        <translation>Autorité de confiance</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constatations</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Trust:</source>
        <translation>Autorité de &amp;confiance&#xa0;:</translation>
    </message>
    <message>
        <source>Valid and trusted.</source>
        <translation>Valide et de confiance.</translation>
    </message>
    <message>
        <source>NOT verified: see the findings below.</source>
        <translation>NON vérifié&#xa0;: consultez les constatations ci-dessous.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to CSBM Desktop</source>
        <translation>Bienvenue dans CSBM Desktop</translation>
    </message>
    <message>
        <source>Prepare your country&apos;s annual report to the OAS on confidence- and security-building measures, step by step through the seven characteristics. Everything stays on this computer.</source>
        <translation>Préparez le rapport annuel de votre pays à l&apos;OEA sur les mesures de développement de la confiance et de la sécurité, étape par étape, en suivant les sept caractéristiques. Toutes les données restent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;New report…</source>
        <translation>&amp;Nouveau rapport…</translation>
    </message>
    <message>
        <source>Open a &amp;demo report</source>
        <translation>Ouvrir un rapport de dé&amp;monstration</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>Nouveau rapport</translation>
    </message>
    <message>
        <source>Open a demo report</source>
        <translation>Ouvrir un rapport de démonstration</translation>
    </message>
</context>
<context>
    <name>WorkbookImportController</name>
    <message>
        <source>Import &amp;workbook…</source>
        <translation>Importer un c&amp;lasseur…</translation>
    </message>
    <message>
        <source>Import workbook</source>
        <translation>Importer un classeur</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Classeurs Excel (*.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Workbook imported as a new draft: %1 activities.</source>
        <translation>Classeur importé comme nouveau brouillon : %1 activités.</translation>
    </message>
    <message>
        <source>Whose report is this workbook?</source>
        <translation>À quel rapport appartient ce classeur ?</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>%1 has no row of column headings to map.</source>
        <translation>%1 n&apos;a pas de ligne d&apos;en-têtes de colonnes à associer.</translation>
    </message>
</context>
</TS>
