<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BackupController</name>
    <message numerus="yes">
        <source>Replace the whole database with this backup?

%1
%n report(s); last recorded change: %3. Its audit trail and saved revisions were checked.

The current database is kept as a safety copy in %4.

Everyone then signs in again, with the accounts the backup holds.</source>
        <translation>
            <numerusform>Replace the whole database with this backup?

%1
%n report; last recorded change: %3. Its audit trail and saved revisions were checked.

The current database is kept as a safety copy in %4.

Everyone then signs in again, with the accounts the backup holds.</numerusform>
            <numerusform>Replace the whole database with this backup?

%1
%n reports; last recorded change: %3. Its audit trail and saved revisions were checked.

The current database is kept as a safety copy in %4.

Everyone then signs in again, with the accounts the backup holds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleExportDialog</name>
    <message numerus="yes">
        <source>Revision %1, %n comment(s).</source>
        <translation>
            <numerusform>Revision %1, %n comment.</numerusform>
            <numerusform>Revision %1, %n comments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message numerus="yes">
        <source>%n new revision(s).</source>
        <translation>
            <numerusform>%n new revision.</numerusform>
            <numerusform>%n new revisions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s).</source>
        <translation>
            <numerusform>%n new comment.</numerusform>
            <numerusform>%n new comments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resolution(s) claimed by the bundle wait for a reviewer here to confirm them.</source>
        <translation>
            <numerusform>%n resolution claimed by the bundle waits for a reviewer here to confirm it.</numerusform>
            <numerusform>%n resolutions claimed by the bundle wait for a reviewer here to confirm them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) resolved or decided.</source>
        <translation>
            <numerusform>%n comment resolved or decided.</numerusform>
            <numerusform>%n comments resolved or decided.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) were made on an older revision:</source>
        <translation>
            <numerusform>%n comment was made on an older revision:</numerusform>
            <numerusform>%n comments were made on an older revision:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CharacteristicPage</name>
    <message numerus="yes">
        <source>%1 of %n activity(s)</source>
        <translation>
            <numerusform>%1 of %n activity</numerusform>
            <numerusform>%1 of %n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(s)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n measure</numerusform>
            <numerusform>%n measures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message numerus="yes">
        <source>At least %n characters; a short sentence is easy to remember.</source>
        <translation>
            <numerusform>At least %n character; a short sentence is easy to remember.</numerusform>
            <numerusform>At least %n characters; a short sentence is easy to remember.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message numerus="yes">
        <source>Nothing was imported from %1: it has %n problem(s). Fix them in the workbook and import it again.</source>
        <translation>
            <numerusform>Nothing was imported from %1: it has %n problem. Fix it in the workbook and import it again.</numerusform>
            <numerusform>Nothing was imported from %1: it has %n problems. Fix them in the workbook and import it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <source>(in %n day(s))</source>
        <translation>
            <numerusform>(in %n day)</numerusform>
            <numerusform>(in %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n day(s) late)</source>
        <translation>
            <numerusform>(%n day late)</numerusform>
            <numerusform>(%n days late)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
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
    <message numerus="yes">
        <source>(%n open comment(s))</source>
        <translation>
            <numerusform>(%n open comment)</numerusform>
            <numerusform>(%n open comments)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (in %n day)</numerusform>
            <numerusform>%1 (in %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) late)</source>
        <translation>
            <numerusform>%1 (%n day late)</numerusform>
            <numerusform>%1 (%n days late)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This report still has %n error(s). Submit it for review anyway?</source>
        <translation>
            <numerusform>This report still has %n error. Submit it for review anyway?</numerusform>
            <numerusform>This report still has %n errors. Submit it for review anyway?</numerusform>
        </translation>
    </message>
</context>
</TS>
