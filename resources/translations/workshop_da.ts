<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="da">
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../../ui/models/agenda_text.py" line="15"/>
        <source>Resumé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_text.py" line="16"/>
        <source>Baggrund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_text.py" line="17"/>
        <source>Sagsfremstilling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_text.py" line="18"/>
        <source>Økonomiske konsekvenser og finansiering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_text.py" line="19"/>
        <source>Tidligere beslutninger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="84"/>
        <source>Vælg et møde i navigatoren, eller opret et med Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="110"/>
        <location filename="../../ui/panels/agenda.py" line="117"/>
        <source>Mødested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="116"/>
        <source>Mødets titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="121"/>
        <source>Mødets formål (står i referatets resumé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="125"/>
        <source>Mødets formål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="126"/>
        <source>Mødets sags ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="130"/>
        <source>Møde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="132"/>
        <source>Starter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="134"/>
        <source>Sted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="136"/>
        <source>Formål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="63"/>
        <location filename="../../ui/panels/agenda.py" line="147"/>
        <source>lukket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="157"/>
        <location filename="../../ui/panels/agenda.py" line="168"/>
        <source>Tilføj punkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="176"/>
        <source>Slet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="188"/>
        <source>&lt;b&gt;Punkter og tidsplan&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="220"/>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="220"/>
        <source>Punktets titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="226"/>
        <source>Lukket punkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="233"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="234"/>
        <source>ingen tidsramme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="236"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="242"/>
        <location filename="../../ui/panels/agenda.py" line="393"/>
        <source>Tidsramme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="138"/>
        <location filename="../../ui/panels/agenda.py" line="243"/>
        <source>Sags ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="62"/>
        <source>åbent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="248"/>
        <source>Spørgsmål til spørgerunden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="248"/>
        <source>Spørgsmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="249"/>
        <source>Drøftelsesspørgsmål (ét pr. linje)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="250"/>
        <source>Drøftelsesspørgsmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="251"/>
        <source>Perspektiver (ét pr. linje)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="252"/>
        <source>Perspektiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="256"/>
        <source>Indstilling fra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="257"/>
        <source>Indstilling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="258"/>
        <source>Indstillingspunkter (ét pr. linje, nummereres i referatet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="259"/>
        <source>Indstillingspunkter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="260"/>
        <source>Beslutningen træffes af</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="262"/>
        <source>Bilag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="264"/>
        <source>Tilføj et punkt med Ctrl+T, eller vælg et punkt i listen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="380"/>
        <source>Typen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="380"/>
        <source>Lukket/åbent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="380"/>
        <source>Tidsrammen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_text.py" line="49"/>
        <source>Start {start} · slut ca. {end} · {n} punkter · i alt {h} t {m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="386"/>
        <source>Skift punktets type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="389"/>
        <source>Lukket/åbent punkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="405"/>
        <source>Mødets starttid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="406"/>
        <source>Starttiden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="424"/>
        <source>Tilføj {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="437"/>
        <source>Flyt punkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="461"/>
        <source>Slet {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaTemplates</name>
    <message>
        <location filename="../../ui/panels/agenda_templates.py" line="27"/>
        <location filename="../../ui/panels/agenda_templates.py" line="70"/>
        <source>Velkomst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_templates.py" line="30"/>
        <location filename="../../ui/panels/agenda_templates.py" line="71"/>
        <source>Spørgerunde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_templates.py" line="34"/>
        <location filename="../../ui/panels/agenda_templates.py" line="72"/>
        <source>Gruppearbejde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_templates.py" line="39"/>
        <location filename="../../ui/panels/agenda_templates.py" line="73"/>
        <source>Nedsættelse af arbejdsgrupper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_templates.py" line="45"/>
        <location filename="../../ui/panels/agenda_templates.py" line="74"/>
        <source>Afrunding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_templates.py" line="48"/>
        <location filename="../../ui/panels/agenda_templates.py" line="69"/>
        <source>Sag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_templates.py" line="53"/>
        <location filename="../../ui/panels/agenda_templates.py" line="75"/>
        <source>Meddelelser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_templates.py" line="56"/>
        <source>Eventuelt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_templates.py" line="60"/>
        <location filename="../../ui/panels/agenda_templates.py" line="76"/>
        <source>Godkendelse af referat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../ui/context.py" line="100"/>
        <source>Serveren kan ikke nås, så {what} er ikke gemt. Prøv igen, når forbindelsen er tilbage (tekst, du skriver, bliver stående og gemmes af sig selv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context.py" line="103"/>
        <source>ændringen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../ui/panels/referat_dialogs.py" line="23"/>
        <source>{date} kl. {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat_dialogs.py" line="39"/>
        <source>Godkendelse af referatet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat_dialogs.py" line="42"/>
        <source>Sæt kryds ved hvert fremmødt medlem, der har godkendt referatet. Tidspunktet registreres, når du trykker Gem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat_dialogs.py" line="49"/>
        <source>Godkendt af {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat_dialogs.py" line="55"/>
        <source>godkendt {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat_dialogs.py" line="57"/>
        <source>godkendes nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat_dialogs.py" line="65"/>
        <source>Gem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat_dialogs.py" line="66"/>
        <source>Annullér</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat_dialogs.py" line="70"/>
        <source>Godkend for alle til stede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat_dialogs.py" line="71"/>
        <source>Registrér en godkendelse for hvert fremmødt medlem, der ikke har godkendt endnu, nu og på én gang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat_dialogs.py" line="100"/>
        <source>godkendt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat_dialogs.py" line="105"/>
        <source>Luk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsEditor</name>
    <message>
        <location filename="../../ui/panels/agenda_attachments.py" line="40"/>
        <source>Bilag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_attachments.py" line="40"/>
        <source>ANBEFALET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_attachments.py" line="48"/>
        <source>Tilføj bilag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_attachments.py" line="50"/>
        <source>Fjern bilag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_attachments.py" line="120"/>
        <source>Ret bilag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_attachments.py" line="122"/>
        <source>Bilagene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_attachments.py" line="129"/>
        <source>Nyt bilag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../../ui/panels/attendance.py" line="79"/>
        <source>Vælg et møde i navigatoren for at registrere fremmøde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="96"/>
        <source>Medlem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="96"/>
        <source>Til stede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="96"/>
        <source>Fraværende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="96"/>
        <source>Afbud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="96"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="98"/>
        <source>formand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="98"/>
        <source>næstformand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="120"/>
        <location filename="../../ui/panels/attendance.py" line="237"/>
        <source>fraværende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="120"/>
        <source>inhabil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="132"/>
        <source>Fravær og inhabilitet under enkelte punkter (klik eller mellemrum skifter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="137"/>
        <source>Fremmøde (tasterne P, F og A på den valgte række)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="198"/>
        <source>{present} til stede · {absent} fraværende · {excused} afbud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="201"/>
        <source> · {n} ikke registreret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="237"/>
        <source>til stede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="237"/>
        <source>afbud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="241"/>
        <source>Fremmødet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="241"/>
        <source>Noten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="245"/>
        <source>Fremmøde for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="249"/>
        <source>Note for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="283"/>
        <source>Resten til stede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="296"/>
        <source>Fravær under punkt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateList</name>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="66"/>
        <source>Markér et eller flere pejlemærker først.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="70"/>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <location filename="../../ui/models/candidate_model.py" line="60"/>
        <source>Pejlemærke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/candidate_model.py" line="61"/>
        <source>Stemmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/candidate_model.py" line="62"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/candidate_model.py" line="63"/>
        <source>Gruppe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateStatus</name>
    <message>
        <location filename="../../ui/models/candidate_model.py" line="37"/>
        <source>kandidat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/candidate_model.py" line="37"/>
        <source>kortliste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/candidate_model.py" line="38"/>
        <source>valgt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/candidate_model.py" line="38"/>
        <source>fravalgt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidatesPanel</name>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="164"/>
        <source>&lt;b&gt;Pejlemærker&lt;/b&gt; – træk input hertil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="166"/>
        <source>Titel (tom: det første valgte input) – Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="167"/>
        <source>Titel på nyt pejlemærke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="169"/>
        <source>Nyt pejlemærke fra valgte input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="172"/>
        <source>Pejlemærker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="175"/>
        <source>Valgte input → pejlemærke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="177"/>
        <source>Slå valgte sammen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="178"/>
        <source>Det øverste valgte pejlemærke beholdes; input og stemmer følger med</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="180"/>
        <source>Tag input ud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="182"/>
        <source>Slet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="254"/>
        <source>Skriv en titel, eller vælg et eller flere input til det nye pejlemærke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="259"/>
        <source>&quot;{title}&quot; oprettet med {n} input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="269"/>
        <source>Vælg input i en gruppe og ét pejlemærke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="276"/>
        <source>Vælg mindst to pejlemærker, der skal slås sammen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="280"/>
        <source>Slået sammen i &quot;{title}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <location filename="../../ui/panels/capture.py" line="47"/>
        <source>Dagsordenspunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture.py" line="50"/>
        <source>◀ Forrige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture.py" line="51"/>
        <source>Forrige trin (Ctrl+PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture.py" line="53"/>
        <location filename="../../ui/panels/capture.py" line="165"/>
        <source>Næste ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture.py" line="54"/>
        <source>Næste trin (Ctrl+PgDown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture.py" line="59"/>
        <source>Hæv mødet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture.py" line="65"/>
        <source>Punkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture.py" line="153"/>
        <source>hævet kl. {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture.py" line="155"/>
        <source>mødet er ikke startet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture.py" line="157"/>
        <source>startet {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture.py" line="161"/>
        <source>{state} · du bladrer alene; mødet er på {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture.py" line="163"/>
        <source>du bladrer alene; mødet er på {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture.py" line="165"/>
        <source>Start mødet ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture.py" line="176"/>
        <source>punkt {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture.py" line="176"/>
        <source>intet punkt endnu</source>
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
        <location filename="../../ui/panels/item_step.py" line="95"/>
        <source>Hæv mødet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="98"/>
        <location filename="../../ui/panels/item_step.py" line="109"/>
        <source>Hævet kl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="99"/>
        <source>TT:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="103"/>
        <location filename="../../ui/panels/item_step.py" line="113"/>
        <source>Næste møde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="124"/>
        <source>Mødet blev hævet kl. {time}. Tidspunktet kan rettes, indtil referatet er sendt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="126"/>
        <source>Tryk &quot;Hæv mødet&quot;, når mødet slutter; klokkeslættet kommer i referatet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitteePanel</name>
    <message>
        <location filename="../../ui/panels/committee.py" line="39"/>
        <source>formand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="40"/>
        <source>næstformand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="41"/>
        <source>medlem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="44"/>
        <source>åben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="45"/>
        <source>godkendt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="161"/>
        <source>Vælg eller opret et udvalg i navigatoren (Ctrl+Shift+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="85"/>
        <source>fx 2017-2018</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="91"/>
        <source>Udvalgets navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="92"/>
        <source>Udvalgets type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="93"/>
        <source>Udvalgets periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="96"/>
        <location filename="../../ui/panels/committee.py" line="105"/>
        <source>Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="99"/>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="101"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="106"/>
        <source>Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="107"/>
        <source>Gruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="108"/>
        <source>Parti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="121"/>
        <source>Opgave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="122"/>
        <source>Frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="123"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="124"/>
        <source>Beskrivelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="291"/>
        <source>Tilføj medlem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="301"/>
        <source>Tilføj opgave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="343"/>
        <source>Fjern {n} rækker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="144"/>
        <source>Medlemmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="151"/>
        <source>Opgaver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="239"/>
        <source>{n} medlemmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="251"/>
        <source>Ret medlem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="257"/>
        <source>Ret opgave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="289"/>
        <source>Nyt medlem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="302"/>
        <source>Ny opgave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="342"/>
        <source>Fjern {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="38"/>
        <source>{field}: gemt af en anden imens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="41"/>
        <source>En anden bærbar har gemt »{field}«, mens du skrev. Intet er overskrevet: vælg den tekst, der skal gælde, eller flet dem nedenfor og gem den flettede.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="45"/>
        <location filename="../../ui/conflict_dialog.py" line="52"/>
        <source>Din tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="46"/>
        <location filename="../../ui/conflict_dialog.py" line="53"/>
        <source>Den andens tekst (gemt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="48"/>
        <source>Flettet tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="57"/>
        <source>Behold min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="58"/>
        <source>Behold den andens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="59"/>
        <source>Gem den flettede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="72"/>
        <source>Flettet (kan rettes):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/panels/referat_dialogs.py" line="113"/>
        <source>Ny version {version} (rettelse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat_dialogs.py" line="114"/>
        <source>Den godkendte version bevares uændret. Version {version} bliver et nyt udkast. Skriv, hvad der rettes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat_dialogs.py" line="118"/>
        <source>Hvad rettes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat_dialogs.py" line="122"/>
        <source>Opret ny version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat_dialogs.py" line="123"/>
        <source>Annullér</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataLayer</name>
    <message>
        <location filename="../../ui/data_layer.py" line="77"/>
        <source>Indlæsning af databasen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/date_field.py" line="80"/>
        <source>ingen dato – fx 20-12-2017</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="87"/>
        <source>Vælg i kalenderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="88"/>
        <source>Kalender for {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionEditor</name>
    <message>
        <location filename="../../ui/panels/referat.py" line="64"/>
        <source>Resultater for punkt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="65"/>
        <source>Resultaterne udskrives altid før beslutningen. Skriv kun selve beslutningen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="68"/>
        <source>Ingen beslutning ført til protokol under dette punkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="71"/>
        <source>Beslutning for punkt {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="72"/>
        <source>Beslutning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="73"/>
        <source>Beslutning, punkt {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionView</name>
    <message>
        <location filename="../../ui/panels/capture_decision.py" line="59"/>
        <source>Beslutning, fx »Godkendt.« eller »Udvalget drøftede …«</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture_decision.py" line="60"/>
        <location filename="../../ui/panels/capture_decision.py" line="64"/>
        <location filename="../../ui/panels/capture_decision.py" line="76"/>
        <source>Beslutning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture_decision.py" line="66"/>
        <source>Resultater, som de udskrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture_decision.py" line="67"/>
        <location filename="../../ui/panels/capture_decision.py" line="134"/>
        <source>Ingen beslutning ført til protokol under dette punkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture_decision.py" line="84"/>
        <source>Medlem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture_decision.py" line="84"/>
        <source>Tilførsel til protokollen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture_decision.py" line="92"/>
        <source>Tilførsel fra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture_decision.py" line="94"/>
        <source>Tilførsel – Enter tilføjer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture_decision.py" line="95"/>
        <source>Ny tilførsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture_decision.py" line="97"/>
        <source>Slet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture_decision.py" line="103"/>
        <source>Tilførsler til protokollen</source>
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
        <location filename="../../ui/panels/group_forming.py" line="84"/>
        <source>Gruppens navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/group_forming.py" line="88"/>
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
        <location filename="../../ui/panels/input_columns.py" line="187"/>
        <source>Nyt input – Enter tilføjer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/input_columns.py" line="204"/>
        <source>Ingen medlemmer valgt endnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/input_columns.py" line="205"/>
        <source>Nyt input til {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/input_columns.py" line="243"/>
        <source>Inputtet »{text}« blev ikke gemt: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/input_columns.py" line="245"/>
        <source>Inputtet »{text}« blev ikke gemt: {reason}. Teksten står i feltet igen.</source>
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
        <location filename="../../ui/models/input_model.py" line="119"/>
        <source>Gemmes …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/input_model.py" line="178"/>
        <source>Fra {origin}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/input_model.py" line="180"/>
        <source>Under pejlemærket »{title}«</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/input_model.py" line="182"/>
        <source>Skjult for projektor og telefoner (Ctrl+H viser det igen); referatet medtager det</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/input_model.py" line="290"/>
        <source>Gemmes … (serveren har ikke svaret endnu)</source>
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
        <location filename="../../ui/panels/group_inputs.py" line="160"/>
        <source>{n} input, heraf {loose} uden pejlemærke</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemStepView</name>
    <message>
        <location filename="../../ui/panels/item_step.py" line="48"/>
        <source>Grupper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="49"/>
        <source>Input og pejlemærker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="50"/>
        <source>Prioritering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="170"/>
        <source>Vælg et møde med en dagsorden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="179"/>
        <source>1. Grupper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="180"/>
        <source>2. Input og pejlemærker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="181"/>
        <source>3. Prioritering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="265"/>
        <source>Referatet (version {v}) er sendt til godkendelse, så mødet kan ikke ændres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="266"/>
        <source>Referatet (version {v}) er godkendt og låst. Start en rettelse under Referat for at ændre noget.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemSummary</name>
    <message>
        <location filename="../../ui/panels/item_step.py" line="69"/>
        <source>{who} indstiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="70"/>
        <source>Indstilling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/app.py" line="185"/>
        <source>Databasen kan ikke åbnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="186"/>
        <source>{message}

Workshop lukker; filen er ikke ændret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="71"/>
        <location filename="../../ui/main_window.py" line="98"/>
        <source>Åbner databasen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="476"/>
        <source>Fortryd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="480"/>
        <source>Annullér fortryd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="567"/>
        <source>Om Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>&amp;Filer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>Denne computers navn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>&amp;Rediger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>&amp;Vis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>&amp;Møde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>&amp;Hjælp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <location filename="../../ui/main_window.py" line="573"/>
        <source>Sprog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>Indlæser… Dagsordenen kan læses nu; redigering om et øjeblik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <source>Serveren kan ikke nås. Det, du skriver, bliver stående og gemmes, når forbindelsen er tilbage; andre ændringer afvises, indtil da.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307"/>
        <source>Denne computers navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308"/>
        <source>Det navn, de andre bærbare ser, når denne har mødet åbent på den fælles server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321"/>
        <source>Også åbent hos: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322"/>
        <source>Ingen andre har mødet åbent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="328"/>
        <source>Forbindelsen til serveren er tilbage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="476"/>
        <source>Fortryd {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="480"/>
        <source>Annullér fortryd {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="504"/>
        <source>Importér mødefil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="505"/>
        <source>Mødefiler (*.json);;Alle filer (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="520"/>
        <source>Mødefilen blev afvist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="521"/>
        <source>Mødefilen blev ikke importeret; intet er ændret.

{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="531"/>
        <location filename="../../ui/main_window.py" line="537"/>
        <source>Mødefilen er importeret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="549"/>
        <source>Eksportér mødefil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="549"/>
        <source>møde.workshop.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="550"/>
        <source>Mødefiler (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="555"/>
        <source>Eksport mislykkedes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="557"/>
        <source>Mødet er gemt i {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="568"/>
        <source>Workshop afvikler opgaveudvalgenes møder og skriver referatet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="574"/>
        <source>Sproget skiftes, næste gang Workshop startes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="585"/>
        <source>Ikke gemt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="586"/>
        <source>Noget af det, du har skrevet, kunne ikke gemmes. Luk alligevel?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingActions</name>
    <message>
        <location filename="../../ui/meeting_actions.py" line="45"/>
        <source>Start mødet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_actions.py" line="48"/>
        <source>Hæv mødet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_actions.py" line="49"/>
        <source>Ret hævet kl.…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_actions.py" line="54"/>
        <source>Følg mødets aktuelle trin, når en anden flytter det ({keys}); slået fra bladrer du her alene, og mødet bliver, hvor det er</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_actions.py" line="101"/>
        <source>Hæv mødet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_actions.py" line="102"/>
        <source>Hæv mødet kl. {time}? Tidspunktet kommer i referatet og kan rettes, indtil referatet er sendt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_actions.py" line="118"/>
        <source>Hævet kl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_actions.py" line="119"/>
        <source>Mødet blev hævet kl. (TT:MM):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_actions.py" line="149"/>
        <source>&quot;{text}&quot; er ikke et klokkeslæt; skriv fx 21:05</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../ui/panels/navigator.py" line="49"/>
        <source>Nyt møde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="53"/>
        <source>{n}. møde i {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="60"/>
        <source>Nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="61"/>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="62"/>
        <source>Starter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="63"/>
        <source>Sted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingEdits</name>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="51"/>
        <source>Gå til {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="58"/>
        <source>Hæv mødet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="64"/>
        <source>Ret hævet kl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="75"/>
        <source>Næste møde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="30"/>
        <source>Teksten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="69"/>
        <source>Hævet kl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="85"/>
        <source>Tilføj tilførsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="95"/>
        <source>Ret tilførsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="100"/>
        <source>Slet tilførsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="120"/>
        <source>Ny gruppe {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="127"/>
        <source>Gruppens medlemmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="132"/>
        <source>Slet gruppe {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="170"/>
        <source>Fordel automatisk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="182"/>
        <source>Tilføj input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="192"/>
        <source>Ret input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="206"/>
        <source>Skjul input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="207"/>
        <source>Vis input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="211"/>
        <source>Slet input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="211"/>
        <source>Slet {n} input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="224"/>
        <source>Flyt input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="241"/>
        <source>Nyt pejlemærke {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="268"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="280"/>
        <source>Input til pejlemærke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="280"/>
        <source>Input ud af pejlemærke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="284"/>
        <source>Slet pejlemærke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="285"/>
        <source>Slet {n} pejlemærker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="293"/>
        <source>Slå pejlemærker sammen i {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="301"/>
        <source>Stemmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="309"/>
        <source>Stemmer pr. medlem: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="316"/>
        <source>Nulstil stemmerne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="325"/>
        <source>Ny arbejdsgruppe {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="344"/>
        <source>Arbejdsgruppens medlemmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="351"/>
        <source>Arbejdsgruppens tovholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="358"/>
        <source>Arbejdsgruppens medlemmer udefra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="363"/>
        <source>Slet arbejdsgruppe {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../ui/models/meeting_labels.py" line="13"/>
        <source>Møder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/meeting_labels.py" line="14"/>
        <source>Medlemmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/meeting_labels.py" line="15"/>
        <source>Opgaver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/meeting_labels.py" line="16"/>
        <source>Arbejdsgrupper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/navigator_model.py" line="22"/>
        <source>formand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/navigator_model.py" line="23"/>
        <source>næstformand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/meeting_labels.py" line="42"/>
        <source>afholdt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/meeting_labels.py" line="44"/>
        <source>i gang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/meeting_labels.py" line="45"/>
        <source>planlagt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/meeting_labels.py" line="49"/>
        <source>{n}. møde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="199"/>
        <source>Nyt udvalg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="199"/>
        <source>Udvalgets navn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="204"/>
        <source>Opret udvalg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="223"/>
        <source>Opret møde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="253"/>
        <location filename="../../ui/panels/navigator.py" line="255"/>
        <source>Omdøb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="253"/>
        <source>Nyt navn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="256"/>
        <source>Navnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="273"/>
        <source>Slet {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="281"/>
        <source> og {n} flere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="282"/>
        <source>Slet {names}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="285"/>
        <source>{n} registreringer (fremmøde, svar, input m.m.) slettes med. Du kan fortryde med Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="288"/>
        <location filename="../../ui/panels/navigator.py" line="295"/>
        <source>Slet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="296"/>
        <source>Slet &quot;{name}&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="303"/>
        <source>Slet indhold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="304"/>
        <source>&quot;{name}&quot; har {n} registreringer (fremmøde, svar, input, referat m.m.), som slettes med. Er du helt sikker? (Du kan fortryde med Ctrl+Z.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../ui/operations.py" line="154"/>
        <source>{label}: filen kunne ikke læses eller skrives{where}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="158"/>
        <source>{label} mislykkedes uventet: {error}. Detaljerne står i {log}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Origins</name>
    <message>
        <location filename="../../ui/input_origin.py" line="12"/>
        <source>telefon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <location filename="../../ui/panels/__init__.py" line="42"/>
        <source>Udvalg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/__init__.py" line="43"/>
        <source>Dagsorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/__init__.py" line="44"/>
        <source>Fremmøde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/__init__.py" line="45"/>
        <source>Indfangning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/__init__.py" line="46"/>
        <source>Referat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/__init__.py" line="47"/>
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
    <name>Projector</name>
    <message>
        <location filename="../../ui/projector/window.py" line="63"/>
        <source>{title} · {number}. møde</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../ui/projector/window.py" line="81"/>
        <source>Workshop – projektor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/projector/window.py" line="115"/>
        <source>Prioritering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/projector/window.py" line="255"/>
        <source>Mødet er hævet kl. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/projector/window.py" line="110"/>
        <source>+%1 flere</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionRoundView</name>
    <message>
        <location filename="../../ui/panels/question_round.py" line="103"/>
        <source>Pladsorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/question_round.py" line="104"/>
        <source>Bland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/question_round.py" line="105"/>
        <source>Spring over (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/question_round.py" line="130"/>
        <source>Taleorden:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/question_round.py" line="164"/>
        <source>»{question}«</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/question_round.py" line="165"/>
        <source>Spørgsmålet er ikke skrevet ind på dagsordenspunktet endnu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/question_round.py" line="198"/>
        <source>Enter gemmer svaret og giver ordet videre; Shift+Enter giver en ny linje. Svar gemmes også, mens du skriver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/question_round.py" line="200"/>
        <source>Ingen er markeret til stede. Registrér fremmødet først.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/question_round.py" line="206"/>
        <location filename="../../ui/panels/question_round.py" line="207"/>
        <location filename="../../ui/panels/question_round.py" line="210"/>
        <source>Svar fra {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/question_round.py" line="286"/>
        <source>Alle har svaret ({done} af {all})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/question_round.py" line="289"/>
        <source>Ordet har: {name}   ({done} af {all} har svaret)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferatPanel</name>
    <message>
        <location filename="../../ui/panels/referat.py" line="45"/>
        <source>Udkast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="46"/>
        <source>Sendt til godkendelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="47"/>
        <source>Godkendt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="121"/>
        <source>Stol på nøglen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="122"/>
        <source>Vis referater, som denne nøgle har signeret, som verificerede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="124"/>
        <location filename="../../ui/panels/referat.py" line="434"/>
        <source>Send til godkendelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="126"/>
        <source>Godkendelser …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="128"/>
        <source>Ny version (rettelse) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="130"/>
        <source>Eksportér PDF …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="132"/>
        <source>Eksportér mødefil …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="134"/>
        <source>Udskriv …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="163"/>
        <source>Beslutninger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="280"/>
        <source>Referat, version {version}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="281"/>
        <source>Vælg et møde for at se referatet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="286"/>
        <source>Godkendt af {n} af {all} fremmødte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="288"/>
        <source>Fingeraftryk (SHA-256): {sha}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="291"/>
        <source>Rettelse: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="302"/>
        <source>Referatet er sendt til godkendelse og kan ikke ændres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="303"/>
        <source>Referatet er godkendt og låst. Ret det med en ny version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="313"/>
        <source>Verificeret. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="314"/>
        <source>Godkendt andetsteds – ikke verificeret: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="315"/>
        <source>Ændret efter godkendelse: {reason} Det er ikke det godkendte referat; PDF og udskrift mærkes ÆNDRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="331"/>
        <source>Stol på nøglen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="332"/>
        <source>Referatet er signeret af en anden installation med nøgle-id

    {key_id}

Stol kun på nøglen, hvis du har sammenlignet nøgle-id&apos;et med den installation, der godkendte referatet (Workshop viser det med »workshop key« dér). Derefter vises referater, den har signeret, som verificerede. Stol på nøglen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="344"/>
        <source>Nøglen kunne ikke gemmes: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="356"/>
        <source>Ændret efter godkendelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="357"/>
        <source>Referatet er ændret efter godkendelse: {reason}

Det er ikke det godkendte referat. {what} alligevel? Hver side mærkes ÆNDRET EFTER GODKENDELSE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="386"/>
        <source>Forhåndsvisningen kan ikke laves: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="392"/>
        <source>Opdaterer forhåndsvisningen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="397"/>
        <source>Forhåndsvisningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="435"/>
        <source>Referatet fastlåses, som det står nu, og sendes til de fremmødte medlemmer til godkendelse. Mødet kan derefter ikke ændres. Fortsæt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="521"/>
        <source>Referat {date} v{version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="525"/>
        <source>Eksportér</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="529"/>
        <source>Eksportér referat som PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="530"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="541"/>
        <source>Skriver {name} …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="542"/>
        <source>Eksportér PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="553"/>
        <source>Eksport af PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="559"/>
        <location filename="../../ui/panels/referat.py" line="591"/>
        <source>Gemt: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="560"/>
        <source> – mærket ÆNDRET EFTER GODKENDELSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="578"/>
        <source>Eksportér mødefil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="579"/>
        <source>Mødefil (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="588"/>
        <source>Mødefilen kunne ikke skrives ({path}): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="597"/>
        <source>Forhåndsvisningen er ikke klar endnu; prøv igen om et øjeblik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="599"/>
        <source>Udskriv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="604"/>
        <source>Udskriv referat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomActions</name>
    <message>
        <location filename="../../ui/panels/run_room.py" line="95"/>
        <location filename="../../ui/panels/run_room.py" line="114"/>
        <source>Åbn for deltagere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_room.py" line="31"/>
        <source>Lad medlemmerne følge mødet og skrive fra deres telefoner ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_room.py" line="96"/>
        <source>Hvilket netværk er telefonerne på?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_room.py" line="107"/>
        <source>Luk for deltagere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_room.py" line="109"/>
        <source>Åben for deltagere (almindelig HTTP på det lokale net): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_room.py" line="125"/>
        <source>Deltager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_room.py" line="126"/>
        <source>En ny telefon vil deltage som &quot;%1&quot;, som en anden telefon allerede bruger. Må den det?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_room.py" line="130"/>
        <source>Godkend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_room.py" line="131"/>
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
    <name>RoomControl</name>
    <message>
        <location filename="../../ui/room_control.py" line="61"/>
        <source>Computeren er ikke på et netværk, så telefonerne kan ikke nå den. Forbind til mødelokalets net og prøv igen.</source>
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
        <location filename="../../ui/panels/run_mode.py" line="169"/>
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
        <location filename="../../ui/panels/run_mode.py" line="174"/>
        <source>Hæv mødet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="182"/>
        <source>startet {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="184"/>
        <source>, {n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="185"/>
        <source>Punkt {n} af {all} · {kind}{box} · {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="114"/>
        <source>&lt;b&gt;Tidsplan&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="168"/>
        <source>Vælg et møde i navigatoren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="169"/>
        <source>Start mødet ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="173"/>
        <source>Hævet kl. {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="176"/>
        <source>Ingen punkter på dagsordenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="183"/>
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
        <location filename="../../ui/shortcuts.py" line="284"/>
        <source>Tastaturgenveje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="287"/>
        <source>Taster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="287"/>
        <source>Hvor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="287"/>
        <source>Hvad</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="73"/>
        <location filename="../../ui/shortcuts.py" line="96"/>
        <source>Dagsorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="74"/>
        <location filename="../../ui/shortcuts.py" line="97"/>
        <source>Fremmøde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="147"/>
        <source>Valgt medlem er til stede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="149"/>
        <source>Valgt medlem er fraværende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="151"/>
        <source>Valgt medlem har meldt afbud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="153"/>
        <source>Fremmøde, punkter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="154"/>
        <source>Skift fraværende/inhabil for medlem og punkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="69"/>
        <source>Vindue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="70"/>
        <source>Navigatoren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="71"/>
        <source>Møde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="72"/>
        <location filename="../../ui/shortcuts.py" line="95"/>
        <source>Udvalg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="81"/>
        <source>Datofelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="87"/>
        <source>Importér mødefil…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="88"/>
        <source>Eksportér mødefil…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="89"/>
        <source>Afslut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="90"/>
        <source>Fortryd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="91"/>
        <source>Annullér fortryd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="93"/>
        <source>Gå til navigatoren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="98"/>
        <source>Indfangning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="99"/>
        <source>Referat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="100"/>
        <source>Afvikling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="101"/>
        <source>Dansk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="102"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="103"/>
        <source>Tastaturgenveje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="104"/>
        <source>Om Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="105"/>
        <source>Nyt udvalg…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="107"/>
        <source>Nyt møde…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="110"/>
        <source>Omdøb…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="111"/>
        <source>Slet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="113"/>
        <source>Forrige trin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="115"/>
        <source>Næste trin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="117"/>
        <source>Følg mødet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="119"/>
        <source>Vis projektorvindue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="122"/>
        <source>Større tekst på projektoren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="123"/>
        <source>Mindre tekst på projektoren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="125"/>
        <source>Åbn for deltagere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="128"/>
        <source>Tilføj medlem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="130"/>
        <source>Tilføj opgave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="132"/>
        <source>Fjern medlem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="134"/>
        <source>Fjern opgave…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="136"/>
        <source>Medlemmer og opgaver i Udvalg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="137"/>
        <source>Gemmer feltet; igen: næste række, på sidste række en ny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="140"/>
        <source>Tilføj punkt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="141"/>
        <source>Slet punkt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="142"/>
        <source>Flyt punkt op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="143"/>
        <source>Flyt punkt ned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="146"/>
        <source>Marker resten som til stede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="170"/>
        <source>Slet de valgte input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="174"/>
        <source>Slet de valgte pejlemærker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="184"/>
        <source>Arbejdsgrupper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="185"/>
        <source>Fjern den valgte person udefra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="189"/>
        <source>Vælg datoen i kalenderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="191"/>
        <source>En dag senere (en tom dato forbliver tom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="193"/>
        <source>En dag tidligere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="224"/>
        <source> eller </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="79"/>
        <source>Pejlemærker og rangordning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="176"/>
        <source>De valgte pejlemærker: valgt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="179"/>
        <source>De valgte pejlemærker: kortliste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="180"/>
        <source>De valgte pejlemærker: fravalgt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="183"/>
        <source>De valgte pejlemærker: tilbage til kandidat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="80"/>
        <source>Tilførsler til protokollen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="186"/>
        <source>Slet den valgte tilførsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="76"/>
        <source>Grupper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="163"/>
        <source>Flyt det valgte medlem til gruppe 1 … 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="164"/>
        <source>Tag det valgte medlem ud af sin gruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="77"/>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="166"/>
        <source>Tilføj inputtet og bliv i feltet til det næste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="78"/>
        <source>Input og pejlemærker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="168"/>
        <source>Ret det valgte input eller pejlemærke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="172"/>
        <source>Skjul de valgte input for projektor og telefoner (eller vis dem igen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="75"/>
        <source>Spørgerunde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="157"/>
        <source>Gem svaret og giv ordet videre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="159"/>
        <source>Ny linje i svaret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="161"/>
        <source>Spring taleren over (kommer igen til sidst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="82"/>
        <source>Projektorvinduet, når det har fokus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="196"/>
        <source>Større tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="198"/>
        <source>Mindre tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="199"/>
        <source>Normal tekststørrelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="200"/>
        <source>Luk projektorvinduet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TitleDelegate</name>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="87"/>
        <source>Pejlemærkets titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="101"/>
        <source>Omdøb pejlemærke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="102"/>
        <source>Titlen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versioned</name>
    <message>
        <location filename="../../ui/versioned.py" line="123"/>
        <source>tom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/versioned.py" line="134"/>
        <source>{what} er slettet af en anden imens; din ændring er ikke gemt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/versioned.py" line="137"/>
        <source>{field} er nu {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/versioned.py" line="141"/>
        <source>{what} er ændret af en anden imens; din ændring er ikke gemt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/versioned.py" line="143"/>
        <source>{what} er ændret af en anden imens: {changes}. Din ændring er ikke gemt.</source>
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
        <location filename="../../ui/panels/dot_voting.py" line="237"/>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkingGroupsView</name>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="47"/>
        <source>fraværende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="48"/>
        <source>afbud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="49"/>
        <source>ikke til stede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="64"/>
        <source>Arbejdsgrupper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="72"/>
        <source>Ny arbejdsgruppe – skriv navnet, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="73"/>
        <source>Navn på ny arbejdsgruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="76"/>
        <source>Tilføj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="79"/>
        <source>Valgt pejlemærke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="80"/>
        <source>Opret fra pejlemærke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="82"/>
        <source>Fjern valgte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="85"/>
        <source>&lt;b&gt;Arbejdsgrupper&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="98"/>
        <location filename="../../ui/panels/working_groups.py" line="105"/>
        <source>Arbejdsgruppens navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="107"/>
        <location filename="../../ui/panels/working_groups.py" line="112"/>
        <location filename="../../ui/panels/working_groups.py" line="153"/>
        <source>Kommissorium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="109"/>
        <source>Hvad arbejdsgruppen skal, og hvad den leverer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="114"/>
        <source>Arbejdsgruppens medlemmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="117"/>
        <location filename="../../ui/panels/working_groups.py" line="155"/>
        <source>Tovholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="120"/>
        <source>Medlemmer udefra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="124"/>
        <source>Navn udefra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="125"/>
        <source>Navn på medlem udefra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="127"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="128"/>
        <source>Organisation for medlem udefra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="132"/>
        <source>Tilføj udefra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="134"/>
        <source>Fjern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="135"/>
        <source>Fjern den valgte person udefra ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="147"/>
        <location filename="../../ui/panels/working_groups.py" line="157"/>
        <location filename="../../ui/panels/working_groups.py" line="363"/>
        <source>Første møde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="148"/>
        <location filename="../../ui/panels/working_groups.py" line="158"/>
        <location filename="../../ui/panels/working_groups.py" line="363"/>
        <source>Melder tilbage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="152"/>
        <source>Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="154"/>
        <source>Medlemmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="156"/>
        <source>Udefra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="220"/>
        <source>1 medlem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="220"/>
        <source>{n} medlemmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="222"/>
        <source>mødes {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="224"/>
        <source>melder tilbage {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="238"/>
        <source> (har en gruppe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="241"/>
        <source>Ingen valgte pejlemærker endnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="291"/>
        <source>Ingen tovholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="297"/>
        <source>{name} ({organisation})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="321"/>
        <source>Skriv arbejdsgruppens navn først.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="340"/>
        <source>Arbejde videre med pejlemærket &quot;{title}&quot; og komme med forslag til udvalget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="400"/>
        <source>Skriv navnet på personen udefra først.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrappingDelegate</name>
    <message>
        <location filename="../../ui/panels/input_columns.py" line="89"/>
        <source>Ret input</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
