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
    <name>CandidateList</name>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="62"/>
        <source>Markér et eller flere pejlemærker først.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="65"/>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <location filename="../../ui/models/candidate_model.py" line="59"/>
        <source>Pejlemærke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/candidate_model.py" line="60"/>
        <source>Stemmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/candidate_model.py" line="61"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/candidate_model.py" line="62"/>
        <source>Gruppe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateStatus</name>
    <message>
        <location filename="../../ui/models/candidate_model.py" line="36"/>
        <source>kandidat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/candidate_model.py" line="36"/>
        <source>kortliste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/candidate_model.py" line="37"/>
        <source>valgt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/candidate_model.py" line="37"/>
        <source>fravalgt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidatesPanel</name>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="150"/>
        <source>&lt;b&gt;Pejlemærker&lt;/b&gt; – træk input hertil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="152"/>
        <source>Titel (tom: det første valgte input) – Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="153"/>
        <source>Titel på nyt pejlemærke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="155"/>
        <source>Nyt pejlemærke fra valgte input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="158"/>
        <source>Pejlemærker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="161"/>
        <source>Valgte input → pejlemærke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="163"/>
        <source>Slå valgte sammen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="164"/>
        <source>Det øverste valgte pejlemærke beholdes; input og stemmer følger med</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="166"/>
        <source>Tag input ud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="168"/>
        <source>Slet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="240"/>
        <source>Skriv en titel, eller vælg et eller flere input til det nye pejlemærke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="245"/>
        <source>&quot;{title}&quot; oprettet med {n} input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="255"/>
        <source>Vælg input i en gruppe og ét pejlemærke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="262"/>
        <source>Vælg mindst to pejlemærker, der skal slås sammen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="266"/>
        <source>Slået sammen i &quot;{title}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <location filename="../../ui/panels/capture.py" line="42"/>
        <source>Dagsordenspunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture.py" line="45"/>
        <source>◀ Forrige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture.py" line="46"/>
        <source>Forrige trin (Ctrl+PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture.py" line="48"/>
        <location filename="../../ui/panels/capture.py" line="146"/>
        <source>Næste ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture.py" line="49"/>
        <source>Næste trin (Ctrl+PgDown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture.py" line="54"/>
        <source>Hæv mødet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture.py" line="57"/>
        <source>Punkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture.py" line="138"/>
        <source>hævet kl. {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture.py" line="140"/>
        <source>mødet er ikke startet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture.py" line="142"/>
        <source>startet {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture.py" line="146"/>
        <source>Start mødet ▶</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChosenPage</name>
    <message>
        <location filename="../../ui/projector/chosen_page.py" line="62"/>
        <source>Valgte pejlemærker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/projector/chosen_page.py" line="66"/>
        <source>Ingen valgt endnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/projector/chosen_page.py" line="73"/>
        <source>Arbejdsgrupper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/projector/chosen_page.py" line="84"/>
        <source>Første møde {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/projector/chosen_page.py" line="86"/>
        <source>melder tilbage {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosingView</name>
    <message>
        <location filename="../../ui/panels/item_step.py" line="91"/>
        <source>Hæv mødet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="94"/>
        <location filename="../../ui/panels/item_step.py" line="102"/>
        <source>Hævet kl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="95"/>
        <source>TT:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="112"/>
        <source>Mødet blev hævet kl. {time}. Tidspunktet kan rettes, indtil referatet er sendt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="114"/>
        <source>Tryk &quot;Hæv mødet&quot;, når mødet slutter; klokkeslættet kommer i referatet.</source>
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
    <name>DateField</name>
    <message>
        <location filename="../../ui/date_field.py" line="84"/>
        <source>ingen dato – fx 20-12-2017</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="91"/>
        <source>Vælg i kalenderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="92"/>
        <source>Kalender for {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DotsModel</name>
    <message>
        <location filename="../../ui/models/dots_model.py" line="90"/>
        <source>Prikker {name} har tilbage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/dots_model.py" line="105"/>
        <source>Tilbage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/dots_model.py" line="126"/>
        <source>&quot;{raw}&quot; er ikke et tal: skriv antallet af prikker {name} sætter på &quot;{title}&quot;.</source>
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
    <name>FittedCards</name>
    <message>
        <location filename="../../ui/projector/fitted_cards.py" line="160"/>
        <source>Side {page} af {pages}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupBox</name>
    <message>
        <location filename="../../ui/panels/group_forming.py" line="88"/>
        <source>Gruppens navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/group_forming.py" line="90"/>
        <source>Omdøb gruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/group_forming.py" line="95"/>
        <source>Slet gruppen og dens input</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupColumn</name>
    <message>
        <location filename="../../ui/panels/input_columns.py" line="181"/>
        <source>Nyt input – Enter tilføjer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/input_columns.py" line="197"/>
        <source>Ingen medlemmer valgt endnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/input_columns.py" line="198"/>
        <source>Nyt input til {group}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupFormingView</name>
    <message>
        <location filename="../../ui/panels/group_forming.py" line="141"/>
        <source>Antal grupper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/group_forming.py" line="142"/>
        <source>Fordel automatisk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/group_forming.py" line="144"/>
        <source>+ Ny gruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/group_forming.py" line="149"/>
        <source>Antal grupper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/group_forming.py" line="154"/>
        <source>Træk et medlem til en anden gruppe, eller markér det og tryk Alt+gruppens nummer (Alt+0: uden gruppe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/group_forming.py" line="207"/>
        <source>Uden gruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/group_forming.py" line="222"/>
        <source>(ikke til stede)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/group_forming.py" line="241"/>
        <location filename="../../ui/panels/group_forming.py" line="243"/>
        <location filename="../../ui/panels/group_forming.py" line="282"/>
        <source>Gruppe {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/group_forming.py" line="276"/>
        <source>Ingen er registreret som til stede.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/group_forming.py" line="286"/>
        <source>{n} grupper ({sizes} personer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/group_forming.py" line="288"/>
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
        <location filename="../../ui/meeting_file_jobs.py" line="83"/>
        <source>Importér {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_file_jobs.py" line="93"/>
        <source>Eksport af mødefil</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputModel</name>
    <message>
        <location filename="../../ui/models/input_model.py" line="127"/>
        <source>Fra {origin}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/input_model.py" line="129"/>
        <source>Under pejlemærket »{title}«</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/input_model.py" line="131"/>
        <source>Skjult for projektor og telefoner (Ctrl+H viser det igen); referatet medtager det</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputsView</name>
    <message>
        <location filename="../../ui/panels/group_inputs.py" line="45"/>
        <source>Dan grupperne først (trinnet Grupper).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/group_inputs.py" line="154"/>
        <source>{n} input, heraf {loose} uden pejlemærke</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemStepView</name>
    <message>
        <location filename="../../ui/panels/item_step.py" line="44"/>
        <source>Grupper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="45"/>
        <source>Input og pejlemærker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="46"/>
        <source>Prioritering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="143"/>
        <source>Vælg et møde med en dagsorden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="152"/>
        <source>1. Grupper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="153"/>
        <source>2. Input og pejlemærker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="154"/>
        <source>3. Prioritering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="238"/>
        <source>Referatet (version {v}) er sendt til godkendelse, så mødet kan ikke ændres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="239"/>
        <source>Referatet (version {v}) er godkendt og låst. Start en rettelse under Referat for at ændre noget.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemSummary</name>
    <message>
        <location filename="../../ui/panels/item_step.py" line="65"/>
        <source>{who} indstiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="66"/>
        <source>Indstilling</source>
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
        <location filename="../../ui/main_window.py" line="376"/>
        <source>Fortryd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <location filename="../../ui/main_window.py" line="380"/>
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
        <location filename="../../ui/main_window.py" line="462"/>
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
        <location filename="../../ui/main_window.py" line="468"/>
        <source>Sprog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>Indlæser… Dagsordenen kan læses nu; redigering om et øjeblik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="376"/>
        <source>Fortryd {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380"/>
        <source>Annullér fortryd {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="404"/>
        <source>Importér mødefil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="405"/>
        <source>Mødefiler (*.json);;Alle filer (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="420"/>
        <source>Mødefilen blev afvist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="421"/>
        <source>Mødefilen blev ikke importeret; intet er ændret.

{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="431"/>
        <source>Mødefilen er importeret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="444"/>
        <source>Eksportér mødefil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="445"/>
        <source>Mødefiler (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="450"/>
        <source>Eksport mislykkedes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="452"/>
        <source>Mødet er gemt i {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="463"/>
        <source>Workshop afvikler opgaveudvalgenes møder og skriver referatet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="469"/>
        <source>Sproget skiftes, næste gang Workshop startes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="474"/>
        <source>Ikke gemt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="475"/>
        <source>Noget af det, du har skrevet, kunne ikke gemmes. Luk alligevel?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingActions</name>
    <message>
        <location filename="../../ui/meeting_actions.py" line="41"/>
        <source>Start mødet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_actions.py" line="42"/>
        <source>Næste trin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_actions.py" line="43"/>
        <source>Forrige trin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_actions.py" line="44"/>
        <source>Hæv mødet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_actions.py" line="45"/>
        <source>Ret hævet kl.…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_actions.py" line="46"/>
        <source>Vis projektorvindue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_actions.py" line="49"/>
        <source>Større tekst på projektoren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_actions.py" line="51"/>
        <source>Mindre tekst på projektoren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_actions.py" line="89"/>
        <source>Hæv mødet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_actions.py" line="90"/>
        <source>Hæv mødet kl. {time}? Tidspunktet kommer i referatet og kan rettes, indtil referatet er sendt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_actions.py" line="106"/>
        <source>Hævet kl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_actions.py" line="107"/>
        <source>Mødet blev hævet kl. (TT:MM):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_actions.py" line="137"/>
        <source>&quot;{text}&quot; er ikke et klokkeslæt; skriv fx 21:05</source>
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
    <name>MeetingEdits</name>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="44"/>
        <source>Gå til {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="51"/>
        <source>Hæv mødet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="57"/>
        <source>Ret hævet kl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="64"/>
        <source>Svar fra {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="72"/>
        <source>Tilføj tilførsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="78"/>
        <source>Ret tilførsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="84"/>
        <source>Slet tilførsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="104"/>
        <source>Ny gruppe {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="111"/>
        <source>Gruppens medlemmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="116"/>
        <source>Slet gruppe {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="154"/>
        <source>Fordel automatisk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="159"/>
        <source>Tilføj input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="165"/>
        <source>Ret input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="179"/>
        <source>Skjul input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="180"/>
        <source>Vis input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="184"/>
        <source>Slet input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="184"/>
        <source>Slet {n} input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="197"/>
        <source>Flyt input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="214"/>
        <source>Nyt pejlemærke {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="251"/>
        <source>Input til pejlemærke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="251"/>
        <source>Input ud af pejlemærke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="255"/>
        <source>Slet pejlemærke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="256"/>
        <source>Slet {n} pejlemærker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="264"/>
        <source>Slå pejlemærker sammen i {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="272"/>
        <source>Stemmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="280"/>
        <source>Stemmer pr. medlem: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="287"/>
        <source>Nulstil stemmerne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="296"/>
        <source>Ny arbejdsgruppe {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="313"/>
        <source>Arbejdsgruppens medlemmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="318"/>
        <source>Slet arbejdsgruppe {name}</source>
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
        <location filename="../../ui/operations.py" line="100"/>
        <source>{label}: filen kunne ikke læses eller skrives{where}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="104"/>
        <source>{label} mislykkedes uventet: {error}. Detaljerne står i {log}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Origins</name>
    <message>
        <location filename="../../ui/input_origin.py" line="10"/>
        <source>telefon</source>
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
        <location filename="../../ui/projector/window.py" line="83"/>
        <source>Workshop – projektor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/projector/window.py" line="117"/>
        <source>Prioritering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/projector/window.py" line="257"/>
        <source>Mødet er hævet kl. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/projector/window.py" line="112"/>
        <source>+%1 flere</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionRoundView</name>
    <message>
        <location filename="../../ui/panels/question_round.py" line="109"/>
        <source>Pladsorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/question_round.py" line="110"/>
        <source>Bland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/question_round.py" line="111"/>
        <source>Spring over (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/question_round.py" line="136"/>
        <source>Taleorden:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/question_round.py" line="170"/>
        <source>»{question}«</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/question_round.py" line="171"/>
        <source>Spørgsmålet er ikke skrevet ind på dagsordenspunktet endnu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/question_round.py" line="203"/>
        <source>Enter gemmer svaret og giver ordet videre; Shift+Enter giver en ny linje. Svar gemmes også, mens du skriver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/question_round.py" line="205"/>
        <source>Ingen er markeret til stede. Registrér fremmødet først.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/question_round.py" line="211"/>
        <location filename="../../ui/panels/question_round.py" line="212"/>
        <location filename="../../ui/panels/question_round.py" line="215"/>
        <source>Svar fra {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/question_round.py" line="283"/>
        <source>Alle har svaret ({done} af {all})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/question_round.py" line="286"/>
        <source>Ordet har: {name}   ({done} af {all} har svaret)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomActions</name>
    <message>
        <location filename="../../ui/panels/run_room.py" line="29"/>
        <location filename="../../ui/panels/run_room.py" line="96"/>
        <location filename="../../ui/panels/run_room.py" line="115"/>
        <source>Åbn for deltagere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_room.py" line="32"/>
        <source>Lad medlemmerne følge mødet og skrive fra deres telefoner (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_room.py" line="97"/>
        <source>Hvilket netværk er telefonerne på?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_room.py" line="108"/>
        <source>Luk for deltagere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_room.py" line="110"/>
        <source>Åben for deltagere (almindelig HTTP på det lokale net): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_room.py" line="126"/>
        <source>Deltager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_room.py" line="127"/>
        <source>En ny telefon vil deltage som &quot;%1&quot;, som en anden telefon allerede bruger. Må den det?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_room.py" line="131"/>
        <source>Godkend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_room.py" line="132"/>
        <source>Afvis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomBadge</name>
    <message>
        <location filename="../../ui/room_badge.py" line="58"/>
        <source>Skan koden med telefonen for at deltage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunModePanel</name>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="60"/>
        <source>◀ Forrige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="62"/>
        <location filename="../../ui/panels/run_mode.py" line="168"/>
        <source>Næste ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="61"/>
        <source>Forrige trin (Ctrl+PgUp eller Ctrl+Venstre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="63"/>
        <source>Næste trin (Ctrl+PgDown eller Ctrl+Højre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="64"/>
        <source>Projektor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="66"/>
        <source>Vis projektorvinduet (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="67"/>
        <source>Tidsplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="70"/>
        <source>Vis eller skjul tidsplanen (giver plads til gruppernes kolonner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="71"/>
        <location filename="../../ui/panels/run_mode.py" line="173"/>
        <source>Hæv mødet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="181"/>
        <source>startet {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="183"/>
        <source>, {n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="184"/>
        <source>Punkt {n} af {all} · {kind}{box} · {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="113"/>
        <source>&lt;b&gt;Tidsplan&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="167"/>
        <source>Vælg et møde i navigatoren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="168"/>
        <source>Start mødet ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="172"/>
        <source>Hævet kl. {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="175"/>
        <source>Ingen punkter på dagsordenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="182"/>
        <source>ikke startet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceCommand</name>
    <message>
        <location filename="../../ui/commands.py" line="67"/>
        <source>Kunne ikke gentage &quot;{step}&quot;: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="71"/>
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
    <message>
        <location filename="../../ui/date_field.py" line="21"/>
        <source>Datofelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="22"/>
        <source>Vælg datoen i kalenderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="23"/>
        <source>En dag senere (en tom dato forbliver tom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="24"/>
        <source>En dag tidligere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="46"/>
        <source>Pejlemærker og rangordning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="47"/>
        <source>De valgte pejlemærker: valgt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="48"/>
        <source>De valgte pejlemærker: kortliste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="49"/>
        <source>De valgte pejlemærker: fravalgt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="50"/>
        <source>De valgte pejlemærker: tilbage til kandidat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture.py" line="28"/>
        <source>Tilførsler til protokollen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture.py" line="29"/>
        <source>Slet den valgte tilførsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/group_forming.py" line="36"/>
        <location filename="../../ui/panels/group_forming.py" line="37"/>
        <source>Grupper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/group_forming.py" line="36"/>
        <source>Flyt det valgte medlem til gruppe 1 … 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/group_forming.py" line="37"/>
        <source>Tag det valgte medlem ud af sin gruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/input_columns.py" line="45"/>
        <location filename="../../ui/panels/input_columns.py" line="48"/>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/input_columns.py" line="45"/>
        <source>Tilføj inputtet og bliv i feltet til det næste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/input_columns.py" line="46"/>
        <location filename="../../ui/panels/input_columns.py" line="47"/>
        <source>Input og pejlemærker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/input_columns.py" line="46"/>
        <source>Ret det valgte input eller pejlemærke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/input_columns.py" line="47"/>
        <source>Slet de valgte input eller pejlemærker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/input_columns.py" line="49"/>
        <source>Skjul de valgte input for projektor og telefoner (eller vis dem igen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/question_round.py" line="37"/>
        <location filename="../../ui/panels/question_round.py" line="38"/>
        <location filename="../../ui/panels/question_round.py" line="39"/>
        <source>Spørgerunde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/question_round.py" line="37"/>
        <source>Gem svaret og giv ordet videre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/question_round.py" line="38"/>
        <source>Ny linje i svaret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/question_round.py" line="39"/>
        <source>Spring taleren over (kommer igen til sidst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/projector/window.py" line="58"/>
        <source>Projektorvinduet, når det har fokus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/projector/window.py" line="59"/>
        <source>Normal tekststørrelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/projector/window.py" line="60"/>
        <source>Luk projektorvinduet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TitleDelegate</name>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="82"/>
        <source>Pejlemærkets titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="87"/>
        <source>Omdøb pejlemærke</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VotesView</name>
    <message>
        <location filename="../../ui/panels/dot_voting.py" line="62"/>
        <source>Stemmer pr. medlem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/dot_voting.py" line="64"/>
        <source>Ny afstemning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/dot_voting.py" line="65"/>
        <source>Tager alle prikker tilbage (og stemmetal fra en mødefil); kan fortrydes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/dot_voting.py" line="71"/>
        <source>Stemmer pr. medlem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/dot_voting.py" line="77"/>
        <source>Prikker pr. medlem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/dot_voting.py" line="83"/>
        <source>Rangordning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/dot_voting.py" line="97"/>
        <source>Valgt (V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/dot_voting.py" line="98"/>
        <source>Kortliste (K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/dot_voting.py" line="99"/>
        <source>Fravalgt (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/dot_voting.py" line="100"/>
        <source>Kandidat (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/dot_voting.py" line="106"/>
        <source>&lt;b&gt;Rangordning&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/dot_voting.py" line="119"/>
        <source>Skriv hvert medlems prikker i medlemmets række under pejlemærket (tal og Enter; 0 tager dem tilbage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/dot_voting.py" line="202"/>
        <source>{n} af {low}–{high} valgt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/dot_voting.py" line="233"/>
        <source>Markér et eller flere pejlemærker i rangordningen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/dot_voting.py" line="236"/>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkingGroupsView</name>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="51"/>
        <source>Arbejdsgrupper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="59"/>
        <source>Ny arbejdsgruppe – skriv navnet, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="60"/>
        <source>Navn på ny arbejdsgruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="62"/>
        <source>Tilføj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="65"/>
        <source>Valgt pejlemærke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="66"/>
        <source>Opret fra pejlemærke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="68"/>
        <source>Fjern valgte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="74"/>
        <source>&lt;b&gt;Arbejdsgrupper&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="88"/>
        <location filename="../../ui/panels/working_groups.py" line="90"/>
        <source>Arbejdsgruppens navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="93"/>
        <location filename="../../ui/panels/working_groups.py" line="97"/>
        <location filename="../../ui/panels/working_groups.py" line="110"/>
        <source>Kommissorium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="95"/>
        <source>Hvad arbejdsgruppen skal, og hvad den leverer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="100"/>
        <source>Arbejdsgruppens medlemmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="102"/>
        <location filename="../../ui/panels/working_groups.py" line="112"/>
        <location filename="../../ui/panels/working_groups.py" line="298"/>
        <source>Første møde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="103"/>
        <location filename="../../ui/panels/working_groups.py" line="113"/>
        <location filename="../../ui/panels/working_groups.py" line="298"/>
        <source>Melder tilbage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="109"/>
        <source>Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="111"/>
        <source>Medlemmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="181"/>
        <source>1 medlem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="181"/>
        <source>{n} medlemmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="183"/>
        <source>mødes {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="185"/>
        <source>melder tilbage {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="199"/>
        <source> (har en gruppe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="202"/>
        <source>Ingen valgte pejlemærker endnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="258"/>
        <source>Skriv arbejdsgruppens navn først.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="276"/>
        <source>Arbejde videre med pejlemærket &quot;{title}&quot; og komme med forslag til udvalget.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrappingDelegate</name>
    <message>
        <location filename="../../ui/panels/input_columns.py" line="85"/>
        <source>Ret input</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
