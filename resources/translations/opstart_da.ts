<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="da">
<context>
    <name>App</name>
    <message>
        <source>This is the demo vault. Its passphrase is: {passphrase}</source>
        <translation>Dette er demo-boksen. Adgangsfrasen er: {passphrase}</translation>
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
    <name>Errors</name>
    <message>
        <source>That passphrase does not open this vault. Check Caps Lock and try again.</source>
        <translation>Den adgangsfrase åbner ikke denne boks. Tjek Caps Lock, og prøv igen.</translation>
    </message>
    <message>
        <source>The vault's key file is damaged or missing. Your passphrase was not checked. Restore the data folder from a backup or ask your IT contact.</source>
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
    <name>InlineMessage</name>
    <message>
        <source>Message</source>
        <translation>Besked</translation>
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
        <source>&amp;Find participant</source>
        <translation>&amp;Find deltager</translation>
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
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hovedværktøjslinje</translation>
    </message>
    <message>
        <source>Find a participant by name</source>
        <translation>Find en deltager ud fra navn</translation>
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
        <source>Demo vault with fictional people – deleted when you quit</source>
        <translation>Demo-boks med opdigtede personer – slettes, når du afslutter</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Gemmer …</translation>
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
    <name>ParticipantEditor</name>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>For example: Mette</source>
        <translation>For eksempel: Mette</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternavn</translation>
    </message>
    <message>
        <source>For example: Jensen</source>
        <translation>For eksempel: Jensen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>What did you talk about? What is the next step? (Saved automatically)</source>
        <translation>Hvad talte I om? Hvad er næste skridt? (Gemmes automatisk)</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Fornavn:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Efternavn:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Ny deltager</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternavn</translation>
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
</TS>