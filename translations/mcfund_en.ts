<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_CA">
<context>
    <name>mcfund::AssignDialog</name>
    <message>
        <source>Assign Reviewers — %1</source>
        <translation />
    </message>
    <message>
        <source>Check the reviewers who take part. Filling the round gives every application the number of reviewers below, the least loaded first, never one with a conflict of interest; what is assigned already stays.</source>
        <translation />
    </message>
    <message>
        <source>&amp;Reviewers:</source>
        <translation />
    </message>
    <message>
        <source>Reviewers taking part</source>
        <translation />
    </message>
    <message>
        <source>Name of another reviewer</source>
        <translation />
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation />
    </message>
    <message>
        <source>Add the reviewer</source>
        <translation />
    </message>
    <message>
        <source>Reviewers per application</source>
        <translation />
    </message>
    <message>
        <source>Reviewers per &amp;application:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Fill the Round</source>
        <translation />
    </message>
    <message>
        <source>Assign to &amp;This Application</source>
        <translation />
    </message>
    <message>
        <source>Select an application in the ranking first.</source>
        <translation />
    </message>
    <message>
        <source>The checked reviewers review “%1”.</source>
        <translation />
    </message>
    <message>
        <source>Nothing was assigned: %1</source>
        <translation />
    </message>
    <message>
        <source>Every application already has its reviewers: nothing to add.</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>%n new assignment(s).</source>
        <translation><numerusform>%n new assignment.</numerusform><numerusform>%n new assignments.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) could not be filled: too few reviewers without a conflict of interest.</source>
        <translation><numerusform>%n place could not be filled: too few reviewers without a conflict of interest.</numerusform><numerusform>%n places could not be filled: too few reviewers without a conflict of interest.</numerusform></translation>
    </message>
    <message>
        <source>The checked reviewers are already on this application, or have a conflict of interest with it.</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>%n reviewer(s) assigned to this application.</source>
        <translation><numerusform>%n reviewer assigned to this application.</numerusform><numerusform>%n reviewers assigned to this application.</numerusform></translation>
    </message>
</context>
<context>
    <name>mcfund::Assignments</name>
    <message>
        <source>assigned</source>
        <translation />
    </message>
    <message>
        <source>scored</source>
        <translation />
    </message>
    <message>
        <source>conflict of interest</source>
        <translation />
    </message>
    <message>
        <source>The reviewer is from %1.</source>
        <translation />
    </message>
    <message>
        <source>Each application needs at least one reviewer.</source>
        <translation />
    </message>
    <message>
        <source>There is no reviewer to assign.</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>assignment of reviewers to %n application(s)</source>
        <translation><numerusform>assignment of reviewers to %n application</numerusform><numerusform>assignment of reviewers to %n applications</numerusform></translation>
    </message>
    <message>
        <source>The application %1 does not exist.</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>assignment of %n reviewer place(s)</source>
        <translation><numerusform>assignment of %n reviewer place</numerusform><numerusform>assignment of %n reviewer places</numerusform></translation>
    </message>
    <message>
        <source>%1 is not assigned to this application.</source>
        <translation />
    </message>
    <message>
        <source>%1 declared a conflict of interest on this application; it stays on record.</source>
        <translation />
    </message>
    <message>
        <source>%1 has already scored this application; the assignment stays.</source>
        <translation />
    </message>
    <message>
        <source>removal of %1 from an application</source>
        <translation />
    </message>
    <message>
        <source>Say why there is a conflict of interest: the reason is kept on record.</source>
        <translation />
    </message>
    <message>
        <source>Who declares the conflict is not known.</source>
        <translation />
    </message>
    <message>
        <source>%1 has already declared a conflict of interest on this application.</source>
        <translation />
    </message>
    <message>
        <source>conflict of interest declared by %1 on “%2”</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the reviews of the round: %1</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the reviewers' institutions: %1</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the reviewers: %1</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::AuditLog</name>
    <message>
        <source>Cannot read who wrote in the change log: %1</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::AuditModel</name>
    <message>
        <source>deleted</source>
        <translation />
    </message>
    <message>
        <source>added</source>
        <translation />
    </message>
    <message>
        <source>When</source>
        <translation />
    </message>
    <message>
        <source>Who</source>
        <translation />
    </message>
    <message>
        <source>Record</source>
        <translation />
    </message>
    <message>
        <source>Field</source>
        <translation />
    </message>
    <message>
        <source>Old value</source>
        <translation />
    </message>
    <message>
        <source>New value</source>
        <translation />
    </message>
    <message>
        <source>How</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation />
    </message>
    <message>
        <source>Cancelling…</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::ChangeLogUndo</name>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation />
    </message>
    <message>
        <source>The change could not be written.</source>
        <translation />
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation />
    </message>
    <message>
        <source>Row %1 of the change log (%2 %3) cannot be undone: it is not a change mcfund wrote. Nothing was undone.</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::ChartCommand</name>
    <message>
        <source>Draw a chart of funding to a PNG or SVG file.</source>
        <translation />
    </message>
    <message>
        <source>Group by: sector, round, institution-type or round-sector (default sector).</source>
        <translation />
    </message>
    <message>
        <source>GROUP</source>
        <translation />
    </message>
    <message>
        <source>What to count: approved, requested, projects or learners (default approved).</source>
        <translation />
    </message>
    <message>
        <source>MEASURE</source>
        <translation />
    </message>
    <message>
        <source>Only this round (its number).</source>
        <translation />
    </message>
    <message>
        <source>Only this sector (its code, e.g. health_care).</source>
        <translation />
    </message>
    <message>
        <source>CODE</source>
        <translation />
    </message>
    <message>
        <source>bars, donut or stacked (default: bars; stacked for round-sector).</source>
        <translation />
    </message>
    <message>
        <source>STYLE</source>
        <translation />
    </message>
    <message>
        <source>Width in pixels (default 1600).</source>
        <translation />
    </message>
    <message>
        <source>Height in pixels (default 1000).</source>
        <translation />
    </message>
    <message>
        <source>The picture to write: FILE.png or FILE.svg.</source>
        <translation />
    </message>
    <message>
        <source>FILE</source>
        <translation />
    </message>
    <message>
        <source>mcfund chart: %1</source>
        <translation />
    </message>
    <message>
        <source>--by must be sector, round, institution-type or round-sector, not “%1”.</source>
        <translation />
    </message>
    <message>
        <source>--measure must be approved, requested, projects or learners, not “%1”.</source>
        <translation />
    </message>
    <message>
        <source>--style must be bars, donut or stacked, not “%1”.</source>
        <translation />
    </message>
    <message>
        <source>--style stacked goes with --by round-sector.</source>
        <translation />
    </message>
    <message>
        <source>--width and --height must be whole numbers of pixels between 100 and 10000.</source>
        <translation />
    </message>
    <message>
        <source>say where to write the chart with -o FILE.png or -o FILE.svg.</source>
        <translation />
    </message>
    <message>
        <source>“%1”: the file name must end in .png or .svg.</source>
        <translation />
    </message>
    <message>
        <source>All rounds</source>
        <translation />
    </message>
    <message>
        <source>there is no round %1 in this workspace.</source>
        <translation />
    </message>
    <message>
        <source>there is no sector with the code “%1”.</source>
        <translation />
    </message>
    <message>
        <source>%1 by sector — %2</source>
        <translation />
    </message>
    <message>
        <source>%1 by round</source>
        <translation />
    </message>
    <message>
        <source>%1 by institution type — %2</source>
        <translation />
    </message>
    <message>
        <source>%1 by round and sector</source>
        <translation />
    </message>
    <message>
        <source>mcfund chart: note: %1</source>
        <translation />
    </message>
    <message>
        <source>Wrote %1 (%2×%3).</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::CheckCommand</name>
    <message>
        <source>Check a workspace for damage, reading it only. Without --full: its header, version and schema, and every page of the file (SQLite's quick_check). Other commands check the whole file only when it has changed since it was last found sound.</source>
        <translation />
    </message>
    <message>
        <source>Also check every index against its table, every reference between records and the search indexes (slower).</source>
        <translation />
    </message>
    <message>
        <source>mcfund check: %1</source>
        <translation />
    </message>
    <message>
        <source>%1 is a shared workspace that this version of mcfund reads. The server itself keeps its pages whole; its administrator checks them with PostgreSQL's own tools.</source>
        <translation />
    </message>
    <message>
        <source>mcfund check: “%1” does not exist.</source>
        <translation />
    </message>
    <message>
        <source>“%1” is sound: its header, schema and every page, every index against its table, every reference between records and both search indexes were checked (%2 s).</source>
        <translation />
    </message>
    <message>
        <source>“%1” is sound: its header, schema and every page were checked (%2 s). mcfund check --full also compares every index with its table.</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::Cli</name>
    <message>
        <source>Counts and amounts by round, sector and institution type</source>
        <translation />
    </message>
    <message>
        <source>Write a synthetic workspace for demos, tests and benchmarks</source>
        <translation />
    </message>
    <message>
        <source>--lang needs a value: en or fr.</source>
        <translation />
    </message>
    <message>
        <source>--lang must be en or fr, not “%1”.</source>
        <translation />
    </message>
    <message>
        <source>Usage:</source>
        <translation />
    </message>
    <message>
        <source>open the window on a workspace (the default one if none is given)</source>
        <translation />
    </message>
    <message>
        <source>run a command with no display; mcfund COMMAND --help lists its options</source>
        <translation />
    </message>
    <message>
        <source>Commands:</source>
        <translation />
    </message>
    <message>
        <source>Options everywhere:</source>
        <translation />
    </message>
    <message>
        <source>the workspace (an SQLite file); a new one is created from the official data if FILE does not exist</source>
        <translation />
    </message>
    <message>
        <source>the language of the output (default: the system's)</source>
        <translation />
    </message>
    <message>
        <source>Language of the output: en or fr.</source>
        <translation />
    </message>
    <message>
        <source>mcfund %1: %2</source>
        <translation />
    </message>
    <message>
        <source>mcfund: %1</source>
        <translation />
    </message>
    <message>
        <source>mcfund: unknown command “%1”. Run mcfund --help for the list.</source>
        <translation />
    </message>
    <message>
        <source>Draw a chart of funding by sector, round or institution type to PNG or SVG</source>
        <translation />
    </message>
    <message>
        <source>Write a round, institution or sector report to PDF</source>
        <translation />
    </message>
    <message>
        <source>Rank a round's applications by review score, with the envelope line</source>
        <translation />
    </message>
    <message>
        <source>Export the change log (who changed what, and when) to CSV</source>
        <translation />
    </message>
    <message>
        <source>Export an institution package, or merge one back</source>
        <translation />
    </message>
    <message>
        <source>Import a CSV or XLSX file of projects, micro-credentials, institutions or partners</source>
        <translation />
    </message>
    <message>
        <source>Export a table to CSV, XLSX or JSON, or micro-credentials to Open Badges or CTDL</source>
        <translation />
    </message>
    <message>
        <source>Write a consistent copy of a workspace, safe while it is in use</source>
        <translation />
    </message>
    <message>
        <source>Set up a shared workspace on PostgreSQL and add its users</source>
        <translation />
    </message>
    <message>
        <source>a shared workspace on PostgreSQL: postgresql://user@host:port/database (?host=/socket/folder, ?sslmode=require); PGHOST, PGUSER, PGPASSWORD, PGSERVICE and ~/.pgpass apply</source>
        <translation />
    </message>
    <message>
        <source>The workspace file (created from the official data when it does not exist), or a shared workspace's address, postgresql://user@host:port/database.</source>
        <translation />
    </message>
    <message>
        <source>FILE|URI</source>
        <translation />
    </message>
    <message>
        <source>Assign reviewers to a round's applications, list assignments, declare a conflict</source>
        <translation />
    </message>
    <message>
        <source>Check a workspace file for damage, reading it only</source>
        <translation />
    </message>
    <message>
        <source>administer Ontario's Micro-credentials Challenge Fund</source>
        <translation />
    </message>
    <message>
        <source>open that workspace or institution package; when a window is already open, it opens there</source>
        <translation />
    </message>
    <message>
        <source>this help; mcfund COMMAND --help, the options of a command</source>
        <translation />
    </message>
    <message>
        <source>the version of mcfund</source>
        <translation />
    </message>
    <message>
        <source>mcfund %1 — %2.</source>
        <translation />
    </message>
    <message>
        <source>mcfund %1: unexpected argument “%2”; to name the workspace, write --database %2.</source>
        <translation />
    </message>
    <message>
        <source>mcfund %1: unexpected argument “%2” (see mcfund %1 --help).</source>
        <translation />
    </message>
    <message>
        <source>mcfund: updating “%1” for this version of mcfund; a copy of it as it was goes to “%2”.</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::Codes</name>
    <message>
        <source>College</source>
        <translation />
    </message>
    <message>
        <source>University</source>
        <translation />
    </message>
    <message>
        <source>Indigenous Institute</source>
        <translation />
    </message>
    <message>
        <source>Career college</source>
        <translation />
    </message>
    <message>
        <source>Private institution with ministerial consent</source>
        <translation />
    </message>
    <message>
        <source>Other institution</source>
        <translation />
    </message>
    <message>
        <source>Northern Ontario</source>
        <translation />
    </message>
    <message>
        <source>Eastern Ontario</source>
        <translation />
    </message>
    <message>
        <source>Central Ontario</source>
        <translation />
    </message>
    <message>
        <source>Toronto</source>
        <translation />
    </message>
    <message>
        <source>Southwestern Ontario</source>
        <translation />
    </message>
    <message>
        <source>English</source>
        <translation />
    </message>
    <message>
        <source>French</source>
        <translation />
    </message>
    <message>
        <source>Bilingual</source>
        <translation />
    </message>
    <message>
        <source>Planning</source>
        <translation />
    </message>
    <message>
        <source>Open for proposals</source>
        <translation />
    </message>
    <message>
        <source>In review</source>
        <translation />
    </message>
    <message>
        <source>Closed</source>
        <translation />
    </message>
    <message>
        <source>Draft</source>
        <translation />
    </message>
    <message>
        <source>Submitted</source>
        <translation />
    </message>
    <message>
        <source>Approved</source>
        <translation />
    </message>
    <message>
        <source>Declined</source>
        <translation />
    </message>
    <message>
        <source>Withdrawn</source>
        <translation />
    </message>
    <message>
        <source>Completed</source>
        <translation />
    </message>
    <message>
        <source>Single micro-credential</source>
        <translation />
    </message>
    <message>
        <source>Stack or suite of micro-credentials</source>
        <translation />
    </message>
    <message>
        <source>Official</source>
        <translation />
    </message>
    <message>
        <source>Assigned by mcfund</source>
        <translation />
    </message>
    <message>
        <source>Set by a user</source>
        <translation />
    </message>
    <message>
        <source>Online</source>
        <translation />
    </message>
    <message>
        <source>In person</source>
        <translation />
    </message>
    <message>
        <source>Hybrid</source>
        <translation />
    </message>
    <message>
        <source>Work-integrated</source>
        <translation />
    </message>
    <message>
        <source>In development</source>
        <translation />
    </message>
    <message>
        <source>Offered</source>
        <translation />
    </message>
    <message>
        <source>Retired</source>
        <translation />
    </message>
    <message>
        <source>Employer</source>
        <translation />
    </message>
    <message>
        <source>Industry association</source>
        <translation />
    </message>
    <message>
        <source>Training provider</source>
        <translation />
    </message>
    <message>
        <source>Community organization</source>
        <translation />
    </message>
    <message>
        <source>Indigenous community</source>
        <translation />
    </message>
    <message>
        <source>Lead employer</source>
        <translation />
    </message>
    <message>
        <source>Co-developer</source>
        <translation />
    </message>
    <message>
        <source>Work placement host</source>
        <translation />
    </message>
    <message>
        <source>Advisor</source>
        <translation />
    </message>
    <message>
        <source>institution type</source>
        <translation />
    </message>
    <message>
        <source>region</source>
        <translation />
    </message>
    <message>
        <source>language</source>
        <translation />
    </message>
    <message>
        <source>round status</source>
        <translation />
    </message>
    <message>
        <source>project status</source>
        <translation />
    </message>
    <message>
        <source>project type</source>
        <translation />
    </message>
    <message>
        <source>sector assignment</source>
        <translation />
    </message>
    <message>
        <source>delivery mode</source>
        <translation />
    </message>
    <message>
        <source>credential status</source>
        <translation />
    </message>
    <message>
        <source>partner kind</source>
        <translation />
    </message>
    <message>
        <source>partner role</source>
        <translation />
    </message>
    <message>
        <source>decision</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::ConflictDialog</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation />
    </message>
    <message>
        <source>Fields changed by someone else</source>
        <translation />
    </message>
    <message>
        <source>Field</source>
        <translation />
    </message>
    <message>
        <source>It was</source>
        <translation />
    </message>
    <message>
        <source>Theirs</source>
        <translation />
    </message>
    <message>
        <source>Yours</source>
        <translation />
    </message>
    <message>
        <source>(empty)</source>
        <translation />
    </message>
    <message>
        <source>Use &amp;Mine</source>
        <translation />
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation />
    </message>
    <message>
        <source>Someone else saved a change to the same field while you were editing it. Keep their value, or write yours over it knowingly.</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::ConnectDialog</name>
    <message>
        <source>Connect to Shared Workspace</source>
        <translation />
    </message>
    <message>
        <source>localhost, a server name, or a socket folder</source>
        <translation />
    </message>
    <message>
        <source>empty: from ~/.pgpass or the server's own sign-in</source>
        <translation />
    </message>
    <message>
        <source>Use encryption when the server offers it</source>
        <translation />
    </message>
    <message>
        <source>Require encryption (TLS)</source>
        <translation />
    </message>
    <message>
        <source>Require encryption and check the server's certificate</source>
        <translation />
    </message>
    <message>
        <source>Never encrypt (this computer only)</source>
        <translation />
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation />
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation />
    </message>
    <message>
        <source>&amp;User:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation />
    </message>
    <message>
        <source>Host</source>
        <translation />
    </message>
    <message>
        <source>Port</source>
        <translation />
    </message>
    <message>
        <source>Database</source>
        <translation />
    </message>
    <message>
        <source>User</source>
        <translation />
    </message>
    <message>
        <source>Password</source>
        <translation />
    </message>
    <message>
        <source>Encryption</source>
        <translation />
    </message>
    <message>
        <source>Recent connections</source>
        <translation />
    </message>
    <message>
        <source>&amp;Recent connections:</source>
        <translation />
    </message>
    <message>
        <source>Connection status</source>
        <translation />
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation />
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation />
    </message>
    <message>
        <source>Say which database and which user.</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::CopyCommand</name>
    <message>
        <source>“%1” is the workspace being copied; choose another file name.</source>
        <translation />
    </message>
    <message>
        <source>“%1” already exists; choose a new file name, or add --force to replace it.</source>
        <translation />
    </message>
    <message>
        <source>“%1” is a folder.</source>
        <translation />
    </message>
    <message>
        <source>“%1” is open in mcfund or was not closed cleanly (a log is beside it); close it, or open it once with mcfund, before replacing it.</source>
        <translation />
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation />
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation />
    </message>
    <message>
        <source>The copy could not be verified: %1</source>
        <translation />
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation />
    </message>
    <message>
        <source>Write a consistent copy of a workspace (safe while it is in use): mcfund copy --database SOURCE -o FILE.</source>
        <translation />
    </message>
    <message>
        <source>The copy to write.</source>
        <translation />
    </message>
    <message>
        <source>FILE</source>
        <translation />
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation />
    </message>
    <message>
        <source>mcfund copy: %1</source>
        <translation />
    </message>
    <message>
        <source>say where to write the copy with -o FILE.</source>
        <translation />
    </message>
    <message>
        <source>there is no workspace “%1” to copy.</source>
        <translation />
    </message>
    <message>
        <source>the folder “%1” does not exist.</source>
        <translation />
    </message>
    <message>
        <source>Copied %1 to %2 (%3 MB) in %4 s.</source>
        <translation />
    </message>
    <message>
        <source>“%1” already exists; choose a new file name.</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::CsvReader</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation />
    </message>
    <message>
        <source>Line %1: a quoted field is never closed (a " is missing).</source>
        <translation />
    </message>
    <message>
        <source>The file is empty: no header line.</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation />
    </message>
    <message>
        <source>Line %1, column %2: a quoted field runs on for more than %3 characters, the limit for one cell; a closing " is probably missing.</source>
        <translation />
    </message>
    <message>
        <source>Line %1, column %2: a field holds more than %3 characters, the limit for one cell.</source>
        <translation />
    </message>
    <message>
        <source>The file has more than %1 rows, the most a spreadsheet holds: it is refused. Split it into smaller files.</source>
        <translation />
    </message>
    <message>
        <source>Line %1: a row has more than %2 columns, the most a spreadsheet holds.</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::DashboardPage</name>
    <message>
        <source>Envelope</source>
        <translation />
    </message>
    <message>
        <source>Approved</source>
        <translation />
    </message>
    <message>
        <source>Remaining</source>
        <translation />
    </message>
    <message>
        <source>Share allocated</source>
        <translation />
    </message>
    <message>
        <source>Requested</source>
        <translation />
    </message>
    <message>
        <source>Projects</source>
        <translation />
    </message>
    <message>
        <source>Institutions</source>
        <translation />
    </message>
    <message>
        <source>Micro-credentials</source>
        <translation />
    </message>
    <message>
        <source>Targeted learners</source>
        <translation />
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation />
    </message>
    <message>
        <source>Approved amount</source>
        <translation />
    </message>
    <message>
        <source>Requested amount</source>
        <translation />
    </message>
    <message>
        <source>Number of projects</source>
        <translation />
    </message>
    <message>
        <source>Measure shown in the charts</source>
        <translation />
    </message>
    <message>
        <source>Shares as a donut</source>
        <translation />
    </message>
    <message>
        <source>Show the sector chart as a donut of shares</source>
        <translation />
    </message>
    <message>
        <source>All rounds</source>
        <translation />
    </message>
    <message>
        <source>not recorded</source>
        <translation />
    </message>
    <message>
        <source>not set</source>
        <translation />
    </message>
    <message>
        <source>not known</source>
        <translation />
    </message>
    <message>
        <source>%1 % of the envelope</source>
        <translation />
    </message>
    <message>
        <source>Share of the envelope allocated: %1</source>
        <translation />
    </message>
    <message>
        <source>%1 by sector — %2</source>
        <translation />
    </message>
    <message>
        <source>%1 by round and sector</source>
        <translation />
    </message>
    <message>
        <source>%1 by institution type — %2</source>
        <translation />
    </message>
    <message>
        <source>The round's envelope is not set.</source>
        <translation />
    </message>
    <message>
        <source>No approved amount is recorded for these projects.</source>
        <translation />
    </message>
    <message>
        <source>Share of the envelope allocated: not known. %1</source>
        <translation />
    </message>
    <message>
        <source>Note: %1</source>
        <translation />
    </message>
    <message>
        <source>not read</source>
        <translation />
    </message>
    <message>
        <source>The figures could not be read.</source>
        <translation />
    </message>
    <message>
        <source>Share of the envelope allocated: not read.</source>
        <translation />
    </message>
    <message>
        <source>The figures could not be read from the workspace: %1</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::Database</name>
    <message>
        <source>Cannot configure the workspace: %1</source>
        <translation />
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation />
    </message>
    <message>
        <source>“%1” is not an mcfund workspace: it is not an SQLite database.</source>
        <translation />
    </message>
    <message>
        <source>“%1” is an SQLite database but not an mcfund workspace.</source>
        <translation />
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation />
    </message>
    <message>
        <source>“%1” is damaged and was not opened (integrity check: %2).</source>
        <translation />
    </message>
    <message>
        <source>“%1” was written by a newer version of mcfund (schema %2; this version reads up to %3).</source>
        <translation />
    </message>
    <message>
        <source>“%1” is not a complete mcfund workspace.</source>
        <translation />
    </message>
    <message>
        <source>Cannot create a workspace at “%1”: the folder “%2” does not exist.</source>
        <translation />
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation />
    </message>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation />
    </message>
    <message>
        <source>Cannot create “%1”: the file could not be put in place.</source>
        <translation />
    </message>
    <message>
        <source>Cannot copy the workspace to “%1”: %2</source>
        <translation />
    </message>
    <message>
        <source>table</source>
        <translation />
    </message>
    <message>
        <source>index</source>
        <translation />
    </message>
    <message>
        <source>trigger</source>
        <translation />
    </message>
    <message>
        <source>view</source>
        <translation />
    </message>
    <message>
        <source>Cannot secure the connection to “%1” (SQLite's defensive mode is unavailable).</source>
        <translation />
    </message>
    <message>
        <source>“%1” is damaged and was not opened (its schema cannot be read: %2).</source>
        <translation />
    </message>
    <message>
        <source>Cannot check the schema of “%1”: %2</source>
        <translation />
    </message>
    <message>
        <source>institution package</source>
        <translation />
    </message>
    <message>
        <source>workspace</source>
        <translation />
    </message>
    <message>
        <source>“%1” holds something mcfund did not create (%2 “%3”); the %4 was not opened, and nothing was read from it.</source>
        <translation />
    </message>
    <message>
        <source>“%1” holds a changed version of what mcfund creates (%2 “%3”); the %4 was not opened, and nothing was read from it.</source>
        <translation />
    </message>
    <message>
        <source>“%1” has no base values (its table “%2” is missing): it is not a complete institution package.</source>
        <translation />
    </message>
    <message>
        <source>“%1” lacks part of what mcfund creates (%2 “%3”); the %4 was not opened.</source>
        <translation />
    </message>
    <message>
        <source>the finished copy could not be renamed to its name.</source>
        <translation />
    </message>
    <message>
        <source>A shared workspace is made with mcfund server init, not here (%1).</source>
        <translation />
    </message>
    <message>
        <source>records that refer to missing records (table, row, parent): %1</source>
        <translation />
    </message>
    <message>
        <source>a search index does not match its table: %1</source>
        <translation />
    </message>
    <message>
        <source>Cancelled: “%1” was left at schema %2, as it was; the copy made before the update is “%3”.</source>
        <translation />
    </message>
    <message>
        <source>Cancelled: “%1” was left at schema %2, as it was.</source>
        <translation />
    </message>
    <message>
        <source>cancelled.</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::DateText</name>
    <message>
        <source>“%1” is not a date: there is no such day.</source>
        <translation />
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation />
    </message>
    <message>
        <source>“%1” has a two-digit year: write the date as YYYY-MM-DD.</source>
        <translation />
    </message>
    <message>
        <source>“%1” could be %2 or %3: write the date as YYYY-MM-DD.</source>
        <translation />
    </message>
    <message>
        <source>“%1” is not a date: write it as YYYY-MM-DD.</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::DecisionDialog</name>
    <message>
        <source>Approved amount</source>
        <translation />
    </message>
    <message>
        <source>&amp;Approved amount:</source>
        <translation />
    </message>
    <message>
        <source>No requested amount is recorded.</source>
        <translation />
    </message>
    <message>
        <source>Requested: %1</source>
        <translation />
    </message>
    <message>
        <source>Reason</source>
        <translation />
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation />
    </message>
    <message>
        <source>Reason for approving beyond the envelope</source>
        <translation />
    </message>
    <message>
        <source>&amp;Envelope override:</source>
        <translation />
    </message>
    <message>
        <source>Give the reason: it stays with the application's history.</source>
        <translation />
    </message>
    <message>
        <source>Approved amount: %1</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::Decisions</name>
    <message>
        <source>The application no longer exists.</source>
        <translation />
    </message>
    <message>
        <source>An application cannot go from %1 to %2.</source>
        <translation />
    </message>
    <message>
        <source>An approved amount is required to approve an application.</source>
        <translation />
    </message>
    <message>
        <source>Record the requested amount before approving.</source>
        <translation />
    </message>
    <message>
        <source>The approved amount (%1) cannot be above the requested amount (%2).</source>
        <translation />
    </message>
    <message>
        <source>Approving %1 brings the round's approved total to %2, beyond its envelope of %3. Give a reason to approve beyond the envelope.</source>
        <translation />
    </message>
    <message>
        <source>%1 of “%2”</source>
        <translation />
    </message>
    <message>
        <source>Nothing was decided: the application could not be read (%1).</source>
        <translation />
    </message>
    <message>
        <source>Nothing was decided: the round's envelope and approved total could not be read (%1).</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::DetailForm</name>
    <message>
        <source>English</source>
        <translation />
    </message>
    <message>
        <source>French</source>
        <translation />
    </message>
    <message>
        <source>No %1 selected</source>
        <translation />
    </message>
    <message>
        <source>change of %1</source>
        <translation />
    </message>
    <message>
        <source>(none)</source>
        <translation />
    </message>
    <message>
        <source>%1 (round %2)</source>
        <translation />
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation />
    </message>
    <message>
        <source>Not saved (%1)</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the projects of this institution: %1</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::EditCommand</name>
    <message>
        <source>Cannot undo %1: %2</source>
        <translation />
    </message>
    <message>
        <source>Cannot redo %1: %2</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::EditEngine</name>
    <message>
        <source>The workspace is busy or read-only: %1</source>
        <translation />
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation />
    </message>
    <message>
        <source>It was changed elsewhere (now “%1”).</source>
        <translation />
    </message>
    <message>
        <source>Unknown field.</source>
        <translation />
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation />
    </message>
    <message>
        <source>Row %1</source>
        <translation />
    </message>
    <message>
        <source>In an institution package, %1 are kept by the ministry and cannot be changed.</source>
        <translation />
    </message>
    <message>
        <source>This package is for one institution: records of other institutions cannot be changed or added here.</source>
        <translation />
    </message>
    <message>
        <source>%1 is decided by the ministry and cannot be changed in a package.</source>
        <translation />
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation />
    </message>
    <message>
        <source>the %1</source>
        <translation />
    </message>
    <message>
        <source>the change to %1 of “%2”</source>
        <translation />
    </message>
    <message>
        <source>the changes to “%1”</source>
        <translation />
    </message>
    <message>
        <source>the addition of “%1”</source>
        <translation />
    </message>
    <message>
        <source>the deletion of “%1”</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>the %1 (%n record(s))</source>
        <translation><numerusform>the %1 (%n record)</numerusform><numerusform>the %1 (%n records)</numerusform></translation>
    </message>
    <message>
        <source>A %1 application cannot change status.</source>
        <translation />
    </message>
    <message>
        <source>An application cannot go from %1 to %2; it can go to: %3.</source>
        <translation />
    </message>
    <message>
        <source>Record the approved amount before approving.</source>
        <translation />
    </message>
    <message>
        <source>The approved amount cannot be above the requested amount.</source>
        <translation />
    </message>
    <message>
        <source>Approving this would go beyond the round's envelope; use Approve… on the Reviews page to approve it with a reason.</source>
        <translation />
    </message>
    <message>
        <source>Nothing was changed: whether this workspace is an institution package, and so which records may be changed in it, could not be read (%1).</source>
        <translation />
    </message>
    <message>
        <source>Whether approving this stays within the round's envelope could not be read (%1).</source>
        <translation />
    </message>
    <message>
        <source>Nothing was changed: whose record this is could not be read (%1).</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::Exporter</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation />
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation />
    </message>
    <message>
        <source>Unknown</source>
        <translation />
    </message>
    <message>
        <source>Yes</source>
        <translation />
    </message>
    <message>
        <source>No</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the records to export: %1</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::FieldEditor</name>
    <message>
        <source>(none)</source>
        <translation />
    </message>
    <message>
        <source>not recorded</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::FilterBar</name>
    <message>
        <source>Search</source>
        <translation />
    </message>
    <message>
        <source>Sector</source>
        <translation />
    </message>
    <message>
        <source>Round</source>
        <translation />
    </message>
    <message>
        <source>Institution</source>
        <translation />
    </message>
    <message>
        <source>Institution type</source>
        <translation />
    </message>
    <message>
        <source>Kind</source>
        <translation />
    </message>
    <message>
        <source>Status</source>
        <translation />
    </message>
    <message>
        <source>Language</source>
        <translation />
    </message>
    <message>
        <source>OSAP</source>
        <translation />
    </message>
    <message>
        <source>Missing text</source>
        <translation />
    </message>
    <message>
        <source>Filter by %1</source>
        <translation />
    </message>
    <message>
        <source>Any</source>
        <translation />
    </message>
    <message>
        <source>OSAP approved</source>
        <translation />
    </message>
    <message>
        <source>Not OSAP approved</source>
        <translation />
    </message>
    <message>
        <source>French text missing</source>
        <translation />
    </message>
    <message>
        <source>English text missing</source>
        <translation />
    </message>
    <message>
        <source>Either language missing</source>
        <translation />
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation />
    </message>
    <message>
        <source>Remove this filter</source>
        <translation />
    </message>
    <message>
        <source>Text: “%1”</source>
        <translation />
    </message>
    <message>
        <source>Type</source>
        <translation />
    </message>
    <message>
        <source>Clear all</source>
        <translation />
    </message>
    <message>
        <source>Clear all filters</source>
        <translation />
    </message>
    <message>
        <source>%1: %2</source>
        <comment>filter chip: criterion, value</comment>
        <translation />
    </message>
    <message>
        <source>Clear the search</source>
        <translation />
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation />
    </message>
    <message>
        <source>Searches titles and descriptions in English and French; accents and case are ignored.</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::FundingAggregate</name>
    <message>
        <source>approved amount</source>
        <translation />
    </message>
    <message>
        <source>requested amount</source>
        <translation />
    </message>
    <message>
        <source>number of projects</source>
        <translation />
    </message>
    <message>
        <source>targeted learners</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::FundingChart</name>
    <message>
        <source>thousands of dollars</source>
        <translation />
    </message>
    <message>
        <source>Export Chart</source>
        <translation />
    </message>
    <message>
        <source>SVG pictures (*.svg)</source>
        <translation />
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation />
    </message>
    <message>
        <source>Size in pixels (width × height):</source>
        <translation />
    </message>
    <message>
        <source>“%1” is not a size between 100×100 and 10000×10000.</source>
        <translation />
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation />
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation />
    </message>
    <message>
        <source>Copy to Clipboard</source>
        <translation />
    </message>
    <message>
        <source>Show as table</source>
        <translation />
    </message>
    <message>
        <source>Show the chart as a table</source>
        <translation />
    </message>
    <message>
        <source>Export</source>
        <translation />
    </message>
    <message>
        <source>Export the chart</source>
        <translation />
    </message>
    <message>
        <source>No projects match the filters.</source>
        <translation />
    </message>
    <message>
        <source>No %1 recorded for these %2 projects — showing %3 instead.</source>
        <translation />
    </message>
    <message>
        <source>nothing</source>
        <translation />
    </message>
    <message>
        <source>The %1 is recorded for %2 of the %3 projects that should have one; the others are not counted.</source>
        <translation />
    </message>
    <message>
        <source>%1 (no projects)</source>
        <translation />
    </message>
    <message>
        <source>%1: %2 (%3 %)</source>
        <translation />
    </message>
    <message>
        <source>Note: %1</source>
        <translation />
    </message>
    <message>
        <source>Round</source>
        <translation />
    </message>
    <message>
        <source>Sector</source>
        <translation />
    </message>
    <message>
        <source>Institution type</source>
        <translation />
    </message>
    <message>
        <source>Projects</source>
        <translation />
    </message>
    <message>
        <source>Recorded for</source>
        <translation />
    </message>
    <message>
        <source>not recorded</source>
        <translation />
    </message>
    <message>
        <source>%1 of %2</source>
        <translation />
    </message>
    <message>
        <source>“%1”: choose a file name ending in .png or .svg.</source>
        <translation />
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::GenerateCommand</name>
    <message>
        <source>--%1 must be a whole number, not “%2”.</source>
        <translation />
    </message>
    <message>
        <source>--%1 cannot be negative (got %2).</source>
        <translation />
    </message>
    <message>
        <source>Write a synthetic workspace: the same options and seed give the same data.</source>
        <translation />
    </message>
    <message>
        <source>Number of projects (default 1000).</source>
        <translation />
    </message>
    <message>
        <source>Number of micro-credentials (default 5000).</source>
        <translation />
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation />
    </message>
    <message>
        <source>mcfund generate: %1</source>
        <translation />
    </message>
    <message>
        <source>mcfund generate: say where to write the workspace with -o FILE.</source>
        <translation />
    </message>
    <message>
        <source>Wrote %1: %2 projects and %3 micro-credentials (synthetic data, seed %4) in %5 s.</source>
        <translation />
    </message>
    <message>
        <source>The new workspace file, or an empty PostgreSQL database (postgresql://…).</source>
        <translation />
    </message>
    <message>
        <source>FILE|URI</source>
        <translation />
    </message>
    <message>
        <source>no temporary folder</source>
        <translation />
    </message>
    <message>
        <source>Also print how long each phase took.</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::Generator</name>
    <message>
        <source>The numbers of projects and micro-credentials cannot be negative.</source>
        <translation />
    </message>
    <message>
        <source>At most 10,000,000 projects and 50,000,000 micro-credentials can be generated.</source>
        <translation />
    </message>
    <message>
        <source>Micro-credentials need at least one project to belong to.</source>
        <translation />
    </message>
    <message>
        <source>“%1” already exists; choose a new file name.</source>
        <translation />
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation />
    </message>
    <message>
        <source>Cancelled.</source>
        <translation />
    </message>
    <message>
        <source>Cannot create “%1”.</source>
        <translation />
    </message>
    <message>
        <source>projects</source>
        <translation />
    </message>
    <message>
        <source>rounds, reviews and decisions</source>
        <translation />
    </message>
    <message>
        <source>micro-credentials</source>
        <translation />
    </message>
    <message>
        <source>partners</source>
        <translation />
    </message>
    <message>
        <source>indexes</source>
        <translation />
    </message>
    <message>
        <source>search index</source>
        <translation />
    </message>
    <message>
        <source>commit</source>
        <translation />
    </message>
    <message>
        <source>statistics (ANALYZE)</source>
        <translation />
    </message>
    <message>
        <source>sync to disk</source>
        <translation />
    </message>
    <message>
        <source>micro-credentials' search index</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::HistoryPanel</name>
    <message>
        <source>Export History</source>
        <translation />
    </message>
    <message>
        <source>history.csv</source>
        <translation />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation />
    </message>
    <message>
        <source>Selected record only</source>
        <translation />
    </message>
    <message>
        <source>Export CSV…</source>
        <translation />
    </message>
    <message>
        <source>Round of the history</source>
        <translation />
    </message>
    <message>
        <source>User of the history</source>
        <translation />
    </message>
    <message>
        <source>All rounds</source>
        <translation />
    </message>
    <message>
        <source>Everyone</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>%n change(s) to %1</source>
        <translation><numerusform>%n change to %1</numerusform><numerusform>%n changes to %1</numerusform></translation>
    </message>
    <message>
        <source>no record selected</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation><numerusform>%n change</numerusform><numerusform>%n changes</numerusform></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation />
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation />
    </message>
    <message>
        <source>The history could not be read, so nothing was exported: %1</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::ImportPresets</name>
    <message>
        <source>Give the preset a name.</source>
        <translation />
    </message>
    <message>
        <source>There is no import preset called “%1”.</source>
        <translation />
    </message>
    <message>
        <source>The preset “%1” is for %2, not %3.</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation />
    </message>
    <message>
        <source>The file</source>
        <translation />
    </message>
    <message>
        <source>A CSV file (any delimiter, UTF-8 or Windows-1252) or an Excel workbook (XLSX).</source>
        <translation />
    </message>
    <message>
        <source>File to import</source>
        <translation />
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation />
    </message>
    <message>
        <source>&amp;File:</source>
        <translation />
    </message>
    <message>
        <source>The rows are:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation />
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation />
    </message>
    <message>
        <source>Columns</source>
        <translation />
    </message>
    <message>
        <source>Which field each column holds, guessed from its header in English or French. Columns set to “ignore” are not read.</source>
        <translation />
    </message>
    <message>
        <source>Saved mappings</source>
        <translation />
    </message>
    <message>
        <source>&amp;Use</source>
        <translation />
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation />
    </message>
    <message>
        <source>Presets:</source>
        <translation />
    </message>
    <message>
        <source>Column of the file</source>
        <translation />
    </message>
    <message>
        <source>First value</source>
        <translation />
    </message>
    <message>
        <source>Field</source>
        <translation />
    </message>
    <message>
        <source>Save Mapping</source>
        <translation />
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation />
    </message>
    <message>
        <source>Presets</source>
        <translation />
    </message>
    <message>
        <source>Check and import</source>
        <translation />
    </message>
    <message>
        <source>The first rows as they will be stored, and every problem with its line. Nothing is written until you press Import.</source>
        <translation />
    </message>
    <message>
        <source>Line</source>
        <translation />
    </message>
    <message>
        <source>Column</source>
        <translation />
    </message>
    <message>
        <source>Problem</source>
        <translation />
    </message>
    <message>
        <source>Import the &amp;valid rows and leave the others</source>
        <translation />
    </message>
    <message>
        <source>&amp;All or nothing: import only if every row is valid</source>
        <translation />
    </message>
    <message>
        <source>&amp;Import</source>
        <translation />
    </message>
    <message>
        <source>— ignore —</source>
        <translation />
    </message>
    <message>
        <source>ID (matches existing records)</source>
        <translation />
    </message>
    <message>
        <source>Field for the column %1</source>
        <translation />
    </message>
    <message>
        <source>Ready to import: %1.</source>
        <translation />
    </message>
    <message>
        <source>Action</source>
        <translation />
    </message>
    <message>
        <source>add</source>
        <translation />
    </message>
    <message>
        <source>update</source>
        <translation />
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>Importing %n row(s)…</source>
        <translation><numerusform>Importing %n row…</numerusform><numerusform>Importing %n rows…</numerusform></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation />
    </message>
    <message>
        <source>Checking %1…</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>The first %1 problems are listed; %n more are not.</source>
        <translation><numerusform>The first %1 problems are listed; %n more are not.</numerusform><numerusform>The first %1 problems are listed; %n more are not.</numerusform></translation>
    </message>
    <message>
        <source>Cannot read the saved mappings: %1</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::Importer</name>
    <message>
        <source>%1 rows: %2 added, %3 updated, %4 unchanged, %5 refused</source>
        <translation />
    </message>
    <message>
        <source>No column is mapped to an id, a title or a name: the rows cannot be matched or added. Map the columns first.</source>
        <translation />
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation />
    </message>
    <message>
        <source>the cell holds %1 characters; the limit is %2.</source>
        <translation />
    </message>
    <message>
        <source>the same record appears twice in the file.</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) found, and the import is all or nothing.</source>
        <translation><numerusform>Nothing was imported: %n problem found, and the import is all or nothing.</numerusform><numerusform>Nothing was imported: %n problems found, and the import is all or nothing.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>import of %n row(s)</source>
        <translation><numerusform>import of %n row</numerusform><numerusform>import of %n rows</numerusform></translation>
    </message>
    <message>
        <source>Project: there is no project with the id or title “%1”.</source>
        <translation />
    </message>
    <message>
        <source>the ID “%1” is not an mcfund id; leave the ID empty to add the row as a new record.</source>
        <translation />
    </message>
    <message>
        <source>import</source>
        <translation />
    </message>
    <message>
        <source>Line %1: %2 Nothing was imported.</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the workspace to check the file: %1</source>
        <translation />
    </message>
    <message>
        <source>Cannot note the rows already read in a temporary table: %1</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the workspace to match the rows with its records: %1</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::InstitutionPackage</name>
    <message>
        <source>There is no institution called “%1” in this workspace.</source>
        <translation />
    </message>
    <message>
        <source>There is no round %1 in this workspace.</source>
        <translation />
    </message>
    <message>
        <source>“%1” already exists; choose a new file name.</source>
        <translation />
    </message>
    <message>
        <source>Cannot write the package: %1</source>
        <translation />
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation />
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation />
    </message>
    <message>
        <source>“%1” is not an institution package: it is not an SQLite database.</source>
        <translation />
    </message>
    <message>
        <source>“%1” cannot be opened as an institution package.</source>
        <translation />
    </message>
    <message>
        <source>“%1” is damaged or incomplete (integrity check: %2).</source>
        <translation />
    </message>
    <message>
        <source>“%1” is an mcfund workspace, not an institution package.</source>
        <translation />
    </message>
    <message>
        <source>“%1” has no base values: it is not a complete institution package.</source>
        <translation />
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation />
    </message>
    <message>
        <source>“%1” was made with schema %2; this version of mcfund merges schemas %3 to %4 only. Export a new package.</source>
        <translation />
    </message>
    <message>
        <source>Cannot write the package: no temporary folder.</source>
        <translation />
    </message>
    <message>
        <source>“%1” is damaged: what it says about itself cannot be read (%2).</source>
        <translation />
    </message>
    <message>
        <source>the workspace has no id to be merged back into</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::Lookups</name>
    <message>
        <source>Cannot read the sectors, rounds and institutions of the workspace: %1</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation />
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation />
    </message>
    <message>
        <source>&amp;View</source>
        <translation />
    </message>
    <message>
        <source>&amp;Language</source>
        <translation />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation />
    </message>
    <message>
        <source>Main toolbar</source>
        <translation />
    </message>
    <message>
        <source>More toolbar buttons</source>
        <translation />
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation />
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation />
    </message>
    <message>
        <source>Connect to &amp;Shared Workspace…</source>
        <translation />
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation />
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation />
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation />
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation />
    </message>
    <message>
        <source>&amp;Export Report as PDF…</source>
        <translation />
    </message>
    <message>
        <source>Export &amp;Institution Package…</source>
        <translation />
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation />
    </message>
    <message>
        <source>Export &amp;Table…</source>
        <translation />
    </message>
    <message>
        <source>Export &amp;Whole Workspace…</source>
        <translation />
    </message>
    <message>
        <source>Export Micro-credentials for a &amp;Registry…</source>
        <translation />
    </message>
    <message>
        <source>&amp;Merge Institution Package…</source>
        <translation />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation />
    </message>
    <message>
        <source>&amp;Add Row</source>
        <translation />
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation />
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation />
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation />
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation />
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation />
    </message>
    <message>
        <source>&amp;About mcfund</source>
        <translation />
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation />
    </message>
    <message>
        <source>&amp;Reviews</source>
        <translation />
    </message>
    <message>
        <source>Packages are merged by program officers.</source>
        <translation />
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation />
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation />
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::MainWindow</name>
    <message>
        <source>Cannot open the workspace</source>
        <translation />
    </message>
    <message>
        <source>Show only these rows</source>
        <translation />
    </message>
    <message>
        <source>History</source>
        <translation />
    </message>
    <message>
        <source>&amp;History</source>
        <translation />
    </message>
    <message>
        <source>Package for %1 — coordinator mode. Only this institution's records can be changed; amounts approved, reviews and decisions stay with the ministry. Send this file back to the ministry when your changes are done.</source>
        <translation />
    </message>
    <message>
        <source>Rows without a translation</source>
        <translation />
    </message>
    <message>
        <source>Institution package — coordinator mode. What this package says about itself cannot be read (%1), so nothing can be changed in it.</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::ManPage</name>
    <message>
        <source>User Commands</source>
        <translation />
    </message>
    <message>
        <source>Name</source>
        <translation />
    </message>
    <message>
        <source>Synopsis</source>
        <translation />
    </message>
    <message>
        <source>Description</source>
        <translation />
    </message>
    <message>
        <source>mcfund keeps the rounds, institutions, projects and micro-credentials of Ontario's Micro-credentials Challenge Fund. Ministry staff review the applications of a round, several people at once, decide funding within the round's envelope and print summary reports in English or French; institution coordinators keep their institution's projects and micro-credentials up to date in a package, offline, and send it back.</source>
        <translation />
    </message>
    <message>
        <source>Started without a command, mcfund opens its window. A workspace is an SQLite file for one person, or a shared workspace on PostgreSQL where each person connects under their own database role.</source>
        <translation />
    </message>
    <message>
        <source>Commands</source>
        <translation />
    </message>
    <message>
        <source>Each command runs with no display and prints to the standard output; mcfund COMMAND --help prints what follows for that command.</source>
        <translation />
    </message>
    <message>
        <source>Options</source>
        <translation />
    </message>
    <message>
        <source>Every command, and the window, takes these options:</source>
        <translation />
    </message>
    <message>
        <source>Exit status</source>
        <translation />
    </message>
    <message>
        <source>Done: every row written or unchanged, the check passed.</source>
        <translation />
    </message>
    <message>
        <source>Nothing was written: rows were refused, a check found damage, the workspace could not be opened or written.</source>
        <translation />
    </message>
    <message>
        <source>Bad arguments, or a file that cannot be read; nothing was done.</source>
        <translation />
    </message>
    <message>
        <source>Partly done: some rows were written and others refused (import), or conflicts were left for a person to settle (package merge).</source>
        <translation />
    </message>
    <message>
        <source>Files</source>
        <translation />
    </message>
    <message>
        <source>the default workspace, created from the official data the first time</source>
        <translation />
    </message>
    <message>
        <source>settings: language, recent workspaces and connections (never a password)</source>
        <translation />
    </message>
    <message>
        <source>which workspace files were found sound, so that they are not read whole again</source>
        <translation />
    </message>
    <message>
        <source>Environment</source>
        <translation />
    </message>
    <message>
        <source>how to reach a shared workspace on PostgreSQL when its address leaves them out; ~/.pgpass holds passwords</source>
        <translation />
    </message>
    <message>
        <source>the language when --lang is not given: French for a French locale, else English</source>
        <translation />
    </message>
    <message>
        <source>See also</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::MergeDialog</name>
    <message>
        <source>Merge the package of %1</source>
        <translation />
    </message>
    <message>
        <source>Package made %1 by %2. Before merging: %3.</source>
        <translation />
    </message>
    <message>
        <source>Record</source>
        <translation />
    </message>
    <message>
        <source>Field</source>
        <translation />
    </message>
    <message>
        <source>Base (when exported)</source>
        <translation />
    </message>
    <message>
        <source>Ministry</source>
        <translation />
    </message>
    <message>
        <source>Package</source>
        <translation />
    </message>
    <message>
        <source>Keep</source>
        <translation />
    </message>
    <message>
        <source>Choose…</source>
        <translation />
    </message>
    <message>
        <source>The ministry's value</source>
        <translation />
    </message>
    <message>
        <source>The package's value</source>
        <translation />
    </message>
    <message>
        <source>Value to keep for %1</source>
        <translation />
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation />
    </message>
    <message>
        <source>Change</source>
        <translation />
    </message>
    <message>
        <source>From</source>
        <translation />
    </message>
    <message>
        <source>To</source>
        <translation />
    </message>
    <message>
        <source>Added</source>
        <translation />
    </message>
    <message>
        <source>Updated</source>
        <translation />
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation />
    </message>
    <message>
        <source>Delete too</source>
        <translation />
    </message>
    <message>
        <source>Kind</source>
        <translation />
    </message>
    <message>
        <source>no</source>
        <translation />
    </message>
    <message>
        <source>yes</source>
        <translation />
    </message>
    <message>
        <source>Deleted in the package (%1)</source>
        <translation />
    </message>
    <message>
        <source>Why it is refused</source>
        <translation />
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translation />
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation />
    </message>
    <message>
        <source>Nothing was merged: %1</source>
        <translation />
    </message>
    <message>
        <source>Nothing to merge: the workspace already has every change of this package.</source>
        <translation />
    </message>
    <message>
        <source>Merged the package of %1: %2.</source>
        <translation />
    </message>
    <message>
        <source>Put back</source>
        <translation />
    </message>
    <message>
        <source>Deleted here, changed in the package (%1)</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::MergePlan</name>
    <message>
        <source>%1 updated, %2 added, %3 in conflict, %4 rejected, %5 proposed for deletion</source>
        <translation />
    </message>
    <message>
        <source>update %1 “%2”, %3: “%4” → “%5”</source>
        <translation />
    </message>
    <message>
        <source>add %1 “%2”</source>
        <translation />
    </message>
    <message>
        <source>CONFLICT %1 “%2”, %3: base “%4”, ministry “%5”, package “%6”</source>
        <translation />
    </message>
    <message>
        <source>rejected %1 “%2”%3: %4</source>
        <translation />
    </message>
    <message>
        <source>deleted in the package (not deleted unless accepted): %1 “%2”</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>, %n deleted here but changed in the package</source>
        <translation><numerusform>, %n deleted here but changed in the package</numerusform><numerusform>, %n deleted here but changed in the package</numerusform></translation>
    </message>
    <message>
        <source>deleted in the workspace, changed in the package (%3): %1 “%2”</source>
        <translation />
    </message>
    <message>
        <source>put back</source>
        <translation />
    </message>
    <message>
        <source>stays deleted unless put back</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::Migrations</name>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::Money</name>
    <message>
        <source>Enter an amount.</source>
        <translation />
    </message>
    <message>
        <source>“%1” is not an amount: unexpected “%2”.</source>
        <translation />
    </message>
    <message>
        <source>“%1” has more than two decimals: amounts are in dollars and cents.</source>
        <translation />
    </message>
    <message>
        <source>“%1” is too large.</source>
        <translation />
    </message>
    <message>
        <source>“%1” could be read as %2 or as %3: write the amount with its cents, as 1,234.00 or 1 234,00.</source>
        <translation />
    </message>
    <message>
        <source>“%1” is not an amount: write it as $1,234.56, 1 234,56 $ or 1234.56.</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::NewWorkspaceDialog</name>
    <message>
        <source>New Workspace</source>
        <translation />
    </message>
    <message>
        <source>From the &amp;official data of the fund (2 rounds, 36 institutions, 88 projects)</source>
        <translation />
    </message>
    <message>
        <source>&amp;Empty (sectors, rounds and institutions to be entered)</source>
        <translation />
    </message>
    <message>
        <source>&amp;Synthetic data for demonstrations and tests</source>
        <translation />
    </message>
    <message>
        <source>Number of projects</source>
        <translation />
    </message>
    <message>
        <source>Number of micro-credentials</source>
        <translation />
    </message>
    <message>
        <source>Random seed</source>
        <translation />
    </message>
    <message>
        <source>&amp;Projects:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Micro-credentials:</source>
        <translation />
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation />
    </message>
    <message>
        <source>Workspace file</source>
        <translation />
    </message>
    <message>
        <source>mcfund-workspace.mcfund</source>
        <translation />
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation />
    </message>
    <message>
        <source>&amp;File:</source>
        <translation />
    </message>
    <message>
        <source>Create</source>
        <translation />
    </message>
    <message>
        <source>mcfund workspaces (*.mcfund *.sqlite)</source>
        <translation />
    </message>
    <message>
        <source>Choose a file for the new workspace.</source>
        <translation />
    </message>
    <message>
        <source>“%1” already exists. Choose another name.</source>
        <translation />
    </message>
    <message>
        <source>Generating the synthetic workspace…</source>
        <translation />
    </message>
    <message>
        <source>Cancel</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::NumberText</name>
    <message>
        <source>Enter a whole number.</source>
        <translation />
    </message>
    <message>
        <source>“%1” is not a whole number: it has a decimal part.</source>
        <translation />
    </message>
    <message>
        <source>“%1” is too large.</source>
        <translation />
    </message>
    <message>
        <source>“%1” could be read as %2 or as %3: write it without separators.</source>
        <translation />
    </message>
    <message>
        <source>“%1” is not a whole number: unexpected “%2”.</source>
        <translation />
    </message>
    <message>
        <source>“%1” is not a whole number: write it as 1234, 1,234 or 1 234.</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::OfficialDataset</name>
    <message>
        <source>The official dataset is missing from this build.</source>
        <translation />
    </message>
    <message>
        <source>The official dataset could not be loaded (%1): %2</source>
        <translation />
    </message>
    <message>
        <source>round %1</source>
        <translation />
    </message>
    <message>
        <source>round %1 rules</source>
        <translation />
    </message>
    <message>
        <source>priority sectors</source>
        <translation />
    </message>
    <message>
        <source>unknown institution “%1”</source>
        <translation />
    </message>
    <message>
        <source>review criteria</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::PackageCommand</name>
    <message>
        <source>The institution, by its name as published or its id.</source>
        <translation />
    </message>
    <message>
        <source>NAME</source>
        <translation />
    </message>
    <message>
        <source>Only this round's projects (its number).</source>
        <translation />
    </message>
    <message>
        <source>The package file to write.</source>
        <translation />
    </message>
    <message>
        <source>FILE</source>
        <translation />
    </message>
    <message>
        <source>Show what the merge would do; write nothing.</source>
        <translation />
    </message>
    <message>
        <source>Decide every conflict for one side: ministry or package.</source>
        <translation />
    </message>
    <message>
        <source>SIDE</source>
        <translation />
    </message>
    <message>
        <source>Also delete the records the package deleted.</source>
        <translation />
    </message>
    <message>
        <source>export or merge</source>
        <translation />
    </message>
    <message>
        <source>the package to merge</source>
        <translation />
    </message>
    <message>
        <source>mcfund package: %1</source>
        <translation />
    </message>
    <message>
        <source>say export or merge: mcfund package export … or mcfund package merge FILE.</source>
        <translation />
    </message>
    <message>
        <source>say which institution with --institution NAME (as published, e.g. “Fleming College”).</source>
        <translation />
    </message>
    <message>
        <source>--round must be a round number, not “%1”.</source>
        <translation />
    </message>
    <message>
        <source>say where to write the package with -o FILE.mcfpkg.</source>
        <translation />
    </message>
    <message>
        <source>Wrote the package of %1 to %2 (package %3).</source>
        <translation />
    </message>
    <message>
        <source>say which package to merge: mcfund package merge FILE.mcfpkg.</source>
        <translation />
    </message>
    <message>
        <source>--prefer must be ministry or package, not “%1”.</source>
        <translation />
    </message>
    <message>
        <source>Package of %1 (made %2 by %3): %4</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>mcfund package: nothing was merged: %n conflict(s) to decide. Merge again with --prefer ministry or --prefer package, or use File ▸ Merge Institution Package in the window to choose field by field.</source>
        <translation><numerusform>mcfund package: nothing was merged: %n conflict to decide. Merge again with --prefer ministry or --prefer package, or use File ▸ Merge Institution Package in the window to choose field by field.</numerusform><numerusform>mcfund package: nothing was merged: %n conflicts to decide. Merge again with --prefer ministry or --prefer package, or use File ▸ Merge Institution Package in the window to choose field by field.</numerusform></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation />
    </message>
    <message>
        <source>Nothing to merge: the workspace already has every change of this package.</source>
        <translation />
    </message>
    <message>
        <source>nothing was merged: %1</source>
        <translation />
    </message>
    <message>
        <source>Merged: %1.</source>
        <translation />
    </message>
    <message>
        <source>Export an institution package for a coordinator, or merge one back.
  mcfund package export --institution NAME [--round N] -o FILE.mcfpkg
  mcfund package merge FILE.mcfpkg [--dry-run] [--prefer ministry|package] [--accept-deletions] [--restore-deleted]</source>
        <translation />
    </message>
    <message>
        <source>Put back the records deleted in the workspace that the package changed since.</source>
        <translation />
    </message>
    <message>
        <source>Exit codes: 0 written (or nothing to do); 1 nothing was written because the workspace refused the changes; 2 bad arguments, or a package or workspace that cannot be read or that holds anything mcfund did not make; 3 conflicts to decide, nothing was written.</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::PackageFlow</name>
    <message>
        <source>Export Institution Package</source>
        <translation />
    </message>
    <message>
        <source>Institution:</source>
        <translation />
    </message>
    <message>
        <source>Institution packages (*.mcfpkg)</source>
        <translation />
    </message>
    <message>
        <source>Wrote the package of %1 to %2</source>
        <translation />
    </message>
    <message>
        <source>Merge Institution Package</source>
        <translation />
    </message>
    <message>
        <source>Institution packages (*.mcfpkg);;All files (*)</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::PackageMerger</name>
    <message>
        <source>“%1” was exported from another workspace (%2), not from this one (%3); it cannot be merged here.</source>
        <translation />
    </message>
    <message>
        <source>The institution of this package (%1) is no longer in the workspace.</source>
        <translation />
    </message>
    <message>
        <source>belongs to another institution</source>
        <translation />
    </message>
    <message>
        <source>a ministry-only field cannot be changed in a package</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>%n conflict(s) must be decided first (keep the ministry's value or take the package's).</source>
        <translation><numerusform>%n conflict must be decided first (keep the ministry's value or take the package's).</numerusform><numerusform>%n conflicts must be decided first (keep the ministry's value or take the package's).</numerusform></translation>
    </message>
    <message>
        <source>merge of the package of %1</source>
        <translation />
    </message>
    <message>
        <source>package of %1 made %2 by %3: %4</source>
        <translation />
    </message>
    <message>
        <source>the table %1 could not be read: %2</source>
        <translation />
    </message>
    <message>
        <source>The merge of “%1” was not planned: %2</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::PageStack</name>
    <message>
        <source>Pages</source>
        <translation />
    </message>
    <message>
        <source>Dashboard</source>
        <translation />
    </message>
    <message>
        <source>Reviews</source>
        <translation />
    </message>
    <message>
        <source>No workspace is open.

Use File ▸ New Workspace… to start from the official data of the fund, or File ▸ Open Workspace… to open one.</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::ProjectLifecycle</name>
    <message>
        <source>Submit</source>
        <translation />
    </message>
    <message>
        <source>Start review</source>
        <translation />
    </message>
    <message>
        <source>Approve…</source>
        <translation />
    </message>
    <message>
        <source>Decline…</source>
        <translation />
    </message>
    <message>
        <source>Withdraw…</source>
        <translation />
    </message>
    <message>
        <source>Mark completed</source>
        <translation />
    </message>
    <message>
        <source>Back to draft</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::RankingModel</name>
    <message>
        <source>not scored</source>
        <translation />
    </message>
    <message>
        <source>%1 — reviewers disagree</source>
        <translation />
    </message>
    <message>
        <source>Within</source>
        <translation />
    </message>
    <message>
        <source>Beyond the envelope</source>
        <translation />
    </message>
    <message>
        <source>The envelope runs out here: this application and the ones below do not fit when funding in rank order.</source>
        <translation />
    </message>
    <message>
        <source>Rank</source>
        <translation />
    </message>
    <message>
        <source>Application</source>
        <translation />
    </message>
    <message>
        <source>Institution</source>
        <translation />
    </message>
    <message>
        <source>Status</source>
        <translation />
    </message>
    <message>
        <source>Reviewers</source>
        <translation />
    </message>
    <message>
        <source>Score /100</source>
        <translation />
    </message>
    <message>
        <source>Spread</source>
        <translation />
    </message>
    <message>
        <source>Amount</source>
        <translation />
    </message>
    <message>
        <source>Cumulative</source>
        <translation />
    </message>
    <message>
        <source>Envelope</source>
        <translation />
    </message>
    <message>
        <source>%1 of %2</source>
        <translation />
    </message>
    <message>
        <source>%1 (incomplete)</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::RecordStore</name>
    <message>
        <source>%1: there is no %2 with id “%3”.</source>
        <translation />
    </message>
    <message>
        <source>A %1 has no field “%2”.</source>
        <translation />
    </message>
    <message>
        <source>A %1 with the same key already exists.</source>
        <translation />
    </message>
    <message>
        <source>Cannot add the %1: %2</source>
        <translation />
    </message>
    <message>
        <source>The %1 “%2” no longer exists.</source>
        <translation />
    </message>
    <message>
        <source>Cannot change the %1: %2</source>
        <translation />
    </message>
    <message>
        <source> and </source>
        <translation />
    </message>
    <message>
        <source>Cannot delete the %1 “%2”: %3 refer to it. Delete or move those first.</source>
        <translation />
    </message>
    <message>
        <source>Cannot delete the %1: %2</source>
        <translation />
    </message>
    <message>
        <source>Cannot delete the %1: %2 were logged and %3 deleted.</source>
        <translation />
    </message>
    <message>
        <source>Cannot delete the %1: SQLite refused a function mcfund needs.</source>
        <translation />
    </message>
    <message>
        <source>Cannot log the %1 added: SQLite refused a function mcfund needs.</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::RegistryExport</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation />
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the records to export: %1</source>
        <translation />
    </message>
    <message>
        <source>the micro-credential of row %1</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::ReportBuilder</name>
    <message>
        <source>sectors: %1</source>
        <translation />
    </message>
    <message>
        <source>institutions: %1</source>
        <translation />
    </message>
    <message>
        <source>institution types: %1</source>
        <translation />
    </message>
    <message>
        <source>statuses: %1</source>
        <translation />
    </message>
    <message>
        <source>text: “%1”</source>
        <translation />
    </message>
    <message>
        <source>none — every project</source>
        <translation />
    </message>
    <message>
        <source>Synthetic data generated for demonstrations and tests — not real figures</source>
        <translation />
    </message>
    <message>
        <source>SYNTHETIC DATA — not real figures</source>
        <translation />
    </message>
    <message>
        <source>Data entered in mcfund</source>
        <translation />
    </message>
    <message>
        <source>Empty workspace</source>
        <translation />
    </message>
    <message>
        <source>Official data of the fund</source>
        <translation />
    </message>
    <message>
        <source>%1, edited in mcfund</source>
        <translation />
    </message>
    <message>
        <source>Official data, edited in mcfund</source>
        <translation />
    </message>
    <message>
        <source>Official data</source>
        <translation />
    </message>
    <message>
        <source>Fund</source>
        <translation />
    </message>
    <message>
        <source>Ontario Micro-credentials Challenge Fund</source>
        <translation />
    </message>
    <message>
        <source>Prepared on</source>
        <translation />
    </message>
    <message>
        <source>Data source</source>
        <translation />
    </message>
    <message>
        <source>Filters in force</source>
        <translation />
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation />
    </message>
    <message>
        <source>There is no round %1 in this workspace.</source>
        <translation />
    </message>
    <message>
        <source>%1 (%2) — summary</source>
        <translation />
    </message>
    <message>
        <source>not recorded</source>
        <translation />
    </message>
    <message>
        <source>Envelope</source>
        <translation />
    </message>
    <message>
        <source>not set</source>
        <translation />
    </message>
    <message>
        <source>Requested</source>
        <translation />
    </message>
    <message>
        <source>Approved</source>
        <translation />
    </message>
    <message>
        <source>Remaining</source>
        <translation />
    </message>
    <message>
        <source>not known</source>
        <translation />
    </message>
    <message>
        <source>Projects</source>
        <translation />
    </message>
    <message>
        <source>Institutions</source>
        <translation />
    </message>
    <message>
        <source>Micro-credentials</source>
        <translation />
    </message>
    <message>
        <source>Targeted learners</source>
        <translation />
    </message>
    <message>
        <source>Totals</source>
        <translation />
    </message>
    <message>
        <source>Approved amounts per project are not recorded for this round (they are not published); the tables show the number of projects, and amounts as “—”.</source>
        <translation />
    </message>
    <message>
        <source>Sector</source>
        <translation />
    </message>
    <message>
        <source>Share of approved</source>
        <translation />
    </message>
    <message>
        <source>Total</source>
        <translation />
    </message>
    <message>
        <source>Funding by sector</source>
        <translation />
    </message>
    <message>
        <source>%1 by sector — %2</source>
        <translation />
    </message>
    <message>
        <source>Institution</source>
        <translation />
    </message>
    <message>
        <source>Type</source>
        <translation />
    </message>
    <message>
        <source>Projects by institution</source>
        <translation />
    </message>
    <message>
        <source>Project</source>
        <translation />
    </message>
    <message>
        <source>Status</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>Subtotal: %n project(s)</source>
        <translation><numerusform>Subtotal: %n project</numerusform><numerusform>Subtotal: %n projects</numerusform></translation>
    </message>
    <message>
        <source>List of projects</source>
        <translation />
    </message>
    <message>
        <source>There is no institution called “%1” in this workspace.</source>
        <translation />
    </message>
    <message>
        <source>%1 — institution report</source>
        <translation />
    </message>
    <message>
        <source>Region</source>
        <translation />
    </message>
    <message>
        <source>Language</source>
        <translation />
    </message>
    <message>
        <source>Round</source>
        <translation />
    </message>
    <message>
        <source>Projects (%1)</source>
        <translation />
    </message>
    <message>
        <source>Micro-credential</source>
        <translation />
    </message>
    <message>
        <source>Delivery</source>
        <translation />
    </message>
    <message>
        <source>Hours</source>
        <translation />
    </message>
    <message>
        <source>Weeks</source>
        <translation />
    </message>
    <message>
        <source>Tuition</source>
        <translation />
    </message>
    <message>
        <source>OSAP</source>
        <translation />
    </message>
    <message>
        <source>Yes</source>
        <translation />
    </message>
    <message>
        <source>No</source>
        <translation />
    </message>
    <message>
        <source>Micro-credentials (%1)</source>
        <translation />
    </message>
    <message>
        <source>No micro-credentials are recorded for this institution.</source>
        <translation />
    </message>
    <message>
        <source>There is no sector with the code “%1”.</source>
        <translation />
    </message>
    <message>
        <source>%1 — sector report</source>
        <translation />
    </message>
    <message>
        <source>By round</source>
        <translation />
    </message>
    <message>
        <source>Projects by round and institution</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::ReportCommand</name>
    <message>
        <source>Write a summary report to a PDF file.</source>
        <translation />
    </message>
    <message>
        <source>round (a round's summary), institution or sector.</source>
        <translation />
    </message>
    <message>
        <source>TYPE</source>
        <translation />
    </message>
    <message>
        <source>The round, by its number (required for --type round).</source>
        <translation />
    </message>
    <message>
        <source>The institution, by its name as published or its id.</source>
        <translation />
    </message>
    <message>
        <source>NAME</source>
        <translation />
    </message>
    <message>
        <source>The sector, by its code (e.g. health_care).</source>
        <translation />
    </message>
    <message>
        <source>CODE</source>
        <translation />
    </message>
    <message>
        <source>a4 or letter (default: letter).</source>
        <translation />
    </message>
    <message>
        <source>PAPER</source>
        <translation />
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation />
    </message>
    <message>
        <source>FILE</source>
        <translation />
    </message>
    <message>
        <source>mcfund report: %1</source>
        <translation />
    </message>
    <message>
        <source>--type must be round, institution or sector, not “%1”.</source>
        <translation />
    </message>
    <message>
        <source>--paper must be a4 or letter, not “%1”.</source>
        <translation />
    </message>
    <message>
        <source>say where to write the report with -o FILE.pdf.</source>
        <translation />
    </message>
    <message>
        <source>“%1”: the file name must end in .pdf.</source>
        <translation />
    </message>
    <message>
        <source>--type round needs --round N, the round's number.</source>
        <translation />
    </message>
    <message>
        <source>--type institution needs --institution NAME (as published, e.g. “Fleming College”).</source>
        <translation />
    </message>
    <message>
        <source>--type sector needs --sector CODE (e.g. health_care).</source>
        <translation />
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::ReportDialog</name>
    <message>
        <source>Report</source>
        <translation />
    </message>
    <message>
        <source>Round summary</source>
        <translation />
    </message>
    <message>
        <source>Institution report</source>
        <translation />
    </message>
    <message>
        <source>Sector report</source>
        <translation />
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation />
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation />
    </message>
    <message>
        <source>No filters: every project of the chosen scope.</source>
        <translation />
    </message>
    <message>
        <source>The filters of the current page apply (shown on the report's title page).</source>
        <translation />
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation />
    </message>
    <message>
        <source>R&amp;ound:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::ReportFlow</name>
    <message>
        <source>Preparing the report…</source>
        <translation />
    </message>
    <message>
        <source>Report</source>
        <translation />
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation />
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation />
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation />
    </message>
    <message>
        <source>Writing %1…</source>
        <translation />
    </message>
    <message>
        <source>Saved the report to %1</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::ReportPrinter</name>
    <message>
        <source>Cannot write “%1”.</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::ReviewCommands</name>
    <message>
        <source>Rank a round's applications by weighted review score, with the line where the envelope runs out.</source>
        <translation />
    </message>
    <message>
        <source>The round, by its number.</source>
        <translation />
    </message>
    <message>
        <source>text (default) or csv.</source>
        <translation />
    </message>
    <message>
        <source>FORMAT</source>
        <translation />
    </message>
    <message>
        <source>mcfund ranking: %1</source>
        <translation />
    </message>
    <message>
        <source>--format must be text or csv, not “%1”.</source>
        <translation />
    </message>
    <message>
        <source>say which round with --round N.</source>
        <translation />
    </message>
    <message>
        <source>there is no round %1 in this workspace.</source>
        <translation />
    </message>
    <message>
        <source>not scored</source>
        <translation />
    </message>
    <message>
        <source>rank</source>
        <translation />
    </message>
    <message>
        <source>project</source>
        <translation />
    </message>
    <message>
        <source>institution</source>
        <translation />
    </message>
    <message>
        <source>status</source>
        <translation />
    </message>
    <message>
        <source>reviewers</source>
        <translation />
    </message>
    <message>
        <source>score</source>
        <translation />
    </message>
    <message>
        <source>spread</source>
        <translation />
    </message>
    <message>
        <source>disagreement</source>
        <translation />
    </message>
    <message>
        <source>requested_cents</source>
        <translation />
    </message>
    <message>
        <source>approved_cents</source>
        <translation />
    </message>
    <message>
        <source>cumulative_cents</source>
        <translation />
    </message>
    <message>
        <source>within_envelope</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>Ranking of %1 (%2): %n application(s), envelope %3</source>
        <translation><numerusform>Ranking of %1 (%2): %n application, envelope %3</numerusform><numerusform>Ranking of %1 (%2): %n applications, envelope %3</numerusform></translation>
    </message>
    <message>
        <source>not set</source>
        <translation />
    </message>
    <message>
        <source>Rank</source>
        <translation />
    </message>
    <message>
        <source>Score</source>
        <translation />
    </message>
    <message>
        <source>Amount</source>
        <translation />
    </message>
    <message>
        <source>Cumulative</source>
        <translation />
    </message>
    <message>
        <source>Application</source>
        <translation />
    </message>
    <message>
        <source>The envelope of %1 runs out here: the applications below do not fit.</source>
        <translation />
    </message>
    <message>
        <source> [reviewers disagree]</source>
        <translation />
    </message>
    <message>
        <source>Every ranked application fits within the envelope of %1.</source>
        <translation />
    </message>
    <message>
        <source>Export the change log (who changed what, and when) to CSV.</source>
        <translation />
    </message>
    <message>
        <source>Only the records of this round (its number).</source>
        <translation />
    </message>
    <message>
        <source>Only the changes made by this user.</source>
        <translation />
    </message>
    <message>
        <source>NAME</source>
        <translation />
    </message>
    <message>
        <source>Only the changes made on or after this date (YYYY-MM-DD).</source>
        <translation />
    </message>
    <message>
        <source>DATE</source>
        <translation />
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation />
    </message>
    <message>
        <source>FILE</source>
        <translation />
    </message>
    <message>
        <source>mcfund audit: %1</source>
        <translation />
    </message>
    <message>
        <source>--since must be a date written YYYY-MM-DD, not “%1”.</source>
        <translation />
    </message>
    <message>
        <source>say where to write the CSV with -o FILE.csv.</source>
        <translation />
    </message>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) to %1.</source>
        <translation><numerusform>Wrote %n change to %1.</numerusform><numerusform>Wrote %n changes to %1.</numerusform></translation>
    </message>
    <message>
        <source>reviews_complete</source>
        <translation />
    </message>
    <message>
        <source> [reviews incomplete: %1 of %2]</source>
        <translation />
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
        <translation />
    </message>
    <message>
        <source>assign: reviewers per application.</source>
        <translation />
    </message>
    <message>
        <source>assign: the reviewers, separated by commas (default: every reviewer of the shared workspace).</source>
        <translation />
    </message>
    <message>
        <source>NAMES</source>
        <translation />
    </message>
    <message>
        <source>assignments: text (default) or csv.</source>
        <translation />
    </message>
    <message>
        <source>conflict: the application, by its id.</source>
        <translation />
    </message>
    <message>
        <source>ID</source>
        <translation />
    </message>
    <message>
        <source>conflict: why there is a conflict of interest.</source>
        <translation />
    </message>
    <message>
        <source>TEXT</source>
        <translation />
    </message>
    <message>
        <source>conflict: who declares it, on a SQLite workspace (default: your login name); on a shared workspace, always your database user.</source>
        <translation />
    </message>
    <message>
        <source>mcfund review: %1</source>
        <translation />
    </message>
    <message>
        <source>say what to do: assign, assignments or conflict (mcfund review --help).</source>
        <translation />
    </message>
    <message>
        <source>“%1” is not a review action: say assign, assignments or conflict.</source>
        <translation />
    </message>
    <message>
        <source>--round takes a round's number, not “%1”.</source>
        <translation />
    </message>
    <message>
        <source>--per-application takes a number of reviewers from 1 to 20, not “%1”.</source>
        <translation />
    </message>
    <message>
        <source>say how many reviewers each application gets with --per-application K.</source>
        <translation />
    </message>
    <message>
        <source>say which application with --project ID.</source>
        <translation />
    </message>
    <message>
        <source>say why with --reason TEXT: the reason of a conflict of interest is kept on record.</source>
        <translation />
    </message>
    <message>
        <source>mcfund review: nothing was written: %1</source>
        <translation />
    </message>
    <message>
        <source>the workspace refused the change.</source>
        <translation />
    </message>
    <message>
        <source>who you are is not known: say it with --reviewer NAME.</source>
        <translation />
    </message>
    <message>
        <source>Conflict of interest recorded for %1: %2.</source>
        <translation />
    </message>
    <message>
        <source>--reviewers names no one.</source>
        <translation />
    </message>
    <message>
        <source>“%1” is not a reviewer of this shared workspace (mcfund server add-user %1 --role reviewer).</source>
        <translation />
    </message>
    <message>
        <source>this shared workspace has no reviewer accounts yet (mcfund server add-user NAME --role reviewer).</source>
        <translation />
    </message>
    <message>
        <source>name the reviewers with --reviewers a,b,c.</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>%n new assignment(s) in %1; %2 application(s) to review, %3 reviewer(s).</source>
        <translation><numerusform>%n new assignment in %1; %2 application to review, %3 reviewer.</numerusform><numerusform>%n new assignments in %1; %2 applications to review, %3 reviewers.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>mcfund review: %n place(s) could not be filled: too few reviewers without a conflict of interest.</source>
        <translation><numerusform>mcfund review: %n place could not be filled: too few reviewers without a conflict of interest.</numerusform><numerusform>mcfund review: %n places could not be filled: too few reviewers without a conflict of interest.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Assignments of %1: %n application(s) to review</source>
        <translation><numerusform>Assignments of %1: %n application to review</numerusform><numerusform>Assignments of %1: %n applications to review</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 of %n review(s) done</source>
        <translation><numerusform>%1 — %2 of %n review done</numerusform><numerusform>%1 — %2 of %n reviews done</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) have no reviewer yet.</source>
        <translation><numerusform>%n application have no reviewer yet.</numerusform><numerusform>%n applications have no reviewer yet.</numerusform></translation>
    </message>
    <message>
        <source>Reviewers:</source>
        <translation />
    </message>
    <message>
        <source>%1: %2 of %3 scored</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::ReviewScores</name>
    <message>
        <source>The scores could not be read: %1</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the ranking of the round: %1</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the scores of this application: %1</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::ReviewsPage</name>
    <message>
        <source>change of %1</source>
        <translation />
    </message>
    <message>
        <source>Scores not saved</source>
        <translation />
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation />
    </message>
    <message>
        <source>Additional consideration</source>
        <translation />
    </message>
    <message>
        <source>Your scores</source>
        <translation />
    </message>
    <message>
        <source>Reviewer: %1</source>
        <translation />
    </message>
    <message>
        <source>&amp;Save scores</source>
        <translation />
    </message>
    <message>
        <source>All reviewers</source>
        <translation />
    </message>
    <message>
        <source>Decision</source>
        <translation />
    </message>
    <message>
        <source>Round under review</source>
        <translation />
    </message>
    <message>
        <source>Ranking of the round's applications</source>
        <translation />
    </message>
    <message>
        <source>—</source>
        <translation />
    </message>
    <message>
        <source> / %1</source>
        <translation />
    </message>
    <message>
        <source>Score for %1</source>
        <translation />
    </message>
    <message>
        <source>Comment</source>
        <translation />
    </message>
    <message>
        <source>Comment on %1</source>
        <translation />
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <translation />
    </message>
    <message>
        <source>Envelope %1: every ranked application fits.</source>
        <translation />
    </message>
    <message>
        <source>Envelope %1 runs out at rank %2.</source>
        <translation />
    </message>
    <message>
        <source>No envelope set for this round.</source>
        <translation />
    </message>
    <message>
        <source>Select an application in the ranking.</source>
        <translation />
    </message>
    <message>
        <source>Status: %1</source>
        <translation />
    </message>
    <message>
        <source>No intake flags.</source>
        <translation />
    </message>
    <message>
        <source>⚠ Flagged at intake:</source>
        <translation />
    </message>
    <message>
        <source>Reviewer</source>
        <translation />
    </message>
    <message>
        <source>Total /100</source>
        <translation />
    </message>
    <message>
        <source>incomplete</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>Mean %1 / 100 from %n complete review(s); spread %2 points.</source>
        <translation><numerusform>Mean %1 / 100 from %n complete review; spread %2 points.</numerusform><numerusform>Mean %1 / 100 from %n complete reviews; spread %2 points.</numerusform></translation>
    </message>
    <message>
        <source>No complete review yet.</source>
        <translation />
    </message>
    <message>
        <source>⚠ Reviewers disagree (spread above %1 points).</source>
        <translation />
    </message>
    <message>
        <source>⚠ marks criteria where scores differ by more than half the scale.</source>
        <translation />
    </message>
    <message>
        <source>No further decision: the application is %1.</source>
        <translation />
    </message>
    <message>
        <source>Scores saved.</source>
        <translation />
    </message>
    <message>
        <source>Decision recorded.</source>
        <translation />
    </message>
    <message>
        <source>Reviewers</source>
        <translation />
    </message>
    <message>
        <source>Declare a &amp;Conflict of Interest…</source>
        <translation />
    </message>
    <message>
        <source>Declare a conflict of interest on this application</source>
        <translation />
    </message>
    <message>
        <source>&amp;Not yet scored by me</source>
        <translation />
    </message>
    <message>
        <source>Show only the applications assigned to me that I have not scored</source>
        <translation />
    </message>
    <message>
        <source>&amp;Assign Reviewers…</source>
        <translation />
    </message>
    <message>
        <source>Assign reviewers to the round's applications</source>
        <translation />
    </message>
    <message>
        <source>Applications are assigned by program officers.</source>
        <translation />
    </message>
    <message>
        <source>Your reviews: %1 of %2 scored.</source>
        <translation />
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>Team: %1 of %2 reviews scored (%3); %n conflict(s) of interest.</source>
        <translation><numerusform>Team: %1 of %2 reviews scored (%3); %n conflict of interest.</numerusform><numerusform>Team: %1 of %2 reviews scored (%3); %n conflicts of interest.</numerusform></translation>
    </message>
    <message>
        <source>No reviewer is assigned in this round yet.</source>
        <translation />
    </message>
    <message>
        <source>Declare a Conflict of Interest</source>
        <translation />
    </message>
    <message>
        <source>Why can you not review “%1” impartially? The reason is kept on record; you are taken off the application and any score you saved on it is removed.</source>
        <translation />
    </message>
    <message>
        <source>Conflict of interest not recorded</source>
        <translation />
    </message>
    <message>
        <source>Conflict of interest recorded.</source>
        <translation />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation />
    </message>
    <message>
        <source>: %1</source>
        <translation />
    </message>
    <message>
        <source>No reviewer is assigned to this application.</source>
        <translation />
    </message>
    <message>
        <source>You declared a conflict of interest on this application: you do not score it.</source>
        <translation />
    </message>
    <message>
        <source>The other reviewers' scores are shown once you have scored every criterion.</source>
        <translation />
    </message>
    <message>
        <source>scores on “%1”</source>
        <translation />
    </message>
    <message>
        <source>Each reviewer's scores on this application</source>
        <translation />
    </message>
    <message>
        <source>The selected application</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the assignments of this round: %1</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the criteria of this round: %1</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::RoundEnvelope</name>
    <message>
        <source>the application or its round is gone</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::RoundRules</name>
    <message>
        <source>Requested %1 is over the %2 cap of %3 for a %4.</source>
        <translation />
    </message>
    <message>
        <source>A %1 needs at least %2 micro-credentials; %3 are planned.</source>
        <translation />
    </message>
    <message>
        <source>%1 institutions are not eligible in %2.</source>
        <translation />
    </message>
    <message>
        <source>%1 requires an industry or employer partner; none is recorded.</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the rules of the round: %1</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the application's intake flags: %1</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::RowSource</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::SaveFailureBar</name>
    <message>
        <source>Changes not saved</source>
        <translation />
    </message>
    <message>
        <source>Warning</source>
        <translation />
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation />
    </message>
    <message>
        <source>Retry saving</source>
        <translation />
    </message>
    <message>
        <source>Write the changes that were not saved again</source>
        <translation />
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation />
    </message>
    <message>
        <source>Save a copy elsewhere</source>
        <translation />
    </message>
    <message>
        <source>Write the workspace, with the changes not saved here, to another file</source>
        <translation />
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation />
    </message>
    <message>
        <source>Discard the changes not saved</source>
        <translation />
    </message>
    <message>
        <source>Forget the changes that were not saved and show what the file holds</source>
        <translation />
    </message>
    <message>
        <source>&amp;Open the Copy</source>
        <translation />
    </message>
    <message>
        <source>Open the copy</source>
        <translation />
    </message>
    <message>
        <source>Close</source>
        <translation />
    </message>
    <message>
        <source>Close this notice</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>%n change(s) are not saved.</source>
        <translation><numerusform>%n change are not saved.</numerusform><numerusform>%n changes are not saved.</numerusform></translation>
    </message>
    <message>
        <source>The workspace %1 is read-only: changes cannot be saved to it. Save a copy to a folder you can write to and open the copy to make changes.</source>
        <translation />
    </message>
    <message>
        <source>A copy with these changes was saved to %1.</source>
        <translation />
    </message>
    <message>
        <source>A copy was saved to %1.</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>%n change(s) written to the workspace.</source>
        <translation><numerusform>%n change written to the workspace.</numerusform><numerusform>%n changes written to the workspace.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not saved were discarded.</source>
        <translation><numerusform>%n change not saved were discarded.</numerusform><numerusform>%n changes not saved were discarded.</numerusform></translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation />
    </message>
    <message>
        <source>mcfund workspaces (*.mcfund *.sqlite)</source>
        <translation />
    </message>
    <message>
        <source>Choose another file than the workspace itself.</source>
        <translation />
    </message>
    <message>
        <source>“%1” cannot be replaced.</source>
        <translation />
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::Schema</name>
    <message>
        <source>sector</source>
        <translation />
    </message>
    <message>
        <source>sectors</source>
        <translation />
    </message>
    <message>
        <source>Code</source>
        <translation />
    </message>
    <message>
        <source>Name (English)</source>
        <translation />
    </message>
    <message>
        <source>Name (French)</source>
        <translation />
    </message>
    <message>
        <source>Order</source>
        <translation />
    </message>
    <message>
        <source>round</source>
        <translation />
    </message>
    <message>
        <source>rounds</source>
        <translation />
    </message>
    <message>
        <source>Number</source>
        <translation />
    </message>
    <message>
        <source>Fiscal year</source>
        <translation />
    </message>
    <message>
        <source>Announced on</source>
        <translation />
    </message>
    <message>
        <source>Intake opens</source>
        <translation />
    </message>
    <message>
        <source>Intake closes</source>
        <translation />
    </message>
    <message>
        <source>Envelope</source>
        <translation />
    </message>
    <message>
        <source>Target projects</source>
        <translation />
    </message>
    <message>
        <source>Target micro-credentials</source>
        <translation />
    </message>
    <message>
        <source>Target learners</source>
        <translation />
    </message>
    <message>
        <source>Target institutions</source>
        <translation />
    </message>
    <message>
        <source>Status</source>
        <translation />
    </message>
    <message>
        <source>Outcome (English)</source>
        <translation />
    </message>
    <message>
        <source>Outcome (French)</source>
        <translation />
    </message>
    <message>
        <source>institution</source>
        <translation />
    </message>
    <message>
        <source>institutions</source>
        <translation />
    </message>
    <message>
        <source>Short name</source>
        <translation />
    </message>
    <message>
        <source>Type</source>
        <translation />
    </message>
    <message>
        <source>Region</source>
        <translation />
    </message>
    <message>
        <source>Language</source>
        <translation />
    </message>
    <message>
        <source>project</source>
        <translation />
    </message>
    <message>
        <source>projects</source>
        <translation />
    </message>
    <message>
        <source>Round</source>
        <translation />
    </message>
    <message>
        <source>Institution</source>
        <translation />
    </message>
    <message>
        <source>Title (English)</source>
        <translation />
    </message>
    <message>
        <source>Title (French)</source>
        <translation />
    </message>
    <message>
        <source>Published in</source>
        <translation />
    </message>
    <message>
        <source>Sector</source>
        <translation />
    </message>
    <message>
        <source>Sector assigned by</source>
        <translation />
    </message>
    <message>
        <source>Project type</source>
        <translation />
    </message>
    <message>
        <source>Requested</source>
        <translation />
    </message>
    <message>
        <source>Approved</source>
        <translation />
    </message>
    <message>
        <source>Planned micro-credentials</source>
        <translation />
    </message>
    <message>
        <source>Start</source>
        <translation />
    </message>
    <message>
        <source>End</source>
        <translation />
    </message>
    <message>
        <source>Summary (English)</source>
        <translation />
    </message>
    <message>
        <source>Summary (French)</source>
        <translation />
    </message>
    <message>
        <source>micro-credential</source>
        <translation />
    </message>
    <message>
        <source>micro-credentials</source>
        <translation />
    </message>
    <message>
        <source>Project</source>
        <translation />
    </message>
    <message>
        <source>Delivery</source>
        <translation />
    </message>
    <message>
        <source>Hours</source>
        <translation />
    </message>
    <message>
        <source>Weeks</source>
        <translation />
    </message>
    <message>
        <source>Tuition</source>
        <translation />
    </message>
    <message>
        <source>OSAP approved</source>
        <translation />
    </message>
    <message>
        <source>Learners enrolled</source>
        <translation />
    </message>
    <message>
        <source>Learners completed</source>
        <translation />
    </message>
    <message>
        <source>CIP 2021 code</source>
        <translation />
    </message>
    <message>
        <source>NOC 2021 codes</source>
        <translation />
    </message>
    <message>
        <source>Learning outcomes (English)</source>
        <translation />
    </message>
    <message>
        <source>Learning outcomes (French)</source>
        <translation />
    </message>
    <message>
        <source>Assessment</source>
        <translation />
    </message>
    <message>
        <source>Web page</source>
        <translation />
    </message>
    <message>
        <source>partner</source>
        <translation />
    </message>
    <message>
        <source>partners</source>
        <translation />
    </message>
    <message>
        <source>Name</source>
        <translation />
    </message>
    <message>
        <source>Kind</source>
        <translation />
    </message>
    <message>
        <source>project partner</source>
        <translation />
    </message>
    <message>
        <source>project partners</source>
        <translation />
    </message>
    <message>
        <source>Partner</source>
        <translation />
    </message>
    <message>
        <source>Role</source>
        <translation />
    </message>
    <message>
        <source>Contribution</source>
        <translation />
    </message>
    <message>
        <source>Collaboration between institutions</source>
        <translation />
    </message>
    <message>
        <source>Led by an Indigenous Institute</source>
        <translation />
    </message>
    <message>
        <source>Partners with Indigenous Institutes or trains Indigenous learners</source>
        <translation />
    </message>
    <message>
        <source>review criterion</source>
        <translation />
    </message>
    <message>
        <source>review criteria</source>
        <translation />
    </message>
    <message>
        <source>Weight</source>
        <translation />
    </message>
    <message>
        <source>Maximum score</source>
        <translation />
    </message>
    <message>
        <source>review</source>
        <translation />
    </message>
    <message>
        <source>reviews</source>
        <translation />
    </message>
    <message>
        <source>Criterion</source>
        <translation />
    </message>
    <message>
        <source>Reviewer</source>
        <translation />
    </message>
    <message>
        <source>Score</source>
        <translation />
    </message>
    <message>
        <source>Comment</source>
        <translation />
    </message>
    <message>
        <source>decision</source>
        <translation />
    </message>
    <message>
        <source>decisions</source>
        <translation />
    </message>
    <message>
        <source>Decision</source>
        <translation />
    </message>
    <message>
        <source>Decided by</source>
        <translation />
    </message>
    <message>
        <source>Decided at</source>
        <translation />
    </message>
    <message>
        <source>Reason</source>
        <translation />
    </message>
    <message>
        <source>Envelope override reason</source>
        <translation />
    </message>
    <message>
        <source>assignment</source>
        <translation />
    </message>
    <message>
        <source>assignments</source>
        <translation />
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::Server</name>
    <message>
        <source>The shared workspace could not be set up: %1 (in: %2)</source>
        <translation />
    </message>
    <message>
        <source>workspace owner</source>
        <translation />
    </message>
    <message>
        <source>administrator</source>
        <translation />
    </message>
    <message>
        <source>program officer</source>
        <translation />
    </message>
    <message>
        <source>reviewer</source>
        <translation />
    </message>
    <message>
        <source>institution coordinator</source>
        <translation />
    </message>
    <message>
        <source>no mcfund role</source>
        <translation />
    </message>
    <message>
        <source>“%1” is not a PostgreSQL address (postgresql://user@host:port/database).</source>
        <translation />
    </message>
    <message>
        <source>“%1” in the address %2 is not a port number.</source>
        <translation />
    </message>
    <message>
        <source>“%1” in the address %2 is not a connection option.</source>
        <translation />
    </message>
    <message>
        <source>This mcfund cannot reach PostgreSQL: Qt's PostgreSQL driver (libqt6sql6-psql) is not installed.</source>
        <translation />
    </message>
    <message>
        <source>The server at %1 refused the password (or asked for one and none was given; ~/.pgpass is the place for it).</source>
        <translation />
    </message>
    <message>
        <source>The server at %1 has no user “%2”: ask an administrator to add you with mcfund server add-user.</source>
        <translation />
    </message>
    <message>
        <source>The server at %1 has no database “%2”.</source>
        <translation />
    </message>
    <message>
        <source>The server at %1 accepts only encrypted connections: add ?sslmode=require to the address.</source>
        <translation />
    </message>
    <message>
        <source>The server at %1 did not answer within 5 seconds.</source>
        <translation />
    </message>
    <message>
        <source>No PostgreSQL server answers at %1.</source>
        <translation />
    </message>
    <message>
        <source>The server at %1 does not let this user connect: %2</source>
        <translation />
    </message>
    <message>
        <source>Cannot use the shared workspace at %1: %2</source>
        <translation />
    </message>
    <message>
        <source>The database at %1 is not an mcfund shared workspace (it was not changed; mcfund server init makes one in an empty database).</source>
        <translation />
    </message>
    <message>
        <source>The database at %1 is not an mcfund shared workspace (it was not changed).</source>
        <translation />
    </message>
    <message>
        <source>The shared workspace at %1 was made by a newer version of mcfund (schema %2; this version reads up to %3).</source>
        <translation />
    </message>
    <message>
        <source>The database at %1 is already an mcfund shared workspace; nothing was changed.</source>
        <translation />
    </message>
    <message>
        <source>The database at %1 already holds tables; server init needs an empty database. Nothing was changed.</source>
        <translation />
    </message>
    <message>
        <source>The shared workspace could not be set up: %1</source>
        <translation />
    </message>
    <message>
        <source>“%1” cannot be a user name: use lowercase letters, digits, “_”, “.” or “-”, starting with a letter.</source>
        <translation />
    </message>
    <message>
        <source>“%1” is a name PostgreSQL or mcfund keeps for itself.</source>
        <translation />
    </message>
    <message>
        <source>A user's role is admin, officer, reviewer or coordinator.</source>
        <translation />
    </message>
    <message>
        <source>A coordinator needs --institution.</source>
        <translation />
    </message>
    <message>
        <source>Cannot add the user “%1”: %2</source>
        <translation />
    </message>
    <message>
        <source>The server at %1 offers no encrypted connections, and the address requires one (sslmode); ask its administrator to turn TLS on.</source>
        <translation />
    </message>
    <message>
        <source>Only a coordinator or a reviewer belongs to an institution.</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::ServerCommand</name>
    <message>
        <source>Set up a shared workspace on PostgreSQL and the people who use it:
  mcfund server init --database URI [--from FILE | --empty]
  mcfund server add-user NAME --role admin|officer|reviewer|coordinator [--institution NAME] [--password-file FILE] --database URI
URI: postgresql://user@host:port/database (also ?host=/socket/folder, ?sslmode=require); PGHOST, PGUSER, PGPASSWORD, PGSERVICE and ~/.pgpass apply.</source>
        <translation />
    </message>
    <message>
        <source>init: load this SQLite workspace instead of the official data.</source>
        <translation />
    </message>
    <message>
        <source>FILE</source>
        <translation />
    </message>
    <message>
        <source>init: no data at all, only the schema and the roles.</source>
        <translation />
    </message>
    <message>
        <source>add-user: admin, officer, reviewer or coordinator.</source>
        <translation />
    </message>
    <message>
        <source>NAME</source>
        <translation />
    </message>
    <message>
        <source>add-user: a file whose first line is the user's password (none: the server's other means of authentication apply).</source>
        <translation />
    </message>
    <message>
        <source>mcfund server: %1</source>
        <translation />
    </message>
    <message>
        <source>say what to do: init or add-user (mcfund server --help).</source>
        <translation />
    </message>
    <message>
        <source>say which database with --database postgresql://user@host/database.</source>
        <translation />
    </message>
    <message>
        <source>“%1” is not a PostgreSQL address; a shared workspace is at postgresql://user@host/database.</source>
        <translation />
    </message>
    <message>
        <source>unexpected argument “%1”.</source>
        <translation />
    </message>
    <message>
        <source>--from and --empty cannot be given together.</source>
        <translation />
    </message>
    <message>
        <source>there is no workspace file “%1”.</source>
        <translation />
    </message>
    <message>
        <source>Made a shared workspace at %1%2.</source>
        <translation />
    </message>
    <message>
        <source> from %1</source>
        <translation />
    </message>
    <message>
        <source> (empty)</source>
        <translation />
    </message>
    <message>
        <source> with the official data</source>
        <translation />
    </message>
    <message>
        <source>say the user's name: mcfund server add-user NAME --role ROLE.</source>
        <translation />
    </message>
    <message>
        <source>--role must be admin, officer, reviewer or coordinator, not “%1”.</source>
        <translation />
    </message>
    <message>
        <source>cannot read the password file “%1”: %2</source>
        <translation />
    </message>
    <message>
        <source>the password file “%1” is empty.</source>
        <translation />
    </message>
    <message>
        <source>there is no institution “%1” in this workspace.</source>
        <translation />
    </message>
    <message>
        <source>Added %1 as %2.</source>
        <translation />
    </message>
    <message>
        <source>“%1” is not a server action; use init or add-user.</source>
        <translation />
    </message>
    <message>
        <source>add-user: a coordinator's institution, or a reviewer's (who then has a conflict of interest with its applications); name or id.</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::SnapshotReader</name>
    <message>
        <source>The second reader of the workspace stopped.</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::SpreadsheetCommands</name>
    <message>
        <source>Import a CSV or XLSX file: mcfund import FILE --into projects|credentials|institutions|partners</source>
        <translation />
    </message>
    <message>
        <source>What the rows are: projects, credentials, institutions or partners.</source>
        <translation />
    </message>
    <message>
        <source>TABLE</source>
        <translation />
    </message>
    <message>
        <source>The sheet of an XLSX workbook (default: the first).</source>
        <translation />
    </message>
    <message>
        <source>NAME</source>
        <translation />
    </message>
    <message>
        <source>A saved column mapping (preset) to use instead of guessing from the header.</source>
        <translation />
    </message>
    <message>
        <source>PRESET</source>
        <translation />
    </message>
    <message>
        <source>Import nothing if any row has a problem.</source>
        <translation />
    </message>
    <message>
        <source>Check and report; write nothing.</source>
        <translation />
    </message>
    <message>
        <source>The CSV or XLSX file.</source>
        <translation />
    </message>
    <message>
        <source>mcfund import: %1</source>
        <translation />
    </message>
    <message>
        <source>say which file to import: mcfund import FILE --into TABLE.</source>
        <translation />
    </message>
    <message>
        <source>--into must be projects, credentials, institutions or partners, not “%1”.</source>
        <translation />
    </message>
    <message>
        <source>%1, line %2%3: %4</source>
        <translation />
    </message>
    <message>
        <source>Dry run: %1. Nothing was written.</source>
        <translation />
    </message>
    <message>
        <source>Imported %1: %2.</source>
        <translation />
    </message>
    <message>
        <source>Export a table (mcfund export --table NAME --format csv|xlsx|json -o FILE) or micro-credentials for a registry (mcfund export --credentials --format openbadges|ctdl -o FILE).</source>
        <translation />
    </message>
    <message>
        <source>projects, credentials, institutions, partners or rounds.</source>
        <translation />
    </message>
    <message>
        <source>Export micro-credentials in a registry format.</source>
        <translation />
    </message>
    <message>
        <source>csv, xlsx or json for a table; openbadges or ctdl for --credentials.</source>
        <translation />
    </message>
    <message>
        <source>FORMAT</source>
        <translation />
    </message>
    <message>
        <source>KEY=VALUE: sector=CODE, round=N, institution=NAME, status=CODE, text=WORDS (repeatable).</source>
        <translation />
    </message>
    <message>
        <source>FILTER</source>
        <translation />
    </message>
    <message>
        <source>The file to write.</source>
        <translation />
    </message>
    <message>
        <source>FILE</source>
        <translation />
    </message>
    <message>
        <source>mcfund export: %1</source>
        <translation />
    </message>
    <message>
        <source>say where to write with -o FILE.</source>
        <translation />
    </message>
    <message>
        <source>--filter sector=%1: there is no sector with that code.</source>
        <translation />
    </message>
    <message>
        <source>--filter round=%1: there is no such round.</source>
        <translation />
    </message>
    <message>
        <source>--filter institution=%1: there is no such institution.</source>
        <translation />
    </message>
    <message>
        <source>--filter “%1”: use sector=, round=, institution=, status= or text=.</source>
        <translation />
    </message>
    <message>
        <source>--credentials needs --format openbadges or ctdl, not “%1”.</source>
        <translation />
    </message>
    <message>
        <source>--table must be projects, credentials, institutions, partners or rounds, not “%1”.</source>
        <translation />
    </message>
    <message>
        <source>--format must be csv, xlsx or json, not “%1”.</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation><numerusform>Wrote %n record to %1.</numerusform><numerusform>Wrote %n records to %1.</numerusform></translation>
    </message>
    <message>
        <source>import of “%1”</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>%1: %n more problem(s) not listed.</source>
        <translation><numerusform>%1: %n more problem not listed.</numerusform><numerusform>%1: %n more problems not listed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>mcfund import: nothing was written: %n row(s) refused. Correct the lines listed above and import the file again.</source>
        <translation><numerusform>mcfund import: nothing was written: %n row refused. Correct the lines listed above and import the file again.</numerusform><numerusform>mcfund import: nothing was written: %n rows refused. Correct the lines listed above and import the file again.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>mcfund import: %n row(s) refused and not written; the other rows were imported. Use --all-or-nothing to import nothing when a row is refused.</source>
        <translation><numerusform>mcfund import: %n row refused and not written; the other rows were imported. Use --all-or-nothing to import nothing when a row is refused.</numerusform><numerusform>mcfund import: %n rows refused and not written; the other rows were imported. Use --all-or-nothing to import nothing when a row is refused.</numerusform></translation>
    </message>
    <message>
        <source>Exit codes: 0 every row was written or was already there; 1 nothing was written because rows were refused (or, with --all-or-nothing, any row was refused) or the workspace refused the write; 2 bad arguments, or a file or workspace that cannot be read; 3 some rows were written and some refused.</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::Sql</name>
    <message>
        <source>The field “%1” of a record holds neither text nor a whole number.</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::StatsCommand</name>
    <message>
        <source>synthetic data, generated for demos and tests</source>
        <translation />
    </message>
    <message>
        <source>empty workspace</source>
        <translation />
    </message>
    <message>
        <source>official data</source>
        <translation />
    </message>
    <message>
        <source>, edited</source>
        <translation />
    </message>
    <message>
        <source>not recorded</source>
        <translation />
    </message>
    <message>
        <source>Workspace: %1 (%2)</source>
        <translation />
    </message>
    <message>
        <source>%1 rounds, %2 institutions, %3 projects, %4 micro-credentials, %5 partners</source>
        <translation />
    </message>
    <message>
        <source>By round</source>
        <translation />
    </message>
    <message>
        <source>Envelope: %1</source>
        <translation />
    </message>
    <message>
        <source>not set</source>
        <translation />
    </message>
    <message>
        <source>%1 projects at %2 institutions, %3 micro-credentials</source>
        <translation />
    </message>
    <message>
        <source>Requested: %1; approved: %2</source>
        <translation />
    </message>
    <message>
        <source>Remaining: %1</source>
        <translation />
    </message>
    <message>
        <source>By sector</source>
        <translation />
    </message>
    <message>
        <source>%1 projects, %2 micro-credentials, approved %3</source>
        <translation />
    </message>
    <message>
        <source>By institution type</source>
        <translation />
    </message>
    <message>
        <source>%1 institutions, %2 projects, approved %3</source>
        <translation />
    </message>
    <message>
        <source>Counts and amounts of a workspace by round, sector and institution type.</source>
        <translation />
    </message>
    <message>
        <source>Write JSON (amounts in cents) instead of text.</source>
        <translation />
    </message>
    <message>
        <source>mcfund stats: %1</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::TableColumns</name>
    <message>
        <source>Title</source>
        <translation />
    </message>
    <message>
        <source>Project</source>
        <translation />
    </message>
    <message>
        <source>OSAP-eligible length</source>
        <translation />
    </message>
    <message>
        <source>Name</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::TableCopy</name>
    <message>
        <source>Cannot copy the table %1: %2</source>
        <translation />
    </message>
    <message>
        <source>the table is missing</source>
        <translation />
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation />
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::TableModel</name>
    <message>
        <source>Unknown</source>
        <translation />
    </message>
    <message>
        <source>Yes</source>
        <translation />
    </message>
    <message>
        <source>No</source>
        <translation />
    </message>
    <message>
        <source>French text missing — showing the English text</source>
        <translation />
    </message>
    <message>
        <source>English text missing — showing the French text</source>
        <translation />
    </message>
    <message>
        <source>Calculated; read-only</source>
        <translation />
    </message>
    <message>
        <source>%1 (calculated; read-only)</source>
        <translation />
    </message>
    <message>
        <source>%1 (cannot be sorted)</source>
        <translation />
    </message>
    <message>
        <source>change of %1</source>
        <translation />
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::TablePage</name>
    <message>
        <source>Copy</source>
        <translation />
    </message>
    <message>
        <source>Paste</source>
        <translation />
    </message>
    <message>
        <source>Duplicate</source>
        <translation />
    </message>
    <message>
        <source>Delete…</source>
        <translation />
    </message>
    <message>
        <source>Show micro-credentials in this sector</source>
        <translation />
    </message>
    <message>
        <source>Show projects in this sector</source>
        <translation />
    </message>
    <message>
        <source>New project</source>
        <translation />
    </message>
    <message>
        <source>New micro-credential</source>
        <translation />
    </message>
    <message>
        <source>New institution</source>
        <translation />
    </message>
    <message>
        <source>New partner</source>
        <translation />
    </message>
    <message>
        <source>addition of a %1</source>
        <translation />
    </message>
    <message>
        <source>Select at most 1,000 rows to duplicate.</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>duplication of %n row(s)</source>
        <translation><numerusform>duplication of %n row</numerusform><numerusform>duplication of %n rows</numerusform></translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation />
    </message>
    <message>
        <source>Cannot duplicate</source>
        <translation />
    </message>
    <message>
        <source>Delete</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>deletion of %n row(s)</source>
        <translation><numerusform>deletion of %n row</numerusform><numerusform>deletion of %n rows</numerusform></translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation />
    </message>
    <message>
        <source>Yes</source>
        <translation />
    </message>
    <message>
        <source>No</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation><numerusform>Copied %n row.</numerusform><numerusform>Copied %n rows.</numerusform></translation>
    </message>
    <message>
        <source>Nothing was pasted</source>
        <translation />
    </message>
    <message>
        <source>Select the cell where the pasted block should start.</source>
        <translation />
    </message>
    <message>
        <source>Row %1: below the last row of the table.</source>
        <translation />
    </message>
    <message>
        <source>Row %1: more columns than the table has.</source>
        <translation />
    </message>
    <message>
        <source>Row %1, %2: calculated column, cannot be pasted into.</source>
        <translation />
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation />
    </message>
    <message>
        <source>Nothing was pasted. Fix these cells and paste again:</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>paste of %n cell(s)</source>
        <translation><numerusform>paste of %n cell</numerusform><numerusform>paste of %n cells</numerusform></translation>
    </message>
    <message>
        <source>Nothing was pasted:</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>Pasted %n cell(s).</source>
        <translation><numerusform>Pasted %n cell.</numerusform><numerusform>Pasted %n cells.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation><numerusform>%n project</numerusform><numerusform>%n projects</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n micro-credential(s)</source>
        <translation><numerusform>%n micro-credential</numerusform><numerusform>%n micro-credentials</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n institution(s)</source>
        <translation><numerusform>%n institution</numerusform><numerusform>%n institutions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation><numerusform>%n round</numerusform><numerusform>%n rounds</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation><numerusform>%n partner</numerusform><numerusform>%n partners</numerusform></translation>
    </message>
    <message>
        <source>counting… (%1 in all)</source>
        <translation />
    </message>
    <message>
        <source>%1 of %2</source>
        <translation />
    </message>
    <message>
        <source>Delete “%1”? You can undo this with Edit ▸ Undo.</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>Delete the %n selected row(s)? You can undo this with Edit ▸ Undo.</source>
        <translation><numerusform>Delete the %n selected row? You can undo this with Edit ▸ Undo.</numerusform><numerusform>Delete the %n selected rows? You can undo this with Edit ▸ Undo.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n without French text</source>
        <translation><numerusform>%n without French text</numerusform><numerusform>%n without French text</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n without English text</source>
        <translation><numerusform>%n without English text</numerusform><numerusform>%n without English text</numerusform></translation>
    </message>
    <message>
        <source>This table is empty.
Add a row with Edit ▸ Add Row, or bring a spreadsheet in with File ▸ Import…</source>
        <translation />
    </message>
    <message>
        <source>No row matches the filters.
Change them, or use Clear all to see every row.</source>
        <translation />
    </message>
    <message>
        <source>counting…</source>
        <translation />
    </message>
    <message>
        <source>rows not read</source>
        <translation />
    </message>
    <message>
        <source>The rows could not be read from the workspace: %1
No row is shown rather than only some. If the file is damaged, “mcfund check” says so.</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::TransferFlow</name>
    <message>
        <source>Imported: %1</source>
        <translation />
    </message>
    <message>
        <source>Export Table</source>
        <translation />
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation />
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation><numerusform>Exported %n row to %1</numerusform><numerusform>Exported %n rows to %1</numerusform></translation>
    </message>
    <message>
        <source>Export the Whole Workspace to a Folder</source>
        <translation />
    </message>
    <message>
        <source>Exporting the whole workspace…</source>
        <translation />
    </message>
    <message>
        <source>Export the Whole Workspace</source>
        <translation />
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation />
    </message>
    <message>
        <source>Export Micro-credentials for a Registry</source>
        <translation />
    </message>
    <message>
        <source>Open Badges 3.0 achievements (*.json);;Credential Engine CTDL JSON-LD (*.jsonld)</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>Exported %n micro-credential(s) to %1</source>
        <translation><numerusform>Exported %n micro-credential to %1</numerusform><numerusform>Exported %n micro-credentials to %1</numerusform></translation>
    </message>
</context>
<context>
    <name>mcfund::Validation</name>
    <message>
        <source>%1 is required.</source>
        <translation />
    </message>
    <message>
        <source>%1 is %2 characters long; the limit is %3.</source>
        <translation />
    </message>
    <message>
        <source>%1 must be on one line.</source>
        <translation />
    </message>
    <message>
        <source>%1 must be an amount in cents.</source>
        <translation />
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation />
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation />
    </message>
    <message>
        <source>%1 is out of range.</source>
        <translation />
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation />
    </message>
    <message>
        <source>%1 must be a date (YYYY-MM-DD), not “%2”.</source>
        <translation />
    </message>
    <message>
        <source>%1 must be between 1990 and 2100.</source>
        <translation />
    </message>
    <message>
        <source>%1 must be yes or no.</source>
        <translation />
    </message>
    <message>
        <source>%1: “%2” is not a known %3.</source>
        <translation />
    </message>
    <message>
        <source>A title is required, in English or French.</source>
        <translation />
    </message>
    <message>
        <source>A name is required, in English or French.</source>
        <translation />
    </message>
    <message>
        <source>The approved amount cannot be above the requested amount.</source>
        <translation />
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation />
    </message>
    <message>
        <source>The intake closes before it opens.</source>
        <translation />
    </message>
    <message>
        <source>More learners completed than enrolled.</source>
        <translation />
    </message>
    <message>
        <source>CIP 2021 code “%1” must look like 51.3902.</source>
        <translation />
    </message>
    <message>
        <source>NOC 2021 codes “%1” must be up to three five-digit codes separated by semicolons.</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::ValueParser</name>
    <message>
        <source>%1: %2</source>
        <translation />
    </message>
    <message>
        <source>Yes</source>
        <translation />
    </message>
    <message>
        <source>No</source>
        <translation />
    </message>
    <message>
        <source>%1: “%2” is not yes or no.</source>
        <translation />
    </message>
    <message>
        <source>%1: “%2” is not a known %3.</source>
        <translation />
    </message>
    <message>
        <source>%1: there is no %2 called “%3”.</source>
        <translation />
    </message>
    <message>
        <source>%1: unsupported value.</source>
        <translation />
    </message>
    <message>
        <source>%1: %2 is not between %3 and %4.</source>
        <translation />
    </message>
    <message>
        <source>%1: %2 is negative; the amount cannot be.</source>
        <translation />
    </message>
    <message>
        <source>%1: %2 is out of range.</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::WindowLauncher</name>
    <message>
        <source>The workspace file.</source>
        <translation />
    </message>
    <message>
        <source>FILE</source>
        <translation />
    </message>
    <message>
        <source>Interface language: en or fr.</source>
        <translation />
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation />
    </message>
    <message>
        <source>The page to show first.</source>
        <translation />
    </message>
    <message>
        <source>mcfund: %1</source>
        <translation />
    </message>
    <message>
        <source>mcfund: --lang must be en or fr, not “%1”.</source>
        <translation />
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation />
    </message>
    <message>
        <source>Open a dialog over the window (with --screenshot, the picture is of the dialog).</source>
        <translation />
    </message>
    <message>
        <source>mcfund: --dialog must be one of %1, not “%2”.</source>
        <translation />
    </message>
    <message>
        <source>A workspace (.mcfund), an institution package (.mcfpkg) or a shared workspace's address to open.</source>
        <translation />
    </message>
    <message>
        <source>mcfund: one file at a time, not %1: %2</source>
        <translation />
    </message>
    <message>
        <source>mcfund: give the workspace either with --database or as FILE, not both.</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::Workspace</name>
    <message numerus="yes">
        <source>Writing %n change(s)…</source>
        <translation><numerusform>Writing %n change…</numerusform><numerusform>Writing %n changes…</numerusform></translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation />
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation />
    </message>
    <message>
        <source>Cannot open the copy “%1”: %2</source>
        <translation />
    </message>
    <message>
        <source>The copy “%1” could not be made: the change could not be written to it: %2</source>
        <translation />
    </message>
    <message>
        <source>Cannot copy the workspace to “%1”: %2</source>
        <translation />
    </message>
    <message>
        <source>the finished copy could not be renamed to its name.</source>
        <translation />
    </message>
    <message>
        <source>Rounds, sectors and review criteria are kept by an administrator.</source>
        <translation />
    </message>
    <message>
        <source>As a reviewer you read applications and write your own scores; other changes are made by program officers.</source>
        <translation />
    </message>
    <message>
        <source>As an institution coordinator you keep your institution's projects, micro-credentials and partners; the rest is kept by the ministry.</source>
        <translation />
    </message>
    <message>
        <source>This is decided by the ministry.</source>
        <translation />
    </message>
    <message>
        <source>Your records stay with your institution.</source>
        <translation />
    </message>
    <message>
        <source>Your database role has no mcfund role; ask an administrator to add you.</source>
        <translation />
    </message>
    <message>
        <source>Kept the value someone else saved.</source>
        <translation />
    </message>
    <message>
        <source>Connected again to %1.</source>
        <translation />
    </message>
    <message>
        <source>%1 saved changes.</source>
        <translation />
    </message>
    <message>
        <source>%1 saved: %2</source>
        <translation />
    </message>
    <message>
        <source>restoring “%1” with your change</source>
        <translation />
    </message>
    <message>
        <source>“%1” was deleted by someone else; your change was not applied.</source>
        <translation />
    </message>
    <message>
        <source>Changes saved elsewhere could not be read from the change log (%1); every table was read again.</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::WorkspaceFlow</name>
    <message>
        <source>Cannot open the workspace</source>
        <translation />
    </message>
    <message>
        <source>Open Workspace</source>
        <translation />
    </message>
    <message>
        <source>mcfund workspaces (*.mcfund *.sqlite *.db);;All files (*)</source>
        <translation />
    </message>
    <message>
        <source>Cannot open the shared workspace</source>
        <translation />
    </message>
    <message>
        <source>Save a Copy</source>
        <translation />
    </message>
    <message>
        <source>mcfund workspaces (*.mcfund *.sqlite)</source>
        <translation />
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation />
    </message>
    <message>
        <source>“%1” cannot be replaced.</source>
        <translation />
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation />
    </message>
    <message>
        <source>the official data of the fund</source>
        <translation />
    </message>
    <message>
        <source>synthetic data generated for demonstrations and tests</source>
        <translation />
    </message>
    <message>
        <source>About mcfund</source>
        <translation />
    </message>
    <message>
        <source>Deleted by Someone Else</source>
        <translation />
    </message>
    <message>
        <source>“%1” was deleted by someone else while you were editing it. Put it back, with your change?</source>
        <translation />
    </message>
    <message>
        <source>Workspace opened: sound at its last check, and unchanged since.</source>
        <translation />
    </message>
    <message>
        <source>Checking the workspace…</source>
        <translation />
    </message>
    <message>
        <source>Workspace checked: no damage found.</source>
        <translation />
    </message>
    <message>
        <source>The workspace is damaged</source>
        <translation />
    </message>
    <message>
        <source>mcfund</source>
        <translation />
    </message>
    <message>
        <source>synthetic data</source>
        <translation />
    </message>
    <message>
        <source>new workspace</source>
        <translation />
    </message>
    <message>
        <source>official data</source>
        <translation />
    </message>
    <message>
        <source>institution package</source>
        <translation />
    </message>
    <message>
        <source>%1, edited</source>
        <translation />
    </message>
    <message>
        <source>%1 as %2, %3 (%4) — mcfund</source>
        <translation />
    </message>
    <message>
        <source>%1 (%2) [read-only] — mcfund</source>
        <translation />
    </message>
    <message>
        <source>%1 (%2) — mcfund</source>
        <translation />
    </message>
    <message>
        <source>&lt;h3&gt;mcfund %1&lt;/h3&gt;&lt;p&gt;Administering Ontario's Micro-credentials Challenge Fund: rounds, institutions, projects and micro-credentials.&lt;/p&gt;&lt;p&gt;This workspace holds %2.&lt;/p&gt;&lt;p&gt;Data source: the public Ontario page on micro-credentials (Ontario Micro-credentials Challenge Fund, Round 2 funding recipients) and the announcements of each round. Per-project amounts are not published; primary sectors are assigned by mcfund.&lt;/p&gt;&lt;p&gt;Version %1, released %3. Licensed under the Apache License, version 2.0: free to use, change and share, with no warranty.&lt;/p&gt;</source>
        <translation />
    </message>
    <message>
        <source>Close the dialog to open %1.</source>
        <translation />
    </message>
    <message>
        <source>Updating “%1” for this version of mcfund; a copy of it as it was is kept beside it…</source>
        <translation />
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::WorkspaceStats</name>
    <message>
        <source>Cannot read the statistics of the workspace: %1</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::WriteFailure</name>
    <message>
        <source>full disk</source>
        <translation />
    </message>
    <message>
        <source>read-only</source>
        <translation />
    </message>
    <message>
        <source>locked by another program</source>
        <translation />
    </message>
    <message>
        <source>input/output error</source>
        <translation />
    </message>
    <message>
        <source>The workspace %1 is on a full disk: %2 was not saved.</source>
        <translation />
    </message>
    <message>
        <source>The workspace %1 is read-only (the file or the disk it is on cannot be written): %2 was not saved.</source>
        <translation />
    </message>
    <message>
        <source>The workspace %1 is locked by another program: %2 was not saved.</source>
        <translation />
    </message>
    <message>
        <source>The disk of the workspace %1 reported an input/output error: %2 was not saved.</source>
        <translation />
    </message>
    <message>
        <source>Free some space on the disk and retry, or save a copy elsewhere.</source>
        <translation />
    </message>
    <message>
        <source>Save a copy to a folder you can write to, or make the file writable and retry.</source>
        <translation />
    </message>
    <message>
        <source>Close the other program that has the workspace open and retry, or save a copy elsewhere.</source>
        <translation />
    </message>
    <message>
        <source>Check the disk or network drive and retry, or save a copy elsewhere.</source>
        <translation />
    </message>
    <message>
        <source>connection lost</source>
        <translation />
    </message>
    <message>
        <source>The connection to the shared workspace %1 was lost: %2 was not saved yet.</source>
        <translation />
    </message>
    <message>
        <source>mcfund reconnects and sends it every few seconds; check the network, or retry now.</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::XlsxReader</name>
    <message>
        <source>The file is not a complete XLSX workbook (xl/workbook.xml is missing or unreadable).</source>
        <translation />
    </message>
    <message>
        <source>The workbook's XML is damaged: %1</source>
        <translation />
    </message>
    <message>
        <source>“%1” is not an XLSX workbook, or it is damaged or truncated (the zip cannot be read).</source>
        <translation />
    </message>
    <message>
        <source>The workbook has no sheet.</source>
        <translation />
    </message>
    <message>
        <source>The workbook has no sheet called “%1”; its sheets are: %2.</source>
        <translation />
    </message>
    <message>
        <source>The sheet “%1” cannot be read: the workbook is damaged or truncated.</source>
        <translation />
    </message>
    <message>
        <source>The sheet “%1” is empty.</source>
        <translation />
    </message>
    <message>
        <source>The sheet “%1” is damaged or truncated: %2 (line %3 of its XML).</source>
        <translation />
    </message>
    <message>
        <source>The part “%1” of the workbook holds more than %2 MB of text in one piece, far beyond the %3 characters a cell may hold: the file is refused.</source>
        <translation />
    </message>
    <message>
        <source>The part “%1” of the workbook unpacks to more than %2 MB, the most mcfund reads: the file is refused.</source>
        <translation />
    </message>
    <message>
        <source>The part “%1” of the workbook unpacks to more than %2 times its packed size, which no spreadsheet program writes (a “zip bomb”): the file is refused.</source>
        <translation />
    </message>
    <message>
        <source>The part “%1” of the workbook declares a document type or entities, which no spreadsheet program writes (entities can expand to exhaust memory): the file is refused.</source>
        <translation />
    </message>
    <message>
        <source>The part “%1” of the workbook is damaged: %2 (line %3).</source>
        <translation />
    </message>
    <message>
        <source>Shared string %1 of the workbook holds more than %2 characters, the limit for one cell: the file is refused.</source>
        <translation />
    </message>
    <message>
        <source>The workbook's shared strings hold more than %1 million characters, more than mcfund keeps in memory: the file is refused. Save the sheet as CSV and import that.</source>
        <translation />
    </message>
    <message>
        <source>The sheet “%1” has more than %2 rows, the most a spreadsheet holds: the file is refused.</source>
        <translation />
    </message>
    <message>
        <source>Cell %1 of the sheet “%2” holds more than %3 characters, the limit for one cell: the file is refused.</source>
        <translation />
    </message>
    <message>
        <source>Cell %1 of the sheet “%2” lies beyond the last column a spreadsheet has (%3): the file is refused.</source>
        <translation />
    </message>
    <message>
        <source>Row %1 of the sheet “%2” comes after row %3: the rows of a sheet are stored in order, so the file is damaged and is refused.</source>
        <translation />
    </message>
</context>
<context>
    <name>mcfund::XlsxWriter</name>
    <message>
        <source>Cannot write “%1”.</source>
        <translation />
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation />
    </message>
</context>
</TS>