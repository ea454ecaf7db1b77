<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>mcfund::Cli</name>
    <message>
        <source>Counts and amounts by round, sector and institution type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a synthetic workspace for demos, tests and benchmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang needs a value: en or fr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be en or fr, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mcfund %1 — administer Ontario&apos;s Micro-credentials Challenge Fund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the window on a workspace (the default one if none is given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run a command with no display; mcfund COMMAND --help lists its options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options everywhere:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace (an SQLite file); a new one is created from the official data if FILE does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language of the output (default: the system&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file; created from the official data when it does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the output: en or fr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mcfund %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mcfund: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mcfund: unknown command “%1”. Run mcfund --help for the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcfund::Codes</name>
    <message>
        <source>College</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indigenous Institute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career college</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private institution with ministerial consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northern Ontario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eastern Ontario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central Ontario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toronto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Southwestern Ontario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilingual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open for proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single micro-credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack or suite of micro-credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned by mcfund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work-integrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indigenous community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work placement host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>institution type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sector assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcfund::Database</name>
    <message>
        <source>Cannot configure the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an mcfund workspace: it is not an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an SQLite database but not an mcfund workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged and was not opened (integrity check: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of mcfund (schema %2; this version reads up to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a complete mcfund workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a workspace at “%1”: the folder “%2” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create “%1”: the file could not be put in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the workspace to “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcfund::DetailForm</name>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcfund::EditCommand</name>
    <message>
        <source>Cannot undo %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot redo %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcfund::EditEngine</name>
    <message>
        <source>The workspace is busy or read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was changed elsewhere (now “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcfund::FieldEditor</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id of the %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcfund::FilterBar</name>
    <message>
        <source>Search titles and descriptions, in English and French (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OSAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OSAP approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not OSAP approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French text missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English text missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either language missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcfund::GenerateCommand</name>
    <message>
        <source>--%1 must be a whole number, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 cannot be negative (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a synthetic workspace: the same options and seed give the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of projects (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of micro-credentials (default 5000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mcfund generate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mcfund generate: say where to write the workspace with -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 projects and %3 micro-credentials (synthetic data, seed %4) in %5 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcfund::Generator</name>
    <message>
        <source>The numbers of projects and micro-credentials cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 10,000,000 projects and 50,000,000 micro-credentials can be generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Micro-credentials need at least one project to belong to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists; choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generated data broke a reference (internal error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcfund::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About mcfund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.

Use File ▸ New Workspace… to start from the official data of the fund, or File ▸ Open Workspace… to open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace checked: no damage found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mcfund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synthetic data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>official data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — mcfund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mcfund workspaces (*.mcfund *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mcfund workspaces (*.mcfund *.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the official data of the fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synthetic data generated for demonstrations and tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About mcfund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;mcfund %1&lt;/h3&gt;&lt;p&gt;Administering Ontario&apos;s Micro-credentials Challenge Fund: rounds, institutions, projects and micro-credentials.&lt;/p&gt;&lt;p&gt;This workspace holds %2.&lt;/p&gt;&lt;p&gt;Data source: the public Ontario page on micro-credentials (Ontario Micro-credentials Challenge Fund, Round 2 funding recipients) and the announcements of each round. Per-project amounts are not published; primary sectors are assigned by mcfund.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: en or fr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page to show first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mcfund: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mcfund: --lang must be en or fr, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcfund::Migrations</name>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcfund::Money</name>
    <message>
        <source>Enter an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has a separator after the decimal mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has more than one decimal mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount: unexpected “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has more than two decimals: amounts are in dollars and cents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcfund::NewWorkspaceDialog</name>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the &amp;official data of the fund (2 rounds, 36 institutions, 88 projects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Empty (sectors, rounds and institutions to be entered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Synthetic data for demonstrations and tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of micro-credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Projects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Micro-credentials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mcfund-workspace.mcfund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mcfund workspaces (*.mcfund *.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file for the new workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the synthetic workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcfund::OfficialDataset</name>
    <message>
        <source>The official dataset is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The official dataset could not be loaded (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round %1 rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown institution “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcfund::RecordStore</name>
    <message>
        <source>%1: there is no %2 with id “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 has no field “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 with the same key already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 “%2” no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the %1 “%2”: %3 refer to it. Delete or move those first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcfund::Schema</name>
    <message>
        <source>sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (French)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target micro-credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome (French)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (French)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector assigned by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned micro-credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary (French)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>micro-credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>micro-credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OSAP approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIP 2021 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOC 2021 codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning outcomes (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning outcomes (French)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcfund::StatsCommand</name>
    <message>
        <source>synthetic data, generated for demos and tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>official data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rounds, %2 institutions, %3 projects, %4 micro-credentials, %5 partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 projects at %2 institutions, %3 micro-credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested: %1; approved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 projects, %2 micro-credentials, approved %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By institution type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 institutions, %2 projects, approved %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts and amounts of a workspace by round, sector and institution type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write JSON (amounts in cents) instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mcfund stats: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcfund::TableColumns</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OSAP-eligible length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcfund::TableModel</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French text missing — showing the English text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English text missing — showing the French text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculated; read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (calculated; read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cannot be sorted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcfund::TablePage</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show micro-credentials in this sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show projects in this sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New micro-credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addition of a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at most 1,000 rows to duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>duplication of %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the %1 %2? You can undo this with Edit ▸ Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>deletion of %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was pasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the cell where the pasted block should start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: below the last row of the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: more columns than the table has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2: calculated column, cannot be pasted into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was pasted. Fix these cells and paste again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>paste of %n cell(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was pasted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n cell(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcfund::Validation</name>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the limit is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an amount in cents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a date (YYYY-MM-DD), not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between 1990 and 2100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a known %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title is required, in English or French.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is required, in English or French.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approved amount cannot be above the requested amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intake closes before it opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More learners completed than enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIP 2021 code “%1” must look like 51.3902.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOC 2021 codes “%1” must be up to three five-digit codes separated by semicolons.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcfund::ValueParser</name>
    <message>
        <source>%1: “%2” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a date; type it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a known %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no %2 called “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unsupported value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
