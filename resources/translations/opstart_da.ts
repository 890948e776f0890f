<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>App</name>
    <message>
        <source>This is the demo vault. Its passphrase is: {passphrase}</source>
        <translation>Dette er demo-boksen. Adgangsfrasen er: {passphrase}</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Revisionslog</translation>
    </message>
    <message>
        <source>Every time a participant is viewed, edited, printed, exported or erased, it is written here. The log holds record numbers, never names, and cannot be changed.</source>
        <translation>Hver gang en deltager bliver vist, redigeret, udskrevet, eksporteret eller slettet, skrives det her. Loggen indeholder journalnumre, aldrig navne, og kan ikke ændres.</translation>
    </message>
    <message>
        <source>Audit log entries, newest first</source>
        <translation>Poster i revisionsloggen, nyeste først</translation>
    </message>
    <message>
        <source>The log is complete and unchanged. Entries: {count}.</source>
        <translation>Loggen er komplet og uændret. Poster: {count}.</translation>
    </message>
    <message>
        <source>The log was changed outside Opstart at entry {number}. Tell your data protection officer.</source>
        <translation>Loggen er blevet ændret uden for Opstart ved post {number}. Kontakt jeres databeskyttelsesrådgiver.</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Viewed</source>
        <translation>Vist</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Redigeret</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Udskrevet</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Eksporteret</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importeret</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Slettet permanent</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalje</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Enhed</translation>
    </message>
</context>
<context>
    <name>BalanceChart</name>
    <message>
        <source>Bank balance at the end of each month</source>
        <translation>Saldo i banken sidst på hver måned</translation>
    </message>
    <message>
        <source>Lowest balance: {amount} in {month}.</source>
        <translation>Laveste saldo: {amount} i {month}.</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Ingen tal endnu</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <source>Print handouts</source>
        <translation>Udskriv til deltagere</translation>
    </message>
    <message>
        <source>Participants: {count}. Each handout holds only what the participant may take home.</source>
        <translation>Deltagere: {count}. Hver udskrift indeholder kun det, deltageren må tage med hjem.</translation>
    </message>
    <message>
        <source>&amp;One PDF file to print, all handouts in it</source>
        <translation>&amp;Én PDF-fil til udskrivning med alle udskrifter</translation>
    </message>
    <message>
        <source>One PDF file &amp;per participant, in a folder</source>
        <translation>Én PDF-fil &amp;pr. deltager i en mappe</translation>
    </message>
    <message>
        <source>&amp;Choose where to save…</source>
        <translation>&amp;Vælg, hvor de skal gemmes …</translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation>Intet valgt endnu.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremskridt</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Save the handouts as</source>
        <translation>Gem udskrifterne som</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the handouts</source>
        <translation>Mappe til udskrifterne</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopper …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Done. Handouts saved: {count}.</source>
        <translation>Færdig. Gemte udskrifter: {count}.</translation>
    </message>
    <message>
        <source>Cancelled. No handouts were saved.</source>
        <translation>Annulleret. Ingen udskrifter blev gemt.</translation>
    </message>
    <message>
        <source>The handouts could not be saved. Check that the folder exists and the disk is not full, then try again.</source>
        <translation>Udskrifterne kunne ikke gemmes. Tjek, at mappen findes, og at disken ikke er fuld, og prøv igen.</translation>
    </message>
</context>
<context>
    <name>BreakEvenChart</name>
    <message>
        <source>Break-even chart</source>
        <translation>Nulpunktsdiagram</translation>
    </message>
    <message>
        <source>Add prices and sales to see the break-even point</source>
        <translation>Tilføj priser og salg for at se nulpunktet</translation>
    </message>
    <message>
        <source>Sales per month: {amount}</source>
        <translation>Salg pr. måned: {amount}</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Salg</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Omkostninger</translation>
    </message>
    <message>
        <source>Costs + living</source>
        <translation>Omkostninger + leveomkostninger</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>The person: motivation, skills, experience, hours, realism</source>
        <translation>Personen: motivation, kompetencer, erfaring, timer, realisme</translation>
    </message>
    <message>
        <source>Health and personal barriers manageable</source>
        <translation>Helbred og personlige udfordringer kan håndteres</translation>
    </message>
    <message>
        <source>Debt situation known, no problematic debt (or a plan)</source>
        <translation>Gældssituation kendt, ingen problematisk gæld (eller en plan)</translation>
    </message>
    <message>
        <source>Income support during start-up arranged</source>
        <translation>Forsørgelse under opstarten er på plads</translation>
    </message>
    <message>
        <source>Idea clearly described: what, for whom, why me</source>
        <translation>Idéen er klart beskrevet: hvad, til hvem, hvorfor mig</translation>
    </message>
    <message>
        <source>Evidence of demand: customers asked, orders</source>
        <translation>Dokumentation for efterspørgsel: kunder spurgt, ordrer</translation>
    </message>
    <message>
        <source>Competition and price compared</source>
        <translation>Konkurrenter og priser sammenlignet</translation>
    </message>
    <message>
        <source>Marketing plan concrete, first customers planned</source>
        <translation>Konkret markedsføringsplan, de første kunder planlagt</translation>
    </message>
    <message>
        <source>Permits, insurance, registration, VAT status</source>
        <translation>Tilladelser, forsikring, registrering, momsforhold</translation>
    </message>
    <message>
        <source>Start-up budget complete, with quotes</source>
        <translation>Etableringsbudget komplet, med tilbud</translation>
    </message>
    <message>
        <source>Financing gap is zero, own contribution shown</source>
        <translation>Finansieringen går op, egenfinansiering vist</translation>
    </message>
    <message>
        <source>Sales assumptions realistic</source>
        <translation>Realistiske salgsforventninger</translation>
    </message>
    <message>
        <source>Liquidity never negative</source>
        <translation>Likviditeten er aldrig negativ</translation>
    </message>
    <message>
        <source>Loan repayable from the surplus</source>
        <translation>Lånet kan betales tilbage af overskuddet</translation>
    </message>
    <message>
        <source>Living test: self-supporting, partly or not yet</source>
        <translation>Leve-af-det-test: selvforsørgende, delvist eller ikke endnu</translation>
    </message>
    <message>
        <source>Risks and plan B</source>
        <translation>Risici og plan B</translation>
    </message>
    <message>
        <source>Documents attached (ID, quotes, contracts)</source>
        <translation>Dokumenter vedlagt (ID, tilbud, kontrakter)</translation>
    </message>
    <message>
        <source>Decision, with the reason</source>
        <translation>Afgørelse med begrundelse</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
</context>
<context>
    <name>CoachContactForm</name>
    <message>
        <source>Your &amp;name</source>
        <translation>Dit &amp;navn</translation>
    </message>
    <message>
        <source>Your name on the document</source>
        <translation>Dit navn på dokumentet</translation>
    </message>
    <message>
        <source>Your p&amp;hone</source>
        <translation>Din &amp;telefon</translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation>Dit telefonnummer</translation>
    </message>
    <message>
        <source>Your e-&amp;mail</source>
        <translation>Din e-&amp;mail</translation>
    </message>
    <message>
        <source>Your e-mail address</source>
        <translation>Din e-mailadresse</translation>
    </message>
</context>
<context>
    <name>Code</name>
    <message>
        <source>Woman</source>
        <translation>Kvinde</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Mand</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Prefers not to say</source>
        <translation>Ønsker ikke at oplyse</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Danmark</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Nederlandene</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlandsk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Tysk</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polsk</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Rumænsk</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainsk</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisk</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Tyrkisk</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisk</translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation>Kurdisk</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persisk</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somali</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamesisk</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spansk</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Fransk</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugisisk</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>Andet sprog</translation>
    </message>
    <message>
        <source>Kontanthjælp (cash benefit)</source>
        <translation>Kontanthjælp</translation>
    </message>
    <message>
        <source>Uddannelseshjælp (education benefit)</source>
        <translation>Uddannelseshjælp</translation>
    </message>
    <message>
        <source>Sygedagpenge (sickness benefit)</source>
        <translation>Sygedagpenge</translation>
    </message>
    <message>
        <source>Førtidspension (disability pension)</source>
        <translation>Førtidspension</translation>
    </message>
    <message>
        <source>Revalideringsydelse (rehabilitation)</source>
        <translation>Revalideringsydelse</translation>
    </message>
    <message>
        <source>Ledighedsydelse (fleksjob)</source>
        <translation>Ledighedsydelse (fleksjob)</translation>
    </message>
    <message>
        <source>Ressourceforløbsydelse</source>
        <translation>Ressourceforløbsydelse</translation>
    </message>
    <message>
        <source>A-dagpenge (unemployment insurance)</source>
        <translation>A-dagpenge</translation>
    </message>
    <message>
        <source>Bijstand (Participatiewet)</source>
        <translation>Bijstand (Participatiewet, NL)</translation>
    </message>
    <message>
        <source>WW (unemployment benefit)</source>
        <translation>WW (arbejdsløshedsydelse, NL)</translation>
    </message>
    <message>
        <source>Bbz (self-employment support)</source>
        <translation>Bbz (støtte til selvstændige, NL)</translation>
    </message>
    <message>
        <source>IOAW</source>
        <translation>IOAW (NL)</translation>
    </message>
    <message>
        <source>Wajong / WIA</source>
        <translation>Wajong / WIA (NL)</translation>
    </message>
    <message>
        <source>None / self-supporting</source>
        <translation>Ingen / selvforsørgende</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>Enlig</translation>
    </message>
    <message>
        <source>Single parent</source>
        <translation>Enlig forsørger</translation>
    </message>
    <message>
        <source>Couple</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Couple with children</source>
        <translation>Par med børn</translation>
    </message>
    <message>
        <source>Lives with parents</source>
        <translation>Bor hos forældre</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>Grundskole (indskoling/mellemtrin)</translation>
    </message>
    <message>
        <source>Lower secondary</source>
        <translation>Grundskole (folkeskolens afgangsprøve)</translation>
    </message>
    <message>
        <source>Upper secondary / vocational</source>
        <translation>Gymnasial eller erhvervsuddannelse</translation>
    </message>
    <message>
        <source>Post-secondary, not higher education</source>
        <translation>Efter gymnasiet, ikke videregående</translation>
    </message>
    <message>
        <source>Short higher education</source>
        <translation>Kort videregående uddannelse</translation>
    </message>
    <message>
        <source>Bachelor</source>
        <translation>Bachelor / professionsbachelor</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>Kandidat / master</translation>
    </message>
    <message>
        <source>Doctorate</source>
        <translation>Ph.d.</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Ukendt</translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation>Fysisk helbred</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Psykisk helbred</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Handicap</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>Gæld</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Bolig</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Børnepasning</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Digital skills</source>
        <translation>Digitale færdigheder</translation>
    </message>
    <message>
        <source>Criminal record</source>
        <translation>Straffeattest</translation>
    </message>
    <message>
        <source>Mother tongue</source>
        <translation>Modersmål</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Ikke startet</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>I gang</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Nået</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Justeret</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Midway</source>
        <translation>Midtvejs</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Idea development</source>
        <translation>Idéudvikling</translation>
    </message>
    <message>
        <source>Business plan</source>
        <translation>Forretningsplan</translation>
    </message>
    <message>
        <source>Bookkeeping and accounting</source>
        <translation>Bogføring og regnskab</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Markedsføring</translation>
    </message>
    <message>
        <source>Pitching</source>
        <translation>Pitch</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Salg</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Hjemmesider</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Vejledning</translation>
    </message>
    <message>
        <source>Sharing with the caseworker</source>
        <translation>Deling med sagsbehandleren</translation>
    </message>
    <message>
        <source>Anonymous programme reports</source>
        <translation>Anonyme rapporter om forløbet</translation>
    </message>
    <message>
        <source>Sharing with the coaching team</source>
        <translation>Deling med vejlederteamet</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Needs work</source>
        <translation>Skal forbedres</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Mangler</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Godkend</translation>
    </message>
    <message>
        <source>Approve with conditions</source>
        <translation>Godkend med betingelser</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ikke nu</translation>
    </message>
    <message>
        <source>Applied for</source>
        <translation>Ansøgt</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Bevilget</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Udbetalt</translation>
    </message>
    <message>
        <source>Being repaid</source>
        <translation>Under tilbagebetaling</translation>
    </message>
    <message>
        <source>Repaid</source>
        <translation>Tilbagebetalt</translation>
    </message>
    <message>
        <source>In arrears</source>
        <translation>I restance</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Afskrevet</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Gennemført</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>På pause</translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation>Frafaldet</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Helbred</translation>
    </message>
    <message>
        <source>Personal or family situation</source>
        <translation>Personlige eller familiemæssige forhold</translation>
    </message>
    <message>
        <source>Idea not viable</source>
        <translation>Idéen er ikke bæredygtig</translation>
    </message>
    <message>
        <source>Lack of motivation / no-show</source>
        <translation>Manglende motivation / udeblivelse</translation>
    </message>
    <message>
        <source>Found a job</source>
        <translation>Fik et job</translation>
    </message>
    <message>
        <source>Started education</source>
        <translation>Startede på uddannelse</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Flyttet</translation>
    </message>
    <message>
        <source>Financial or debt problems</source>
        <translation>Økonomiske problemer eller gæld</translation>
    </message>
    <message>
        <source>Benefit or legal rules</source>
        <translation>Regler om ydelser eller lovgivning</translation>
    </message>
    <message>
        <source>Self-supporting</source>
        <translation>Selvforsørgende</translation>
    </message>
    <message>
        <source>Partly self-supporting</source>
        <translation>Delvist selvforsørgende</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Uddannelse</translation>
    </message>
    <message>
        <source>Other clarification (e.g. fleksjob)</source>
        <translation>Anden afklaring (fx fleksjob)</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Endnu ingen</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Indledende samtale</translation>
    </message>
    <message>
        <source>Start interview</source>
        <translation>Startsamtale</translation>
    </message>
    <message>
        <source>Midway interview</source>
        <translation>Midtvejssamtale</translation>
    </message>
    <message>
        <source>Final interview</source>
        <translation>Slutsamtale</translation>
    </message>
    <message>
        <source>Coaching session</source>
        <translation>Vejledningssamtale</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>1 – Isolated</source>
        <translation>1 – Isoleret</translation>
    </message>
    <message>
        <source>2 – Social contacts outside the home</source>
        <translation>2 – Sociale kontakter uden for hjemmet</translation>
    </message>
    <message>
        <source>3 – Organised activities</source>
        <translation>3 – Organiserede aktiviteter</translation>
    </message>
    <message>
        <source>4 – Unpaid work</source>
        <translation>4 – Ulønnet arbejde</translation>
    </message>
    <message>
        <source>5 – Paid work with support</source>
        <translation>5 – Lønnet arbejde med støtte</translation>
    </message>
    <message>
        <source>6 – Paid work</source>
        <translation>6 – Lønnet arbejde</translation>
    </message>
</context>
<context>
    <name>CodeListsDialog</name>
    <message>
        <source>Benefit types</source>
        <translation>Ydelsestyper</translation>
    </message>
    <message>
        <source>Course modules</source>
        <translation>Kursusmoduler</translation>
    </message>
    <message>
        <source>Reasons for dropping out</source>
        <translation>Årsager til frafald</translation>
    </message>
    <message>
        <source>Code lists</source>
        <translation>Kodelister</translation>
    </message>
    <message>
        <source>Untick an entry your programme does not use: it is no longer offered, and participants who have it keep it. Rules change, so add your own entries here. Your team gets the changes at the next sync.</source>
        <translation>Fjern fluebenet ved det, jeres forløb ikke bruger: det tilbydes ikke længere, og deltagere, der har det, beholder det. Reglerne ændrer sig, så tilføj jeres egne punkter her. Dit team får ændringerne ved næste synkronisering.</translation>
    </message>
    <message>
        <source>Which list</source>
        <translation>Hvilken liste</translation>
    </message>
    <message>
        <source>Entries of the list</source>
        <translation>Punkter på listen</translation>
    </message>
    <message>
        <source>Name of a new entry</source>
        <translation>Navn på et nyt punkt</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>Type a name of 1 to {count} characters for the new entry.</source>
        <translation>Skriv et navn på 1 til {count} tegn til det nye punkt.</translation>
    </message>
</context>
<context>
    <name>CohortPrintDialog</name>
    <message>
        <source>Handouts for a cohort</source>
        <translation>Udskrifter til et hold</translation>
    </message>
    <message>
        <source>Every participant of the cohort gets a handout with only what they may take home. You choose one PDF file or one file per participant next.</source>
        <translation>Hver deltager på holdet får en udskrift med kun det, de må tage med hjem. Bagefter vælger du én PDF-fil eller én fil pr. deltager.</translation>
    </message>
    <message>
        <source>{name} ({count} participants)</source>
        <translation>{name} ({count} deltagere)</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>Each participant&apos;s own language</source>
        <translation>Hver deltagers eget sprog</translation>
    </message>
    <message>
        <source>Language of the handouts</source>
        <translation>Udskrifternes sprog</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Hold:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>Your contact details on the handouts</source>
        <translation>Dine kontaktoplysninger på udskrifterne</translation>
    </message>
    <message>
        <source>&amp;Next…</source>
        <translation>&amp;Næste …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>No participant has a cohort yet. Fill in the cohort in their profiles.</source>
        <translation>Ingen deltagere er på et hold endnu. Udfyld holdet i deres profiler.</translation>
    </message>
    <message>
        <source>Gathering the participants…</source>
        <translation>Henter deltagerne …</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>Participant</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Oplysning</translation>
    </message>
    <message>
        <source>Value kept now</source>
        <translation>Værdi der gælder nu</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Anden værdi</translation>
    </message>
    <message>
        <source>Other value written by</source>
        <translation>Anden værdi skrevet af</translation>
    </message>
    <message>
        <source>(not linked to a participant)</source>
        <translation>(ikke knyttet til en deltager)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(slettet)</translation>
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
        <translation>Gennemgå konflikter</translation>
    </message>
    <message>
        <source>You and a colleague changed the same information while you were not connected. The later change was kept. Check each one: keep it, or take the other value back.</source>
        <translation>Du og en kollega ændrede de samme oplysninger, mens I ikke var forbundet. Den seneste ændring blev beholdt. Se hver enkelt igennem: behold den, eller tag den anden værdi tilbage.</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Konflikter at gennemgå</translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>Intet at gennemgå</translation>
    </message>
    <message>
        <source>There are no conflicts. Changes made by you and your colleagues agree.</source>
        <translation>Der er ingen konflikter. Dine og dine kollegers ændringer stemmer overens.</translation>
    </message>
    <message>
        <source>Both values in full</source>
        <translation>Begge værdier i fuld længde</translation>
    </message>
    <message>
        <source>&amp;Use the other value</source>
        <translation>&amp;Brug den anden værdi</translation>
    </message>
    <message>
        <source>Puts the other value back; your colleagues get it at their next sync.</source>
        <translation>Sætter den anden værdi tilbage; dine kolleger får den ved deres næste synkronisering.</translation>
    </message>
    <message>
        <source>&amp;Keep the current value</source>
        <translation>&amp;Behold den nuværende værdi</translation>
    </message>
    <message>
        <source>The other value is back. Your colleagues get it at their next sync.</source>
        <translation>Den anden værdi er tilbage. Dine kolleger får den ved deres næste synkronisering.</translation>
    </message>
    <message>
        <source>Kept the current value.</source>
        <translation>Den nuværende værdi er beholdt.</translation>
    </message>
    <message>
        <source>That record was deleted, so its other value cannot be taken back.</source>
        <translation>Oplysningen er slettet, så den anden værdi kan ikke tages tilbage.</translation>
    </message>
    <message>
        <source>This conflict was already reviewed.</source>
        <translation>Denne konflikt er allerede gennemgået.</translation>
    </message>
    <message>
        <source>Value kept now</source>
        <translation>Værdi der gælder nu</translation>
    </message>
    <message>
        <source>Value kept now (deleted)</source>
        <translation>Værdi der gælder nu (slettet)</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Anden værdi</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Team sync – connect to a shared folder</source>
        <translation>Teamsynkronisering – forbind til en delt mappe</translation>
    </message>
    <message>
        <source>Work together through a shared folder</source>
        <translation>Arbejd sammen via en delt mappe</translation>
    </message>
    <message>
        <source>Pick a folder that every coach of your team can reach: a network drive, or a OneDrive, Dropbox, Nextcloud or Syncthing folder. Opstart keeps a copy of your changes there, encrypted with a team passphrase, and picks up your colleagues&apos; changes. Your vault itself stays on this computer.</source>
        <translation>Vælg en mappe, som alle vejledere i jeres team kan nå: et netværksdrev eller en OneDrive-, Dropbox-, Nextcloud- eller Syncthing-mappe. Opstart lægger en kopi af dine ændringer dér, krypteret med en teamadgangsfrase, og henter dine kollegers ændringer. Selve din boks bliver på denne computer.</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Delt mappe</translation>
    </message>
    <message>
        <source>No folder chosen yet</source>
        <translation>Ingen mappe valgt endnu</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Vælg…</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Vælg den delte mappe</translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation>Teamadgangsfrase</translation>
    </message>
    <message>
        <source>Repeat team passphrase</source>
        <translation>Gentag teamadgangsfrasen</translation>
    </message>
    <message>
        <source>Team passphrase strength</source>
        <translation>Teamadgangsfrasens styrke</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Forbind</translation>
    </message>
    <message>
        <source>Shared &amp;folder:</source>
        <translation>Delt &amp;mappe:</translation>
    </message>
    <message>
        <source>Team &amp;passphrase:</source>
        <translation>Team&amp;adgangsfrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Gentag den:</translation>
    </message>
    <message>
        <source>Looking into the folder…</source>
        <translation>Ser i mappen…</translation>
    </message>
    <message>
        <source>That folder cannot be reached. Check that the drive or cloud folder is connected, or choose another.</source>
        <translation>Mappen kan ikke nås. Tjek at drevet eller skymappen er forbundet, eller vælg en anden.</translation>
    </message>
    <message>
        <source>This folder holds more than one team workspace. Ask your IT contact which folder to use.</source>
        <translation>Mappen indeholder mere end ét teamarbejdsområde. Spørg din IT-kontakt, hvilken mappe I skal bruge.</translation>
    </message>
    <message>
        <source>There is no team workspace in this folder yet. Opstart will create one. Choose a team passphrase that your colleagues will type to join.</source>
        <translation>Der er endnu intet teamarbejdsområde i mappen. Opstart opretter et. Vælg en teamadgangsfrase, som dine kolleger skriver for at være med.</translation>
    </message>
    <message>
        <source>Create team workspace</source>
        <translation>Opret teamarbejdsområde</translation>
    </message>
    <message>
        <source>The team passphrase is not your own vault passphrase. Give it to your colleagues in person or by phone, never by e-mail.</source>
        <translation>Teamadgangsfrasen er ikke adgangsfrasen til din egen boks. Giv den til dine kolleger personligt eller over telefonen, aldrig pr. e-mail.</translation>
    </message>
    <message>
        <source>This folder holds your team&apos;s workspace. Type the team passphrase a colleague gave you.</source>
        <translation>Mappen indeholder jeres teamarbejdsområde. Skriv den teamadgangsfrase, du har fået af en kollega.</translation>
    </message>
    <message>
        <source>Join team workspace</source>
        <translation>Deltag i teamarbejdsområdet</translation>
    </message>
    <message>
        <source>Joining takes a moment; then your colleagues&apos; participants appear.</source>
        <translation>Det tager et øjeblik at deltage; derefter vises dine kollegers deltagere.</translation>
    </message>
    <message>
        <source>Tip: use four or more words, for example a short sentence.</source>
        <translation>Tip: brug fire ord eller flere, for eksempel en kort sætning.</translation>
    </message>
    <message>
        <source>This passphrase is too common. Choose another.</source>
        <translation>Denne adgangsfrase er for almindelig. Vælg en anden.</translation>
    </message>
    <message>
        <source>Too short: use at least 10 characters, for example four words.</source>
        <translation>For kort: brug mindst 10 tegn, for eksempel fire ord.</translation>
    </message>
    <message>
        <source>Strong team passphrase.</source>
        <translation>Stærk teamadgangsfrase.</translation>
    </message>
    <message>
        <source>Good team passphrase.</source>
        <translation>God teamadgangsfrase.</translation>
    </message>
    <message>
        <source>Acceptable. A longer team passphrase is safer.</source>
        <translation>Acceptabel. En længere teamadgangsfrase er mere sikker.</translation>
    </message>
    <message>
        <source>Type the team passphrase.</source>
        <translation>Skriv teamadgangsfrasen.</translation>
    </message>
    <message>
        <source>The two team passphrases are not the same. Type them again.</source>
        <translation>De to teamadgangsfraser er ikke ens. Skriv dem igen.</translation>
    </message>
    <message>
        <source>Connecting… this takes a moment.</source>
        <translation>Forbinder… det tager et øjeblik.</translation>
    </message>
</context>
<context>
    <name>CountrySettingsDialog</name>
    <message>
        <source>Denmark</source>
        <translation>Danmark</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>Holland</translation>
    </message>
    <message>
        <source>Country settings: {country}</source>
        <translation>Landeindstillinger: {country}</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>Standard rate</source>
        <translation>Normal sats</translation>
    </message>
    <message>
        <source>Reduced rate</source>
        <translation>Nedsat sats</translation>
    </message>
    <message>
        <source>Small-business threshold per year</source>
        <translation>Momsgrænse for små virksomheder pr. år</translation>
    </message>
    <message>
        <source>New businesses file every (months)</source>
        <translation>Nye virksomheder indberetter hver (måneder)</translation>
    </message>
    <message>
        <source>Months after the period until payment</source>
        <translation>Måneder efter perioden til betaling</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Gælder fra</translation>
    </message>
    <message>
        <source>Tax (planning only)</source>
        <translation>Skat (kun til planlægning)</translation>
    </message>
    <message>
        <source>Default effective tax rate</source>
        <translation>Standard effektiv skatteprocent</translation>
    </message>
    <message>
        <source>Labour-market contribution (DK)</source>
        <translation>AM-bidrag (DK)</translation>
    </message>
    <message>
        <source>Living test</source>
        <translation>Kan jeg leve af det?</translation>
    </message>
    <message>
        <source>Self-supporting from</source>
        <translation>Selvforsørgende fra</translation>
    </message>
    <message>
        <source>Partly self-supporting from</source>
        <translation>Delvist selvforsørgende fra</translation>
    </message>
    <message>
        <source>&quot;Partly&quot; must start below &quot;self-supporting&quot;. Check the living test.</source>
        <translation>&quot;Delvist&quot; skal starte under &quot;selvforsørgende&quot;. Tjek leveomkostningstesten.</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Opstart – create your vault</source>
        <translation>Opstart – opret din boks</translation>
    </message>
    <message>
        <source>Welcome to Opstart</source>
        <translation>Velkommen til Opstart</translation>
    </message>
    <message>
        <source>Opstart keeps the information about the people you coach in an encrypted vault on this computer. Choose a passphrase to lock it.</source>
        <translation>Opstart gemmer oplysningerne om de mennesker, du vejleder, i en krypteret boks på denne computer. Vælg en adgangsfrase til at låse den.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Adgangsfrase</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Gentag adgangsfrasen</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Adgangsfrasens styrke</translation>
    </message>
    <message>
        <source>Nobody can recover a lost passphrase, not even IT. If you forget it, the data in this vault is gone. Write it down and keep it somewhere safe.</source>
        <translation>Ingen kan gendanne en glemt adgangsfrase, heller ikke IT. Glemmer du den, er dataene i boksen tabt. Skriv den ned, og opbevar den et sikkert sted.</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Husk på denne computer</translation>
    </message>
    <message>
        <source>Opens the vault without the passphrase when you are logged in to this computer.</source>
        <translation>Åbner boksen uden adgangsfrase, når du er logget ind på denne computer.</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Opret boks</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Adgangsfrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Gentag den:</translation>
    </message>
    <message>
        <source>Tip: use four or more words, for example a short sentence.</source>
        <translation>Tip: brug fire ord eller flere, for eksempel en kort sætning.</translation>
    </message>
    <message>
        <source>This passphrase is too common. Choose another.</source>
        <translation>Denne adgangsfrase er for almindelig. Vælg en anden.</translation>
    </message>
    <message>
        <source>Too short: use at least 10 characters, for example four words.</source>
        <translation>For kort: brug mindst 10 tegn, for eksempel fire ord.</translation>
    </message>
    <message>
        <source>Strong passphrase.</source>
        <translation>Stærk adgangsfrase.</translation>
    </message>
    <message>
        <source>Good passphrase.</source>
        <translation>God adgangsfrase.</translation>
    </message>
    <message>
        <source>Acceptable. A longer passphrase is safer.</source>
        <translation>Acceptabel. En længere adgangsfrase er mere sikker.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>De to adgangsfraser er ikke ens. Skriv dem igen.</translation>
    </message>
    <message>
        <source>Creating your vault…</source>
        <translation>Opretter din boks …</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>The column “{column}” is not one Opstart knows. Rename or remove it.</source>
        <translation>Kolonnen “{column}” kender Opstart ikke. Omdøb eller fjern den.</translation>
    </message>
    <message>
        <source>The column “{column}” holds national ID numbers, which Opstart does not import. Remove that column.</source>
        <translation>Kolonnen “{column}” indeholder CPR-numre, som Opstart ikke importerer. Fjern kolonnen.</translation>
    </message>
    <message>
        <source>The column “{column}” appears twice. Keep one.</source>
        <translation>Kolonnen “{column}” findes to gange. Behold én af dem.</translation>
    </message>
    <message>
        <source>The first line has no “{column}” column. Add it.</source>
        <translation>Første linje har ingen kolonne “{column}”. Tilføj den.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen er tom.</translation>
    </message>
    <message>
        <source>The file has a header line but no participants.</source>
        <translation>Filen har en overskriftslinje, men ingen deltagere.</translation>
    </message>
    <message>
        <source>The file is larger than 10 MB. Split it up.</source>
        <translation>Filen er større end 10 MB. Del den op.</translation>
    </message>
    <message>
        <source>The file has more than 20,000 rows. Split it up.</source>
        <translation>Filen har mere end 20.000 rækker. Del den op.</translation>
    </message>
    <message>
        <source>Line {line} could not be read. Check its quotation marks.</source>
        <translation>Linje {line} kunne ikke læses. Tjek anførselstegnene.</translation>
    </message>
    <message>
        <source>The file could not be read. Check that it exists and is not open in another program.</source>
        <translation>Filen kunne ikke læses. Tjek, at den findes og ikke er åben i et andet program.</translation>
    </message>
    <message>
        <source>The first name is missing.</source>
        <translation>Fornavnet mangler.</translation>
    </message>
    <message>
        <source>{field}: this is not an e-mail address.</source>
        <translation>{field}: dette er ikke en e-mailadresse.</translation>
    </message>
    <message>
        <source>{field}: only digits, spaces and + ( ) - . are allowed.</source>
        <translation>{field}: kun cifre, mellemrum og + ( ) - . er tilladt.</translation>
    </message>
    <message>
        <source>{field}: not a date. Write it like 2026-03-01 or 01-03-2026.</source>
        <translation>{field}: ikke en dato. Skriv den som 01-03-2026 eller 2026-03-01.</translation>
    </message>
    <message>
        <source>{field}: write yes or no.</source>
        <translation>{field}: skriv ja eller nej.</translation>
    </message>
    <message>
        <source>{field}: not one of the allowed values.</source>
        <translation>{field}: ikke en af de tilladte værdier.</translation>
    </message>
    <message>
        <source>{field}: the text is too long.</source>
        <translation>{field}: teksten er for lang.</translation>
    </message>
    <message>
        <source>{field}: holds characters that cannot be stored.</source>
        <translation>{field}: indeholder tegn, der ikke kan gemmes.</translation>
    </message>
    <message>
        <source>More cells than the first line has column names.</source>
        <translation>Flere celler, end første linje har kolonnenavne.</translation>
    </message>
    <message>
        <source>This e-mail address is on another line too.</source>
        <translation>Denne e-mailadresse står også på en anden linje.</translation>
    </message>
    <message>
        <source>A participant with this e-mail address is already in Opstart.</source>
        <translation>En deltager med denne e-mailadresse findes allerede i Opstart.</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import participants</source>
        <translation>Importér deltagere</translation>
    </message>
    <message>
        <source>Import a referral list</source>
        <translation>Importér en henvisningsliste</translation>
    </message>
    <message>
        <source>Choose a CSV file saved from Excel or the job centre&apos;s system. The first line names the columns, for example first_name, last_name, email, phone, cohort, preferred_language. Nothing is imported until every row is right.</source>
        <translation>Vælg en CSV-fil gemt fra Excel eller jobcentrets system. Første linje navngiver kolonnerne, fx first_name, last_name, email, phone, cohort, preferred_language (eller fornavn, efternavn, e-mail, telefon, hold, sprog). Intet importeres, før alle rækker er i orden.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Vælg fil…</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Der er ikke valgt en fil endnu.</translation>
    </message>
    <message>
        <source>Rows in the file</source>
        <translation>Rækker i filen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Vælg en CSV-fil</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-filer (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Every row is fine. Participants to import: {count}.</source>
        <translation>Alle rækker er i orden. Deltagere til import: {count}.</translation>
    </message>
    <message>
        <source>Nothing will be imported until the file is fixed. Problems found: {count}.</source>
        <translation>Intet bliver importeret, før filen er rettet. Fundne problemer: {count}.</translation>
    </message>
    <message>
        <source>Line {line}: </source>
        <translation>Linje {line}: </translation>
    </message>
    <message>
        <source>… and {count} more, shown in the table.</source>
        <translation>… og {count} mere, som vises i tabellen.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase participant</source>
        <translation>Slet deltager permanent</translation>
    </message>
    <message>
        <source>Erase {name}?</source>
        <translation>Slet {name} permanent?</translation>
    </message>
    <message>
        <source>This removes the profile, meetings, goals, history and every other record of this person from this computer, and from your team&apos;s computers at the next sync. It cannot be undone. Export the data first if the person asked for a copy.</source>
        <translation>Dette fjerner profilen, samtaler, mål, historik og alle andre oplysninger om personen fra denne computer og fra dit teams computere ved næste synkronisering. Det kan ikke fortrydes. Eksportér først oplysningerne, hvis personen har bedt om en kopi.</translation>
    </message>
    <message>
        <source>Type the full name to confirm:</source>
        <translation>Skriv det fulde navn for at bekræfte:</translation>
    </message>
    <message>
        <source>Full name of the participant</source>
        <translation>Deltagerens fulde navn</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Slet permanent</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>That passphrase does not open this vault. Check Caps Lock and try again.</source>
        <translation>Den adgangsfrase åbner ikke denne boks. Tjek Caps Lock, og prøv igen.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged or missing. Your passphrase was not checked. Restore the data folder from a backup or ask your IT contact.</source>
        <translation>Boksens nøglefil er beskadiget eller mangler. Din adgangsfrase blev ikke tjekket. Gendan datamappen fra en sikkerhedskopi, eller spørg din IT-kontakt.</translation>
    </message>
    <message>
        <source>The vault database is damaged or does not belong to this key file. Restore it from a backup or ask your IT contact.</source>
        <translation>Boksens database er beskadiget eller hører ikke til denne nøglefil. Gendan den fra en sikkerhedskopi, eller spørg din IT-kontakt.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Opstart. Update Opstart to open it.</source>
        <translation>Denne boks er lavet med en nyere version af Opstart. Opdater Opstart for at åbne den.</translation>
    </message>
    <message>
        <source>Choose a longer passphrase: at least 10 characters, for example four words.</source>
        <translation>Vælg en længere adgangsfrase: mindst 10 tegn, for eksempel fire ord.</translation>
    </message>
    <message>
        <source>There is already a vault in this data folder.</source>
        <translation>Der er allerede en boks i denne datamappe.</translation>
    </message>
    <message>
        <source>There is no vault in this data folder yet.</source>
        <translation>Der er endnu ingen boks i denne datamappe.</translation>
    </message>
    <message>
        <source>The first name cannot be empty.</source>
        <translation>Fornavnet må ikke være tomt.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Teksten er for lang.</translation>
    </message>
    <message>
        <source>This text contains characters that cannot be stored.</source>
        <translation>Teksten indeholder tegn, som ikke kan gemmes.</translation>
    </message>
    <message>
        <source>That participant no longer exists.</source>
        <translation>Deltageren findes ikke længere.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space; your last change was not saved yet.</source>
        <translation>Disken er fuld. Frigør noget plads; din seneste ændring er ikke gemt endnu.</translation>
    </message>
    <message>
        <source>A file in the data folder could not be read or written. Check the disk.</source>
        <translation>En fil i datamappen kunne ikke læses eller skrives. Tjek disken.</translation>
    </message>
    <message>
        <source>Something went wrong. Your saved work is safe. Please try again.</source>
        <translation>Noget gik galt. Dit gemte arbejde er i sikkerhed. Prøv igen.</translation>
    </message>
</context>
<context>
    <name>ExtraFieldsPicker</name>
    <message>
        <source>No other fields are filled in.</source>
        <translation>Der er ikke udfyldt andre felter.</translation>
    </message>
    <message>
        <source>⚠ national ID number</source>
        <translation>⚠ personnummer</translation>
    </message>
    <message>
        <source>⚠ special category (GDPR)</source>
        <translation>⚠ særlig kategori (GDPR)</translation>
    </message>
    <message>
        <source>coach-only</source>
        <translation>kun for vejlederen</translation>
    </message>
    <message>
        <source>not printed by default</source>
        <translation>udskrives normalt ikke</translation>
    </message>
</context>
<context>
    <name>FeatureActions</name>
    <message>
        <source>&amp;Business plan…</source>
        <translation>&amp;Forretningsplan …</translation>
    </message>
    <message>
        <source>Print &amp;handout…</source>
        <translation>Udskriv &amp;udskrift til deltager …</translation>
    </message>
    <message>
        <source>Print business p&amp;lan…</source>
        <translation>Udskriv forretnings&amp;plan …</translation>
    </message>
    <message>
        <source>Print &amp;cohort handouts…</source>
        <translation>Udskriv &amp;holdets udskrifter …</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Udskriv</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>“{field}” cannot be empty.</source>
        <translation>“{field}” må ikke være tom.</translation>
    </message>
    <message>
        <source>“{field}” is too long. Shorten it; nothing was saved yet.</source>
        <translation>“{field}” er for lang. Gør teksten kortere; der er ikke gemt noget endnu.</translation>
    </message>
    <message>
        <source>“{field}” contains characters that cannot be stored.</source>
        <translation>“{field}” indeholder tegn, der ikke kan gemmes.</translation>
    </message>
    <message>
        <source>This is not an e-mail address. Write it like name@example.dk.</source>
        <translation>Dette er ikke en e-mailadresse. Skriv den som navn@eksempel.dk.</translation>
    </message>
    <message>
        <source>A phone number can only hold digits, spaces and + ( ) - . /</source>
        <translation>Et telefonnummer kan kun indeholde cifre, mellemrum og + ( ) - . /</translation>
    </message>
    <message>
        <source>“{field}” is not a date. Write it like {example}.</source>
        <translation>“{field}” er ikke en dato. Skriv den som {example}.</translation>
    </message>
    <message>
        <source>“{field}” is not an amount. Write it like {example}.</source>
        <translation>“{field}” er ikke et beløb. Skriv det som {example}.</translation>
    </message>
    <message>
        <source>“{field}” must be between {minimum} and {maximum}.</source>
        <translation>“{field}” skal være mellem {minimum} og {maximum}.</translation>
    </message>
    <message>
        <source>Choose one of the options in the list.</source>
        <translation>Vælg en af mulighederne på listen.</translation>
    </message>
    <message>
        <source>That entry no longer exists. It may have been removed on another device.</source>
        <translation>Den post findes ikke længere. Den kan være fjernet på en anden enhed.</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <source>Your figures</source>
        <translation>Dine tal</translation>
    </message>
    <message>
        <source>Money needed to start</source>
        <translation>Penge der skal til for at starte</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Mangler stadig</translation>
    </message>
    <message>
        <source>Sales, year 1 (excl. VAT)</source>
        <translation>Omsætning, år 1 (ekskl. moms)</translation>
    </message>
    <message>
        <source>Profit before tax, year 1</source>
        <translation>Overskud før skat, år 1</translation>
    </message>
    <message>
        <source>Lowest bank balance</source>
        <translation>Laveste saldo i banken</translation>
    </message>
    <message>
        <source>Can you live from it?</source>
        <translation>Kan du leve af det?</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Nulpunkt</translation>
    </message>
    <message>
        <source>What you must sell</source>
        <translation>Det skal du sælge</translation>
    </message>
    <message>
        <source>Money in the bank, month by month</source>
        <translation>Penge i banken, måned for måned</translation>
    </message>
    <message>
        <source>{amount} too much</source>
        <translation>{amount} for meget</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
</context>
<context>
    <name>ItemTableEditor</name>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Fjern den valgte række</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opstart – demo vault</source>
        <translation>Opstart – demo-boks</translation>
    </message>
    <message>
        <source>&amp;New participant</source>
        <translation>&amp;Ny deltager</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Indstillinger …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Import participants…</source>
        <translation>&amp;Importér deltagere…</translation>
    </message>
    <message>
        <source>&amp;Export participant (GDPR)…</source>
        <translation>&amp;Eksportér deltager (GDPR)…</translation>
    </message>
    <message>
        <source>E&amp;rase participant…</source>
        <translation>&amp;Slet deltager permanent…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>&amp;Find participant</source>
        <translation>&amp;Find deltager</translation>
    </message>
    <message>
        <source>&amp;Meeting mode</source>
        <translation>&amp;Mødetilstand</translation>
    </message>
    <message>
        <source>Hide coach-only and sensitive information before you turn the screen to the participant (Ctrl+M)</source>
        <translation>Skjul oplysninger kun for vejlederen og følsomme oplysninger, før du vender skærmen mod deltageren (Ctrl+M)</translation>
    </message>
    <message>
        <source>&amp;Open actions</source>
        <translation>Å&amp;bne aftaler</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Revisionslog</translation>
    </message>
    <message>
        <source>&amp;Code lists…</source>
        <translation>&amp;Kodelister…</translation>
    </message>
    <message>
        <source>&amp;About Opstart</source>
        <translation>&amp;Om Opstart</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>R&amp;ediger</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hovedværktøjslinje</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Ny deltager</translation>
    </message>
    <message>
        <source>Not saved – see the message</source>
        <translation>Ikke gemt – se beskeden</translation>
    </message>
    <message>
        <source>Choose a participant in the list to see and edit.</source>
        <translation>Vælg en deltager på listen for at se og redigere.</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle ændringer er gemt</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Gemmestatus</translation>
    </message>
    <message>
        <source>Meeting mode: coach-only information is hidden</source>
        <translation>Mødetilstand: oplysninger kun for vejlederen er skjult</translation>
    </message>
    <message>
        <source>Demo vault with fictional people – deleted when you quit</source>
        <translation>Demo-boks med opdigtede personer – slettes, når du afslutter</translation>
    </message>
    <message>
        <source>About Opstart</source>
        <translation>Om Opstart</translation>
    </message>
    <message>
        <source>Opstart {version}

Participant profiles, business plans and handouts for coaches of micro-enterprise programmes. Your data stays encrypted on this computer.</source>
        <translation>Opstart {version}

Deltagerprofiler, forretningsplaner og udskrifter til vejledere i iværksætterforløb. Dine data forbliver krypteret på denne computer.</translation>
    </message>
    <message>
        <source>1 participant</source>
        <translation>1 deltager</translation>
    </message>
    <message>
        <source>{count} participants</source>
        <translation>{count} deltagere</translation>
    </message>
</context>
<context>
    <name>MainWindowTasks</name>
    <message>
        <source>Participants imported: {count}.</source>
        <translation>Deltagere importeret: {count}.</translation>
    </message>
    <message>
        <source>Export participant</source>
        <translation>Eksportér deltager</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>Exported to {json} and {text}. Keep these files safe: they hold personal data.</source>
        <translation>Eksporteret til {json} og {text}. Opbevar filerne sikkert: de indeholder personoplysninger.</translation>
    </message>
    <message>
        <source>Export saved.</source>
        <translation>Eksporten er gemt.</translation>
    </message>
    <message>
        <source>The participant was erased.</source>
        <translation>Deltageren er slettet permanent.</translation>
    </message>
</context>
<context>
    <name>MeetingDetail</name>
    <message>
        <source>Add an agreed action</source>
        <translation>Tilføj en aftale</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Aftaler</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <source>Meeting without a date</source>
        <translation>Samtale uden dato</translation>
    </message>
    <message>
        <source>Open actions: {count}</source>
        <translation>Åbne aftaler: {count}</translation>
    </message>
</context>
<context>
    <name>MeetingsPanel</name>
    <message>
        <source>Meetings</source>
        <translation>Samtaler</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Ny samtale</translation>
    </message>
    <message>
        <source>Remove meeting</source>
        <translation>Fjern samtale</translation>
    </message>
    <message>
        <source>No meetings yet. Click “New meeting” to write down today&apos;s meeting.</source>
        <translation>Ingen samtaler endnu. Klik på “Ny samtale” for at skrive dagens samtale ned.</translation>
    </message>
    <message>
        <source>Click again to remove</source>
        <translation>Klik igen for at fjerne</translation>
    </message>
</context>
<context>
    <name>MoneyField</name>
    <message>
        <source>incl. VAT</source>
        <translation>inkl. moms</translation>
    </message>
    <message>
        <source>excl. VAT</source>
        <translation>ekskl. moms</translation>
    </message>
    <message>
        <source>Type an amount, for example 1250 or 1250,50.</source>
        <translation>Skriv et beløb, for eksempel 1250 eller 1250,50.</translation>
    </message>
</context>
<context>
    <name>OpenActionsDialog</name>
    <message>
        <source>Open actions</source>
        <translation>Åbne aftaler</translation>
    </message>
    <message>
        <source>Open actions of every participant</source>
        <translation>Åbne aftaler for alle deltagere</translation>
    </message>
    <message>
        <source>Double-click an action to open the participant.</source>
        <translation>Dobbeltklik på en aftale for at åbne deltageren.</translation>
    </message>
    <message>
        <source>Open actions: {count}. Past their due date: {overdue}.</source>
        <translation>Åbne aftaler: {count}. Over fristen: {overdue}.</translation>
    </message>
</context>
<context>
    <name>OpenActionsModel</name>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aftale</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Samtale</translation>
    </message>
</context>
<context>
    <name>ParticipantEditor</name>
    <message>
        <source>Sections of the profile</source>
        <translation>Profilens afsnit</translation>
    </message>
    <message>
        <source>Coach only: hidden in meeting mode</source>
        <translation>Kun for vejlederen: skjult i mødetilstand</translation>
    </message>
</context>
<context>
    <name>ParticipantFilterBar</name>
    <message>
        <source>Filter by cohort</source>
        <translation>Filtrér efter hold</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrér efter status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statusser</translation>
    </message>
    <message>
        <source>Filter by ladder step</source>
        <translation>Filtrér efter trin på stigen</translation>
    </message>
    <message>
        <source>All ladder steps</source>
        <translation>Alle trin på stigen</translation>
    </message>
    <message>
        <source>All cohorts</source>
        <translation>Alle hold</translation>
    </message>
</context>
<context>
    <name>ParticipantHeader</name>
    <message>
        <source>Participant name</source>
        <translation>Deltagerens navn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Export (GDPR)…</source>
        <translation>Eksportér (GDPR)…</translation>
    </message>
    <message>
        <source>Save everything stored about this participant, for an access request</source>
        <translation>Gem alt, der er registreret om deltageren, til en anmodning om indsigt</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Slet…</translation>
    </message>
    <message>
        <source>Erase this participant and all their data for good</source>
        <translation>Slet denne deltager og alle oplysninger permanent</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Ny deltager</translation>
    </message>
</context>
<context>
    <name>ParticipantListPanel</name>
    <message>
        <source>Search names, business ideas and notes</source>
        <translation>Søg i navne, forretningsidéer og noter</translation>
    </message>
    <message>
        <source>Find a participant</source>
        <translation>Find en deltager</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>No participants yet</source>
        <translation>Ingen deltagere endnu</translation>
    </message>
    <message>
        <source>Add the first person you coach. Click “New participant” or press Ctrl+N. Everything you type is saved at once and stays encrypted on this computer.</source>
        <translation>Tilføj den første person, du vejleder. Klik på “Ny deltager”, eller tryk Ctrl+N. Alt, hvad du skriver, gemmes med det samme og forbliver krypteret på denne computer.</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Ny deltager</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation>Stige</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aftaler</translation>
    </message>
    <message>
        <source>Latest participation-ladder step</source>
        <translation>Seneste trin på deltagelsesstigen</translation>
    </message>
    <message>
        <source>Agreed actions not done yet</source>
        <translation>Aftaler, der ikke er gjort endnu</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Vis adgangsfrase</translation>
    </message>
</context>
<context>
    <name>PlanWizard</name>
    <message>
        <source>The person: motivation, skills, hours, realism</source>
        <translation>Personen: motivation, kompetencer, timer, realisme</translation>
    </message>
    <message>
        <source>Health and personal barriers manageable</source>
        <translation>Helbred og personlige udfordringer kan håndteres</translation>
    </message>
    <message>
        <source>Debt situation known, no problem debt</source>
        <translation>Gældssituationen er kendt, ingen problematisk gæld</translation>
    </message>
    <message>
        <source>Income support during start-up arranged</source>
        <translation>Forsørgelse i opstarten er på plads</translation>
    </message>
    <message>
        <source>Idea clear: what, for whom, why me</source>
        <translation>Idéen er klar: hvad, til hvem, hvorfor mig</translation>
    </message>
    <message>
        <source>Evidence of demand</source>
        <translation>Bevis for efterspørgsel</translation>
    </message>
    <message>
        <source>Competition and price compared</source>
        <translation>Konkurrenter og priser sammenlignet</translation>
    </message>
    <message>
        <source>Marketing plan with first customers</source>
        <translation>Markedsføringsplan med de første kunder</translation>
    </message>
    <message>
        <source>Permits, insurance, registration, VAT</source>
        <translation>Tilladelser, forsikring, registrering, moms</translation>
    </message>
    <message>
        <source>Start-up budget complete</source>
        <translation>Etableringsbudgettet er komplet</translation>
    </message>
    <message>
        <source>Financing gap is 0, own share shown</source>
        <translation>Finansieringen går op, egenfinansiering vist</translation>
    </message>
    <message>
        <source>Sales assumptions realistic</source>
        <translation>Salgsforventningerne er realistiske</translation>
    </message>
    <message>
        <source>Bank balance never below 0</source>
        <translation>Saldoen i banken er aldrig under 0</translation>
    </message>
    <message>
        <source>Loan repayable from the profit</source>
        <translation>Lånet kan betales tilbage af overskuddet</translation>
    </message>
    <message>
        <source>Living test</source>
        <translation>Kan jeg leve af det?</translation>
    </message>
    <message>
        <source>Risks and plan B</source>
        <translation>Risici og plan B</translation>
    </message>
    <message>
        <source>Documents attached</source>
        <translation>Vedlagte dokumenter</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Afgørelse</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Needs work</source>
        <translation>Skal arbejdes mere med</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Mangler</translation>
    </message>
    <message>
        <source>Coach decides</source>
        <translation>Vejlederen vurderer</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Ikke relevant</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Godkend</translation>
    </message>
    <message>
        <source>Approve with conditions</source>
        <translation>Godkend med betingelser</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ikke nu</translation>
    </message>
    <message>
        <source>What is checked</source>
        <translation>Hvad vurderes</translation>
    </message>
    <message>
        <source>From the plan</source>
        <translation>Ifølge planen</translation>
    </message>
    <message>
        <source>Coach&apos;s score</source>
        <translation>Vejlederens vurdering</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation>Beløb ekskl. moms</translation>
    </message>
    <message>
        <source>Product or service</source>
        <translation>Produkt eller ydelse</translation>
    </message>
    <message>
        <source>Sold per</source>
        <translation>Sælges pr.</translation>
    </message>
    <message>
        <source>Price excl. VAT</source>
        <translation>Pris (ekskl. moms)</translation>
    </message>
    <message>
        <source>Your cost per unit</source>
        <translation>Din omkostning pr. stk.</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>Add a product</source>
        <translation>Tilføj et produkt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Their price</source>
        <translation>Deres pris</translation>
    </message>
    <message>
        <source>Strong point</source>
        <translation>Styrke</translation>
    </message>
    <message>
        <source>Weak point</source>
        <translation>Svaghed</translation>
    </message>
    <message>
        <source>Add a competitor</source>
        <translation>Tilføj en konkurrent</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Lasts (years)</source>
        <translation>Holder (år)</translation>
    </message>
    <message>
        <source>I already own it</source>
        <translation>Jeg har den allerede</translation>
    </message>
    <message>
        <source>Add something to buy</source>
        <translation>Tilføj noget der skal købes</translation>
    </message>
    <message>
        <source>Add a start cost</source>
        <translation>Tilføj en startomkostning</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>Långiver</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>Interest per year</source>
        <translation>Rente pr. år</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Måneder</translation>
    </message>
    <message>
        <source>Repayment</source>
        <translation>Afdrag</translation>
    </message>
    <message>
        <source>Add a loan</source>
        <translation>Tilføj et lån</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Omkostning</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Per month excl. VAT</source>
        <translation>Pr. måned ekskl. moms</translation>
    </message>
    <message>
        <source>Add a cost</source>
        <translation>Tilføj en omkostning</translation>
    </message>
    <message>
        <source>What could go wrong</source>
        <translation>Hvad kan gå galt</translation>
    </message>
    <message>
        <source>What I will do</source>
        <translation>Det gør jeg så</translation>
    </message>
    <message>
        <source>Add a risk</source>
        <translation>Tilføj en risiko</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>How we see it</source>
        <translation>Sådan kan vi se det</translation>
    </message>
    <message>
        <source>Date (year-month-day)</source>
        <translation>Dato (år-måned-dag)</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Tilføj et mål</translation>
    </message>
    <message>
        <source>hours a week</source>
        <translation>timer om ugen</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dage</translation>
    </message>
    <message>
        <source>Month {number}</source>
        <translation>Måned {number}</translation>
    </message>
    <message>
        <source>Put money aside for income tax every month (preliminary tax)</source>
        <translation>Sæt penge til side til skat hver måned (B-skat)</translation>
    </message>
    <message>
        <source>Add prices and sales to see what you must sell.</source>
        <translation>Tilføj priser og salg for at se, hvad du skal sælge.</translation>
    </message>
    <message>
        <source>You lose money on every sale: your prices must be higher than your costs per unit.</source>
        <translation>Du taber penge på hvert salg: dine priser skal være højere end dine omkostninger pr. stk.</translation>
    </message>
    <message>
        <source>You must sell {units} × {product} a month to pay your costs, and {living} to also live from it.</source>
        <translation>Du skal sælge {units} × {product} om måneden for at betale dine omkostninger, og {living} for også at kunne leve af det.</translation>
    </message>
    <message>
        <source>You must sell for {amount} a month (excl. VAT) to pay your costs, and for {living} to also live from it.</source>
        <translation>Du skal sælge for {amount} om måneden (ekskl. moms) for at betale dine omkostninger, og for {living} for også at kunne leve af det.</translation>
    </message>
    <message>
        <source>Year 1 leaves {cash} for you after tax and repayments. Your household needs {need} a year.</source>
        <translation>År 1 giver {cash} til dig efter skat og afdrag. Din husstand har brug for {need} om året.</translation>
    </message>
    <message>
        <source>In {month} the bank balance is {amount}: you need {extra} more, or a credit line.</source>
        <translation>I {month} er saldoen i banken {amount}: du mangler {extra} mere eller en kassekredit.</translation>
    </message>
    <message>
        <source>There is money in the bank every month. The lowest is {amount} in {month}.</source>
        <translation>Der er penge i banken hver måned. Det laveste er {amount} i {month}.</translation>
    </message>
    <message>
        <source>Please answer: {field}. Or tick &quot;I don&apos;t know yet&quot;.</source>
        <translation>Svar venligst: {field}. Eller sæt kryds i &quot;Det ved jeg ikke endnu&quot;.</translation>
    </message>
    <message>
        <source>This text is too long. Please make it shorter.</source>
        <translation>Teksten er for lang. Gør den kortere.</translation>
    </message>
    <message>
        <source>Choose your 5 most important strengths.</source>
        <translation>Vælg dine 5 vigtigste styrker.</translation>
    </message>
    <message>
        <source>Please type a whole number, for example 12.</source>
        <translation>Skriv et helt tal, for eksempel 12.</translation>
    </message>
    <message>
        <source>The registration number must have 8 digits.</source>
        <translation>Registreringsnummeret skal have 8 cifre.</translation>
    </message>
    <message>
        <source>Give each goal a date, for example 2026-03-31.</source>
        <translation>Giv hvert mål en dato, for eksempel 2026-03-31.</translation>
    </message>
    <message>
        <source>Use a number of days from 0 to 90.</source>
        <translation>Brug et antal dage fra 0 til 90.</translation>
    </message>
    <message>
        <source>Hours per week must be between 1 and 80.</source>
        <translation>Timer om ugen skal være mellem 1 og 80.</translation>
    </message>
    <message>
        <source>A loan application needs at least one competitor.</source>
        <translation>En låneansøgning skal have mindst én konkurrent.</translation>
    </message>
    <message>
        <source>A goal&apos;s date has passed. Choose a date in the future.</source>
        <translation>Datoen for et mål er overskredet. Vælg en dato i fremtiden.</translation>
    </message>
    <message>
        <source>Your sales are above 50,000 kr. a year: you must register for VAT.</source>
        <translation>Dit salg er over 50.000 kr. om året: du skal momsregistreres.</translation>
    </message>
    <message>
        <source>Your sales are above € 20,000 a year: you cannot use the KOR.</source>
        <translation>Dit salg er over 20.000 € om året: du kan ikke bruge KOR.</translation>
    </message>
    <message>
        <source>Add at least one product or service.</source>
        <translation>Tilføj mindst ét produkt eller én ydelse.</translation>
    </message>
    <message>
        <source>Every price must be more than 0.</source>
        <translation>Alle priser skal være over 0.</translation>
    </message>
    <message>
        <source>A product costs you as much as you sell it for, or more. You lose money on every sale: raise the price or lower the cost.</source>
        <translation>Et produkt koster dig lige så meget, som du sælger det for, eller mere. Du taber penge på hvert salg: sæt prisen op eller omkostningen ned.</translation>
    </message>
    <message>
        <source>A cost cannot be below 0.</source>
        <translation>En omkostning kan ikke være under 0.</translation>
    </message>
    <message>
        <source>An amount cannot be below 0.</source>
        <translation>Et beløb kan ikke være under 0.</translation>
    </message>
    <message>
        <source>How many years will it last? Use 1 or more.</source>
        <translation>Hvor mange år holder det? Brug 1 eller mere.</translation>
    </message>
    <message>
        <source>Check the value left at the end.</source>
        <translation>Tjek restværdien til sidst.</translation>
    </message>
    <message>
        <source>Money is missing: find {amount} more before you can finish.</source>
        <translation>Der mangler penge: find {amount} mere, før du kan blive færdig.</translation>
    </message>
    <message>
        <source>You have {amount} more than you need. Borrow less.</source>
        <translation>Du har {amount} mere, end du har brug for. Lån mindre.</translation>
    </message>
    <message>
        <source>Check the things you bring in yourself.</source>
        <translation>Tjek de ting, du selv bringer ind.</translation>
    </message>
    <message>
        <source>The microloan is above the usual maximum.</source>
        <translation>Mikrolånet er over det sædvanlige maksimum.</translation>
    </message>
    <message>
        <source>The microloan is below the usual minimum.</source>
        <translation>Mikrolånet er under det sædvanlige minimum.</translation>
    </message>
    <message>
        <source>Say over how many months the loan is repaid.</source>
        <translation>Skriv over hvor mange måneder lånet betales tilbage.</translation>
    </message>
    <message>
        <source>The monthly repayment must be more than 0.</source>
        <translation>Det månedlige afdrag skal være over 0.</translation>
    </message>
    <message>
        <source>Check the interest rate.</source>
        <translation>Tjek renten.</translation>
    </message>
    <message>
        <source>No sales yet: type how many you expect to sell each month.</source>
        <translation>Intet salg endnu: skriv, hvor mange du regner med at sælge hver måned.</translation>
    </message>
    <message>
        <source>Add your monthly costs (rent, phone, insurance…).</source>
        <translation>Tilføj dine månedlige omkostninger (husleje, telefon, forsikring…).</translation>
    </message>
    <message>
        <source>Add what your household spends each month.</source>
        <translation>Tilføj, hvad din husstand bruger hver måned.</translation>
    </message>
    <message>
        <source>Use a tax rate from 0 to 99 %.</source>
        <translation>Brug en skatteprocent fra 0 til 99 %.</translation>
    </message>
    <message>
        <source>The bank balance goes below 0 ({amount} at the lowest). Add own money, a bigger loan or a credit line, or start smaller.</source>
        <translation>Saldoen i banken kommer under 0 ({amount} når den er lavest). Skyd flere egne penge ind, lån mere, få en kassekredit, eller start mindre.</translation>
    </message>
    <message>
        <source>Waiting for the coach: &quot;I don&apos;t know yet&quot; is ticked.</source>
        <translation>Venter på vejlederen: &quot;Det ved jeg ikke endnu&quot; er afkrydset.</translation>
    </message>
    <message>
        <source>Fill in all 12 months.</source>
        <translation>Udfyld alle 12 måneder.</translation>
    </message>
    <message>
        <source>The number sold cannot be below 0.</source>
        <translation>Antal solgte kan ikke være under 0.</translation>
    </message>
    <message>
        <source>Use a month from 1 to 12.</source>
        <translation>Brug en måned fra 1 til 12.</translation>
    </message>
    <message>
        <source>That VAT rate does not exist in this country.</source>
        <translation>Den momssats findes ikke i dette land.</translation>
    </message>
    <message>
        <source>Please check this answer.</source>
        <translation>Tjek venligst dette svar.</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Danmark</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>Holland</translation>
    </message>
    <message>
        <source>To apply for a microloan</source>
        <translation>Til en ansøgning om mikrolån</translation>
    </message>
    <message>
        <source>For myself</source>
        <translation>Til mig selv</translation>
    </message>
    <message>
        <source>For the bank or another lender</source>
        <translation>Til banken eller en anden långiver</translation>
    </message>
    <message>
        <source>I am (or will be) registered for VAT</source>
        <translation>Jeg er (eller bliver) momsregistreret</translation>
    </message>
    <message>
        <source>Small business, no VAT (below the threshold / KOR)</source>
        <translation>Lille virksomhed, ingen moms (under 50.000 kr.)</translation>
    </message>
    <message>
        <source>My work is exempt from VAT</source>
        <translation>Mit arbejde er momsfrit</translation>
    </message>
    <message>
        <source>piece</source>
        <translation>stk.</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>time</translation>
    </message>
    <message>
        <source>job</source>
        <translation>opgave</translation>
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
        <translation>ingen moms</translation>
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
        <translation>Mund til mund</translation>
    </message>
    <message>
        <source>Facebook / Instagram</source>
        <translation>Facebook / Instagram</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Hjemmeside</translation>
    </message>
    <message>
        <source>Flyers</source>
        <translation>Løbesedler</translation>
    </message>
    <message>
        <source>Market stall</source>
        <translation>Markedsbod</translation>
    </message>
    <message>
        <source>My network</source>
        <translation>Mit netværk</translation>
    </message>
    <message>
        <source>Partner shops</source>
        <translation>Samarbejdsbutikker</translation>
    </message>
    <message>
        <source>Enkeltmandsvirksomhed (sole trader)</source>
        <translation>Enkeltmandsvirksomhed</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Eenmanszaak (sole trader)</source>
        <translation>Eenmanszaak (enkeltmandsvirksomhed)</translation>
    </message>
    <message>
        <source>I do it myself</source>
        <translation>Jeg gør det selv</translation>
    </message>
    <message>
        <source>An accountant</source>
        <translation>En revisor eller bogholder</translation>
    </message>
    <message>
        <source>Help from the programme</source>
        <translation>Hjælp fra forløbet</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>Hjemme</translation>
    </message>
    <message>
        <source>Rented place</source>
        <translation>Lejede lokaler</translation>
    </message>
    <message>
        <source>No premises needed</source>
        <translation>Intet lokale nødvendigt</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>Husleje</translation>
    </message>
    <message>
        <source>Phone and internet</source>
        <translation>Telefon og internet</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Forsikring</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Accountant</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Markedsføring</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Gebyrer</translation>
    </message>
    <message>
        <source>Housing (rent or mortgage)</source>
        <translation>Bolig (husleje eller boliglån)</translation>
    </message>
    <message>
        <source>Heating, water and electricity</source>
        <translation>Varme, vand og el</translation>
    </message>
    <message>
        <source>Food and household</source>
        <translation>Mad og husholdning</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Børnepasning</translation>
    </message>
    <message>
        <source>Debt payments</source>
        <translation>Afbetaling på gæld</translation>
    </message>
    <message>
        <source>Partner&apos;s income</source>
        <translation>Partnerens indkomst</translation>
    </message>
    <message>
        <source>Child benefit</source>
        <translation>Børne- og ungeydelse</translation>
    </message>
    <message>
        <source>Housing support</source>
        <translation>Boligstøtte</translation>
    </message>
    <message>
        <source>Benefit I still receive</source>
        <translation>Ydelse jeg stadig får</translation>
    </message>
    <message>
        <source>Other income</source>
        <translation>Anden indkomst</translation>
    </message>
    <message>
        <source>Annuity (same payment every month)</source>
        <translation>Annuitet (samme ydelse hver måned)</translation>
    </message>
    <message>
        <source>Linear (payments fall over time)</source>
        <translation>Serielån (ydelsen falder med tiden)</translation>
    </message>
    <message>
        <source>As the tax office decides</source>
        <translation>Som Skattestyrelsen bestemmer</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Hver måned</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>Hvert kvartal</translation>
    </message>
    <message>
        <source>Every half year</source>
        <translation>Hvert halve år</translation>
    </message>
    <message>
        <source>Self-supporting</source>
        <translation>Selvforsørgende</translation>
    </message>
    <message>
        <source>Partly self-supporting</source>
        <translation>Delvist selvforsørgende</translation>
    </message>
    <message>
        <source>Not yet self-supporting</source>
        <translation>Endnu ikke selvforsørgende</translation>
    </message>
    <message>
        <source>Business plan</source>
        <translation>Forretningsplan</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle ændringer er gemt</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Gemt-status</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versioner…</translation>
    </message>
    <message>
        <source>Country &amp;settings…</source>
        <translation>Lande&amp;indstillinger…</translation>
    </message>
    <message>
        <source>&amp;Print plan…</source>
        <translation>&amp;Udskriv planen …</translation>
    </message>
    <message>
        <source>%v of %m steps done</source>
        <translation>%v af %m trin færdige</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremskridt</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Tilbage</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Næste →</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Gemmer…</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Salg</translation>
    </message>
    <message>
        <source>Variable costs</source>
        <translation>Variable omkostninger</translation>
    </message>
    <message>
        <source>Contribution margin</source>
        <translation>Dækningsbidrag</translation>
    </message>
    <message>
        <source>Fixed costs</source>
        <translation>Faste omkostninger</translation>
    </message>
    <message>
        <source>Depreciation</source>
        <translation>Afskrivning</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Rente</translation>
    </message>
    <message>
        <source>Profit before tax</source>
        <translation>Overskud før skat</translation>
    </message>
    <message>
        <source>Start of month</source>
        <translation>Primo (start af måned)</translation>
    </message>
    <message>
        <source>Money in (incl. VAT)</source>
        <translation>Penge ind (inkl. moms)</translation>
    </message>
    <message>
        <source>Money out (incl. VAT)</source>
        <translation>Penge ud (inkl. moms)</translation>
    </message>
    <message>
        <source>End of month</source>
        <translation>Ultimo (slut af måned)</translation>
    </message>
    <message>
        <source>Things to buy</source>
        <translation>Ting der skal købes</translation>
    </message>
    <message>
        <source>Start costs</source>
        <translation>Startomkostninger</translation>
    </message>
    <message>
        <source>Buffer</source>
        <translation>Buffer</translation>
    </message>
    <message>
        <source>Total needed</source>
        <translation>I alt nødvendigt</translation>
    </message>
    <message>
        <source>Sales, year 1</source>
        <translation>Omsætning, år 1</translation>
    </message>
    <message>
        <source>Profit before tax, year 1</source>
        <translation>Overskud før skat, år 1</translation>
    </message>
    <message>
        <source>Your household needs per month</source>
        <translation>Din husstand har brug for pr. måned</translation>
    </message>
    <message>
        <source>Before tax, per year</source>
        <translation>Før skat, pr. år</translation>
    </message>
    <message>
        <source>Money found</source>
        <translation>Penge fundet</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Mangler stadig</translation>
    </message>
    <message>
        <source>Your own share</source>
        <translation>Din egenfinansiering</translation>
    </message>
    <message>
        <source>Owed at start</source>
        <translation>Restgæld ved start</translation>
    </message>
    <message>
        <source>Owed at end</source>
        <translation>Restgæld ved slut</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Kom i gang</translation>
    </message>
    <message>
        <source>Which country? When do you want to start?</source>
        <translation>Hvilket land? Hvornår vil du starte?</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Language of the plan</source>
        <translation>Planens sprog</translation>
    </message>
    <message>
        <source>First month of the business</source>
        <translation>Virksomhedens første måned</translation>
    </message>
    <message>
        <source>Example: March next year</source>
        <translation>Eksempel: marts næste år</translation>
    </message>
    <message>
        <source>What is the plan for?</source>
        <translation>Hvad skal planen bruges til?</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>Om mig</translation>
    </message>
    <message>
        <source>Why do you want your own business? What are you good at?</source>
        <translation>Hvorfor vil du have din egen virksomhed? Hvad er du god til?</translation>
    </message>
    <message>
        <source>Why do you want your own business?</source>
        <translation>Hvorfor vil du have din egen virksomhed?</translation>
    </message>
    <message>
        <source>Example: I love baking and I want to earn my own money.</source>
        <translation>Eksempel: Jeg elsker at bage, og jeg vil tjene mine egne penge.</translation>
    </message>
    <message>
        <source>What can you do that helps the business? (one per line)</source>
        <translation>Hvad kan du, som hjælper virksomheden? (én pr. linje)</translation>
    </message>
    <message>
        <source>Example: I have cut hair for 6 years</source>
        <translation>Eksempel: Jeg har klippet hår i 6 år</translation>
    </message>
    <message>
        <source>Your strengths (1 to 5, one per line)</source>
        <translation>Dine styrker (1 til 5, én pr. linje)</translation>
    </message>
    <message>
        <source>Example: friendly, on time, good with children</source>
        <translation>Eksempel: venlig, kommer til tiden, god med børn</translation>
    </message>
    <message>
        <source>Hours per week for the business</source>
        <translation>Timer om ugen til virksomheden</translation>
    </message>
    <message>
        <source>Example: 30</source>
        <translation>Eksempel: 30</translation>
    </message>
    <message>
        <source>Education and courses</source>
        <translation>Uddannelse og kurser</translation>
    </message>
    <message>
        <source>Example: Hairdresser course, 2015</source>
        <translation>Eksempel: Frisøruddannelse, 2015</translation>
    </message>
    <message>
        <source>Work experience</source>
        <translation>Erhvervserfaring</translation>
    </message>
    <message>
        <source>Example: Salon assistant, 3 years</source>
        <translation>Eksempel: Frisørassistent, 3 år</translation>
    </message>
    <message>
        <source>What do you still want to learn?</source>
        <translation>Hvad vil du gerne lære mere om?</translation>
    </message>
    <message>
        <source>Example: bookkeeping</source>
        <translation>Eksempel: bogføring</translation>
    </message>
    <message>
        <source>Languages you speak</source>
        <translation>Sprog du taler</translation>
    </message>
    <message>
        <source>Example: Arabic (very good), Danish (good)</source>
        <translation>Eksempel: arabisk (meget godt), dansk (godt)</translation>
    </message>
    <message>
        <source>My idea in one sentence</source>
        <translation>Min idé i én sætning</translation>
    </message>
    <message>
        <source>Finish the sentence: I sell … to … because …</source>
        <translation>Gør sætningen færdig: Jeg sælger … til … fordi …</translation>
    </message>
    <message>
        <source>I sell …</source>
        <translation>Jeg sælger …</translation>
    </message>
    <message>
        <source>Example: haircuts for the whole family</source>
        <translation>Eksempel: klipning til hele familien</translation>
    </message>
    <message>
        <source>… to …</source>
        <translation>… til …</translation>
    </message>
    <message>
        <source>Example: families in my neighbourhood</source>
        <translation>Eksempel: familier i mit kvarter</translation>
    </message>
    <message>
        <source>… because …</source>
        <translation>… fordi …</translation>
    </message>
    <message>
        <source>Example: I am cheaper and I speak three languages</source>
        <translation>Eksempel: jeg er billigere, og jeg taler tre sprog</translation>
    </message>
    <message>
        <source>Customers and their problem</source>
        <translation>Kunder og deres problem</translation>
    </message>
    <message>
        <source>Who will pay you? What problem do you solve for them?</source>
        <translation>Hvem vil betale dig? Hvilket problem løser du for dem?</translation>
    </message>
    <message>
        <source>Who are your customers? (one group per line)</source>
        <translation>Hvem er dine kunder? (én gruppe pr. linje)</translation>
    </message>
    <message>
        <source>Example: parents with small children</source>
        <translation>Eksempel: forældre med små børn</translation>
    </message>
    <message>
        <source>What problem do you solve?</source>
        <translation>Hvilket problem løser du?</translation>
    </message>
    <message>
        <source>Example: the nearest salon is far away and expensive</source>
        <translation>Eksempel: den nærmeste frisør ligger langt væk og er dyr</translation>
    </message>
    <message>
        <source>How many people have you asked?</source>
        <translation>Hvor mange mennesker har du spurgt?</translation>
    </message>
    <message>
        <source>Example: 12</source>
        <translation>Eksempel: 12</translation>
    </message>
    <message>
        <source>What did they say?</source>
        <translation>Hvad sagde de?</translation>
    </message>
    <message>
        <source>Example: 9 of them would come every month</source>
        <translation>Eksempel: 9 af dem vil komme hver måned</translation>
    </message>
    <message>
        <source>About how many possible customers live nearby?</source>
        <translation>Cirka hvor mange mulige kunder bor i nærheden?</translation>
    </message>
    <message>
        <source>Example: 2000</source>
        <translation>Eksempel: 2000</translation>
    </message>
    <message>
        <source>Your first customers (names or groups)</source>
        <translation>Dine første kunder (navne eller grupper)</translation>
    </message>
    <message>
        <source>Example: my neighbours</source>
        <translation>Eksempel: mine naboer</translation>
    </message>
    <message>
        <source>Products and prices</source>
        <translation>Produkter og priser</translation>
    </message>
    <message>
        <source>What does one piece or hour cost the customer? What does it cost you to make?</source>
        <translation>Hvad koster ét stk. eller én time for kunden? Hvad koster det dig at lave?</translation>
    </message>
    <message>
        <source>What you sell</source>
        <translation>Det sælger du</translation>
    </message>
    <message>
        <source>Example: Haircut · piece · 240 · 20 · 25 %</source>
        <translation>Eksempel: Klipning · stk. · 240 · 20 · 25 %</translation>
    </message>
    <message>
        <source>What makes it special?</source>
        <translation>Hvad gør det særligt?</translation>
    </message>
    <message>
        <source>Example: open in the evening, three languages</source>
        <translation>Eksempel: åbent om aftenen, tre sprog</translation>
    </message>
    <message>
        <source>Market and competitors</source>
        <translation>Marked og konkurrenter</translation>
    </message>
    <message>
        <source>Who else sells this? Why would people choose you?</source>
        <translation>Hvem sælger ellers det samme? Hvorfor skal folk vælge dig?</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Konkurrenter</translation>
    </message>
    <message>
        <source>Example: Salon Nord · 300 · well known · far away</source>
        <translation>Eksempel: Salon Nord · 300 · kendt · langt væk</translation>
    </message>
    <message>
        <source>Where will you work?</source>
        <translation>Hvor skal du arbejde?</translation>
    </message>
    <message>
        <source>Example: Aarhus West</source>
        <translation>Eksempel: Aarhus V</translation>
    </message>
    <message>
        <source>What is changing in your market?</source>
        <translation>Hvad ændrer sig på dit marked?</translation>
    </message>
    <message>
        <source>Example: more people book online</source>
        <translation>Eksempel: flere booker på nettet</translation>
    </message>
    <message>
        <source>Marketing and sales</source>
        <translation>Markedsføring og salg</translation>
    </message>
    <message>
        <source>How will people hear about you? How do you find your first 10 customers?</source>
        <translation>Hvordan hører folk om dig? Hvordan finder du dine første 10 kunder?</translation>
    </message>
    <message>
        <source>How will people hear about you?</source>
        <translation>Hvordan hører folk om dig?</translation>
    </message>
    <message>
        <source>How do you find your first 10 customers?</source>
        <translation>Hvordan finder du dine første 10 kunder?</translation>
    </message>
    <message>
        <source>Example: a free trial for my neighbours in the first week</source>
        <translation>Eksempel: gratis prøve til mine naboer i den første uge</translation>
    </message>
    <message>
        <source>Sales actions with a date</source>
        <translation>Salgsaktiviteter med dato</translation>
    </message>
    <message>
        <source>Example: flyers at the school, 1 March</source>
        <translation>Eksempel: løbesedler ved skolen, 1. marts</translation>
    </message>
    <message>
        <source>How did you choose your prices?</source>
        <translation>Hvordan har du valgt dine priser?</translation>
    </message>
    <message>
        <source>Example: a little below the other salons</source>
        <translation>Eksempel: lidt under de andre frisører</translation>
    </message>
    <message>
        <source>Practical matters</source>
        <translation>Det praktiske</translation>
    </message>
    <message>
        <source>What do you need to be allowed to start? Who helps you?</source>
        <translation>Hvad skal der til, for at du må starte? Hvem hjælper dig?</translation>
    </message>
    <message>
        <source>Type of business</source>
        <translation>Virksomhedsform</translation>
    </message>
    <message>
        <source>Registration number (CVR or KvK), if you have one</source>
        <translation>CVR-nummer, hvis du har et</translation>
    </message>
    <message>
        <source>Example: 12345678</source>
        <translation>Eksempel: 12345678</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>Who does the bookkeeping?</source>
        <translation>Hvem laver bogføringen?</translation>
    </message>
    <message>
        <source>Permits and licences</source>
        <translation>Tilladelser og autorisationer</translation>
    </message>
    <message>
        <source>Example: food registration</source>
        <translation>Eksempel: registrering hos Fødevarestyrelsen</translation>
    </message>
    <message>
        <source>Example: business liability insurance</source>
        <translation>Eksempel: erhvervsansvarsforsikring</translation>
    </message>
    <message>
        <source>Suppliers and partners</source>
        <translation>Leverandører og samarbejdspartnere</translation>
    </message>
    <message>
        <source>Example: a wholesaler in town</source>
        <translation>Eksempel: en grossist i byen</translation>
    </message>
    <message>
        <source>Important equipment</source>
        <translation>Vigtigt udstyr</translation>
    </message>
    <message>
        <source>Example: two chairs and a washbasin</source>
        <translation>Eksempel: to stole og en vask</translation>
    </message>
    <message>
        <source>Start-up budget</source>
        <translation>Etableringsbudget</translation>
    </message>
    <message>
        <source>What must you buy before the first sale?</source>
        <translation>Hvad skal du købe før det første salg?</translation>
    </message>
    <message>
        <source>Things you buy to use for years</source>
        <translation>Ting du køber og bruger i flere år</translation>
    </message>
    <message>
        <source>Example: Chairs and mirror · 30000 · 5 years</source>
        <translation>Eksempel: Stole og spejl · 30000 · 5 år</translation>
    </message>
    <message>
        <source>One-off start costs</source>
        <translation>Engangsomkostninger ved start</translation>
    </message>
    <message>
        <source>Example: deposit, registration, first stock, website</source>
        <translation>Eksempel: depositum, registrering, første varelager, hjemmeside</translation>
    </message>
    <message>
        <source>Months of fixed costs to keep as a buffer</source>
        <translation>Måneder med faste omkostninger som buffer</translation>
    </message>
    <message>
        <source>Usually 3 to 6 months</source>
        <translation>Normalt 3 til 6 måneder</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <source>Where does the money come from?</source>
        <translation>Hvor kommer pengene fra?</translation>
    </message>
    <message>
        <source>Your own money</source>
        <translation>Dine egne penge</translation>
    </message>
    <message>
        <source>Microloan</source>
        <translation>Mikrolån</translation>
    </message>
    <message>
        <source>Months without repayment at the start</source>
        <translation>Måneder uden afdrag i starten</translation>
    </message>
    <message>
        <source>Example: 3</source>
        <translation>Eksempel: 3</translation>
    </message>
    <message>
        <source>Repayment per month</source>
        <translation>Afdrag pr. måned</translation>
    </message>
    <message>
        <source>Example: 1250</source>
        <translation>Eksempel: 1250</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Tilskud</translation>
    </message>
    <message>
        <source>Other loans</source>
        <translation>Andre lån</translation>
    </message>
    <message>
        <source>Credit line (overdraft) at the bank</source>
        <translation>Kassekredit i banken</translation>
    </message>
    <message>
        <source>Sales and costs per month</source>
        <translation>Salg og omkostninger pr. måned</translation>
    </message>
    <message>
        <source>How many will you sell in month 1, 2, 3…? Start low.</source>
        <translation>Hvor mange sælger du i måned 1, 2, 3…? Start lavt.</translation>
    </message>
    <message>
        <source>Number sold each month</source>
        <translation>Antal solgt hver måned</translation>
    </message>
    <message>
        <source>Type month 1, then use a button to fill the year.</source>
        <translation>Skriv måned 1, og brug så en knap til at udfylde året.</translation>
    </message>
    <message>
        <source>Fixed costs per month</source>
        <translation>Faste omkostninger pr. måned</translation>
    </message>
    <message>
        <source>Example: Rent · 4000 · 25 %</source>
        <translation>Eksempel: Husleje · 4000 · 25 %</translation>
    </message>
    <message>
        <source>Customers pay after</source>
        <translation>Kunderne betaler efter</translation>
    </message>
    <message>
        <source>0 if they pay at once</source>
        <translation>0 hvis de betaler med det samme</translation>
    </message>
    <message>
        <source>You pay suppliers after</source>
        <translation>Du betaler leverandører efter</translation>
    </message>
    <message>
        <source>My private budget</source>
        <translation>Mit privatbudget</translation>
    </message>
    <message>
        <source>How much do you need each month to live?</source>
        <translation>Hvor meget skal du bruge hver måned for at leve?</translation>
    </message>
    <message>
        <source>Household expenses per month</source>
        <translation>Husstandens udgifter pr. måned</translation>
    </message>
    <message>
        <source>Other household income per month (after tax)</source>
        <translation>Husstandens anden indkomst pr. måned (efter skat)</translation>
    </message>
    <message>
        <source>Tax rate (your coach sets it)</source>
        <translation>Skatteprocent (din vejleder sætter den)</translation>
    </message>
    <message>
        <source>Example: 35</source>
        <translation>Eksempel: 35</translation>
    </message>
    <message>
        <source>Money in the bank</source>
        <translation>Penge i banken</translation>
    </message>
    <message>
        <source>Will there be money in the account every month?</source>
        <translation>Er der penge på kontoen hver måned?</translation>
    </message>
    <message>
        <source>Month the loan is paid out</source>
        <translation>Måned hvor lånet udbetales</translation>
    </message>
    <message>
        <source>Month you buy the start-up items</source>
        <translation>Måned hvor du køber ind til starten</translation>
    </message>
    <message>
        <source>How often you pay VAT</source>
        <translation>Hvor tit du betaler moms</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Skat</translation>
    </message>
    <message>
        <source>What you take out for yourself each month (empty = your private budget)</source>
        <translation>Det du hæver til dig selv hver måned (tomt = dit privatbudget)</translation>
    </message>
    <message>
        <source>What could go wrong? What will you do then?</source>
        <translation>Hvad kan gå galt? Hvad gør du så?</translation>
    </message>
    <message>
        <source>Biggest risks and what you do</source>
        <translation>De største risici og hvad du gør</translation>
    </message>
    <message>
        <source>Plan B</source>
        <translation>Plan B</translation>
    </message>
    <message>
        <source>Example: work part-time at a salon</source>
        <translation>Eksempel: arbejde på deltid i en salon</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Styrker</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Svagheder</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Muligheder</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Trusler</translation>
    </message>
    <message>
        <source>Goals and next steps</source>
        <translation>Mål og næste skridt</translation>
    </message>
    <message>
        <source>What will you have done in 3 months? How will we see it?</source>
        <translation>Hvad har du nået om 3 måneder? Hvordan kan vi se det?</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>The number you watch every week</source>
        <translation>Det tal du holder øje med hver uge</translation>
    </message>
    <message>
        <source>Example: new customers per week</source>
        <translation>Eksempel: nye kunder om ugen</translation>
    </message>
    <message>
        <source>Summary and check</source>
        <translation>Resumé og tjek</translation>
    </message>
    <message>
        <source>Read it together with your coach.</source>
        <translation>Læs det sammen med din vejleder.</translation>
    </message>
    <message>
        <source>Example: ID, quote for the chairs, rental contract</source>
        <translation>Eksempel: ID, tilbud på stolene, lejekontrakt</translation>
    </message>
    <message>
        <source>Not OK</source>
        <translation>Ikke OK</translation>
    </message>
    <message>
        <source>Money needed to start</source>
        <translation>Penge der skal til for at starte</translation>
    </message>
    <message>
        <source>Sales, year 1 (excl. VAT)</source>
        <translation>Omsætning, år 1 (ekskl. moms)</translation>
    </message>
    <message>
        <source>Break-even, units a month</source>
        <translation>Nulpunkt, stk. om måneden</translation>
    </message>
    <message>
        <source>Lowest bank balance</source>
        <translation>Laveste saldo i banken</translation>
    </message>
    <message>
        <source>Can you live from it?</source>
        <translation>Kan du leve af det?</translation>
    </message>
    <message>
        <source>Give the version a name, for example &quot;Loan application&quot;.</source>
        <translation>Giv versionen et navn, for eksempel &quot;Låneansøgning&quot;.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutter</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Lås efter minutters inaktivitet</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>Samme som computeren</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tekststørrelse</translation>
    </message>
    <message>
        <source>Remember the vault on this computer</source>
        <translation>Husk boksen på denne computer</translation>
    </message>
    <message>
        <source>Language and text size apply the next time Opstart starts.</source>
        <translation>Sprog og tekststørrelse gælder fra næste gang, Opstart starter.</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Lås efter:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Tekststørrelse:</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>This participant has no business plan yet. Open the plan wizard to start one.</source>
        <translation>Deltageren har ikke en forretningsplan endnu. Åbn planguiden for at begynde på en.</translation>
    </message>
    <message>
        <source>That meeting no longer exists.</source>
        <translation>Samtalen findes ikke længere.</translation>
    </message>
    <message>
        <source>Nobody is in that cohort any more. Choose another one.</source>
        <translation>Der er ikke længere nogen på det hold. Vælg et andet.</translation>
    </message>
    <message>
        <source>Check your contact details: a phone number holds digits, spaces and + ( ) . / -, and an e-mail address looks like name@example.org.</source>
        <translation>Tjek dine kontaktoplysninger: et telefonnummer består af cifre, mellemrum og + ( ) . / -, og en e-mailadresse ser ud som navn@example.org.</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Udskriv til deltager</translation>
    </message>
    <message>
        <source>A handout to take home: goals, agreed actions, modules, the business idea and your contact details. Coach-only notes are never on it.</source>
        <translation>En udskrift at tage med hjem: mål, aftaler, kursusmoduler, forretningsidéen og dine kontaktoplysninger. Vejlederens egne noter kommer aldrig med.</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Udskrift til deltager</translation>
    </message>
    <message>
        <source>Print business plan</source>
        <translation>Udskriv forretningsplan</translation>
    </message>
    <message>
        <source>The whole plan: summary, every section, the budgets with charts, the loan schedule, the living test and the checklist.</source>
        <translation>Hele planen: resumé, alle afsnit, budgetterne med grafer, afdragsplanen, kan-jeg-leve-af-det-testen og tjeklisten.</translation>
    </message>
    <message>
        <source>Business plan</source>
        <translation>Forretningsplan</translation>
    </message>
    <message>
        <source>Print meeting summary</source>
        <translation>Udskriv samtaleopsummering</translation>
    </message>
    <message>
        <source>For the participant: the notes you share, what you agreed and the next meeting. Your coach-only notes are never printed.</source>
        <translation>Til deltageren: de noter, I deler, det, I har aftalt, og næste samtale. Dine egne vejledernoter udskrives aldrig.</translation>
    </message>
    <message>
        <source>Meeting summary</source>
        <translation>Samtaleopsummering</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <source>Language of the document</source>
        <translation>Dokumentets sprog</translation>
    </message>
    <message>
        <source>&amp;Language of the document:</source>
        <translation>Dokumentets &amp;sprog:</translation>
    </message>
    <message>
        <source>Include the participation la&amp;dder</source>
        <translation>Medtag &amp;deltagelsesstigen</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Vis udskrift …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Your contact details on the document</source>
        <translation>Dine kontaktoplysninger på dokumentet</translation>
    </message>
    <message>
        <source>Also print (left out unless you tick them)</source>
        <translation>Udskriv også (udelades, medmindre du sætter flueben)</translation>
    </message>
    <message>
        <source>The handout holds only what the participant may take home. Tick a field only when the participant wants it on paper; it is printed this time only.</source>
        <translation>Udskriften indeholder kun det, deltageren må tage med hjem. Sæt kun flueben ved et felt, når deltageren ønsker det på papir; det udskrives kun denne gang.</translation>
    </message>
    <message>
        <source>You ticked special-category data (health, criminal record or ID number). Print it only when the participant asks for it, and hand it over in person.</source>
        <translation>Du har valgt følsomme oplysninger (helbred, straffeattest eller CPR-nummer). Udskriv dem kun, når deltageren beder om det, og giv udskriften personligt.</translation>
    </message>
    <message>
        <source>The ticked fields are printed on this handout only.</source>
        <translation>De valgte felter udskrives kun på denne udskrift.</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Dokumentet gøres klar …</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview – {title}</source>
        <translation>Vis udskrift – {title}</translation>
    </message>
    <message>
        <source>Pages of the document</source>
        <translation>Dokumentets sider</translation>
    </message>
    <message>
        <source>This document could not be shown. Close this window and try again.</source>
        <translation>Dokumentet kunne ikke vises. Luk vinduet, og prøv igen.</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Forrige</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Næste ▶</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Sidenummer</translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation>&amp;Side</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom ud</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom ind</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Tilpas bredde</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Hele siden</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv …</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Gem som PDF …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>af {count}</translation>
    </message>
    <message>
        <source>Pages sent to the printer: {count}.</source>
        <translation>Sider sendt til printeren: {count}.</translation>
    </message>
    <message>
        <source>The document could not be sent to the printer. Check that the printer is on and connected, then try again.</source>
        <translation>Dokumentet kunne ikke sendes til printeren. Tjek, at printeren er tændt og tilsluttet, og prøv igen.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Gem som PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be saved there. Choose another folder, or check that the disk is not full.</source>
        <translation>Filen kunne ikke gemmes der. Vælg en anden mappe, eller tjek, at disken ikke er fuld.</translation>
    </message>
    <message>
        <source>Saved as {name}.</source>
        <translation>Gemt som {name}.</translation>
    </message>
</context>
<context>
    <name>ProfileDateEdit</name>
    <message>
        <source>For example {date}</source>
        <translation>For eksempel {date}</translation>
    </message>
</context>
<context>
    <name>ProfileField</name>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternavn</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Kaldenavn</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Køn</translation>
    </message>
    <message>
        <source>CPR / BSN number</source>
        <translation>CPR-nummer / BSN</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Foretrukket sprog</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>Har brug for tolk</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Henvist den</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <source>Job centre / office</source>
        <translation>Jobcenter / afdeling</translation>
    </message>
    <message>
        <source>Benefit (type)</source>
        <translation>Ydelse (type)</translation>
    </message>
    <message>
        <source>Benefit since</source>
        <translation>Ydelse siden</translation>
    </message>
    <message>
        <source>Benefit per month</source>
        <translation>Ydelse pr. måned</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Husstand</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Børn</translation>
    </message>
    <message>
        <source>Partner&apos;s income per month</source>
        <translation>Partnerens indkomst pr. måned</translation>
    </message>
    <message>
        <source>Highest education</source>
        <translation>Højeste uddannelse</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kurser</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Beviser og certifikater</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Kompetencer</translation>
    </message>
    <message>
        <source>Strengths (own words)</source>
        <translation>Styrker (med egne ord)</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>Udfordringer</translation>
    </message>
    <message>
        <source>Note on barriers</source>
        <translation>Note om udfordringer</translation>
    </message>
    <message>
        <source>Why self-employed?</source>
        <translation>Hvorfor selvstændig?</translation>
    </message>
    <message>
        <source>Motivation at the start</source>
        <translation>Motivation ved start</translation>
    </message>
    <message>
        <source>Motivation midway</source>
        <translation>Motivation midtvejs</translation>
    </message>
    <message>
        <source>Motivation at the end</source>
        <translation>Motivation ved slut</translation>
    </message>
    <message>
        <source>Business idea</source>
        <translation>Forretningsidé</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Afgørelse</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Afgjort den</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Begrundelse for afgørelsen</translation>
    </message>
    <message>
        <source>Loan amount</source>
        <translation>Lånebeløb</translation>
    </message>
    <message>
        <source>Paid out on</source>
        <translation>Udbetalt den</translation>
    </message>
    <message>
        <source>Instalment per month</source>
        <translation>Afdrag pr. måned</translation>
    </message>
    <message>
        <source>Repayment schedule</source>
        <translation>Afdragsplan</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>Restance</translation>
    </message>
    <message>
        <source>Loan status</source>
        <translation>Lånets status</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>Status siden</translation>
    </message>
    <message>
        <source>Reason for dropping out</source>
        <translation>Årsag til frafald</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Outcome on</source>
        <translation>Resultat den</translation>
    </message>
    <message>
        <source>Coach&apos;s notes</source>
        <translation>Vejlederens noter</translation>
    </message>
    <message>
        <source>Job or role</source>
        <translation>Job eller rolle</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>Tale</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Læse</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Skrive</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>How we see it</source>
        <translation>Hvordan vi ser det</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Trin</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Vurderet af</translation>
    </message>
    <message>
        <source>Course module</source>
        <translation>Kursusmodul</translation>
    </message>
    <message>
        <source>Attended on</source>
        <translation>Deltog den</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Givet den</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Data sharing</source>
        <translation>Deling af oplysninger</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>Type samtale</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Emner</translation>
    </message>
    <message>
        <source>Notes we share</source>
        <translation>Fælles noter</translation>
    </message>
    <message>
        <source>Coach-only notes</source>
        <translation>Noter kun for vejlederen</translation>
    </message>
    <message>
        <source>Agreed action</source>
        <translation>Aftale</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
</context>
<context>
    <name>ProfileSection</name>
    <message>
        <source>Person and contact</source>
        <translation>Person og kontakt</translation>
    </message>
    <message>
        <source>Referral and programme</source>
        <translation>Henvisning og forløb</translation>
    </message>
    <message>
        <source>Education and work</source>
        <translation>Uddannelse og arbejde</translation>
    </message>
    <message>
        <source>Motivation and idea</source>
        <translation>Motivation og idé</translation>
    </message>
    <message>
        <source>Goals and ladder</source>
        <translation>Mål og stige</translation>
    </message>
    <message>
        <source>Course and consent</source>
        <translation>Kursus og samtykke</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Samtaler</translation>
    </message>
    <message>
        <source>Income and household</source>
        <translation>Indkomst og husstand</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>Udfordringer</translation>
    </message>
    <message>
        <source>Assessment and loan</source>
        <translation>Vurdering og lån</translation>
    </message>
    <message>
        <source>Status and outcome</source>
        <translation>Status og resultat</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identitet</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Henvisning</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Uddannelse</translation>
    </message>
    <message>
        <source>Work experience</source>
        <translation>Erhvervserfaring</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Kompetencer</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <source>Business idea</source>
        <translation>Forretningsidé</translation>
    </message>
    <message>
        <source>SMART goals</source>
        <translation>SMART-mål</translation>
    </message>
    <message>
        <source>Participation ladder</source>
        <translation>Deltagelsesstige (participatieladder)</translation>
    </message>
    <message>
        <source>Course modules attended</source>
        <translation>Gennemførte kursusmoduler</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Income basis</source>
        <translation>Forsørgelsesgrundlag</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Husstand</translation>
    </message>
    <message>
        <source>Caseworker checklist</source>
        <translation>Sagsbehandlerens tjekliste</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Afgørelse</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Lån</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Coach&apos;s notes</source>
        <translation>Vejlederens noter</translation>
    </message>
</context>
<context>
    <name>ProfileUndo</name>
    <message>
        <source>Edit “{field}”</source>
        <translation>Ændring af “{field}”</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Add a job</source>
        <translation>Tilføj et job</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>Tilføj et sprog</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Tilføj et mål</translation>
    </message>
    <message>
        <source>Add a ladder reading</source>
        <translation>Tilføj en vurdering på stigen</translation>
    </message>
    <message>
        <source>Add a module</source>
        <translation>Tilføj et modul</translation>
    </message>
    <message>
        <source>Add a consent record</source>
        <translation>Tilføj et samtykke</translation>
    </message>
    <message>
        <source>{title} · coach only</source>
        <translation>{title} · kun for vejlederen</translation>
    </message>
</context>
<context>
    <name>StepFiguresView</name>
    <message>
        <source>What this means</source>
        <translation>Det betyder det</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps of the business plan</source>
        <translation>Forretningsplanens trin</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
    <message>
        <source>Waiting for the coach</source>
        <translation>Venter på vejlederen</translation>
    </message>
    <message>
        <source>Please look at this step again</source>
        <translation>Kig venligst på dette trin igen</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Ikke besvaret endnu</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Step {number} of 16</source>
        <translation>Trin {number} af 16</translation>
    </message>
    <message>
        <source>I don&apos;t know yet – my coach will help me with this</source>
        <translation>Det ved jeg ikke endnu – min vejleder hjælper mig med det</translation>
    </message>
    <message>
        <source>I don&apos;t know yet</source>
        <translation>Det ved jeg ikke endnu</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>To-do list for the coach</source>
        <translation>Vejlederens huskeliste</translation>
    </message>
    <message>
        <source>Case-worker checklist</source>
        <translation>Sagsbehandlerens tjekliste</translation>
    </message>
    <message>
        <source>Mark the plan as finished</source>
        <translation>Markér planen som færdig</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumé</translation>
    </message>
    <message>
        <source>For the coach</source>
        <translation>Til vejlederen</translation>
    </message>
    <message>
        <source>I sell {what} to {whom} because {why}.</source>
        <translation>Jeg sælger {what} til {whom}, fordi {why}.</translation>
    </message>
    <message>
        <source>Needed: {need} – found: {found} – missing: {gap}</source>
        <translation>Behov: {need} – fundet: {found} – mangler: {gap}</translation>
    </message>
    <message>
        <source>Profit before tax in year 1: {amount}</source>
        <translation>Overskud før skat i år 1: {amount}</translation>
    </message>
    <message>
        <source>Step {number}: {title}</source>
        <translation>Trin {number}: {title}</translation>
    </message>
    <message>
        <source>Nothing is waiting for the coach.</source>
        <translation>Intet venter på vejlederen.</translation>
    </message>
    <message>
        <source>These steps say &quot;I don&apos;t know yet&quot;:</source>
        <translation>Disse trin siger &quot;Det ved jeg ikke endnu&quot;:</translation>
    </message>
    <message>
        <source>This plan is marked as finished.</source>
        <translation>Planen er markeret som færdig.</translation>
    </message>
    <message>
        <source>The plan can be finished when every red message is solved (see the steps marked with !).</source>
        <translation>Planen kan gøres færdig, når alle røde beskeder er løst (se trinene markeret med !).</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Synced with the shared folder.</source>
        <translation>Synkroniseret med den delte mappe.</translation>
    </message>
    <message>
        <source>The shared folder could not be reached (not connected, no network, or empty). Nothing was changed on this computer; Opstart tries again by itself.</source>
        <translation>Den delte mappe kunne ikke nås (ikke forbundet, intet netværk eller tom). Intet blev ændret på denne computer; Opstart prøver igen af sig selv.</translation>
    </message>
    <message>
        <source>This vault is not part of a team workspace yet.</source>
        <translation>Denne boks er endnu ikke med i et teamarbejdsområde.</translation>
    </message>
    <message>
        <source>Team sync is off.</source>
        <translation>Teamsynkronisering er slået fra.</translation>
    </message>
    <message>
        <source>The team passphrase was changed by a colleague. Connect again with the new team passphrase; until then your changes wait on this computer.</source>
        <translation>En kollega har ændret teamadgangsfrasen. Forbind igen med den nye teamadgangsfrase; indtil da venter dine ændringer på denne computer.</translation>
    </message>
    <message>
        <source>The team workspace file in the shared folder is damaged. Ask a colleague whose Opstart still syncs, or your IT contact.</source>
        <translation>Teamarbejdsområdets fil i den delte mappe er beskadiget. Spørg en kollega, hvis Opstart stadig synkroniserer, eller din IT-kontakt.</translation>
    </message>
    <message>
        <source>The shared folder was set up by a newer Opstart. Update Opstart to sync.</source>
        <translation>Den delte mappe er sat op af en nyere Opstart. Opdatér Opstart for at synkronisere.</translation>
    </message>
    <message>
        <source>Changes from your colleagues arrived, but yours could not be written to the shared folder. They wait safely on this computer and are sent next time.</source>
        <translation>Dine kollegers ændringer kom frem, men dine kunne ikke skrives til den delte mappe. De venter sikkert på denne computer og sendes næste gang.</translation>
    </message>
    <message>
        <source>Opstart is already syncing this vault in another window.</source>
        <translation>Opstart synkroniserer allerede denne boks i et andet vindue.</translation>
    </message>
    <message>
        <source>Joined the team workspace.</source>
        <translation>Deltager nu i teamarbejdsområdet.</translation>
    </message>
    <message>
        <source>Created the team workspace.</source>
        <translation>Teamarbejdsområdet er oprettet.</translation>
    </message>
    <message>
        <source>Left the team workspace. Everything stayed on this computer.</source>
        <translation>Forlod teamarbejdsområdet. Alt blev på denne computer.</translation>
    </message>
    <message>
        <source>Skipped a conflict copy made by the sync program (Dropbox, OneDrive…). Opstart never reads those; nothing is lost.</source>
        <translation>Sprang en konfliktkopi over, som synkroniseringsprogrammet (Dropbox, OneDrive…) har lavet. Opstart læser aldrig dem; intet går tabt.</translation>
    </message>
    <message>
        <source>Skipped a file that Opstart did not write.</source>
        <translation>Sprang en fil over, som Opstart ikke har skrevet.</translation>
    </message>
    <message>
        <source>Skipped a file that is not complete yet (still downloading?). Tried again later.</source>
        <translation>Sprang en fil over, der ikke er komplet endnu (hentes den stadig?). Prøves igen senere.</translation>
    </message>
    <message>
        <source>Skipped a damaged file (wrong length).</source>
        <translation>Sprang en beskadiget fil over (forkert længde).</translation>
    </message>
    <message>
        <source>Skipped a damaged file (not an Opstart file).</source>
        <translation>Sprang en beskadiget fil over (ikke en Opstart-fil).</translation>
    </message>
    <message>
        <source>Skipped a file from a newer Opstart. Update Opstart to read it.</source>
        <translation>Sprang en fil fra en nyere Opstart over. Opdatér Opstart for at læse den.</translation>
    </message>
    <message>
        <source>Skipped a file that was moved or copied from elsewhere.</source>
        <translation>Sprang en fil over, der er flyttet eller kopieret fra et andet sted.</translation>
    </message>
    <message>
        <source>Skipped a file locked with a newer team passphrase. Connect again to read it.</source>
        <translation>Sprang en fil over, der er låst med en nyere teamadgangsfrase. Forbind igen for at læse den.</translation>
    </message>
    <message>
        <source>Skipped a damaged or altered file (it failed its check).</source>
        <translation>Sprang en beskadiget eller ændret fil over (den bestod ikke kontrollen).</translation>
    </message>
    <message>
        <source>Skipped a file whose content is damaged.</source>
        <translation>Sprang en fil med beskadiget indhold over.</translation>
    </message>
    <message>
        <source>Skipped a file that is far too large.</source>
        <translation>Sprang en fil over, der er alt for stor.</translation>
    </message>
    <message>
        <source>A file could not be read just now. Tried again later.</source>
        <translation>En fil kunne ikke læses lige nu. Prøves igen senere.</translation>
    </message>
    <message>
        <source>Waiting for a colleague&apos;s file that has not arrived yet; the later ones wait.</source>
        <translation>Venter på en fil fra en kollega, som ikke er kommet endnu; de senere venter.</translation>
    </message>
    <message>
        <source>A colleague&apos;s computer clock runs far ahead. Their changes were taken in, but please ask them to check the date and time.</source>
        <translation>En kollegas computerur går langt foran. Ændringerne blev taget med, men bed kollegaen tjekke dato og klokkeslæt.</translation>
    </message>
    <message>
        <source>Your changes could not be written to the shared folder. They are sent next time.</source>
        <translation>Dine ændringer kunne ikke skrives til den delte mappe. De sendes næste gang.</translation>
    </message>
    <message>
        <source>The shared folder&apos;s disk is full. Your changes wait on this computer.</source>
        <translation>Disken med den delte mappe er fuld. Dine ændringer venter på denne computer.</translation>
    </message>
    <message>
        <source>Tidying up the shared folder did not succeed; the old files were kept.</source>
        <translation>Oprydningen i den delte mappe lykkedes ikke; de gamle filer blev beholdt.</translation>
    </message>
    <message>
        <source>That team passphrase does not open the team workspace in this folder. Check it, or ask a colleague for the current team passphrase.</source>
        <translation>Den teamadgangsfrase åbner ikke teamarbejdsområdet i denne mappe. Tjek den, eller spørg en kollega om den gældende teamadgangsfrase.</translation>
    </message>
    <message>
        <source>Choose a longer team passphrase: at least 10 characters, for example four words.</source>
        <translation>Vælg en længere teamadgangsfrase: mindst 10 tegn, for eksempel fire ord.</translation>
    </message>
    <message>
        <source>That folder cannot be reached. Check that the drive or cloud folder is connected.</source>
        <translation>Mappen kan ikke nås. Tjek at drevet eller skymappen er forbundet.</translation>
    </message>
    <message>
        <source>Choose another folder: the shared folder must not contain, or be inside, the folder where this vault is kept.</source>
        <translation>Vælg en anden mappe: den delte mappe må ikke indeholde eller ligge inde i den mappe, hvor denne boks gemmes.</translation>
    </message>
    <message>
        <source>This folder holds no team workspace.</source>
        <translation>Mappen indeholder intet teamarbejdsområde.</translation>
    </message>
    <message>
        <source>This folder already holds a team workspace. Join it with the team passphrase.</source>
        <translation>Mappen indeholder allerede et teamarbejdsområde. Deltag med teamadgangsfrasen.</translation>
    </message>
    <message>
        <source>This folder holds more than one team workspace. Ask your IT contact which folder to use.</source>
        <translation>Mappen indeholder mere end ét teamarbejdsområde. Spørg din IT-kontakt, hvilken mappe I skal bruge.</translation>
    </message>
    <message>
        <source>This vault already syncs with another team workspace. Leave that one first.</source>
        <translation>Denne boks synkroniserer allerede med et andet teamarbejdsområde. Forlad det først.</translation>
    </message>
    <message>
        <source>Opstart is syncing this vault in another window. Try again soon.</source>
        <translation>Opstart synkroniserer denne boks i et andet vindue. Prøv igen om lidt.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <source>Agreed action</source>
        <translation>Aftalt handling</translation>
    </message>
    <message>
        <source>SMART goal</source>
        <translation>Mål (SMART)</translation>
    </message>
    <message>
        <source>Participation ladder</source>
        <translation>Deltagelsesstige</translation>
    </message>
    <message>
        <source>Course module</source>
        <translation>Kursusmodul</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Work experience</source>
        <translation>Erhvervserfaring</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Caseworker checklist</source>
        <translation>Sagsbehandlerens tjekliste</translation>
    </message>
    <message>
        <source>Code list</source>
        <translation>Kodeliste</translation>
    </message>
    <message>
        <source>Business plan</source>
        <translation>Forretningsplan</translation>
    </message>
    <message>
        <source>Business plan answer</source>
        <translation>Svar i forretningsplanen</translation>
    </message>
    <message>
        <source>Saved plan version</source>
        <translation>Gemt planversion</translation>
    </message>
    <message>
        <source>Country settings</source>
        <translation>Landeindstillinger</translation>
    </message>
    <message>
        <source>Sync did not finish.</source>
        <translation>Synkroniseringen blev ikke færdig.</translation>
    </message>
    <message>
        <source>Skipped a file.</source>
        <translation>Sprang en fil over.</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>lige nu</translation>
    </message>
    <message>
        <source>{minutes} min ago</source>
        <translation>for {minutes} min. siden</translation>
    </message>
    <message>
        <source>{hours} h ago</source>
        <translation>for {hours} t. siden</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Denne computer</translation>
    </message>
    <message>
        <source>Another computer ({device})</source>
        <translation>En anden computer ({device})</translation>
    </message>
</context>
<context>
    <name>SyncLogDialog</name>
    <message>
        <source>Sync log</source>
        <translation>Synkroniseringslog</translation>
    </message>
    <message>
        <source>Shared folder: {folder}</source>
        <translation>Delt mappe: {folder}</translation>
    </message>
    <message>
        <source>Team sync is off.</source>
        <translation>Teamsynkronisering er slået fra.</translation>
    </message>
    <message>
        <source>Sync log entries, newest first</source>
        <translation>Synkroniseringsloggens linjer, nyeste først</translation>
    </message>
</context>
<context>
    <name>SyncLogModel</name>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Hvad skete der</translation>
    </message>
    <message>
        <source>File in the shared folder</source>
        <translation>Fil i den delte mappe</translation>
    </message>
    <message>
        <source>Synced: {received} changes received, {sent} sent.</source>
        <translation>Synkroniseret: {received} ændringer modtaget, {sent} sendt.</translation>
    </message>
    <message>
        <source>1 new conflict to review.</source>
        <translation>1 ny konflikt at gennemgå.</translation>
    </message>
    <message>
        <source>{count} new conflicts to review.</source>
        <translation>{count} nye konflikter at gennemgå.</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Team sync state</source>
        <translation>Teamsynkroniseringens tilstand</translation>
    </message>
    <message>
        <source>Team sync</source>
        <translation>Teamsynkronisering</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Konflikter at gennemgå</translation>
    </message>
    <message>
        <source>1 conflict to review</source>
        <translation>1 konflikt at gennemgå</translation>
    </message>
    <message>
        <source>{count} conflicts to review</source>
        <translation>{count} konflikter at gennemgå</translation>
    </message>
    <message>
        <source>Team sync off</source>
        <translation>Teamsynkronisering fra</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synkroniserer…</translation>
    </message>
    <message>
        <source>Synced {ago}</source>
        <translation>Synkroniseret {ago}</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Venter på at synkronisere</translation>
    </message>
    <message>
        <source>Offline – {count} changes waiting</source>
        <translation>Offline – {count} ændringer venter</translation>
    </message>
    <message>
        <source>Offline – last synced {ago}</source>
        <translation>Offline – sidst synkroniseret {ago}</translation>
    </message>
    <message>
        <source>Offline – shared folder not reachable</source>
        <translation>Offline – den delte mappe kan ikke nås</translation>
    </message>
    <message>
        <source>Enter the new team passphrase</source>
        <translation>Skriv den nye teamadgangsfrase</translation>
    </message>
    <message>
        <source>Sync problem – your changes wait here</source>
        <translation>Synkroniseringsproblem – dine ændringer venter her</translation>
    </message>
    <message>
        <source>Sync problem – see the sync log</source>
        <translation>Synkroniseringsproblem – se synkroniseringsloggen</translation>
    </message>
    <message>
        <source>Click to connect to a shared folder with your team.</source>
        <translation>Klik for at forbinde til en delt mappe med dit team.</translation>
    </message>
    <message>
        <source>Shared folder: {folder}</source>
        <translation>Delt mappe: {folder}</translation>
    </message>
    <message>
        <source>Last try: {when}</source>
        <translation>Sidste forsøg: {when}</translation>
    </message>
    <message>
        <source>Click to see the sync log.</source>
        <translation>Klik for at se synkroniseringsloggen.</translation>
    </message>
</context>
<context>
    <name>TableField</name>
    <message>
        <source>Remove the selected row</source>
        <translation>Fjern den valgte række</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>Leave the team workspace</source>
        <translation>Forlad teamarbejdsområdet</translation>
    </message>
    <message>
        <source>Stop syncing with the shared folder? Your participants stay on this computer. You can join again later with the team passphrase.</source>
        <translation>Stop synkronisering med den delte mappe? Dine deltagere bliver på denne computer. Du kan deltage igen senere med teamadgangsfrasen.</translation>
    </message>
</context>
<context>
    <name>TeamSyncMenu</name>
    <message>
        <source>&amp;Team sync</source>
        <translation>&amp;Teamsynkronisering</translation>
    </message>
    <message>
        <source>&amp;Connect to a shared folder…</source>
        <translation>&amp;Forbind til en delt mappe…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synkronisér nu</translation>
    </message>
    <message>
        <source>&amp;Review conflicts…</source>
        <translation>&amp;Gennemgå konflikter…</translation>
    </message>
    <message>
        <source>Sync &amp;log…</source>
        <translation>Synkroniserings&amp;log…</translation>
    </message>
    <message>
        <source>L&amp;eave the team workspace…</source>
        <translation>F&amp;orlad teamarbejdsområdet…</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Opstart – unlock</source>
        <translation>Opstart – lås op</translation>
    </message>
    <message>
        <source>Opstart is locked</source>
        <translation>Opstart er låst</translation>
    </message>
    <message>
        <source>Enter your passphrase to open the vault.</source>
        <translation>Skriv din adgangsfrase for at åbne boksen.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Adgangsfrase</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Husk på denne computer</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås op</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Adgangsfrase:</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Skriv din adgangsfrase først.</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>Åbner boksen …</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Plan versions</source>
        <translation>Planversioner</translation>
    </message>
    <message>
        <source>For example: Loan application</source>
        <translation>For eksempel: Låneansøgning</translation>
    </message>
    <message>
        <source>Name of the version</source>
        <translation>Versionens navn</translation>
    </message>
    <message>
        <source>&amp;Save a version</source>
        <translation>&amp;Gem en version</translation>
    </message>
    <message>
        <source>Compare from</source>
        <translation>Sammenlign fra</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Sammenlign med</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Sammenlign</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Forskelle</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>The plan now</source>
        <translation>Planen nu</translation>
    </message>
    <message>
        <source>Version saved.</source>
        <translation>Versionen er gemt.</translation>
    </message>
    <message>
        <source>Nothing changed between these versions.</source>
        <translation>Intet er ændret mellem disse versioner.</translation>
    </message>
</context>
<context>
    <name>VolumeField</name>
    <message>
        <source>Add your products in step 5 first.</source>
        <translation>Tilføj først dine produkter i trin 5.</translation>
    </message>
    <message>
        <source>Same every month</source>
        <translation>Samme hver måned</translation>
    </message>
    <message>
        <source>Start low and grow</source>
        <translation>Start lavt og voks</translation>
    </message>
    <message>
        <source>Busy in summer</source>
        <translation>Travlt om sommeren</translation>
    </message>
    <message>
        <source>Busy before Christmas</source>
        <translation>Travlt før jul</translation>
    </message>
    <message>
        <source>Copies the first month into every month.</source>
        <translation>Kopierer den første måned til alle måneder.</translation>
    </message>
</context>
</TS>
