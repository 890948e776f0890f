<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>App</name>
    <message>
        <source>This is the demo vault. Its passphrase is: {passphrase}</source>
        <translation>Dit is de demokluis. Het wachtwoord is: {passphrase}</translation>
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
    <name>Errors</name>
    <message>
        <source>That passphrase does not open this vault. Check Caps Lock and try again.</source>
        <translation>Met deze wachtwoordzin gaat de kluis niet open. Controleer Caps Lock en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The vault's key file is damaged or missing. Your passphrase was not checked. Restore the data folder from a backup or ask your IT contact.</source>
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
    <name>InlineMessage</name>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
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
        <source>&amp;Find participant</source>
        <translation>Deelnemer &amp;zoeken</translation>
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
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>Find a participant by name</source>
        <translation>Zoek een deelnemer op naam</translation>
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
        <source>Demo vault with fictional people – deleted when you quit</source>
        <translation>Demokluis met verzonnen personen – wordt gewist als je afsluit</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>About Opstart</source>
        <translation>Over Opstart</translation>
    </message>
    <message>
        <source>Opstart {version}

Participant profiles, business plans and handouts for coaches of micro-enterprise programmes. Your data stays encrypted on this computer.</source>
        <translation>Opstart {version}

Deelnemersprofielen, ondernemingsplannen en uitdraaien voor begeleiders van programma's voor startende ondernemers. Je gegevens blijven versleuteld op deze computer.</translation>
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
    <name>ParticipantEditor</name>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>For example: Mette</source>
        <translation>Bijvoorbeeld: Fatima</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>For example: Jensen</source>
        <translation>Bijvoorbeeld: de Vries</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>What did you talk about? What is the next step? (Saved automatically)</source>
        <translation>Waar hebben jullie over gepraat? Wat is de volgende stap? (Wordt automatisch opgeslagen)</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Voornaam:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Achternaam:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nieuwe deelnemer</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
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
</TS>