<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>App</name>
    <message>
        <source>This is the demo vault. Its passphrase is: {passphrase}</source>
        <translation>Dit is de demokluis. Het wachtwoord is: {passphrase}</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Auditlog</translation>
    </message>
    <message>
        <source>Every time a participant is viewed, edited, printed, exported or erased, it is written here. The log holds record numbers, never names, and cannot be changed.</source>
        <translation>Elke keer dat een deelnemer wordt bekeken, bewerkt, afgedrukt, geëxporteerd of gewist, wordt dat hier vastgelegd. Het log bevat dossiernummers, nooit namen, en kan niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>Audit log entries, newest first</source>
        <translation>Regels in het auditlog, nieuwste eerst</translation>
    </message>
    <message>
        <source>The log is complete and unchanged. Entries: {count}.</source>
        <translation>Het log is volledig en ongewijzigd. Regels: {count}.</translation>
    </message>
    <message>
        <source>The log was changed outside Opstart at entry {number}. Tell your data protection officer.</source>
        <translation>Het log is buiten Opstart gewijzigd bij regel {number}. Meld dit aan je functionaris gegevensbescherming.</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Viewed</source>
        <translation>Bekeken</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bewerkt</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Afgedrukt</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Geëxporteerd</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Definitief gewist</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Apparaat</translation>
    </message>
</context>
<context>
    <name>BalanceChart</name>
    <message>
        <source>Bank balance at the end of each month</source>
        <translation>Banksaldo aan het eind van elke maand</translation>
    </message>
    <message>
        <source>Lowest balance: {amount} in {month}.</source>
        <translation>Laagste saldo: {amount} in {month}.</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Nog geen cijfers</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <source>Print handouts</source>
        <translation>Uitdraaien voor deelnemers</translation>
    </message>
    <message>
        <source>Participants: {count}. Each handout holds only what the participant may take home.</source>
        <translation>Deelnemers: {count}. Elke uitdraai bevat alleen wat de deelnemer mee naar huis mag nemen.</translation>
    </message>
    <message>
        <source>&amp;One PDF file to print, all handouts in it</source>
        <translation>&amp;Eén pdf-bestand om af te drukken, met alle uitdraaien</translation>
    </message>
    <message>
        <source>One PDF file &amp;per participant, in a folder</source>
        <translation>Eén pdf-bestand &amp;per deelnemer, in een map</translation>
    </message>
    <message>
        <source>&amp;Choose where to save…</source>
        <translation>&amp;Kies waar ze worden opgeslagen…</translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation>Nog niets gekozen.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Save the handouts as</source>
        <translation>Uitdraaien opslaan als</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the handouts</source>
        <translation>Map voor de uitdraaien</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Bezig met stoppen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Done. Handouts saved: {count}.</source>
        <translation>Klaar. Opgeslagen uitdraaien: {count}.</translation>
    </message>
    <message>
        <source>Cancelled. No handouts were saved.</source>
        <translation>Geannuleerd. Er zijn geen uitdraaien opgeslagen.</translation>
    </message>
    <message>
        <source>The handouts could not be saved. Check that the folder exists and the disk is not full, then try again.</source>
        <translation>De uitdraaien konden niet worden opgeslagen. Controleer of de map bestaat en de schijf niet vol is, en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>BreakEvenChart</name>
    <message>
        <source>Break-even chart</source>
        <translation>Break-evengrafiek</translation>
    </message>
    <message>
        <source>Add prices and sales to see the break-even point</source>
        <translation>Vul prijzen en verkoop in om het break-evenpunt te zien</translation>
    </message>
    <message>
        <source>Sales per month: {amount}</source>
        <translation>Verkoop per maand: {amount}</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkoop</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Costs + living</source>
        <translation>Kosten + levensonderhoud</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>The person: motivation, skills, experience, hours, realism</source>
        <translation>De persoon: motivatie, vaardigheden, ervaring, uren, realisme</translation>
    </message>
    <message>
        <source>Health and personal barriers manageable</source>
        <translation>Gezondheid en persoonlijke belemmeringen zijn te hanteren</translation>
    </message>
    <message>
        <source>Debt situation known, no problematic debt (or a plan)</source>
        <translation>Schuldsituatie bekend, geen problematische schulden (of een plan)</translation>
    </message>
    <message>
        <source>Income support during start-up arranged</source>
        <translation>Inkomen tijdens de start is geregeld</translation>
    </message>
    <message>
        <source>Idea clearly described: what, for whom, why me</source>
        <translation>Idee duidelijk beschreven: wat, voor wie, waarom ik</translation>
    </message>
    <message>
        <source>Evidence of demand: customers asked, orders</source>
        <translation>Bewijs van vraag: klanten gevraagd, bestellingen</translation>
    </message>
    <message>
        <source>Competition and price compared</source>
        <translation>Concurrentie en prijs vergeleken</translation>
    </message>
    <message>
        <source>Marketing plan concrete, first customers planned</source>
        <translation>Concreet marketingplan, eerste klanten gepland</translation>
    </message>
    <message>
        <source>Permits, insurance, registration, VAT status</source>
        <translation>Vergunningen, verzekering, inschrijving, btw-status</translation>
    </message>
    <message>
        <source>Start-up budget complete, with quotes</source>
        <translation>Investeringsbegroting volledig, met offertes</translation>
    </message>
    <message>
        <source>Financing gap is zero, own contribution shown</source>
        <translation>Financieringstekort is nul, eigen inbreng zichtbaar</translation>
    </message>
    <message>
        <source>Sales assumptions realistic</source>
        <translation>Realistische verkoopaannames</translation>
    </message>
    <message>
        <source>Liquidity never negative</source>
        <translation>Liquiditeit nooit negatief</translation>
    </message>
    <message>
        <source>Loan repayable from the surplus</source>
        <translation>Lening terug te betalen uit de winst</translation>
    </message>
    <message>
        <source>Living test: self-supporting, partly or not yet</source>
        <translation>Leefbaarheidstoets: uitkeringsonafhankelijk, gedeeltelijk of nog niet</translation>
    </message>
    <message>
        <source>Risks and plan B</source>
        <translation>Risico&apos;s en plan B</translation>
    </message>
    <message>
        <source>Documents attached (ID, quotes, contracts)</source>
        <translation>Documenten bijgevoegd (ID, offertes, contracten)</translation>
    </message>
    <message>
        <source>Decision, with the reason</source>
        <translation>Besluit, met de reden</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
</context>
<context>
    <name>CoachContactForm</name>
    <message>
        <source>Your &amp;name</source>
        <translation>Je &amp;naam</translation>
    </message>
    <message>
        <source>Your name on the document</source>
        <translation>Je naam op het document</translation>
    </message>
    <message>
        <source>Your p&amp;hone</source>
        <translation>Je tele&amp;foon</translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation>Je telefoonnummer</translation>
    </message>
    <message>
        <source>Your e-&amp;mail</source>
        <translation>Je e-&amp;mail</translation>
    </message>
    <message>
        <source>Your e-mail address</source>
        <translation>Je e-mailadres</translation>
    </message>
</context>
<context>
    <name>Code</name>
    <message>
        <source>Woman</source>
        <translation>Vrouw</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>Prefers not to say</source>
        <translation>Zegt dit liever niet</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Denemarken</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Deens</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Pools</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Roemeens</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Oekraïens</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turks</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation>Koerdisch</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Perzisch</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somalisch</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamees</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spaans</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugees</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>Andere taal</translation>
    </message>
    <message>
        <source>Kontanthjælp (cash benefit)</source>
        <translation>Kontanthjælp (bijstand DK)</translation>
    </message>
    <message>
        <source>Uddannelseshjælp (education benefit)</source>
        <translation>Uddannelseshjælp (DK)</translation>
    </message>
    <message>
        <source>Sygedagpenge (sickness benefit)</source>
        <translation>Sygedagpenge (ziekte-uitkering DK)</translation>
    </message>
    <message>
        <source>Førtidspension (disability pension)</source>
        <translation>Førtidspension (arbeidsongeschiktheid DK)</translation>
    </message>
    <message>
        <source>Revalideringsydelse (rehabilitation)</source>
        <translation>Revalideringsydelse (DK)</translation>
    </message>
    <message>
        <source>Ledighedsydelse (fleksjob)</source>
        <translation>Ledighedsydelse (fleksjob, DK)</translation>
    </message>
    <message>
        <source>Ressourceforløbsydelse</source>
        <translation>Ressourceforløbsydelse (DK)</translation>
    </message>
    <message>
        <source>A-dagpenge (unemployment insurance)</source>
        <translation>A-dagpenge (WW DK)</translation>
    </message>
    <message>
        <source>Bijstand (Participatiewet)</source>
        <translation>Bijstand (Participatiewet)</translation>
    </message>
    <message>
        <source>WW (unemployment benefit)</source>
        <translation>WW</translation>
    </message>
    <message>
        <source>Bbz (self-employment support)</source>
        <translation>Bbz</translation>
    </message>
    <message>
        <source>IOAW</source>
        <translation>IOAW</translation>
    </message>
    <message>
        <source>Wajong / WIA</source>
        <translation>Wajong / WIA</translation>
    </message>
    <message>
        <source>None / self-supporting</source>
        <translation>Geen / uitkeringsonafhankelijk</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>Alleenstaand</translation>
    </message>
    <message>
        <source>Single parent</source>
        <translation>Alleenstaande ouder</translation>
    </message>
    <message>
        <source>Couple</source>
        <translation>Stel</translation>
    </message>
    <message>
        <source>Couple with children</source>
        <translation>Stel met kinderen</translation>
    </message>
    <message>
        <source>Lives with parents</source>
        <translation>Woont bij ouders</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>Basisonderwijs</translation>
    </message>
    <message>
        <source>Lower secondary</source>
        <translation>Vmbo / onderbouw voortgezet onderwijs</translation>
    </message>
    <message>
        <source>Upper secondary / vocational</source>
        <translation>Havo/vwo of mbo</translation>
    </message>
    <message>
        <source>Post-secondary, not higher education</source>
        <translation>Na middelbaar, geen hoger onderwijs</translation>
    </message>
    <message>
        <source>Short higher education</source>
        <translation>Associate degree (kort hbo)</translation>
    </message>
    <message>
        <source>Bachelor</source>
        <translation>Bachelor</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>Doctorate</source>
        <translation>Doctoraat</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation>Lichamelijke gezondheid</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Psychische gezondheid</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Beperking</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>Schulden</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Huisvesting</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Kinderopvang</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Digital skills</source>
        <translation>Digitale vaardigheden</translation>
    </message>
    <message>
        <source>Criminal record</source>
        <translation>Strafblad</translation>
    </message>
    <message>
        <source>Mother tongue</source>
        <translation>Moedertaal</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Niet begonnen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Bereikt</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Bijgesteld</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Midway</source>
        <translation>Tussentijds</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Eind</translation>
    </message>
    <message>
        <source>Idea development</source>
        <translation>Ideeontwikkeling</translation>
    </message>
    <message>
        <source>Business plan</source>
        <translation>Ondernemingsplan</translation>
    </message>
    <message>
        <source>Bookkeeping and accounting</source>
        <translation>Boekhouding en administratie</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Pitching</source>
        <translation>Pitchen</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkoop</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Websites</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communicatie</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Begeleiding</translation>
    </message>
    <message>
        <source>Sharing with the caseworker</source>
        <translation>Delen met de klantmanager</translation>
    </message>
    <message>
        <source>Anonymous programme reports</source>
        <translation>Anonieme rapportages over het traject</translation>
    </message>
    <message>
        <source>Sharing with the coaching team</source>
        <translation>Delen met het begeleidingsteam</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>In orde</translation>
    </message>
    <message>
        <source>Needs work</source>
        <translation>Moet beter</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Ontbreekt</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <source>Approve with conditions</source>
        <translation>Goedkeuren onder voorwaarden</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nu niet</translation>
    </message>
    <message>
        <source>Applied for</source>
        <translation>Aangevraagd</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Toegekend</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Uitbetaald</translation>
    </message>
    <message>
        <source>Being repaid</source>
        <translation>Wordt afgelost</translation>
    </message>
    <message>
        <source>Repaid</source>
        <translation>Afgelost</translation>
    </message>
    <message>
        <source>In arrears</source>
        <translation>Achterstallig</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Afgeschreven</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation>Uitgevallen</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <source>Personal or family situation</source>
        <translation>Persoonlijke of gezinssituatie</translation>
    </message>
    <message>
        <source>Idea not viable</source>
        <translation>Idee niet levensvatbaar</translation>
    </message>
    <message>
        <source>Lack of motivation / no-show</source>
        <translation>Gebrek aan motivatie / niet verschenen</translation>
    </message>
    <message>
        <source>Found a job</source>
        <translation>Baan gevonden</translation>
    </message>
    <message>
        <source>Started education</source>
        <translation>Begonnen met een opleiding</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Verhuisd</translation>
    </message>
    <message>
        <source>Financial or debt problems</source>
        <translation>Financiële of schuldproblemen</translation>
    </message>
    <message>
        <source>Benefit or legal rules</source>
        <translation>Regels van uitkering of wet</translation>
    </message>
    <message>
        <source>Self-supporting</source>
        <translation>Uitkeringsonafhankelijk</translation>
    </message>
    <message>
        <source>Partly self-supporting</source>
        <translation>Gedeeltelijk uitkeringsafhankelijk</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Baan</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>Other clarification (e.g. fleksjob)</source>
        <translation>Andere verheldering (bijv. beschut werk)</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Nog geen</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Start interview</source>
        <translation>Startgesprek</translation>
    </message>
    <message>
        <source>Midway interview</source>
        <translation>Tussengesprek</translation>
    </message>
    <message>
        <source>Final interview</source>
        <translation>Eindgesprek</translation>
    </message>
    <message>
        <source>Coaching session</source>
        <translation>Begeleidingsgesprek</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nazorg</translation>
    </message>
    <message>
        <source>1 – Isolated</source>
        <translation>1 – Geïsoleerd</translation>
    </message>
    <message>
        <source>2 – Social contacts outside the home</source>
        <translation>2 – Sociale contacten buitenshuis</translation>
    </message>
    <message>
        <source>3 – Organised activities</source>
        <translation>3 – Deelname georganiseerde activiteiten</translation>
    </message>
    <message>
        <source>4 – Unpaid work</source>
        <translation>4 – Onbetaald werk</translation>
    </message>
    <message>
        <source>5 – Paid work with support</source>
        <translation>5 – Betaald werk met ondersteuning</translation>
    </message>
    <message>
        <source>6 – Paid work</source>
        <translation>6 – Betaald werk</translation>
    </message>
</context>
<context>
    <name>CodeListsDialog</name>
    <message>
        <source>Benefit types</source>
        <translation>Soorten uitkering</translation>
    </message>
    <message>
        <source>Course modules</source>
        <translation>Cursusmodules</translation>
    </message>
    <message>
        <source>Reasons for dropping out</source>
        <translation>Redenen van uitval</translation>
    </message>
    <message>
        <source>Code lists</source>
        <translation>Codelijsten</translation>
    </message>
    <message>
        <source>Untick an entry your programme does not use: it is no longer offered, and participants who have it keep it. Rules change, so add your own entries here. Your team gets the changes at the next sync.</source>
        <translation>Haal het vinkje weg bij wat jullie traject niet gebruikt: het wordt niet meer aangeboden, en deelnemers die het al hebben houden het. Regels veranderen, dus voeg hier jullie eigen onderdelen toe. Je team krijgt de wijzigingen bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>Which list</source>
        <translation>Welke lijst</translation>
    </message>
    <message>
        <source>Entries of the list</source>
        <translation>Onderdelen van de lijst</translation>
    </message>
    <message>
        <source>Name of a new entry</source>
        <translation>Naam van een nieuw onderdeel</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Type a name of 1 to {count} characters for the new entry.</source>
        <translation>Typ een naam van 1 tot {count} tekens voor het nieuwe onderdeel.</translation>
    </message>
</context>
<context>
    <name>CohortPrintDialog</name>
    <message>
        <source>Handouts for a cohort</source>
        <translation>Uitdraaien voor een groep</translation>
    </message>
    <message>
        <source>Every participant of the cohort gets a handout with only what they may take home. You choose one PDF file or one file per participant next.</source>
        <translation>Elke deelnemer van de groep krijgt een uitdraai met alleen wat hij of zij mee naar huis mag nemen. Daarna kies je één pdf-bestand of één bestand per deelnemer.</translation>
    </message>
    <message>
        <source>{name} ({count} participants)</source>
        <translation>{name} ({count} deelnemers)</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Each participant&apos;s own language</source>
        <translation>De eigen taal van elke deelnemer</translation>
    </message>
    <message>
        <source>Language of the handouts</source>
        <translation>Taal van de uitdraaien</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Groep:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Your contact details on the handouts</source>
        <translation>Je contactgegevens op de uitdraaien</translation>
    </message>
    <message>
        <source>&amp;Next…</source>
        <translation>&amp;Volgende…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>No participant has a cohort yet. Fill in the cohort in their profiles.</source>
        <translation>Nog geen enkele deelnemer zit in een groep. Vul de groep in bij hun profielen.</translation>
    </message>
    <message>
        <source>Gathering the participants…</source>
        <translation>De deelnemers worden verzameld…</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <source>Value kept now</source>
        <translation>Waarde die nu geldt</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Andere waarde</translation>
    </message>
    <message>
        <source>Other value written by</source>
        <translation>Andere waarde geschreven door</translation>
    </message>
    <message>
        <source>(not linked to a participant)</source>
        <translation>(niet gekoppeld aan een deelnemer)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(verwijderd)</translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Review conflicts</source>
        <translation>Conflicten bekijken</translation>
    </message>
    <message>
        <source>You and a colleague changed the same information while you were not connected. The later change was kept. Check each one: keep it, or take the other value back.</source>
        <translation>Jij en een collega hebben hetzelfde gegeven gewijzigd terwijl jullie niet verbonden waren. De laatste wijziging is bewaard. Bekijk ze één voor één: houd ze, of zet de andere waarde terug.</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflicten om te bekijken</translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>Niets te bekijken</translation>
    </message>
    <message>
        <source>There are no conflicts. Changes made by you and your colleagues agree.</source>
        <translation>Er zijn geen conflicten. Jouw wijzigingen en die van je collega&apos;s komen overeen.</translation>
    </message>
    <message>
        <source>Both values in full</source>
        <translation>Beide waarden volledig</translation>
    </message>
    <message>
        <source>&amp;Use the other value</source>
        <translation>&amp;Andere waarde gebruiken</translation>
    </message>
    <message>
        <source>Puts the other value back; your colleagues get it at their next sync.</source>
        <translation>Zet de andere waarde terug; je collega&apos;s krijgen die bij hun volgende synchronisatie.</translation>
    </message>
    <message>
        <source>&amp;Keep the current value</source>
        <translation>&amp;Huidige waarde houden</translation>
    </message>
    <message>
        <source>The other value is back. Your colleagues get it at their next sync.</source>
        <translation>De andere waarde is terug. Je collega&apos;s krijgen die bij hun volgende synchronisatie.</translation>
    </message>
    <message>
        <source>Kept the current value.</source>
        <translation>De huidige waarde is gehouden.</translation>
    </message>
    <message>
        <source>That record was deleted, so its other value cannot be taken back.</source>
        <translation>Dit gegeven is verwijderd, dus de andere waarde kan niet worden teruggezet.</translation>
    </message>
    <message>
        <source>This conflict was already reviewed.</source>
        <translation>Dit conflict is al bekeken.</translation>
    </message>
    <message>
        <source>Value kept now</source>
        <translation>Waarde die nu geldt</translation>
    </message>
    <message>
        <source>Value kept now (deleted)</source>
        <translation>Waarde die nu geldt (verwijderd)</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Andere waarde</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Team sync – connect to a shared folder</source>
        <translation>Teamsynchronisatie – verbinden met een gedeelde map</translation>
    </message>
    <message>
        <source>Work together through a shared folder</source>
        <translation>Samenwerken via een gedeelde map</translation>
    </message>
    <message>
        <source>Pick a folder that every coach of your team can reach: a network drive, or a OneDrive, Dropbox, Nextcloud or Syncthing folder. Opstart keeps a copy of your changes there, encrypted with a team passphrase, and picks up your colleagues&apos; changes. Your vault itself stays on this computer.</source>
        <translation>Kies een map die elke begeleider van je team kan bereiken: een netwerkschijf, of een OneDrive-, Dropbox-, Nextcloud- of Syncthing-map. Opstart zet daar een kopie van je wijzigingen neer, versleuteld met een teamwachtwoordzin, en haalt de wijzigingen van je collega&apos;s op. Je kluis zelf blijft op deze computer.</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Gedeelde map</translation>
    </message>
    <message>
        <source>No folder chosen yet</source>
        <translation>Nog geen map gekozen</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Kies de gedeelde map</translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation>Teamwachtwoordzin</translation>
    </message>
    <message>
        <source>Repeat team passphrase</source>
        <translation>Herhaal de teamwachtwoordzin</translation>
    </message>
    <message>
        <source>Team passphrase strength</source>
        <translation>Sterkte van de teamwachtwoordzin</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Shared &amp;folder:</source>
        <translation>Gedeelde &amp;map:</translation>
    </message>
    <message>
        <source>Team &amp;passphrase:</source>
        <translation>Team&amp;wachtwoordzin:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Herhaal:</translation>
    </message>
    <message>
        <source>Looking into the folder…</source>
        <translation>Map wordt bekeken…</translation>
    </message>
    <message>
        <source>That folder cannot be reached. Check that the drive or cloud folder is connected, or choose another.</source>
        <translation>Die map is niet bereikbaar. Controleer of de schijf of cloudmap verbonden is, of kies een andere.</translation>
    </message>
    <message>
        <source>This folder holds more than one team workspace. Ask your IT contact which folder to use.</source>
        <translation>Deze map bevat meer dan één teamwerkruimte. Vraag je IT-contactpersoon welke map jullie gebruiken.</translation>
    </message>
    <message>
        <source>There is no team workspace in this folder yet. Opstart will create one. Choose a team passphrase that your colleagues will type to join.</source>
        <translation>Er staat nog geen teamwerkruimte in deze map. Opstart maakt er een. Kies een teamwachtwoordzin die je collega&apos;s intypen om mee te doen.</translation>
    </message>
    <message>
        <source>Create team workspace</source>
        <translation>Teamwerkruimte maken</translation>
    </message>
    <message>
        <source>The team passphrase is not your own vault passphrase. Give it to your colleagues in person or by phone, never by e-mail.</source>
        <translation>De teamwachtwoordzin is niet de wachtwoordzin van je eigen kluis. Geef hem persoonlijk of telefonisch aan je collega&apos;s, nooit per e-mail.</translation>
    </message>
    <message>
        <source>This folder holds your team&apos;s workspace. Type the team passphrase a colleague gave you.</source>
        <translation>Deze map bevat de werkruimte van je team. Typ de teamwachtwoordzin die je van een collega kreeg.</translation>
    </message>
    <message>
        <source>Join team workspace</source>
        <translation>Deelnemen aan teamwerkruimte</translation>
    </message>
    <message>
        <source>Joining takes a moment; then your colleagues&apos; participants appear.</source>
        <translation>Deelnemen duurt even; daarna verschijnen de deelnemers van je collega&apos;s.</translation>
    </message>
    <message>
        <source>Tip: use four or more words, for example a short sentence.</source>
        <translation>Tip: gebruik vier of meer woorden, bijvoorbeeld een korte zin.</translation>
    </message>
    <message>
        <source>This passphrase is too common. Choose another.</source>
        <translation>Deze wachtwoordzin komt te veel voor. Kies een andere.</translation>
    </message>
    <message>
        <source>Too short: use at least 10 characters, for example four words.</source>
        <translation>Te kort: gebruik minstens 10 tekens, bijvoorbeeld vier woorden.</translation>
    </message>
    <message>
        <source>Strong team passphrase.</source>
        <translation>Sterke teamwachtwoordzin.</translation>
    </message>
    <message>
        <source>Good team passphrase.</source>
        <translation>Goede teamwachtwoordzin.</translation>
    </message>
    <message>
        <source>Acceptable. A longer team passphrase is safer.</source>
        <translation>Voldoende. Een langere teamwachtwoordzin is veiliger.</translation>
    </message>
    <message>
        <source>Type the team passphrase.</source>
        <translation>Typ de teamwachtwoordzin.</translation>
    </message>
    <message>
        <source>The two team passphrases are not the same. Type them again.</source>
        <translation>De twee teamwachtwoordzinnen zijn niet gelijk. Typ ze opnieuw.</translation>
    </message>
    <message>
        <source>Connecting… this takes a moment.</source>
        <translation>Verbinden… dit duurt even.</translation>
    </message>
</context>
<context>
    <name>CountrySettingsDialog</name>
    <message>
        <source>Denmark</source>
        <translation>Denemarken</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <source>Country settings: {country}</source>
        <translation>Landinstellingen: {country}</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Btw</translation>
    </message>
    <message>
        <source>Standard rate</source>
        <translation>Algemeen tarief</translation>
    </message>
    <message>
        <source>Reduced rate</source>
        <translation>Verlaagd tarief</translation>
    </message>
    <message>
        <source>Small-business threshold per year</source>
        <translation>Omzetgrens kleine ondernemers per jaar</translation>
    </message>
    <message>
        <source>New businesses file every (months)</source>
        <translation>Nieuwe bedrijven doen aangifte elke (maanden)</translation>
    </message>
    <message>
        <source>Months after the period until payment</source>
        <translation>Maanden na het tijdvak tot betaling</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <source>Tax (planning only)</source>
        <translation>Belasting (alleen voor de planning)</translation>
    </message>
    <message>
        <source>Default effective tax rate</source>
        <translation>Standaard effectief belastingtarief</translation>
    </message>
    <message>
        <source>Labour-market contribution (DK)</source>
        <translation>Arbeidsmarktbijdrage (DK)</translation>
    </message>
    <message>
        <source>Living test</source>
        <translation>Kan ik ervan leven?</translation>
    </message>
    <message>
        <source>Self-supporting from</source>
        <translation>Uitkeringsonafhankelijk vanaf</translation>
    </message>
    <message>
        <source>Partly self-supporting from</source>
        <translation>Gedeeltelijk uitkeringsafhankelijk vanaf</translation>
    </message>
    <message>
        <source>&quot;Partly&quot; must start below &quot;self-supporting&quot;. Check the living test.</source>
        <translation>&quot;Gedeeltelijk&quot; moet lager beginnen dan &quot;uitkeringsonafhankelijk&quot;. Controleer de leefbaarheidstoets.</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Opstart – create your vault</source>
        <translation>Opstart – maak je kluis</translation>
    </message>
    <message>
        <source>Welcome to Opstart</source>
        <translation>Welkom bij Opstart</translation>
    </message>
    <message>
        <source>Opstart keeps the information about the people you coach in an encrypted vault on this computer. Choose a passphrase to lock it.</source>
        <translation>Opstart bewaart de gegevens van de mensen die je begeleidt in een versleutelde kluis op deze computer. Kies een wachtwoordzin om de kluis te vergrendelen.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Herhaal de wachtwoordzin</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Sterkte van de wachtwoordzin</translation>
    </message>
    <message>
        <source>Nobody can recover a lost passphrase, not even IT. If you forget it, the data in this vault is gone. Write it down and keep it somewhere safe.</source>
        <translation>Niemand kan een vergeten wachtwoordzin terughalen, ook ICT niet. Vergeet je hem, dan zijn de gegevens in deze kluis weg. Schrijf hem op en bewaar hem op een veilige plek.</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Onthouden op deze computer</translation>
    </message>
    <message>
        <source>Opens the vault without the passphrase when you are logged in to this computer.</source>
        <translation>Opent de kluis zonder wachtwoordzin als je op deze computer bent ingelogd.</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Kluis maken</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Herhaal:</translation>
    </message>
    <message>
        <source>Tip: use four or more words, for example a short sentence.</source>
        <translation>Tip: gebruik vier of meer woorden, bijvoorbeeld een korte zin.</translation>
    </message>
    <message>
        <source>This passphrase is too common. Choose another.</source>
        <translation>Deze wachtwoordzin komt te veel voor. Kies een andere.</translation>
    </message>
    <message>
        <source>Too short: use at least 10 characters, for example four words.</source>
        <translation>Te kort: gebruik minstens 10 tekens, bijvoorbeeld vier woorden.</translation>
    </message>
    <message>
        <source>Strong passphrase.</source>
        <translation>Sterke wachtwoordzin.</translation>
    </message>
    <message>
        <source>Good passphrase.</source>
        <translation>Goede wachtwoordzin.</translation>
    </message>
    <message>
        <source>Acceptable. A longer passphrase is safer.</source>
        <translation>Voldoende. Een langere wachtwoordzin is veiliger.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>De twee wachtwoordzinnen zijn niet gelijk. Typ ze opnieuw.</translation>
    </message>
    <message>
        <source>Creating your vault…</source>
        <translation>Je kluis wordt gemaakt…</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>The column “{column}” is not one Opstart knows. Rename or remove it.</source>
        <translation>De kolom “{column}” kent Opstart niet. Geef haar een andere naam of verwijder haar.</translation>
    </message>
    <message>
        <source>The column “{column}” holds national ID numbers, which Opstart does not import. Remove that column.</source>
        <translation>De kolom “{column}” bevat BSN-nummers, die Opstart niet importeert. Verwijder die kolom.</translation>
    </message>
    <message>
        <source>The column “{column}” appears twice. Keep one.</source>
        <translation>De kolom “{column}” staat er twee keer in. Houd er één over.</translation>
    </message>
    <message>
        <source>The first line has no “{column}” column. Add it.</source>
        <translation>De eerste regel heeft geen kolom “{column}”. Voeg die toe.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <source>The file has a header line but no participants.</source>
        <translation>Het bestand heeft een kopregel maar geen deelnemers.</translation>
    </message>
    <message>
        <source>The file is larger than 10 MB. Split it up.</source>
        <translation>Het bestand is groter dan 10 MB. Splits het op.</translation>
    </message>
    <message>
        <source>The file has more than 20,000 rows. Split it up.</source>
        <translation>Het bestand heeft meer dan 20.000 regels. Splits het op.</translation>
    </message>
    <message>
        <source>Line {line} could not be read. Check its quotation marks.</source>
        <translation>Regel {line} kon niet worden gelezen. Controleer de aanhalingstekens.</translation>
    </message>
    <message>
        <source>The file could not be read. Check that it exists and is not open in another program.</source>
        <translation>Het bestand kon niet worden gelezen. Controleer of het bestaat en niet open staat in een ander programma.</translation>
    </message>
    <message>
        <source>The first name is missing.</source>
        <translation>De voornaam ontbreekt.</translation>
    </message>
    <message>
        <source>{field}: this is not an e-mail address.</source>
        <translation>{field}: dit is geen e-mailadres.</translation>
    </message>
    <message>
        <source>{field}: only digits, spaces and + ( ) - . are allowed.</source>
        <translation>{field}: alleen cijfers, spaties en + ( ) - . zijn toegestaan.</translation>
    </message>
    <message>
        <source>{field}: not a date. Write it like 2026-03-01 or 01-03-2026.</source>
        <translation>{field}: geen datum. Schrijf die als 01-03-2026 of 2026-03-01.</translation>
    </message>
    <message>
        <source>{field}: write yes or no.</source>
        <translation>{field}: schrijf ja of nee.</translation>
    </message>
    <message>
        <source>{field}: not one of the allowed values.</source>
        <translation>{field}: geen van de toegestane waarden.</translation>
    </message>
    <message>
        <source>{field}: the text is too long.</source>
        <translation>{field}: de tekst is te lang.</translation>
    </message>
    <message>
        <source>{field}: holds characters that cannot be stored.</source>
        <translation>{field}: bevat tekens die niet kunnen worden opgeslagen.</translation>
    </message>
    <message>
        <source>More cells than the first line has column names.</source>
        <translation>Meer cellen dan de eerste regel kolomnamen heeft.</translation>
    </message>
    <message>
        <source>This e-mail address is on another line too.</source>
        <translation>Dit e-mailadres staat ook op een andere regel.</translation>
    </message>
    <message>
        <source>A participant with this e-mail address is already in Opstart.</source>
        <translation>Een deelnemer met dit e-mailadres staat al in Opstart.</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import participants</source>
        <translation>Deelnemers importeren</translation>
    </message>
    <message>
        <source>Import a referral list</source>
        <translation>Een verwijzingslijst importeren</translation>
    </message>
    <message>
        <source>Choose a CSV file saved from Excel or the job centre&apos;s system. The first line names the columns, for example first_name, last_name, email, phone, cohort, preferred_language. Nothing is imported until every row is right.</source>
        <translation>Kies een CSV-bestand dat is opgeslagen vanuit Excel of het systeem van de gemeente. De eerste regel noemt de kolommen, bijvoorbeeld first_name, last_name, email, phone, cohort, preferred_language (of voornaam, achternaam, e-mail, telefoon, groep, taal). Er wordt niets geïmporteerd tot elke regel klopt.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Nog geen bestand gekozen.</translation>
    </message>
    <message>
        <source>Rows in the file</source>
        <translation>Regels in het bestand</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Kies een CSV-bestand</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-bestanden (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Every row is fine. Participants to import: {count}.</source>
        <translation>Alle regels kloppen. Te importeren deelnemers: {count}.</translation>
    </message>
    <message>
        <source>Nothing will be imported until the file is fixed. Problems found: {count}.</source>
        <translation>Er wordt niets geïmporteerd tot het bestand is verbeterd. Gevonden problemen: {count}.</translation>
    </message>
    <message>
        <source>Line {line}: </source>
        <translation>Regel {line}: </translation>
    </message>
    <message>
        <source>… and {count} more, shown in the table.</source>
        <translation>… en nog {count}, te zien in de tabel.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase participant</source>
        <translation>Deelnemer definitief wissen</translation>
    </message>
    <message>
        <source>Erase {name}?</source>
        <translation>{name} definitief wissen?</translation>
    </message>
    <message>
        <source>This removes the profile, meetings, goals, history and every other record of this person from this computer, and from your team&apos;s computers at the next sync. It cannot be undone. Export the data first if the person asked for a copy.</source>
        <translation>Hiermee verdwijnen het profiel, de gesprekken, doelen, geschiedenis en alle andere gegevens van deze persoon van deze computer, en bij de volgende synchronisatie van de computers van je team. Dit kan niet ongedaan worden gemaakt. Exporteer de gegevens eerst als de persoon om een kopie heeft gevraagd.</translation>
    </message>
    <message>
        <source>Type the full name to confirm:</source>
        <translation>Typ de volledige naam om te bevestigen:</translation>
    </message>
    <message>
        <source>Full name of the participant</source>
        <translation>Volledige naam van de deelnemer</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Definitief wissen</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>That passphrase does not open this vault. Check Caps Lock and try again.</source>
        <translation>Met deze wachtwoordzin gaat de kluis niet open. Controleer Caps Lock en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged or missing. Your passphrase was not checked. Restore the data folder from a backup or ask your IT contact.</source>
        <translation>Het sleutelbestand van de kluis is beschadigd of ontbreekt. Je wachtwoordzin is niet gecontroleerd. Zet de gegevensmap terug vanuit een back-up of vraag je ICT-contactpersoon.</translation>
    </message>
    <message>
        <source>The vault database is damaged or does not belong to this key file. Restore it from a backup or ask your IT contact.</source>
        <translation>De database van de kluis is beschadigd of hoort niet bij dit sleutelbestand. Zet hem terug vanuit een back-up of vraag je ICT-contactpersoon.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Opstart. Update Opstart to open it.</source>
        <translation>Deze kluis is gemaakt met een nieuwere versie van Opstart. Werk Opstart bij om hem te openen.</translation>
    </message>
    <message>
        <source>Choose a longer passphrase: at least 10 characters, for example four words.</source>
        <translation>Kies een langere wachtwoordzin: minstens 10 tekens, bijvoorbeeld vier woorden.</translation>
    </message>
    <message>
        <source>There is already a vault in this data folder.</source>
        <translation>Er staat al een kluis in deze gegevensmap.</translation>
    </message>
    <message>
        <source>There is no vault in this data folder yet.</source>
        <translation>Er staat nog geen kluis in deze gegevensmap.</translation>
    </message>
    <message>
        <source>The first name cannot be empty.</source>
        <translation>De voornaam mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Deze tekst is te lang.</translation>
    </message>
    <message>
        <source>This text contains characters that cannot be stored.</source>
        <translation>Deze tekst bevat tekens die niet kunnen worden opgeslagen.</translation>
    </message>
    <message>
        <source>That participant no longer exists.</source>
        <translation>Deze deelnemer bestaat niet meer.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space; your last change was not saved yet.</source>
        <translation>De schijf is vol. Maak ruimte vrij; je laatste wijziging is nog niet opgeslagen.</translation>
    </message>
    <message>
        <source>A file in the data folder could not be read or written. Check the disk.</source>
        <translation>Een bestand in de gegevensmap kon niet worden gelezen of geschreven. Controleer de schijf.</translation>
    </message>
    <message>
        <source>Something went wrong. Your saved work is safe. Please try again.</source>
        <translation>Er ging iets mis. Je opgeslagen werk is veilig. Probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>ExtraFieldsPicker</name>
    <message>
        <source>No other fields are filled in.</source>
        <translation>Er zijn geen andere velden ingevuld.</translation>
    </message>
    <message>
        <source>⚠ national ID number</source>
        <translation>⚠ identificatienummer</translation>
    </message>
    <message>
        <source>⚠ special category (GDPR)</source>
        <translation>⚠ bijzonder persoonsgegeven (AVG)</translation>
    </message>
    <message>
        <source>coach-only</source>
        <translation>alleen voor de begeleider</translation>
    </message>
    <message>
        <source>not printed by default</source>
        <translation>wordt normaal niet afgedrukt</translation>
    </message>
</context>
<context>
    <name>FeatureActions</name>
    <message>
        <source>&amp;Business plan…</source>
        <translation>&amp;Ondernemingsplan…</translation>
    </message>
    <message>
        <source>Print &amp;handout…</source>
        <translation>&amp;Uitdraai voor deelnemer afdrukken…</translation>
    </message>
    <message>
        <source>Print business p&amp;lan…</source>
        <translation>Ondernemings&amp;plan afdrukken…</translation>
    </message>
    <message>
        <source>Print &amp;cohort handouts…</source>
        <translation>Uitdraaien voor de &amp;groep afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Afdrukken</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>“{field}” cannot be empty.</source>
        <translation>“{field}” mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>“{field}” is too long. Shorten it; nothing was saved yet.</source>
        <translation>“{field}” is te lang. Maak de tekst korter; er is nog niets opgeslagen.</translation>
    </message>
    <message>
        <source>“{field}” contains characters that cannot be stored.</source>
        <translation>“{field}” bevat tekens die niet kunnen worden opgeslagen.</translation>
    </message>
    <message>
        <source>This is not an e-mail address. Write it like name@example.dk.</source>
        <translation>Dit is geen e-mailadres. Schrijf het als naam@voorbeeld.nl.</translation>
    </message>
    <message>
        <source>A phone number can only hold digits, spaces and + ( ) - . /</source>
        <translation>Een telefoonnummer kan alleen cijfers, spaties en + ( ) - . / bevatten</translation>
    </message>
    <message>
        <source>“{field}” is not a date. Write it like {example}.</source>
        <translation>“{field}” is geen datum. Schrijf die als {example}.</translation>
    </message>
    <message>
        <source>“{field}” is not an amount. Write it like {example}.</source>
        <translation>“{field}” is geen bedrag. Schrijf het als {example}.</translation>
    </message>
    <message>
        <source>“{field}” must be between {minimum} and {maximum}.</source>
        <translation>“{field}” moet tussen {minimum} en {maximum} liggen.</translation>
    </message>
    <message>
        <source>Choose one of the options in the list.</source>
        <translation>Kies een van de mogelijkheden in de lijst.</translation>
    </message>
    <message>
        <source>That entry no longer exists. It may have been removed on another device.</source>
        <translation>Dat onderdeel bestaat niet meer. Het is misschien op een ander apparaat verwijderd.</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <source>Your figures</source>
        <translation>Jouw cijfers</translation>
    </message>
    <message>
        <source>Money needed to start</source>
        <translation>Geld nodig om te starten</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Ontbreekt nog</translation>
    </message>
    <message>
        <source>Sales, year 1 (excl. VAT)</source>
        <translation>Omzet, jaar 1 (excl. btw)</translation>
    </message>
    <message>
        <source>Profit before tax, year 1</source>
        <translation>Winst voor belasting, jaar 1</translation>
    </message>
    <message>
        <source>Lowest bank balance</source>
        <translation>Laagste banksaldo</translation>
    </message>
    <message>
        <source>Can you live from it?</source>
        <translation>Kun je ervan leven?</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Break-even</translation>
    </message>
    <message>
        <source>What you must sell</source>
        <translation>Wat je moet verkopen</translation>
    </message>
    <message>
        <source>Money in the bank, month by month</source>
        <translation>Geld op de bank, maand voor maand</translation>
    </message>
    <message>
        <source>{amount} too much</source>
        <translation>{amount} te veel</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
</context>
<context>
    <name>ItemTableEditor</name>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>De gekozen regel verwijderen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opstart – demo vault</source>
        <translation>Opstart – demokluis</translation>
    </message>
    <message>
        <source>&amp;New participant</source>
        <translation>&amp;Nieuwe deelnemer</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Import participants…</source>
        <translation>Deelnemers &amp;importeren…</translation>
    </message>
    <message>
        <source>&amp;Export participant (GDPR)…</source>
        <translation>Deelnemer &amp;exporteren (AVG)…</translation>
    </message>
    <message>
        <source>E&amp;rase participant…</source>
        <translation>Deelnemer definitief &amp;wissen…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;uitvoeren</translation>
    </message>
    <message>
        <source>&amp;Find participant</source>
        <translation>Deelnemer &amp;zoeken</translation>
    </message>
    <message>
        <source>&amp;Meeting mode</source>
        <translation>&amp;Gespreksmodus</translation>
    </message>
    <message>
        <source>Hide coach-only and sensitive information before you turn the screen to the participant (Ctrl+M)</source>
        <translation>Verberg informatie die alleen voor de begeleider is en gevoelige gegevens voordat je het scherm naar de deelnemer draait (Ctrl+M)</translation>
    </message>
    <message>
        <source>&amp;Open actions</source>
        <translation>&amp;Openstaande afspraken</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Auditlog</translation>
    </message>
    <message>
        <source>&amp;Code lists…</source>
        <translation>&amp;Codelijsten…</translation>
    </message>
    <message>
        <source>&amp;About Opstart</source>
        <translation>&amp;Over Opstart</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Beeld</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nieuwe deelnemer</translation>
    </message>
    <message>
        <source>Not saved – see the message</source>
        <translation>Niet opgeslagen – zie het bericht</translation>
    </message>
    <message>
        <source>Choose a participant in the list to see and edit.</source>
        <translation>Kies een deelnemer in de lijst om te bekijken en te bewerken.</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle wijzigingen opgeslagen</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Opslagstatus</translation>
    </message>
    <message>
        <source>Meeting mode: coach-only information is hidden</source>
        <translation>Gespreksmodus: begeleidersinformatie verborgen</translation>
    </message>
    <message>
        <source>Demo vault with fictional people – deleted when you quit</source>
        <translation>Demokluis met verzonnen personen – wordt gewist als je afsluit</translation>
    </message>
    <message>
        <source>About Opstart</source>
        <translation>Over Opstart</translation>
    </message>
    <message>
        <source>Opstart {version}

Participant profiles, business plans and handouts for coaches of micro-enterprise programmes. Your data stays encrypted on this computer.</source>
        <translation>Opstart {version}

Deelnemersprofielen, ondernemingsplannen en uitdraaien voor begeleiders van programma&apos;s voor startende ondernemers. Je gegevens blijven versleuteld op deze computer.</translation>
    </message>
    <message>
        <source>1 participant</source>
        <translation>1 deelnemer</translation>
    </message>
    <message>
        <source>{count} participants</source>
        <translation>{count} deelnemers</translation>
    </message>
</context>
<context>
    <name>MainWindowTasks</name>
    <message>
        <source>Participants imported: {count}.</source>
        <translation>Deelnemers geïmporteerd: {count}.</translation>
    </message>
    <message>
        <source>Export participant</source>
        <translation>Deelnemer exporteren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>Exported to {json} and {text}. Keep these files safe: they hold personal data.</source>
        <translation>Geëxporteerd naar {json} en {text}. Bewaar deze bestanden veilig: ze bevatten persoonsgegevens.</translation>
    </message>
    <message>
        <source>Export saved.</source>
        <translation>Export opgeslagen.</translation>
    </message>
    <message>
        <source>The participant was erased.</source>
        <translation>De deelnemer is definitief gewist.</translation>
    </message>
</context>
<context>
    <name>MeetingDetail</name>
    <message>
        <source>Add an agreed action</source>
        <translation>Afspraak toevoegen</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Afspraken</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <source>Meeting without a date</source>
        <translation>Gesprek zonder datum</translation>
    </message>
    <message>
        <source>Open actions: {count}</source>
        <translation>Openstaande afspraken: {count}</translation>
    </message>
</context>
<context>
    <name>MeetingsPanel</name>
    <message>
        <source>Meetings</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nieuw gesprek</translation>
    </message>
    <message>
        <source>Remove meeting</source>
        <translation>Gesprek verwijderen</translation>
    </message>
    <message>
        <source>No meetings yet. Click “New meeting” to write down today&apos;s meeting.</source>
        <translation>Nog geen gesprekken. Klik op “Nieuw gesprek” om het gesprek van vandaag vast te leggen.</translation>
    </message>
    <message>
        <source>Click again to remove</source>
        <translation>Klik nogmaals om te verwijderen</translation>
    </message>
</context>
<context>
    <name>MoneyField</name>
    <message>
        <source>incl. VAT</source>
        <translation>incl. btw</translation>
    </message>
    <message>
        <source>excl. VAT</source>
        <translation>excl. btw</translation>
    </message>
    <message>
        <source>Type an amount, for example 1250 or 1250,50.</source>
        <translation>Typ een bedrag, bijvoorbeeld 1250 of 1250,50.</translation>
    </message>
</context>
<context>
    <name>OpenActionsDialog</name>
    <message>
        <source>Open actions</source>
        <translation>Openstaande afspraken</translation>
    </message>
    <message>
        <source>Open actions of every participant</source>
        <translation>Openstaande afspraken van alle deelnemers</translation>
    </message>
    <message>
        <source>Double-click an action to open the participant.</source>
        <translation>Dubbelklik op een afspraak om de deelnemer te openen.</translation>
    </message>
    <message>
        <source>Open actions: {count}. Past their due date: {overdue}.</source>
        <translation>Openstaande afspraken: {count}. Over de datum: {overdue}.</translation>
    </message>
</context>
<context>
    <name>OpenActionsModel</name>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Gesprek</translation>
    </message>
</context>
<context>
    <name>ParticipantEditor</name>
    <message>
        <source>Sections of the profile</source>
        <translation>Onderdelen van het profiel</translation>
    </message>
    <message>
        <source>Coach only: hidden in meeting mode</source>
        <translation>Alleen voor de begeleider: verborgen in gespreksmodus</translation>
    </message>
</context>
<context>
    <name>ParticipantFilterBar</name>
    <message>
        <source>Filter by cohort</source>
        <translation>Filteren op groep</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filteren op status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Filter by ladder step</source>
        <translation>Filteren op trede van de ladder</translation>
    </message>
    <message>
        <source>All ladder steps</source>
        <translation>Alle treden</translation>
    </message>
    <message>
        <source>All cohorts</source>
        <translation>Alle groepen</translation>
    </message>
</context>
<context>
    <name>ParticipantHeader</name>
    <message>
        <source>Participant name</source>
        <translation>Naam van de deelnemer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Export (GDPR)…</source>
        <translation>Exporteren (AVG)…</translation>
    </message>
    <message>
        <source>Save everything stored about this participant, for an access request</source>
        <translation>Alles opslaan wat over deze deelnemer is vastgelegd, voor een inzageverzoek</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Wissen…</translation>
    </message>
    <message>
        <source>Erase this participant and all their data for good</source>
        <translation>Deze deelnemer en alle gegevens definitief wissen</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nieuwe deelnemer</translation>
    </message>
</context>
<context>
    <name>ParticipantListPanel</name>
    <message>
        <source>Search names, business ideas and notes</source>
        <translation>Zoek in namen, bedrijfsideeën en notities</translation>
    </message>
    <message>
        <source>Find a participant</source>
        <translation>Zoek een deelnemer</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>No participants yet</source>
        <translation>Nog geen deelnemers</translation>
    </message>
    <message>
        <source>Add the first person you coach. Click “New participant” or press Ctrl+N. Everything you type is saved at once and stays encrypted on this computer.</source>
        <translation>Voeg de eerste persoon toe die je begeleidt. Klik op “Nieuwe deelnemer” of druk op Ctrl+N. Alles wat je typt wordt meteen opgeslagen en blijft versleuteld op deze computer.</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nieuwe deelnemer</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation>Ladder</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Latest participation-ladder step</source>
        <translation>Laatste trede op de participatieladder</translation>
    </message>
    <message>
        <source>Agreed actions not done yet</source>
        <translation>Afspraken die nog niet gedaan zijn</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Wachtwoordzin tonen</translation>
    </message>
</context>
<context>
    <name>PlanWizard</name>
    <message>
        <source>The person: motivation, skills, hours, realism</source>
        <translation>De persoon: motivatie, vaardigheden, uren, realisme</translation>
    </message>
    <message>
        <source>Health and personal barriers manageable</source>
        <translation>Gezondheid en persoonlijke belemmeringen zijn hanteerbaar</translation>
    </message>
    <message>
        <source>Debt situation known, no problem debt</source>
        <translation>Schuldsituatie bekend, geen problematische schulden</translation>
    </message>
    <message>
        <source>Income support during start-up arranged</source>
        <translation>Inkomen tijdens de start is geregeld</translation>
    </message>
    <message>
        <source>Idea clear: what, for whom, why me</source>
        <translation>Idee duidelijk: wat, voor wie, waarom ik</translation>
    </message>
    <message>
        <source>Evidence of demand</source>
        <translation>Bewijs van vraag</translation>
    </message>
    <message>
        <source>Competition and price compared</source>
        <translation>Concurrenten en prijzen vergeleken</translation>
    </message>
    <message>
        <source>Marketing plan with first customers</source>
        <translation>Marketingplan met de eerste klanten</translation>
    </message>
    <message>
        <source>Permits, insurance, registration, VAT</source>
        <translation>Vergunningen, verzekering, inschrijving, btw</translation>
    </message>
    <message>
        <source>Start-up budget complete</source>
        <translation>Investeringsbegroting compleet</translation>
    </message>
    <message>
        <source>Financing gap is 0, own share shown</source>
        <translation>Financiering sluit, eigen inbreng getoond</translation>
    </message>
    <message>
        <source>Sales assumptions realistic</source>
        <translation>Verkoopverwachtingen zijn realistisch</translation>
    </message>
    <message>
        <source>Bank balance never below 0</source>
        <translation>Banksaldo nooit onder 0</translation>
    </message>
    <message>
        <source>Loan repayable from the profit</source>
        <translation>Lening terug te betalen uit de winst</translation>
    </message>
    <message>
        <source>Living test</source>
        <translation>Kan ik ervan leven?</translation>
    </message>
    <message>
        <source>Risks and plan B</source>
        <translation>Risico&apos;s en plan B</translation>
    </message>
    <message>
        <source>Documents attached</source>
        <translation>Bijgevoegde documenten</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Needs work</source>
        <translation>Moet beter</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Ontbreekt</translation>
    </message>
    <message>
        <source>Coach decides</source>
        <translation>Coach beoordeelt</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Niet nodig</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <source>Approve with conditions</source>
        <translation>Goedkeuren met voorwaarden</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nu niet</translation>
    </message>
    <message>
        <source>What is checked</source>
        <translation>Wat wordt getoetst</translation>
    </message>
    <message>
        <source>From the plan</source>
        <translation>Volgens het plan</translation>
    </message>
    <message>
        <source>Coach&apos;s score</source>
        <translation>Oordeel van de coach</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation>Bedrag excl. btw</translation>
    </message>
    <message>
        <source>Product or service</source>
        <translation>Product of dienst</translation>
    </message>
    <message>
        <source>Sold per</source>
        <translation>Verkocht per</translation>
    </message>
    <message>
        <source>Price excl. VAT</source>
        <translation>Prijs (excl. btw)</translation>
    </message>
    <message>
        <source>Your cost per unit</source>
        <translation>Jouw kosten per stuk</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Btw</translation>
    </message>
    <message>
        <source>Add a product</source>
        <translation>Product toevoegen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Their price</source>
        <translation>Hun prijs</translation>
    </message>
    <message>
        <source>Strong point</source>
        <translation>Sterk punt</translation>
    </message>
    <message>
        <source>Weak point</source>
        <translation>Zwak punt</translation>
    </message>
    <message>
        <source>Add a competitor</source>
        <translation>Concurrent toevoegen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Lasts (years)</source>
        <translation>Gaat mee (jaar)</translation>
    </message>
    <message>
        <source>I already own it</source>
        <translation>Heb ik al</translation>
    </message>
    <message>
        <source>Add something to buy</source>
        <translation>Aankoop toevoegen</translation>
    </message>
    <message>
        <source>Add a start cost</source>
        <translation>Startkosten toevoegen</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>Geldverstrekker</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Interest per year</source>
        <translation>Rente per jaar</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Maanden</translation>
    </message>
    <message>
        <source>Repayment</source>
        <translation>Aflossing</translation>
    </message>
    <message>
        <source>Add a loan</source>
        <translation>Lening toevoegen</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Per month excl. VAT</source>
        <translation>Per maand excl. btw</translation>
    </message>
    <message>
        <source>Add a cost</source>
        <translation>Kosten toevoegen</translation>
    </message>
    <message>
        <source>What could go wrong</source>
        <translation>Wat kan er misgaan</translation>
    </message>
    <message>
        <source>What I will do</source>
        <translation>Wat ik dan doe</translation>
    </message>
    <message>
        <source>Add a risk</source>
        <translation>Risico toevoegen</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>How we see it</source>
        <translation>Hoe we het zien</translation>
    </message>
    <message>
        <source>Date (year-month-day)</source>
        <translation>Datum (jaar-maand-dag)</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Doel toevoegen</translation>
    </message>
    <message>
        <source>hours a week</source>
        <translation>uur per week</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <source>Month {number}</source>
        <translation>Maand {number}</translation>
    </message>
    <message>
        <source>Put money aside for income tax every month (preliminary tax)</source>
        <translation>Zet elke maand geld opzij voor de inkomstenbelasting (voorlopige aanslag)</translation>
    </message>
    <message>
        <source>Add prices and sales to see what you must sell.</source>
        <translation>Vul prijzen en verkoop in om te zien wat je moet verkopen.</translation>
    </message>
    <message>
        <source>You lose money on every sale: your prices must be higher than your costs per unit.</source>
        <translation>Je verliest geld op elke verkoop: je prijzen moeten hoger zijn dan je kosten per stuk.</translation>
    </message>
    <message>
        <source>You must sell {units} × {product} a month to pay your costs, and {living} to also live from it.</source>
        <translation>Je moet {units} × {product} per maand verkopen om je kosten te betalen, en {living} om er ook van te leven.</translation>
    </message>
    <message>
        <source>You must sell for {amount} a month (excl. VAT) to pay your costs, and for {living} to also live from it.</source>
        <translation>Je moet per maand voor {amount} verkopen (excl. btw) om je kosten te betalen, en voor {living} om er ook van te leven.</translation>
    </message>
    <message>
        <source>Year 1 leaves {cash} for you after tax and repayments. Your household needs {need} a year.</source>
        <translation>Jaar 1 laat {cash} voor jou over na belasting en aflossingen. Je huishouden heeft {need} per jaar nodig.</translation>
    </message>
    <message>
        <source>In {month} the bank balance is {amount}: you need {extra} more, or a credit line.</source>
        <translation>In {month} is het banksaldo {amount}: je hebt {extra} meer nodig, of een kredietlimiet.</translation>
    </message>
    <message>
        <source>There is money in the bank every month. The lowest is {amount} in {month}.</source>
        <translation>Er staat elke maand geld op de bank. Het laagste is {amount} in {month}.</translation>
    </message>
    <message>
        <source>Please answer: {field}. Or tick &quot;I don&apos;t know yet&quot;.</source>
        <translation>Beantwoord: {field}. Of vink &quot;Weet ik nog niet&quot; aan.</translation>
    </message>
    <message>
        <source>This text is too long. Please make it shorter.</source>
        <translation>Deze tekst is te lang. Maak hem korter.</translation>
    </message>
    <message>
        <source>Choose your 5 most important strengths.</source>
        <translation>Kies je 5 belangrijkste sterke punten.</translation>
    </message>
    <message>
        <source>Please type a whole number, for example 12.</source>
        <translation>Typ een heel getal, bijvoorbeeld 12.</translation>
    </message>
    <message>
        <source>The registration number must have 8 digits.</source>
        <translation>Het inschrijvingsnummer moet 8 cijfers hebben.</translation>
    </message>
    <message>
        <source>Give each goal a date, for example 2026-03-31.</source>
        <translation>Geef elk doel een datum, bijvoorbeeld 2026-03-31.</translation>
    </message>
    <message>
        <source>Use a number of days from 0 to 90.</source>
        <translation>Gebruik een aantal dagen van 0 tot 90.</translation>
    </message>
    <message>
        <source>Hours per week must be between 1 and 80.</source>
        <translation>Uren per week moeten tussen 1 en 80 liggen.</translation>
    </message>
    <message>
        <source>A loan application needs at least one competitor.</source>
        <translation>Een kredietaanvraag heeft minstens één concurrent nodig.</translation>
    </message>
    <message>
        <source>A goal&apos;s date has passed. Choose a date in the future.</source>
        <translation>De datum van een doel is voorbij. Kies een datum in de toekomst.</translation>
    </message>
    <message>
        <source>Your sales are above 50,000 kr. a year: you must register for VAT.</source>
        <translation>Je omzet is hoger dan 50.000 kr. per jaar: je moet je voor de btw registreren.</translation>
    </message>
    <message>
        <source>Your sales are above € 20,000 a year: you cannot use the KOR.</source>
        <translation>Je omzet is hoger dan € 20.000 per jaar: je kunt de KOR niet gebruiken.</translation>
    </message>
    <message>
        <source>Add at least one product or service.</source>
        <translation>Voeg minstens één product of dienst toe.</translation>
    </message>
    <message>
        <source>Every price must be more than 0.</source>
        <translation>Elke prijs moet hoger zijn dan 0.</translation>
    </message>
    <message>
        <source>A product costs you as much as you sell it for, or more. You lose money on every sale: raise the price or lower the cost.</source>
        <translation>Een product kost je evenveel als je ervoor vraagt, of meer. Je verliest geld op elke verkoop: verhoog de prijs of verlaag de kosten.</translation>
    </message>
    <message>
        <source>A cost cannot be below 0.</source>
        <translation>Kosten kunnen niet onder 0 liggen.</translation>
    </message>
    <message>
        <source>An amount cannot be below 0.</source>
        <translation>Een bedrag kan niet onder 0 liggen.</translation>
    </message>
    <message>
        <source>How many years will it last? Use 1 or more.</source>
        <translation>Hoeveel jaar gaat het mee? Gebruik 1 of meer.</translation>
    </message>
    <message>
        <source>Check the value left at the end.</source>
        <translation>Controleer de restwaarde aan het eind.</translation>
    </message>
    <message>
        <source>Money is missing: find {amount} more before you can finish.</source>
        <translation>Er ontbreekt geld: vind {amount} meer voordat je kunt afronden.</translation>
    </message>
    <message>
        <source>You have {amount} more than you need. Borrow less.</source>
        <translation>Je hebt {amount} meer dan nodig. Leen minder.</translation>
    </message>
    <message>
        <source>Check the things you bring in yourself.</source>
        <translation>Controleer wat je zelf inbrengt.</translation>
    </message>
    <message>
        <source>The microloan is above the usual maximum.</source>
        <translation>Het microkrediet is hoger dan het gebruikelijke maximum.</translation>
    </message>
    <message>
        <source>The microloan is below the usual minimum.</source>
        <translation>Het microkrediet is lager dan het gebruikelijke minimum.</translation>
    </message>
    <message>
        <source>Say over how many months the loan is repaid.</source>
        <translation>Geef aan in hoeveel maanden de lening wordt afgelost.</translation>
    </message>
    <message>
        <source>The monthly repayment must be more than 0.</source>
        <translation>De maandelijkse aflossing moet hoger zijn dan 0.</translation>
    </message>
    <message>
        <source>Check the interest rate.</source>
        <translation>Controleer de rente.</translation>
    </message>
    <message>
        <source>No sales yet: type how many you expect to sell each month.</source>
        <translation>Nog geen verkoop: typ hoeveel je elke maand denkt te verkopen.</translation>
    </message>
    <message>
        <source>Add your monthly costs (rent, phone, insurance…).</source>
        <translation>Voeg je maandelijkse kosten toe (huur, telefoon, verzekering…).</translation>
    </message>
    <message>
        <source>Add what your household spends each month.</source>
        <translation>Voeg toe wat je huishouden elke maand uitgeeft.</translation>
    </message>
    <message>
        <source>Use a tax rate from 0 to 99 %.</source>
        <translation>Gebruik een belastingtarief van 0 tot 99 %.</translation>
    </message>
    <message>
        <source>The bank balance goes below 0 ({amount} at the lowest). Add own money, a bigger loan or a credit line, or start smaller.</source>
        <translation>Het banksaldo komt onder 0 ({amount} op het laagste punt). Breng meer eigen geld in, leen meer, neem een kredietlimiet of begin kleiner.</translation>
    </message>
    <message>
        <source>Waiting for the coach: &quot;I don&apos;t know yet&quot; is ticked.</source>
        <translation>Wacht op de coach: &quot;Weet ik nog niet&quot; is aangevinkt.</translation>
    </message>
    <message>
        <source>Fill in all 12 months.</source>
        <translation>Vul alle 12 maanden in.</translation>
    </message>
    <message>
        <source>The number sold cannot be below 0.</source>
        <translation>Het aantal verkochte kan niet onder 0 liggen.</translation>
    </message>
    <message>
        <source>Use a month from 1 to 12.</source>
        <translation>Gebruik een maand van 1 tot 12.</translation>
    </message>
    <message>
        <source>That VAT rate does not exist in this country.</source>
        <translation>Dat btw-tarief bestaat niet in dit land.</translation>
    </message>
    <message>
        <source>Please check this answer.</source>
        <translation>Controleer dit antwoord.</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Denemarken</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <source>To apply for a microloan</source>
        <translation>Voor een aanvraag van een microkrediet</translation>
    </message>
    <message>
        <source>For myself</source>
        <translation>Voor mezelf</translation>
    </message>
    <message>
        <source>For the bank or another lender</source>
        <translation>Voor de bank of een andere geldverstrekker</translation>
    </message>
    <message>
        <source>I am (or will be) registered for VAT</source>
        <translation>Ik ben (of word) ingeschreven voor de btw</translation>
    </message>
    <message>
        <source>Small business, no VAT (below the threshold / KOR)</source>
        <translation>Kleine onderneming, geen btw (Kleineondernemersregeling, KOR)</translation>
    </message>
    <message>
        <source>My work is exempt from VAT</source>
        <translation>Mijn werk is vrijgesteld van btw</translation>
    </message>
    <message>
        <source>piece</source>
        <translation>stuk</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>uur</translation>
    </message>
    <message>
        <source>job</source>
        <translation>klus</translation>
    </message>
    <message>
        <source>25 %</source>
        <translation>25 %</translation>
    </message>
    <message>
        <source>0 %</source>
        <translation>0 %</translation>
    </message>
    <message>
        <source>no VAT</source>
        <translation>geen btw</translation>
    </message>
    <message>
        <source>21 %</source>
        <translation>21 %</translation>
    </message>
    <message>
        <source>9 %</source>
        <translation>9 %</translation>
    </message>
    <message>
        <source>Word of mouth</source>
        <translation>Mond-tot-mondreclame</translation>
    </message>
    <message>
        <source>Facebook / Instagram</source>
        <translation>Facebook / Instagram</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Flyers</source>
        <translation>Flyers</translation>
    </message>
    <message>
        <source>Market stall</source>
        <translation>Marktkraam</translation>
    </message>
    <message>
        <source>My network</source>
        <translation>Mijn netwerk</translation>
    </message>
    <message>
        <source>Partner shops</source>
        <translation>Partnerwinkels</translation>
    </message>
    <message>
        <source>Enkeltmandsvirksomhed (sole trader)</source>
        <translation>Enkeltmandsvirksomhed (eenmanszaak in Denemarken)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>Eenmanszaak (sole trader)</source>
        <translation>Eenmanszaak</translation>
    </message>
    <message>
        <source>I do it myself</source>
        <translation>Dat doe ik zelf</translation>
    </message>
    <message>
        <source>An accountant</source>
        <translation>Een boekhouder</translation>
    </message>
    <message>
        <source>Help from the programme</source>
        <translation>Hulp vanuit het programma</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>Thuis</translation>
    </message>
    <message>
        <source>Rented place</source>
        <translation>Gehuurde ruimte</translation>
    </message>
    <message>
        <source>No premises needed</source>
        <translation>Geen ruimte nodig</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>Huur</translation>
    </message>
    <message>
        <source>Phone and internet</source>
        <translation>Telefoon en internet</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Verzekering</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Vervoer</translation>
    </message>
    <message>
        <source>Accountant</source>
        <translation>Boekhouder</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Kosten en heffingen</translation>
    </message>
    <message>
        <source>Housing (rent or mortgage)</source>
        <translation>Wonen (huur of hypotheek)</translation>
    </message>
    <message>
        <source>Heating, water and electricity</source>
        <translation>Gas, water en licht</translation>
    </message>
    <message>
        <source>Food and household</source>
        <translation>Eten en huishouden</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Kinderopvang</translation>
    </message>
    <message>
        <source>Debt payments</source>
        <translation>Aflossing van schulden</translation>
    </message>
    <message>
        <source>Partner&apos;s income</source>
        <translation>Inkomen van je partner</translation>
    </message>
    <message>
        <source>Child benefit</source>
        <translation>Kinderbijslag</translation>
    </message>
    <message>
        <source>Housing support</source>
        <translation>Huurtoeslag</translation>
    </message>
    <message>
        <source>Benefit I still receive</source>
        <translation>Uitkering die ik nog krijg</translation>
    </message>
    <message>
        <source>Other income</source>
        <translation>Ander inkomen</translation>
    </message>
    <message>
        <source>Annuity (same payment every month)</source>
        <translation>Annuïtair (elke maand hetzelfde bedrag)</translation>
    </message>
    <message>
        <source>Linear (payments fall over time)</source>
        <translation>Lineair (de termijnen worden kleiner)</translation>
    </message>
    <message>
        <source>As the tax office decides</source>
        <translation>Zoals de Belastingdienst bepaalt</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Elke maand</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>Elk kwartaal</translation>
    </message>
    <message>
        <source>Every half year</source>
        <translation>Elk halfjaar</translation>
    </message>
    <message>
        <source>Self-supporting</source>
        <translation>Uitkeringsonafhankelijk</translation>
    </message>
    <message>
        <source>Partly self-supporting</source>
        <translation>Gedeeltelijk uitkeringsafhankelijk</translation>
    </message>
    <message>
        <source>Not yet self-supporting</source>
        <translation>Nog niet uitkeringsonafhankelijk</translation>
    </message>
    <message>
        <source>Business plan</source>
        <translation>Ondernemingsplan</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle wijzigingen zijn opgeslagen</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Opslagstatus</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versies…</translation>
    </message>
    <message>
        <source>Country &amp;settings…</source>
        <translation>Land&amp;instellingen…</translation>
    </message>
    <message>
        <source>&amp;Print plan…</source>
        <translation>Plan af&amp;drukken…</translation>
    </message>
    <message>
        <source>%v of %m steps done</source>
        <translation>%v van %m stappen klaar</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Terug</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Volgende →</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkoop</translation>
    </message>
    <message>
        <source>Variable costs</source>
        <translation>Variabele kosten</translation>
    </message>
    <message>
        <source>Contribution margin</source>
        <translation>Dekkingsbijdrage</translation>
    </message>
    <message>
        <source>Fixed costs</source>
        <translation>Vaste kosten</translation>
    </message>
    <message>
        <source>Depreciation</source>
        <translation>Afschrijving</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Rente</translation>
    </message>
    <message>
        <source>Profit before tax</source>
        <translation>Winst voor belasting</translation>
    </message>
    <message>
        <source>Start of month</source>
        <translation>Beginsaldo</translation>
    </message>
    <message>
        <source>Money in (incl. VAT)</source>
        <translation>Geld erin (incl. btw)</translation>
    </message>
    <message>
        <source>Money out (incl. VAT)</source>
        <translation>Geld eruit (incl. btw)</translation>
    </message>
    <message>
        <source>End of month</source>
        <translation>Eindsaldo</translation>
    </message>
    <message>
        <source>Things to buy</source>
        <translation>Aankopen</translation>
    </message>
    <message>
        <source>Start costs</source>
        <translation>Startkosten</translation>
    </message>
    <message>
        <source>Buffer</source>
        <translation>Buffer</translation>
    </message>
    <message>
        <source>Total needed</source>
        <translation>Totaal nodig</translation>
    </message>
    <message>
        <source>Sales, year 1</source>
        <translation>Omzet, jaar 1</translation>
    </message>
    <message>
        <source>Profit before tax, year 1</source>
        <translation>Winst voor belasting, jaar 1</translation>
    </message>
    <message>
        <source>Your household needs per month</source>
        <translation>Je huishouden heeft per maand nodig</translation>
    </message>
    <message>
        <source>Before tax, per year</source>
        <translation>Voor belasting, per jaar</translation>
    </message>
    <message>
        <source>Money found</source>
        <translation>Geld gevonden</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Ontbreekt nog</translation>
    </message>
    <message>
        <source>Your own share</source>
        <translation>Jouw eigen inbreng</translation>
    </message>
    <message>
        <source>Owed at start</source>
        <translation>Schuld aan het begin</translation>
    </message>
    <message>
        <source>Owed at end</source>
        <translation>Schuld aan het eind</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Aan de slag</translation>
    </message>
    <message>
        <source>Which country? When do you want to start?</source>
        <translation>Welk land? Wanneer wil je beginnen?</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Language of the plan</source>
        <translation>Taal van het plan</translation>
    </message>
    <message>
        <source>First month of the business</source>
        <translation>Eerste maand van het bedrijf</translation>
    </message>
    <message>
        <source>Example: March next year</source>
        <translation>Voorbeeld: maart volgend jaar</translation>
    </message>
    <message>
        <source>What is the plan for?</source>
        <translation>Waarvoor is het plan?</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>Over mij</translation>
    </message>
    <message>
        <source>Why do you want your own business? What are you good at?</source>
        <translation>Waarom wil je een eigen bedrijf? Waar ben je goed in?</translation>
    </message>
    <message>
        <source>Why do you want your own business?</source>
        <translation>Waarom wil je een eigen bedrijf?</translation>
    </message>
    <message>
        <source>Example: I love baking and I want to earn my own money.</source>
        <translation>Voorbeeld: Ik bak graag en ik wil mijn eigen geld verdienen.</translation>
    </message>
    <message>
        <source>What can you do that helps the business? (one per line)</source>
        <translation>Wat kun je dat het bedrijf helpt? (één per regel)</translation>
    </message>
    <message>
        <source>Example: I have cut hair for 6 years</source>
        <translation>Voorbeeld: Ik knip al 6 jaar haar</translation>
    </message>
    <message>
        <source>Your strengths (1 to 5, one per line)</source>
        <translation>Je sterke punten (1 tot 5, één per regel)</translation>
    </message>
    <message>
        <source>Example: friendly, on time, good with children</source>
        <translation>Voorbeeld: vriendelijk, op tijd, goed met kinderen</translation>
    </message>
    <message>
        <source>Hours per week for the business</source>
        <translation>Uren per week voor het bedrijf</translation>
    </message>
    <message>
        <source>Example: 30</source>
        <translation>Voorbeeld: 30</translation>
    </message>
    <message>
        <source>Education and courses</source>
        <translation>Opleiding en cursussen</translation>
    </message>
    <message>
        <source>Example: Hairdresser course, 2015</source>
        <translation>Voorbeeld: Kappersopleiding, 2015</translation>
    </message>
    <message>
        <source>Work experience</source>
        <translation>Werkervaring</translation>
    </message>
    <message>
        <source>Example: Salon assistant, 3 years</source>
        <translation>Voorbeeld: Assistent in een kapsalon, 3 jaar</translation>
    </message>
    <message>
        <source>What do you still want to learn?</source>
        <translation>Wat wil je nog leren?</translation>
    </message>
    <message>
        <source>Example: bookkeeping</source>
        <translation>Voorbeeld: boekhouden</translation>
    </message>
    <message>
        <source>Languages you speak</source>
        <translation>Talen die je spreekt</translation>
    </message>
    <message>
        <source>Example: Arabic (very good), Danish (good)</source>
        <translation>Voorbeeld: Arabisch (zeer goed), Nederlands (goed)</translation>
    </message>
    <message>
        <source>My idea in one sentence</source>
        <translation>Mijn idee in één zin</translation>
    </message>
    <message>
        <source>Finish the sentence: I sell … to … because …</source>
        <translation>Maak de zin af: Ik verkoop … aan … omdat …</translation>
    </message>
    <message>
        <source>I sell …</source>
        <translation>Ik verkoop …</translation>
    </message>
    <message>
        <source>Example: haircuts for the whole family</source>
        <translation>Voorbeeld: knipbeurten voor het hele gezin</translation>
    </message>
    <message>
        <source>… to …</source>
        <translation>… aan …</translation>
    </message>
    <message>
        <source>Example: families in my neighbourhood</source>
        <translation>Voorbeeld: gezinnen in mijn buurt</translation>
    </message>
    <message>
        <source>… because …</source>
        <translation>… omdat …</translation>
    </message>
    <message>
        <source>Example: I am cheaper and I speak three languages</source>
        <translation>Voorbeeld: ik ben goedkoper en ik spreek drie talen</translation>
    </message>
    <message>
        <source>Customers and their problem</source>
        <translation>Klanten en hun probleem</translation>
    </message>
    <message>
        <source>Who will pay you? What problem do you solve for them?</source>
        <translation>Wie gaat jou betalen? Welk probleem los je voor ze op?</translation>
    </message>
    <message>
        <source>Who are your customers? (one group per line)</source>
        <translation>Wie zijn je klanten? (één groep per regel)</translation>
    </message>
    <message>
        <source>Example: parents with small children</source>
        <translation>Voorbeeld: ouders met kleine kinderen</translation>
    </message>
    <message>
        <source>What problem do you solve?</source>
        <translation>Welk probleem los je op?</translation>
    </message>
    <message>
        <source>Example: the nearest salon is far away and expensive</source>
        <translation>Voorbeeld: de dichtstbijzijnde kapper is ver weg en duur</translation>
    </message>
    <message>
        <source>How many people have you asked?</source>
        <translation>Hoeveel mensen heb je het gevraagd?</translation>
    </message>
    <message>
        <source>Example: 12</source>
        <translation>Voorbeeld: 12</translation>
    </message>
    <message>
        <source>What did they say?</source>
        <translation>Wat zeiden ze?</translation>
    </message>
    <message>
        <source>Example: 9 of them would come every month</source>
        <translation>Voorbeeld: 9 van hen zouden elke maand komen</translation>
    </message>
    <message>
        <source>About how many possible customers live nearby?</source>
        <translation>Hoeveel mogelijke klanten wonen er ongeveer in de buurt?</translation>
    </message>
    <message>
        <source>Example: 2000</source>
        <translation>Voorbeeld: 2000</translation>
    </message>
    <message>
        <source>Your first customers (names or groups)</source>
        <translation>Je eerste klanten (namen of groepen)</translation>
    </message>
    <message>
        <source>Example: my neighbours</source>
        <translation>Voorbeeld: mijn buren</translation>
    </message>
    <message>
        <source>Products and prices</source>
        <translation>Producten en prijzen</translation>
    </message>
    <message>
        <source>What does one piece or hour cost the customer? What does it cost you to make?</source>
        <translation>Wat kost één stuk of uur voor de klant? Wat kost het jou om te maken?</translation>
    </message>
    <message>
        <source>What you sell</source>
        <translation>Wat je verkoopt</translation>
    </message>
    <message>
        <source>Example: Haircut · piece · 240 · 20 · 25 %</source>
        <translation>Voorbeeld: Knipbeurt · stuk · 25 · 2 · 9 %</translation>
    </message>
    <message>
        <source>What makes it special?</source>
        <translation>Wat maakt het bijzonder?</translation>
    </message>
    <message>
        <source>Example: open in the evening, three languages</source>
        <translation>Voorbeeld: &apos;s avonds open, drie talen</translation>
    </message>
    <message>
        <source>Market and competitors</source>
        <translation>Markt en concurrenten</translation>
    </message>
    <message>
        <source>Who else sells this? Why would people choose you?</source>
        <translation>Wie verkoopt dit nog meer? Waarom kiezen mensen voor jou?</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Concurrenten</translation>
    </message>
    <message>
        <source>Example: Salon Nord · 300 · well known · far away</source>
        <translation>Voorbeeld: Salon Noord · 30 · bekend · ver weg</translation>
    </message>
    <message>
        <source>Where will you work?</source>
        <translation>Waar ga je werken?</translation>
    </message>
    <message>
        <source>Example: Aarhus West</source>
        <translation>Voorbeeld: Amsterdam-West</translation>
    </message>
    <message>
        <source>What is changing in your market?</source>
        <translation>Wat verandert er in jouw markt?</translation>
    </message>
    <message>
        <source>Example: more people book online</source>
        <translation>Voorbeeld: meer mensen boeken online</translation>
    </message>
    <message>
        <source>Marketing and sales</source>
        <translation>Marketing en verkoop</translation>
    </message>
    <message>
        <source>How will people hear about you? How do you find your first 10 customers?</source>
        <translation>Hoe horen mensen over jou? Hoe vind je je eerste 10 klanten?</translation>
    </message>
    <message>
        <source>How will people hear about you?</source>
        <translation>Hoe horen mensen over jou?</translation>
    </message>
    <message>
        <source>How do you find your first 10 customers?</source>
        <translation>Hoe vind je je eerste 10 klanten?</translation>
    </message>
    <message>
        <source>Example: a free trial for my neighbours in the first week</source>
        <translation>Voorbeeld: een gratis proefbeurt voor mijn buren in de eerste week</translation>
    </message>
    <message>
        <source>Sales actions with a date</source>
        <translation>Verkoopacties met een datum</translation>
    </message>
    <message>
        <source>Example: flyers at the school, 1 March</source>
        <translation>Voorbeeld: flyers bij de school, 1 maart</translation>
    </message>
    <message>
        <source>How did you choose your prices?</source>
        <translation>Hoe heb je je prijzen gekozen?</translation>
    </message>
    <message>
        <source>Example: a little below the other salons</source>
        <translation>Voorbeeld: iets onder de andere kappers</translation>
    </message>
    <message>
        <source>Practical matters</source>
        <translation>Praktische zaken</translation>
    </message>
    <message>
        <source>What do you need to be allowed to start? Who helps you?</source>
        <translation>Wat heb je nodig om te mogen beginnen? Wie helpt je?</translation>
    </message>
    <message>
        <source>Type of business</source>
        <translation>Rechtsvorm</translation>
    </message>
    <message>
        <source>Registration number (CVR or KvK), if you have one</source>
        <translation>KvK-nummer, als je er een hebt</translation>
    </message>
    <message>
        <source>Example: 12345678</source>
        <translation>Voorbeeld: 12345678</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Who does the bookkeeping?</source>
        <translation>Wie doet de boekhouding?</translation>
    </message>
    <message>
        <source>Permits and licences</source>
        <translation>Vergunningen</translation>
    </message>
    <message>
        <source>Example: food registration</source>
        <translation>Voorbeeld: registratie bij de NVWA</translation>
    </message>
    <message>
        <source>Example: business liability insurance</source>
        <translation>Voorbeeld: bedrijfsaansprakelijkheidsverzekering</translation>
    </message>
    <message>
        <source>Suppliers and partners</source>
        <translation>Leveranciers en partners</translation>
    </message>
    <message>
        <source>Example: a wholesaler in town</source>
        <translation>Voorbeeld: een groothandel in de stad</translation>
    </message>
    <message>
        <source>Important equipment</source>
        <translation>Belangrijke spullen</translation>
    </message>
    <message>
        <source>Example: two chairs and a washbasin</source>
        <translation>Voorbeeld: twee stoelen en een wasbak</translation>
    </message>
    <message>
        <source>Start-up budget</source>
        <translation>Investeringsbegroting</translation>
    </message>
    <message>
        <source>What must you buy before the first sale?</source>
        <translation>Wat moet je kopen voor de eerste verkoop?</translation>
    </message>
    <message>
        <source>Things you buy to use for years</source>
        <translation>Spullen die je koopt en jaren gebruikt</translation>
    </message>
    <message>
        <source>Example: Chairs and mirror · 30000 · 5 years</source>
        <translation>Voorbeeld: Oven · 6000 · 5 jaar</translation>
    </message>
    <message>
        <source>One-off start costs</source>
        <translation>Eenmalige startkosten</translation>
    </message>
    <message>
        <source>Example: deposit, registration, first stock, website</source>
        <translation>Voorbeeld: borg, inschrijving, eerste voorraad, website</translation>
    </message>
    <message>
        <source>Months of fixed costs to keep as a buffer</source>
        <translation>Maanden vaste kosten als buffer</translation>
    </message>
    <message>
        <source>Usually 3 to 6 months</source>
        <translation>Meestal 3 tot 6 maanden</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Financiering</translation>
    </message>
    <message>
        <source>Where does the money come from?</source>
        <translation>Waar komt het geld vandaan?</translation>
    </message>
    <message>
        <source>Your own money</source>
        <translation>Je eigen geld</translation>
    </message>
    <message>
        <source>Microloan</source>
        <translation>Microkrediet</translation>
    </message>
    <message>
        <source>Months without repayment at the start</source>
        <translation>Maanden zonder aflossing aan het begin</translation>
    </message>
    <message>
        <source>Example: 3</source>
        <translation>Voorbeeld: 3</translation>
    </message>
    <message>
        <source>Repayment per month</source>
        <translation>Aflossing per maand</translation>
    </message>
    <message>
        <source>Example: 1250</source>
        <translation>Voorbeeld: 150</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Subsidie</translation>
    </message>
    <message>
        <source>Other loans</source>
        <translation>Andere leningen</translation>
    </message>
    <message>
        <source>Credit line (overdraft) at the bank</source>
        <translation>Kredietlimiet bij de bank</translation>
    </message>
    <message>
        <source>Sales and costs per month</source>
        <translation>Verkoop en kosten per maand</translation>
    </message>
    <message>
        <source>How many will you sell in month 1, 2, 3…? Start low.</source>
        <translation>Hoeveel verkoop je in maand 1, 2, 3…? Begin laag.</translation>
    </message>
    <message>
        <source>Number sold each month</source>
        <translation>Aantal verkocht per maand</translation>
    </message>
    <message>
        <source>Type month 1, then use a button to fill the year.</source>
        <translation>Typ maand 1 en vul het jaar dan met een knop.</translation>
    </message>
    <message>
        <source>Fixed costs per month</source>
        <translation>Vaste kosten per maand</translation>
    </message>
    <message>
        <source>Example: Rent · 4000 · 25 %</source>
        <translation>Voorbeeld: Huur · 800 · geen btw</translation>
    </message>
    <message>
        <source>Customers pay after</source>
        <translation>Klanten betalen na</translation>
    </message>
    <message>
        <source>0 if they pay at once</source>
        <translation>0 als ze meteen betalen</translation>
    </message>
    <message>
        <source>You pay suppliers after</source>
        <translation>Jij betaalt leveranciers na</translation>
    </message>
    <message>
        <source>My private budget</source>
        <translation>Mijn privébegroting</translation>
    </message>
    <message>
        <source>How much do you need each month to live?</source>
        <translation>Hoeveel heb je elke maand nodig om van te leven?</translation>
    </message>
    <message>
        <source>Household expenses per month</source>
        <translation>Uitgaven van het huishouden per maand</translation>
    </message>
    <message>
        <source>Other household income per month (after tax)</source>
        <translation>Ander inkomen van het huishouden per maand (netto)</translation>
    </message>
    <message>
        <source>Tax rate (your coach sets it)</source>
        <translation>Belastingtarief (je coach vult het in)</translation>
    </message>
    <message>
        <source>Example: 35</source>
        <translation>Voorbeeld: 20</translation>
    </message>
    <message>
        <source>Money in the bank</source>
        <translation>Geld op de bank</translation>
    </message>
    <message>
        <source>Will there be money in the account every month?</source>
        <translation>Staat er elke maand geld op de rekening?</translation>
    </message>
    <message>
        <source>Month the loan is paid out</source>
        <translation>Maand waarin de lening wordt uitbetaald</translation>
    </message>
    <message>
        <source>Month you buy the start-up items</source>
        <translation>Maand waarin je de startspullen koopt</translation>
    </message>
    <message>
        <source>How often you pay VAT</source>
        <translation>Hoe vaak je btw betaalt</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Belasting</translation>
    </message>
    <message>
        <source>What you take out for yourself each month (empty = your private budget)</source>
        <translation>Wat je elke maand voor jezelf opneemt (leeg = je privébegroting)</translation>
    </message>
    <message>
        <source>What could go wrong? What will you do then?</source>
        <translation>Wat kan er misgaan? Wat doe je dan?</translation>
    </message>
    <message>
        <source>Biggest risks and what you do</source>
        <translation>De grootste risico&apos;s en wat je doet</translation>
    </message>
    <message>
        <source>Plan B</source>
        <translation>Plan B</translation>
    </message>
    <message>
        <source>Example: work part-time at a salon</source>
        <translation>Voorbeeld: parttime werken bij een kapper</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Sterktes</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Zwaktes</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Kansen</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Bedreigingen</translation>
    </message>
    <message>
        <source>Goals and next steps</source>
        <translation>Doelen en volgende stappen</translation>
    </message>
    <message>
        <source>What will you have done in 3 months? How will we see it?</source>
        <translation>Wat heb je over 3 maanden gedaan? Hoe zien we dat?</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>The number you watch every week</source>
        <translation>Het getal dat je elke week bijhoudt</translation>
    </message>
    <message>
        <source>Example: new customers per week</source>
        <translation>Voorbeeld: nieuwe klanten per week</translation>
    </message>
    <message>
        <source>Summary and check</source>
        <translation>Samenvatting en controle</translation>
    </message>
    <message>
        <source>Read it together with your coach.</source>
        <translation>Lees het samen met je coach.</translation>
    </message>
    <message>
        <source>Example: ID, quote for the chairs, rental contract</source>
        <translation>Voorbeeld: ID, offerte voor de oven, huurcontract</translation>
    </message>
    <message>
        <source>Not OK</source>
        <translation>Niet OK</translation>
    </message>
    <message>
        <source>Money needed to start</source>
        <translation>Geld nodig om te starten</translation>
    </message>
    <message>
        <source>Sales, year 1 (excl. VAT)</source>
        <translation>Omzet, jaar 1 (excl. btw)</translation>
    </message>
    <message>
        <source>Break-even, units a month</source>
        <translation>Break-even, aantal per maand</translation>
    </message>
    <message>
        <source>Lowest bank balance</source>
        <translation>Laagste banksaldo</translation>
    </message>
    <message>
        <source>Can you live from it?</source>
        <translation>Kun je ervan leven?</translation>
    </message>
    <message>
        <source>Give the version a name, for example &quot;Loan application&quot;.</source>
        <translation>Geef de versie een naam, bijvoorbeeld &quot;Kredietaanvraag&quot;.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minuten</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Vergrendelen na minuten zonder gebruik</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>Zelfde als de computer</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tekstgrootte</translation>
    </message>
    <message>
        <source>Remember the vault on this computer</source>
        <translation>De kluis onthouden op deze computer</translation>
    </message>
    <message>
        <source>Language and text size apply the next time Opstart starts.</source>
        <translation>Taal en tekstgrootte gelden vanaf de volgende keer dat Opstart start.</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Vergrendelen na:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>Tekst&amp;grootte:</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>This participant has no business plan yet. Open the plan wizard to start one.</source>
        <translation>Deze deelnemer heeft nog geen ondernemingsplan. Open de planwizard om er een te beginnen.</translation>
    </message>
    <message>
        <source>That meeting no longer exists.</source>
        <translation>Dat gesprek bestaat niet meer.</translation>
    </message>
    <message>
        <source>Nobody is in that cohort any more. Choose another one.</source>
        <translation>Er zit niemand meer in die groep. Kies een andere.</translation>
    </message>
    <message>
        <source>Check your contact details: a phone number holds digits, spaces and + ( ) . / -, and an e-mail address looks like name@example.org.</source>
        <translation>Controleer je contactgegevens: een telefoonnummer bestaat uit cijfers, spaties en + ( ) . / -, en een e-mailadres ziet eruit als naam@example.org.</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Uitdraai voor deelnemer afdrukken</translation>
    </message>
    <message>
        <source>A handout to take home: goals, agreed actions, modules, the business idea and your contact details. Coach-only notes are never on it.</source>
        <translation>Een uitdraai om mee naar huis te nemen: doelen, afspraken, modules, het bedrijfsidee en je contactgegevens. Notities alleen voor de begeleider staan er nooit op.</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Uitdraai voor deelnemer</translation>
    </message>
    <message>
        <source>Print business plan</source>
        <translation>Ondernemingsplan afdrukken</translation>
    </message>
    <message>
        <source>The whole plan: summary, every section, the budgets with charts, the loan schedule, the living test and the checklist.</source>
        <translation>Het hele plan: samenvatting, alle onderdelen, de begrotingen met grafieken, het aflossingsschema, de leefbaarheidstoets en de checklist.</translation>
    </message>
    <message>
        <source>Business plan</source>
        <translation>Ondernemingsplan</translation>
    </message>
    <message>
        <source>Print meeting summary</source>
        <translation>Gespreksverslag afdrukken</translation>
    </message>
    <message>
        <source>For the participant: the notes you share, what you agreed and the next meeting. Your coach-only notes are never printed.</source>
        <translation>Voor de deelnemer: de notities die jullie delen, wat jullie afspraken en het volgende gesprek. Je notities alleen voor de begeleider worden nooit afgedrukt.</translation>
    </message>
    <message>
        <source>Meeting summary</source>
        <translation>Gespreksverslag</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <source>Language of the document</source>
        <translation>Taal van het document</translation>
    </message>
    <message>
        <source>&amp;Language of the document:</source>
        <translation>&amp;Taal van het document:</translation>
    </message>
    <message>
        <source>Include the participation la&amp;dder</source>
        <translation>Participatie&amp;ladder opnemen</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Voorbeeld…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Your contact details on the document</source>
        <translation>Je contactgegevens op het document</translation>
    </message>
    <message>
        <source>Also print (left out unless you tick them)</source>
        <translation>Ook afdrukken (weggelaten tenzij je ze aanvinkt)</translation>
    </message>
    <message>
        <source>The handout holds only what the participant may take home. Tick a field only when the participant wants it on paper; it is printed this time only.</source>
        <translation>De uitdraai bevat alleen wat de deelnemer mee naar huis mag nemen. Vink een veld alleen aan als de deelnemer het op papier wil; het wordt alleen deze keer afgedrukt.</translation>
    </message>
    <message>
        <source>You ticked special-category data (health, criminal record or ID number). Print it only when the participant asks for it, and hand it over in person.</source>
        <translation>Je hebt bijzondere persoonsgegevens aangevinkt (gezondheid, strafblad of BSN). Druk ze alleen af als de deelnemer erom vraagt, en geef de uitdraai persoonlijk.</translation>
    </message>
    <message>
        <source>The ticked fields are printed on this handout only.</source>
        <translation>De aangevinkte velden worden alleen op deze uitdraai afgedrukt.</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Het document wordt voorbereid…</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview – {title}</source>
        <translation>Afdrukvoorbeeld – {title}</translation>
    </message>
    <message>
        <source>Pages of the document</source>
        <translation>Pagina&apos;s van het document</translation>
    </message>
    <message>
        <source>This document could not be shown. Close this window and try again.</source>
        <translation>Dit document kan niet worden getoond. Sluit dit venster en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Vorige</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Volgende ▶</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Paginanummer</translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation>&amp;Pagina</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Paginabreedte</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Hele pagina</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Op&amp;slaan als pdf…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>van {count}</translation>
    </message>
    <message>
        <source>Pages sent to the printer: {count}.</source>
        <translation>Pagina&apos;s naar de printer gestuurd: {count}.</translation>
    </message>
    <message>
        <source>The document could not be sent to the printer. Check that the printer is on and connected, then try again.</source>
        <translation>Het document kon niet naar de printer worden gestuurd. Controleer of de printer aan staat en aangesloten is, en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be saved there. Choose another folder, or check that the disk is not full.</source>
        <translation>Het bestand kon daar niet worden opgeslagen. Kies een andere map, of controleer of de schijf niet vol is.</translation>
    </message>
    <message>
        <source>Saved as {name}.</source>
        <translation>Opgeslagen als {name}.</translation>
    </message>
</context>
<context>
    <name>ProfileDateEdit</name>
    <message>
        <source>For example {date}</source>
        <translation>Bijvoorbeeld {date}</translation>
    </message>
</context>
<context>
    <name>ProfileField</name>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Roepnaam</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>CPR / BSN number</source>
        <translation>CPR-nummer / BSN</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Voorkeurstaal</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>Heeft een tolk nodig</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Verwezen op</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Klantmanager</translation>
    </message>
    <message>
        <source>Job centre / office</source>
        <translation>Gemeente / afdeling</translation>
    </message>
    <message>
        <source>Benefit (type)</source>
        <translation>Uitkering (soort)</translation>
    </message>
    <message>
        <source>Benefit since</source>
        <translation>Uitkering sinds</translation>
    </message>
    <message>
        <source>Benefit per month</source>
        <translation>Uitkering per maand</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>Partner&apos;s income per month</source>
        <translation>Inkomen partner per maand</translation>
    </message>
    <message>
        <source>Highest education</source>
        <translation>Hoogste opleiding</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursussen</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Diploma&apos;s en certificaten</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Vaardigheden</translation>
    </message>
    <message>
        <source>Strengths (own words)</source>
        <translation>Sterke punten (eigen woorden)</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>Belemmeringen</translation>
    </message>
    <message>
        <source>Note on barriers</source>
        <translation>Notitie over belemmeringen</translation>
    </message>
    <message>
        <source>Why self-employed?</source>
        <translation>Waarom zelfstandig ondernemer?</translation>
    </message>
    <message>
        <source>Motivation at the start</source>
        <translation>Motivatie bij de start</translation>
    </message>
    <message>
        <source>Motivation midway</source>
        <translation>Motivatie tussentijds</translation>
    </message>
    <message>
        <source>Motivation at the end</source>
        <translation>Motivatie aan het eind</translation>
    </message>
    <message>
        <source>Business idea</source>
        <translation>Bedrijfsidee</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Besloten op</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Reden van het besluit</translation>
    </message>
    <message>
        <source>Loan amount</source>
        <translation>Leenbedrag</translation>
    </message>
    <message>
        <source>Paid out on</source>
        <translation>Uitbetaald op</translation>
    </message>
    <message>
        <source>Instalment per month</source>
        <translation>Termijn per maand</translation>
    </message>
    <message>
        <source>Repayment schedule</source>
        <translation>Aflossingsschema</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>Achterstand</translation>
    </message>
    <message>
        <source>Loan status</source>
        <translation>Status van de lening</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>Status sinds</translation>
    </message>
    <message>
        <source>Reason for dropping out</source>
        <translation>Reden van uitval</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Outcome on</source>
        <translation>Resultaat op</translation>
    </message>
    <message>
        <source>Coach&apos;s notes</source>
        <translation>Notities van de begeleider</translation>
    </message>
    <message>
        <source>Job or role</source>
        <translation>Baan of functie</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Jaren</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>Spreken</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lezen</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Schrijven</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>How we see it</source>
        <translation>Hoe we het zien</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Trede</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Beoordeeld door</translation>
    </message>
    <message>
        <source>Course module</source>
        <translation>Cursusmodule</translation>
    </message>
    <message>
        <source>Attended on</source>
        <translation>Gevolgd op</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Data sharing</source>
        <translation>Gegevens delen</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>Soort gesprek</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <source>Notes we share</source>
        <translation>Gedeelde notities</translation>
    </message>
    <message>
        <source>Coach-only notes</source>
        <translation>Notities alleen voor de begeleider</translation>
    </message>
    <message>
        <source>Agreed action</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
</context>
<context>
    <name>ProfileSection</name>
    <message>
        <source>Person and contact</source>
        <translation>Persoon en contact</translation>
    </message>
    <message>
        <source>Referral and programme</source>
        <translation>Verwijzing en traject</translation>
    </message>
    <message>
        <source>Education and work</source>
        <translation>Opleiding en werk</translation>
    </message>
    <message>
        <source>Motivation and idea</source>
        <translation>Motivatie en idee</translation>
    </message>
    <message>
        <source>Goals and ladder</source>
        <translation>Doelen en ladder</translation>
    </message>
    <message>
        <source>Course and consent</source>
        <translation>Cursus en toestemming</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>Income and household</source>
        <translation>Inkomen en huishouden</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>Belemmeringen</translation>
    </message>
    <message>
        <source>Assessment and loan</source>
        <translation>Beoordeling en lening</translation>
    </message>
    <message>
        <source>Status and outcome</source>
        <translation>Status en resultaat</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Verwijzing</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>Work experience</source>
        <translation>Werkervaring</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Competenties</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivatie</translation>
    </message>
    <message>
        <source>Business idea</source>
        <translation>Bedrijfsidee</translation>
    </message>
    <message>
        <source>SMART goals</source>
        <translation>SMART-doelen</translation>
    </message>
    <message>
        <source>Participation ladder</source>
        <translation>Participatieladder</translation>
    </message>
    <message>
        <source>Course modules attended</source>
        <translation>Gevolgde cursusmodules</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Income basis</source>
        <translation>Inkomstenbron</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>Caseworker checklist</source>
        <translation>Checklist van de klantmanager</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Lening</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Coach&apos;s notes</source>
        <translation>Notities van de begeleider</translation>
    </message>
</context>
<context>
    <name>ProfileUndo</name>
    <message>
        <source>Edit “{field}”</source>
        <translation>Wijziging van “{field}”</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Add a job</source>
        <translation>Baan toevoegen</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>Taal toevoegen</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Doel toevoegen</translation>
    </message>
    <message>
        <source>Add a ladder reading</source>
        <translation>Meting op de ladder toevoegen</translation>
    </message>
    <message>
        <source>Add a module</source>
        <translation>Module toevoegen</translation>
    </message>
    <message>
        <source>Add a consent record</source>
        <translation>Toestemming toevoegen</translation>
    </message>
    <message>
        <source>{title} · coach only</source>
        <translation>{title} · alleen begeleider</translation>
    </message>
</context>
<context>
    <name>StepFiguresView</name>
    <message>
        <source>What this means</source>
        <translation>Wat dit betekent</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps of the business plan</source>
        <translation>Stappen van het ondernemingsplan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Waiting for the coach</source>
        <translation>Wacht op de coach</translation>
    </message>
    <message>
        <source>Please look at this step again</source>
        <translation>Kijk nog eens naar deze stap</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Nog niet beantwoord</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Step {number} of 16</source>
        <translation>Stap {number} van 16</translation>
    </message>
    <message>
        <source>I don&apos;t know yet – my coach will help me with this</source>
        <translation>Weet ik nog niet – mijn coach helpt me hiermee</translation>
    </message>
    <message>
        <source>I don&apos;t know yet</source>
        <translation>Weet ik nog niet</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>To-do list for the coach</source>
        <translation>Takenlijst voor de coach</translation>
    </message>
    <message>
        <source>Case-worker checklist</source>
        <translation>Checklist voor de klantmanager</translation>
    </message>
    <message>
        <source>Mark the plan as finished</source>
        <translation>Markeer het plan als klaar</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>For the coach</source>
        <translation>Voor de coach</translation>
    </message>
    <message>
        <source>I sell {what} to {whom} because {why}.</source>
        <translation>Ik verkoop {what} aan {whom}, omdat {why}.</translation>
    </message>
    <message>
        <source>Needed: {need} – found: {found} – missing: {gap}</source>
        <translation>Nodig: {need} – gevonden: {found} – ontbreekt: {gap}</translation>
    </message>
    <message>
        <source>Profit before tax in year 1: {amount}</source>
        <translation>Winst voor belasting in jaar 1: {amount}</translation>
    </message>
    <message>
        <source>Step {number}: {title}</source>
        <translation>Stap {number}: {title}</translation>
    </message>
    <message>
        <source>Nothing is waiting for the coach.</source>
        <translation>Niets wacht op de coach.</translation>
    </message>
    <message>
        <source>These steps say &quot;I don&apos;t know yet&quot;:</source>
        <translation>Bij deze stappen staat &quot;Weet ik nog niet&quot;:</translation>
    </message>
    <message>
        <source>This plan is marked as finished.</source>
        <translation>Dit plan is gemarkeerd als klaar.</translation>
    </message>
    <message>
        <source>The plan can be finished when every red message is solved (see the steps marked with !).</source>
        <translation>Het plan kan klaar zijn als elke rode melding is opgelost (zie de stappen met een !).</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Synced with the shared folder.</source>
        <translation>Gesynchroniseerd met de gedeelde map.</translation>
    </message>
    <message>
        <source>The shared folder could not be reached (not connected, no network, or empty). Nothing was changed on this computer; Opstart tries again by itself.</source>
        <translation>De gedeelde map was niet bereikbaar (niet verbonden, geen netwerk of leeg). Er is niets gewijzigd op deze computer; Opstart probeert het vanzelf opnieuw.</translation>
    </message>
    <message>
        <source>This vault is not part of a team workspace yet.</source>
        <translation>Deze kluis hoort nog niet bij een teamwerkruimte.</translation>
    </message>
    <message>
        <source>Team sync is off.</source>
        <translation>Teamsynchronisatie staat uit.</translation>
    </message>
    <message>
        <source>The team passphrase was changed by a colleague. Connect again with the new team passphrase; until then your changes wait on this computer.</source>
        <translation>Een collega heeft de teamwachtwoordzin gewijzigd. Verbind opnieuw met de nieuwe teamwachtwoordzin; tot dan wachten je wijzigingen op deze computer.</translation>
    </message>
    <message>
        <source>The team workspace file in the shared folder is damaged. Ask a colleague whose Opstart still syncs, or your IT contact.</source>
        <translation>Het bestand van de teamwerkruimte in de gedeelde map is beschadigd. Vraag een collega bij wie Opstart nog synchroniseert, of je IT-contactpersoon.</translation>
    </message>
    <message>
        <source>The shared folder was set up by a newer Opstart. Update Opstart to sync.</source>
        <translation>De gedeelde map is ingericht door een nieuwere Opstart. Werk Opstart bij om te synchroniseren.</translation>
    </message>
    <message>
        <source>Changes from your colleagues arrived, but yours could not be written to the shared folder. They wait safely on this computer and are sent next time.</source>
        <translation>De wijzigingen van je collega&apos;s zijn binnen, maar de jouwe konden niet naar de gedeelde map worden geschreven. Ze wachten veilig op deze computer en gaan de volgende keer mee.</translation>
    </message>
    <message>
        <source>Opstart is already syncing this vault in another window.</source>
        <translation>Opstart synchroniseert deze kluis al in een ander venster.</translation>
    </message>
    <message>
        <source>Joined the team workspace.</source>
        <translation>Deelgenomen aan de teamwerkruimte.</translation>
    </message>
    <message>
        <source>Created the team workspace.</source>
        <translation>De teamwerkruimte is gemaakt.</translation>
    </message>
    <message>
        <source>Left the team workspace. Everything stayed on this computer.</source>
        <translation>Teamwerkruimte verlaten. Alles is op deze computer gebleven.</translation>
    </message>
    <message>
        <source>Skipped a conflict copy made by the sync program (Dropbox, OneDrive…). Opstart never reads those; nothing is lost.</source>
        <translation>Een conflictkopie van het synchronisatieprogramma (Dropbox, OneDrive…) overgeslagen. Opstart leest die nooit; er gaat niets verloren.</translation>
    </message>
    <message>
        <source>Skipped a file that Opstart did not write.</source>
        <translation>Een bestand overgeslagen dat Opstart niet heeft geschreven.</translation>
    </message>
    <message>
        <source>Skipped a file that is not complete yet (still downloading?). Tried again later.</source>
        <translation>Een bestand overgeslagen dat nog niet compleet is (wordt het nog gedownload?). Later opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>Skipped a damaged file (wrong length).</source>
        <translation>Een beschadigd bestand overgeslagen (verkeerde lengte).</translation>
    </message>
    <message>
        <source>Skipped a damaged file (not an Opstart file).</source>
        <translation>Een beschadigd bestand overgeslagen (geen Opstart-bestand).</translation>
    </message>
    <message>
        <source>Skipped a file from a newer Opstart. Update Opstart to read it.</source>
        <translation>Een bestand van een nieuwere Opstart overgeslagen. Werk Opstart bij om het te lezen.</translation>
    </message>
    <message>
        <source>Skipped a file that was moved or copied from elsewhere.</source>
        <translation>Een bestand overgeslagen dat van elders is verplaatst of gekopieerd.</translation>
    </message>
    <message>
        <source>Skipped a file locked with a newer team passphrase. Connect again to read it.</source>
        <translation>Een bestand overgeslagen dat met een nieuwere teamwachtwoordzin is vergrendeld. Verbind opnieuw om het te lezen.</translation>
    </message>
    <message>
        <source>Skipped a damaged or altered file (it failed its check).</source>
        <translation>Een beschadigd of gewijzigd bestand overgeslagen (het kwam niet door de controle).</translation>
    </message>
    <message>
        <source>Skipped a file whose content is damaged.</source>
        <translation>Een bestand met beschadigde inhoud overgeslagen.</translation>
    </message>
    <message>
        <source>Skipped a file that is far too large.</source>
        <translation>Een veel te groot bestand overgeslagen.</translation>
    </message>
    <message>
        <source>A file could not be read just now. Tried again later.</source>
        <translation>Een bestand kon nu niet worden gelezen. Later opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>Waiting for a colleague&apos;s file that has not arrived yet; the later ones wait.</source>
        <translation>Wacht op een bestand van een collega dat nog niet is aangekomen; de latere wachten.</translation>
    </message>
    <message>
        <source>A colleague&apos;s computer clock runs far ahead. Their changes were taken in, but please ask them to check the date and time.</source>
        <translation>De klok van de computer van een collega loopt ver voor. De wijzigingen zijn overgenomen, maar vraag je collega de datum en tijd te controleren.</translation>
    </message>
    <message>
        <source>Your changes could not be written to the shared folder. They are sent next time.</source>
        <translation>Je wijzigingen konden niet naar de gedeelde map worden geschreven. Ze gaan de volgende keer mee.</translation>
    </message>
    <message>
        <source>The shared folder&apos;s disk is full. Your changes wait on this computer.</source>
        <translation>De schijf van de gedeelde map is vol. Je wijzigingen wachten op deze computer.</translation>
    </message>
    <message>
        <source>Tidying up the shared folder did not succeed; the old files were kept.</source>
        <translation>Het opruimen van de gedeelde map is niet gelukt; de oude bestanden zijn bewaard.</translation>
    </message>
    <message>
        <source>That team passphrase does not open the team workspace in this folder. Check it, or ask a colleague for the current team passphrase.</source>
        <translation>Die teamwachtwoordzin opent de teamwerkruimte in deze map niet. Controleer hem, of vraag een collega om de huidige teamwachtwoordzin.</translation>
    </message>
    <message>
        <source>Choose a longer team passphrase: at least 10 characters, for example four words.</source>
        <translation>Kies een langere teamwachtwoordzin: minstens 10 tekens, bijvoorbeeld vier woorden.</translation>
    </message>
    <message>
        <source>That folder cannot be reached. Check that the drive or cloud folder is connected.</source>
        <translation>Die map is niet bereikbaar. Controleer of de schijf of cloudmap verbonden is.</translation>
    </message>
    <message>
        <source>Choose another folder: the shared folder must not contain, or be inside, the folder where this vault is kept.</source>
        <translation>Kies een andere map: de gedeelde map mag de map waarin deze kluis staat niet bevatten en er ook niet in liggen.</translation>
    </message>
    <message>
        <source>This folder holds no team workspace.</source>
        <translation>Deze map bevat geen teamwerkruimte.</translation>
    </message>
    <message>
        <source>This folder already holds a team workspace. Join it with the team passphrase.</source>
        <translation>Deze map bevat al een teamwerkruimte. Doe mee met de teamwachtwoordzin.</translation>
    </message>
    <message>
        <source>This folder holds more than one team workspace. Ask your IT contact which folder to use.</source>
        <translation>Deze map bevat meer dan één teamwerkruimte. Vraag je IT-contactpersoon welke map jullie gebruiken.</translation>
    </message>
    <message>
        <source>This vault already syncs with another team workspace. Leave that one first.</source>
        <translation>Deze kluis synchroniseert al met een andere teamwerkruimte. Verlaat die eerst.</translation>
    </message>
    <message>
        <source>Opstart is syncing this vault in another window. Try again soon.</source>
        <translation>Opstart synchroniseert deze kluis in een ander venster. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Agreed action</source>
        <translation>Gemaakte afspraak</translation>
    </message>
    <message>
        <source>SMART goal</source>
        <translation>Doel (SMART)</translation>
    </message>
    <message>
        <source>Participation ladder</source>
        <translation>Participatieladder</translation>
    </message>
    <message>
        <source>Course module</source>
        <translation>Cursusmodule</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Work experience</source>
        <translation>Werkervaring</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Caseworker checklist</source>
        <translation>Checklist klantmanager</translation>
    </message>
    <message>
        <source>Code list</source>
        <translation>Codelijst</translation>
    </message>
    <message>
        <source>Business plan</source>
        <translation>Ondernemingsplan</translation>
    </message>
    <message>
        <source>Business plan answer</source>
        <translation>Antwoord in het ondernemingsplan</translation>
    </message>
    <message>
        <source>Saved plan version</source>
        <translation>Bewaarde planversie</translation>
    </message>
    <message>
        <source>Country settings</source>
        <translation>Landinstellingen</translation>
    </message>
    <message>
        <source>Sync did not finish.</source>
        <translation>De synchronisatie is niet afgerond.</translation>
    </message>
    <message>
        <source>Skipped a file.</source>
        <translation>Een bestand overgeslagen.</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>zojuist</translation>
    </message>
    <message>
        <source>{minutes} min ago</source>
        <translation>{minutes} min. geleden</translation>
    </message>
    <message>
        <source>{hours} h ago</source>
        <translation>{hours} uur geleden</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Deze computer</translation>
    </message>
    <message>
        <source>Another computer ({device})</source>
        <translation>Een andere computer ({device})</translation>
    </message>
</context>
<context>
    <name>SyncLogDialog</name>
    <message>
        <source>Sync log</source>
        <translation>Synchronisatielogboek</translation>
    </message>
    <message>
        <source>Shared folder: {folder}</source>
        <translation>Gedeelde map: {folder}</translation>
    </message>
    <message>
        <source>Team sync is off.</source>
        <translation>Teamsynchronisatie staat uit.</translation>
    </message>
    <message>
        <source>Sync log entries, newest first</source>
        <translation>Regels van het synchronisatielogboek, nieuwste eerst</translation>
    </message>
</context>
<context>
    <name>SyncLogModel</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>File in the shared folder</source>
        <translation>Bestand in de gedeelde map</translation>
    </message>
    <message>
        <source>Synced: {received} changes received, {sent} sent.</source>
        <translation>Gesynchroniseerd: {received} wijzigingen ontvangen, {sent} verstuurd.</translation>
    </message>
    <message>
        <source>1 new conflict to review.</source>
        <translation>1 nieuw conflict om te bekijken.</translation>
    </message>
    <message>
        <source>{count} new conflicts to review.</source>
        <translation>{count} nieuwe conflicten om te bekijken.</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Team sync state</source>
        <translation>Status van de teamsynchronisatie</translation>
    </message>
    <message>
        <source>Team sync</source>
        <translation>Teamsynchronisatie</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflicten om te bekijken</translation>
    </message>
    <message>
        <source>1 conflict to review</source>
        <translation>1 conflict om te bekijken</translation>
    </message>
    <message>
        <source>{count} conflicts to review</source>
        <translation>{count} conflicten om te bekijken</translation>
    </message>
    <message>
        <source>Team sync off</source>
        <translation>Teamsynchronisatie uit</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchroniseren…</translation>
    </message>
    <message>
        <source>Synced {ago}</source>
        <translation>Gesynchroniseerd {ago}</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Wacht op synchronisatie</translation>
    </message>
    <message>
        <source>Offline – {count} changes waiting</source>
        <translation>Offline – {count} wijzigingen wachten</translation>
    </message>
    <message>
        <source>Offline – last synced {ago}</source>
        <translation>Offline – laatst gesynchroniseerd {ago}</translation>
    </message>
    <message>
        <source>Offline – shared folder not reachable</source>
        <translation>Offline – gedeelde map niet bereikbaar</translation>
    </message>
    <message>
        <source>Enter the new team passphrase</source>
        <translation>Voer de nieuwe teamwachtwoordzin in</translation>
    </message>
    <message>
        <source>Sync problem – your changes wait here</source>
        <translation>Synchronisatieprobleem – je wijzigingen wachten hier</translation>
    </message>
    <message>
        <source>Sync problem – see the sync log</source>
        <translation>Synchronisatieprobleem – zie het synchronisatielogboek</translation>
    </message>
    <message>
        <source>Click to connect to a shared folder with your team.</source>
        <translation>Klik om met je team een gedeelde map te verbinden.</translation>
    </message>
    <message>
        <source>Shared folder: {folder}</source>
        <translation>Gedeelde map: {folder}</translation>
    </message>
    <message>
        <source>Last try: {when}</source>
        <translation>Laatste poging: {when}</translation>
    </message>
    <message>
        <source>Click to see the sync log.</source>
        <translation>Klik om het synchronisatielogboek te zien.</translation>
    </message>
</context>
<context>
    <name>TableField</name>
    <message>
        <source>Remove the selected row</source>
        <translation>Gekozen regel verwijderen</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>Leave the team workspace</source>
        <translation>Teamwerkruimte verlaten</translation>
    </message>
    <message>
        <source>Stop syncing with the shared folder? Your participants stay on this computer. You can join again later with the team passphrase.</source>
        <translation>Stoppen met synchroniseren met de gedeelde map? Je deelnemers blijven op deze computer. Je kunt later weer meedoen met de teamwachtwoordzin.</translation>
    </message>
</context>
<context>
    <name>TeamSyncMenu</name>
    <message>
        <source>&amp;Team sync</source>
        <translation>&amp;Teamsynchronisatie</translation>
    </message>
    <message>
        <source>&amp;Connect to a shared folder…</source>
        <translation>&amp;Verbinden met een gedeelde map…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Nu &amp;synchroniseren</translation>
    </message>
    <message>
        <source>&amp;Review conflicts…</source>
        <translation>&amp;Conflicten bekijken…</translation>
    </message>
    <message>
        <source>Sync &amp;log…</source>
        <translation>Synchronisatie&amp;logboek…</translation>
    </message>
    <message>
        <source>L&amp;eave the team workspace…</source>
        <translation>Teamwerkruimte v&amp;erlaten…</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Opstart – unlock</source>
        <translation>Opstart – ontgrendelen</translation>
    </message>
    <message>
        <source>Opstart is locked</source>
        <translation>Opstart is vergrendeld</translation>
    </message>
    <message>
        <source>Enter your passphrase to open the vault.</source>
        <translation>Typ je wachtwoordzin om de kluis te openen.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Onthouden op deze computer</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Typ eerst je wachtwoordzin.</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>De kluis wordt geopend…</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Plan versions</source>
        <translation>Versies van het plan</translation>
    </message>
    <message>
        <source>For example: Loan application</source>
        <translation>Bijvoorbeeld: Kredietaanvraag</translation>
    </message>
    <message>
        <source>Name of the version</source>
        <translation>Naam van de versie</translation>
    </message>
    <message>
        <source>&amp;Save a version</source>
        <translation>Versie &amp;opslaan</translation>
    </message>
    <message>
        <source>Compare from</source>
        <translation>Vergelijk van</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergelijk met</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergelijk</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Eerst</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Verschillen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <source>The plan now</source>
        <translation>Het plan nu</translation>
    </message>
    <message>
        <source>Version saved.</source>
        <translation>Versie opgeslagen.</translation>
    </message>
    <message>
        <source>Nothing changed between these versions.</source>
        <translation>Er is niets veranderd tussen deze versies.</translation>
    </message>
</context>
<context>
    <name>VolumeField</name>
    <message>
        <source>Add your products in step 5 first.</source>
        <translation>Voeg eerst je producten toe in stap 5.</translation>
    </message>
    <message>
        <source>Same every month</source>
        <translation>Elke maand hetzelfde</translation>
    </message>
    <message>
        <source>Start low and grow</source>
        <translation>Laag beginnen en groeien</translation>
    </message>
    <message>
        <source>Busy in summer</source>
        <translation>Druk in de zomer</translation>
    </message>
    <message>
        <source>Busy before Christmas</source>
        <translation>Druk voor de kerst</translation>
    </message>
    <message>
        <source>Copies the first month into every month.</source>
        <translation>Kopieert de eerste maand naar elke maand.</translation>
    </message>
</context>
</TS>
