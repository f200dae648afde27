<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="da">
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../../ui/models/agenda_text.py" line="15"/>
        <source>Resumé</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_text.py" line="16"/>
        <source>Baggrund</source>
        <translation>Background</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_text.py" line="17"/>
        <source>Sagsfremstilling</source>
        <translation>Presentation of the case</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_text.py" line="18"/>
        <source>Økonomiske konsekvenser og finansiering</source>
        <translation>Financial consequences and funding</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_text.py" line="19"/>
        <source>Tidligere beslutninger</source>
        <translation>Previous decisions</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="87"/>
        <source>Vælg et møde i navigatoren, eller opret et med Ctrl+N.</source>
        <translation>Pick a meeting in the navigator, or create one with Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="112"/>
        <location filename="../../ui/panels/agenda.py" line="119"/>
        <source>Mødested</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="118"/>
        <source>Mødets titel</source>
        <translation>Meeting title</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="123"/>
        <source>Mødets formål (står i referatets resumé)</source>
        <translation>The meeting&apos;s purpose (shown in the minutes&apos; summary)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="127"/>
        <source>Mødets formål</source>
        <translation>Meeting purpose</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="128"/>
        <source>Mødets sags ID</source>
        <translation>Meeting case ID</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="132"/>
        <location filename="../../ui/startup_preview.py" line="103"/>
        <source>Møde</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="134"/>
        <location filename="../../ui/startup_preview.py" line="104"/>
        <source>Starter</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="136"/>
        <location filename="../../ui/startup_preview.py" line="105"/>
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="138"/>
        <location filename="../../ui/startup_preview.py" line="106"/>
        <source>Formål</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="64"/>
        <location filename="../../ui/panels/agenda.py" line="149"/>
        <source>lukket</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="159"/>
        <location filename="../../ui/panels/agenda.py" line="170"/>
        <source>Tilføj punkt</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="178"/>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="190"/>
        <source>&lt;b&gt;Punkter og tidsplan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Items and schedule&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="222"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="222"/>
        <source>Punktets titel</source>
        <translation>Item title</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="228"/>
        <source>Lukket punkt</source>
        <translation>Closed item</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="235"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="236"/>
        <source>ingen tidsramme</source>
        <translation>no time box</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="238"/>
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="244"/>
        <location filename="../../ui/panels/agenda.py" line="409"/>
        <source>Tidsramme</source>
        <translation>Time box</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="140"/>
        <location filename="../../ui/panels/agenda.py" line="245"/>
        <location filename="../../ui/startup_preview.py" line="107"/>
        <source>Sags ID</source>
        <translation>Case ID</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="63"/>
        <source>åbent</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="250"/>
        <source>Spørgsmål til spørgerunden</source>
        <translation>Question for the round</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="250"/>
        <source>Spørgsmål</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="251"/>
        <source>Drøftelsesspørgsmål (ét pr. linje)</source>
        <translation>Discussion questions (one per line)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="252"/>
        <source>Drøftelsesspørgsmål</source>
        <translation>Discussion questions</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="253"/>
        <source>Perspektiver (ét pr. linje)</source>
        <translation>Perspectives (one per line)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="254"/>
        <source>Perspektiver</source>
        <translation>Perspectives</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="258"/>
        <source>Indstilling fra</source>
        <translation>Recommended by</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="259"/>
        <source>Indstilling</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="260"/>
        <source>Indstillingspunkter (ét pr. linje, nummereres i referatet)</source>
        <translation>Recommendations (one per line, numbered in the minutes)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="261"/>
        <source>Indstillingspunkter</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="262"/>
        <source>Beslutningen træffes af</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="264"/>
        <source>Bilag</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="266"/>
        <source>Tilføj et punkt med Ctrl+T, eller vælg et punkt i listen.</source>
        <translation>Add an item with Ctrl+T, or pick one in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="396"/>
        <source>Typen</source>
        <translation>The type</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="396"/>
        <source>Lukket/åbent</source>
        <translation>Closed/open</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="396"/>
        <source>Tidsrammen</source>
        <translation>The time box</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_text.py" line="49"/>
        <source>Start {start} · slut ca. {end} · {n} punkter · i alt {h} t {m} min</source>
        <translation>Start {start} · ends about {end} · {n} items · {h} h {m} min in all</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="402"/>
        <source>Skift punktets type</source>
        <translation>Change item kind</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="405"/>
        <source>Lukket/åbent punkt</source>
        <translation>Closed/open item</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="425"/>
        <source>Mødets starttid</source>
        <translation>Meeting start time</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="427"/>
        <source>Starttiden</source>
        <translation>The start time</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="449"/>
        <source>Tilføj {what}</source>
        <translation>Add {what}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="465"/>
        <source>Flyt punkt</source>
        <translation>Move item</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="479"/>
        <source>Rækkefølgen</source>
        <translation>The order</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda.py" line="502"/>
        <source>Slet {what}</source>
        <translation>Delete {what}</translation>
    </message>
</context>
<context>
    <name>AgendaTemplates</name>
    <message>
        <location filename="../../ui/panels/agenda_templates.py" line="27"/>
        <location filename="../../ui/panels/agenda_templates.py" line="70"/>
        <source>Velkomst</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_templates.py" line="30"/>
        <location filename="../../ui/panels/agenda_templates.py" line="71"/>
        <source>Spørgerunde</source>
        <translation>Question round</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_templates.py" line="34"/>
        <location filename="../../ui/panels/agenda_templates.py" line="72"/>
        <source>Gruppearbejde</source>
        <translation>Group work</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_templates.py" line="39"/>
        <location filename="../../ui/panels/agenda_templates.py" line="73"/>
        <source>Nedsættelse af arbejdsgrupper</source>
        <translation>Setting up working groups</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_templates.py" line="45"/>
        <location filename="../../ui/panels/agenda_templates.py" line="74"/>
        <source>Afrunding</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_templates.py" line="48"/>
        <location filename="../../ui/panels/agenda_templates.py" line="69"/>
        <source>Sag</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_templates.py" line="53"/>
        <location filename="../../ui/panels/agenda_templates.py" line="75"/>
        <source>Meddelelser</source>
        <translation>Announcements</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_templates.py" line="56"/>
        <source>Eventuelt</source>
        <translation>Any other business</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_templates.py" line="60"/>
        <location filename="../../ui/panels/agenda_templates.py" line="76"/>
        <source>Godkendelse af referat</source>
        <translation>Approval of minutes</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../ui/context.py" line="177"/>
        <source>Serveren kan ikke nås, så et andet møde eller udvalg kan ikke åbnes nu. Du bliver, hvor du er (intet af det, du har skrevet, er tabt); prøv igen, når forbindelsen er tilbage.</source>
        <translation>The server cannot be reached, so another meeting or committee cannot be opened now. You stay where you are (nothing you typed is lost); try again when the connection is back.</translation>
    </message>
    <message>
        <location filename="../../ui/context.py" line="196"/>
        <source>Serveren kan ikke nås, så {what} er ikke gemt. Prøv igen, når forbindelsen er tilbage (tekst, du skriver, bliver stående og gemmes af sig selv).</source>
        <translation>The server cannot be reached, so {what} is not saved. Try again when the connection is back (text you type stays and is saved by itself).</translation>
    </message>
    <message>
        <location filename="../../ui/context.py" line="199"/>
        <source>ændringen</source>
        <translation>the change</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../ui/panels/referat_dialogs.py" line="71"/>
        <source>Godkend for alle til stede</source>
        <translation>Approve for everyone present</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat_dialogs.py" line="72"/>
        <source>Registrér en godkendelse for hvert fremmødt medlem, der ikke har godkendt endnu, nu og på én gang</source>
        <translation>Record an approval for every member present who has not approved yet, now and all at once</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat_dialogs.py" line="101"/>
        <source>godkendt %1</source>
        <translation>approved %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat_dialogs.py" line="106"/>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat_dialogs.py" line="24"/>
        <source>{date} kl. {time}</source>
        <translation>{date} at {time}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat_dialogs.py" line="40"/>
        <source>Godkendelse af referatet</source>
        <translation>Approval of the minutes</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat_dialogs.py" line="43"/>
        <source>Sæt kryds ved hvert fremmødt medlem, der har godkendt referatet. Tidspunktet registreres, når du trykker Gem.</source>
        <translation>Tick each member present who has approved the minutes. The time is recorded when you press Save.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat_dialogs.py" line="50"/>
        <source>Godkendt af {name}</source>
        <translation>Approved by {name}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat_dialogs.py" line="56"/>
        <source>godkendt {when}</source>
        <translation>approved {when}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat_dialogs.py" line="58"/>
        <source>godkendes nu</source>
        <translation>approved now</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat_dialogs.py" line="66"/>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat_dialogs.py" line="67"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AttachmentsEditor</name>
    <message>
        <location filename="../../ui/panels/agenda_attachments.py" line="42"/>
        <source>Bilag</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_attachments.py" line="42"/>
        <source>ANBEFALET</source>
        <translation>RECOMMENDED</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_attachments.py" line="50"/>
        <source>Tilføj bilag</source>
        <translation>Add attachment</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_attachments.py" line="52"/>
        <source>Fjern bilag</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_attachments.py" line="124"/>
        <source>Ret bilag</source>
        <translation>Edit attachments</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_attachments.py" line="126"/>
        <source>Bilagene</source>
        <translation>The attachments</translation>
    </message>
    <message>
        <location filename="../../ui/panels/agenda_attachments.py" line="133"/>
        <source>Nyt bilag</source>
        <translation>New attachment</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../../ui/panels/attendance.py" line="79"/>
        <source>Vælg et møde i navigatoren for at registrere fremmøde.</source>
        <translation>Pick a meeting in the navigator to record attendance.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="96"/>
        <source>Medlem</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="96"/>
        <source>Til stede</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="96"/>
        <source>Fraværende</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="96"/>
        <source>Afbud</source>
        <translation>Sent apologies</translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="96"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="98"/>
        <source>formand</source>
        <translation>chair</translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="98"/>
        <source>næstformand</source>
        <translation>vice chair</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_model.py" line="122"/>
        <location filename="../../ui/panels/attendance.py" line="120"/>
        <location filename="../../ui/panels/attendance.py" line="301"/>
        <source>fraværende</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_model.py" line="123"/>
        <location filename="../../ui/panels/attendance.py" line="120"/>
        <source>inhabil</source>
        <translation>conflict of interest</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_model.py" line="124"/>
        <location filename="../../ui/panels/attendance.py" line="121"/>
        <source>fraværende hele mødet</source>
        <translation>absent all meeting</translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="133"/>
        <source>Fravær og inhabilitet under enkelte punkter (klik eller mellemrum skifter)</source>
        <translation>Absence and conflicts of interest during single items (click or space toggles)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="138"/>
        <source>Fremmøde (tasterne P, F og A på den valgte række)</source>
        <translation>Attendance (keys P, F and A on the selected row)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="199"/>
        <source>{present} til stede · {absent} fraværende · {excused} afbud</source>
        <translation>{present} present · {absent} absent · {excused} apologies</translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="202"/>
        <source> · {n} ikke registreret</source>
        <translation> · {n} not recorded</translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="295"/>
        <source>Fremmødet for {name}</source>
        <translation>Attendance of {name}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="301"/>
        <source>til stede</source>
        <translation>present</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendance_model.py" line="125"/>
        <location filename="../../ui/panels/attendance.py" line="121"/>
        <location filename="../../ui/panels/attendance.py" line="301"/>
        <source>afbud</source>
        <translation>sent apologies</translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="246"/>
        <source>Fremmødet</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="246"/>
        <source>Noten</source>
        <translation>The note</translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="250"/>
        <source>Fremmøde for {name}</source>
        <translation>Attendance of {name}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="254"/>
        <source>Note for {name}</source>
        <translation>Note for {name}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="298"/>
        <source>Resten til stede</source>
        <translation>Rest present</translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="325"/>
        <source>{name} under »{title}«</source>
        <translation>{name} during »{title}«</translation>
    </message>
    <message>
        <location filename="../../ui/panels/attendance.py" line="328"/>
        <source>Fravær under punkt</source>
        <translation>Absence during item</translation>
    </message>
</context>
<context>
    <name>AutosaveField</name>
    <message>
        <location filename="../../ui/autosave.py" line="216"/>
        <source>{field}: teksten, der ikke blev gemt sidst, er sat ind igen og gemmes nu.</source>
        <translation>{field}: the text that was not saved last time has been put back and is being saved now.</translation>
    </message>
</context>
<context>
    <name>CandidateList</name>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="71"/>
        <source>Markér et eller flere pejlemærker først.</source>
        <translation>Select one or more guiding principles first.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="75"/>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <location filename="../../ui/models/candidate_model.py" line="60"/>
        <source>Pejlemærke</source>
        <translation>Guiding principle</translation>
    </message>
    <message>
        <location filename="../../ui/models/candidate_model.py" line="61"/>
        <source>Stemmer</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../ui/models/candidate_model.py" line="62"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/candidate_model.py" line="63"/>
        <source>Gruppe</source>
        <translation>Group</translation>
    </message>
</context>
<context>
    <name>CandidateStatus</name>
    <message>
        <location filename="../../ui/models/candidate_model.py" line="37"/>
        <source>kandidat</source>
        <translation>candidate</translation>
    </message>
    <message>
        <location filename="../../ui/models/candidate_model.py" line="37"/>
        <source>kortliste</source>
        <translation>shortlist</translation>
    </message>
    <message>
        <location filename="../../ui/models/candidate_model.py" line="38"/>
        <source>valgt</source>
        <translation>chosen</translation>
    </message>
    <message>
        <location filename="../../ui/models/candidate_model.py" line="38"/>
        <source>fravalgt</source>
        <translation>rejected</translation>
    </message>
</context>
<context>
    <name>CandidatesPanel</name>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="172"/>
        <source>&lt;b&gt;Pejlemærker&lt;/b&gt; – træk input hertil</source>
        <translation>&lt;b&gt;Guiding principles&lt;/b&gt; – drag inputs here</translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="174"/>
        <source>Titel (tom: det første valgte input) – Enter</source>
        <translation>Title (empty: the first selected input) – Enter</translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="175"/>
        <source>Titel på nyt pejlemærke</source>
        <translation>Title of new guiding principle</translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="177"/>
        <source>Nyt pejlemærke fra valgte input</source>
        <translation>New guiding principle from selected inputs</translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="180"/>
        <source>Pejlemærker</source>
        <translation>Guiding principles</translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="183"/>
        <source>Valgte input → pejlemærke</source>
        <translation>Selected inputs → guiding principle</translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="185"/>
        <source>Slå valgte sammen</source>
        <translation>Merge selected</translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="186"/>
        <source>Det øverste valgte pejlemærke beholdes; input og stemmer følger med</source>
        <translation>The topmost selected guiding principle is kept; inputs and votes go with it</translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="188"/>
        <source>Tag input ud</source>
        <translation>Take inputs out</translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="190"/>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="262"/>
        <source>Skriv en titel, eller vælg et eller flere input til det nye pejlemærke.</source>
        <translation>Type a title, or select one or more inputs for the new guiding principle.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="267"/>
        <source>&quot;{title}&quot; oprettet med {n} input.</source>
        <translation>&quot;{title}&quot; created with {n} inputs.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="277"/>
        <source>Vælg input i en gruppe og ét pejlemærke.</source>
        <translation>Select inputs in a group and one guiding principle.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="284"/>
        <source>Vælg mindst to pejlemærker, der skal slås sammen.</source>
        <translation>Select at least two guiding principles to merge.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="288"/>
        <source>Slået sammen i &quot;{title}&quot;.</source>
        <translation>Merged into &quot;{title}&quot;.</translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <location filename="../../ui/panels/capture.py" line="47"/>
        <source>Dagsordenspunkt</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture.py" line="50"/>
        <source>◀ Forrige</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture.py" line="51"/>
        <source>Forrige trin (Ctrl+PgUp)</source>
        <translation>Previous step (Ctrl+PgUp)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture.py" line="53"/>
        <location filename="../../ui/panels/capture.py" line="165"/>
        <source>Næste ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture.py" line="54"/>
        <source>Næste trin (Ctrl+PgDown)</source>
        <translation>Next step (Ctrl+PgDown)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture.py" line="59"/>
        <source>Hæv mødet…</source>
        <translation>Close the meeting…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture.py" line="65"/>
        <source>Punkt</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture.py" line="153"/>
        <source>hævet kl. {time}</source>
        <translation>closed at {time}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture.py" line="155"/>
        <source>mødet er ikke startet</source>
        <translation>the meeting has not started</translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture.py" line="157"/>
        <source>startet {time}</source>
        <translation>started {time}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture.py" line="161"/>
        <source>{state} · du bladrer alene; mødet er på {where}</source>
        <translation>{state} · you are browsing on your own; the meeting is at {where}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture.py" line="163"/>
        <source>du bladrer alene; mødet er på {where}</source>
        <translation>you are browsing on your own; the meeting is at {where}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture.py" line="165"/>
        <source>Start mødet ▶</source>
        <translation>Start the meeting ▶</translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture.py" line="176"/>
        <source>punkt {n}</source>
        <translation>item {n}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture.py" line="176"/>
        <source>intet punkt endnu</source>
        <translation>no item yet</translation>
    </message>
</context>
<context>
    <name>ChosenPage</name>
    <message>
        <location filename="../../ui/projector/chosen_page.py" line="62"/>
        <source>Valgte pejlemærker</source>
        <translation>Chosen guiding principles</translation>
    </message>
    <message>
        <location filename="../../ui/projector/chosen_page.py" line="66"/>
        <source>Ingen valgt endnu</source>
        <translation>None chosen yet</translation>
    </message>
    <message>
        <location filename="../../ui/projector/chosen_page.py" line="73"/>
        <source>Arbejdsgrupper</source>
        <translation>Working groups</translation>
    </message>
    <message>
        <location filename="../../ui/projector/chosen_page.py" line="81"/>
        <source>{name} (tovholder)</source>
        <translation>{name} (convener)</translation>
    </message>
    <message>
        <location filename="../../ui/projector/chosen_page.py" line="83"/>
        <source>{name} ({organisation})</source>
        <translation>{name} ({organisation})</translation>
    </message>
    <message>
        <location filename="../../ui/projector/chosen_page.py" line="89"/>
        <source>Første møde {date}</source>
        <translation>First meeting {date}</translation>
    </message>
    <message>
        <location filename="../../ui/projector/chosen_page.py" line="91"/>
        <source>melder tilbage {date}</source>
        <translation>reports back {date}</translation>
    </message>
</context>
<context>
    <name>ClosingView</name>
    <message>
        <location filename="../../ui/panels/item_step.py" line="109"/>
        <source>Hæv mødet…</source>
        <translation>Close the meeting…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="112"/>
        <location filename="../../ui/panels/item_step.py" line="123"/>
        <source>Hævet kl.</source>
        <translation>Closed at</translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="113"/>
        <source>TT:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="117"/>
        <location filename="../../ui/panels/item_step.py" line="127"/>
        <source>Næste møde</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="146"/>
        <source>Mødet blev hævet kl. {time}. Tidspunktet kan rettes, indtil referatet er sendt.</source>
        <translation>The meeting was closed at {time}. The time can be corrected until the minutes are sent.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="148"/>
        <source>Tryk &quot;Hæv mødet&quot;, når mødet slutter; klokkeslættet kommer i referatet.</source>
        <translation>Press &quot;Close the meeting&quot; when the meeting ends; the time goes into the minutes.</translation>
    </message>
</context>
<context>
    <name>CommitteePanel</name>
    <message>
        <location filename="../../ui/panels/committee.py" line="39"/>
        <source>formand</source>
        <translation>chair</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="40"/>
        <source>næstformand</source>
        <translation>vice chair</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="41"/>
        <source>medlem</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="44"/>
        <source>åben</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="45"/>
        <source>godkendt</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="161"/>
        <source>Vælg eller opret et udvalg i navigatoren (Ctrl+Shift+N).</source>
        <translation>Pick or create a committee in the navigator (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="85"/>
        <source>fx 2017-2018</source>
        <translation>e.g. 2017-2018</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="91"/>
        <source>Udvalgets navn</source>
        <translation>Committee name</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="92"/>
        <source>Udvalgets type</source>
        <translation>Committee kind</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="93"/>
        <source>Udvalgets periode</source>
        <translation>Committee period</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="96"/>
        <location filename="../../ui/panels/committee.py" line="105"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="99"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="101"/>
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="106"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="107"/>
        <source>Gruppe</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="108"/>
        <source>Parti</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="121"/>
        <source>Opgave</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="122"/>
        <source>Frist</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="123"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="124"/>
        <source>Beskrivelse</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="240"/>
        <source>1 medlem</source>
        <translation>1 member</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="292"/>
        <source>Tilføj medlem</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="302"/>
        <source>Tilføj opgave</source>
        <translation>Add task</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="345"/>
        <source>Fjern {n} rækker</source>
        <translation>Remove {n} rows</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="144"/>
        <source>Medlemmer</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="151"/>
        <source>Opgaver</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="240"/>
        <source>{n} medlemmer</source>
        <translation>{n} members</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="252"/>
        <source>Ret medlem</source>
        <translation>Edit member</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="258"/>
        <source>Ret opgave</source>
        <translation>Edit task</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="290"/>
        <source>Nyt medlem</source>
        <translation>New member</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="303"/>
        <source>Ny opgave</source>
        <translation>New task</translation>
    </message>
    <message>
        <location filename="../../ui/panels/committee.py" line="344"/>
        <source>Fjern {name}</source>
        <translation>Remove {name}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="46"/>
        <source>{field}: gemt af en anden imens</source>
        <translation>{field}: saved by someone else meanwhile</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="49"/>
        <source>En anden bærbar har gemt »{field}«, mens du skrev. Intet er overskrevet: vælg den tekst, der skal gælde, eller flet dem nedenfor og gem den flettede.</source>
        <translation>Another laptop saved “{field}” while you were typing. Nothing has been overwritten: choose the text that should stand, or merge them below and save the merged one.</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="53"/>
        <location filename="../../ui/conflict_dialog.py" line="60"/>
        <source>Din tekst</source>
        <translation>Your text</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="54"/>
        <location filename="../../ui/conflict_dialog.py" line="61"/>
        <source>Den andens tekst (gemt)</source>
        <translation>The other text (saved)</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="56"/>
        <source>Flettet tekst</source>
        <translation>Merged text</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="65"/>
        <source>Behold min</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="66"/>
        <source>Behold den andens</source>
        <translation>Keep theirs</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="67"/>
        <source>Gem den flettede</source>
        <translation>Save the merged text</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="72"/>
        <source>Kassér min tekst</source>
        <translation>Discard my text</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="76"/>
        <source>Din tekst er ikke gemt: lukker du nu, er den væk. Vælg en af teksterne eller flet dem – eller tryk »Kassér min tekst«, hvis den ikke skal gemmes.</source>
        <translation>Your text is not saved: if you close now, it is gone. Choose one of the texts or merge them – or press “Discard my text” if it is not to be saved.</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="90"/>
        <source>Flettet (kan rettes):</source>
        <translation>Merged (can be edited):</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/panels/referat_dialogs.py" line="114"/>
        <source>Ny version {version} (rettelse)</source>
        <translation>New version {version} (correction)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat_dialogs.py" line="115"/>
        <source>Den godkendte version bevares uændret. Version {version} bliver et nyt udkast. Skriv, hvad der rettes:</source>
        <translation>The approved version is kept unchanged. Version {version} becomes a new draft. Write what is corrected:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat_dialogs.py" line="119"/>
        <source>Hvad rettes</source>
        <translation>What is corrected</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat_dialogs.py" line="123"/>
        <source>Opret ny version</source>
        <translation>Create new version</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat_dialogs.py" line="124"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DataLayer</name>
    <message>
        <location filename="../../ui/data_layer.py" line="77"/>
        <source>Indlæsning af databasen</source>
        <translation>Loading the database</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/date_field.py" line="57"/>
        <source>&quot;{text}&quot; er ikke en dato; skriv fx 20-12-2017, 20.12.2017 eller 20/12</source>
        <translation>&quot;{text}&quot; is not a date; type e.g. 20-12-2017, 20.12.2017 or 20/12</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="71"/>
        <source>&quot;{text}&quot; er ikke en dato, der findes</source>
        <translation>&quot;{text}&quot; is not a date that exists</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="93"/>
        <source>ingen dato – fx 20-12-2017</source>
        <translation>no date – e.g. 20-12-2017</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="100"/>
        <source>Vælg i kalenderen</source>
        <translation>Pick in the calendar</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="101"/>
        <source>Kalender for {name}</source>
        <translation>Calendar for {name}</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="198"/>
        <source>Mødet skal have en starttid; skriv fx 20-12-2017 18:00</source>
        <translation>The meeting needs a start; type e.g. 20-12-2017 18:00</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="210"/>
        <source>&quot;{text}&quot; er ikke et klokkeslæt; skriv fx 18:00</source>
        <translation>&quot;{text}&quot; is not a time of day; type e.g. 18:00</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <location filename="../../ui/date_field.py" line="234"/>
        <source>fx 20-12-2017 18:00</source>
        <translation>e.g. 20-12-2017 18:00</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="235"/>
        <source>Skriv fx 20-12-2017 18:00, 20.12.2017 kl. 18 eller 20/12; F4: kalenderen</source>
        <translation>Type e.g. 20-12-2017 18:00, 20.12.2017 kl. 18 or 20/12; F4: the calendar</translation>
    </message>
</context>
<context>
    <name>DecisionEditor</name>
    <message>
        <location filename="../../ui/panels/referat.py" line="64"/>
        <source>Resultater for punkt %1</source>
        <translation>Results for item %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="65"/>
        <source>Resultaterne udskrives altid før beslutningen. Skriv kun selve beslutningen.</source>
        <translation>The results are always printed before the decision. Write only the decision itself.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="68"/>
        <source>Ingen beslutning ført til protokol under dette punkt.</source>
        <translation>No decision recorded under this item.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="71"/>
        <source>Beslutning for punkt {n}</source>
        <translation>Decision for item {n}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="72"/>
        <source>Beslutning</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="73"/>
        <source>Beslutning, punkt {n}</source>
        <translation>Decision, item {n}</translation>
    </message>
</context>
<context>
    <name>DecisionView</name>
    <message>
        <location filename="../../ui/panels/capture_decision.py" line="63"/>
        <source>Beslutning, fx »Godkendt.« eller »Udvalget drøftede …«</source>
        <translation>Decision, e.g. “Approved.” or “The committee discussed …”</translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture_decision.py" line="64"/>
        <location filename="../../ui/panels/capture_decision.py" line="68"/>
        <location filename="../../ui/panels/capture_decision.py" line="81"/>
        <source>Beslutning</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture_decision.py" line="70"/>
        <source>Resultater, som de udskrives</source>
        <translation>Results, as they are printed</translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture_decision.py" line="71"/>
        <location filename="../../ui/panels/capture_decision.py" line="182"/>
        <source>Ingen beslutning ført til protokol under dette punkt.</source>
        <translation>No decision recorded under this item.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture_decision.py" line="89"/>
        <source>Medlem</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture_decision.py" line="89"/>
        <source>Tilførsel til protokollen</source>
        <translation>Addition to the minutes</translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture_decision.py" line="97"/>
        <source>Tilførsel fra</source>
        <translation>Addition from</translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture_decision.py" line="102"/>
        <source>Tilførsel – Enter tilføjer</source>
        <translation>Addition – Enter adds it</translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture_decision.py" line="103"/>
        <source>Ny tilførsel</source>
        <translation>New addition</translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture_decision.py" line="105"/>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture_decision.py" line="111"/>
        <source>Tilførsler til protokollen</source>
        <translation>Additions to the minutes</translation>
    </message>
    <message>
        <location filename="../../ui/panels/capture_decision.py" line="175"/>
        <source>Resultaterne</source>
        <translation>The results</translation>
    </message>
</context>
<context>
    <name>DotsModel</name>
    <message>
        <location filename="../../ui/models/dots_model.py" line="93"/>
        <source>Prikker {name} har tilbage</source>
        <translation>Dots {name} has left</translation>
    </message>
    <message>
        <location filename="../../ui/models/dots_model.py" line="108"/>
        <source>Tilbage</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../ui/models/dots_model.py" line="131"/>
        <source>&quot;{raw}&quot; er ikke et tal: skriv antallet af prikker {name} sætter på &quot;{title}&quot;.</source>
        <translation>&quot;{raw}&quot; is not a number: type the number of dots {name} puts on &quot;{title}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/models/dots_model.py" line="140"/>
        <source>Prikker fra {name} på »{title}«</source>
        <translation>Dots from {name} on »{title}«</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="74"/>
        <source>Uventet fejl</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="75"/>
        <source>Der opstod en uventet fejl. Det, der allerede er gemt, er ikke tabt.</source>
        <translation>An unexpected error occurred. What was already saved is not lost.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="76"/>
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
        <location filename="../../ui/errors.py" line="86"/>
        <source>Kan ikke gemme</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="88"/>
        <source>Det, du har skrevet, står stadig i feltet og gemmes, så snart databasen kan skrives igen.</source>
        <translation>What you typed is still in the field and is saved as soon as the database can be written again.</translation>
    </message>
</context>
<context>
    <name>FittedCards</name>
    <message>
        <location filename="../../ui/projector/fitted_cards.py" line="160"/>
        <source>Side {page} af {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
</context>
<context>
    <name>GroupBox</name>
    <message>
        <location filename="../../ui/panels/group_forming.py" line="84"/>
        <source>Gruppens navn</source>
        <translation>Group&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/panels/group_forming.py" line="88"/>
        <source>Omdøb gruppe</source>
        <translation>Rename group</translation>
    </message>
    <message>
        <location filename="../../ui/panels/group_forming.py" line="95"/>
        <source>Slet gruppen og dens input</source>
        <translation>Delete the group and its inputs</translation>
    </message>
</context>
<context>
    <name>GroupColumn</name>
    <message>
        <location filename="../../ui/panels/input_columns.py" line="207"/>
        <source>Nyt input – Enter tilføjer</source>
        <translation>New input – Enter adds</translation>
    </message>
    <message>
        <location filename="../../ui/panels/input_columns.py" line="224"/>
        <source>Ingen medlemmer valgt endnu</source>
        <translation>No members chosen yet</translation>
    </message>
    <message>
        <location filename="../../ui/panels/input_columns.py" line="225"/>
        <source>Nyt input til {group}</source>
        <translation>New input for {group}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/input_columns.py" line="267"/>
        <source>Inputtet »{text}« blev ikke gemt: {reason}</source>
        <translation>The input “{text}” was not saved: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/input_columns.py" line="269"/>
        <source>Inputtet »{text}« blev ikke gemt: {reason}. Teksten står i feltet igen.</source>
        <translation>The input “{text}” was not saved: {reason}. The text is back in the field.</translation>
    </message>
</context>
<context>
    <name>GroupFormingView</name>
    <message>
        <location filename="../../ui/panels/group_forming.py" line="143"/>
        <source>Antal grupper</source>
        <translation>Number of groups</translation>
    </message>
    <message>
        <location filename="../../ui/panels/group_forming.py" line="144"/>
        <source>Fordel automatisk</source>
        <translation>Distribute automatically</translation>
    </message>
    <message>
        <location filename="../../ui/panels/group_forming.py" line="146"/>
        <source>+ Ny gruppe</source>
        <translation>+ New group</translation>
    </message>
    <message>
        <location filename="../../ui/panels/group_forming.py" line="151"/>
        <source>Antal grupper:</source>
        <translation>Number of groups:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/group_forming.py" line="156"/>
        <source>Træk et medlem til en anden gruppe, eller markér det og tryk Alt+gruppens nummer (Alt+0: uden gruppe).</source>
        <translation>Drag a member to another group, or select them and press Alt+the group&apos;s number (Alt+0: no group).</translation>
    </message>
    <message>
        <location filename="../../ui/panels/group_forming.py" line="210"/>
        <source>Uden gruppe</source>
        <translation>No group</translation>
    </message>
    <message>
        <location filename="../../ui/panels/group_forming.py" line="225"/>
        <source>(ikke til stede)</source>
        <translation>(not present)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/group_forming.py" line="244"/>
        <location filename="../../ui/panels/group_forming.py" line="246"/>
        <location filename="../../ui/panels/group_forming.py" line="285"/>
        <source>Gruppe {n}</source>
        <translation>Group {n}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/group_forming.py" line="279"/>
        <source>Ingen er registreret som til stede.</source>
        <translation>Nobody is registered as present.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/group_forming.py" line="289"/>
        <source>{n} grupper ({sizes} personer).</source>
        <translation>{n} groups ({sizes} people).</translation>
    </message>
    <message>
        <location filename="../../ui/panels/group_forming.py" line="291"/>
        <source> Færre end ønsket, så ingen sidder alene.</source>
        <translation> Fewer than asked, so nobody sits alone.</translation>
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
        <location filename="../../ui/meeting_file_jobs.py" line="85"/>
        <source>Importér {name}</source>
        <translation>Import {name}</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_file_jobs.py" line="98"/>
        <source>Eksport af mødefil</source>
        <translation>Export of meeting file</translation>
    </message>
</context>
<context>
    <name>InputModel</name>
    <message>
        <location filename="../../ui/models/input_model.py" line="138"/>
        <source>Gemmes …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <location filename="../../ui/models/input_model.py" line="196"/>
        <source>Fra {origin}</source>
        <translation>From {origin}</translation>
    </message>
    <message>
        <location filename="../../ui/models/input_model.py" line="198"/>
        <source>Under pejlemærket »{title}«</source>
        <translation>Under the guiding principle »{title}«</translation>
    </message>
    <message>
        <location filename="../../ui/models/input_model.py" line="200"/>
        <source>Skjult for projektor og telefoner (Ctrl+H viser det igen); referatet medtager det</source>
        <translation>Hidden from the projector and the phones (Ctrl+H shows it again); the minutes include it</translation>
    </message>
    <message>
        <location filename="../../ui/models/input_model.py" line="306"/>
        <source>Gemmes … (serveren har ikke svaret endnu)</source>
        <translation>Saving … (the server has not answered yet)</translation>
    </message>
</context>
<context>
    <name>InputsView</name>
    <message>
        <location filename="../../ui/panels/group_inputs.py" line="45"/>
        <source>Dan grupperne først (trinnet Grupper).</source>
        <translation>Form the groups first (the Groups step).</translation>
    </message>
    <message>
        <location filename="../../ui/panels/group_inputs.py" line="162"/>
        <source>{n} input, heraf {loose} uden pejlemærke</source>
        <translation>{n} inputs, {loose} of them without a guiding principle</translation>
    </message>
</context>
<context>
    <name>ItemStepView</name>
    <message>
        <location filename="../../ui/panels/item_step.py" line="48"/>
        <source>Grupper</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="49"/>
        <source>Input og pejlemærker</source>
        <translation>Inputs and guiding principles</translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="50"/>
        <source>Prioritering</source>
        <translation>Prioritising</translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="197"/>
        <source>Vælg et møde med en dagsorden.</source>
        <translation>Choose a meeting with an agenda.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="206"/>
        <source>1. Grupper</source>
        <translation>1. Groups</translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="207"/>
        <source>2. Input og pejlemærker</source>
        <translation>2. Inputs and guiding principles</translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="208"/>
        <source>3. Prioritering</source>
        <translation>3. Prioritising</translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="292"/>
        <source>Referatet (version {v}) er sendt til godkendelse, så mødet kan ikke ændres.</source>
        <translation>The minutes (version {v}) have been sent for approval, so the meeting cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="293"/>
        <source>Referatet (version {v}) er godkendt og låst. Start en rettelse under Referat for at ændre noget.</source>
        <translation>The minutes (version {v}) are approved and locked. Start a correction under Minutes to change anything.</translation>
    </message>
</context>
<context>
    <name>ItemSummary</name>
    <message>
        <location filename="../../ui/panels/item_step.py" line="74"/>
        <source>Resumé</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="77"/>
        <source>Sagsfremstilling</source>
        <translation>Presentation of the case</translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="80"/>
        <source>{who} indstiller</source>
        <translation>{who} recommends</translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="81"/>
        <source>Indstilling</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="86"/>
        <source>Drøftelsesspørgsmål</source>
        <translation>Discussion questions</translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="89"/>
        <source>Perspektiver</source>
        <translation>Perspectives</translation>
    </message>
    <message>
        <location filename="../../ui/panels/item_step.py" line="92"/>
        <source>Skriv beslutningen og eventuelle tilførsler nedenfor.</source>
        <translation>Write the decision and any remarks for the record below.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/app.py" line="186"/>
        <source>Databasen kan ikke åbnes</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="187"/>
        <source>{message}

Workshop lukker; filen er ikke ændret.</source>
        <translation>{message}

Workshop closes; the file has not been changed.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78"/>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Åbner databasen…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="519"/>
        <source>Fortryd</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="523"/>
        <source>Annullér fortryd</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="612"/>
        <source>Om Workshop</source>
        <translation>About Workshop</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>&amp;Filer</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>Denne computers navn…</source>
        <translation>This computer&apos;s name…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>Ikke gemte tekster…</source>
        <translation>Unsaved texts…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>&amp;Rediger</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>&amp;Møde</source>
        <translation>&amp;Meeting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137"/>
        <source>&amp;Hjælp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <location filename="../../ui/main_window.py" line="618"/>
        <source>Sprog</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>Indlæser… Dagsordenen kan læses nu; redigering om et øjeblik.</source>
        <translation>Loading… The agenda can be read now; editing in a moment.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284"/>
        <source>Tekst, der ikke blev gemt sidst, venter under Rediger → Ikke gemte tekster: {fields}</source>
        <translation>Text that was not saved last time is waiting under Edit → Unsaved texts: {fields}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288"/>
        <source>Tekst, der ikke blev gemt sidst, sættes ind igen og gemmes, når feltet vises: {fields}</source>
        <translation>Text that was not saved last time is put back and saved when its field is shown: {fields}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302"/>
        <source>Serveren kan ikke nås. Det, du skriver, bliver stående og gemmes, når forbindelsen er tilbage; andre ændringer afvises, indtil da.</source>
        <translation>The server cannot be reached. What you type stays and is saved when the connection is back; other changes are refused until then.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="342"/>
        <source>Denne computers navn</source>
        <translation>This computer&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="343"/>
        <source>Det navn, de andre bærbare ser, når denne har mødet åbent på den fælles server:</source>
        <translation>The name the other laptops see when this one has the meeting open on the shared server:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="355"/>
        <source>Også åbent hos: {names}</source>
        <translation>Also open at: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="356"/>
        <source>Ingen andre har mødet åbent</source>
        <translation>Nobody else has the meeting open</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362"/>
        <source>Forbindelsen til serveren er tilbage.</source>
        <translation>The connection to the server is back.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="519"/>
        <source>Fortryd {what}</source>
        <translation>Undo {what}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="523"/>
        <source>Annullér fortryd {what}</source>
        <translation>Redo {what}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="547"/>
        <source>Importér mødefil</source>
        <translation>Import meeting file</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="548"/>
        <source>Mødefiler (*.json);;Alle filer (*)</source>
        <translation>Meeting files (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="563"/>
        <source>Mødefilen blev afvist</source>
        <translation>The meeting file was rejected</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="564"/>
        <source>Mødefilen blev ikke importeret; intet er ændret.

{error}</source>
        <translation>The meeting file was not imported; nothing has changed.

{error}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="572"/>
        <location filename="../../ui/main_window.py" line="578"/>
        <source>Mødefilen er importeret.</source>
        <translation>The meeting file has been imported.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="588"/>
        <source>Eksportér mødefil</source>
        <translation>Export meeting file</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="588"/>
        <source>møde.workshop.json</source>
        <translation>meeting.workshop.json</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="589"/>
        <source>Mødefiler (*.json)</source>
        <translation>Meeting files (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="601"/>
        <source>Eksport mislykkedes</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="600"/>
        <source>Mødet er gemt i {path}</source>
        <translation>The meeting is saved in {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="613"/>
        <source>Workshop afvikler opgaveudvalgenes møder og skriver referatet.</source>
        <translation>Workshop runs task committee meetings and writes the minutes.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="619"/>
        <source>Sproget skiftes, næste gang Workshop startes.</source>
        <translation>The language changes the next time Workshop starts.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="630"/>
        <source>Ikke gemt</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="631"/>
        <source>Noget af det, du har skrevet, kunne ikke gemmes. Luk alligevel?</source>
        <translation>Some of what you typed could not be saved. Close anyway?</translation>
    </message>
</context>
<context>
    <name>MeetingActions</name>
    <message>
        <location filename="../../ui/meeting_actions.py" line="45"/>
        <source>Start mødet</source>
        <translation>Start the meeting</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_actions.py" line="48"/>
        <source>Hæv mødet…</source>
        <translation>Close the meeting…</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_actions.py" line="49"/>
        <source>Ret hævet kl.…</source>
        <translation>Correct the closing time…</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_actions.py" line="54"/>
        <source>Følg mødets aktuelle trin, når en anden flytter det ({keys}); slået fra bladrer du her alene, og mødet bliver, hvor det er</source>
        <translation>Follow the meeting&apos;s current step when someone else moves it ({keys}); switched off, you browse here on your own and the meeting stays where it is</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_actions.py" line="101"/>
        <source>Hæv mødet</source>
        <translation>Close the meeting</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_actions.py" line="102"/>
        <source>Hæv mødet kl. {time}? Tidspunktet kommer i referatet og kan rettes, indtil referatet er sendt.</source>
        <translation>Close the meeting at {time}? The time goes into the minutes and can be corrected until the minutes are sent.</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_actions.py" line="118"/>
        <source>Hævet kl.</source>
        <translation>Closed at</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_actions.py" line="119"/>
        <source>Mødet blev hævet kl. (TT:MM):</source>
        <translation>The meeting was closed at (HH:MM):</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_actions.py" line="149"/>
        <source>&quot;{text}&quot; er ikke et klokkeslæt; skriv fx 21:05</source>
        <translation>&quot;{text}&quot; is not a time; type e.g. 21:05</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../ui/panels/navigator.py" line="59"/>
        <source>Nyt møde</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="63"/>
        <source>{n}. møde i {name}</source>
        <translation>Meeting {n} of {name}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="69"/>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="70"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="71"/>
        <source>Starter</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="72"/>
        <source>Sted</source>
        <translation>Place</translation>
    </message>
</context>
<context>
    <name>MeetingEdits</name>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="83"/>
        <source>Gå til {title}</source>
        <translation>Go to {title}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="88"/>
        <source>Hæv mødet</source>
        <translation>Close the meeting</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="101"/>
        <source>Ret hævet kl.</source>
        <translation>Correct the closing time</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="112"/>
        <source>Næste møde</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="53"/>
        <source>Teksten</source>
        <translation>The text</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="96"/>
        <location filename="../../ui/panels/meeting_edits.py" line="106"/>
        <source>Hævet kl.</source>
        <translation>Closed at</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="122"/>
        <source>Tilføj tilførsel</source>
        <translation>Add remark</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="129"/>
        <source>Ret tilførsel</source>
        <translation>Edit remark</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="143"/>
        <source>Slet tilførsel</source>
        <translation>Delete remark</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="183"/>
        <source>Ny gruppe {name}</source>
        <translation>New group {name}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="219"/>
        <source>Gruppens medlemmer</source>
        <translation>Group&apos;s members</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="224"/>
        <source>Slet gruppe {name}</source>
        <translation>Delete group {name}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="263"/>
        <source>Fordel automatisk</source>
        <translation>Distribute automatically</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="276"/>
        <source>Tilføj input</source>
        <translation>Add input</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="283"/>
        <source>Ret input</source>
        <translation>Edit input</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="297"/>
        <source>Synlighed</source>
        <translation>Visibility</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="298"/>
        <source>Gruppen</source>
        <translation>The group</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="299"/>
        <source>Pejlemærket</source>
        <translation>The guiding principle</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="305"/>
        <source>skjult</source>
        <translation>hidden</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="306"/>
        <source>vist</source>
        <translation>shown</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="310"/>
        <source>intet</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="335"/>
        <source>Skjul input</source>
        <translation>Hide inputs</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="336"/>
        <source>Vis input</source>
        <translation>Show inputs</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="341"/>
        <source>Slet input</source>
        <translation>Delete input</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="341"/>
        <source>Slet {n} input</source>
        <translation>Delete {n} inputs</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="353"/>
        <source>Slå input sammen</source>
        <translation>Merge inputs</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="361"/>
        <source>Flyt input</source>
        <translation>Move inputs</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="392"/>
        <source>Nyt pejlemærke {title}</source>
        <translation>New guiding principle {title}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="419"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="424"/>
        <source>Input til pejlemærke</source>
        <translation>Inputs to guiding principle</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="425"/>
        <source>Input ud af pejlemærke</source>
        <translation>Inputs out of guiding principle</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="431"/>
        <source>Slet pejlemærke</source>
        <translation>Delete guiding principle</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="432"/>
        <source>Slet {n} pejlemærker</source>
        <translation>Delete {n} guiding principles</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="441"/>
        <source>Slå pejlemærker sammen i {title}</source>
        <translation>Merge guiding principles into {title}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="451"/>
        <source>Prikkerne</source>
        <translation>The dots</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="458"/>
        <source>Stemmer</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="469"/>
        <source>Stemmer pr. medlem: {n}</source>
        <translation>Votes per member: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="479"/>
        <source>Stemmer pr. medlem</source>
        <translation>Votes per member</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="497"/>
        <source>Nulstil stemmerne</source>
        <translation>Reset the votes</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="507"/>
        <source>Ny arbejdsgruppe {name}</source>
        <translation>New working group {name}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="526"/>
        <source>Arbejdsgruppens medlemmer</source>
        <translation>Working group&apos;s members</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="534"/>
        <source>Arbejdsgruppens tovholder</source>
        <translation>The working group&apos;s convener</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="541"/>
        <source>Arbejdsgruppens medlemmer udefra</source>
        <translation>The working group&apos;s outside members</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="572"/>
        <source>Medlemmerne</source>
        <translation>The members</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="573"/>
        <source>Tovholderen</source>
        <translation>The convener</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="574"/>
        <source>Medlemmerne udefra</source>
        <translation>The members from outside the committee</translation>
    </message>
    <message>
        <location filename="../../ui/panels/meeting_edits.py" line="600"/>
        <source>Slet arbejdsgruppe {name}</source>
        <translation>Delete working group {name}</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../ui/models/meeting_labels.py" line="13"/>
        <source>Møder</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../ui/models/meeting_labels.py" line="14"/>
        <source>Medlemmer</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/models/meeting_labels.py" line="15"/>
        <source>Opgaver</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../ui/models/meeting_labels.py" line="16"/>
        <source>Arbejdsgrupper</source>
        <translation>Working groups</translation>
    </message>
    <message>
        <location filename="../../ui/models/navigator_model.py" line="22"/>
        <source>formand</source>
        <translation>chair</translation>
    </message>
    <message>
        <location filename="../../ui/models/navigator_model.py" line="23"/>
        <source>næstformand</source>
        <translation>vice chair</translation>
    </message>
    <message>
        <location filename="../../ui/models/meeting_labels.py" line="42"/>
        <source>afholdt</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../ui/models/meeting_labels.py" line="44"/>
        <source>i gang</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../ui/models/meeting_labels.py" line="45"/>
        <source>planlagt</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../ui/models/meeting_labels.py" line="49"/>
        <source>{n}. møde</source>
        <translation>Meeting {n}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="221"/>
        <source>Nyt udvalg</source>
        <translation>New committee</translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="221"/>
        <source>Udvalgets navn:</source>
        <translation>Committee name:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="226"/>
        <source>Opret udvalg</source>
        <translation>Create committee</translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="245"/>
        <source>Opret møde</source>
        <translation>Create meeting</translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="275"/>
        <location filename="../../ui/panels/navigator.py" line="277"/>
        <source>Omdøb</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="275"/>
        <source>Nyt navn:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="278"/>
        <source>Navnet</source>
        <translation>The name</translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="297"/>
        <source>Slet {name}</source>
        <translation>Delete {name}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="306"/>
        <source> og {n} flere</source>
        <translation> and {n} more</translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="307"/>
        <source>Slet {names}?</source>
        <translation>Delete {names}?</translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="310"/>
        <source>{n} registreringer (fremmøde, svar, input m.m.) slettes med. Du kan fortryde med Ctrl+Z.</source>
        <translation>{n} records (attendance, answers, inputs etc.) are deleted with it. You can undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="313"/>
        <location filename="../../ui/panels/navigator.py" line="320"/>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="321"/>
        <source>Slet &quot;{name}&quot;?</source>
        <translation>Delete &quot;{name}&quot;?</translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="328"/>
        <source>Slet indhold</source>
        <translation>Delete content</translation>
    </message>
    <message>
        <location filename="../../ui/panels/navigator.py" line="329"/>
        <source>&quot;{name}&quot; har {n} registreringer (fremmøde, svar, input, referat m.m.), som slettes med. Er du helt sikker? (Du kan fortryde med Ctrl+Z.)</source>
        <translation>&quot;{name}&quot; has {n} records (attendance, answers, inputs, minutes etc.) that will be deleted with it. Are you quite sure? (You can undo with Ctrl+Z.)</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../ui/operations.py" line="177"/>
        <source>{label}: filen kunne ikke læses eller skrives{where}: {reason}</source>
        <translation>{label}: the file could not be read or written{where}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="181"/>
        <source>{label} mislykkedes uventet: {error}. Detaljerne står i {log}.</source>
        <translation>{label} failed unexpectedly: {error}. The details are in {log}.</translation>
    </message>
</context>
<context>
    <name>Origins</name>
    <message>
        <location filename="../../ui/input_origin.py" line="12"/>
        <source>telefon</source>
        <translation>phone</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <location filename="../../ui/panels/__init__.py" line="42"/>
        <source>Udvalg</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location filename="../../ui/panels/__init__.py" line="43"/>
        <source>Dagsorden</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/panels/__init__.py" line="44"/>
        <source>Fremmøde</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../ui/panels/__init__.py" line="45"/>
        <source>Indfangning</source>
        <translation>Capture</translation>
    </message>
    <message>
        <location filename="../../ui/panels/__init__.py" line="46"/>
        <source>Referat</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../ui/panels/__init__.py" line="47"/>
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
    <name>Projector</name>
    <message>
        <location filename="../../ui/projector/window.py" line="63"/>
        <source>{title} · {number}. møde</source>
        <translation>{title} · meeting {number}</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../ui/projector/window.py" line="81"/>
        <source>Workshop – projektor</source>
        <translation>Workshop – projector</translation>
    </message>
    <message>
        <location filename="../../ui/projector/window.py" line="115"/>
        <source>Prioritering</source>
        <translation>Prioritisation</translation>
    </message>
    <message>
        <location filename="../../ui/projector/window.py" line="259"/>
        <source>Mødet er hævet kl. %1</source>
        <translation>The meeting closed at %1</translation>
    </message>
    <message>
        <location filename="../../ui/projector/window.py" line="273"/>
        <source>Perspektiver:</source>
        <translation>Perspectives:</translation>
    </message>
    <message>
        <location filename="../../ui/projector/window.py" line="110"/>
        <source>+%1 flere</source>
        <translation>+%1 more</translation>
    </message>
</context>
<context>
    <name>QuestionRoundView</name>
    <message>
        <location filename="../../ui/panels/question_round.py" line="130"/>
        <source>Pladsorden</source>
        <translation>Seat order</translation>
    </message>
    <message>
        <location filename="../../ui/panels/question_round.py" line="131"/>
        <source>Bland</source>
        <translation>Shuffle</translation>
    </message>
    <message>
        <location filename="../../ui/panels/question_round.py" line="132"/>
        <source>Spring over (Ctrl+S)</source>
        <translation>Skip (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/question_round.py" line="157"/>
        <source>Taleorden:</source>
        <translation>Speaking order:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/question_round.py" line="243"/>
        <source>»{question}«</source>
        <translation>“{question}”</translation>
    </message>
    <message>
        <location filename="../../ui/panels/question_round.py" line="244"/>
        <source>Spørgsmålet er ikke skrevet ind på dagsordenspunktet endnu.</source>
        <translation>The question has not been written on the agenda item yet.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/question_round.py" line="277"/>
        <source>Enter gemmer svaret og giver ordet videre; Shift+Enter giver en ny linje. Svar gemmes også, mens du skriver.</source>
        <translation>Enter saves the answer and gives the floor on; Shift+Enter starts a new line. Answers are also saved as you type.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/question_round.py" line="279"/>
        <source>Ingen er markeret til stede. Registrér fremmødet først.</source>
        <translation>Nobody is marked present. Record attendance first.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/question_round.py" line="285"/>
        <location filename="../../ui/panels/question_round.py" line="286"/>
        <location filename="../../ui/panels/question_round.py" line="289"/>
        <source>Svar fra {name}</source>
        <translation>Answer from {name}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/question_round.py" line="368"/>
        <source>Alle har svaret ({done} af {all})</source>
        <translation>Everyone has answered ({done} of {all})</translation>
    </message>
    <message>
        <location filename="../../ui/panels/question_round.py" line="371"/>
        <source>Ordet har: {name}   ({done} af {all} har svaret)</source>
        <translation>Speaking: {name}   ({done} of {all} have answered)</translation>
    </message>
</context>
<context>
    <name>ReferatPanel</name>
    <message>
        <location filename="../../ui/panels/referat.py" line="45"/>
        <source>Udkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="46"/>
        <source>Sendt til godkendelse</source>
        <translation>Sent for approval</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="47"/>
        <source>Godkendt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="124"/>
        <source>Stol på nøglen …</source>
        <translation>Trust the key …</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="125"/>
        <source>Vis referater, som denne nøgle har signeret, som verificerede</source>
        <translation>Show minutes signed by this key as verified</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="127"/>
        <location filename="../../ui/panels/referat.py" line="470"/>
        <source>Send til godkendelse</source>
        <translation>Send for approval</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="129"/>
        <source>Godkendelser …</source>
        <translation>Approvals …</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="131"/>
        <source>Ny version (rettelse) …</source>
        <translation>New version (correction) …</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="133"/>
        <source>Eksportér PDF …</source>
        <translation>Export PDF …</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="135"/>
        <source>Eksportér mødefil …</source>
        <translation>Export meeting file …</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="137"/>
        <source>Udskriv …</source>
        <translation>Print …</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="166"/>
        <source>Beslutninger</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="293"/>
        <source>Referat, version {version}: {status}</source>
        <translation>Minutes, version {version}: {status}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="294"/>
        <source>Vælg et møde for at se referatet.</source>
        <translation>Choose a meeting to see its minutes.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="299"/>
        <source>Godkendt af {n} af {all} fremmødte.</source>
        <translation>Approved by {n} of {all} present.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="301"/>
        <source>Fingeraftryk (SHA-256): {sha}</source>
        <translation>Fingerprint (SHA-256): {sha}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="304"/>
        <source>Rettelse: {note}</source>
        <translation>Correction: {note}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="315"/>
        <source>Referatet er sendt til godkendelse og kan ikke ændres.</source>
        <translation>The minutes have been sent for approval and cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="316"/>
        <source>Referatet er godkendt og låst. Ret det med en ny version.</source>
        <translation>The minutes are approved and locked. Correct them with a new version.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="326"/>
        <source>Verificeret. {reason}</source>
        <translation>Verified. {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="327"/>
        <source>Godkendt andetsteds – ikke verificeret: {reason}</source>
        <translation>Approved elsewhere – not verified: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="328"/>
        <source>Ændret efter godkendelse: {reason} Det er ikke det godkendte referat; PDF og udskrift mærkes ÆNDRET.</source>
        <translation>Changed after approval: {reason} These are not the approved minutes; the PDF and printout are marked CHANGED.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="344"/>
        <source>Stol på nøglen</source>
        <translation>Trust the key</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="345"/>
        <source>Referatet er signeret af en anden installation med nøgle-id

    {key_id}

Stol kun på nøglen, hvis du har sammenlignet nøgle-id&apos;et med den installation, der godkendte referatet (Workshop viser det med »workshop key« dér). Derefter vises referater, den har signeret, som verificerede. Stol på nøglen?</source>
        <translation>The minutes are signed by another installation with key id

    {key_id}

Only trust the key if you have compared the key id with the installation that approved the minutes (Workshop shows it with “workshop key” there). Minutes it has signed are then shown as verified. Trust the key?</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="357"/>
        <source>Nøglen kunne ikke gemmes: {error}</source>
        <translation>The key could not be saved: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="368"/>
        <source>Ændret efter godkendelse</source>
        <translation>Changed after approval</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="369"/>
        <source>Referatet er ændret efter godkendelse: {reason}

Det er ikke det godkendte referat. {what} alligevel? Hver side mærkes ÆNDRET EFTER GODKENDELSE.</source>
        <translation>The minutes have been changed after approval: {reason}

These are not the approved minutes. {what} anyway? Every page is marked CHANGED AFTER APPROVAL.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="399"/>
        <source>Forhåndsvisningen kan ikke laves: {error}</source>
        <translation>The preview cannot be made: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="405"/>
        <source>Opdaterer forhåndsvisningen …</source>
        <translation>Updating the preview …</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="410"/>
        <source>Forhåndsvisningen</source>
        <translation>The preview</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="461"/>
        <source>Referatet fastlåses, som det står nu, og sendes til de fremmødte medlemmer til godkendelse. Mødet kan derefter ikke ændres. Fortsæt?</source>
        <translation>The minutes are locked as they stand now and sent to the members present for approval. The meeting can then no longer be changed. Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="467"/>
        <source>Mødet er ikke hævet, så referatet får intet »mødet hævet kl.«, og det kan ikke tilføjes, når referatet er sendt (hæv mødet først: Møde → Hæv mødet…).</source>
        <translation>The meeting has not been closed, so the minutes get no “meeting closed at”, and it cannot be added once the minutes are sent (close the meeting first: Meeting → Close the meeting…).</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="564"/>
        <source>Referat {date} v{version}</source>
        <translation>Minutes {date} v{version}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="568"/>
        <source>Eksportér</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="572"/>
        <source>Eksportér referat som PDF</source>
        <translation>Export the minutes as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="573"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="584"/>
        <source>Skriver {name} …</source>
        <translation>Writing {name} …</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="585"/>
        <source>Eksportér PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="596"/>
        <source>Eksport af PDF</source>
        <translation>PDF export</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="602"/>
        <location filename="../../ui/panels/referat.py" line="628"/>
        <source>Gemt: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="603"/>
        <source> – mærket ÆNDRET EFTER GODKENDELSE</source>
        <translation> – marked CHANGED AFTER APPROVAL</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="623"/>
        <source>Eksportér mødefil</source>
        <translation>Export meeting file</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="624"/>
        <source>Mødefil (*.json)</source>
        <translation>Meeting file (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="635"/>
        <source>Forhåndsvisningen er ikke klar endnu; prøv igen om et øjeblik.</source>
        <translation>The preview is not ready yet; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="637"/>
        <source>Udskriv</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/panels/referat.py" line="642"/>
        <source>Udskriv referat</source>
        <translation>Print the minutes</translation>
    </message>
</context>
<context>
    <name>RoomActions</name>
    <message>
        <location filename="../../ui/panels/run_room.py" line="99"/>
        <location filename="../../ui/panels/run_room.py" line="118"/>
        <source>Åbn for deltagere</source>
        <translation>Open for participants</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_room.py" line="111"/>
        <source>Luk for deltagere</source>
        <translation>Close for participants</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_room.py" line="113"/>
        <source>Åben for deltagere (almindelig HTTP på det lokale net): %1</source>
        <translation>Open for participants (plain HTTP on the local network): %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_room.py" line="129"/>
        <source>Deltager</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_room.py" line="130"/>
        <source>En ny telefon vil deltage som &quot;%1&quot;, som en anden telefon allerede bruger. Må den det?</source>
        <translation>A new phone wants to take part as &quot;%1&quot;, which another phone already uses. Allow it?</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_room.py" line="100"/>
        <source>Hvilket netværk er telefonerne på?</source>
        <translation>Which network are the phones on?</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_room.py" line="35"/>
        <source>Lad medlemmerne følge mødet og skrive fra deres telefoner ({keys})</source>
        <translation>Let the members follow the meeting and write from their phones ({keys})</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_room.py" line="134"/>
        <source>Godkend</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_room.py" line="135"/>
        <source>Afvis</source>
        <translation>Refuse</translation>
    </message>
</context>
<context>
    <name>RoomBadge</name>
    <message>
        <location filename="../../ui/room_badge.py" line="58"/>
        <source>Skan koden med telefonen for at deltage</source>
        <translation>Scan the code with your phone to take part</translation>
    </message>
</context>
<context>
    <name>RoomControl</name>
    <message>
        <location filename="../../ui/room_control.py" line="61"/>
        <source>Computeren er ikke på et netværk, så telefonerne kan ikke nå den. Forbind til mødelokalets net og prøv igen.</source>
        <translation>The computer is not on a network, so the phones cannot reach it. Connect to the meeting room&apos;s network and try again.</translation>
    </message>
</context>
<context>
    <name>RowNames</name>
    <message>
        <location filename="../../ui/row_names.py" line="19"/>
        <source>udvalget</source>
        <translation>the committee</translation>
    </message>
    <message>
        <location filename="../../ui/row_names.py" line="20"/>
        <source>medlemmet</source>
        <translation>the member</translation>
    </message>
    <message>
        <location filename="../../ui/row_names.py" line="21"/>
        <source>opgaven</source>
        <translation>the task</translation>
    </message>
    <message>
        <location filename="../../ui/row_names.py" line="22"/>
        <source>mødet</source>
        <translation>the meeting</translation>
    </message>
    <message>
        <location filename="../../ui/row_names.py" line="23"/>
        <source>dagsordenen</source>
        <translation>the agenda</translation>
    </message>
    <message>
        <location filename="../../ui/row_names.py" line="24"/>
        <source>dagsordenspunktet</source>
        <translation>the agenda item</translation>
    </message>
    <message>
        <location filename="../../ui/row_names.py" line="25"/>
        <source>fremmødet</source>
        <translation>the attendance</translation>
    </message>
    <message>
        <location filename="../../ui/row_names.py" line="26"/>
        <source>svaret</source>
        <translation>the answer</translation>
    </message>
    <message>
        <location filename="../../ui/row_names.py" line="27"/>
        <source>gruppen</source>
        <translation>the group</translation>
    </message>
    <message>
        <location filename="../../ui/row_names.py" line="28"/>
        <source>inputtet</source>
        <translation>the input</translation>
    </message>
    <message>
        <location filename="../../ui/row_names.py" line="29"/>
        <source>pejlemærket</source>
        <translation>the guiding principle</translation>
    </message>
    <message>
        <location filename="../../ui/row_names.py" line="30"/>
        <source>arbejdsgruppen</source>
        <translation>the working group</translation>
    </message>
    <message>
        <location filename="../../ui/row_names.py" line="31"/>
        <source>tilførslen</source>
        <translation>the addition to the minutes</translation>
    </message>
    <message>
        <location filename="../../ui/row_names.py" line="32"/>
        <source>referatet</source>
        <translation>the minutes</translation>
    </message>
    <message>
        <location filename="../../ui/row_names.py" line="33"/>
        <source>stemmefordelingen</source>
        <translation>the distribution of votes</translation>
    </message>
    <message>
        <location filename="../../ui/row_names.py" line="34"/>
        <source>fraværsregistreringen</source>
        <translation>the absence record</translation>
    </message>
    <message>
        <location filename="../../ui/row_names.py" line="35"/>
        <source>rækken</source>
        <translation>the row</translation>
    </message>
</context>
<context>
    <name>RunModePanel</name>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="60"/>
        <source>◀ Forrige</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="62"/>
        <location filename="../../ui/panels/run_mode.py" line="169"/>
        <source>Næste ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="61"/>
        <source>Forrige trin (Ctrl+PgUp eller Ctrl+Venstre)</source>
        <translation>Previous step (Ctrl+PgUp or Ctrl+Left)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="63"/>
        <source>Næste trin (Ctrl+PgDown eller Ctrl+Højre)</source>
        <translation>Next step (Ctrl+PgDown or Ctrl+Right)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="64"/>
        <source>Projektor</source>
        <translation>Projector</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="66"/>
        <source>Vis projektorvinduet (Ctrl+Shift+P)</source>
        <translation>Show the projector window (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="67"/>
        <source>Tidsplan</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="70"/>
        <source>Vis eller skjul tidsplanen (giver plads til gruppernes kolonner)</source>
        <translation>Show or hide the schedule (makes room for the groups&apos; columns)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="71"/>
        <location filename="../../ui/panels/run_mode.py" line="174"/>
        <source>Hæv mødet…</source>
        <translation>Close the meeting…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="182"/>
        <source>startet {time}</source>
        <translation>started {time}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="184"/>
        <source>, {n} min</source>
        <translation>, {n} min</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="185"/>
        <source>Punkt {n} af {all} · {kind}{box} · {state}</source>
        <translation>Item {n} of {all} · {kind}{box} · {state}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="114"/>
        <source>&lt;b&gt;Tidsplan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Schedule&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="168"/>
        <source>Vælg et møde i navigatoren.</source>
        <translation>Pick a meeting in the navigator.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="169"/>
        <source>Start mødet ▶</source>
        <translation>Start the meeting ▶</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="173"/>
        <source>Hævet kl. {time}</source>
        <translation>Closed at {time}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="176"/>
        <source>Ingen punkter på dagsordenen</source>
        <translation>No items on the agenda</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_mode.py" line="183"/>
        <source>ikke startet</source>
        <translation>not started</translation>
    </message>
</context>
<context>
    <name>ScheduleTable</name>
    <message>
        <location filename="../../ui/panels/run_schedule.py" line="29"/>
        <source>Punkt</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_schedule.py" line="29"/>
        <source>Planlagt</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_schedule.py" line="30"/>
        <source>Faktisk</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../ui/panels/run_schedule.py" line="30"/>
        <source>Afvigelse</source>
        <translation>Deviation</translation>
    </message>
</context>
<context>
    <name>ServiceCommand</name>
    <message>
        <location filename="../../ui/commands.py" line="77"/>
        <source>Kunne ikke gentage &quot;{step}&quot;: {reason}</source>
        <translation>Could not redo &quot;{step}&quot;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="81"/>
        <source>Kunne ikke fortryde &quot;{step}&quot;: {reason}</source>
        <translation>Could not undo &quot;{step}&quot;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="103"/>
        <source>{what} er ændret af en anden siden; trinnet ville overskrive den ændring og er taget ud af fortryd-listen.</source>
        <translation>{what} was changed by someone else since; the step would overwrite that change and has been taken off the undo list.</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="265"/>
        <source>{what} er ændret af en anden imens og er ikke slettet. Se ændringen, og slet igen, hvis det stadig skal væk.</source>
        <translation>{what} was changed by someone else meanwhile and has not been deleted. Look at the change, and delete again if it should still go.</translation>
    </message>
</context>
<context>
    <name>ShortcutHelp</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="291"/>
        <source>Tastaturgenveje</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="294"/>
        <source>Taster</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="294"/>
        <source>Hvor</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="294"/>
        <source>Hvad</source>
        <translation>What</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="73"/>
        <location filename="../../ui/shortcuts.py" line="96"/>
        <source>Dagsorden</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="74"/>
        <location filename="../../ui/shortcuts.py" line="97"/>
        <source>Fremmøde</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="147"/>
        <source>Valgt medlem er til stede</source>
        <translation>Selected member is present</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="149"/>
        <source>Valgt medlem er fraværende</source>
        <translation>Selected member is absent</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="151"/>
        <source>Valgt medlem har meldt afbud</source>
        <translation>Selected member sent apologies</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="153"/>
        <source>Fremmøde, punkter</source>
        <translation>Attendance, items</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="154"/>
        <source>Skift fraværende/inhabil for medlem og punkt</source>
        <translation>Toggle absent/conflict of interest for member and item</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="69"/>
        <source>Vindue</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="70"/>
        <source>Navigatoren</source>
        <translation>Navigator</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="71"/>
        <source>Møde</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="72"/>
        <location filename="../../ui/shortcuts.py" line="95"/>
        <source>Udvalg</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="81"/>
        <source>Datofelter</source>
        <translation>Date fields</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="87"/>
        <source>Importér mødefil…</source>
        <translation>Import meeting file…</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="88"/>
        <source>Eksportér mødefil…</source>
        <translation>Export meeting file…</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="89"/>
        <source>Afslut</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="90"/>
        <source>Fortryd</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="91"/>
        <source>Annullér fortryd</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="93"/>
        <source>Gå til navigatoren</source>
        <translation>Go to the navigator</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="98"/>
        <source>Indfangning</source>
        <translation>Capture</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="99"/>
        <source>Referat</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="100"/>
        <source>Afvikling</source>
        <translation>Run meeting</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="101"/>
        <source>Dansk</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="102"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="103"/>
        <source>Tastaturgenveje</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="104"/>
        <source>Om Workshop</source>
        <translation>About Workshop</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="105"/>
        <source>Nyt udvalg…</source>
        <translation>New committee…</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="107"/>
        <source>Nyt møde…</source>
        <translation>New meeting…</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="110"/>
        <source>Omdøb…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="111"/>
        <source>Slet…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="113"/>
        <location filename="../../ui/shortcuts.py" line="204"/>
        <source>Forrige trin</source>
        <translation>Previous step</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="115"/>
        <location filename="../../ui/shortcuts.py" line="206"/>
        <source>Næste trin</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="117"/>
        <source>Følg mødet</source>
        <translation>Follow the meeting</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="119"/>
        <source>Vis projektorvindue</source>
        <translation>Show projector window</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="122"/>
        <source>Større tekst på projektoren</source>
        <translation>Larger text on the projector</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="123"/>
        <source>Mindre tekst på projektoren</source>
        <translation>Smaller text on the projector</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="125"/>
        <source>Åbn for deltagere</source>
        <translation>Open for participants</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="128"/>
        <source>Tilføj medlem</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="130"/>
        <source>Tilføj opgave</source>
        <translation>Add task</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="132"/>
        <source>Fjern medlem…</source>
        <translation>Remove member…</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="134"/>
        <source>Fjern opgave…</source>
        <translation>Remove task…</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="136"/>
        <source>Medlemmer og opgaver i Udvalg</source>
        <translation>Members and tasks in Committee</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="137"/>
        <source>Gemmer feltet; igen: næste række, på sidste række en ny</source>
        <translation>Saves the field; again: next row, on the last row a new one</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="140"/>
        <source>Tilføj punkt…</source>
        <translation>Add item…</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="141"/>
        <source>Slet punkt…</source>
        <translation>Delete item…</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="142"/>
        <source>Flyt punkt op</source>
        <translation>Move item up</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="143"/>
        <source>Flyt punkt ned</source>
        <translation>Move item down</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="146"/>
        <source>Marker resten som til stede</source>
        <translation>Mark the rest as present</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="170"/>
        <source>Slet de valgte input</source>
        <translation>Delete the selected inputs</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="175"/>
        <source>Slå de valgte input sammen i det øverste (teksterne efter hinanden)</source>
        <translation>Merge the selected inputs into the top one (the texts one after another)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="177"/>
        <source>Slet de valgte pejlemærker</source>
        <translation>Delete the selected guiding principles</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="187"/>
        <source>Arbejdsgrupper</source>
        <translation>Working groups</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="188"/>
        <source>Fjern den valgte person udefra</source>
        <translation>Remove the selected outside person</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="192"/>
        <source>Vælg datoen i kalenderen</source>
        <translation>Pick the date in the calendar</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="194"/>
        <source>En dag senere (en tom dato forbliver tom)</source>
        <translation>One day later (an empty date stays empty)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="196"/>
        <source>En dag tidligere</source>
        <translation>One day earlier</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="231"/>
        <source> eller </source>
        <translation> or </translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="79"/>
        <source>Pejlemærker og rangordning</source>
        <translation>Guiding principles and ranking</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="179"/>
        <source>De valgte pejlemærker: valgt</source>
        <translation>The selected guiding principles: chosen</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="182"/>
        <source>De valgte pejlemærker: kortliste</source>
        <translation>The selected guiding principles: shortlist</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="183"/>
        <source>De valgte pejlemærker: fravalgt</source>
        <translation>The selected guiding principles: rejected</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="186"/>
        <source>De valgte pejlemærker: tilbage til kandidat</source>
        <translation>The selected guiding principles: back to candidate</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="80"/>
        <source>Tilførsler til protokollen</source>
        <translation>Remarks for the record</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="189"/>
        <source>Slet den valgte tilførsel</source>
        <translation>Delete the selected remark</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="76"/>
        <source>Grupper</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="163"/>
        <source>Flyt det valgte medlem til gruppe 1 … 9</source>
        <translation>Move the selected member to group 1 … 9</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="164"/>
        <source>Tag det valgte medlem ud af sin gruppe</source>
        <translation>Take the selected member out of their group</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="77"/>
        <source>Input</source>
        <translation>Inputs</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="166"/>
        <source>Tilføj inputtet og bliv i feltet til det næste</source>
        <translation>Add the input and stay in the field for the next</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="78"/>
        <source>Input og pejlemærker</source>
        <translation>Inputs and guiding principles</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="168"/>
        <source>Ret det valgte input eller pejlemærke</source>
        <translation>Edit the selected input or guiding principle</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="172"/>
        <source>Skjul de valgte input for projektor og telefoner (eller vis dem igen)</source>
        <translation>Hide the selected inputs from the projector and the phones (or show them again)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="75"/>
        <source>Spørgerunde</source>
        <translation>Question round</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="157"/>
        <source>Gem svaret og giv ordet videre</source>
        <translation>Save the answer and give the floor on</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="159"/>
        <source>Ny linje i svaret</source>
        <translation>New line in the answer</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="161"/>
        <source>Spring taleren over (kommer igen til sidst)</source>
        <translation>Skip the speaker (comes back at the end)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="82"/>
        <source>Projektorvinduet, når det har fokus</source>
        <translation>The projector window, when it has the focus</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="199"/>
        <source>Større tekst</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="201"/>
        <source>Mindre tekst</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="202"/>
        <source>Normal tekststørrelse</source>
        <translation>Normal text size</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="203"/>
        <source>Luk projektorvinduet</source>
        <translation>Close the projector window</translation>
    </message>
</context>
<context>
    <name>StepTimer</name>
    <message>
        <location filename="../../ui/timer.py" line="23"/>
        <source>Overskredet med {minutes} min</source>
        <translation>Over by {minutes} min</translation>
    </message>
</context>
<context>
    <name>TitleDelegate</name>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="92"/>
        <source>Pejlemærkets titel</source>
        <translation>Guiding principle&apos;s title</translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="110"/>
        <source>Omdøb pejlemærke</source>
        <translation>Rename guiding principle</translation>
    </message>
    <message>
        <location filename="../../ui/panels/candidate_list.py" line="111"/>
        <source>Titlen</source>
        <translation>The title</translation>
    </message>
</context>
<context>
    <name>UnsavedDialog</name>
    <message>
        <location filename="../../ui/unsaved_dialog.py" line="41"/>
        <location filename="../../ui/unsaved_dialog.py" line="47"/>
        <source>Ikke gemte tekster</source>
        <translation>Unsaved texts</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved_dialog.py" line="43"/>
        <source>Tekst, som blev skrevet på denne computer, men aldrig gemt i databasen (fx fordi programmet blev lukket, mens to tekster ventede på et valg). Kopiér den ind, hvor den hører til, eller kassér den.</source>
        <translation>Text typed on this computer but never saved in the database (e.g. because the program was closed while two texts were waiting for a choice). Copy it to where it belongs, or discard it.</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved_dialog.py" line="50"/>
        <source>Teksten</source>
        <translation>The text</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved_dialog.py" line="51"/>
        <source>Kopiér teksten</source>
        <translation>Copy the text</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved_dialog.py" line="53"/>
        <location filename="../../ui/unsaved_dialog.py" line="109"/>
        <source>Kassér</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved_dialog.py" line="86"/>
        <source>Der er ingen ikke gemte tekster.</source>
        <translation>There are no unsaved texts.</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved_dialog.py" line="110"/>
        <source>Kassér »{label}«? Teksten kan ikke hentes igen bagefter.</source>
        <translation>Discard »{label}«? The text cannot be fetched again afterwards.</translation>
    </message>
</context>
<context>
    <name>Versioned</name>
    <message>
        <location filename="../../ui/versioned.py" line="139"/>
        <source>tom</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../../ui/versioned.py" line="151"/>
        <source>{what} er slettet af en anden imens; din ændring er ikke gemt.</source>
        <translation>{what} was deleted by someone else meanwhile; your change is not saved.</translation>
    </message>
    <message>
        <location filename="../../ui/versioned.py" line="154"/>
        <source>{field} er nu {value}</source>
        <translation>{field} is now {value}</translation>
    </message>
    <message>
        <location filename="../../ui/versioned.py" line="158"/>
        <source>{what} er ændret af en anden imens; din ændring er ikke gemt.</source>
        <translation>{what} was changed by someone else meanwhile; your change is not saved.</translation>
    </message>
    <message>
        <location filename="../../ui/versioned.py" line="160"/>
        <source>{what} er ændret af en anden imens: {changes}. Din ændring er ikke gemt.</source>
        <translation>{what} was changed by someone else meanwhile: {changes}. Your change is not saved.</translation>
    </message>
</context>
<context>
    <name>VotesView</name>
    <message>
        <location filename="../../ui/panels/dot_voting.py" line="79"/>
        <source>Stemmer pr. medlem</source>
        <translation>Votes per member</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dot_voting.py" line="81"/>
        <source>Ny afstemning</source>
        <translation>New vote</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dot_voting.py" line="82"/>
        <source>Tager alle prikker tilbage (og stemmetal fra en mødefil); kan fortrydes</source>
        <translation>Takes back every dot (and totals from a meeting file); can be undone</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dot_voting.py" line="88"/>
        <source>Stemmer pr. medlem:</source>
        <translation>Votes per member:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dot_voting.py" line="94"/>
        <source>Prikker pr. medlem</source>
        <translation>Dots per member</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dot_voting.py" line="101"/>
        <source>Rangordning</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dot_voting.py" line="115"/>
        <source>Valgt (V)</source>
        <translation>Chosen (V)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dot_voting.py" line="116"/>
        <source>Kortliste (K)</source>
        <translation>Shortlist (K)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dot_voting.py" line="117"/>
        <source>Fravalgt (F)</source>
        <translation>Rejected (F)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dot_voting.py" line="118"/>
        <source>Kandidat (N)</source>
        <translation>Candidate (N)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dot_voting.py" line="124"/>
        <source>&lt;b&gt;Rangordning&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ranking&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dot_voting.py" line="137"/>
        <source>Skriv hvert medlems prikker i medlemmets række under pejlemærket (tal og Enter; 0 tager dem tilbage).</source>
        <translation>Type each member&apos;s dots in the member&apos;s row under the guiding principle (a number and Enter; 0 takes them back).</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dot_voting.py" line="220"/>
        <source>{n} af {low}–{high} valgt</source>
        <translation>{n} of {low}–{high} chosen</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dot_voting.py" line="251"/>
        <source>Markér et eller flere pejlemærker i rangordningen.</source>
        <translation>Select one or more guiding principles in the ranking.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/dot_voting.py" line="255"/>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
</context>
<context>
    <name>WorkingGroupsView</name>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="49"/>
        <source>fraværende</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="50"/>
        <source>afbud</source>
        <translation>sent apologies</translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="51"/>
        <source>ikke til stede</source>
        <translation>not present</translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="68"/>
        <source>Arbejdsgrupper</source>
        <translation>Working groups</translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="76"/>
        <source>Ny arbejdsgruppe – skriv navnet, Enter</source>
        <translation>New working group – type the name, Enter</translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="77"/>
        <source>Navn på ny arbejdsgruppe</source>
        <translation>Name of new working group</translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="80"/>
        <source>Tilføj</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="83"/>
        <source>Valgt pejlemærke</source>
        <translation>Chosen guiding principle</translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="84"/>
        <source>Opret fra pejlemærke</source>
        <translation>Create from guiding principle</translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="86"/>
        <source>Fjern valgte</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="89"/>
        <source>&lt;b&gt;Arbejdsgrupper&lt;/b&gt;</source>
        <translation>&lt;b&gt;Working groups&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="102"/>
        <location filename="../../ui/panels/working_groups.py" line="109"/>
        <source>Arbejdsgruppens navn</source>
        <translation>Working group&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="111"/>
        <location filename="../../ui/panels/working_groups.py" line="116"/>
        <location filename="../../ui/panels/working_groups.py" line="157"/>
        <source>Mandat</source>
        <translation>Mandate</translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="113"/>
        <source>Hvad arbejdsgruppen skal, og hvad den leverer</source>
        <translation>What the working group is to do, and what it delivers</translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="118"/>
        <source>Arbejdsgruppens medlemmer</source>
        <translation>Working group&apos;s members</translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="121"/>
        <location filename="../../ui/panels/working_groups.py" line="159"/>
        <source>Tovholder</source>
        <translation>Convener</translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="124"/>
        <source>Medlemmer udefra</source>
        <translation>Outside members</translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="128"/>
        <source>Navn udefra</source>
        <translation>Outside name</translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="129"/>
        <source>Navn på medlem udefra</source>
        <translation>Name of outside member</translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="131"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="132"/>
        <source>Organisation for medlem udefra</source>
        <translation>Organisation of outside member</translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="136"/>
        <source>Tilføj udefra</source>
        <translation>Add from outside</translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="138"/>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="139"/>
        <source>Fjern den valgte person udefra ({keys})</source>
        <translation>Remove the selected outside person ({keys})</translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="151"/>
        <location filename="../../ui/panels/working_groups.py" line="161"/>
        <location filename="../../ui/panels/working_groups.py" line="390"/>
        <source>Første møde</source>
        <translation>First meeting</translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="152"/>
        <location filename="../../ui/panels/working_groups.py" line="162"/>
        <location filename="../../ui/panels/working_groups.py" line="390"/>
        <source>Melder tilbage</source>
        <translation>Reports back</translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="156"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="158"/>
        <source>Medlemmer</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="160"/>
        <source>Udefra</source>
        <translation>From outside</translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="225"/>
        <source>1 medlem</source>
        <translation>1 member</translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="225"/>
        <source>{n} medlemmer</source>
        <translation>{n} members</translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="227"/>
        <source>mødes {date}</source>
        <translation>meets {date}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="229"/>
        <source>melder tilbage {date}</source>
        <translation>reports back {date}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="266"/>
        <source> (har en gruppe)</source>
        <translation> (has a group)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="269"/>
        <source>Ingen valgte pejlemærker endnu</source>
        <translation>No chosen guiding principles yet</translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="320"/>
        <source>Ingen tovholder</source>
        <translation>No convener</translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="325"/>
        <source>{name} ({organisation})</source>
        <translation>{name} ({organisation})</translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="348"/>
        <source>Skriv arbejdsgruppens navn først.</source>
        <translation>Type the working group&apos;s name first.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="367"/>
        <source>Arbejde videre med pejlemærket &quot;{title}&quot; og komme med forslag til udvalget.</source>
        <translation>Work further on the guiding principle &quot;{title}&quot; and come back with proposals to the committee.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/working_groups.py" line="421"/>
        <source>Skriv navnet på personen udefra først.</source>
        <translation>Write the outside person&apos;s name first.</translation>
    </message>
</context>
<context>
    <name>WrappingDelegate</name>
    <message>
        <location filename="../../ui/panels/input_columns.py" line="103"/>
        <source>Ret input</source>
        <translation>Edit input</translation>
    </message>
</context>
</TS>
