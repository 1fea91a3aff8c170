<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>fw::ApiError</name>
    <message numerus="yes">
        <source>Too many requests: Fivetran asks to wait %n second(s).</source>
        <translation>
            <numerusform>Too many requests: Fivetran asks to wait %n second.</numerusform>
            <numerusform>Too many requests: Fivetran asks to wait %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::CliApplication</name>
    <message numerus="yes">
        <source>%1 Retrying in %n second(s)...</source>
        <translation>
            <numerusform>%1 Retrying in %n second...</numerusform>
            <numerusform>%1 Retrying in %n seconds...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::CommandLine</name>
    <message numerus="yes">
        <source>&apos;%1&apos; takes no arguments (got %n).</source>
        <translation>
            <numerusform>&apos;%1&apos; takes no arguments (got %n).</numerusform>
            <numerusform>&apos;%1&apos; takes no arguments (got %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; takes one %2 argument (got %n).</source>
        <translation>
            <numerusform>&apos;%1&apos; takes one %2 argument (got %n).</numerusform>
            <numerusform>&apos;%1&apos; takes one %2 argument (got %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>--cursor is too long: a cursor has at most %n character(s).</source>
        <translation>
            <numerusform>--cursor is too long: a cursor has at most %n character.</numerusform>
            <numerusform>--cursor is too long: a cursor has at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::DetailsPane</name>
    <message numerus="yes">
        <source>%n webhooks selected.</source>
        <translation>
            <numerusform>%n webhook selected.</numerusform>
            <numerusform>%n webhooks selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::ExportCommand</name>
    <message numerus="yes">
        <source>%n webhook(s) fetched...</source>
        <translation>
            <numerusform>%n webhook fetched...</numerusform>
            <numerusform>%n webhooks fetched...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n webhook(s) to %1.</source>
        <translation>
            <numerusform>Exported %n webhook to %1.</numerusform>
            <numerusform>Exported %n webhooks to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::ExportController</name>
    <message numerus="yes">
        <source>Fetching the webhooks: %n received…</source>
        <translation>
            <numerusform>Fetching the webhooks: %n received…</numerusform>
            <numerusform>Fetching the webhooks: %n received…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n webhook(s) to %1.</source>
        <translation>
            <numerusform>Exported %n webhook to %1.</numerusform>
            <numerusform>Exported %n webhooks to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::FivetranClient</name>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>No answer within %n second.</numerusform>
            <numerusform>No answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answer was not a JSON object (%n byte(s)).</source>
        <translation>
            <numerusform>The answer was not a JSON object (%n byte).</numerusform>
            <numerusform>The answer was not a JSON object (%n bytes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer within the time limit of %n second(s), retries included.</source>
        <translation>
            <numerusform>No answer within the time limit of %n second, retries included.</numerusform>
            <numerusform>No answer within the time limit of %n seconds, retries included.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paging stopped after %n page(s): the server kept handing out new cursors.</source>
        <translation>
            <numerusform>Paging stopped after %n page: the server kept handing out new cursors.</numerusform>
            <numerusform>Paging stopped after %n pages: the server kept handing out new cursors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paging stopped after %n item(s): the server kept handing out new cursors.</source>
        <translation>
            <numerusform>Paging stopped after %n item: the server kept handing out new cursors.</numerusform>
            <numerusform>Paging stopped after %n items: the server kept handing out new cursors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not retried: the time limit of %n second(s) would run out first.</source>
        <translation>
            <numerusform>Not retried: the time limit of %n second would run out first.</numerusform>
            <numerusform>Not retried: the time limit of %n seconds would run out first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::MainWindow</name>
    <message numerus="yes">
        <source>Loading all: %n webhook(s)</source>
        <translation>
            <numerusform>Loading all: %n webhook</numerusform>
            <numerusform>Loading all: %n webhooks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry (%n s)</source>
        <translation>
            <numerusform>&amp;Retry (%n s)</numerusform>
            <numerusform>&amp;Retry (%n s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Retrying in %n s…</source>
        <translation>
            <numerusform>%1 Retrying in %n s…</numerusform>
            <numerusform>%1 Retrying in %n s…</numerusform>
        </translation>
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
            <numerusform>%n webhook loaded, more exist</numerusform>
            <numerusform>%n webhooks loaded, more exist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Working… (%n request(s))</source>
        <translation>
            <numerusform>Working… (%n request)</numerusform>
            <numerusform>Working… (%n requests)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n webhooks?</source>
        <translation>
            <numerusform>Delete this webhook?</numerusform>
            <numerusform>Delete these %n webhooks?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n webhook(s).</source>
        <translation>
            <numerusform>Deleted %n webhook.</numerusform>
            <numerusform>Deleted %n webhooks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enabled %n webhook(s).</source>
        <translation>
            <numerusform>Enabled %n webhook.</numerusform>
            <numerusform>Enabled %n webhooks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabled %n webhook(s).</source>
        <translation>
            <numerusform>Disabled %n webhook.</numerusform>
            <numerusform>Disabled %n webhooks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n failed:</source>
        <translation>
            <numerusform>%1 of %n failed:</numerusform>
            <numerusform>%1 of %n failed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent tests to %n webhook(s); every delivery succeeded.</source>
        <translation>
            <numerusform>Sent tests to %n webhook; every delivery succeeded.</numerusform>
            <numerusform>Sent tests to %n webhooks; every delivery succeeded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n test(s) delivered</source>
        <translation>
            <numerusform>%1 of %n test delivered</numerusform>
            <numerusform>%1 of %n tests delivered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) loaded; loading stopped on an error</source>
        <translation>
            <numerusform>%n webhook loaded; loading stopped on an error</numerusform>
            <numerusform>%n webhooks loaded; loading stopped on an error</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %1 to %n webhook(s)…</source>
        <translation>
            <numerusform>Sending %1 to %n webhook…</numerusform>
            <numerusform>Sending %1 to %n webhooks…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 delivered to %n webhook(s).</source>
        <translation>
            <numerusform>%1 delivered to %n webhook.</numerusform>
            <numerusform>%1 delivered to %n webhooks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n delivery(s) failed:</source>
        <translation>
            <numerusform>%1: %2 of %n delivery failed:</numerusform>
            <numerusform>%1: %2 of %n deliveries failed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Like Fivetran, the Sandbox retries each failed delivery %n time(s), waiting %1 s longer each time (Fivetran: five minutes longer).</source>
        <translation>
            <numerusform>Like Fivetran, the Sandbox retries each failed delivery %n time, waiting %1 s longer each time (Fivetran: five minutes longer).</numerusform>
            <numerusform>Like Fivetran, the Sandbox retries each failed delivery %n times, waiting %1 s longer each time (Fivetran: five minutes longer).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::PreferencesDialog</name>
    <message numerus="yes">
        <source> webhook(s) per request</source>
        <translation>
            <numerusform> webhook per request</numerusform>
            <numerusform> webhooks per request</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::ReceiverDock</name>
    <message numerus="yes">
        <source>Exported %n delivery(s) to %1.</source>
        <translation>
            <numerusform>Exported %n delivery to %1.</numerusform>
            <numerusform>Exported %n deliveries to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::SendTestDialog</name>
    <message numerus="yes">
        <source>Every subscribed event (%n)</source>
        <translation>
            <numerusform>Every subscribed event (%n)</numerusform>
            <numerusform>Every subscribed event (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %1: test %2 of %n…</source>
        <translation>
            <numerusform>Sending %1: test %2 of %n…</numerusform>
            <numerusform>Sending %1: test %2 of %n…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n delivered</source>
        <translation>
            <numerusform>%1 of %n delivered</numerusform>
            <numerusform>%1 of %n delivered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a result</source>
        <translation>
            <numerusform>%n without a result</numerusform>
            <numerusform>%n without a result</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::SignatureCheck</name>
    <message numerus="yes">
        <source>The signature matches none of the %n known secret(s): the webhook&apos;s secret differs from the one remembered, or the body was changed on the way (re-serialised or re-encoded).</source>
        <translation>
            <numerusform>The signature does not match the known secret: the webhook&apos;s secret differs from the one remembered, or the body was changed on the way (re-serialised or re-encoded).</numerusform>
            <numerusform>The signature matches none of the %n known secrets: the webhook&apos;s secret differs from the one remembered, or the body was changed on the way (re-serialised or re-encoded).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::VerifyCommand</name>
    <message numerus="yes">
        <source>A signature is 64 hex digits; this one has %n character(s). Was it cut off when copied?</source>
        <translation>
            <numerusform>A signature is 64 hex digits; this one has %n character. Was it cut off when copied?</numerusform>
            <numerusform>A signature is 64 hex digits; this one has %n characters. Was it cut off when copied?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::WebhookDialog</name>
    <message numerus="yes">
        <source>Loading groups… %n loaded so far.</source>
        <translation>
            <numerusform>Loading groups… %n loaded so far.</numerusform>
            <numerusform>Loading groups… %n loaded so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n group(s) match.</source>
        <translation>
            <numerusform>%1 of %n group match.</numerusform>
            <numerusform>%1 of %n groups match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s).</source>
        <translation>
            <numerusform>%n group.</numerusform>
            <numerusform>%n groups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) chosen.</source>
        <translation>
            <numerusform>%n event chosen.</numerusform>
            <numerusform>%n events chosen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::WebhookTableModel</name>
    <message numerus="yes">
        <source>Loading stopped after %n page(s): the server kept offering more pages than any account holds.</source>
        <translation>
            <numerusform>Loading stopped after %n page: the server kept offering more pages than any account holds.</numerusform>
            <numerusform>Loading stopped after %n pages: the server kept offering more pages than any account holds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped after %n webhook(s): the server kept offering more webhooks than any account holds.</source>
        <translation>
            <numerusform>Loading stopped after %n webhook: the server kept offering more webhooks than any account holds.</numerusform>
            <numerusform>Loading stopped after %n webhooks: the server kept offering more webhooks than any account holds.</numerusform>
        </translation>
    </message>
</context>
</TS>
