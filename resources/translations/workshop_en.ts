<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="da">
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../../ui/models/agenda_text.py" line="13"/>
        <source>Resumé</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_text.py" line="14"/>
        <source>Baggrund</source>
        <translation>Background</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_text.py" line="15"/>
        <source>Sagsfremstilling</source>
        <translation>Presentation of the case</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_text.py" line="16"/>
        <source>Økonomiske konsekvenser og finansiering</source>
        <translation>Financial consequences and funding</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_text.py" line="17"/>
        <source>Tidligere beslutninger</source>
        <translation>Previous decisions</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="71"/>
        <source>Vælg et møde i navigatoren, eller opret et med Ctrl+N.</source>
        <translation>Pick a meeting in the navigator, or create one with Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="97"/>
        <location filename="../../ui/panels/agenda.py" line="101"/>
        <source>Mødested</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="99"/>
        <source>Mødets titel</source>
        <translation>Meeting title</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="106"/>
        <source>Mødets formål (står i referatets resumé)</source>
        <translation>The meeting&apos;s purpose (shown in the minutes&apos; summary)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="110"/>
        <source>Mødets formål</source>
        <translation>Meeting purpose</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="112"/>
        <source>Mødets sags ID</source>
        <translation>Meeting case ID</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="116"/>
        <source>Møde</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="118"/>
        <source>Starter</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="120"/>
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="122"/>
        <source>Formål</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="133"/>
        <source>lukket</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="143"/>
        <location filename="../../ui/panels/agenda.py" line="153"/>
        <source>Tilføj punkt</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="147"/>
        <source>Tilføj punkt…</source>
        <translation>Add item…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="148"/>
        <source>Slet punkt…</source>
        <translation>Delete item…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="149"/>
        <source>Flyt punkt op</source>
        <translation>Move item up</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="150"/>
        <source>Flyt punkt ned</source>
        <translation>Move item down</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="161"/>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="173"/>
        <source>&lt;b&gt;Punkter og tidsplan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Items and schedule&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="223"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="223"/>
        <source>Punktets titel</source>
        <translation>Item title</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="229"/>
        <source>Lukket punkt</source>
        <translation>Closed item</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="236"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="237"/>
        <source>ingen tidsramme</source>
        <translation>no time box</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="239"/>
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="245"/>
        <location filename="../../ui/panels/agenda.py" line="386"/>
        <source>Tidsramme</source>
        <translation>Time box</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="124"/>
        <location filename="../../ui/panels/agenda.py" line="246"/>
        <source>Sags ID</source>
        <translation>Case ID</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="251"/>
        <source>Spørgsmål til spørgerunden</source>
        <translation>Question for the round</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="251"/>
        <source>Spørgsmål</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="252"/>
        <source>Drøftelsesspørgsmål (ét pr. linje)</source>
        <translation>Discussion questions (one per line)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="253"/>
        <source>Drøftelsesspørgsmål</source>
        <translation>Discussion questions</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="254"/>
        <source>Perspektiver (ét pr. linje)</source>
        <translation>Perspectives (one per line)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="255"/>
        <source>Perspektiver</source>
        <translation>Perspectives</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="259"/>
        <source>Indstilling fra</source>
        <translation>Recommended by</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="260"/>
        <source>Indstilling</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="261"/>
        <source>Indstillingspunkter (ét pr. linje, nummereres i referatet)</source>
        <translation>Recommendations (one per line, numbered in the minutes)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="262"/>
        <source>Indstillingspunkter</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="263"/>
        <source>Beslutningen træffes af</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="265"/>
        <source>Bilag</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="267"/>
        <source>Tilføj et punkt med Ctrl+T, eller vælg et punkt i listen.</source>
        <translation>Add an item with Ctrl+T, or pick one in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_text.py" line="40"/>
        <source>Start {start} · slut ca. {end} · {n} punkter · i alt {h} t {m} min</source>
        <translation>Start {start} · ends about {end} · {n} items · {h} h {m} min in all</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="379"/>
        <source>Skift punktets type</source>
        <translation>Change item kind</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="382"/>
        <source>Lukket/åbent punkt</source>
        <translation>Closed/open item</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="396"/>
        <source>Mødets starttid</source>
        <translation>Meeting start time</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="412"/>
        <source>Tilføj {what}</source>
        <translation>Add {what}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="425"/>
        <source>Flyt punkt</source>
        <translation>Move item</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="449"/>
        <source>Slet {what}</source>
        <translation>Delete {what}</translation>
    </message>
</context>
<context>
    <name>AgendaTemplates</name>
    <message>
        <location filename="../../ui/panels/agenda_templates.py" line="25"/>
        <location filename="../../ui/panels/agenda_templates.py" line="64"/>
        <source>Velkomst</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_templates.py" line="28"/>
        <location filename="../../ui/panels/agenda_templates.py" line="65"/>
        <source>Spørgerunde</source>
        <translation>Question round</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_templates.py" line="32"/>
        <location filename="../../ui/panels/agenda_templates.py" line="66"/>
        <source>Gruppearbejde</source>
        <translation>Group work</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_templates.py" line="37"/>
        <location filename="../../ui/panels/agenda_templates.py" line="67"/>
        <source>Nedsættelse af arbejdsgrupper</source>
        <translation>Setting up working groups</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_templates.py" line="43"/>
        <location filename="../../ui/panels/agenda_templates.py" line="68"/>
        <source>Afrunding</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_templates.py" line="46"/>
        <location filename="../../ui/panels/agenda_templates.py" line="63"/>
        <source>Sag</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_templates.py" line="51"/>
        <location filename="../../ui/panels/agenda_templates.py" line="69"/>
        <source>Meddelelser</source>
        <translation>Announcements</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_templates.py" line="54"/>
        <location filename="../../ui/panels/agenda_templates.py" line="70"/>
        <source>Godkendelse af referat</source>
        <translation>Approval of minutes</translation>
    </message>
</context>
<context>
    <name>AttachmentsEditor</name>
    <message>
        <location filename="../../ui/panels/agenda_attachments.py" line="35"/>
        <source>Bilag</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_attachments.py" line="35"/>
        <source>ANBEFALET</source>
        <translation>RECOMMENDED</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_attachments.py" line="43"/>
        <source>Tilføj bilag</source>
        <translation>Add attachment</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_attachments.py" line="45"/>
        <source>Fjern bilag</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_attachments.py" line="103"/>
        <source>Ret bilag</source>
        <translation>Edit attachments</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_attachments.py" line="110"/>
        <source>Nyt bilag</source>
        <translation>New attachment</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../../ui/panels/attendance.py" line="75"/>
        <source>Vælg et møde i navigatoren for at registrere fremmøde.</source>
        <translation>Pick a meeting in the navigator to record attendance.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="83"/>
        <source>Marker resten som til stede</source>
        <translation>Mark the rest present</translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="95"/>
        <source>Medlem</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="95"/>
        <source>Til stede</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="95"/>
        <source>Fraværende</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="95"/>
        <source>Afbud</source>
        <translation>Sent apologies</translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="95"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="97"/>
        <source>formand</source>
        <translation>chair</translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="97"/>
        <source>næstformand</source>
        <translation>vice chair</translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="124"/>
        <source>fraværende</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="124"/>
        <source>inhabil</source>
        <translation>conflict of interest</translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="136"/>
        <source>Fravær og inhabilitet under enkelte punkter (klik eller mellemrum skifter)</source>
        <translation>Absence and conflicts of interest during single items (click or space toggles)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="141"/>
        <source>Fremmøde (tasterne P, F og A på den valgte række)</source>
        <translation>Attendance (keys P, F and A on the selected row)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="201"/>
        <source>{present} til stede · {absent} fraværende · {excused} afbud</source>
        <translation>{present} present · {absent} absent · {excused} apologies</translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="204"/>
        <source> · {n} ikke registreret</source>
        <translation> · {n} not recorded</translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="233"/>
        <source>Fremmøde for {name}</source>
        <translation>Attendance of {name}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="237"/>
        <source>Note for {name}</source>
        <translation>Note for {name}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="272"/>
        <source>Resten til stede</source>
        <translation>Rest present</translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="285"/>
        <source>Fravær under punkt</source>
        <translation>Absence during item</translation>
    </message>
</context>
<context>
    <name>CommitteePanel</name>
    <message>
        <location filename="../../ui/panels/committee.py" line="35"/>
        <source>formand</source>
        <translation>chair</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="36"/>
        <source>næstformand</source>
        <translation>vice chair</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="37"/>
        <source>medlem</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="40"/>
        <source>åben</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="41"/>
        <source>godkendt</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="154"/>
        <source>Vælg eller opret et udvalg i navigatoren (Ctrl+Shift+N).</source>
        <translation>Pick or create a committee in the navigator (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="81"/>
        <source>fx 2017-2018</source>
        <translation>e.g. 2017-2018</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="83"/>
        <source>Udvalgets navn</source>
        <translation>Committee name</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="85"/>
        <source>Udvalgets type</source>
        <translation>Committee kind</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="87"/>
        <source>Udvalgets periode</source>
        <translation>Committee period</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="91"/>
        <location filename="../../ui/panels/committee.py" line="100"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="94"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="96"/>
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="101"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="102"/>
        <source>Gruppe</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="103"/>
        <source>Parti</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="116"/>
        <source>Opgave</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="117"/>
        <source>Frist</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="118"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="119"/>
        <source>Beskrivelse</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="131"/>
        <location filename="../../ui/panels/committee.py" line="256"/>
        <source>Tilføj medlem</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="132"/>
        <source>Fjern medlem…</source>
        <translation>Remove member…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="134"/>
        <location filename="../../ui/panels/committee.py" line="266"/>
        <source>Tilføj opgave</source>
        <translation>Add task</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="135"/>
        <source>Fjern opgave…</source>
        <translation>Remove task…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="138"/>
        <source>Medlemmer</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="144"/>
        <source>Opgaver</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="222"/>
        <source>{n} medlemmer</source>
        <translation>{n} members</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="232"/>
        <source>Ret medlem</source>
        <translation>Edit member</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="239"/>
        <source>Ret opgave</source>
        <translation>Edit task</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="254"/>
        <source>Nyt medlem</source>
        <translation>New member</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="267"/>
        <source>Ny opgave</source>
        <translation>New task</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="300"/>
        <source>Fjern {name}</source>
        <translation>Remove {name}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="69"/>
        <source>Uventet fejl</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="70"/>
        <source>Der opstod en uventet fejl. Det, der allerede er gemt, er ikke tabt.</source>
        <translation>An unexpected error occurred. What was already saved is not lost.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="71"/>
        <source>Fejlrapporten er gemt i:
{path}

Loggen står i:
{log}</source>
        <translation>The error report is saved in:
{path}

The log is in:
{log}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="81"/>
        <source>Kan ikke gemme</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="83"/>
        <source>Det, du har skrevet, står stadig i feltet og gemmes, så snart databasen kan skrives igen.</source>
        <translation>What you typed is still in the field and is saved as soon as the database can be written again.</translation>
    </message>
</context>
<context>
    <name>GroupFormingPage</name>
    <message>
        <location filename="../../ui/panels/run_groups.py" line="76"/>
        <source>Fordel automatisk</source>
        <translation>Distribute automatically</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_groups.py" line="83"/>
        <source>Antal grupper:</source>
        <translation>Number of groups:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_groups.py" line="89"/>
        <source>Træk et medlem til en anden gruppe, eller markér det og tryk Alt+gruppens nummer (Alt+0: uden gruppe).</source>
        <translation>Drag a member to another group, or select them and press Alt+the group number (Alt+0: no group).</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_groups.py" line="121"/>
        <source>Uden gruppe</source>
        <translation>No group</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_groups.py" line="131"/>
        <source>(ikke til stede)</source>
        <translation>(not present)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_groups.py" line="169"/>
        <source>Ingen er registreret som til stede.</source>
        <translation>Nobody is recorded as present.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_groups.py" line="178"/>
        <source>%1 grupper (%2 personer).</source>
        <translation>%1 groups (%2 people).</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_groups.py" line="180"/>
        <source> Færre end ønsket, så ingen sidder alene.</source>
        <translation> Fewer than asked for, so nobody sits alone.</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <location filename="../../ui/meeting_file_jobs.py" line="44"/>
        <source>Importerer {name}…</source>
        <translation>Importing {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_file_jobs.py" line="46"/>
        <source>Importér mødefil</source>
        <translation>Import meeting file</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_file_jobs.py" line="50"/>
        <source>Import af {name}</source>
        <translation>Import of {name}</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_file_jobs.py" line="77"/>
        <source>Importér {name}</source>
        <translation>Import {name}</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_file_jobs.py" line="87"/>
        <source>Eksport af mødefil</source>
        <translation>Export of meeting file</translation>
    </message>
</context>
<context>
    <name>InputsPage</name>
    <message>
        <location filename="../../ui/panels/run_inputs.py" line="110"/>
        <source>Nyt pejlemærke af de markerede input (Enter)</source>
        <translation>New guiding principle from the selected inputs (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_inputs.py" line="113"/>
        <source>Markerede input → pejlemærke</source>
        <translation>Selected inputs → guiding principle</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_inputs.py" line="116"/>
        <source>Slå markerede sammen</source>
        <translation>Merge selected</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_inputs.py" line="126"/>
        <source>&lt;b&gt;Pejlemærker&lt;/b&gt; – træk input hertil</source>
        <translation>&lt;b&gt;Guiding principles&lt;/b&gt; – drag inputs here</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_inputs.py" line="210"/>
        <source>Input (Enter)</source>
        <translation>Input (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_inputs.py" line="222"/>
        <source>Dan grupperne først (fanen Grupper).</source>
        <translation>Form the groups first (the Groups tab).</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_inputs.py" line="184"/>
        <source>Under pejlemærket: %1</source>
        <translation>Under the guiding principle: %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_inputs.py" line="190"/>
        <source>%1 input, heraf %2 uden pejlemærke</source>
        <translation>%1 inputs, %2 of them without a guiding principle</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_inputs.py" line="298"/>
        <source>Skriv pejlemærkets titel, eller markér input først.</source>
        <translation>Type the guiding principle&apos;s title, or select inputs first.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_inputs.py" line="304"/>
        <source>&quot;%1&quot; oprettet med %2 input.</source>
        <translation>&quot;%1&quot; created with %2 inputs.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_inputs.py" line="315"/>
        <source>Markér input i kolonnerne og ét pejlemærke.</source>
        <translation>Select inputs in the columns and one guiding principle.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_inputs.py" line="323"/>
        <source>Markér mindst to pejlemærker, der skal slås sammen.</source>
        <translation>Select at least two guiding principles to merge.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_inputs.py" line="327"/>
        <source>Slået sammen i &quot;%1&quot;.</source>
        <translation>Merged into &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/app.py" line="181"/>
        <source>Databasen kan ikke åbnes</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="182"/>
        <source>{message}

Workshop lukker; filen er ikke ændret.</source>
        <translation>{message}

Workshop closes; the file has not been changed.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="63"/>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>Åbner databasen…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Importér mødefil…</source>
        <translation>Import meeting file…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Eksportér mødefil…</source>
        <translation>Export meeting file…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Afslut</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <location filename="../../ui/main_window.py" line="340"/>
        <source>Fortryd</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <location filename="../../ui/main_window.py" line="344"/>
        <source>Annullér fortryd</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>Gå til navigatoren</source>
        <translation>Go to the navigator</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>Tastaturgenveje</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <location filename="../../ui/main_window.py" line="426"/>
        <source>Om Workshop</source>
        <translation>About Workshop</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>&amp;Filer</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>&amp;Rediger</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>&amp;Møde</source>
        <translation>&amp;Meeting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <source>&amp;Hjælp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <location filename="../../ui/main_window.py" line="432"/>
        <source>Sprog</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>Indlæser… Dagsordenen kan læses nu; redigering om et øjeblik.</source>
        <translation>Loading… The agenda can be read now; editing in a moment.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <source>Fortryd {what}</source>
        <translation>Undo {what}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="344"/>
        <source>Annullér fortryd {what}</source>
        <translation>Redo {what}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="368"/>
        <source>Importér mødefil</source>
        <translation>Import meeting file</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="369"/>
        <source>Mødefiler (*.json);;Alle filer (*)</source>
        <translation>Meeting files (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="384"/>
        <source>Mødefilen blev afvist</source>
        <translation>The meeting file was rejected</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="385"/>
        <source>Mødefilen blev ikke importeret; intet er ændret.

{error}</source>
        <translation>The meeting file was not imported; nothing has changed.

{error}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="395"/>
        <source>Mødefilen er importeret.</source>
        <translation>The meeting file has been imported.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="408"/>
        <source>Eksportér mødefil</source>
        <translation>Export meeting file</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="409"/>
        <source>Mødefiler (*.json)</source>
        <translation>Meeting files (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="414"/>
        <source>Eksport mislykkedes</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="416"/>
        <source>Mødet er gemt i {path}</source>
        <translation>The meeting is saved in {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="427"/>
        <source>Workshop afvikler opgaveudvalgenes møder og skriver referatet.</source>
        <translation>Workshop runs task committee meetings and writes the minutes.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="433"/>
        <source>Sproget skiftes, næste gang Workshop startes.</source>
        <translation>The language changes the next time Workshop starts.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="438"/>
        <source>Ikke gemt</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="439"/>
        <source>Noget af det, du har skrevet, kunne ikke gemmes. Luk alligevel?</source>
        <translation>Some of what you typed could not be saved. Close anyway?</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../ui/panels/navigator.py" line="45"/>
        <source>Nyt møde</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="49"/>
        <source>{n}. møde i {name}</source>
        <translation>Meeting {n} of {name}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="56"/>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="57"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="58"/>
        <source>Starter</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="59"/>
        <source>Sted</source>
        <translation>Place</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../ui/models/meeting_labels.py" line="11"/>
        <source>Møder</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../ui/models/meeting_labels.py" line="12"/>
        <source>Medlemmer</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/models/meeting_labels.py" line="13"/>
        <source>Opgaver</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../ui/models/meeting_labels.py" line="14"/>
        <source>Arbejdsgrupper</source>
        <translation>Working groups</translation>
    </message>
    <message>
        <location filename="../../ui/models/navigator_model.py" line="21"/>
        <source>formand</source>
        <translation>chair</translation>
    </message>
    <message>
        <location filename="../../ui/models/navigator_model.py" line="22"/>
        <source>næstformand</source>
        <translation>vice chair</translation>
    </message>
    <message>
        <location filename="../../ui/models/meeting_labels.py" line="29"/>
        <source>afholdt</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../ui/models/meeting_labels.py" line="31"/>
        <source>i gang</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../ui/models/meeting_labels.py" line="32"/>
        <source>planlagt</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../ui/models/meeting_labels.py" line="36"/>
        <source>{n}. møde</source>
        <translation>Meeting {n}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="95"/>
        <source>Nyt udvalg…</source>
        <translation>New committee…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="98"/>
        <source>Nyt møde…</source>
        <translation>New meeting…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="101"/>
        <source>Omdøb…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="104"/>
        <source>Slet…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="206"/>
        <source>Nyt udvalg</source>
        <translation>New committee</translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="206"/>
        <source>Udvalgets navn:</source>
        <translation>Committee name:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="211"/>
        <source>Opret udvalg</source>
        <translation>Create committee</translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="230"/>
        <source>Opret møde</source>
        <translation>Create meeting</translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="257"/>
        <location filename="../../ui/panels/navigator.py" line="259"/>
        <source>Omdøb</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="257"/>
        <source>Nyt navn:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="276"/>
        <source>Slet {name}</source>
        <translation>Delete {name}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="282"/>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="283"/>
        <source>Slet &quot;{name}&quot;?</source>
        <translation>Delete &quot;{name}&quot;?</translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="290"/>
        <source>Slet indhold</source>
        <translation>Delete content</translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="291"/>
        <source>&quot;{name}&quot; har {n} registreringer (fremmøde, svar, input, referat m.m.), som slettes med. Er du helt sikker? (Du kan fortryde med Ctrl+Z.)</source>
        <translation>&quot;{name}&quot; has {n} records (attendance, answers, inputs, minutes etc.) that will be deleted with it. Are you quite sure? (You can undo with Ctrl+Z.)</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../ui/operations.py" line="99"/>
        <source>{label}: filen kunne ikke læses eller skrives{where}: {reason}</source>
        <translation>{label}: the file could not be read or written{where}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="103"/>
        <source>{label} mislykkedes uventet: {error}. Detaljerne står i {log}.</source>
        <translation>{label} failed unexpectedly: {error}. The details are in {log}.</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <location filename="../../ui/panels/__init__.py" line="33"/>
        <source>Udvalg</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location filename="../../ui/panels/__init__.py" line="34"/>
        <source>Dagsorden</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/panels/__init__.py" line="35"/>
        <source>Fremmøde</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../ui/panels/__init__.py" line="36"/>
        <source>Indfangning</source>
        <translation>Capture</translation>
    </message>
    <message>
        <location filename="../../ui/panels/__init__.py" line="37"/>
        <source>Referat</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../ui/panels/__init__.py" line="38"/>
        <source>Afvikling</source>
        <translation>Run meeting</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/pdf_preview.py" line="192"/>
        <source>Forrige side</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="193"/>
        <source>Næste side</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="195"/>
        <source>Formindsk (Ctrl+rullehjul)</source>
        <translation>Zoom out (Ctrl+wheel)</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="196"/>
        <source>Forstør (Ctrl+rullehjul)</source>
        <translation>Zoom in (Ctrl+wheel)</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="198"/>
        <source>Tilpas bredde</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="198"/>
        <source>Siden fylder visningens bredde</source>
        <translation>The page fills the width of the view</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="231"/>
        <source>Forhåndsvisningen kunne ikke vises ({reason}).</source>
        <translation>The preview could not be shown ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="242"/>
        <source>1 side</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="242"/>
        <source>{count} sider</source>
        <translation>{count} pages</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="324"/>
        <source>Side {page} af {count}</source>
        <translation>Page {page} of {count}</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../ui/projector.py" line="99"/>
        <source>Workshop – projektor</source>
        <translation>Workshop – projector</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="143"/>
        <source>Prioritering</source>
        <translation>Prioritisation</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="292"/>
        <source>Mødet er hævet kl. %1</source>
        <translation>The meeting closed at %1</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="374"/>
        <source>+%1 flere</source>
        <translation>+%1 more</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="463"/>
        <source>Valgte pejlemærker</source>
        <translation>Chosen guiding principles</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="467"/>
        <source>Ingen valgt endnu</source>
        <translation>None chosen yet</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="471"/>
        <source>Arbejdsgrupper</source>
        <translation>Working groups</translation>
    </message>
</context>
<context>
    <name>QuestionRoundPage</name>
    <message>
        <location filename="../../ui/panels/run_question.py" line="57"/>
        <source>Pladsorden</source>
        <translation>Seating order</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_question.py" line="59"/>
        <source>Bland</source>
        <translation>Shuffle</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_question.py" line="61"/>
        <source>Spring over (Ctrl+S)</source>
        <translation>Skip (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_question.py" line="73"/>
        <source>Skriv svaret og tryk Enter</source>
        <translation>Type the answer and press Enter</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_question.py" line="86"/>
        <source>Taleorden:</source>
        <translation>Speaking order:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_question.py" line="152"/>
        <source>Skriv svaret, eller spring over med Ctrl+S.</source>
        <translation>Type the answer, or skip with Ctrl+S.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_question.py" line="205"/>
        <source> — sprunget over</source>
        <translation> — skipped</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_question.py" line="218"/>
        <source>Alle har svaret (%1 af %2)</source>
        <translation>Everyone has answered (%1 of %2)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_question.py" line="222"/>
        <source>Ordet har: %1</source>
        <translation>Speaking: %1</translation>
    </message>
</context>
<context>
    <name>RunModePanel</name>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="99"/>
        <source>◀ Forrige</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="101"/>
        <source>Forrige punkt (Ctrl+Venstre)</source>
        <translation>Previous item (Ctrl+Left)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="102"/>
        <location filename="../../ui/panels/run_mode.py" line="250"/>
        <source>Næste ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="104"/>
        <source>Næste punkt (Ctrl+Højre)</source>
        <translation>Next item (Ctrl+Right)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="105"/>
        <source>Projektor</source>
        <translation>Projector</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="108"/>
        <source>Tidsplan</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="112"/>
        <source>Vis eller skjul tidsplanen (giver plads til gruppernes kolonner)</source>
        <translation>Show or hide the schedule (makes room for the groups&apos; columns)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="113"/>
        <location filename="../../ui/panels/run_mode.py" line="330"/>
        <source>Hæv mødet</source>
        <translation>Close the meeting</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="140"/>
        <source>1. Grupper</source>
        <translation>1. Groups</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="141"/>
        <source>2. Input og pejlemærker</source>
        <translation>2. Inputs and guiding principles</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="142"/>
        <source>3. Prioritering</source>
        <translation>3. Prioritisation</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="185"/>
        <source>&lt;b&gt;Tidsplan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Schedule&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="207"/>
        <source>Vis projektorvindue</source>
        <translation>Show projector window</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="249"/>
        <source>Vælg et møde i navigatoren.</source>
        <translation>Pick a meeting in the navigator.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="250"/>
        <source>Start mødet ▶</source>
        <translation>Start the meeting ▶</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="253"/>
        <source>Ingen punkter på dagsordenen</source>
        <translation>No items on the agenda</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="263"/>
        <source>startet %1</source>
        <translation>started %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="264"/>
        <source>ikke startet</source>
        <translation>not started</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="324"/>
        <source>Mødet blev hævet kl. %1.</source>
        <translation>The meeting was closed at %1.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="325"/>
        <source>Hævet kl. %1</source>
        <translation>Closed at %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="328"/>
        <source>Tryk &quot;Hæv mødet&quot;, når mødet slutter; klokkeslættet kommer i referatet.</source>
        <translation>Press &quot;Close the meeting&quot; when it ends; the time goes into the minutes.</translation>
    </message>
</context>
<context>
    <name>ServiceCommand</name>
    <message>
        <location filename="../../ui/commands.py" line="63"/>
        <source>Kunne ikke gentage &quot;{step}&quot;: {reason}</source>
        <translation>Could not redo &quot;{step}&quot;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="67"/>
        <source>Kunne ikke fortryde &quot;{step}&quot;: {reason}</source>
        <translation>Could not undo &quot;{step}&quot;: {reason}</translation>
    </message>
</context>
<context>
    <name>ShortcutHelp</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="67"/>
        <source>Tastaturgenveje</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="70"/>
        <source>Taster</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="70"/>
        <source>Hvor</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="70"/>
        <source>Hvad</source>
        <translation>What</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../ui/panels/agenda.py" line="177"/>
        <location filename="../../ui/panels/agenda.py" line="179"/>
        <source>Dagsorden</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="178"/>
        <source>Flyt det valgte punkt op</source>
        <translation>Move the selected item up</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="180"/>
        <source>Flyt det valgte punkt ned</source>
        <translation>Move the selected item down</translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="116"/>
        <source>Fremmøde</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="117"/>
        <source>Valgt medlem er til stede</source>
        <translation>Selected member is present</translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="118"/>
        <source>Valgt medlem er fraværende</source>
        <translation>Selected member is absent</translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="119"/>
        <source>Valgt medlem har meldt afbud</source>
        <translation>Selected member sent apologies</translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="120"/>
        <source>Fremmøde, punkter</source>
        <translation>Attendance, items</translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="121"/>
        <source>Skift fraværende/inhabil for medlem og punkt</source>
        <translation>Toggle absent/conflict of interest for member and item</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="59"/>
        <source>Vindue</source>
        <translation>Window</translation>
    </message>
</context>
<context>
    <name>VotesPage</name>
    <message>
        <location filename="../../ui/panels/run_votes.py" line="61"/>
        <source>Stemmer pr. medlem:</source>
        <translation>Votes per member:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_votes.py" line="97"/>
        <source>&lt;b&gt;Rangordning&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ranking&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_votes.py" line="110"/>
        <source>Skriv hvert medlems prikker i medlemmets række under pejlemærket (tal og Enter; 0 tager dem tilbage).</source>
        <translation>Type each member&apos;s dots in their row under the guiding principle (number and Enter; 0 takes them back).</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_votes.py" line="150"/>
        <source>Tilbage</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_votes.py" line="157"/>
        <source>Prikker %1 har tilbage</source>
        <translation>Dots %1 has left</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_votes.py" line="189"/>
        <source>&quot;%1&quot; er ikke et tal: skriv antallet af prikker %2 sætter på &quot;%3&quot;.</source>
        <translation>&quot;%1&quot; is not a number: type how many dots %2 puts on &quot;%3&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_votes.py" line="246"/>
        <source>Markér et eller flere pejlemærker i rangordningen.</source>
        <translation>Select one or more guiding principles in the ranking.</translation>
    </message>
</context>
<context>
    <name>WorkingGroupsPage</name>
    <message>
        <location filename="../../ui/panels/run_working_groups.py" line="51"/>
        <source>Arbejdsgruppens navn</source>
        <translation>Working group name</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_working_groups.py" line="56"/>
        <source>Mandat: hvad gruppen skal nå frem til</source>
        <translation>Mandate: what the group is to arrive at</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_working_groups.py" line="67"/>
        <source>Opret arbejdsgruppe</source>
        <translation>Create working group</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_working_groups.py" line="75"/>
        <source>Ud fra</source>
        <translation>Based on</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_working_groups.py" line="76"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_working_groups.py" line="77"/>
        <source>Mandat</source>
        <translation>Mandate</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_working_groups.py" line="78"/>
        <source>Medlemmer (frivillige)</source>
        <translation>Members (volunteers)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_working_groups.py" line="79"/>
        <source>Første møde</source>
        <translation>First meeting</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_working_groups.py" line="80"/>
        <source>Melder tilbage på mødet</source>
        <translation>Reports back at the meeting</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_working_groups.py" line="90"/>
        <source>&lt;b&gt;Arbejdsgrupper&lt;/b&gt;</source>
        <translation>&lt;b&gt;Working groups&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_working_groups.py" line="119"/>
        <source> (har en gruppe)</source>
        <translation> (has a group)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_working_groups.py" line="121"/>
        <source>Frit emne</source>
        <translation>Free topic</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_working_groups.py" line="134"/>
        <source> (også i %1)</source>
        <translation> (also in %1)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_working_groups.py" line="146"/>
        <source>(ingen medlemmer endnu)</source>
        <translation>(no members yet)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_working_groups.py" line="149"/>
        <source>første møde %1</source>
        <translation>first meeting %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_working_groups.py" line="151"/>
        <source>melder tilbage %1</source>
        <translation>reports back %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_working_groups.py" line="177"/>
        <source>Arbejde videre med pejlemærket &quot;%1&quot; og komme med forslag til udvalget.</source>
        <translation>Work further on the guiding principle &quot;%1&quot; and bring proposals to the committee.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_working_groups.py" line="196"/>
        <source>Giv arbejdsgruppen et navn.</source>
        <translation>Give the working group a name.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_working_groups.py" line="200"/>
        <source>Datoen for tilbagemelding ligger før gruppens første møde.</source>
        <translation>The report-back date is before the group&apos;s first meeting.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_working_groups.py" line="206"/>
        <source>Arbejdsgruppen &quot;%1&quot; er oprettet.</source>
        <translation>The working group &quot;%1&quot; has been created.</translation>
    </message>
</context>
<context>
    <name>RoomActions</name>
    <message>
        <location filename="../../ui/panels/run_room.py" line="1"/>
        <source>Åbn for deltagere</source>
        <translation>Open for participants</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_room.py" line="1"/>
        <source>Luk for deltagere</source>
        <translation>Close for participants</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_room.py" line="1"/>
        <source>Lad medlemmerne følge mødet og skrive fra deres telefoner (Ctrl+Shift+D)</source>
        <translation>Let the members follow the meeting and write from their phones (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_room.py" line="1"/>
        <source>Åben for deltagere (almindelig HTTP på det lokale net): %1</source>
        <translation>Open for participants (plain HTTP on the local network): %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_room.py" line="1"/>
        <source>Deltager</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_room.py" line="1"/>
        <source>En ny telefon vil deltage som &quot;%1&quot;, som en anden telefon allerede bruger. Må den det?</source>
        <translation>A new phone wants to take part as &quot;%1&quot;, which another phone already uses. Allow it?</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_room.py" line="1"/>
        <source>Hvilket netværk er telefonerne på?</source>
        <translation>Which network are the phones on?</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_room.py" line="1"/>
        <source>Godkend</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_room.py" line="1"/>
        <source>Afvis</source>
        <translation>Refuse</translation>
    </message>
</context>
<context>
    <name>RoomBadge</name>
    <message>
        <location filename="../../ui/room_badge.py" line="1"/>
        <source>Skan koden med telefonen for at deltage</source>
        <translation>Scan the code with your phone to take part</translation>
    </message>
</context>
<context>
    <name>Origins</name>
    <message>
        <location filename="../../ui/input_origin.py" line="1"/>
        <source>telefon</source>
        <translation>phone</translation>
    </message>
</context>
<context>
    <name>InputsPage</name>
    <message>
        <location filename="../../ui/panels/run_inputs.py" line="1"/>
        <source>%1 (skjult for projektor og telefoner)</source>
        <translation>%1 (hidden from the projector and phones)</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../ui/panels/capture_groups.py" line="1"/>
        <source>Indfangning</source>
        <translation>Capture</translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture_groups.py" line="1"/>
        <source>Skjul valgt input for projektor og telefoner (eller vis det igen)</source>
        <translation>Hide the selected input from the projector and phones (or show it again)</translation>
    </message>
</context>
</TS>
