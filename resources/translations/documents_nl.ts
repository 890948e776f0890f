<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>Document</name>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>Afgedrukt op {date}</translation>
    </message>
    <message>
        <source>What we agreed</source>
        <translation>Wat we hebben afgesproken</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>My plan and progress</source>
        <translation>Mijn plan en voortgang</translation>
    </message>
    <message>
        <source>Hello {name}! This is an overview of what we have worked on together.</source>
        <translation>Hallo {name}! Hier zie je een overzicht van waar we samen aan hebben gewerkt.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>My business idea</source>
        <translation>Mijn bedrijfsidee</translation>
    </message>
    <message>
        <source>Why I want to start my own business</source>
        <translation>Waarom ik een eigen bedrijf wil starten</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>Mijn doelen</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>How I will know</source>
        <translation>Zo meet ik het</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nog niet begonnen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Behaald</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Bijgesteld</translation>
    </message>
    <message>
        <source>Course modules I have attended</source>
        <translation>Cursusmodules die ik heb gevolgd</translation>
    </message>
    <message>
        <source>Course module</source>
        <translation>Cursusmodule</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>My experience and skills</source>
        <translation>Mijn ervaring en vaardigheden</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Opleiding</translation>
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
        <translation>Certificaten</translation>
    </message>
    <message>
        <source>Work experience</source>
        <translation>Werkervaring</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
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
        <source>Skills</source>
        <translation>Vaardigheden</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation>Mijn sterke kanten</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
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
        <source>Participation ladder</source>
        <translation>Participatieladder</translation>
    </message>
    <message>
        <source>Step {step}</source>
        <translation>Trede {step}</translation>
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
        <source>Isolated</source>
        <translation>Geïsoleerd</translation>
    </message>
    <message>
        <source>Social contacts outside the home</source>
        <translation>Sociale contacten buitenshuis</translation>
    </message>
    <message>
        <source>Taking part in organised activities</source>
        <translation>Deelname aan georganiseerde activiteiten</translation>
    </message>
    <message>
        <source>Unpaid work</source>
        <translation>Onbetaald werk</translation>
    </message>
    <message>
        <source>Paid work with support</source>
        <translation>Betaald werk met ondersteuning</translation>
    </message>
    <message>
        <source>Paid work</source>
        <translation>Betaald werk</translation>
    </message>
    <message>
        <source>Other information</source>
        <translation>Overige informatie</translation>
    </message>
    <message>
        <source>My consent</source>
        <translation>Mijn toestemming</translation>
    </message>
    <message>
        <source>You gave your consent on {date}.</source>
        <translation>Je hebt op {date} toestemming gegeven.</translation>
    </message>
    <message>
        <source>Version: {version}.</source>
        <translation>Versie: {version}.</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Waarvoor</translation>
    </message>
    <message>
        <source>Using my photo</source>
        <translation>Gebruik van mijn foto</translation>
    </message>
    <message>
        <source>Sharing my data with partners</source>
        <translation>Mijn gegevens delen met partners</translation>
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
        <source>You can always ask to see everything we have stored about you.</source>
        <translation>Je kunt altijd vragen om alles in te zien wat we over je hebben opgeslagen.</translation>
    </message>
</context>
<context>
    <name>MeetingSummary</name>
    <message>
        <source>Summary of our meeting</source>
        <translation>Samenvatting van ons gesprek</translation>
    </message>
    <message>
        <source>Start meeting</source>
        <translation>Startgesprek</translation>
    </message>
    <message>
        <source>Midway meeting</source>
        <translation>Tussengesprek</translation>
    </message>
    <message>
        <source>Final meeting</source>
        <translation>Eindgesprek</translation>
    </message>
    <message>
        <source>Follow-up meeting</source>
        <translation>Vervolggesprek</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>{meeting} on {date}</source>
        <translation>{meeting} op {date}</translation>
    </message>
    <message>
        <source>What we talked about</source>
        <translation>Waar we het over hadden</translation>
    </message>
    <message>
        <source>Our next meeting</source>
        <translation>Ons volgende gesprek</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} om {time} uur</translation>
    </message>
    <message>
        <source>Questions? Contact your coach</source>
        <translation>Vragen? Neem contact op met je coach</translation>
    </message>
</context>
</TS>
