<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en_GB">
<context>
    <name>Document</name>
    <message>
        <source>Action</source>
        <translation>Opgave</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Senest</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Side {page} af {pages}</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>Udskrevet {date}</translation>
    </message>
    <message>
        <source>What we agreed</source>
        <translation>Det har vi aftalt</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>My plan and progress</source>
        <translation>Min plan og mine fremskridt</translation>
    </message>
    <message>
        <source>Hello {name}! This is an overview of what we have worked on together.</source>
        <translation>Hej {name}! Her er et overblik over det, vi har arbejdet med sammen.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>My business idea</source>
        <translation>Min forretningsidé</translation>
    </message>
    <message>
        <source>Why I want to start my own business</source>
        <translation>Derfor vil jeg starte min egen virksomhed</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>Mine mål</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>How I will know</source>
        <translation>Sådan måler jeg det</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <source>Course modules I have attended</source>
        <translation>Kursusmoduler, jeg har deltaget i</translation>
    </message>
    <message>
        <source>Course module</source>
        <translation>Kursusmodul</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>My experience and skills</source>
        <translation>Min erfaring og mine kompetencer</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Uddannelse</translation>
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
        <translation>Certifikater</translation>
    </message>
    <message>
        <source>Work experience</source>
        <translation>Erhvervserfaring</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Stilling</translation>
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
        <source>Skills</source>
        <translation>Kompetencer</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation>Mine styrker</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprog</translation>
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
        <source>Participation ladder</source>
        <translation>Deltagelsesstige</translation>
    </message>
    <message>
        <source>Step {step}</source>
        <translation>Trin {step}</translation>
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
        <source>Isolated</source>
        <translation>Isoleret</translation>
    </message>
    <message>
        <source>Social contacts outside the home</source>
        <translation>Sociale kontakter uden for hjemmet</translation>
    </message>
    <message>
        <source>Taking part in organised activities</source>
        <translation>Deltager i organiserede aktiviteter</translation>
    </message>
    <message>
        <source>Unpaid work</source>
        <translation>Ulønnet arbejde</translation>
    </message>
    <message>
        <source>Paid work with support</source>
        <translation>Lønnet arbejde med støtte</translation>
    </message>
    <message>
        <source>Paid work</source>
        <translation>Lønnet arbejde</translation>
    </message>
    <message>
        <source>Other information</source>
        <translation>Andre oplysninger</translation>
    </message>
    <message>
        <source>My consent</source>
        <translation>Mit samtykke</translation>
    </message>
    <message>
        <source>You gave your consent on {date}.</source>
        <translation>Du gav dit samtykke den {date}.</translation>
    </message>
    <message>
        <source>Version: {version}.</source>
        <translation>Version: {version}.</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Using my photo</source>
        <translation>Brug af mit foto</translation>
    </message>
    <message>
        <source>Sharing my data with partners</source>
        <translation>Deling af mine oplysninger med samarbejdspartnere</translation>
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
        <source>You can always ask to see everything we have stored about you.</source>
        <translation>Du kan altid bede om at se alle de oplysninger, vi har gemt om dig.</translation>
    </message>
</context>
<context>
    <name>MeetingSummary</name>
    <message>
        <source>Summary of our meeting</source>
        <translation>Opsummering af vores samtale</translation>
    </message>
    <message>
        <source>Start meeting</source>
        <translation>Startsamtale</translation>
    </message>
    <message>
        <source>Midway meeting</source>
        <translation>Midtvejssamtale</translation>
    </message>
    <message>
        <source>Final meeting</source>
        <translation>Slutsamtale</translation>
    </message>
    <message>
        <source>Follow-up meeting</source>
        <translation>Opfølgningssamtale</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <source>{meeting} on {date}</source>
        <translation>{meeting} {date}</translation>
    </message>
    <message>
        <source>What we talked about</source>
        <translation>Det talte vi om</translation>
    </message>
    <message>
        <source>Our next meeting</source>
        <translation>Vores næste samtale</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} kl. {time}</translation>
    </message>
    <message>
        <source>Questions? Contact your coach</source>
        <translation>Spørgsmål? Kontakt din coach</translation>
    </message>
</context>
</TS>
