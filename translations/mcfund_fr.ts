<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>mcfund::AssignDialog</name>
    <message>
        <source>Assign Reviewers — %1</source>
        <translation>Affecter des personnes évaluatrices — %1</translation>
    </message>
    <message>
        <source>Check the reviewers who take part. Filling the round gives every application the number of reviewers below, the least loaded first, never one with a conflict of interest; what is assigned already stays.</source>
        <translation>Cochez les personnes évaluatrices qui participent. Remplir le volet donne à chaque demande le nombre de personnes évaluatrices indiqué ci-dessous, en commençant par les moins chargées, jamais une personne en conflit d&apos;intérêts; les affectations déjà faites sont conservées.</translation>
    </message>
    <message>
        <source>&amp;Reviewers:</source>
        <translation>&amp;Personnes évaluatrices&#xa0;:</translation>
    </message>
    <message>
        <source>Reviewers taking part</source>
        <translation>Personnes évaluatrices participantes</translation>
    </message>
    <message>
        <source>Name of another reviewer</source>
        <translation>Nom d&apos;une autre personne évaluatrice</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add the reviewer</source>
        <translation>Ajouter la personne évaluatrice</translation>
    </message>
    <message>
        <source>Reviewers per application</source>
        <translation>Personnes évaluatrices par demande</translation>
    </message>
    <message>
        <source>Reviewers per &amp;application:</source>
        <translation>Personnes évaluatrices par &amp;demande&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Fill the Round</source>
        <translation>&amp;Remplir le volet</translation>
    </message>
    <message>
        <source>Assign to &amp;This Application</source>
        <translation>Affecter à &amp;cette demande</translation>
    </message>
    <message>
        <source>Select an application in the ranking first.</source>
        <translation>Sélectionnez d&apos;abord une demande dans le classement.</translation>
    </message>
    <message>
        <source>The checked reviewers review “%1”.</source>
        <translation>Les personnes évaluatrices cochées évaluent «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Nothing was assigned: %1</source>
        <translation>Aucune affectation n&apos;a été faite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Every application already has its reviewers: nothing to add.</source>
        <translation>Chaque demande a déjà ses personnes évaluatrices&#xa0;: rien à ajouter.</translation>
    </message>
    <message numerus="yes">
        <source>%n new assignment(s).</source>
        <translation>
            <numerusform>%n nouvelle affectation.</numerusform>
            <numerusform>%n nouvelles affectations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) could not be filled: too few reviewers without a conflict of interest.</source>
        <translation>
            <numerusform>%n place n&apos;a pas pu être pourvue&#xa0;: trop peu de personnes évaluatrices sans conflit d&apos;intérêts.</numerusform>
            <numerusform>%n places n&apos;ont pas pu être pourvues&#xa0;: trop peu de personnes évaluatrices sans conflit d&apos;intérêts.</numerusform>
        </translation>
    </message>
    <message>
        <source>The checked reviewers are already on this application, or have a conflict of interest with it.</source>
        <translation>Les personnes évaluatrices cochées sont déjà affectées à cette demande, ou sont en conflit d&apos;intérêts avec elle.</translation>
    </message>
    <message numerus="yes">
        <source>%n reviewer(s) assigned to this application.</source>
        <translation>
            <numerusform>%n personne évaluatrice affectée à cette demande.</numerusform>
            <numerusform>%n personnes évaluatrices affectées à cette demande.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcfund::Assignments</name>
    <message>
        <source>assigned</source>
        <translation>à évaluer</translation>
    </message>
    <message>
        <source>scored</source>
        <translation>note attribuée</translation>
    </message>
    <message>
        <source>conflict of interest</source>
        <translation>conflit d&apos;intérêts</translation>
    </message>
    <message>
        <source>The reviewer is from %1.</source>
        <translation>La personne évaluatrice appartient à l&apos;établissement %1.</translation>
    </message>
    <message>
        <source>Each application needs at least one reviewer.</source>
        <translation>Chaque demande doit avoir au moins une personne évaluatrice.</translation>
    </message>
    <message>
        <source>There is no reviewer to assign.</source>
        <translation>Il n&apos;y a aucune personne évaluatrice à affecter.</translation>
    </message>
    <message numerus="yes">
        <source>assignment of reviewers to %n application(s)</source>
        <translation>
            <numerusform>affectation de personnes évaluatrices à %n demande</numerusform>
            <numerusform>affectation de personnes évaluatrices à %n demandes</numerusform>
        </translation>
    </message>
    <message>
        <source>The application %1 does not exist.</source>
        <translation>La demande %1 n&apos;existe pas.</translation>
    </message>
    <message numerus="yes">
        <source>assignment of %n reviewer place(s)</source>
        <translation>
            <numerusform>affectation de %n place de personne évaluatrice</numerusform>
            <numerusform>affectation de %n places de personnes évaluatrices</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not assigned to this application.</source>
        <translation>%1 ne fait pas partie des personnes évaluatrices de cette demande.</translation>
    </message>
    <message>
        <source>%1 declared a conflict of interest on this application; it stays on record.</source>
        <translation>%1 a déclaré un conflit d&apos;intérêts pour cette demande; il reste consigné.</translation>
    </message>
    <message>
        <source>%1 has already scored this application; the assignment stays.</source>
        <translation>%1 a déjà noté cette demande; l&apos;affectation est maintenue.</translation>
    </message>
    <message>
        <source>removal of %1 from an application</source>
        <translation>retrait de %1 d&apos;une demande</translation>
    </message>
    <message>
        <source>Say why there is a conflict of interest: the reason is kept on record.</source>
        <translation>Indiquez le motif du conflit d&apos;intérêts&#xa0;: il sera consigné.</translation>
    </message>
    <message>
        <source>Who declares the conflict is not known.</source>
        <translation>L&apos;identité de la personne qui déclare le conflit est inconnue.</translation>
    </message>
    <message>
        <source>%1 has already declared a conflict of interest on this application.</source>
        <translation>%1 a déjà déclaré un conflit d&apos;intérêts pour cette demande.</translation>
    </message>
    <message>
        <source>conflict of interest declared by %1 on “%2”</source>
        <translation>conflit d&apos;intérêts déclaré par %1 pour «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot read the reviews of the round: %1</source>
        <translation>Impossible de lire les évaluations du volet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the reviewers&apos; institutions: %1</source>
        <translation>Impossible de lire les établissements des personnes évaluatrices&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the reviewers: %1</source>
        <translation>Impossible de lire les personnes évaluatrices&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>mcfund::AuditLog</name>
    <message>
        <source>Cannot read who wrote in the change log: %1</source>
        <translation>Impossible de lire qui a écrit dans le journal des modifications&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>mcfund::AuditModel</name>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>mcfund::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>mcfund::ChangeLogUndo</name>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Annulé&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The change could not be written.</source>
        <translation>La modification n’a pas pu être écrite.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>La modification n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>Row %1 of the change log (%2 %3) cannot be undone: it is not a change mcfund wrote. Nothing was undone.</source>
        <translation>La ligne %1 du journal des modifications (%2 %3) ne peut pas être annulée&#xa0;: ce n&apos;est pas une modification écrite par mcfund. Rien n&apos;a été annulé.</translation>
    </message>
</context>
<context>
    <name>mcfund::ChartCommand</name>
    <message>
        <source>Draw a chart of funding to a PNG or SVG file.</source>
        <translation>Tracer un graphique du financement dans un fichier PNG ou SVG.</translation>
    </message>
    <message>
        <source>Group by: sector, round, institution-type or round-sector (default sector).</source>
        <translation>Regrouper par&#xa0;: sector, round, institution-type ou round-sector (par défaut&#xa0;: sector).</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GROUPE</translation>
    </message>
    <message>
        <source>What to count: approved, requested, projects or learners (default approved).</source>
        <translation>Mesure à représenter&#xa0;: approved, requested, projects ou learners (par défaut&#xa0;: approved).</translation>
    </message>
    <message>
        <source>MEASURE</source>
        <translation>MESURE</translation>
    </message>
    <message>
        <source>Only this round (its number).</source>
        <translation>Ce volet seulement (indiquer son numéro).</translation>
    </message>
    <message>
        <source>Only this sector (its code, e.g. health_care).</source>
        <translation>Ce secteur seulement (indiquer son code, p. ex. health_care).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>bars, donut or stacked (default: bars; stacked for round-sector).</source>
        <translation>bars, donut ou stacked (par défaut&#xa0;: bars; stacked pour round-sector).</translation>
    </message>
    <message>
        <source>STYLE</source>
        <translation>STYLE</translation>
    </message>
    <message>
        <source>Width in pixels (default 1600).</source>
        <translation>Largeur en pixels (1&#xa0;600 par défaut).</translation>
    </message>
    <message>
        <source>Height in pixels (default 1000).</source>
        <translation>Hauteur en pixels (1&#xa0;000 par défaut).</translation>
    </message>
    <message>
        <source>The picture to write: FILE.png or FILE.svg.</source>
        <translation>L&apos;image à produire&#xa0;: FICHIER.png ou FICHIER.svg.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>mcfund chart: %1</source>
        <translation>mcfund chart&#xa0;: %1</translation>
    </message>
    <message>
        <source>--by must be sector, round, institution-type or round-sector, not “%1”.</source>
        <translation>--by doit valoir sector, round, institution-type ou round-sector, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--measure must be approved, requested, projects or learners, not “%1”.</source>
        <translation>--measure doit valoir approved, requested, projects ou learners, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--style must be bars, donut or stacked, not “%1”.</source>
        <translation>--style doit valoir bars, donut ou stacked, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--style stacked goes with --by round-sector.</source>
        <translation>--style stacked s&apos;utilise avec --by round-sector.</translation>
    </message>
    <message>
        <source>--width and --height must be whole numbers of pixels between 100 and 10000.</source>
        <translation>--width et --height doivent être des nombres entiers de pixels compris entre 100 et 10&#xa0;000.</translation>
    </message>
    <message>
        <source>say where to write the chart with -o FILE.png or -o FILE.svg.</source>
        <translation>indiquez où écrire le graphique avec -o FICHIER.png ou -o FICHIER.svg.</translation>
    </message>
    <message>
        <source>“%1”: the file name must end in .png or .svg.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: le nom du fichier doit se terminer par .png ou .svg.</translation>
    </message>
    <message>
        <source>All rounds</source>
        <translation>Tous les volets</translation>
    </message>
    <message>
        <source>there is no round %1 in this workspace.</source>
        <translation>cet espace de travail ne contient aucun volet %1.</translation>
    </message>
    <message>
        <source>there is no sector with the code “%1”.</source>
        <translation>aucun secteur ne porte le code «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 by sector — %2</source>
        <translation>%1 par secteur — %2</translation>
    </message>
    <message>
        <source>%1 by round</source>
        <translation>%1 par volet</translation>
    </message>
    <message>
        <source>%1 by institution type — %2</source>
        <translation>%1 par type d&apos;établissement — %2</translation>
    </message>
    <message>
        <source>%1 by round and sector</source>
        <translation>%1 par volet et par secteur</translation>
    </message>
    <message>
        <source>mcfund chart: note: %1</source>
        <translation>mcfund chart&#xa0;: remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2×%3).</source>
        <translation>Fichier %1 écrit (%2×%3).</translation>
    </message>
</context>
<context>
    <name>mcfund::CheckCommand</name>
    <message>
        <source>Check a workspace for damage, reading it only. Without --full: its header, version and schema, and every page of the file (SQLite&apos;s quick_check). Other commands check the whole file only when it has changed since it was last found sound.</source>
        <translation>Vérifier si un espace de travail est endommagé, sans rien y écrire. Sans --full&#xa0;: son en-tête, sa version et son schéma, et chaque page du fichier (quick_check de SQLite). Les autres commandes ne vérifient le fichier entier que s&apos;il a changé depuis la dernière fois qu&apos;il a été trouvé intact.</translation>
    </message>
    <message>
        <source>Also check every index against its table, every reference between records and the search indexes (slower).</source>
        <translation>Vérifier aussi chaque index par rapport à sa table, chaque référence entre enregistrements et les index de recherche (plus lent).</translation>
    </message>
    <message>
        <source>mcfund check: %1</source>
        <translation>mcfund check&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is a shared workspace that this version of mcfund reads. The server itself keeps its pages whole; its administrator checks them with PostgreSQL&apos;s own tools.</source>
        <translation>%1 est un espace de travail partagé que cette version de mcfund sait lire. Le serveur veille lui-même à l&apos;intégrité de ses pages; son administrateur les vérifie avec les outils de PostgreSQL.</translation>
    </message>
    <message>
        <source>mcfund check: “%1” does not exist.</source>
        <translation>mcfund check&#xa0;: «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>“%1” is sound: its header, schema and every page, every index against its table, every reference between records and both search indexes were checked (%2 s).</source>
        <translation>«&#xa0;%1&#xa0;» est intact&#xa0;: son en-tête, son schéma et chaque page, chaque index par rapport à sa table, chaque référence entre enregistrements et les deux index de recherche ont été vérifiés (%2&#xa0;s).</translation>
    </message>
    <message>
        <source>“%1” is sound: its header, schema and every page were checked (%2 s). mcfund check --full also compares every index with its table.</source>
        <translation>«&#xa0;%1&#xa0;» est intact&#xa0;: son en-tête, son schéma et chaque page ont été vérifiés (%2&#xa0;s). mcfund check --full compare aussi chaque index avec sa table.</translation>
    </message>
</context>
<context>
    <name>mcfund::Cli</name>
    <message>
        <source>Counts and amounts by round, sector and institution type</source>
        <translation>Nombres et montants par volet, secteur et type d&apos;établissement</translation>
    </message>
    <message>
        <source>Write a synthetic workspace for demos, tests and benchmarks</source>
        <translation>Créer un espace de travail synthétique pour les démonstrations, les essais et les mesures de performance</translation>
    </message>
    <message>
        <source>--lang needs a value: en or fr.</source>
        <translation>--lang exige une valeur&#xa0;: en ou fr.</translation>
    </message>
    <message>
        <source>--lang must be en or fr, not “%1”.</source>
        <translation>--lang doit valoir en ou fr, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Utilisation&#xa0;:</translation>
    </message>
    <message>
        <source>open the window on a workspace (the default one if none is given)</source>
        <translation>ouvrir la fenêtre sur un espace de travail (celui par défaut si aucun n&apos;est indiqué)</translation>
    </message>
    <message>
        <source>run a command with no display; mcfund COMMAND --help lists its options</source>
        <translation>exécuter une commande sans affichage; mcfund COMMAND --help en énumère les options</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Options everywhere:</source>
        <translation>Options de toutes les commandes&#xa0;:</translation>
    </message>
    <message>
        <source>the workspace (an SQLite file); a new one is created from the official data if FILE does not exist</source>
        <translation>l&apos;espace de travail (un fichier SQLite); si FILE n&apos;existe pas, un nouvel espace est créé à partir des données officielles</translation>
    </message>
    <message>
        <source>the language of the output (default: the system&apos;s)</source>
        <translation>la langue de sortie (par défaut&#xa0;: celle du système)</translation>
    </message>
    <message>
        <source>Language of the output: en or fr.</source>
        <translation>Langue de sortie&#xa0;: en ou fr.</translation>
    </message>
    <message>
        <source>mcfund %1: %2</source>
        <translation>mcfund %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>mcfund: %1</source>
        <translation>mcfund&#xa0;: %1</translation>
    </message>
    <message>
        <source>mcfund: unknown command “%1”. Run mcfund --help for the list.</source>
        <translation>mcfund&#xa0;: commande inconnue «&#xa0;%1&#xa0;». Exécutez mcfund --help pour en obtenir la liste.</translation>
    </message>
    <message>
        <source>Draw a chart of funding by sector, round or institution type to PNG or SVG</source>
        <translation>Tracer un graphique du financement par secteur, volet ou type d&apos;établissement au format PNG ou SVG</translation>
    </message>
    <message>
        <source>Write a round, institution or sector report to PDF</source>
        <translation>Produire un rapport sur un volet, un établissement ou un secteur au format PDF</translation>
    </message>
    <message>
        <source>Rank a round&apos;s applications by review score, with the envelope line</source>
        <translation>Classer les demandes d&apos;un volet selon leur note d&apos;évaluation, avec la limite de l&apos;enveloppe</translation>
    </message>
    <message>
        <source>Export the change log (who changed what, and when) to CSV</source>
        <translation>Exporter le journal des modifications (qui a modifié quoi, et quand) au format CSV</translation>
    </message>
    <message>
        <source>Export an institution package, or merge one back</source>
        <translation>Exporter la trousse d&apos;un établissement ou fusionner une trousse retournée</translation>
    </message>
    <message>
        <source>Import a CSV or XLSX file of projects, micro-credentials, institutions or partners</source>
        <translation>Importer un fichier CSV ou XLSX de projets, de microcertifications, d&apos;établissements ou de partenaires</translation>
    </message>
    <message>
        <source>Export a table to CSV, XLSX or JSON, or micro-credentials to Open Badges or CTDL</source>
        <translation>Exporter un tableau en CSV, XLSX ou JSON, ou des microcertifications au format Open Badges ou CTDL</translation>
    </message>
    <message>
        <source>Write a consistent copy of a workspace, safe while it is in use</source>
        <translation>Produire une copie cohérente d&apos;un espace de travail, sans risque pendant son utilisation</translation>
    </message>
    <message>
        <source>Set up a shared workspace on PostgreSQL and add its users</source>
        <translation>Mettre en place un espace de travail partagé sur PostgreSQL et y ajouter des personnes utilisatrices</translation>
    </message>
    <message>
        <source>a shared workspace on PostgreSQL: postgresql://user@host:port/database (?host=/socket/folder, ?sslmode=require); PGHOST, PGUSER, PGPASSWORD, PGSERVICE and ~/.pgpass apply</source>
        <translation>un espace de travail partagé sur PostgreSQL&#xa0;: postgresql://user@host:port/database (?host=/socket/folder, ?sslmode=require); PGHOST, PGUSER, PGPASSWORD, PGSERVICE et ~/.pgpass s&apos;appliquent</translation>
    </message>
    <message>
        <source>The workspace file (created from the official data when it does not exist), or a shared workspace&apos;s address, postgresql://user@host:port/database.</source>
        <translation>Le fichier de l&apos;espace de travail (créé à partir des données officielles s&apos;il n&apos;existe pas), ou l&apos;adresse d&apos;un espace de travail partagé, postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>FILE|URI</source>
        <translation>FICHIER|URI</translation>
    </message>
    <message>
        <source>Assign reviewers to a round&apos;s applications, list assignments, declare a conflict</source>
        <translation>Affecter des personnes évaluatrices aux demandes d&apos;un volet, afficher les affectations, déclarer un conflit d&apos;intérêts</translation>
    </message>
    <message>
        <source>Check a workspace file for damage, reading it only</source>
        <translation>Vérifier si un fichier d&apos;espace de travail est endommagé, sans rien y écrire</translation>
    </message>
    <message>
        <source>administer Ontario&apos;s Micro-credentials Challenge Fund</source>
        <translation>administrer le Fonds pour les défis liés aux microcertifications de l&apos;Ontario</translation>
    </message>
    <message>
        <source>open that workspace or institution package; when a window is already open, it opens there</source>
        <translation>ouvrir cet espace de travail ou cette trousse d&apos;établissement; si une fenêtre est déjà ouverte, il s&apos;ouvre dans celle-ci</translation>
    </message>
    <message>
        <source>this help; mcfund COMMAND --help, the options of a command</source>
        <translation>cette aide; mcfund COMMANDE --help, les options d&apos;une commande</translation>
    </message>
    <message>
        <source>the version of mcfund</source>
        <translation>la version de mcfund</translation>
    </message>
    <message>
        <source>mcfund %1 — %2.</source>
        <translation>mcfund %1 — %2.</translation>
    </message>
    <message>
        <source>mcfund %1: unexpected argument “%2”; to name the workspace, write --database %2.</source>
        <translation>mcfund %1&#xa0;: argument inattendu «&#xa0;%2&#xa0;»&#xa0;; pour nommer l’espace de travail, écrivez --database %2.</translation>
    </message>
    <message>
        <source>mcfund %1: unexpected argument “%2” (see mcfund %1 --help).</source>
        <translation>mcfund %1&#xa0;: argument inattendu «&#xa0;%2&#xa0;» (voir mcfund %1 --help).</translation>
    </message>
    <message>
        <source>mcfund: updating “%1” for this version of mcfund; a copy of it as it was goes to “%2”.</source>
        <translation>mcfund&#xa0;: mise à jour de «&#xa0;%1&#xa0;» pour cette version de mcfund; une copie de l’espace tel qu’il était est écrite dans «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>mcfund::Codes</name>
    <message>
        <source>College</source>
        <translation>Collège</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Université</translation>
    </message>
    <message>
        <source>Indigenous Institute</source>
        <translation>Institut autochtone</translation>
    </message>
    <message>
        <source>Career college</source>
        <translation>Collège d&apos;enseignement professionnel</translation>
    </message>
    <message>
        <source>Private institution with ministerial consent</source>
        <translation>Établissement privé avec consentement ministériel</translation>
    </message>
    <message>
        <source>Other institution</source>
        <translation>Autre établissement</translation>
    </message>
    <message>
        <source>Northern Ontario</source>
        <translation>Nord de l&apos;Ontario</translation>
    </message>
    <message>
        <source>Eastern Ontario</source>
        <translation>Est de l&apos;Ontario</translation>
    </message>
    <message>
        <source>Central Ontario</source>
        <translation>Centre de l&apos;Ontario</translation>
    </message>
    <message>
        <source>Toronto</source>
        <translation>Toronto</translation>
    </message>
    <message>
        <source>Southwestern Ontario</source>
        <translation>Sud-Ouest de l&apos;Ontario</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Bilingual</source>
        <translation>Bilingue</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Open for proposals</source>
        <translation>Appel de propositions ouvert</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En examen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Ébauche</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Single micro-credential</source>
        <translation>Microcertification unique</translation>
    </message>
    <message>
        <source>Stack or suite of micro-credentials</source>
        <translation>Ensemble ou série de microcertifications</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Source officielle</translation>
    </message>
    <message>
        <source>Assigned by mcfund</source>
        <translation>Attribué par mcfund</translation>
    </message>
    <message>
        <source>Set by a user</source>
        <translation>Défini par une personne utilisatrice</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybride</translation>
    </message>
    <message>
        <source>Work-integrated</source>
        <translation>Intégré au travail</translation>
    </message>
    <message>
        <source>In development</source>
        <translation>En élaboration</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Offerte</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirée du catalogue</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <source>Industry association</source>
        <translation>Association sectorielle</translation>
    </message>
    <message>
        <source>Training provider</source>
        <translation>Fournisseur de formation</translation>
    </message>
    <message>
        <source>Community organization</source>
        <translation>Organisme communautaire</translation>
    </message>
    <message>
        <source>Indigenous community</source>
        <translation>Communauté autochtone</translation>
    </message>
    <message>
        <source>Lead employer</source>
        <translation>Employeur principal</translation>
    </message>
    <message>
        <source>Co-developer</source>
        <translation>Codéveloppeur</translation>
    </message>
    <message>
        <source>Work placement host</source>
        <translation>Organisme d&apos;accueil de stage</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>institution type</source>
        <translation>type d&apos;établissement</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>round status</source>
        <translation>statut du volet</translation>
    </message>
    <message>
        <source>project status</source>
        <translation>statut du projet</translation>
    </message>
    <message>
        <source>project type</source>
        <translation>type de projet</translation>
    </message>
    <message>
        <source>sector assignment</source>
        <translation>attribution du secteur</translation>
    </message>
    <message>
        <source>delivery mode</source>
        <translation>mode de prestation</translation>
    </message>
    <message>
        <source>credential status</source>
        <translation>statut de la microcertification</translation>
    </message>
    <message>
        <source>partner kind</source>
        <translation>catégorie de partenaire</translation>
    </message>
    <message>
        <source>partner role</source>
        <translation>rôle du partenaire</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>décision</translation>
    </message>
</context>
<context>
    <name>mcfund::ConflictDialog</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation>Modifié par une autre personne</translation>
    </message>
    <message>
        <source>Fields changed by someone else</source>
        <translation>Champs modifiés par une autre personne</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>It was</source>
        <translation>Valeur d&apos;origine</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La sienne</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La vôtre</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Use &amp;Mine</source>
        <translation>Utiliser &amp;ma valeur</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>Conserver &amp;la sienne</translation>
    </message>
    <message>
        <source>Someone else saved a change to the same field while you were editing it. Keep their value, or write yours over it knowingly.</source>
        <translation>Une autre personne a enregistré une modification du même champ pendant que vous le modifiiez. Conservez sa valeur, ou remplacez-la sciemment par la vôtre.</translation>
    </message>
</context>
<context>
    <name>mcfund::ConnectDialog</name>
    <message>
        <source>Connect to Shared Workspace</source>
        <translation>Se connecter à un espace de travail partagé</translation>
    </message>
    <message>
        <source>localhost, a server name, or a socket folder</source>
        <translation>localhost, un nom de serveur ou un dossier de socket</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass or the server&apos;s own sign-in</source>
        <translation>vide&#xa0;: ~/.pgpass ou l&apos;identification du serveur</translation>
    </message>
    <message>
        <source>Use encryption when the server offers it</source>
        <translation>Chiffrer si le serveur le propose</translation>
    </message>
    <message>
        <source>Require encryption (TLS)</source>
        <translation>Exiger le chiffrement (TLS)</translation>
    </message>
    <message>
        <source>Require encryption and check the server&apos;s certificate</source>
        <translation>Exiger le chiffrement et vérifier le certificat du serveur</translation>
    </message>
    <message>
        <source>Never encrypt (this computer only)</source>
        <translation>Ne jamais chiffrer (cet ordinateur seulement)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Chiffrement&#xa0;:</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Recent connections</source>
        <translation>Connexions récentes</translation>
    </message>
    <message>
        <source>&amp;Recent connections:</source>
        <translation>Connexions &amp;récentes&#xa0;:</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se co&amp;nnecter</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Say which database and which user.</source>
        <translation>Indiquez la base de données et le nom d&apos;utilisateur.</translation>
    </message>
</context>
<context>
    <name>mcfund::CopyCommand</name>
    <message>
        <source>“%1” is the workspace being copied; choose another file name.</source>
        <translation>«&#xa0;%1&#xa0;» est l&apos;espace de travail à copier; choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>“%1” already exists; choose a new file name, or add --force to replace it.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà; choisissez un autre nom de fichier, ou ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>“%1” is a folder.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier.</translation>
    </message>
    <message>
        <source>“%1” is open in mcfund or was not closed cleanly (a log is beside it); close it, or open it once with mcfund, before replacing it.</source>
        <translation>«&#xa0;%1&#xa0;» est ouvert dans mcfund ou n&apos;a pas été fermé correctement (un journal se trouve à côté); fermez-le, ou ouvrez-le une fois avec mcfund, avant de le remplacer.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The copy could not be verified: %1</source>
        <translation>La copie n&apos;a pas pu être vérifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Write a consistent copy of a workspace (safe while it is in use): mcfund copy --database SOURCE -o FILE.</source>
        <translation>Produire une copie cohérente d&apos;un espace de travail (sans risque pendant son utilisation)&#xa0;: mcfund copy --database SOURCE -o FICHIER.</translation>
    </message>
    <message>
        <source>The copy to write.</source>
        <translation>La copie à produire.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Remplacer FICHIER s&apos;il existe.</translation>
    </message>
    <message>
        <source>mcfund copy: %1</source>
        <translation>mcfund copy&#xa0;: %1</translation>
    </message>
    <message>
        <source>say where to write the copy with -o FILE.</source>
        <translation>indiquez où écrire la copie avec -o FICHIER.</translation>
    </message>
    <message>
        <source>there is no workspace “%1” to copy.</source>
        <translation>l&apos;espace de travail «&#xa0;%1&#xa0;» à copier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>the folder “%1” does not exist.</source>
        <translation>le dossier «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Copied %1 to %2 (%3 MB) in %4 s.</source>
        <translation>Copie de %1 effectuée dans %2 (%3&#xa0;Mo) en %4&#xa0;s.</translation>
    </message>
    <message>
        <source>“%1” already exists; choose a new file name.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà; choisissez un autre nom de fichier.</translation>
    </message>
</context>
<context>
    <name>mcfund::CsvReader</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed (a &quot; is missing).</source>
        <translation>Ligne %1&#xa0;: un champ entre guillemets n&apos;est jamais fermé (il manque un &quot;).</translation>
    </message>
    <message>
        <source>The file is empty: no header line.</source>
        <translation>Le fichier est vide&#xa0;: aucune ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Line %1, column %2: a quoted field runs on for more than %3 characters, the limit for one cell; a closing &quot; is probably missing.</source>
        <translation>Ligne %1, colonne %2&#xa0;: un champ entre guillemets dépasse %3 caractères, la limite pour une cellule; il manque probablement un &quot; fermant.</translation>
    </message>
    <message>
        <source>Line %1, column %2: a field holds more than %3 characters, the limit for one cell.</source>
        <translation>Ligne %1, colonne %2&#xa0;: un champ contient plus de %3 caractères, la limite pour une cellule.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows, the most a spreadsheet holds: it is refused. Split it into smaller files.</source>
        <translation>Le fichier compte plus de %1 lignes, le maximum que peut contenir une feuille de calcul&#xa0;: il est refusé. Divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>Line %1: a row has more than %2 columns, the most a spreadsheet holds.</source>
        <translation>Ligne %1&#xa0;: la ligne compte plus de %2 colonnes, le maximum que peut contenir une feuille de calcul.</translation>
    </message>
</context>
<context>
    <name>mcfund::DashboardPage</name>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Share allocated</source>
        <translation>Part attribuée</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <source>Micro-credentials</source>
        <translation>Microcertifications</translation>
    </message>
    <message>
        <source>Targeted learners</source>
        <translation>Personnes apprenantes visées</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Mesure&#xa0;:</translation>
    </message>
    <message>
        <source>Approved amount</source>
        <translation>Montant approuvé</translation>
    </message>
    <message>
        <source>Requested amount</source>
        <translation>Montant demandé</translation>
    </message>
    <message>
        <source>Number of projects</source>
        <translation>Nombre de projets</translation>
    </message>
    <message>
        <source>Measure shown in the charts</source>
        <translation>Mesure affichée dans les graphiques</translation>
    </message>
    <message>
        <source>Shares as a donut</source>
        <translation>Parts en anneau</translation>
    </message>
    <message>
        <source>Show the sector chart as a donut of shares</source>
        <translation>Afficher les parts du graphique par secteur sous forme d&apos;anneau</translation>
    </message>
    <message>
        <source>All rounds</source>
        <translation>Tous les volets</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non consigné</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 % of the envelope</source>
        <translation>%1&#xa0;% de l&apos;enveloppe</translation>
    </message>
    <message>
        <source>Share of the envelope allocated: %1</source>
        <translation>Part de l&apos;enveloppe attribuée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 by sector — %2</source>
        <translation>%1 par secteur — %2</translation>
    </message>
    <message>
        <source>%1 by round and sector</source>
        <translation>%1 par volet et par secteur</translation>
    </message>
    <message>
        <source>%1 by institution type — %2</source>
        <translation>%1 par type d&apos;établissement — %2</translation>
    </message>
    <message>
        <source>The round&apos;s envelope is not set.</source>
        <translation>L&apos;enveloppe du volet n&apos;est pas fixée.</translation>
    </message>
    <message>
        <source>No approved amount is recorded for these projects.</source>
        <translation>Aucun montant approuvé n&apos;est consigné pour ces projets.</translation>
    </message>
    <message>
        <source>Share of the envelope allocated: not known. %1</source>
        <translation>Part de l&apos;enveloppe attribuée&#xa0;: inconnue. %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>non lu</translation>
    </message>
    <message>
        <source>The figures could not be read.</source>
        <translation>Les chiffres n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <source>Share of the envelope allocated: not read.</source>
        <translation>Part de l&apos;enveloppe attribuée&#xa0;: non lue.</translation>
    </message>
    <message>
        <source>The figures could not be read from the workspace: %1</source>
        <translation>Les chiffres n&apos;ont pas pu être lus dans l&apos;espace de travail&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>mcfund::Database</name>
    <message>
        <source>Cannot configure the workspace: %1</source>
        <translation>Impossible de configurer l&apos;espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is not an mcfund workspace: it is not an SQLite database.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un espace de travail mcfund&#xa0;: ce n&apos;est pas une base de données SQLite.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database but not an mcfund workspace.</source>
        <translation>«&#xa0;%1&#xa0;» est une base de données SQLite, mais pas un espace de travail mcfund.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Impossible d&apos;ouvrir «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is damaged and was not opened (integrity check: %2).</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé et n&apos;a pas été ouvert (vérification d&apos;intégrité&#xa0;: %2).</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of mcfund (schema %2; this version reads up to %3).</source>
        <translation>«&#xa0;%1&#xa0;» a été créé par une version plus récente de mcfund (schéma %2; cette version lit les schémas jusqu&apos;au %3).</translation>
    </message>
    <message>
        <source>“%1” is not a complete mcfund workspace.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un espace de travail mcfund complet.</translation>
    </message>
    <message>
        <source>Cannot create a workspace at “%1”: the folder “%2” does not exist.</source>
        <translation>Impossible de créer un espace de travail à l&apos;emplacement «&#xa0;%1&#xa0;»&#xa0;: le dossier «&#xa0;%2&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation>Impossible de créer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the file could not be put in place.</source>
        <translation>Impossible de créer «&#xa0;%1&#xa0;»&#xa0;: le fichier n&apos;a pas pu être mis en place.</translation>
    </message>
    <message>
        <source>Cannot copy the workspace to “%1”: %2</source>
        <translation>Impossible de copier l&apos;espace de travail vers «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>déclencheur</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vue</translation>
    </message>
    <message>
        <source>Cannot secure the connection to “%1” (SQLite&apos;s defensive mode is unavailable).</source>
        <translation>Impossible de sécuriser la connexion à «&#xa0;%1&#xa0;» (le mode défensif de SQLite n&apos;est pas disponible).</translation>
    </message>
    <message>
        <source>“%1” is damaged and was not opened (its schema cannot be read: %2).</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé et n&apos;a pas été ouvert (son schéma est illisible&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Cannot check the schema of “%1”: %2</source>
        <translation>Impossible de vérifier le schéma de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>institution package</source>
        <translation>trousse de l&apos;établissement</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>espace de travail</translation>
    </message>
    <message>
        <source>“%1” holds something mcfund did not create (%2 “%3”); the %4 was not opened, and nothing was read from it.</source>
        <translation>«&#xa0;%1&#xa0;» contient un élément que mcfund n&apos;a pas créé (%2 «&#xa0;%3&#xa0;»); ce fichier (%4) n&apos;a pas été ouvert, et rien n&apos;y a été lu.</translation>
    </message>
    <message>
        <source>“%1” holds a changed version of what mcfund creates (%2 “%3”); the %4 was not opened, and nothing was read from it.</source>
        <translation>«&#xa0;%1&#xa0;» contient une version modifiée d&apos;un élément créé par mcfund (%2 «&#xa0;%3&#xa0;»); ce fichier (%4) n&apos;a pas été ouvert, et rien n&apos;y a été lu.</translation>
    </message>
    <message>
        <source>“%1” has no base values (its table “%2” is missing): it is not a complete institution package.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucune valeur d&apos;origine (sa table «&#xa0;%2&#xa0;» est absente)&#xa0;: ce n&apos;est pas une trousse d&apos;établissement complète.</translation>
    </message>
    <message>
        <source>“%1” lacks part of what mcfund creates (%2 “%3”); the %4 was not opened.</source>
        <translation>Il manque à «&#xa0;%1&#xa0;» une partie des éléments créés par mcfund (%2 «&#xa0;%3&#xa0;»); ce fichier (%4) n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>the finished copy could not be renamed to its name.</source>
        <translation>la copie terminée n&apos;a pas pu recevoir son nom définitif.</translation>
    </message>
    <message>
        <source>A shared workspace is made with mcfund server init, not here (%1).</source>
        <translation>Un espace de travail partagé se crée avec mcfund server init, et non ici (%1).</translation>
    </message>
    <message>
        <source>records that refer to missing records (table, row, parent): %1</source>
        <translation>des enregistrements renvoient à des enregistrements absents (table, ligne, parent)&#xa0;: %1</translation>
    </message>
    <message>
        <source>a search index does not match its table: %1</source>
        <translation>un index de recherche ne correspond pas à sa table&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled: “%1” was left at schema %2, as it was; the copy made before the update is “%3”.</source>
        <translation>Annulé : «&#xa0;%1&#xa0;» est resté au schéma %2, tel qu’il était; la copie faite avant la mise à jour est «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Cancelled: “%1” was left at schema %2, as it was.</source>
        <translation>Annulé : «&#xa0;%1&#xa0;» est resté au schéma %2, tel qu’il était.</translation>
    </message>
    <message>
        <source>cancelled.</source>
        <translation>opération annulée.</translation>
    </message>
</context>
<context>
    <name>mcfund::DateText</name>
    <message>
        <source>“%1” is not a date: there is no such day.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;: ce jour n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation>Entrez une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>“%1” has a two-digit year: write the date as YYYY-MM-DD.</source>
        <translation>«&#xa0;%1&#xa0;» comporte une année à deux chiffres&#xa0;: écrivez la date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>“%1” could be %2 or %3: write the date as YYYY-MM-DD.</source>
        <translation>«&#xa0;%1&#xa0;» pourrait être le %2 ou le %3&#xa0;: écrivez la date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as YYYY-MM-DD.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;: écrivez-la au format AAAA-MM-JJ.</translation>
    </message>
</context>
<context>
    <name>mcfund::DecisionDialog</name>
    <message>
        <source>Approved amount</source>
        <translation>Montant approuvé</translation>
    </message>
    <message>
        <source>&amp;Approved amount:</source>
        <translation>Montant &amp;approuvé&#xa0;:</translation>
    </message>
    <message>
        <source>No requested amount is recorded.</source>
        <translation>Aucun montant demandé n&apos;est consigné.</translation>
    </message>
    <message>
        <source>Requested: %1</source>
        <translation>Montant demandé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Reason for approving beyond the envelope</source>
        <translation>Motif de l&apos;approbation au-delà de l&apos;enveloppe</translation>
    </message>
    <message>
        <source>&amp;Envelope override:</source>
        <translation>&amp;Dérogation à l&apos;enveloppe&#xa0;:</translation>
    </message>
    <message>
        <source>Give the reason: it stays with the application&apos;s history.</source>
        <translation>Indiquez le motif&#xa0;: il sera conservé dans l&apos;historique de la demande.</translation>
    </message>
    <message>
        <source>Approved amount: %1</source>
        <translation>Montant approuvé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>mcfund::Decisions</name>
    <message>
        <source>The application no longer exists.</source>
        <translation>La demande n&apos;existe plus.</translation>
    </message>
    <message>
        <source>An application cannot go from %1 to %2.</source>
        <translation>Une demande ne peut pas passer du statut %1 au statut %2.</translation>
    </message>
    <message>
        <source>An approved amount is required to approve an application.</source>
        <translation>Un montant approuvé est obligatoire pour approuver une demande.</translation>
    </message>
    <message>
        <source>Record the requested amount before approving.</source>
        <translation>Consignez le montant demandé avant d&apos;approuver la demande.</translation>
    </message>
    <message>
        <source>The approved amount (%1) cannot be above the requested amount (%2).</source>
        <translation>Le montant approuvé (%1) ne peut pas dépasser le montant demandé (%2).</translation>
    </message>
    <message>
        <source>Approving %1 brings the round&apos;s approved total to %2, beyond its envelope of %3. Give a reason to approve beyond the envelope.</source>
        <translation>L&apos;approbation de %1 porterait le total approuvé du volet à %2, au-delà de son enveloppe de %3. Indiquez un motif pour approuver au-delà de l&apos;enveloppe.</translation>
    </message>
    <message>
        <source>%1 of “%2”</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Nothing was decided: the application could not be read (%1).</source>
        <translation>Rien n&apos;a été décidé&#xa0;: la demande n&apos;a pas pu être lue (%1).</translation>
    </message>
    <message>
        <source>Nothing was decided: the round&apos;s envelope and approved total could not be read (%1).</source>
        <translation>Rien n&apos;a été décidé&#xa0;: l&apos;enveloppe du volet et son total approuvé n&apos;ont pas pu être lus (%1).</translation>
    </message>
</context>
<context>
    <name>mcfund::DetailForm</name>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>No %1 selected</source>
        <translation>Aucune sélection (%1)</translation>
    </message>
    <message>
        <source>change of %1</source>
        <translation>modification du champ «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 (round %2)</source>
        <translation>%1 (volet %2)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not saved (%1)</source>
        <translation>Non enregistré (%1)</translation>
    </message>
    <message>
        <source>Cannot read the projects of this institution: %1</source>
        <translation>Impossible de lire les projets de cet établissement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>mcfund::EditCommand</name>
    <message>
        <source>Cannot undo %1: %2</source>
        <translation>Impossible d&apos;annuler «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot redo %1: %2</source>
        <translation>Impossible de rétablir «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>mcfund::EditEngine</name>
    <message>
        <source>The workspace is busy or read-only: %1</source>
        <translation>L&apos;espace de travail est occupé ou en lecture seule&#xa0;: %1</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>L&apos;enregistrement n&apos;existe plus.</translation>
    </message>
    <message>
        <source>It was changed elsewhere (now “%1”).</source>
        <translation>Il a été modifié ailleurs (valeur actuelle&#xa0;: «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>Unknown field.</source>
        <translation>Champ inconnu.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>La modification n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>In an institution package, %1 are kept by the ministry and cannot be changed.</source>
        <translation>Dans la trousse d&apos;un établissement, les %1 relèvent du ministère; il est impossible de les modifier.</translation>
    </message>
    <message>
        <source>This package is for one institution: records of other institutions cannot be changed or added here.</source>
        <translation>Cette trousse ne vise qu&apos;un seul établissement&#xa0;: il est impossible de modifier ou d&apos;ajouter ici des enregistrements d&apos;autres établissements.</translation>
    </message>
    <message>
        <source>%1 is decided by the ministry and cannot be changed in a package.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» est fixé par le ministère et ne peut pas être modifié dans une trousse.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Annulé; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>the %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>the change to %1 of “%2”</source>
        <translation>modification du champ «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the changes to “%1”</source>
        <translation>modifications de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the addition of “%1”</source>
        <translation>ajout de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the deletion of “%1”</source>
        <translation>suppression de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>the %1 (%n record(s))</source>
        <translation>
            <numerusform>%1 (%n enregistrement)</numerusform>
            <numerusform>%1 (%n enregistrements)</numerusform>
        </translation>
    </message>
    <message>
        <source>A %1 application cannot change status.</source>
        <translation>Une demande au statut «&#xa0;%1&#xa0;» ne peut plus changer de statut.</translation>
    </message>
    <message>
        <source>An application cannot go from %1 to %2; it can go to: %3.</source>
        <translation>Une demande ne peut pas passer du statut %1 au statut %2; statuts possibles&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Record the approved amount before approving.</source>
        <translation>Consignez le montant approuvé avant d&apos;approuver la demande.</translation>
    </message>
    <message>
        <source>The approved amount cannot be above the requested amount.</source>
        <translation>Le montant approuvé ne peut pas dépasser le montant demandé.</translation>
    </message>
    <message>
        <source>Approving this would go beyond the round&apos;s envelope; use Approve… on the Reviews page to approve it with a reason.</source>
        <translation>Cette approbation dépasserait l&apos;enveloppe du volet; utilisez Approuver… dans la page Évaluations pour l&apos;approuver en indiquant un motif.</translation>
    </message>
    <message>
        <source>Nothing was changed: whether this workspace is an institution package, and so which records may be changed in it, could not be read (%1).</source>
        <translation>Rien n&apos;a été modifié&#xa0;: impossible de lire si cet espace de travail est une trousse d&apos;établissement, ni donc quels enregistrements peuvent y être modifiés (%1).</translation>
    </message>
    <message>
        <source>Whether approving this stays within the round&apos;s envelope could not be read (%1).</source>
        <translation>Impossible de lire si cette approbation reste dans l&apos;enveloppe du volet (%1).</translation>
    </message>
    <message>
        <source>Nothing was changed: whose record this is could not be read (%1).</source>
        <translation>Rien n&apos;a été modifié&#xa0;: impossible de lire à qui appartient cet enregistrement (%1).</translation>
    </message>
</context>
<context>
    <name>mcfund::Exporter</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportation annulée; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
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
        <source>Cannot read the records to export: %1</source>
        <translation>Impossible de lire les enregistrements à exporter&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>mcfund::FieldEditor</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non consigné</translation>
    </message>
</context>
<context>
    <name>mcfund::FilterBar</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Volet</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Institution type</source>
        <translation>Type d&apos;établissement</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>OSAP</source>
        <translation>RAFEO</translation>
    </message>
    <message>
        <source>Missing text</source>
        <translation>Texte manquant</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Filtrer par %1</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>OSAP approved</source>
        <translation>Approuvée aux fins du RAFEO</translation>
    </message>
    <message>
        <source>Not OSAP approved</source>
        <translation>Non approuvée aux fins du RAFEO</translation>
    </message>
    <message>
        <source>French text missing</source>
        <translation>Texte français manquant</translation>
    </message>
    <message>
        <source>English text missing</source>
        <translation>Texte anglais manquant</translation>
    </message>
    <message>
        <source>Either language missing</source>
        <translation>Texte manquant dans l&apos;une ou l&apos;autre langue</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Retirer le filtre %1</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
    <message>
        <source>Text: “%1”</source>
        <translation>Texte&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Tout effacer</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>filter chip: criterion, value</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <source>Searches titles and descriptions in English and French; accents and case are ignored.</source>
        <translation>Cherche dans les titres et les descriptions, en français et en anglais; les accents et la casse sont ignorés.</translation>
    </message>
</context>
<context>
    <name>mcfund::FundingAggregate</name>
    <message>
        <source>approved amount</source>
        <translation>montant approuvé</translation>
    </message>
    <message>
        <source>requested amount</source>
        <translation>montant demandé</translation>
    </message>
    <message>
        <source>number of projects</source>
        <translation>nombre de projets</translation>
    </message>
    <message>
        <source>targeted learners</source>
        <translation>nombre de personnes apprenantes visées</translation>
    </message>
</context>
<context>
    <name>mcfund::FundingChart</name>
    <message>
        <source>thousands of dollars</source>
        <translation>milliers de dollars</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>SVG pictures (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Size in pixels (width × height):</source>
        <translation>Taille en pixels (largeur × hauteur)&#xa0;:</translation>
    </message>
    <message>
        <source>“%1” is not a size between 100×100 and 10000×10000.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une taille comprise entre 100×100 et 10&#xa0;000×10&#xa0;000.</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Enregistrer en SVG…</translation>
    </message>
    <message>
        <source>Copy to Clipboard</source>
        <translation>Copier dans le presse-papiers</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Afficher sous forme de tableau</translation>
    </message>
    <message>
        <source>Show the chart as a table</source>
        <translation>Afficher le graphique sous forme de tableau</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>No projects match the filters.</source>
        <translation>Aucun projet ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>No %1 recorded for these %2 projects — showing %3 instead.</source>
        <translation>Aucun %1 consigné pour ces %2 projets — affichage du %3 à la place.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>graphique vide</translation>
    </message>
    <message>
        <source>The %1 is recorded for %2 of the %3 projects that should have one; the others are not counted.</source>
        <translation>Le %1 est consigné pour %2 des %3 projets qui devraient en avoir un; les autres ne sont pas comptés.</translation>
    </message>
    <message>
        <source>%1 (no projects)</source>
        <translation>%1 (aucun projet)</translation>
    </message>
    <message>
        <source>%1: %2 (%3 %)</source>
        <translation>%1&#xa0;: %2 (%3&#xa0;%)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Volet</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Institution type</source>
        <translation>Type d&apos;établissement</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Recorded for</source>
        <translation>Consigné pour</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non consigné</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>“%1”: choose a file name ending in .png or .svg.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: choisissez un nom de fichier se terminant par .png ou .svg.</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>mcfund::GenerateCommand</name>
    <message>
        <source>--%1 must be a whole number, not “%2”.</source>
        <translation>--%1 doit être un nombre entier, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>--%1 cannot be negative (got %2).</source>
        <translation>--%1 ne peut pas être négatif (valeur reçue&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Write a synthetic workspace: the same options and seed give the same data.</source>
        <translation>Créer un espace de travail synthétique&#xa0;: les mêmes options et le même germe produisent les mêmes données.</translation>
    </message>
    <message>
        <source>Number of projects (default 1000).</source>
        <translation>Nombre de projets (1&#xa0;000 par défaut).</translation>
    </message>
    <message>
        <source>Number of micro-credentials (default 5000).</source>
        <translation>Nombre de microcertifications (5&#xa0;000 par défaut).</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Germe aléatoire (1 par défaut).</translation>
    </message>
    <message>
        <source>mcfund generate: %1</source>
        <translation>mcfund generate&#xa0;: %1</translation>
    </message>
    <message>
        <source>mcfund generate: say where to write the workspace with -o FILE.</source>
        <translation>mcfund generate&#xa0;: indiquez où écrire l&apos;espace de travail avec -o FICHIER.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 projects and %3 micro-credentials (synthetic data, seed %4) in %5 s.</source>
        <translation>Fichier %1 écrit&#xa0;: %2 projets et %3 microcertifications (données synthétiques, germe %4) en %5 s.</translation>
    </message>
    <message>
        <source>The new workspace file, or an empty PostgreSQL database (postgresql://…).</source>
        <translation>Le nouveau fichier d&apos;espace de travail, ou une base de données PostgreSQL vide (postgresql://…).</translation>
    </message>
    <message>
        <source>FILE|URI</source>
        <translation>FICHIER|URI</translation>
    </message>
    <message>
        <source>no temporary folder</source>
        <translation>aucun dossier temporaire</translation>
    </message>
    <message>
        <source>Also print how long each phase took.</source>
        <translation>Afficher aussi la durée de chaque étape.</translation>
    </message>
</context>
<context>
    <name>mcfund::Generator</name>
    <message>
        <source>The numbers of projects and micro-credentials cannot be negative.</source>
        <translation>Le nombre de projets et le nombre de microcertifications ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <source>At most 10,000,000 projects and 50,000,000 micro-credentials can be generated.</source>
        <translation>Il est possible de générer au plus 10&#xa0;000&#xa0;000 de projets et 50&#xa0;000&#xa0;000 de microcertifications.</translation>
    </message>
    <message>
        <source>Micro-credentials need at least one project to belong to.</source>
        <translation>Il faut au moins un projet auquel rattacher les microcertifications.</translation>
    </message>
    <message>
        <source>“%1” already exists; choose a new file name.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà; choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Cannot create “%1”.</source>
        <translation>Impossible de créer «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>projets</translation>
    </message>
    <message>
        <source>rounds, reviews and decisions</source>
        <translation>volets, évaluations et décisions</translation>
    </message>
    <message>
        <source>micro-credentials</source>
        <translation>microcertifications</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>partenaires</translation>
    </message>
    <message>
        <source>indexes</source>
        <translation>index</translation>
    </message>
    <message>
        <source>search index</source>
        <translation>index de recherche</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>validation</translation>
    </message>
    <message>
        <source>statistics (ANALYZE)</source>
        <translation>statistiques (ANALYZE)</translation>
    </message>
    <message>
        <source>sync to disk</source>
        <translation>écriture sur le disque</translation>
    </message>
    <message>
        <source>micro-credentials&apos; search index</source>
        <translation>index de recherche des microcertifications</translation>
    </message>
</context>
<context>
    <name>mcfund::HistoryPanel</name>
    <message>
        <source>Export History</source>
        <translation>Exporter l&apos;historique</translation>
    </message>
    <message>
        <source>history.csv</source>
        <translation>historique.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Selected record only</source>
        <translation>Enregistrement sélectionné seulement</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Round of the history</source>
        <translation>Volet de l&apos;historique</translation>
    </message>
    <message>
        <source>User of the history</source>
        <translation>Personne utilisatrice de l&apos;historique</translation>
    </message>
    <message>
        <source>All rounds</source>
        <translation>Tous les volets</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to %1</source>
        <translation>
            <numerusform>%n modification (%1)</numerusform>
            <numerusform>%n modifications (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>no record selected</source>
        <translation>aucun enregistrement sélectionné</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>L&apos;historique n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The history could not be read, so nothing was exported: %1</source>
        <translation>L&apos;historique n&apos;a pas pu être lu, rien n&apos;a donc été exporté&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>mcfund::ImportPresets</name>
    <message>
        <source>Give the preset a name.</source>
        <translation>Donnez un nom au préréglage.</translation>
    </message>
    <message>
        <source>There is no import preset called “%1”.</source>
        <translation>Aucun préréglage d&apos;importation ne porte le nom «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The preset “%1” is for %2, not %3.</source>
        <translation>Le préréglage «&#xa0;%1&#xa0;» s&apos;applique aux %2, et non aux %3.</translation>
    </message>
</context>
<context>
    <name>mcfund::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Le fichier</translation>
    </message>
    <message>
        <source>A CSV file (any delimiter, UTF-8 or Windows-1252) or an Excel workbook (XLSX).</source>
        <translation>Un fichier CSV (tout séparateur, UTF-8 ou Windows-1252) ou un classeur Excel (XLSX).</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>The rows are:</source>
        <translation>Les lignes contiennent&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Feuille&#xa0;:</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Feuilles de calcul (*.csv *.xlsx *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Which field each column holds, guessed from its header in English or French. Columns set to “ignore” are not read.</source>
        <translation>Le champ que contient chaque colonne, déduit de son en-tête en anglais ou en français. Les colonnes réglées à «&#xa0;ignorer&#xa0;» ne sont pas lues.</translation>
    </message>
    <message>
        <source>Saved mappings</source>
        <translation>Correspondances enregistrées</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Utiliser</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Presets:</source>
        <translation>Préréglages&#xa0;:</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Enregistrer la correspondance</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Nom du préréglage&#xa0;:</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Préréglages</translation>
    </message>
    <message>
        <source>Check and import</source>
        <translation>Vérification et importation</translation>
    </message>
    <message>
        <source>The first rows as they will be stored, and every problem with its line. Nothing is written until you press Import.</source>
        <translation>Les premières lignes telles qu&apos;elles seront enregistrées, et chaque problème avec sa ligne. Rien n&apos;est écrit tant que vous n&apos;avez pas appuyé sur Importer.</translation>
    </message>
    <message>
        <source>Line</source>
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
        <source>Import the &amp;valid rows and leave the others</source>
        <translation>Importer les lignes &amp;valides et laisser les autres de côté</translation>
    </message>
    <message>
        <source>&amp;All or nothing: import only if every row is valid</source>
        <translation>&amp;Tout ou rien&#xa0;: importer seulement si toutes les lignes sont valides</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— ignorer —</translation>
    </message>
    <message>
        <source>ID (matches existing records)</source>
        <translation>Identifiant (correspond aux enregistrements existants)</translation>
    </message>
    <message>
        <source>Field for the column %1</source>
        <translation>Champ de la colonne %1</translation>
    </message>
    <message>
        <source>Ready to import: %1.</source>
        <translation>Prêt pour l&apos;importation&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>add</source>
        <translation>ajout</translation>
    </message>
    <message>
        <source>update</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Rien n&apos;a été importé</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n row(s)…</source>
        <translation>
            <numerusform>Importation de %n ligne…</numerusform>
            <numerusform>Importation de %n lignes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 problems are listed; %n more are not.</source>
        <translation>
            <numerusform>Les %1 premiers problèmes sont listés&#xa0;; %n autre ne l’est pas.</numerusform>
            <numerusform>Les %1 premiers problèmes sont listés&#xa0;; %n autres ne le sont pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the saved mappings: %1</source>
        <translation>Impossible de lire les correspondances enregistrées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>mcfund::Importer</name>
    <message>
        <source>%1 rows: %2 added, %3 updated, %4 unchanged, %5 refused</source>
        <translation>%1 lignes&#xa0;: %2 ajoutées, %3 mises à jour, %4 inchangées, %5 refusées</translation>
    </message>
    <message>
        <source>No column is mapped to an id, a title or a name: the rows cannot be matched or added. Map the columns first.</source>
        <translation>Aucune colonne n&apos;est associée à un identifiant, à un titre ou à un nom&#xa0;: impossible d&apos;apparier ou d&apos;ajouter les lignes. Associez d&apos;abord les colonnes.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Importation annulée; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>the cell holds %1 characters; the limit is %2.</source>
        <translation>la cellule contient %1 caractères; la limite est de %2.</translation>
    </message>
    <message>
        <source>the same record appears twice in the file.</source>
        <translation>le même enregistrement figure deux fois dans le fichier.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) found, and the import is all or nothing.</source>
        <translation>
            <numerusform>Rien n&apos;a été importé&#xa0;: %n problème a été trouvé, et l&apos;importation est en mode tout ou rien.</numerusform>
            <numerusform>Rien n&apos;a été importé&#xa0;: %n problèmes ont été trouvés, et l&apos;importation est en mode tout ou rien.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>import of %n row(s)</source>
        <translation>
            <numerusform>importation de %n ligne</numerusform>
            <numerusform>importation de %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Project: there is no project with the id or title “%1”.</source>
        <translation>Projet&#xa0;: aucun projet n&apos;a l&apos;identifiant ou le titre «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>the ID “%1” is not an mcfund id; leave the ID empty to add the row as a new record.</source>
        <translation>l&apos;identifiant «&#xa0;%1&#xa0;» n&apos;est pas un identifiant mcfund; laissez l&apos;identifiant vide pour ajouter la ligne comme nouvel enregistrement.</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importation</translation>
    </message>
    <message>
        <source>Line %1: %2 Nothing was imported.</source>
        <translation>Ligne %1&#xa0;: %2 Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Cannot read the workspace to check the file: %1</source>
        <translation>Impossible de lire l&apos;espace de travail pour vérifier le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot note the rows already read in a temporary table: %1</source>
        <translation>Impossible de noter dans une table temporaire les lignes déjà lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the workspace to match the rows with its records: %1</source>
        <translation>Impossible de lire l&apos;espace de travail pour apparier les lignes à ses enregistrements&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>mcfund::InstitutionPackage</name>
    <message>
        <source>There is no institution called “%1” in this workspace.</source>
        <translation>Cet espace de travail ne contient aucun établissement nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no round %1 in this workspace.</source>
        <translation>Cet espace de travail ne contient aucun volet %1.</translation>
    </message>
    <message>
        <source>“%1” already exists; choose a new file name.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà; choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>Cannot write the package: %1</source>
        <translation>Impossible d&apos;écrire la trousse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is not an institution package: it is not an SQLite database.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas la trousse d&apos;un établissement&#xa0;: ce n&apos;est pas une base de données SQLite.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened as an institution package.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être ouvert en tant que trousse d&apos;un établissement.</translation>
    </message>
    <message>
        <source>“%1” is damaged or incomplete (integrity check: %2).</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé ou incomplet (vérification d&apos;intégrité&#xa0;: %2).</translation>
    </message>
    <message>
        <source>“%1” is an mcfund workspace, not an institution package.</source>
        <translation>«&#xa0;%1&#xa0;» est un espace de travail mcfund, et non la trousse d&apos;un établissement.</translation>
    </message>
    <message>
        <source>“%1” has no base values: it is not a complete institution package.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucune valeur d&apos;origine&#xa0;: ce n&apos;est pas une trousse d&apos;établissement complète.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” was made with schema %2; this version of mcfund merges schemas %3 to %4 only. Export a new package.</source>
        <translation>«&#xa0;%1&#xa0;» a été créé avec le schéma %2&#xa0;; cette version de mcfund ne fusionne que les schémas %3 à %4. Exportez une nouvelle trousse.</translation>
    </message>
    <message>
        <source>Cannot write the package: no temporary folder.</source>
        <translation>Impossible d&apos;écrire la trousse&#xa0;: aucun dossier temporaire.</translation>
    </message>
    <message>
        <source>“%1” is damaged: what it says about itself cannot be read (%2).</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé&#xa0;: ce qu&apos;il indique sur lui-même ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>the workspace has no id to be merged back into</source>
        <translation>l&apos;espace de travail n&apos;a pas d&apos;identifiant auquel fusionner la trousse à son retour</translation>
    </message>
</context>
<context>
    <name>mcfund::Lookups</name>
    <message>
        <source>Cannot read the sectors, rounds and institutions of the workspace: %1</source>
        <translation>Impossible de lire les secteurs, les volets et les établissements de l’espace de travail&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>mcfund::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un espace &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>More toolbar buttons</source>
        <translation>Autres boutons de la barre d&apos;outils</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Connect to &amp;Shared Workspace…</source>
        <translation>&amp;Se connecter à un espace de travail partagé…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>&amp;Fermer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Export Report as PDF…</source>
        <translation>&amp;Exporter le rapport en PDF…</translation>
    </message>
    <message>
        <source>Export &amp;Institution Package…</source>
        <translation>Exporter la &amp;trousse d&apos;un établissement…</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>I&amp;mporter…</translation>
    </message>
    <message>
        <source>Export &amp;Table…</source>
        <translation>Exporter le ta&amp;bleau…</translation>
    </message>
    <message>
        <source>Export &amp;Whole Workspace…</source>
        <translation>Exporter l&apos;espace de travail com&amp;plet…</translation>
    </message>
    <message>
        <source>Export Micro-credentials for a &amp;Registry…</source>
        <translation>Exporter les microcertifications pour un re&amp;gistre…</translation>
    </message>
    <message>
        <source>&amp;Merge Institution Package…</source>
        <translation>F&amp;usionner la trousse d&apos;un établissement…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Add Row</source>
        <translation>A&amp;jouter une ligne</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>&amp;About mcfund</source>
        <translation>À &amp;propos de mcfund</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Reviews</source>
        <translation>&amp;Évaluations</translation>
    </message>
    <message>
        <source>Packages are merged by program officers.</source>
        <translation>Les trousses sont fusionnées par les personnes agentes de programme.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Aucun espace de travail récent</translation>
    </message>
</context>
<context>
    <name>mcfund::MainWindow</name>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Show only these rows</source>
        <translation>Afficher seulement ces lignes</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Package for %1 — coordinator mode. Only this institution&apos;s records can be changed; amounts approved, reviews and decisions stay with the ministry. Send this file back to the ministry when your changes are done.</source>
        <translation>Trousse de l&apos;établissement %1 — mode coordination. Seuls les enregistrements de cet établissement peuvent être modifiés; les montants approuvés, les évaluations et les décisions relèvent du ministère. Renvoyez ce fichier au ministère une fois vos modifications terminées.</translation>
    </message>
    <message>
        <source>Rows without a translation</source>
        <translation>Lignes sans traduction</translation>
    </message>
    <message>
        <source>Institution package — coordinator mode. What this package says about itself cannot be read (%1), so nothing can be changed in it.</source>
        <translation>Trousse d&apos;établissement — mode coordination. Ce que cette trousse indique sur elle-même ne peut pas être lu (%1)&#xa0;: rien ne peut donc y être modifié.</translation>
    </message>
</context>
<context>
    <name>mcfund::ManPage</name>
    <message>
        <source>User Commands</source>
        <translation>Commandes de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Synopsis</source>
        <translation>Synopsis</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>mcfund keeps the rounds, institutions, projects and micro-credentials of Ontario&apos;s Micro-credentials Challenge Fund. Ministry staff review the applications of a round, several people at once, decide funding within the round&apos;s envelope and print summary reports in English or French; institution coordinators keep their institution&apos;s projects and micro-credentials up to date in a package, offline, and send it back.</source>
        <translation>mcfund tient les volets, les établissements, les projets et les microcertifications du Fonds pour les défis liés aux microcertifications de l&apos;Ontario. Le personnel du ministère évalue les demandes d&apos;un volet, à plusieurs en même temps, décide du financement dans les limites de l&apos;enveloppe du volet et imprime des rapports sommaires en français ou en anglais; les personnes coordonnatrices des établissements tiennent à jour les projets et les microcertifications de leur établissement dans une trousse, hors ligne, et la renvoient.</translation>
    </message>
    <message>
        <source>Started without a command, mcfund opens its window. A workspace is an SQLite file for one person, or a shared workspace on PostgreSQL where each person connects under their own database role.</source>
        <translation>Lancé sans commande, mcfund ouvre sa fenêtre. Un espace de travail est un fichier SQLite pour une personne, ou un espace de travail partagé sur PostgreSQL où chaque personne se connecte sous son propre rôle de base de données.</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Each command runs with no display and prints to the standard output; mcfund COMMAND --help prints what follows for that command.</source>
        <translation>Chaque commande s&apos;exécute sans affichage et écrit sur la sortie standard; mcfund COMMANDE --help affiche ce qui suit pour cette commande.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Every command, and the window, takes these options:</source>
        <translation>Chaque commande, et la fenêtre, acceptent ces options&#xa0;:</translation>
    </message>
    <message>
        <source>Exit status</source>
        <translation>Code de retour</translation>
    </message>
    <message>
        <source>Done: every row written or unchanged, the check passed.</source>
        <translation>Terminé&#xa0;: chaque ligne est écrite ou inchangée, la vérification a réussi.</translation>
    </message>
    <message>
        <source>Nothing was written: rows were refused, a check found damage, the workspace could not be opened or written.</source>
        <translation>Rien n&apos;a été écrit&#xa0;: des lignes ont été refusées, une vérification a trouvé des dommages, ou l&apos;espace de travail n&apos;a pas pu être ouvert ou écrit.</translation>
    </message>
    <message>
        <source>Bad arguments, or a file that cannot be read; nothing was done.</source>
        <translation>Arguments incorrects, ou fichier illisible; rien n&apos;a été fait.</translation>
    </message>
    <message>
        <source>Partly done: some rows were written and others refused (import), or conflicts were left for a person to settle (package merge).</source>
        <translation>Fait en partie&#xa0;: certaines lignes ont été écrites et d&apos;autres refusées (importation), ou des conflits restent à régler par une personne (fusion d&apos;une trousse).</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>the default workspace, created from the official data the first time</source>
        <translation>l&apos;espace de travail par défaut, créé à partir des données officielles la première fois</translation>
    </message>
    <message>
        <source>settings: language, recent workspaces and connections (never a password)</source>
        <translation>les réglages&#xa0;: langue, espaces de travail et connexions récents (jamais un mot de passe)</translation>
    </message>
    <message>
        <source>which workspace files were found sound, so that they are not read whole again</source>
        <translation>les fichiers d&apos;espace de travail trouvés intacts, pour ne pas les relire en entier</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>how to reach a shared workspace on PostgreSQL when its address leaves them out; ~/.pgpass holds passwords</source>
        <translation>comment joindre un espace de travail partagé sur PostgreSQL quand son adresse ne les précise pas; ~/.pgpass contient les mots de passe</translation>
    </message>
    <message>
        <source>the language when --lang is not given: French for a French locale, else English</source>
        <translation>la langue quand --lang n&apos;est pas donné&#xa0;: le français pour des paramètres régionaux français, sinon l&apos;anglais</translation>
    </message>
    <message>
        <source>See also</source>
        <translation>Voir aussi</translation>
    </message>
</context>
<context>
    <name>mcfund::MergeDialog</name>
    <message>
        <source>Merge the package of %1</source>
        <translation>Fusionner la trousse de l&apos;établissement %1</translation>
    </message>
    <message>
        <source>Package made %1 by %2. Before merging: %3.</source>
        <translation>Trousse créée le %1 par %2. Avant la fusion&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Base (when exported)</source>
        <translation>Origine (à l&apos;exportation)</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Ministère</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Trousse</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>The ministry&apos;s value</source>
        <translation>La valeur du ministère</translation>
    </message>
    <message>
        <source>The package&apos;s value</source>
        <translation>La valeur de la trousse</translation>
    </message>
    <message>
        <source>Value to keep for %1</source>
        <translation>Valeur à conserver pour %1</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflits (%1)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Modifications (%1)</translation>
    </message>
    <message>
        <source>Delete too</source>
        <translation>Supprimer aussi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Deleted in the package (%1)</source>
        <translation>Supprimés dans la trousse (%1)</translation>
    </message>
    <message>
        <source>Why it is refused</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translation>Refusés (%1)</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>Nothing was merged: %1</source>
        <translation>Rien n&apos;a été fusionné&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing to merge: the workspace already has every change of this package.</source>
        <translation>Rien à fusionner&#xa0;: l&apos;espace de travail contient déjà toutes les modifications de cette trousse.</translation>
    </message>
    <message>
        <source>Merged the package of %1: %2.</source>
        <translation>Trousse de l&apos;établissement %1 fusionnée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Deleted here, changed in the package (%1)</source>
        <translation>Supprimés ici, modifiés dans la trousse (%1)</translation>
    </message>
</context>
<context>
    <name>mcfund::MergePlan</name>
    <message>
        <source>%1 updated, %2 added, %3 in conflict, %4 rejected, %5 proposed for deletion</source>
        <translation>%1 mis à jour, %2 ajoutés, %3 en conflit, %4 refusés, %5 proposés pour suppression</translation>
    </message>
    <message>
        <source>update %1 “%2”, %3: “%4” → “%5”</source>
        <translation>mise à jour de l&apos;enregistrement «&#xa0;%2&#xa0;» (%1), %3&#xa0;: «&#xa0;%4&#xa0;» → «&#xa0;%5&#xa0;»</translation>
    </message>
    <message>
        <source>add %1 “%2”</source>
        <translation>ajout de l&apos;enregistrement «&#xa0;%2&#xa0;» (%1)</translation>
    </message>
    <message>
        <source>CONFLICT %1 “%2”, %3: base “%4”, ministry “%5”, package “%6”</source>
        <translation>CONFLIT sur l&apos;enregistrement «&#xa0;%2&#xa0;» (%1), %3&#xa0;: origine «&#xa0;%4&#xa0;», ministère «&#xa0;%5&#xa0;», trousse «&#xa0;%6&#xa0;»</translation>
    </message>
    <message>
        <source>rejected %1 “%2”%3: %4</source>
        <translation>modification refusée pour l&apos;enregistrement «&#xa0;%2&#xa0;» (%1)%3&#xa0;: %4</translation>
    </message>
    <message>
        <source>deleted in the package (not deleted unless accepted): %1 “%2”</source>
        <translation>enregistrement supprimé dans la trousse (non supprimé sauf acceptation)&#xa0;: «&#xa0;%2&#xa0;» (%1)</translation>
    </message>
    <message numerus="yes">
        <source>, %n deleted here but changed in the package</source>
        <translation>
            <numerusform>, %n supprimé ici mais modifié dans la trousse</numerusform>
            <numerusform>, %n supprimés ici mais modifiés dans la trousse</numerusform>
        </translation>
    </message>
    <message>
        <source>deleted in the workspace, changed in the package (%3): %1 “%2”</source>
        <translation>supprimé dans l&apos;espace de travail, modifié dans la trousse (%3)&#xa0;: «&#xa0;%2&#xa0;» (%1)</translation>
    </message>
    <message>
        <source>put back</source>
        <translation>rétabli</translation>
    </message>
    <message>
        <source>stays deleted unless put back</source>
        <translation>reste supprimé sauf s&apos;il est rétabli</translation>
    </message>
</context>
<context>
    <name>mcfund::Migrations</name>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>Échec de la migration %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>mcfund::Money</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Entrez un montant.</translation>
    </message>
    <message>
        <source>“%1” is not an amount: unexpected “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant&#xa0;: caractère «&#xa0;%2&#xa0;» inattendu.</translation>
    </message>
    <message>
        <source>“%1” has more than two decimals: amounts are in dollars and cents.</source>
        <translation>«&#xa0;%1&#xa0;» comporte plus de deux décimales&#xa0;: les montants sont exprimés en dollars et en cents.</translation>
    </message>
    <message>
        <source>“%1” is too large.</source>
        <translation>«&#xa0;%1&#xa0;» est trop élevé.</translation>
    </message>
    <message>
        <source>“%1” could be read as %2 or as %3: write the amount with its cents, as 1,234.00 or 1 234,00.</source>
        <translation>«&#xa0;%1&#xa0;» pourrait se lire %2 ou %3&#xa0;: écrivez le montant avec ses cents, comme 1,234.00 ou 1 234,00.</translation>
    </message>
    <message>
        <source>“%1” is not an amount: write it as $1,234.56, 1 234,56 $ or 1234.56.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant&#xa0;: écrivez-le sous la forme $1,234.56, 1 234,56 $ ou 1234.56.</translation>
    </message>
</context>
<context>
    <name>mcfund::NewWorkspaceDialog</name>
    <message>
        <source>New Workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>From the &amp;official data of the fund (2 rounds, 36 institutions, 88 projects)</source>
        <translation>À partir des données &amp;officielles du Fonds (2 volets, 36 établissements, 88 projets)</translation>
    </message>
    <message>
        <source>&amp;Empty (sectors, rounds and institutions to be entered)</source>
        <translation>&amp;Vide (secteurs, volets et établissements à saisir)</translation>
    </message>
    <message>
        <source>&amp;Synthetic data for demonstrations and tests</source>
        <translation>Données &amp;synthétiques pour les démonstrations et les essais</translation>
    </message>
    <message>
        <source>Number of projects</source>
        <translation>Nombre de projets</translation>
    </message>
    <message>
        <source>Number of micro-credentials</source>
        <translation>Nombre de microcertifications</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Germe aléatoire</translation>
    </message>
    <message>
        <source>&amp;Projects:</source>
        <translation>&amp;Projets&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Micro-credentials:</source>
        <translation>&amp;Microcertifications&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>&amp;Germe&#xa0;:</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>Fichier de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>mcfund-workspace.mcfund</source>
        <translation>mcfund-workspace.mcfund</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>mcfund workspaces (*.mcfund *.sqlite)</source>
        <translation>Espaces de travail mcfund (*.mcfund *.sqlite)</translation>
    </message>
    <message>
        <source>Choose a file for the new workspace.</source>
        <translation>Choisissez un fichier pour le nouvel espace de travail.</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Generating the synthetic workspace…</source>
        <translation>Génération de l&apos;espace de travail synthétique…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>mcfund::NumberText</name>
    <message>
        <source>Enter a whole number.</source>
        <translation>Entrez un nombre entier.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number: it has a decimal part.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre entier&#xa0;: il comporte une partie décimale.</translation>
    </message>
    <message>
        <source>“%1” is too large.</source>
        <translation>«&#xa0;%1&#xa0;» est trop élevé.</translation>
    </message>
    <message>
        <source>“%1” could be read as %2 or as %3: write it without separators.</source>
        <translation>«&#xa0;%1&#xa0;» pourrait se lire %2 ou %3&#xa0;: écrivez-le sans séparateurs.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number: unexpected “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre entier&#xa0;: caractère «&#xa0;%2&#xa0;» inattendu.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number: write it as 1234, 1,234 or 1 234.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre entier&#xa0;: écrivez-le sous la forme 1234, 1,234 ou 1 234.</translation>
    </message>
</context>
<context>
    <name>mcfund::OfficialDataset</name>
    <message>
        <source>The official dataset is missing from this build.</source>
        <translation>Les données officielles sont absentes de cette version compilée de mcfund.</translation>
    </message>
    <message>
        <source>The official dataset could not be loaded (%1): %2</source>
        <translation>Les données officielles n&apos;ont pas pu être chargées (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>volet %1</translation>
    </message>
    <message>
        <source>round %1 rules</source>
        <translation>règles du volet %1</translation>
    </message>
    <message>
        <source>priority sectors</source>
        <translation>secteurs prioritaires</translation>
    </message>
    <message>
        <source>unknown institution “%1”</source>
        <translation>établissement inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>review criteria</source>
        <translation>critères d&apos;évaluation</translation>
    </message>
</context>
<context>
    <name>mcfund::PackageCommand</name>
    <message>
        <source>The institution, by its name as published or its id.</source>
        <translation>L&apos;établissement, indiqué par son nom tel qu&apos;il est publié ou par son identifiant.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Only this round&apos;s projects (its number).</source>
        <translation>Les projets de ce volet seulement (indiquer son numéro).</translation>
    </message>
    <message>
        <source>The package file to write.</source>
        <translation>Le fichier de la trousse à produire.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Show what the merge would do; write nothing.</source>
        <translation>Afficher ce que ferait la fusion; ne rien écrire.</translation>
    </message>
    <message>
        <source>Decide every conflict for one side: ministry or package.</source>
        <translation>Régler tous les conflits en faveur d&apos;un même côté&#xa0;: ministry ou package.</translation>
    </message>
    <message>
        <source>SIDE</source>
        <translation>CÔTÉ</translation>
    </message>
    <message>
        <source>Also delete the records the package deleted.</source>
        <translation>Supprimer aussi les enregistrements que la trousse a supprimés.</translation>
    </message>
    <message>
        <source>export or merge</source>
        <translation>export ou merge</translation>
    </message>
    <message>
        <source>the package to merge</source>
        <translation>la trousse à fusionner</translation>
    </message>
    <message>
        <source>mcfund package: %1</source>
        <translation>mcfund package&#xa0;: %1</translation>
    </message>
    <message>
        <source>say export or merge: mcfund package export … or mcfund package merge FILE.</source>
        <translation>indiquez export ou merge&#xa0;: mcfund package export … ou mcfund package merge FICHIER.</translation>
    </message>
    <message>
        <source>say which institution with --institution NAME (as published, e.g. “Fleming College”).</source>
        <translation>indiquez l&apos;établissement avec --institution NOM (tel qu&apos;il est publié, p. ex. «&#xa0;Fleming College&#xa0;»).</translation>
    </message>
    <message>
        <source>--round must be a round number, not “%1”.</source>
        <translation>--round doit être un numéro de volet, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>say where to write the package with -o FILE.mcfpkg.</source>
        <translation>indiquez où écrire la trousse avec -o FICHIER.mcfpkg.</translation>
    </message>
    <message>
        <source>Wrote the package of %1 to %2 (package %3).</source>
        <translation>Trousse de l&apos;établissement %1 écrite dans %2 (trousse %3).</translation>
    </message>
    <message>
        <source>say which package to merge: mcfund package merge FILE.mcfpkg.</source>
        <translation>indiquez la trousse à fusionner&#xa0;: mcfund package merge FICHIER.mcfpkg.</translation>
    </message>
    <message>
        <source>--prefer must be ministry or package, not “%1”.</source>
        <translation>--prefer doit valoir ministry ou package, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Package of %1 (made %2 by %3): %4</source>
        <translation>Trousse de l&apos;établissement %1 (créée le %2 par %3)&#xa0;: %4</translation>
    </message>
    <message numerus="yes">
        <source>mcfund package: nothing was merged: %n conflict(s) to decide. Merge again with --prefer ministry or --prefer package, or use File ▸ Merge Institution Package in the window to choose field by field.</source>
        <translation>
            <numerusform>mcfund package&#xa0;: rien n&apos;a été fusionné&#xa0;: %n conflit à régler. Relancez la fusion avec --prefer ministry ou --prefer package, ou utilisez Fichier ▸ Fusionner la trousse d&apos;un établissement dans la fenêtre pour choisir champ par champ.</numerusform>
            <numerusform>mcfund package&#xa0;: rien n&apos;a été fusionné&#xa0;: %n conflits à régler. Relancez la fusion avec --prefer ministry ou --prefer package, ou utilisez Fichier ▸ Fusionner la trousse d&apos;un établissement dans la fenêtre pour choisir champ par champ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulation&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Nothing to merge: the workspace already has every change of this package.</source>
        <translation>Rien à fusionner&#xa0;: l&apos;espace de travail contient déjà toutes les modifications de cette trousse.</translation>
    </message>
    <message>
        <source>nothing was merged: %1</source>
        <translation>rien n&apos;a été fusionné&#xa0;: %1</translation>
    </message>
    <message>
        <source>Merged: %1.</source>
        <translation>Fusion effectuée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Export an institution package for a coordinator, or merge one back.
  mcfund package export --institution NAME [--round N] -o FILE.mcfpkg
  mcfund package merge FILE.mcfpkg [--dry-run] [--prefer ministry|package] [--accept-deletions] [--restore-deleted]</source>
        <translation>Exporter la trousse d&apos;un établissement pour la personne coordonnatrice, ou fusionner une trousse retournée.
  mcfund package export --institution NOM [--round N] -o FICHIER.mcfpkg
  mcfund package merge FICHIER.mcfpkg [--dry-run] [--prefer ministry|package] [--accept-deletions] [--restore-deleted]</translation>
    </message>
    <message>
        <source>Put back the records deleted in the workspace that the package changed since.</source>
        <translation>Rétablir les enregistrements supprimés dans l&apos;espace de travail que la trousse a modifiés depuis.</translation>
    </message>
    <message>
        <source>Exit codes: 0 written (or nothing to do); 1 nothing was written because the workspace refused the changes; 2 bad arguments, or a package or workspace that cannot be read or that holds anything mcfund did not make; 3 conflicts to decide, nothing was written.</source>
        <translation>Codes de sortie&#xa0;: 0 écriture effectuée (ou rien à faire); 1 rien n&apos;a été écrit, car l&apos;espace de travail a refusé les modifications; 2 arguments incorrects, ou trousse ou espace de travail illisible ou contenant un élément que mcfund n&apos;a pas créé; 3 conflits à régler, rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>mcfund::PackageFlow</name>
    <message>
        <source>Export Institution Package</source>
        <translation>Exporter la trousse d&apos;un établissement</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>Établissement&#xa0;:</translation>
    </message>
    <message>
        <source>Institution packages (*.mcfpkg)</source>
        <translation>Trousses d&apos;établissement (*.mcfpkg)</translation>
    </message>
    <message>
        <source>Wrote the package of %1 to %2</source>
        <translation>Trousse de l&apos;établissement %1 enregistrée dans %2</translation>
    </message>
    <message>
        <source>Merge Institution Package</source>
        <translation>Fusionner la trousse d&apos;un établissement</translation>
    </message>
    <message>
        <source>Institution packages (*.mcfpkg);;All files (*)</source>
        <translation>Trousses d&apos;établissement (*.mcfpkg);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>mcfund::PackageMerger</name>
    <message>
        <source>“%1” was exported from another workspace (%2), not from this one (%3); it cannot be merged here.</source>
        <translation>«&#xa0;%1&#xa0;» a été exporté à partir d&apos;un autre espace de travail (%2), et non de celui-ci (%3); il ne peut pas être fusionné ici.</translation>
    </message>
    <message>
        <source>The institution of this package (%1) is no longer in the workspace.</source>
        <translation>L&apos;établissement de cette trousse (%1) ne figure plus dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>belongs to another institution</source>
        <translation>appartient à un autre établissement</translation>
    </message>
    <message>
        <source>a ministry-only field cannot be changed in a package</source>
        <translation>un champ réservé au ministère ne peut pas être modifié dans une trousse</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) must be decided first (keep the ministry&apos;s value or take the package&apos;s).</source>
        <translation>
            <numerusform>%n conflit doit d&apos;abord être réglé (conserver la valeur du ministère ou prendre celle de la trousse).</numerusform>
            <numerusform>%n conflits doivent d&apos;abord être réglés (conserver la valeur du ministère ou prendre celle de la trousse).</numerusform>
        </translation>
    </message>
    <message>
        <source>merge of the package of %1</source>
        <translation>fusion de la trousse de l&apos;établissement %1</translation>
    </message>
    <message>
        <source>package of %1 made %2 by %3: %4</source>
        <translation>trousse de l&apos;établissement %1 créée le %2 par %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>the table %1 could not be read: %2</source>
        <translation>la table %1 n&apos;a pas pu être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>The merge of “%1” was not planned: %2</source>
        <translation>La fusion de «&#xa0;%1&#xa0;» n&apos;a pas été préparée&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>mcfund::PageStack</name>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>No workspace is open.

Use File ▸ New Workspace… to start from the official data of the fund, or File ▸ Open Workspace… to open one.</source>
        <translation>Aucun espace de travail n&apos;est ouvert.

Utilisez Fichier ▸ Nouvel espace de travail… pour partir des données officielles du Fonds, ou Fichier ▸ Ouvrir un espace de travail… pour en ouvrir un.</translation>
    </message>
</context>
<context>
    <name>mcfund::ProjectLifecycle</name>
    <message>
        <source>Submit</source>
        <translation>Soumettre</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>Commencer l&apos;évaluation</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Approuver…</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Refuser…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Mark completed</source>
        <translation>Marquer comme terminé</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Revenir à l&apos;ébauche</translation>
    </message>
</context>
<context>
    <name>mcfund::RankingModel</name>
    <message>
        <source>not scored</source>
        <translation>sans note</translation>
    </message>
    <message>
        <source>%1 — reviewers disagree</source>
        <translation>%1 — désaccord entre les personnes évaluatrices</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Dans l&apos;enveloppe</translation>
    </message>
    <message>
        <source>Beyond the envelope</source>
        <translation>Au-delà de l&apos;enveloppe</translation>
    </message>
    <message>
        <source>The envelope runs out here: this application and the ones below do not fit when funding in rank order.</source>
        <translation>L&apos;enveloppe est épuisée ici&#xa0;: cette demande et celles qui suivent n&apos;y entrent pas si le financement suit l&apos;ordre du classement.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Personnes évaluatrices</translation>
    </message>
    <message>
        <source>Score /100</source>
        <translation>Note /100</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Cumulatif</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 (incomplete)</source>
        <translation>%1 (incomplète)</translation>
    </message>
</context>
<context>
    <name>mcfund::RecordStore</name>
    <message>
        <source>%1: there is no %2 with id “%3”.</source>
        <translation>%1&#xa0;: aucun enregistrement de type «&#xa0;%2&#xa0;» ne porte l&apos;identifiant «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>A %1 has no field “%2”.</source>
        <translation>Les enregistrements de type «&#xa0;%1&#xa0;» n&apos;ont pas de champ «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>A %1 with the same key already exists.</source>
        <translation>Un enregistrement de type «&#xa0;%1&#xa0;» ayant la même clé existe déjà.</translation>
    </message>
    <message>
        <source>Cannot add the %1: %2</source>
        <translation>Impossible d&apos;ajouter l&apos;enregistrement de type «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The %1 “%2” no longer exists.</source>
        <translation>L&apos;enregistrement «&#xa0;%2&#xa0;» (%1) n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Cannot change the %1: %2</source>
        <translation>Impossible de modifier l&apos;enregistrement de type «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Cannot delete the %1 “%2”: %3 refer to it. Delete or move those first.</source>
        <translation>Impossible de supprimer l&apos;enregistrement «&#xa0;%2&#xa0;» (%1)&#xa0;: il est référencé par %3. Supprimez ou déplacez d&apos;abord ces enregistrements.</translation>
    </message>
    <message>
        <source>Cannot delete the %1: %2</source>
        <translation>Impossible de supprimer l&apos;enregistrement de type «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot delete the %1: %2 were logged and %3 deleted.</source>
        <translation>Impossible de supprimer les enregistrements de type «&#xa0;%1&#xa0;»&#xa0;: %2 ont été journalisés et %3 supprimés.</translation>
    </message>
    <message>
        <source>Cannot delete the %1: SQLite refused a function mcfund needs.</source>
        <translation>Impossible de supprimer les enregistrements de type «&#xa0;%1&#xa0;»&#xa0;: SQLite a refusé une fonction dont mcfund a besoin.</translation>
    </message>
    <message>
        <source>Cannot log the %1 added: SQLite refused a function mcfund needs.</source>
        <translation>Impossible de journaliser les enregistrements de type «&#xa0;%1&#xa0;» ajoutés&#xa0;: SQLite a refusé une fonction dont mcfund a besoin.</translation>
    </message>
</context>
<context>
    <name>mcfund::RegistryExport</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportation annulée; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Cannot read the records to export: %1</source>
        <translation>Impossible de lire les enregistrements à exporter&#xa0;: %1</translation>
    </message>
    <message>
        <source>the micro-credential of row %1</source>
        <translation>la microcertification de la ligne %1</translation>
    </message>
</context>
<context>
    <name>mcfund::ReportBuilder</name>
    <message>
        <source>sectors: %1</source>
        <translation>secteurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>institutions: %1</source>
        <translation>établissements&#xa0;: %1</translation>
    </message>
    <message>
        <source>institution types: %1</source>
        <translation>types d&apos;établissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>statuses: %1</source>
        <translation>statuts&#xa0;: %1</translation>
    </message>
    <message>
        <source>text: “%1”</source>
        <translation>texte&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>none — every project</source>
        <translation>aucun — tous les projets</translation>
    </message>
    <message>
        <source>Synthetic data generated for demonstrations and tests — not real figures</source>
        <translation>Données synthétiques générées pour les démonstrations et les essais — chiffres fictifs</translation>
    </message>
    <message>
        <source>SYNTHETIC DATA — not real figures</source>
        <translation>DONNÉES SYNTHÉTIQUES — chiffres fictifs</translation>
    </message>
    <message>
        <source>Data entered in mcfund</source>
        <translation>Données saisies dans mcfund</translation>
    </message>
    <message>
        <source>Empty workspace</source>
        <translation>Espace de travail vide</translation>
    </message>
    <message>
        <source>Official data of the fund</source>
        <translation>Données officielles du Fonds</translation>
    </message>
    <message>
        <source>%1, edited in mcfund</source>
        <translation>%1, avec modifications dans mcfund</translation>
    </message>
    <message>
        <source>Official data, edited in mcfund</source>
        <translation>Données officielles, modifiées dans mcfund</translation>
    </message>
    <message>
        <source>Official data</source>
        <translation>Données officielles</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fonds</translation>
    </message>
    <message>
        <source>Ontario Micro-credentials Challenge Fund</source>
        <translation>Fonds pour les défis liés aux microcertifications de l&apos;Ontario</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Préparé le</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Source des données</translation>
    </message>
    <message>
        <source>Filters in force</source>
        <translation>Filtres appliqués</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 de %2</translation>
    </message>
    <message>
        <source>There is no round %1 in this workspace.</source>
        <translation>Cet espace de travail ne contient aucun volet %1.</translation>
    </message>
    <message>
        <source>%1 (%2) — summary</source>
        <translation>%1 (%2) — sommaire</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non consigné</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <source>Micro-credentials</source>
        <translation>Microcertifications</translation>
    </message>
    <message>
        <source>Targeted learners</source>
        <translation>Personnes apprenantes visées</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Approved amounts per project are not recorded for this round (they are not published); the tables show the number of projects, and amounts as “—”.</source>
        <translation>Les montants approuvés par projet ne sont pas consignés pour ce volet (ils ne sont pas publiés); les tableaux présentent le nombre de projets et affichent «&#xa0;—&#xa0;» à la place des montants.</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Share of approved</source>
        <translation>Part du montant approuvé</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Funding by sector</source>
        <translation>Financement par secteur</translation>
    </message>
    <message>
        <source>%1 by sector — %2</source>
        <translation>%1 par secteur — %2</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Projects by institution</source>
        <translation>Projets par établissement</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message numerus="yes">
        <source>Subtotal: %n project(s)</source>
        <translation>
            <numerusform>Sous-total&#xa0;: %n projet</numerusform>
            <numerusform>Sous-total&#xa0;: %n projets</numerusform>
        </translation>
    </message>
    <message>
        <source>List of projects</source>
        <translation>Liste des projets</translation>
    </message>
    <message>
        <source>There is no institution called “%1” in this workspace.</source>
        <translation>Cet espace de travail ne contient aucun établissement nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 — institution report</source>
        <translation>%1 — rapport de l&apos;établissement</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Volet</translation>
    </message>
    <message>
        <source>Projects (%1)</source>
        <translation>Projets (%1)</translation>
    </message>
    <message>
        <source>Micro-credential</source>
        <translation>Microcertification</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Mode de prestation</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semaines</translation>
    </message>
    <message>
        <source>Tuition</source>
        <translation>Droits de scolarité</translation>
    </message>
    <message>
        <source>OSAP</source>
        <translation>RAFEO</translation>
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
        <source>Micro-credentials (%1)</source>
        <translation>Microcertifications (%1)</translation>
    </message>
    <message>
        <source>No micro-credentials are recorded for this institution.</source>
        <translation>Aucune microcertification n&apos;est consignée pour cet établissement.</translation>
    </message>
    <message>
        <source>There is no sector with the code “%1”.</source>
        <translation>Aucun secteur ne porte le code «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 — sector report</source>
        <translation>%1 — rapport sectoriel</translation>
    </message>
    <message>
        <source>By round</source>
        <translation>Par volet</translation>
    </message>
    <message>
        <source>Projects by round and institution</source>
        <translation>Projets par volet et par établissement</translation>
    </message>
</context>
<context>
    <name>mcfund::ReportCommand</name>
    <message>
        <source>Write a summary report to a PDF file.</source>
        <translation>Produire un rapport sommaire dans un fichier PDF.</translation>
    </message>
    <message>
        <source>round (a round&apos;s summary), institution or sector.</source>
        <translation>round (sommaire d&apos;un volet), institution ou sector.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>The round, by its number (required for --type round).</source>
        <translation>Le volet, indiqué par son numéro (obligatoire avec --type round).</translation>
    </message>
    <message>
        <source>The institution, by its name as published or its id.</source>
        <translation>L&apos;établissement, indiqué par son nom tel qu&apos;il est publié ou par son identifiant.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>The sector, by its code (e.g. health_care).</source>
        <translation>Le secteur, indiqué par son code (p. ex. health_care).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>a4 or letter (default: letter).</source>
        <translation>a4 ou letter (par défaut&#xa0;: letter).</translation>
    </message>
    <message>
        <source>PAPER</source>
        <translation>PAPIER</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à produire.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>mcfund report: %1</source>
        <translation>mcfund report&#xa0;: %1</translation>
    </message>
    <message>
        <source>--type must be round, institution or sector, not “%1”.</source>
        <translation>--type doit valoir round, institution ou sector, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter, not “%1”.</source>
        <translation>--paper doit valoir a4 ou letter, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>say where to write the report with -o FILE.pdf.</source>
        <translation>indiquez où écrire le rapport avec -o FICHIER.pdf.</translation>
    </message>
    <message>
        <source>“%1”: the file name must end in .pdf.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: le nom du fichier doit se terminer par .pdf.</translation>
    </message>
    <message>
        <source>--type round needs --round N, the round&apos;s number.</source>
        <translation>--type round exige --round N, le numéro du volet.</translation>
    </message>
    <message>
        <source>--type institution needs --institution NAME (as published, e.g. “Fleming College”).</source>
        <translation>--type institution exige --institution NOM (tel qu&apos;il est publié, p. ex. «&#xa0;Fleming College&#xa0;»).</translation>
    </message>
    <message>
        <source>--type sector needs --sector CODE (e.g. health_care).</source>
        <translation>--type sector exige --sector CODE (p. ex. health_care).</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Fichier %1 écrit.</translation>
    </message>
</context>
<context>
    <name>mcfund::ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Round summary</source>
        <translation>Sommaire du volet</translation>
    </message>
    <message>
        <source>Institution report</source>
        <translation>Rapport de l&apos;établissement</translation>
    </message>
    <message>
        <source>Sector report</source>
        <translation>Rapport sectoriel</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Lettre (8,5 × 11 po)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>No filters: every project of the chosen scope.</source>
        <translation>Aucun filtre&#xa0;: tous les projets de la portée choisie.</translation>
    </message>
    <message>
        <source>The filters of the current page apply (shown on the report&apos;s title page).</source>
        <translation>Les filtres de la page actuelle s&apos;appliquent (ils figurent sur la page de titre du rapport).</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;ound:</source>
        <translation>&amp;Volet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Établissement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Secteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
</context>
<context>
    <name>mcfund::ReportFlow</name>
    <message>
        <source>Preparing the report…</source>
        <translation>Préparation du rapport…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>Aperçu avant impression — %1</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Saved the report to %1</source>
        <translation>Rapport enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>mcfund::ReportPrinter</name>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>mcfund::ReviewCommands</name>
    <message>
        <source>Rank a round&apos;s applications by weighted review score, with the line where the envelope runs out.</source>
        <translation>Classer les demandes d&apos;un volet selon leur note d&apos;évaluation pondérée, avec la ligne où l&apos;enveloppe est épuisée.</translation>
    </message>
    <message>
        <source>The round, by its number.</source>
        <translation>Le volet, indiqué par son numéro.</translation>
    </message>
    <message>
        <source>text (default) or csv.</source>
        <translation>text (par défaut) ou csv.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>mcfund ranking: %1</source>
        <translation>mcfund ranking&#xa0;: %1</translation>
    </message>
    <message>
        <source>--format must be text or csv, not “%1”.</source>
        <translation>--format doit valoir text ou csv, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>say which round with --round N.</source>
        <translation>indiquez le volet avec --round N.</translation>
    </message>
    <message>
        <source>there is no round %1 in this workspace.</source>
        <translation>cet espace de travail ne contient aucun volet %1.</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>sans note</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>rang</translation>
    </message>
    <message>
        <source>project</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>établissement</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>reviewers</source>
        <translation>evaluations</translation>
    </message>
    <message>
        <source>score</source>
        <translation>note</translation>
    </message>
    <message>
        <source>spread</source>
        <translation>ecart</translation>
    </message>
    <message>
        <source>disagreement</source>
        <translation>desaccord</translation>
    </message>
    <message>
        <source>requested_cents</source>
        <translation>demande_cents</translation>
    </message>
    <message>
        <source>approved_cents</source>
        <translation>approuve_cents</translation>
    </message>
    <message>
        <source>cumulative_cents</source>
        <translation>cumul_cents</translation>
    </message>
    <message>
        <source>within_envelope</source>
        <translation>dans_enveloppe</translation>
    </message>
    <message numerus="yes">
        <source>Ranking of %1 (%2): %n application(s), envelope %3</source>
        <translation>
            <numerusform>Classement pour %1 (%2)&#xa0;: %n demande; enveloppe&#xa0;: %3</numerusform>
            <numerusform>Classement pour %1 (%2)&#xa0;: %n demandes; enveloppe&#xa0;: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Cumulatif</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>The envelope of %1 runs out here: the applications below do not fit.</source>
        <translation>L&apos;enveloppe de %1 est épuisée ici&#xa0;: les demandes ci-dessous n&apos;y entrent pas.</translation>
    </message>
    <message>
        <source> [reviewers disagree]</source>
        <translation> [désaccord entre les personnes évaluatrices]</translation>
    </message>
    <message>
        <source>Every ranked application fits within the envelope of %1.</source>
        <translation>Toutes les demandes classées entrent dans l&apos;enveloppe de %1.</translation>
    </message>
    <message>
        <source>Export the change log (who changed what, and when) to CSV.</source>
        <translation>Exporter le journal des modifications (qui a modifié quoi, et quand) dans un fichier CSV.</translation>
    </message>
    <message>
        <source>Only the records of this round (its number).</source>
        <translation>Les enregistrements de ce volet seulement (indiquer son numéro).</translation>
    </message>
    <message>
        <source>Only the changes made by this user.</source>
        <translation>Les modifications faites par cette personne utilisatrice seulement.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Only the changes made on or after this date (YYYY-MM-DD).</source>
        <translation>Les modifications faites à cette date ou après seulement (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>Le fichier CSV à produire.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>mcfund audit: %1</source>
        <translation>mcfund audit&#xa0;: %1</translation>
    </message>
    <message>
        <source>--since must be a date written YYYY-MM-DD, not “%1”.</source>
        <translation>--since doit être une date écrite sous la forme YYYY-MM-DD, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>say where to write the CSV with -o FILE.csv.</source>
        <translation>indiquez où écrire le fichier CSV avec -o FICHIER.csv.</translation>
    </message>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation>impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) to %1.</source>
        <translation>
            <numerusform>%n modification écrite dans %1.</numerusform>
            <numerusform>%n modifications écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>reviews_complete</source>
        <translation>evaluations_completes</translation>
    </message>
    <message>
        <source> [reviews incomplete: %1 of %2]</source>
        <translation> [évaluations incomplètes&#xa0;: %1 sur %2]</translation>
    </message>
    <message>
        <source>Review a round as a team:
  mcfund review assign --round N --per-application K [--reviewers a,b,c]
      gives every application of the round K reviewers, the least loaded first, never one with a conflict of interest; assignments already made stay, only the gaps are filled
  mcfund review assignments --round N [--format text|csv]
      lists who reviews what (CSV: project_id,project_title,reviewer,state; state is assigned, scored or conflict)
  mcfund review conflict --project ID --reason TEXT [--reviewer NAME]
      declares a conflict of interest: the reviewer is taken off the application and their scores on it are removed
On a shared workspace the reviewers are its reviewer accounts and you act as your database user.
Exit codes: 0 done, 1 refused or failed (nothing written), 2 bad arguments, 3 assigned but some places could not be filled.</source>
        <translation>Évaluer un volet en équipe&#xa0;:
  mcfund review assign --round N --per-application K [--reviewers a,b,c]
      donne K personnes évaluatrices à chaque demande du volet, en commençant par les moins chargées, jamais une personne en conflit d&apos;intérêts; les affectations déjà faites sont conservées, seules les places vacantes sont pourvues
  mcfund review assignments --round N [--format text|csv]
      indique qui évalue quoi (CSV&#xa0;: project_id,project_title,reviewer,state; state vaut assigned, scored ou conflict)
  mcfund review conflict --project ID --reason TEXTE [--reviewer NOM]
      déclare un conflit d&apos;intérêts&#xa0;: la personne évaluatrice est retirée de la demande et ses notes sur celle-ci sont supprimées
Dans un espace de travail partagé, les personnes évaluatrices sont ses comptes reviewer, et vous agissez sous votre compte de base de données.
Codes de sortie&#xa0;: 0 terminé; 1 refus ou échec (rien n&apos;a été écrit); 2 arguments incorrects; 3 affectations faites, mais certaines places n&apos;ont pas pu être pourvues.</translation>
    </message>
    <message>
        <source>assign: reviewers per application.</source>
        <translation>assign&#xa0;: nombre de personnes évaluatrices par demande.</translation>
    </message>
    <message>
        <source>assign: the reviewers, separated by commas (default: every reviewer of the shared workspace).</source>
        <translation>assign&#xa0;: les personnes évaluatrices, séparées par des virgules (par défaut&#xa0;: toutes les personnes évaluatrices de l&apos;espace de travail partagé).</translation>
    </message>
    <message>
        <source>NAMES</source>
        <translation>NOMS</translation>
    </message>
    <message>
        <source>assignments: text (default) or csv.</source>
        <translation>assignments&#xa0;: text (par défaut) ou csv.</translation>
    </message>
    <message>
        <source>conflict: the application, by its id.</source>
        <translation>conflict&#xa0;: la demande, indiquée par son identifiant.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>conflict: why there is a conflict of interest.</source>
        <translation>conflict&#xa0;: le motif du conflit d&apos;intérêts.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>conflict: who declares it, on a SQLite workspace (default: your login name); on a shared workspace, always your database user.</source>
        <translation>conflict&#xa0;: la personne qui le déclare, dans un espace de travail SQLite (par défaut&#xa0;: votre nom d&apos;utilisateur de session); dans un espace de travail partagé, toujours votre compte de base de données.</translation>
    </message>
    <message>
        <source>mcfund review: %1</source>
        <translation>mcfund review&#xa0;: %1</translation>
    </message>
    <message>
        <source>say what to do: assign, assignments or conflict (mcfund review --help).</source>
        <translation>indiquez l&apos;action&#xa0;: assign, assignments ou conflict (mcfund review --help).</translation>
    </message>
    <message>
        <source>“%1” is not a review action: say assign, assignments or conflict.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une action de mcfund review&#xa0;: utilisez assign, assignments ou conflict.</translation>
    </message>
    <message>
        <source>--round takes a round&apos;s number, not “%1”.</source>
        <translation>--round attend un numéro de volet, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--per-application takes a number of reviewers from 1 to 20, not “%1”.</source>
        <translation>--per-application attend un nombre de personnes évaluatrices de 1 à 20, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>say how many reviewers each application gets with --per-application K.</source>
        <translation>indiquez avec --per-application K combien de personnes évaluatrices chaque demande reçoit.</translation>
    </message>
    <message>
        <source>say which application with --project ID.</source>
        <translation>indiquez la demande avec --project ID.</translation>
    </message>
    <message>
        <source>say why with --reason TEXT: the reason of a conflict of interest is kept on record.</source>
        <translation>indiquez le motif avec --reason TEXTE&#xa0;: le motif d&apos;un conflit d&apos;intérêts est consigné.</translation>
    </message>
    <message>
        <source>mcfund review: nothing was written: %1</source>
        <translation>mcfund review&#xa0;: rien n&apos;a été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>the workspace refused the change.</source>
        <translation>l&apos;espace de travail a refusé la modification.</translation>
    </message>
    <message>
        <source>who you are is not known: say it with --reviewer NAME.</source>
        <translation>votre identité est inconnue&#xa0;: indiquez-la avec --reviewer NOM.</translation>
    </message>
    <message>
        <source>Conflict of interest recorded for %1: %2.</source>
        <translation>Conflit d&apos;intérêts consigné pour %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>--reviewers names no one.</source>
        <translation>--reviewers ne désigne personne.</translation>
    </message>
    <message>
        <source>“%1” is not a reviewer of this shared workspace (mcfund server add-user %1 --role reviewer).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une personne évaluatrice de cet espace de travail partagé (mcfund server add-user %1 --role reviewer).</translation>
    </message>
    <message>
        <source>this shared workspace has no reviewer accounts yet (mcfund server add-user NAME --role reviewer).</source>
        <translation>cet espace de travail partagé n&apos;a encore aucun compte de personne évaluatrice (mcfund server add-user NOM --role reviewer).</translation>
    </message>
    <message>
        <source>name the reviewers with --reviewers a,b,c.</source>
        <translation>désignez les personnes évaluatrices avec --reviewers a,b,c.</translation>
    </message>
    <message numerus="yes">
        <source>%n new assignment(s) in %1; %2 application(s) to review, %3 reviewer(s).</source>
        <translation>
            <numerusform>%n nouvelle affectation dans %1; demandes à évaluer&#xa0;: %2; personnes évaluatrices&#xa0;: %3.</numerusform>
            <numerusform>%n nouvelles affectations dans %1; demandes à évaluer&#xa0;: %2; personnes évaluatrices&#xa0;: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mcfund review: %n place(s) could not be filled: too few reviewers without a conflict of interest.</source>
        <translation>
            <numerusform>mcfund review&#xa0;: %n place n&apos;a pas pu être pourvue&#xa0;: trop peu de personnes évaluatrices sans conflit d&apos;intérêts.</numerusform>
            <numerusform>mcfund review&#xa0;: %n places n&apos;ont pas pu être pourvues&#xa0;: trop peu de personnes évaluatrices sans conflit d&apos;intérêts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assignments of %1: %n application(s) to review</source>
        <translation>
            <numerusform>Affectations pour %1&#xa0;: %n demande à évaluer</numerusform>
            <numerusform>Affectations pour %1&#xa0;: %n demandes à évaluer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 of %n review(s) done</source>
        <translation>
            <numerusform>%1 — %2 sur %n évaluation terminée</numerusform>
            <numerusform>%1 — %2 sur %n évaluations terminées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) have no reviewer yet.</source>
        <translation>
            <numerusform>%n demande n&apos;a encore aucune personne évaluatrice.</numerusform>
            <numerusform>%n demandes n&apos;ont encore aucune personne évaluatrice.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewers:</source>
        <translation>Personnes évaluatrices&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2 of %3 scored</source>
        <translation>%1&#xa0;: %2 sur %3 notées</translation>
    </message>
</context>
<context>
    <name>mcfund::ReviewScores</name>
    <message>
        <source>The scores could not be read: %1</source>
        <translation>Les notes n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the ranking of the round: %1</source>
        <translation>Impossible de lire le classement du volet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the scores of this application: %1</source>
        <translation>Impossible de lire les notes de cette demande&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>mcfund::ReviewsPage</name>
    <message>
        <source>change of %1</source>
        <translation>modification du champ «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Scores not saved</source>
        <translation>Notes non enregistrées</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Volet&#xa0;:</translation>
    </message>
    <message>
        <source>Additional consideration</source>
        <translation>Considération supplémentaire</translation>
    </message>
    <message>
        <source>Your scores</source>
        <translation>Vos notes</translation>
    </message>
    <message>
        <source>Reviewer: %1</source>
        <translation>Personne évaluatrice&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Save scores</source>
        <translation>&amp;Enregistrer les notes</translation>
    </message>
    <message>
        <source>All reviewers</source>
        <translation>Toutes les personnes évaluatrices</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Round under review</source>
        <translation>Volet en cours d&apos;évaluation</translation>
    </message>
    <message>
        <source>Ranking of the round&apos;s applications</source>
        <translation>Classement des demandes du volet</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source> / %1</source>
        <translation> / %1</translation>
    </message>
    <message>
        <source>Score for %1</source>
        <translation>Note pour le critère «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>Commentaire sur le critère «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <translation>%1 (pondération %2)</translation>
    </message>
    <message>
        <source>Envelope %1: every ranked application fits.</source>
        <translation>Enveloppe de %1&#xa0;: toutes les demandes classées y entrent.</translation>
    </message>
    <message>
        <source>Envelope %1 runs out at rank %2.</source>
        <translation>L&apos;enveloppe de %1 est épuisée au rang %2.</translation>
    </message>
    <message>
        <source>No envelope set for this round.</source>
        <translation>Aucune enveloppe n&apos;est définie pour ce volet.</translation>
    </message>
    <message>
        <source>Select an application in the ranking.</source>
        <translation>Sélectionnez une demande dans le classement.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>No intake flags.</source>
        <translation>Aucun signalement à la réception.</translation>
    </message>
    <message>
        <source>⚠ Flagged at intake:</source>
        <translation>⚠ Signalée à la réception&#xa0;:</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Personne évaluatrice</translation>
    </message>
    <message>
        <source>Total /100</source>
        <translation>Total /100</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplète</translation>
    </message>
    <message numerus="yes">
        <source>Mean %1 / 100 from %n complete review(s); spread %2 points.</source>
        <translation>
            <numerusform>Moyenne de %1 / 100 selon %n évaluation complète; écart de %2 points.</numerusform>
            <numerusform>Moyenne de %1 / 100 selon %n évaluations complètes; écart de %2 points.</numerusform>
        </translation>
    </message>
    <message>
        <source>No complete review yet.</source>
        <translation>Aucune évaluation complète pour l&apos;instant.</translation>
    </message>
    <message>
        <source>⚠ Reviewers disagree (spread above %1 points).</source>
        <translation>⚠ Désaccord entre les personnes évaluatrices (écart supérieur à %1 points).</translation>
    </message>
    <message>
        <source>⚠ marks criteria where scores differ by more than half the scale.</source>
        <translation>⚠ indique les critères pour lesquels les notes diffèrent de plus de la moitié de l&apos;échelle.</translation>
    </message>
    <message>
        <source>No further decision: the application is %1.</source>
        <translation>Aucune autre décision possible&#xa0;: la demande a le statut «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Scores saved.</source>
        <translation>Notes enregistrées.</translation>
    </message>
    <message>
        <source>Decision recorded.</source>
        <translation>Décision consignée.</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Personnes évaluatrices</translation>
    </message>
    <message>
        <source>Declare a &amp;Conflict of Interest…</source>
        <translation>Déclarer un &amp;conflit d&apos;intérêts…</translation>
    </message>
    <message>
        <source>Declare a conflict of interest on this application</source>
        <translation>Déclarer un conflit d&apos;intérêts pour cette demande</translation>
    </message>
    <message>
        <source>&amp;Not yet scored by me</source>
        <translation>&amp;Pas encore notées par moi</translation>
    </message>
    <message>
        <source>Show only the applications assigned to me that I have not scored</source>
        <translation>Afficher seulement les demandes qui me sont affectées et que je n&apos;ai pas notées</translation>
    </message>
    <message>
        <source>&amp;Assign Reviewers…</source>
        <translation>&amp;Affecter des personnes évaluatrices…</translation>
    </message>
    <message>
        <source>Assign reviewers to the round&apos;s applications</source>
        <translation>Affecter des personnes évaluatrices aux demandes du volet</translation>
    </message>
    <message>
        <source>Applications are assigned by program officers.</source>
        <translation>Les demandes sont affectées par les personnes agentes de programme.</translation>
    </message>
    <message>
        <source>Your reviews: %1 of %2 scored.</source>
        <translation>Vos évaluations&#xa0;: %1 sur %2 notées.</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 sur %3</translation>
    </message>
    <message numerus="yes">
        <source>Team: %1 of %2 reviews scored (%3); %n conflict(s) of interest.</source>
        <translation>
            <numerusform>Équipe&#xa0;: %1 sur %2 évaluations notées (%3); %n conflit d&apos;intérêts.</numerusform>
            <numerusform>Équipe&#xa0;: %1 sur %2 évaluations notées (%3); %n conflits d&apos;intérêts.</numerusform>
        </translation>
    </message>
    <message>
        <source>No reviewer is assigned in this round yet.</source>
        <translation>Aucune personne évaluatrice n&apos;est encore affectée dans ce volet.</translation>
    </message>
    <message>
        <source>Declare a Conflict of Interest</source>
        <translation>Déclarer un conflit d&apos;intérêts</translation>
    </message>
    <message>
        <source>Why can you not review “%1” impartially? The reason is kept on record; you are taken off the application and any score you saved on it is removed.</source>
        <translation>Pourquoi ne pouvez-vous pas évaluer «&#xa0;%1&#xa0;» de façon impartiale? Le motif est consigné; votre affectation à cette demande est retirée et toute note que vous y avez enregistrée est supprimée.</translation>
    </message>
    <message>
        <source>Conflict of interest not recorded</source>
        <translation>Conflit d&apos;intérêts non consigné</translation>
    </message>
    <message>
        <source>Conflict of interest recorded.</source>
        <translation>Conflit d&apos;intérêts consigné.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>&#xa0;: %1</translation>
    </message>
    <message>
        <source>No reviewer is assigned to this application.</source>
        <translation>Aucune personne évaluatrice n&apos;est affectée à cette demande.</translation>
    </message>
    <message>
        <source>You declared a conflict of interest on this application: you do not score it.</source>
        <translation>Vous avez déclaré un conflit d&apos;intérêts pour cette demande&#xa0;: vous ne la notez pas.</translation>
    </message>
    <message>
        <source>The other reviewers&apos; scores are shown once you have scored every criterion.</source>
        <translation>Les notes des autres personnes évaluatrices s&apos;affichent une fois que vous avez noté tous les critères.</translation>
    </message>
    <message>
        <source>scores on “%1”</source>
        <translation>notes attribuées à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Each reviewer&apos;s scores on this application</source>
        <translation>Notes de chaque personne évaluatrice pour cette demande</translation>
    </message>
    <message>
        <source>The selected application</source>
        <translation>La demande sélectionnée</translation>
    </message>
    <message>
        <source>Cannot read the assignments of this round: %1</source>
        <translation>Impossible de lire les affectations de ce volet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the criteria of this round: %1</source>
        <translation>Impossible de lire les critères d&apos;évaluation de ce volet&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>mcfund::RoundEnvelope</name>
    <message>
        <source>the application or its round is gone</source>
        <translation>la demande ou son volet n&apos;existe plus</translation>
    </message>
</context>
<context>
    <name>mcfund::RoundRules</name>
    <message>
        <source>Requested %1 is over the %2 cap of %3 for a %4.</source>
        <translation>%2&#xa0;: le montant demandé (%1) dépasse le plafond de %3 fixé pour un projet de type «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>A %1 needs at least %2 micro-credentials; %3 are planned.</source>
        <translation>Un projet de type «&#xa0;%1&#xa0;» doit comprendre au moins %2 microcertifications; nombre prévu&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 institutions are not eligible in %2.</source>
        <translation>%2&#xa0;: les établissements de type «&#xa0;%1&#xa0;» ne sont pas admissibles.</translation>
    </message>
    <message>
        <source>%1 requires an industry or employer partner; none is recorded.</source>
        <translation>%1&#xa0;: un partenaire de l&apos;industrie ou un employeur est exigé; aucun n&apos;est consigné.</translation>
    </message>
    <message>
        <source>Cannot read the rules of the round: %1</source>
        <translation>Impossible de lire les règles du volet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the application&apos;s intake flags: %1</source>
        <translation>Impossible de lire les signalements de cette demande à la réception&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>mcfund::RowSource</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>mcfund::SaveFailureBar</name>
    <message>
        <source>Changes not saved</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Retry saving</source>
        <translation>Réessayer l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Write the changes that were not saved again</source>
        <translation>Écrire de nouveau les modifications qui n&apos;ont pas été enregistrées</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>Save a copy elsewhere</source>
        <translation>Enregistrer une copie ailleurs</translation>
    </message>
    <message>
        <source>Write the workspace, with the changes not saved here, to another file</source>
        <translation>Écrire l&apos;espace de travail, avec les modifications non enregistrées ici, dans un autre fichier</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <source>Discard the changes not saved</source>
        <translation>Abandonner les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Forget the changes that were not saved and show what the file holds</source>
        <translation>Oublier les modifications qui n&apos;ont pas été enregistrées et afficher le contenu du fichier</translation>
    </message>
    <message>
        <source>&amp;Open the Copy</source>
        <translation>&amp;Ouvrir la copie</translation>
    </message>
    <message>
        <source>Open the copy</source>
        <translation>Ouvrir la copie</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation>Fermer cet avis</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) are not saved.</source>
        <translation>
            <numerusform>%n modification n&apos;est pas enregistrée.</numerusform>
            <numerusform>%n modifications ne sont pas enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace %1 is read-only: changes cannot be saved to it. Save a copy to a folder you can write to and open the copy to make changes.</source>
        <translation>L&apos;espace de travail %1 est en lecture seule&#xa0;: il est impossible d&apos;y enregistrer des modifications. Enregistrez une copie dans un dossier où vous pouvez écrire, puis ouvrez cette copie pour apporter des modifications.</translation>
    </message>
    <message>
        <source>A copy with these changes was saved to %1.</source>
        <translation>Une copie contenant ces modifications a été enregistrée dans %1.</translation>
    </message>
    <message>
        <source>A copy was saved to %1.</source>
        <translation>Une copie a été enregistrée dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written to the workspace.</source>
        <translation>
            <numerusform>%n modification écrite dans l&apos;espace de travail.</numerusform>
            <numerusform>%n modifications écrites dans l&apos;espace de travail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not saved were discarded.</source>
        <translation>
            <numerusform>%n modification non enregistrée a été abandonnée.</numerusform>
            <numerusform>%n modifications non enregistrées ont été abandonnées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>mcfund workspaces (*.mcfund *.sqlite)</source>
        <translation>Espaces de travail mcfund (*.mcfund *.sqlite)</translation>
    </message>
    <message>
        <source>Choose another file than the workspace itself.</source>
        <translation>Choisissez un fichier autre que l&apos;espace de travail lui-même.</translation>
    </message>
    <message>
        <source>“%1” cannot be replaced.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être remplacé.</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Copie enregistrée dans %1</translation>
    </message>
</context>
<context>
    <name>mcfund::Schema</name>
    <message>
        <source>sector</source>
        <translation>secteur</translation>
    </message>
    <message>
        <source>sectors</source>
        <translation>secteurs</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Nom (anglais)</translation>
    </message>
    <message>
        <source>Name (French)</source>
        <translation>Nom (français)</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>round</source>
        <translation>volet</translation>
    </message>
    <message>
        <source>rounds</source>
        <translation>volets</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>Date d&apos;annonce</translation>
    </message>
    <message>
        <source>Intake opens</source>
        <translation>Ouverture des demandes</translation>
    </message>
    <message>
        <source>Intake closes</source>
        <translation>Clôture des demandes</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>Target projects</source>
        <translation>Projets visés</translation>
    </message>
    <message>
        <source>Target micro-credentials</source>
        <translation>Microcertifications visées</translation>
    </message>
    <message>
        <source>Target learners</source>
        <translation>Personnes apprenantes visées</translation>
    </message>
    <message>
        <source>Target institutions</source>
        <translation>Établissements visés</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Outcome (English)</source>
        <translation>Résultat (anglais)</translation>
    </message>
    <message>
        <source>Outcome (French)</source>
        <translation>Résultat (français)</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>établissement</translation>
    </message>
    <message>
        <source>institutions</source>
        <translation>établissements</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom abrégé</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>project</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>projets</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Volet</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>Titre (anglais)</translation>
    </message>
    <message>
        <source>Title (French)</source>
        <translation>Titre (français)</translation>
    </message>
    <message>
        <source>Published in</source>
        <translation>Langue de publication</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Sector assigned by</source>
        <translation>Secteur attribué par</translation>
    </message>
    <message>
        <source>Project type</source>
        <translation>Type de projet</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Planned micro-credentials</source>
        <translation>Microcertifications prévues</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Summary (English)</source>
        <translation>Résumé (anglais)</translation>
    </message>
    <message>
        <source>Summary (French)</source>
        <translation>Résumé (français)</translation>
    </message>
    <message>
        <source>micro-credential</source>
        <translation>microcertification</translation>
    </message>
    <message>
        <source>micro-credentials</source>
        <translation>microcertifications</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Mode de prestation</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semaines</translation>
    </message>
    <message>
        <source>Tuition</source>
        <translation>Droits de scolarité</translation>
    </message>
    <message>
        <source>OSAP approved</source>
        <translation>Approuvée aux fins du RAFEO</translation>
    </message>
    <message>
        <source>Learners enrolled</source>
        <translation>Personnes apprenantes inscrites</translation>
    </message>
    <message>
        <source>Learners completed</source>
        <translation>Personnes apprenantes ayant terminé</translation>
    </message>
    <message>
        <source>CIP 2021 code</source>
        <translation>Code CPE 2021</translation>
    </message>
    <message>
        <source>NOC 2021 codes</source>
        <translation>Codes CNP 2021</translation>
    </message>
    <message>
        <source>Learning outcomes (English)</source>
        <translation>Résultats d&apos;apprentissage (anglais)</translation>
    </message>
    <message>
        <source>Learning outcomes (French)</source>
        <translation>Résultats d&apos;apprentissage (français)</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Page Web</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>partenaires</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>project partner</source>
        <translation>partenaire de projet</translation>
    </message>
    <message>
        <source>project partners</source>
        <translation>partenaires de projet</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Collaboration between institutions</source>
        <translation>Collaboration entre établissements</translation>
    </message>
    <message>
        <source>Led by an Indigenous Institute</source>
        <translation>Dirigé par un institut autochtone</translation>
    </message>
    <message>
        <source>Partners with Indigenous Institutes or trains Indigenous learners</source>
        <translation>Partenariat avec des instituts autochtones ou formation de personnes apprenantes autochtones</translation>
    </message>
    <message>
        <source>review criterion</source>
        <translation>critère d&apos;évaluation</translation>
    </message>
    <message>
        <source>review criteria</source>
        <translation>critères d&apos;évaluation</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Pondération</translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation>Note maximale</translation>
    </message>
    <message>
        <source>review</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <source>reviews</source>
        <translation>évaluations</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Personne évaluatrice</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>décision</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>décisions</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décision prise par</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Date de la décision</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Envelope override reason</source>
        <translation>Motif de la dérogation à l&apos;enveloppe</translation>
    </message>
    <message>
        <source>assignment</source>
        <translation>affectation</translation>
    </message>
    <message>
        <source>assignments</source>
        <translation>affectations</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Conflit d&apos;intérêts</translation>
    </message>
</context>
<context>
    <name>mcfund::Server</name>
    <message>
        <source>The shared workspace could not be set up: %1 (in: %2)</source>
        <translation>L&apos;espace de travail partagé n&apos;a pas pu être mis en place&#xa0;: %1 (dans&#xa0;: %2)</translation>
    </message>
    <message>
        <source>workspace owner</source>
        <translation>propriétaire de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>personne administratrice</translation>
    </message>
    <message>
        <source>program officer</source>
        <translation>personne agente de programme</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>personne évaluatrice</translation>
    </message>
    <message>
        <source>institution coordinator</source>
        <translation>personne coordonnatrice de l&apos;établissement</translation>
    </message>
    <message>
        <source>no mcfund role</source>
        <translation>aucun rôle mcfund</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL address (postgresql://user@host:port/database).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse PostgreSQL (postgresql://user@host:port/database).</translation>
    </message>
    <message>
        <source>“%1” in the address %2 is not a port number.</source>
        <translation>«&#xa0;%1&#xa0;», dans l&apos;adresse %2, n&apos;est pas un numéro de port.</translation>
    </message>
    <message>
        <source>“%1” in the address %2 is not a connection option.</source>
        <translation>«&#xa0;%1&#xa0;», dans l&apos;adresse %2, n&apos;est pas une option de connexion.</translation>
    </message>
    <message>
        <source>This mcfund cannot reach PostgreSQL: Qt&apos;s PostgreSQL driver (libqt6sql6-psql) is not installed.</source>
        <translation>Cette installation de mcfund ne peut pas accéder à PostgreSQL&#xa0;: le pilote PostgreSQL de Qt (libqt6sql6-psql) n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>The server at %1 refused the password (or asked for one and none was given; ~/.pgpass is the place for it).</source>
        <translation>Le serveur à l&apos;adresse %1 a refusé le mot de passe (ou en a demandé un et aucun n&apos;a été fourni; c&apos;est dans ~/.pgpass qu&apos;il faut l&apos;indiquer).</translation>
    </message>
    <message>
        <source>The server at %1 has no user “%2”: ask an administrator to add you with mcfund server add-user.</source>
        <translation>Le serveur à l&apos;adresse %1 ne connaît aucune personne utilisatrice «&#xa0;%2&#xa0;»&#xa0;: demandez à une personne administratrice de vous ajouter avec mcfund server add-user.</translation>
    </message>
    <message>
        <source>The server at %1 has no database “%2”.</source>
        <translation>Le serveur à l&apos;adresse %1 n&apos;a aucune base de données «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The server at %1 accepts only encrypted connections: add ?sslmode=require to the address.</source>
        <translation>Le serveur à l&apos;adresse %1 n&apos;accepte que les connexions chiffrées&#xa0;: ajoutez ?sslmode=require à l&apos;adresse.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer within 5 seconds.</source>
        <translation>Le serveur à l&apos;adresse %1 n&apos;a pas répondu dans un délai de 5&#xa0;secondes.</translation>
    </message>
    <message>
        <source>No PostgreSQL server answers at %1.</source>
        <translation>Aucun serveur PostgreSQL ne répond à l&apos;adresse %1.</translation>
    </message>
    <message>
        <source>The server at %1 does not let this user connect: %2</source>
        <translation>Le serveur à l&apos;adresse %1 ne permet pas à cette personne utilisatrice de se connecter&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot use the shared workspace at %1: %2</source>
        <translation>Impossible d&apos;utiliser l&apos;espace de travail partagé à l&apos;adresse %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The database at %1 is not an mcfund shared workspace (it was not changed; mcfund server init makes one in an empty database).</source>
        <translation>La base de données à l&apos;adresse %1 n&apos;est pas un espace de travail partagé mcfund (elle n&apos;a pas été modifiée; mcfund server init en crée un dans une base de données vide).</translation>
    </message>
    <message>
        <source>The database at %1 is not an mcfund shared workspace (it was not changed).</source>
        <translation>La base de données à l&apos;adresse %1 n&apos;est pas un espace de travail partagé mcfund (elle n&apos;a pas été modifiée).</translation>
    </message>
    <message>
        <source>The shared workspace at %1 was made by a newer version of mcfund (schema %2; this version reads up to %3).</source>
        <translation>L&apos;espace de travail partagé à l&apos;adresse %1 a été créé par une version plus récente de mcfund (schéma %2; cette version lit les schémas jusqu&apos;au %3).</translation>
    </message>
    <message>
        <source>The database at %1 is already an mcfund shared workspace; nothing was changed.</source>
        <translation>La base de données à l&apos;adresse %1 est déjà un espace de travail partagé mcfund; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The database at %1 already holds tables; server init needs an empty database. Nothing was changed.</source>
        <translation>La base de données à l&apos;adresse %1 contient déjà des tables; server init exige une base de données vide. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The shared workspace could not be set up: %1</source>
        <translation>L&apos;espace de travail partagé n&apos;a pas pu être mis en place&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be a user name: use lowercase letters, digits, “_”, “.” or “-”, starting with a letter.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas servir de nom d&apos;utilisateur&#xa0;: utilisez des lettres minuscules, des chiffres, «&#xa0;_&#xa0;», «&#xa0;.&#xa0;» ou «&#xa0;-&#xa0;», en commençant par une lettre.</translation>
    </message>
    <message>
        <source>“%1” is a name PostgreSQL or mcfund keeps for itself.</source>
        <translation>«&#xa0;%1&#xa0;» est un nom réservé à PostgreSQL ou à mcfund.</translation>
    </message>
    <message>
        <source>A user&apos;s role is admin, officer, reviewer or coordinator.</source>
        <translation>Le rôle d&apos;une personne utilisatrice est admin, officer, reviewer ou coordinator.</translation>
    </message>
    <message>
        <source>A coordinator needs --institution.</source>
        <translation>Pour une personne coordonnatrice, --institution est obligatoire.</translation>
    </message>
    <message>
        <source>Cannot add the user “%1”: %2</source>
        <translation>Impossible d&apos;ajouter la personne utilisatrice «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server at %1 offers no encrypted connections, and the address requires one (sslmode); ask its administrator to turn TLS on.</source>
        <translation>Le serveur à l&apos;adresse %1 n&apos;offre aucune connexion chiffrée, alors que l&apos;adresse en exige une (sslmode); demandez à son administrateur d&apos;activer TLS.</translation>
    </message>
    <message>
        <source>Only a coordinator or a reviewer belongs to an institution.</source>
        <translation>Seules les personnes coordonnatrices et les personnes évaluatrices appartiennent à un établissement.</translation>
    </message>
</context>
<context>
    <name>mcfund::ServerCommand</name>
    <message>
        <source>Set up a shared workspace on PostgreSQL and the people who use it:
  mcfund server init --database URI [--from FILE | --empty]
  mcfund server add-user NAME --role admin|officer|reviewer|coordinator [--institution NAME] [--password-file FILE] --database URI
URI: postgresql://user@host:port/database (also ?host=/socket/folder, ?sslmode=require); PGHOST, PGUSER, PGPASSWORD, PGSERVICE and ~/.pgpass apply.</source>
        <translation>Mettre en place un espace de travail partagé sur PostgreSQL et y inscrire les personnes qui l&apos;utilisent&#xa0;:
  mcfund server init --database URI [--from FICHIER | --empty]
  mcfund server add-user NOM --role admin|officer|reviewer|coordinator [--institution NOM] [--password-file FICHIER] --database URI
URI&#xa0;: postgresql://user@host:port/database (aussi ?host=/socket/folder, ?sslmode=require); PGHOST, PGUSER, PGPASSWORD, PGSERVICE et ~/.pgpass s&apos;appliquent.</translation>
    </message>
    <message>
        <source>init: load this SQLite workspace instead of the official data.</source>
        <translation>init&#xa0;: charger cet espace de travail SQLite au lieu des données officielles.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>init: no data at all, only the schema and the roles.</source>
        <translation>init&#xa0;: aucune donnée, seulement le schéma et les rôles.</translation>
    </message>
    <message>
        <source>add-user: admin, officer, reviewer or coordinator.</source>
        <translation>add-user&#xa0;: admin, officer, reviewer ou coordinator.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>add-user: a file whose first line is the user&apos;s password (none: the server&apos;s other means of authentication apply).</source>
        <translation>add-user&#xa0;: un fichier dont la première ligne est le mot de passe de la personne utilisatrice (sans fichier&#xa0;: les autres moyens d&apos;authentification du serveur s&apos;appliquent).</translation>
    </message>
    <message>
        <source>mcfund server: %1</source>
        <translation>mcfund server&#xa0;: %1</translation>
    </message>
    <message>
        <source>say what to do: init or add-user (mcfund server --help).</source>
        <translation>indiquez l&apos;action&#xa0;: init ou add-user (mcfund server --help).</translation>
    </message>
    <message>
        <source>say which database with --database postgresql://user@host/database.</source>
        <translation>indiquez la base de données avec --database postgresql://user@host/database.</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL address; a shared workspace is at postgresql://user@host/database.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse PostgreSQL; un espace de travail partagé se trouve à une adresse postgresql://user@host/database.</translation>
    </message>
    <message>
        <source>unexpected argument “%1”.</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--from and --empty cannot be given together.</source>
        <translation>--from et --empty ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <source>there is no workspace file “%1”.</source>
        <translation>le fichier d&apos;espace de travail «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Made a shared workspace at %1%2.</source>
        <translation>Espace de travail partagé créé à l&apos;adresse %1%2.</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> à partir de %1</translation>
    </message>
    <message>
        <source> (empty)</source>
        <translation> (vide)</translation>
    </message>
    <message>
        <source> with the official data</source>
        <translation> avec les données officielles</translation>
    </message>
    <message>
        <source>say the user&apos;s name: mcfund server add-user NAME --role ROLE.</source>
        <translation>indiquez le nom de la personne utilisatrice&#xa0;: mcfund server add-user NOM --role ROLE.</translation>
    </message>
    <message>
        <source>--role must be admin, officer, reviewer or coordinator, not “%1”.</source>
        <translation>--role doit valoir admin, officer, reviewer ou coordinator, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>cannot read the password file “%1”: %2</source>
        <translation>impossible de lire le fichier de mot de passe «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>the password file “%1” is empty.</source>
        <translation>le fichier de mot de passe «&#xa0;%1&#xa0;» est vide.</translation>
    </message>
    <message>
        <source>there is no institution “%1” in this workspace.</source>
        <translation>cet espace de travail ne contient aucun établissement «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Added %1 as %2.</source>
        <translation>Ajout effectué&#xa0;: %1, en tant que %2.</translation>
    </message>
    <message>
        <source>“%1” is not a server action; use init or add-user.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une action de mcfund server; utilisez init ou add-user.</translation>
    </message>
    <message>
        <source>add-user: a coordinator&apos;s institution, or a reviewer&apos;s (who then has a conflict of interest with its applications); name or id.</source>
        <translation>add-user&#xa0;: l&apos;établissement d&apos;une personne coordonnatrice, ou celui d&apos;une personne évaluatrice (qui est alors en conflit d&apos;intérêts avec ses demandes); nom ou identifiant.</translation>
    </message>
</context>
<context>
    <name>mcfund::SnapshotReader</name>
    <message>
        <source>The second reader of the workspace stopped.</source>
        <translation>Le second lecteur de l&apos;espace de travail s&apos;est arrêté.</translation>
    </message>
</context>
<context>
    <name>mcfund::SpreadsheetCommands</name>
    <message>
        <source>Import a CSV or XLSX file: mcfund import FILE --into projects|credentials|institutions|partners</source>
        <translation>Importer un fichier CSV ou XLSX&#xa0;: mcfund import FICHIER --into projects|credentials|institutions|partners</translation>
    </message>
    <message>
        <source>What the rows are: projects, credentials, institutions or partners.</source>
        <translation>Ce que contiennent les lignes&#xa0;: projects, credentials, institutions ou partners.</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABLE</translation>
    </message>
    <message>
        <source>The sheet of an XLSX workbook (default: the first).</source>
        <translation>La feuille d&apos;un classeur XLSX (par défaut&#xa0;: la première).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>A saved column mapping (preset) to use instead of guessing from the header.</source>
        <translation>Une correspondance de colonnes enregistrée (préréglage) à utiliser au lieu de déduire les champs de l&apos;en-tête.</translation>
    </message>
    <message>
        <source>PRESET</source>
        <translation>PRÉRÉGLAGE</translation>
    </message>
    <message>
        <source>Import nothing if any row has a problem.</source>
        <translation>Ne rien importer si une ligne présente un problème.</translation>
    </message>
    <message>
        <source>Check and report; write nothing.</source>
        <translation>Vérifier et faire rapport; ne rien écrire.</translation>
    </message>
    <message>
        <source>The CSV or XLSX file.</source>
        <translation>Le fichier CSV ou XLSX.</translation>
    </message>
    <message>
        <source>mcfund import: %1</source>
        <translation>mcfund import&#xa0;: %1</translation>
    </message>
    <message>
        <source>say which file to import: mcfund import FILE --into TABLE.</source>
        <translation>indiquez le fichier à importer&#xa0;: mcfund import FICHIER --into TABLE.</translation>
    </message>
    <message>
        <source>--into must be projects, credentials, institutions or partners, not “%1”.</source>
        <translation>--into doit valoir projects, credentials, institutions ou partners, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1, line %2%3: %4</source>
        <translation>%1, ligne %2%3&#xa0;: %4</translation>
    </message>
    <message>
        <source>Dry run: %1. Nothing was written.</source>
        <translation>Simulation&#xa0;: %1. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Imported %1: %2.</source>
        <translation>Importation de %1 terminée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Export a table (mcfund export --table NAME --format csv|xlsx|json -o FILE) or micro-credentials for a registry (mcfund export --credentials --format openbadges|ctdl -o FILE).</source>
        <translation>Exporter un tableau (mcfund export --table NOM --format csv|xlsx|json -o FICHIER) ou des microcertifications pour un registre (mcfund export --credentials --format openbadges|ctdl -o FICHIER).</translation>
    </message>
    <message>
        <source>projects, credentials, institutions, partners or rounds.</source>
        <translation>projects, credentials, institutions, partners ou rounds.</translation>
    </message>
    <message>
        <source>Export micro-credentials in a registry format.</source>
        <translation>Exporter des microcertifications dans un format de registre.</translation>
    </message>
    <message>
        <source>csv, xlsx or json for a table; openbadges or ctdl for --credentials.</source>
        <translation>csv, xlsx ou json pour un tableau; openbadges ou ctdl avec --credentials.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>KEY=VALUE: sector=CODE, round=N, institution=NAME, status=CODE, text=WORDS (repeatable).</source>
        <translation>CLÉ=VALEUR&#xa0;: sector=CODE, round=N, institution=NOM, status=CODE, text=MOTS (option répétable).</translation>
    </message>
    <message>
        <source>FILTER</source>
        <translation>FILTRE</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à produire.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>mcfund export: %1</source>
        <translation>mcfund export&#xa0;: %1</translation>
    </message>
    <message>
        <source>say where to write with -o FILE.</source>
        <translation>indiquez où écrire avec -o FICHIER.</translation>
    </message>
    <message>
        <source>--filter sector=%1: there is no sector with that code.</source>
        <translation>--filter sector=%1&#xa0;: aucun secteur ne porte ce code.</translation>
    </message>
    <message>
        <source>--filter round=%1: there is no such round.</source>
        <translation>--filter round=%1&#xa0;: ce volet n&apos;existe pas.</translation>
    </message>
    <message>
        <source>--filter institution=%1: there is no such institution.</source>
        <translation>--filter institution=%1&#xa0;: cet établissement n&apos;existe pas.</translation>
    </message>
    <message>
        <source>--filter “%1”: use sector=, round=, institution=, status= or text=.</source>
        <translation>--filter «&#xa0;%1&#xa0;»&#xa0;: utilisez sector=, round=, institution=, status= ou text=.</translation>
    </message>
    <message>
        <source>--credentials needs --format openbadges or ctdl, not “%1”.</source>
        <translation>--credentials exige --format openbadges ou ctdl, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--table must be projects, credentials, institutions, partners or rounds, not “%1”.</source>
        <translation>--table doit valoir projects, credentials, institutions, partners ou rounds, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--format must be csv, xlsx or json, not “%1”.</source>
        <translation>--format doit valoir csv, xlsx ou json, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>%n enregistrement écrit dans %1.</numerusform>
            <numerusform>%n enregistrements écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>import of “%1”</source>
        <translation>importation de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more problem(s) not listed.</source>
        <translation>
            <numerusform>%1&#xa0;: %n autre problème non listé.</numerusform>
            <numerusform>%1&#xa0;: %n autres problèmes non listés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mcfund import: nothing was written: %n row(s) refused. Correct the lines listed above and import the file again.</source>
        <translation>
            <numerusform>mcfund import&#xa0;: rien n&apos;a été écrit&#xa0;: %n ligne refusée. Corrigez la ligne indiquée ci-dessus et importez de nouveau le fichier.</numerusform>
            <numerusform>mcfund import&#xa0;: rien n&apos;a été écrit&#xa0;: %n lignes refusées. Corrigez les lignes indiquées ci-dessus et importez de nouveau le fichier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mcfund import: %n row(s) refused and not written; the other rows were imported. Use --all-or-nothing to import nothing when a row is refused.</source>
        <translation>
            <numerusform>mcfund import&#xa0;: %n ligne refusée et non écrite; les autres lignes ont été importées. Utilisez --all-or-nothing pour ne rien importer lorsqu&apos;une ligne est refusée.</numerusform>
            <numerusform>mcfund import&#xa0;: %n lignes refusées et non écrites; les autres lignes ont été importées. Utilisez --all-or-nothing pour ne rien importer lorsqu&apos;une ligne est refusée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exit codes: 0 every row was written or was already there; 1 nothing was written because rows were refused (or, with --all-or-nothing, any row was refused) or the workspace refused the write; 2 bad arguments, or a file or workspace that cannot be read; 3 some rows were written and some refused.</source>
        <translation>Codes de sortie&#xa0;: 0 toutes les lignes ont été écrites ou figuraient déjà dans l&apos;espace de travail; 1 rien n&apos;a été écrit, car des lignes ont été refusées (ou, avec --all-or-nothing, au moins une ligne a été refusée) ou l&apos;espace de travail a refusé l&apos;écriture; 2 arguments incorrects, ou fichier ou espace de travail illisible; 3 certaines lignes ont été écrites et d&apos;autres refusées.</translation>
    </message>
</context>
<context>
    <name>mcfund::Sql</name>
    <message>
        <source>The field “%1” of a record holds neither text nor a whole number.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» d&apos;un enregistrement ne contient ni du texte ni un nombre entier.</translation>
    </message>
</context>
<context>
    <name>mcfund::StatsCommand</name>
    <message>
        <source>synthetic data, generated for demos and tests</source>
        <translation>données synthétiques, générées pour les démonstrations et les essais</translation>
    </message>
    <message>
        <source>empty workspace</source>
        <translation>espace de travail vide</translation>
    </message>
    <message>
        <source>official data</source>
        <translation>données officielles</translation>
    </message>
    <message>
        <source>, edited</source>
        <translation>, avec modifications</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non consigné</translation>
    </message>
    <message>
        <source>Workspace: %1 (%2)</source>
        <translation>Espace de travail&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 rounds, %2 institutions, %3 projects, %4 micro-credentials, %5 partners</source>
        <translation>%1 volets, %2 établissements, %3 projets, %4 microcertifications, %5 partenaires</translation>
    </message>
    <message>
        <source>By round</source>
        <translation>Par volet</translation>
    </message>
    <message>
        <source>Envelope: %1</source>
        <translation>Enveloppe&#xa0;: %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <source>%1 projects at %2 institutions, %3 micro-credentials</source>
        <translation>%1 projets dans %2 établissements, %3 microcertifications</translation>
    </message>
    <message>
        <source>Requested: %1; approved: %2</source>
        <translation>Demandé&#xa0;: %1; approuvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Remaining: %1</source>
        <translation>Solde&#xa0;: %1</translation>
    </message>
    <message>
        <source>By sector</source>
        <translation>Par secteur</translation>
    </message>
    <message>
        <source>%1 projects, %2 micro-credentials, approved %3</source>
        <translation>%1 projets, %2 microcertifications, montant approuvé&#xa0;: %3</translation>
    </message>
    <message>
        <source>By institution type</source>
        <translation>Par type d&apos;établissement</translation>
    </message>
    <message>
        <source>%1 institutions, %2 projects, approved %3</source>
        <translation>%1 établissements, %2 projets, montant approuvé&#xa0;: %3</translation>
    </message>
    <message>
        <source>Counts and amounts of a workspace by round, sector and institution type.</source>
        <translation>Nombres et montants d&apos;un espace de travail par volet, secteur et type d&apos;établissement.</translation>
    </message>
    <message>
        <source>Write JSON (amounts in cents) instead of text.</source>
        <translation>Produire du JSON (montants en cents) plutôt que du texte.</translation>
    </message>
    <message>
        <source>mcfund stats: %1</source>
        <translation>mcfund stats&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>mcfund::TableColumns</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>OSAP-eligible length</source>
        <translation>Durée admissible au RAFEO</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
</context>
<context>
    <name>mcfund::TableCopy</name>
    <message>
        <source>Cannot copy the table %1: %2</source>
        <translation>Impossible de copier la table %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the table is missing</source>
        <translation>la table est absente</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Annulé; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>mcfund::TableModel</name>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
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
        <source>French text missing — showing the English text</source>
        <translation>Texte français manquant — texte anglais affiché</translation>
    </message>
    <message>
        <source>English text missing — showing the French text</source>
        <translation>Texte anglais manquant — texte français affiché</translation>
    </message>
    <message>
        <source>Calculated; read-only</source>
        <translation>Calculé; lecture seule</translation>
    </message>
    <message>
        <source>%1 (calculated; read-only)</source>
        <translation>%1 (calculé; lecture seule)</translation>
    </message>
    <message>
        <source>%1 (cannot be sorted)</source>
        <translation>%1 (tri impossible)</translation>
    </message>
    <message>
        <source>change of %1</source>
        <translation>modification du champ «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>mcfund::TablePage</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Show micro-credentials in this sector</source>
        <translation>Afficher les microcertifications de ce secteur</translation>
    </message>
    <message>
        <source>Show projects in this sector</source>
        <translation>Afficher les projets de ce secteur</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>New micro-credential</source>
        <translation>Nouvelle microcertification</translation>
    </message>
    <message>
        <source>New institution</source>
        <translation>Nouvel établissement</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Nouveau partenaire</translation>
    </message>
    <message>
        <source>addition of a %1</source>
        <translation>ajout d&apos;un enregistrement (%1)</translation>
    </message>
    <message>
        <source>Select at most 1,000 rows to duplicate.</source>
        <translation>Sélectionnez au plus 1&#xa0;000 lignes à dupliquer.</translation>
    </message>
    <message numerus="yes">
        <source>duplication of %n row(s)</source>
        <translation>
            <numerusform>duplication de %n ligne</numerusform>
            <numerusform>duplication de %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (copie)</translation>
    </message>
    <message>
        <source>Cannot duplicate</source>
        <translation>Impossible de dupliquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>deletion of %n row(s)</source>
        <translation>
            <numerusform>suppression de %n ligne</numerusform>
            <numerusform>suppression de %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Impossible de supprimer</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>%n ligne copiée.</numerusform>
            <numerusform>%n lignes copiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was pasted</source>
        <translation>Rien n&apos;a été collé</translation>
    </message>
    <message>
        <source>Select the cell where the pasted block should start.</source>
        <translation>Sélectionnez la cellule où doit commencer le bloc à coller.</translation>
    </message>
    <message>
        <source>Row %1: below the last row of the table.</source>
        <translation>Ligne %1&#xa0;: au-delà de la dernière ligne du tableau.</translation>
    </message>
    <message>
        <source>Row %1: more columns than the table has.</source>
        <translation>Ligne %1&#xa0;: plus de colonnes que le tableau n&apos;en compte.</translation>
    </message>
    <message>
        <source>Row %1, %2: calculated column, cannot be pasted into.</source>
        <translation>Ligne %1, %2&#xa0;: colonne calculée, impossible d&apos;y coller des données.</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Ligne %1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Nothing was pasted. Fix these cells and paste again:</source>
        <translation>Rien n&apos;a été collé. Corrigez ces cellules et collez de nouveau&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>paste of %n cell(s)</source>
        <translation>
            <numerusform>collage de %n cellule</numerusform>
            <numerusform>collage de %n cellules</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was pasted:</source>
        <translation>Rien n&apos;a été collé&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n cell(s).</source>
        <translation>
            <numerusform>%n cellule collée.</numerusform>
            <numerusform>%n cellules collées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n projet</numerusform>
            <numerusform>%n projets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n micro-credential(s)</source>
        <translation>
            <numerusform>%n microcertification</numerusform>
            <numerusform>%n microcertifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n institution(s)</source>
        <translation>
            <numerusform>%n établissement</numerusform>
            <numerusform>%n établissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n volet</numerusform>
            <numerusform>%n volets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partenaire</numerusform>
            <numerusform>%n partenaires</numerusform>
        </translation>
    </message>
    <message>
        <source>counting… (%1 in all)</source>
        <translation>décompte en cours… (%1 en tout)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Delete “%1”? You can undo this with Edit ▸ Undo.</source>
        <translation>Supprimer « %1 »? Vous pourrez annuler cette suppression avec Édition ▸ Annuler.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected row(s)? You can undo this with Edit ▸ Undo.</source>
        <translation>
            <numerusform>Supprimer la ligne sélectionnée? Vous pourrez annuler cette suppression avec Édition ▸ Annuler.</numerusform>
            <numerusform>Supprimer les %n lignes sélectionnées? Vous pourrez annuler cette suppression avec Édition ▸ Annuler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without French text</source>
        <translation>
            <numerusform>%n sans texte français</numerusform>
            <numerusform>%n sans texte français</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without English text</source>
        <translation>
            <numerusform>%n sans texte anglais</numerusform>
            <numerusform>%n sans texte anglais</numerusform>
        </translation>
    </message>
    <message>
        <source>This table is empty.
Add a row with Edit ▸ Add Row, or bring a spreadsheet in with File ▸ Import…</source>
        <translation>Ce tableau est vide.
Ajoutez une ligne avec Édition ▸ Ajouter une ligne, ou importez un tableur avec Fichier ▸ Importer…</translation>
    </message>
    <message>
        <source>No row matches the filters.
Change them, or use Clear all to see every row.</source>
        <translation>Aucune ligne ne correspond aux filtres.
Modifiez-les, ou utilisez Tout effacer pour voir toutes les lignes.</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>décompte en cours…</translation>
    </message>
    <message>
        <source>rows not read</source>
        <translation>lignes non lues</translation>
    </message>
    <message>
        <source>The rows could not be read from the workspace: %1
No row is shown rather than only some. If the file is damaged, “mcfund check” says so.</source>
        <translation>Les lignes n&apos;ont pas pu être lues dans l&apos;espace de travail&#xa0;: %1
Aucune ligne n&apos;est affichée plutôt que quelques-unes seulement. Si le fichier est endommagé, «&#xa0;mcfund check&#xa0;» le dit.</translation>
    </message>
</context>
<context>
    <name>mcfund::TransferFlow</name>
    <message>
        <source>Imported: %1</source>
        <translation>Importation effectuée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Exporter le tableau</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportation vers %1…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>%n ligne exportée dans %1</numerusform>
            <numerusform>%n lignes exportées dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the Whole Workspace to a Folder</source>
        <translation>Exporter l&apos;espace de travail complet dans un dossier</translation>
    </message>
    <message>
        <source>Exporting the whole workspace…</source>
        <translation>Exportation de l&apos;espace de travail complet…</translation>
    </message>
    <message>
        <source>Export the Whole Workspace</source>
        <translation>Exporter l&apos;espace de travail complet</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>Exportation effectuée&#xa0;: %1 dans %2</translation>
    </message>
    <message>
        <source>Export Micro-credentials for a Registry</source>
        <translation>Exporter les microcertifications pour un registre</translation>
    </message>
    <message>
        <source>Open Badges 3.0 achievements (*.json);;Credential Engine CTDL JSON-LD (*.jsonld)</source>
        <translation>Réalisations Open Badges 3.0 (*.json);;Credential Engine CTDL JSON-LD (*.jsonld)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n micro-credential(s) to %1</source>
        <translation>
            <numerusform>%n microcertification exportée dans %1</numerusform>
            <numerusform>%n microcertifications exportées dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcfund::Validation</name>
    <message>
        <source>%1 is required.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» est obligatoire.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the limit is %3.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» compte %2 caractères; la limite est de %3.</translation>
    </message>
    <message>
        <source>%1 must be on one line.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit tenir sur une seule ligne.</translation>
    </message>
    <message>
        <source>%1 must be an amount in cents.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit être un montant en cents.</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit être un nombre entier.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>%1 is out of range.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» est hors des limites permises.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit être compris entre %2 et %3.</translation>
    </message>
    <message>
        <source>%1 must be a date (YYYY-MM-DD), not “%2”.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit contenir une date (AAAA-MM-JJ), et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 must be between 1990 and 2100.</source>
        <translation>L&apos;année du champ «&#xa0;%1&#xa0;» doit être comprise entre 1990 et 2100.</translation>
    </message>
    <message>
        <source>%1 must be yes or no.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit valoir oui ou non.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a known %3.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une valeur connue (%3).</translation>
    </message>
    <message>
        <source>A title is required, in English or French.</source>
        <translation>Un titre est obligatoire, en anglais ou en français.</translation>
    </message>
    <message>
        <source>A name is required, in English or French.</source>
        <translation>Un nom est obligatoire, en anglais ou en français.</translation>
    </message>
    <message>
        <source>The approved amount cannot be above the requested amount.</source>
        <translation>Le montant approuvé ne peut pas dépasser le montant demandé.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La date de fin précède la date de début.</translation>
    </message>
    <message>
        <source>The intake closes before it opens.</source>
        <translation>La clôture des demandes précède leur ouverture.</translation>
    </message>
    <message>
        <source>More learners completed than enrolled.</source>
        <translation>Le nombre de personnes apprenantes ayant terminé dépasse celui des personnes inscrites.</translation>
    </message>
    <message>
        <source>CIP 2021 code “%1” must look like 51.3902.</source>
        <translation>Le code CPE 2021 «&#xa0;%1&#xa0;» doit avoir la forme 51.3902.</translation>
    </message>
    <message>
        <source>NOC 2021 codes “%1” must be up to three five-digit codes separated by semicolons.</source>
        <translation>Les codes CNP 2021 «&#xa0;%1&#xa0;» doivent compter au plus trois codes de cinq chiffres séparés par des points-virgules.</translation>
    </message>
</context>
<context>
    <name>mcfund::ValueParser</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
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
        <source>%1: “%2” is not yes or no.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est ni oui ni non.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a known %3.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une valeur connue (%3).</translation>
    </message>
    <message>
        <source>%1: there is no %2 called “%3”.</source>
        <translation>%1&#xa0;: aucun enregistrement de type «&#xa0;%2&#xa0;» ne porte le nom «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>%1: unsupported value.</source>
        <translation>%1&#xa0;: valeur non prise en charge.</translation>
    </message>
    <message>
        <source>%1: %2 is not between %3 and %4.</source>
        <translation>%1&#xa0;: %2 n&apos;est pas compris entre %3 et %4.</translation>
    </message>
    <message>
        <source>%1: %2 is negative; the amount cannot be.</source>
        <translation>%1&#xa0;: %2 est négatif; le montant ne peut pas l&apos;être.</translation>
    </message>
    <message>
        <source>%1: %2 is out of range.</source>
        <translation>%1&#xa0;: %2 est hors des limites permises.</translation>
    </message>
</context>
<context>
    <name>mcfund::WindowLauncher</name>
    <message>
        <source>The workspace file.</source>
        <translation>Le fichier de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Interface language: en or fr.</source>
        <translation>Langue de l&apos;interface&#xa0;: en ou fr.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Enregistrer une image de la fenêtre dans FICHIER, puis quitter.</translation>
    </message>
    <message>
        <source>The page to show first.</source>
        <translation>La page à afficher en premier.</translation>
    </message>
    <message>
        <source>mcfund: %1</source>
        <translation>mcfund&#xa0;: %1</translation>
    </message>
    <message>
        <source>mcfund: --lang must be en or fr, not “%1”.</source>
        <translation>mcfund&#xa0;: --lang doit valoir en ou fr, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Open a dialog over the window (with --screenshot, the picture is of the dialog).</source>
        <translation>Ouvrir une boîte de dialogue par-dessus la fenêtre (avec --screenshot, l&apos;image est celle de la boîte de dialogue).</translation>
    </message>
    <message>
        <source>mcfund: --dialog must be one of %1, not “%2”.</source>
        <translation>mcfund&#xa0;: --dialog doit être l&apos;une des valeurs %1, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>A workspace (.mcfund), an institution package (.mcfpkg) or a shared workspace&apos;s address to open.</source>
        <translation>Un espace de travail (.mcfund), une trousse d&apos;établissement (.mcfpkg) ou l&apos;adresse d&apos;un espace de travail partagé à ouvrir.</translation>
    </message>
    <message>
        <source>mcfund: one file at a time, not %1: %2</source>
        <translation>mcfund&#xa0;: un fichier à la fois, pas %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>mcfund: give the workspace either with --database or as FILE, not both.</source>
        <translation>mcfund&#xa0;: donnez l&apos;espace de travail avec --database ou comme FICHIER, pas les deux.</translation>
    </message>
</context>
<context>
    <name>mcfund::Workspace</name>
    <message numerus="yes">
        <source>Writing %n change(s)…</source>
        <translation>
            <numerusform>Enregistrement de %n modification…</numerusform>
            <numerusform>Enregistrement de %n modifications…</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Enregistrement d&apos;une copie…</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>Cannot open the copy “%1”: %2</source>
        <translation>Impossible d&apos;ouvrir la copie «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The copy “%1” could not be made: the change could not be written to it: %2</source>
        <translation>La copie «&#xa0;%1&#xa0;» n&apos;a pas pu être créée&#xa0;: la modification n&apos;a pas pu y être écrite&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot copy the workspace to “%1”: %2</source>
        <translation>Impossible de copier l&apos;espace de travail vers «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>the finished copy could not be renamed to its name.</source>
        <translation>la copie terminée n&apos;a pas pu recevoir son nom définitif.</translation>
    </message>
    <message>
        <source>Rounds, sectors and review criteria are kept by an administrator.</source>
        <translation>Les volets, les secteurs et les critères d&apos;évaluation sont gérés par une personne administratrice.</translation>
    </message>
    <message>
        <source>As a reviewer you read applications and write your own scores; other changes are made by program officers.</source>
        <translation>En tant que personne évaluatrice, vous consultez les demandes et attribuez vos propres notes; les autres modifications sont apportées par les personnes agentes de programme.</translation>
    </message>
    <message>
        <source>As an institution coordinator you keep your institution&apos;s projects, micro-credentials and partners; the rest is kept by the ministry.</source>
        <translation>En tant que personne coordonnatrice de l&apos;établissement, vous gérez les projets, les microcertifications et les partenaires de votre établissement; le reste relève du ministère.</translation>
    </message>
    <message>
        <source>This is decided by the ministry.</source>
        <translation>Cette valeur est fixée par le ministère.</translation>
    </message>
    <message>
        <source>Your records stay with your institution.</source>
        <translation>Vos enregistrements restent rattachés à votre établissement.</translation>
    </message>
    <message>
        <source>Your database role has no mcfund role; ask an administrator to add you.</source>
        <translation>Votre rôle de base de données n&apos;a aucun rôle mcfund; demandez à une personne administratrice de vous ajouter.</translation>
    </message>
    <message>
        <source>Kept the value someone else saved.</source>
        <translation>La valeur enregistrée par l&apos;autre personne a été conservée.</translation>
    </message>
    <message>
        <source>Connected again to %1.</source>
        <translation>Connexion rétablie à %1.</translation>
    </message>
    <message>
        <source>%1 saved changes.</source>
        <translation>%1 a enregistré des modifications.</translation>
    </message>
    <message>
        <source>%1 saved: %2</source>
        <translation>%1 a enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>restoring “%1” with your change</source>
        <translation>rétablissement de «&#xa0;%1&#xa0;» avec votre modification</translation>
    </message>
    <message>
        <source>“%1” was deleted by someone else; your change was not applied.</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimé par une autre personne; votre modification n&apos;a pas été appliquée.</translation>
    </message>
    <message>
        <source>Changes saved elsewhere could not be read from the change log (%1); every table was read again.</source>
        <translation>Les modifications enregistrées ailleurs n’ont pas pu être lues dans le journal des modifications (%1); toutes les tables ont été relues.</translation>
    </message>
</context>
<context>
    <name>mcfund::WorkspaceFlow</name>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>mcfund workspaces (*.mcfund *.sqlite *.db);;All files (*)</source>
        <translation>Espaces de travail mcfund (*.mcfund *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot open the shared workspace</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail partagé</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>mcfund workspaces (*.mcfund *.sqlite)</source>
        <translation>Espaces de travail mcfund (*.mcfund *.sqlite)</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Impossible d&apos;enregistrer une copie</translation>
    </message>
    <message>
        <source>“%1” cannot be replaced.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être remplacé.</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Copie enregistrée dans %1</translation>
    </message>
    <message>
        <source>the official data of the fund</source>
        <translation>les données officielles du Fonds</translation>
    </message>
    <message>
        <source>synthetic data generated for demonstrations and tests</source>
        <translation>des données synthétiques générées pour les démonstrations et les essais</translation>
    </message>
    <message>
        <source>About mcfund</source>
        <translation>À propos de mcfund</translation>
    </message>
    <message>
        <source>Deleted by Someone Else</source>
        <translation>Supprimé par une autre personne</translation>
    </message>
    <message>
        <source>“%1” was deleted by someone else while you were editing it. Put it back, with your change?</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimé par une autre personne pendant que vous le modifiiez. Le rétablir, avec votre modification?</translation>
    </message>
    <message>
        <source>Workspace opened: sound at its last check, and unchanged since.</source>
        <translation>Espace de travail ouvert&#xa0;: intact à sa dernière vérification, et inchangé depuis.</translation>
    </message>
    <message>
        <source>Checking the workspace…</source>
        <translation>Vérification de l&apos;espace de travail…</translation>
    </message>
    <message>
        <source>Workspace checked: no damage found.</source>
        <translation>Espace de travail vérifié&#xa0;: aucun dommage détecté.</translation>
    </message>
    <message>
        <source>The workspace is damaged</source>
        <translation>L&apos;espace de travail est endommagé</translation>
    </message>
    <message>
        <source>mcfund</source>
        <translation>mcfund</translation>
    </message>
    <message>
        <source>synthetic data</source>
        <translation>données synthétiques</translation>
    </message>
    <message>
        <source>new workspace</source>
        <translation>nouvel espace de travail</translation>
    </message>
    <message>
        <source>official data</source>
        <translation>données officielles</translation>
    </message>
    <message>
        <source>institution package</source>
        <translation>trousse de l&apos;établissement</translation>
    </message>
    <message>
        <source>%1, edited</source>
        <translation>%1, avec modifications</translation>
    </message>
    <message>
        <source>%1 as %2, %3 (%4) — mcfund</source>
        <translation>%1 en tant que %2, %3 (%4) — mcfund</translation>
    </message>
    <message>
        <source>%1 (%2) [read-only] — mcfund</source>
        <translation>%1 (%2) [lecture seule] — mcfund</translation>
    </message>
    <message>
        <source>%1 (%2) — mcfund</source>
        <translation>%1 (%2) — mcfund</translation>
    </message>
    <message>
        <source>&lt;h3&gt;mcfund %1&lt;/h3&gt;&lt;p&gt;Administering Ontario&apos;s Micro-credentials Challenge Fund: rounds, institutions, projects and micro-credentials.&lt;/p&gt;&lt;p&gt;This workspace holds %2.&lt;/p&gt;&lt;p&gt;Data source: the public Ontario page on micro-credentials (Ontario Micro-credentials Challenge Fund, Round 2 funding recipients) and the announcements of each round. Per-project amounts are not published; primary sectors are assigned by mcfund.&lt;/p&gt;&lt;p&gt;Version %1, released %3. Licensed under the Apache License, version 2.0: free to use, change and share, with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;mcfund %1&lt;/h3&gt;&lt;p&gt;Administration du Fonds pour les défis liés aux microcertifications de l&apos;Ontario&#xa0;: volets, établissements, projets et microcertifications.&lt;/p&gt;&lt;p&gt;Cet espace de travail contient %2.&lt;/p&gt;&lt;p&gt;Source des données&#xa0;: la page publique de l&apos;Ontario sur les microcertifications (Fonds pour les défis liés aux microcertifications de l&apos;Ontario, bénéficiaires du financement du volet 2) et les annonces de chaque volet. Les montants par projet ne sont pas publiés; les secteurs principaux sont attribués par mcfund.&lt;/p&gt;&lt;p&gt;Version %1, publiée le %3. Sous licence Apache, version 2.0&#xa0;: libre d&apos;utiliser, de modifier et de partager, sans aucune garantie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close the dialog to open %1.</source>
        <translation>Fermez la boîte de dialogue pour ouvrir %1.</translation>
    </message>
    <message>
        <source>Updating “%1” for this version of mcfund; a copy of it as it was is kept beside it…</source>
        <translation>Mise à jour de «&#xa0;%1&#xa0;» pour cette version de mcfund; une copie de l’espace tel qu’il était est gardée à côté…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
</context>
<context>
    <name>mcfund::WorkspaceStats</name>
    <message>
        <source>Cannot read the statistics of the workspace: %1</source>
        <translation>Impossible de lire les statistiques de l&apos;espace de travail&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>mcfund::WriteFailure</name>
    <message>
        <source>full disk</source>
        <translation>disque plein</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>locked by another program</source>
        <translation>verrouillé par un autre programme</translation>
    </message>
    <message>
        <source>input/output error</source>
        <translation>erreur d&apos;entrée-sortie</translation>
    </message>
    <message>
        <source>The workspace %1 is on a full disk: %2 was not saved.</source>
        <translation>L&apos;espace de travail %1 se trouve sur un disque plein; opération non enregistrée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The workspace %1 is read-only (the file or the disk it is on cannot be written): %2 was not saved.</source>
        <translation>L&apos;espace de travail %1 est en lecture seule (impossible d&apos;écrire dans le fichier ou sur le disque où il se trouve); opération non enregistrée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The workspace %1 is locked by another program: %2 was not saved.</source>
        <translation>L&apos;espace de travail %1 est verrouillé par un autre programme; opération non enregistrée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The disk of the workspace %1 reported an input/output error: %2 was not saved.</source>
        <translation>Le disque de l&apos;espace de travail %1 a signalé une erreur d&apos;entrée-sortie; opération non enregistrée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Free some space on the disk and retry, or save a copy elsewhere.</source>
        <translation>Libérez de l&apos;espace sur le disque et réessayez, ou enregistrez une copie ailleurs.</translation>
    </message>
    <message>
        <source>Save a copy to a folder you can write to, or make the file writable and retry.</source>
        <translation>Enregistrez une copie dans un dossier où vous pouvez écrire, ou rendez le fichier accessible en écriture et réessayez.</translation>
    </message>
    <message>
        <source>Close the other program that has the workspace open and retry, or save a copy elsewhere.</source>
        <translation>Fermez l&apos;autre programme qui a ouvert l&apos;espace de travail et réessayez, ou enregistrez une copie ailleurs.</translation>
    </message>
    <message>
        <source>Check the disk or network drive and retry, or save a copy elsewhere.</source>
        <translation>Vérifiez le disque ou le lecteur réseau et réessayez, ou enregistrez une copie ailleurs.</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>connexion perdue</translation>
    </message>
    <message>
        <source>The connection to the shared workspace %1 was lost: %2 was not saved yet.</source>
        <translation>La connexion à l&apos;espace de travail partagé %1 a été perdue; opération pas encore enregistrée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>mcfund reconnects and sends it every few seconds; check the network, or retry now.</source>
        <translation>mcfund se reconnecte et tente de l&apos;envoyer à quelques secondes d&apos;intervalle; vérifiez le réseau, ou réessayez maintenant.</translation>
    </message>
</context>
<context>
    <name>mcfund::XlsxReader</name>
    <message>
        <source>The file is not a complete XLSX workbook (xl/workbook.xml is missing or unreadable).</source>
        <translation>Le fichier n&apos;est pas un classeur XLSX complet (xl/workbook.xml est absent ou illisible).</translation>
    </message>
    <message>
        <source>The workbook&apos;s XML is damaged: %1</source>
        <translation>Le XML du classeur est endommagé&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” is not an XLSX workbook, or it is damaged or truncated (the zip cannot be read).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un classeur XLSX, ou il est endommagé ou tronqué (impossible de lire l&apos;archive zip).</translation>
    </message>
    <message>
        <source>The workbook has no sheet.</source>
        <translation>Le classeur ne contient aucune feuille.</translation>
    </message>
    <message>
        <source>The workbook has no sheet called “%1”; its sheets are: %2.</source>
        <translation>Le classeur ne contient aucune feuille nommée «&#xa0;%1&#xa0;»; ses feuilles sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The sheet “%1” cannot be read: the workbook is damaged or truncated.</source>
        <translation>Impossible de lire la feuille «&#xa0;%1&#xa0;»&#xa0;: le classeur est endommagé ou tronqué.</translation>
    </message>
    <message>
        <source>The sheet “%1” is empty.</source>
        <translation>La feuille «&#xa0;%1&#xa0;» est vide.</translation>
    </message>
    <message>
        <source>The sheet “%1” is damaged or truncated: %2 (line %3 of its XML).</source>
        <translation>La feuille «&#xa0;%1&#xa0;» est endommagée ou tronquée&#xa0;: %2 (ligne %3 de son XML).</translation>
    </message>
    <message>
        <source>The part “%1” of the workbook holds more than %2 MB of text in one piece, far beyond the %3 characters a cell may hold: the file is refused.</source>
        <translation>La partie «&#xa0;%1&#xa0;» du classeur contient plus de %2&#xa0;Mo de texte d&apos;un seul tenant, bien au-delà des %3 caractères que peut contenir une cellule&#xa0;: le fichier est refusé.</translation>
    </message>
    <message>
        <source>The part “%1” of the workbook unpacks to more than %2 MB, the most mcfund reads: the file is refused.</source>
        <translation>La partie «&#xa0;%1&#xa0;» du classeur dépasse %2&#xa0;Mo une fois décompressée, le maximum que lit mcfund&#xa0;: le fichier est refusé.</translation>
    </message>
    <message>
        <source>The part “%1” of the workbook unpacks to more than %2 times its packed size, which no spreadsheet program writes (a “zip bomb”): the file is refused.</source>
        <translation>La partie «&#xa0;%1&#xa0;» du classeur, une fois décompressée, dépasse %2 fois sa taille compressée, ce qu&apos;aucun tableur ne produit (une «&#xa0;bombe zip&#xa0;»)&#xa0;: le fichier est refusé.</translation>
    </message>
    <message>
        <source>The part “%1” of the workbook declares a document type or entities, which no spreadsheet program writes (entities can expand to exhaust memory): the file is refused.</source>
        <translation>La partie «&#xa0;%1&#xa0;» du classeur déclare un type de document ou des entités, ce qu&apos;aucun tableur ne produit (les entités peuvent se développer jusqu&apos;à épuiser la mémoire)&#xa0;: le fichier est refusé.</translation>
    </message>
    <message>
        <source>The part “%1” of the workbook is damaged: %2 (line %3).</source>
        <translation>La partie «&#xa0;%1&#xa0;» du classeur est endommagée&#xa0;: %2 (ligne %3).</translation>
    </message>
    <message>
        <source>Shared string %1 of the workbook holds more than %2 characters, the limit for one cell: the file is refused.</source>
        <translation>La chaîne partagée %1 du classeur contient plus de %2 caractères, la limite pour une cellule&#xa0;: le fichier est refusé.</translation>
    </message>
    <message>
        <source>The workbook&apos;s shared strings hold more than %1 million characters, more than mcfund keeps in memory: the file is refused. Save the sheet as CSV and import that.</source>
        <translation>Les chaînes partagées du classeur contiennent plus de %1 millions de caractères, soit plus que ce que mcfund garde en mémoire&#xa0;: le fichier est refusé. Enregistrez la feuille au format CSV et importez ce fichier.</translation>
    </message>
    <message>
        <source>The sheet “%1” has more than %2 rows, the most a spreadsheet holds: the file is refused.</source>
        <translation>La feuille «&#xa0;%1&#xa0;» compte plus de %2 lignes, le maximum que peut contenir une feuille de calcul&#xa0;: le fichier est refusé.</translation>
    </message>
    <message>
        <source>Cell %1 of the sheet “%2” holds more than %3 characters, the limit for one cell: the file is refused.</source>
        <translation>La cellule %1 de la feuille «&#xa0;%2&#xa0;» contient plus de %3 caractères, la limite pour une cellule&#xa0;: le fichier est refusé.</translation>
    </message>
    <message>
        <source>Cell %1 of the sheet “%2” lies beyond the last column a spreadsheet has (%3): the file is refused.</source>
        <translation>La cellule %1 de la feuille «&#xa0;%2&#xa0;» se trouve au-delà de la dernière colonne d&apos;une feuille de calcul (%3)&#xa0;: le fichier est refusé.</translation>
    </message>
    <message>
        <source>Row %1 of the sheet “%2” comes after row %3: the rows of a sheet are stored in order, so the file is damaged and is refused.</source>
        <translation>La ligne %1 de la feuille «&#xa0;%2&#xa0;» vient après la ligne %3&#xa0;: les lignes d&apos;une feuille sont enregistrées dans l&apos;ordre, le fichier est donc endommagé et il est refusé.</translation>
    </message>
</context>
<context>
    <name>mcfund::XlsxWriter</name>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
</TS>
