<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="da">
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../../ui/models/agenda_text.py" line="13"/>
        <source>Resumé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_text.py" line="14"/>
        <source>Baggrund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_text.py" line="15"/>
        <source>Sagsfremstilling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_text.py" line="16"/>
        <source>Økonomiske konsekvenser og finansiering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_text.py" line="17"/>
        <source>Tidligere beslutninger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="71"/>
        <source>Vælg et møde i navigatoren, eller opret et med Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="97"/>
        <location filename="../../ui/panels/agenda.py" line="101"/>
        <source>Mødested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="99"/>
        <source>Mødets titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="106"/>
        <source>Mødets formål (står i referatets resumé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="110"/>
        <source>Mødets formål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="112"/>
        <source>Mødets sags ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="116"/>
        <source>Møde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="118"/>
        <source>Starter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="120"/>
        <source>Sted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="122"/>
        <source>Formål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="133"/>
        <source>lukket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="143"/>
        <location filename="../../ui/panels/agenda.py" line="153"/>
        <source>Tilføj punkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="147"/>
        <source>Tilføj punkt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="148"/>
        <source>Slet punkt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="149"/>
        <source>Flyt punkt op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="150"/>
        <source>Flyt punkt ned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="161"/>
        <source>Slet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="173"/>
        <source>&lt;b&gt;Punkter og tidsplan&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="223"/>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="223"/>
        <source>Punktets titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="229"/>
        <source>Lukket punkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="236"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="237"/>
        <source>ingen tidsramme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="239"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="245"/>
        <location filename="../../ui/panels/agenda.py" line="386"/>
        <source>Tidsramme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="124"/>
        <location filename="../../ui/panels/agenda.py" line="246"/>
        <source>Sags ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="251"/>
        <source>Spørgsmål til spørgerunden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="251"/>
        <source>Spørgsmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="252"/>
        <source>Drøftelsesspørgsmål (ét pr. linje)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="253"/>
        <source>Drøftelsesspørgsmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="254"/>
        <source>Perspektiver (ét pr. linje)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="255"/>
        <source>Perspektiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="259"/>
        <source>Indstilling fra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="260"/>
        <source>Indstilling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="261"/>
        <source>Indstillingspunkter (ét pr. linje, nummereres i referatet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="262"/>
        <source>Indstillingspunkter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="263"/>
        <source>Beslutningen træffes af</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="265"/>
        <source>Bilag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="267"/>
        <source>Tilføj et punkt med Ctrl+T, eller vælg et punkt i listen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_text.py" line="40"/>
        <source>Start {start} · slut ca. {end} · {n} punkter · i alt {h} t {m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="379"/>
        <source>Skift punktets type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="382"/>
        <source>Lukket/åbent punkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="396"/>
        <source>Mødets starttid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="412"/>
        <source>Tilføj {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="425"/>
        <source>Flyt punkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="449"/>
        <source>Slet {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaTemplates</name>
    <message>
        <location filename="../../ui/panels/agenda_templates.py" line="25"/>
        <location filename="../../ui/panels/agenda_templates.py" line="64"/>
        <source>Velkomst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_templates.py" line="28"/>
        <location filename="../../ui/panels/agenda_templates.py" line="65"/>
        <source>Spørgerunde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_templates.py" line="32"/>
        <location filename="../../ui/panels/agenda_templates.py" line="66"/>
        <source>Gruppearbejde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_templates.py" line="37"/>
        <location filename="../../ui/panels/agenda_templates.py" line="67"/>
        <source>Nedsættelse af arbejdsgrupper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_templates.py" line="43"/>
        <location filename="../../ui/panels/agenda_templates.py" line="68"/>
        <source>Afrunding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_templates.py" line="46"/>
        <location filename="../../ui/panels/agenda_templates.py" line="63"/>
        <source>Sag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_templates.py" line="51"/>
        <location filename="../../ui/panels/agenda_templates.py" line="69"/>
        <source>Meddelelser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_templates.py" line="54"/>
        <location filename="../../ui/panels/agenda_templates.py" line="70"/>
        <source>Godkendelse af referat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsEditor</name>
    <message>
        <location filename="../../ui/panels/agenda_attachments.py" line="35"/>
        <source>Bilag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_attachments.py" line="35"/>
        <source>ANBEFALET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_attachments.py" line="43"/>
        <source>Tilføj bilag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_attachments.py" line="45"/>
        <source>Fjern bilag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_attachments.py" line="103"/>
        <source>Ret bilag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_attachments.py" line="110"/>
        <source>Nyt bilag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../../ui/panels/attendance.py" line="75"/>
        <source>Vælg et møde i navigatoren for at registrere fremmøde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="83"/>
        <source>Marker resten som til stede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="95"/>
        <source>Medlem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="95"/>
        <source>Til stede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="95"/>
        <source>Fraværende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="95"/>
        <source>Afbud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="95"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="97"/>
        <source>formand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="97"/>
        <source>næstformand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="124"/>
        <source>fraværende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="124"/>
        <source>inhabil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="136"/>
        <source>Fravær og inhabilitet under enkelte punkter (klik eller mellemrum skifter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="141"/>
        <source>Fremmøde (tasterne P, F og A på den valgte række)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="201"/>
        <source>{present} til stede · {absent} fraværende · {excused} afbud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="204"/>
        <source> · {n} ikke registreret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="233"/>
        <source>Fremmøde for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="237"/>
        <source>Note for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="272"/>
        <source>Resten til stede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="285"/>
        <source>Fravær under punkt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitteePanel</name>
    <message>
        <location filename="../../ui/panels/committee.py" line="35"/>
        <source>formand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="36"/>
        <source>næstformand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="37"/>
        <source>medlem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="40"/>
        <source>åben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="41"/>
        <source>godkendt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="154"/>
        <source>Vælg eller opret et udvalg i navigatoren (Ctrl+Shift+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="81"/>
        <source>fx 2017-2018</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="83"/>
        <source>Udvalgets navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="85"/>
        <source>Udvalgets type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="87"/>
        <source>Udvalgets periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="91"/>
        <location filename="../../ui/panels/committee.py" line="100"/>
        <source>Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="94"/>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="96"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="101"/>
        <source>Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="102"/>
        <source>Gruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="103"/>
        <source>Parti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="116"/>
        <source>Opgave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="117"/>
        <source>Frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="118"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="119"/>
        <source>Beskrivelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="131"/>
        <location filename="../../ui/panels/committee.py" line="256"/>
        <source>Tilføj medlem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="132"/>
        <source>Fjern medlem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="134"/>
        <location filename="../../ui/panels/committee.py" line="266"/>
        <source>Tilføj opgave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="135"/>
        <source>Fjern opgave…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="138"/>
        <source>Medlemmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="144"/>
        <source>Opgaver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="222"/>
        <source>{n} medlemmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="232"/>
        <source>Ret medlem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="239"/>
        <source>Ret opgave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="254"/>
        <source>Nyt medlem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="267"/>
        <source>Ny opgave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="300"/>
        <source>Fjern {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="69"/>
        <source>Uventet fejl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="70"/>
        <source>Der opstod en uventet fejl. Det, der allerede er gemt, er ikke tabt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="71"/>
        <source>Fejlrapporten er gemt i:
{path}

Loggen står i:
{log}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="81"/>
        <source>Kan ikke gemme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="83"/>
        <source>Det, du har skrevet, står stadig i feltet og gemmes, så snart databasen kan skrives igen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupFormingPage</name>
    <message>
        <location filename="../../ui/panels/run_groups.py" line="76"/>
        <source>Fordel automatisk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_groups.py" line="83"/>
        <source>Antal grupper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_groups.py" line="89"/>
        <source>Træk et medlem til en anden gruppe, eller markér det og tryk Alt+gruppens nummer (Alt+0: uden gruppe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_groups.py" line="121"/>
        <source>Uden gruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_groups.py" line="131"/>
        <source>(ikke til stede)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_groups.py" line="169"/>
        <source>Ingen er registreret som til stede.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_groups.py" line="178"/>
        <source>%1 grupper (%2 personer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_groups.py" line="180"/>
        <source> Færre end ønsket, så ingen sidder alene.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <location filename="../../ui/meeting_file_jobs.py" line="44"/>
        <source>Importerer {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_file_jobs.py" line="46"/>
        <source>Importér mødefil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_file_jobs.py" line="50"/>
        <source>Import af {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_file_jobs.py" line="77"/>
        <source>Importér {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_file_jobs.py" line="87"/>
        <source>Eksport af mødefil</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputsPage</name>
    <message>
        <location filename="../../ui/panels/run_inputs.py" line="110"/>
        <source>Nyt pejlemærke af de markerede input (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_inputs.py" line="113"/>
        <source>Markerede input → pejlemærke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_inputs.py" line="116"/>
        <source>Slå markerede sammen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_inputs.py" line="126"/>
        <source>&lt;b&gt;Pejlemærker&lt;/b&gt; – træk input hertil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_inputs.py" line="210"/>
        <source>Input (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_inputs.py" line="222"/>
        <source>Dan grupperne først (fanen Grupper).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_inputs.py" line="184"/>
        <source>Under pejlemærket: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_inputs.py" line="190"/>
        <source>%1 input, heraf %2 uden pejlemærke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_inputs.py" line="298"/>
        <source>Skriv pejlemærkets titel, eller markér input først.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_inputs.py" line="304"/>
        <source>&quot;%1&quot; oprettet med %2 input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_inputs.py" line="315"/>
        <source>Markér input i kolonnerne og ét pejlemærke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_inputs.py" line="323"/>
        <source>Markér mindst to pejlemærker, der skal slås sammen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_inputs.py" line="327"/>
        <source>Slået sammen i &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/app.py" line="181"/>
        <source>Databasen kan ikke åbnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="182"/>
        <source>{message}

Workshop lukker; filen er ikke ændret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="63"/>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>Åbner databasen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Importér mødefil…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Eksportér mødefil…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Afslut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <location filename="../../ui/main_window.py" line="340"/>
        <source>Fortryd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <location filename="../../ui/main_window.py" line="344"/>
        <source>Annullér fortryd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>Gå til navigatoren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>Tastaturgenveje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <location filename="../../ui/main_window.py" line="426"/>
        <source>Om Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>&amp;Filer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>&amp;Rediger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>&amp;Vis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>&amp;Møde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <source>&amp;Hjælp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <location filename="../../ui/main_window.py" line="432"/>
        <source>Sprog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>Indlæser… Dagsordenen kan læses nu; redigering om et øjeblik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <source>Fortryd {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="344"/>
        <source>Annullér fortryd {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="368"/>
        <source>Importér mødefil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="369"/>
        <source>Mødefiler (*.json);;Alle filer (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="384"/>
        <source>Mødefilen blev afvist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="385"/>
        <source>Mødefilen blev ikke importeret; intet er ændret.

{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="395"/>
        <source>Mødefilen er importeret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="408"/>
        <source>Eksportér mødefil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="409"/>
        <source>Mødefiler (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="414"/>
        <source>Eksport mislykkedes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="416"/>
        <source>Mødet er gemt i {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="427"/>
        <source>Workshop afvikler opgaveudvalgenes møder og skriver referatet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="433"/>
        <source>Sproget skiftes, næste gang Workshop startes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="438"/>
        <source>Ikke gemt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="439"/>
        <source>Noget af det, du har skrevet, kunne ikke gemmes. Luk alligevel?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../ui/panels/navigator.py" line="45"/>
        <source>Nyt møde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="49"/>
        <source>{n}. møde i {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="56"/>
        <source>Nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="57"/>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="58"/>
        <source>Starter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="59"/>
        <source>Sted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../ui/models/meeting_labels.py" line="11"/>
        <source>Møder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/meeting_labels.py" line="12"/>
        <source>Medlemmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/meeting_labels.py" line="13"/>
        <source>Opgaver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/meeting_labels.py" line="14"/>
        <source>Arbejdsgrupper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/navigator_model.py" line="21"/>
        <source>formand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/navigator_model.py" line="22"/>
        <source>næstformand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/meeting_labels.py" line="29"/>
        <source>afholdt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/meeting_labels.py" line="31"/>
        <source>i gang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/meeting_labels.py" line="32"/>
        <source>planlagt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/meeting_labels.py" line="36"/>
        <source>{n}. møde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="95"/>
        <source>Nyt udvalg…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="98"/>
        <source>Nyt møde…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="101"/>
        <source>Omdøb…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="104"/>
        <source>Slet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="206"/>
        <source>Nyt udvalg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="206"/>
        <source>Udvalgets navn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="211"/>
        <source>Opret udvalg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="230"/>
        <source>Opret møde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="257"/>
        <location filename="../../ui/panels/navigator.py" line="259"/>
        <source>Omdøb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="257"/>
        <source>Nyt navn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="276"/>
        <source>Slet {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="282"/>
        <source>Slet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="283"/>
        <source>Slet &quot;{name}&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="290"/>
        <source>Slet indhold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="291"/>
        <source>&quot;{name}&quot; har {n} registreringer (fremmøde, svar, input, referat m.m.), som slettes med. Er du helt sikker? (Du kan fortryde med Ctrl+Z.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../ui/operations.py" line="99"/>
        <source>{label}: filen kunne ikke læses eller skrives{where}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="103"/>
        <source>{label} mislykkedes uventet: {error}. Detaljerne står i {log}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <location filename="../../ui/panels/__init__.py" line="33"/>
        <source>Udvalg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/__init__.py" line="34"/>
        <source>Dagsorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/__init__.py" line="35"/>
        <source>Fremmøde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/__init__.py" line="36"/>
        <source>Indfangning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/__init__.py" line="37"/>
        <source>Referat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/__init__.py" line="38"/>
        <source>Afvikling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/pdf_preview.py" line="192"/>
        <source>Forrige side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="193"/>
        <source>Næste side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="195"/>
        <source>Formindsk (Ctrl+rullehjul)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="196"/>
        <source>Forstør (Ctrl+rullehjul)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="198"/>
        <source>Tilpas bredde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="198"/>
        <source>Siden fylder visningens bredde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="231"/>
        <source>Forhåndsvisningen kunne ikke vises ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="242"/>
        <source>1 side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="242"/>
        <source>{count} sider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="324"/>
        <source>Side {page} af {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../ui/projector.py" line="99"/>
        <source>Workshop – projektor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="143"/>
        <source>Prioritering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="292"/>
        <source>Mødet er hævet kl. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="374"/>
        <source>+%1 flere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="463"/>
        <source>Valgte pejlemærker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="467"/>
        <source>Ingen valgt endnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="471"/>
        <source>Arbejdsgrupper</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionRoundPage</name>
    <message>
        <location filename="../../ui/panels/run_question.py" line="57"/>
        <source>Pladsorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_question.py" line="59"/>
        <source>Bland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_question.py" line="61"/>
        <source>Spring over (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_question.py" line="73"/>
        <source>Skriv svaret og tryk Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_question.py" line="86"/>
        <source>Taleorden:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_question.py" line="152"/>
        <source>Skriv svaret, eller spring over med Ctrl+S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_question.py" line="205"/>
        <source> — sprunget over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_question.py" line="218"/>
        <source>Alle har svaret (%1 af %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_question.py" line="222"/>
        <source>Ordet har: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunModePanel</name>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="99"/>
        <source>◀ Forrige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="101"/>
        <source>Forrige punkt (Ctrl+Venstre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="102"/>
        <location filename="../../ui/panels/run_mode.py" line="250"/>
        <source>Næste ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="104"/>
        <source>Næste punkt (Ctrl+Højre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="105"/>
        <source>Projektor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="108"/>
        <source>Tidsplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="112"/>
        <source>Vis eller skjul tidsplanen (giver plads til gruppernes kolonner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="113"/>
        <location filename="../../ui/panels/run_mode.py" line="330"/>
        <source>Hæv mødet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="140"/>
        <source>1. Grupper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="141"/>
        <source>2. Input og pejlemærker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="142"/>
        <source>3. Prioritering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="185"/>
        <source>&lt;b&gt;Tidsplan&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="207"/>
        <source>Vis projektorvindue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="249"/>
        <source>Vælg et møde i navigatoren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="250"/>
        <source>Start mødet ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="253"/>
        <source>Ingen punkter på dagsordenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="263"/>
        <source>startet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="264"/>
        <source>ikke startet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="324"/>
        <source>Mødet blev hævet kl. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="325"/>
        <source>Hævet kl. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="328"/>
        <source>Tryk &quot;Hæv mødet&quot;, når mødet slutter; klokkeslættet kommer i referatet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceCommand</name>
    <message>
        <location filename="../../ui/commands.py" line="63"/>
        <source>Kunne ikke gentage &quot;{step}&quot;: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="67"/>
        <source>Kunne ikke fortryde &quot;{step}&quot;: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutHelp</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="67"/>
        <source>Tastaturgenveje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="70"/>
        <source>Taster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="70"/>
        <source>Hvor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="70"/>
        <source>Hvad</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../ui/panels/agenda.py" line="177"/>
        <location filename="../../ui/panels/agenda.py" line="179"/>
        <source>Dagsorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="178"/>
        <source>Flyt det valgte punkt op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="180"/>
        <source>Flyt det valgte punkt ned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="116"/>
        <source>Fremmøde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="117"/>
        <source>Valgt medlem er til stede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="118"/>
        <source>Valgt medlem er fraværende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="119"/>
        <source>Valgt medlem har meldt afbud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="120"/>
        <source>Fremmøde, punkter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="121"/>
        <source>Skift fraværende/inhabil for medlem og punkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="59"/>
        <source>Vindue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VotesPage</name>
    <message>
        <location filename="../../ui/panels/run_votes.py" line="61"/>
        <source>Stemmer pr. medlem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_votes.py" line="97"/>
        <source>&lt;b&gt;Rangordning&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_votes.py" line="110"/>
        <source>Skriv hvert medlems prikker i medlemmets række under pejlemærket (tal og Enter; 0 tager dem tilbage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_votes.py" line="150"/>
        <source>Tilbage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_votes.py" line="157"/>
        <source>Prikker %1 har tilbage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_votes.py" line="189"/>
        <source>&quot;%1&quot; er ikke et tal: skriv antallet af prikker %2 sætter på &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_votes.py" line="246"/>
        <source>Markér et eller flere pejlemærker i rangordningen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkingGroupsPage</name>
    <message>
        <location filename="../../ui/panels/run_working_groups.py" line="51"/>
        <source>Arbejdsgruppens navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_working_groups.py" line="56"/>
        <source>Mandat: hvad gruppen skal nå frem til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_working_groups.py" line="67"/>
        <source>Opret arbejdsgruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_working_groups.py" line="75"/>
        <source>Ud fra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_working_groups.py" line="76"/>
        <source>Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_working_groups.py" line="77"/>
        <source>Mandat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_working_groups.py" line="78"/>
        <source>Medlemmer (frivillige)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_working_groups.py" line="79"/>
        <source>Første møde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_working_groups.py" line="80"/>
        <source>Melder tilbage på mødet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_working_groups.py" line="90"/>
        <source>&lt;b&gt;Arbejdsgrupper&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_working_groups.py" line="119"/>
        <source> (har en gruppe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_working_groups.py" line="121"/>
        <source>Frit emne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_working_groups.py" line="134"/>
        <source> (også i %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_working_groups.py" line="146"/>
        <source>(ingen medlemmer endnu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_working_groups.py" line="149"/>
        <source>første møde %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_working_groups.py" line="151"/>
        <source>melder tilbage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_working_groups.py" line="177"/>
        <source>Arbejde videre med pejlemærket &quot;%1&quot; og komme med forslag til udvalget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_working_groups.py" line="196"/>
        <source>Giv arbejdsgruppen et navn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_working_groups.py" line="200"/>
        <source>Datoen for tilbagemelding ligger før gruppens første møde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_working_groups.py" line="206"/>
        <source>Arbejdsgruppen &quot;%1&quot; er oprettet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
