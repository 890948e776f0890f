<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>BusinessPlan</name>
    <message>
        <source>0 %</source>
        <translation>0 %</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>Over mij</translation>
    </message>
    <message>
        <source>All amounts are in {currency}. The budgets are excl. VAT; the liquidity budget is incl. VAT, because VAT passes through the bank account.</source>
        <translation>Alle bedragen zijn in {currency}. De begrotingen zijn excl. btw; de liquiditeitsbegroting is incl. btw, omdat de btw via de bankrekening loopt.</translation>
    </message>
    <message>
        <source>All costs</source>
        <translation>Alle kosten</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Amounts excl. VAT. The buffer pays the fixed costs while sales are still growing.</source>
        <translation>Bedragen excl. btw. De buffer betaalt de vaste kosten zolang de verkoop nog groeit.</translation>
    </message>
    <message>
        <source>Amounts excl. VAT. Year 1 month by month is in the tables at the back.</source>
        <translation>Bedragen excl. btw. Jaar 1 per maand staat in de tabellen achterin.</translation>
    </message>
    <message>
        <source>Amounts in {currency}.</source>
        <translation>Bedragen in {currency}.</translation>
    </message>
    <message>
        <source>Annuity loan</source>
        <translation>Annuïteitenlening</translation>
    </message>
    <message>
        <source>Application for a bank loan</source>
        <translation>Aanvraag voor een banklening</translation>
    </message>
    <message>
        <source>Application for a microloan</source>
        <translation>Aanvraag voor een microkrediet</translation>
    </message>
    <message>
        <source>At the end of {month} the account is {amount} below zero. The plan needs that much more financing, or a credit line.</source>
        <translation>Eind {month} staat de rekening {amount} onder nul. Het plan heeft zoveel extra financiering nodig, of een kredietlijn.</translation>
    </message>
    <message>
        <source>Both axes: {currency} per month, excl. VAT. Where the sales line crosses a cost line, that is the break-even point.</source>
        <translation>Beide assen: {currency} per maand, excl. btw. Waar de verkooplijn een kostenlijn kruist, ligt het break-evenpunt.</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Break-even</translation>
    </message>
    <message>
        <source>Break-even sales per month</source>
        <translation>Break-evenomzet per maand</translation>
    </message>
    <message>
        <source>Brought in by me</source>
        <translation>Zelf ingebracht</translation>
    </message>
    <message>
        <source>Buffer: {months} months of fixed costs</source>
        <translation>Buffer: {months} maanden vaste kosten</translation>
    </message>
    <message>
        <source>Business plan</source>
        <translation>Ondernemingsplan</translation>
    </message>
    <message>
        <source>By the end of month {month} ({name}), the profits have covered all the costs so far.</source>
        <translation>Aan het eind van maand {month} ({name}) heeft de winst alle kosten tot dan toe gedekt.</translation>
    </message>
    <message>
        <source>Can I live from the business? What the business leaves after tax and repayments, compared with what my household needs. A ratio of {one} or more means self-supporting.</source>
        <translation>Kan ik van het bedrijf leven? Wat het bedrijf overlaat na belasting en aflossingen, vergeleken met wat mijn huishouden nodig heeft. Een verhouding van {one} of meer betekent uitkeringsonafhankelijk.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Child benefit</source>
        <translation>Kinderbijslag</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Kinderopvang</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Eindsaldo</translation>
    </message>
    <message>
        <source>Coach assesses</source>
        <translation>Beoordeelt de coach</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Competitors and prices compared</source>
        <translation>Concurrenten en prijzen vergeleken</translation>
    </message>
    <message>
        <source>Concrete marketing plan for the first customers</source>
        <translation>Concreet marketingplan voor de eerste klanten</translation>
    </message>
    <message>
        <source>Contribution margin</source>
        <translation>Dekkingsbijdrage</translation>
    </message>
    <message>
        <source>Contribution margin ratio</source>
        <translation>Dekkingsgraad</translation>
    </message>
    <message>
        <source>Cost per unit</source>
        <translation>Kosten per eenheid</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Costs and my living</source>
        <translation>Kosten en mijn levensonderhoud</translation>
    </message>
    <message>
        <source>Customers and their problem</source>
        <translation>Klanten en hun probleem</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Date and signature</source>
        <translation>Datum en handtekening</translation>
    </message>
    <message>
        <source>Debt payments</source>
        <translation>Aflossing van schulden</translation>
    </message>
    <message>
        <source>Debts are known, with no problem debt or a plan for it</source>
        <translation>Schulden zijn bekend, zonder problematische schulden of met een plan</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Depreciation</source>
        <translation>Afschrijvingen</translation>
    </message>
    <message>
        <source>Documents attached (ID, quotes, contracts)</source>
        <translation>Documenten bijgevoegd (ID, offertes, contracten)</translation>
    </message>
    <message>
        <source>Evidence of demand: customers asked, orders</source>
        <translation>Bewijs van vraag: gevraagde klanten, orders</translation>
    </message>
    <message>
        <source>Expected sales, year 1</source>
        <translation>Verwachte verkoop, jaar 1</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Financiering</translation>
    </message>
    <message>
        <source>Financing covers the whole need</source>
        <translation>De financiering dekt de hele behoefte</translation>
    </message>
    <message>
        <source>Fixed costs</source>
        <translation>Vaste kosten</translation>
    </message>
    <message>
        <source>Fixed costs in detail</source>
        <translation>Vaste kosten in detail</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Eten en drinken</translation>
    </message>
    <message>
        <source>From month {month} ({name}) the business pays my private draw from its own sales.</source>
        <translation>Vanaf maand {month} ({name}) betaalt het bedrijf mijn privé-opname uit de eigen verkoop.</translation>
    </message>
    <message>
        <source>Goals and next steps</source>
        <translation>Doelen en volgende stappen</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Subsidie</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Subsidies</translation>
    </message>
    <message>
        <source>Health and personal barriers are manageable</source>
        <translation>Gezondheid en persoonlijke belemmeringen zijn hanteerbaar</translation>
    </message>
    <message>
        <source>Heating, water and electricity</source>
        <translation>Gas, water en licht</translation>
    </message>
    <message>
        <source>Household expenses</source>
        <translation>Uitgaven van het huishouden</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Wonen</translation>
    </message>
    <message>
        <source>Housing support</source>
        <translation>Huurtoeslag</translation>
    </message>
    <message>
        <source>I need from the business each month</source>
        <translation>Dit heb ik elke maand nodig uit het bedrijf</translation>
    </message>
    <message>
        <source>Idea clearly described: what, for whom, why me</source>
        <translation>Idee duidelijk beschreven: wat, voor wie, waarom ik</translation>
    </message>
    <message>
        <source>In year 1 the business leaves {cash} for me and my household, after tax and repayments. We need {need}. Result: {verdict}.</source>
        <translation>In jaar 1 laat het bedrijf {cash} over voor mij en mijn huishouden, na belasting en aflossingen. We hebben {need} nodig. Resultaat: {verdict}.</translation>
    </message>
    <message>
        <source>Income support during the start is arranged</source>
        <translation>Inkomen tijdens de start is geregeld</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Verzekeringen</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Rente</translation>
    </message>
    <message>
        <source>Interest rate per year</source>
        <translation>Rente per jaar</translation>
    </message>
    <message>
        <source>Interest-free loan</source>
        <translation>Renteloze lening</translation>
    </message>
    <message>
        <source>Investments</source>
        <translation>Investeringen</translation>
    </message>
    <message>
        <source>Last instalment</source>
        <translation>Laatste termijn</translation>
    </message>
    <message>
        <source>Left for me and my household</source>
        <translation>Over voor mij en mijn huishouden</translation>
    </message>
    <message>
        <source>Linear loan</source>
        <translation>Lineaire lening</translation>
    </message>
    <message>
        <source>Liquidity budget month by month</source>
        <translation>Liquiditeitsbegroting per maand</translation>
    </message>
    <message>
        <source>Liquidity budget, year 1 month by month: {currency}, incl. VAT, rounded to whole amounts.</source>
        <translation>Liquiditeitsbegroting, jaar 1 per maand: {currency}, incl. btw, afgerond op hele bedragen.</translation>
    </message>
    <message>
        <source>Living ratio</source>
        <translation>Leefbaarheidsverhouding</translation>
    </message>
    <message>
        <source>Living test, year 1</source>
        <translation>Kan ik ervan leven? Jaar 1</translation>
    </message>
    <message>
        <source>Loan instalments</source>
        <translation>Aflossing en rente leningen</translation>
    </message>
    <message>
        <source>Loan repayment schedule</source>
        <translation>Aflossingsschema</translation>
    </message>
    <message>
        <source>Loans paid out</source>
        <translation>Uitbetaalde leningen</translation>
    </message>
    <message>
        <source>Lowest bank balance</source>
        <translation>Laagste banksaldo</translation>
    </message>
    <message>
        <source>Market and competitors</source>
        <translation>Markt en concurrenten</translation>
    </message>
    <message>
        <source>Marketing and sales</source>
        <translation>Marketing en verkoop</translation>
    </message>
    <message>
        <source>Microloan</source>
        <translation>Microkrediet</translation>
    </message>
    <message>
        <source>Minus</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Minus income tax</source>
        <translation>Min inkomstenbelasting</translation>
    </message>
    <message>
        <source>Minus loan repayments</source>
        <translation>Min aflossingen</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Ontbreekt</translation>
    </message>
    <message>
        <source>Money in</source>
        <translation>Geld erin</translation>
    </message>
    <message>
        <source>Money in the bank</source>
        <translation>Geld op de bank</translation>
    </message>
    <message>
        <source>Money in the bank at the end of the month ({currency})</source>
        <translation>Geld op de bank aan het eind van de maand ({currency})</translation>
    </message>
    <message>
        <source>Money in the bank every month</source>
        <translation>Elke maand geld op de bank</translation>
    </message>
    <message>
        <source>Money out</source>
        <translation>Geld eruit</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Months without repayment</source>
        <translation>Maanden zonder aflossing</translation>
    </message>
    <message>
        <source>My household</source>
        <translation>Mijn huishouden</translation>
    </message>
    <message>
        <source>My own plan</source>
        <translation>Mijn eigen plan</translation>
    </message>
    <message>
        <source>My own share of the financing: {share}.</source>
        <translation>Mijn eigen aandeel in de financiering: {share}.</translation>
    </message>
    <message>
        <source>Needs work</source>
        <translation>Moet beter</translation>
    </message>
    <message>
        <source>No break-even point can be calculated yet: each sale must bring in more than it costs to make.</source>
        <translation>Het break-evenpunt kan nog niet worden berekend: elke verkoop moet meer opbrengen dan hij kost.</translation>
    </message>
    <message>
        <source>Not relevant</source>
        <translation>Niet van toepassing</translation>
    </message>
    <message>
        <source>Not yet self-supporting</source>
        <translation>Nog niet uitkeringsonafhankelijk</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>In orde</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Beginsaldo</translation>
    </message>
    <message>
        <source>Operating budget</source>
        <translation>Exploitatiebegroting</translation>
    </message>
    <message>
        <source>Operating budget month by month</source>
        <translation>Exploitatiebegroting per maand</translation>
    </message>
    <message>
        <source>Operating budget, year 1 month by month: {currency}, excl. VAT, rounded to whole amounts.</source>
        <translation>Exploitatiebegroting, jaar 1 per maand: {currency}, excl. btw, afgerond op hele bedragen.</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Kansen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Other loan</source>
        <translation>Andere lening</translation>
    </message>
    <message>
        <source>Overview: {counts}</source>
        <translation>Overzicht: {counts}</translation>
    </message>
    <message>
        <source>Owed at the end</source>
        <translation>Schuld aan het eind</translation>
    </message>
    <message>
        <source>Owed at the start</source>
        <translation>Schuld aan het begin</translation>
    </message>
    <message>
        <source>Own funds</source>
        <translation>Eigen inbreng</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Uitbetaald</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Partly self-supporting</source>
        <translation>Gedeeltelijk uitkeringsafhankelijk</translation>
    </message>
    <message>
        <source>Partner's income</source>
        <translation>Inkomen partner</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Per maand</translation>
    </message>
    <message>
        <source>Per plan year</source>
        <translation>Per planjaar</translation>
    </message>
    <message>
        <source>Per year</source>
        <translation>Per jaar</translation>
    </message>
    <message>
        <source>Permits, insurance, registration and VAT</source>
        <translation>Vergunningen, verzekering, inschrijving en btw</translation>
    </message>
    <message>
        <source>Phone and internet</source>
        <translation>Telefoon en internet</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>Versie van het plan</translation>
    </message>
    <message>
        <source>Plan year</source>
        <translation>Planjaar</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Geplande start</translation>
    </message>
    <message>
        <source>Plus depreciation</source>
        <translation>Plus afschrijvingen</translation>
    </message>
    <message>
        <source>Practical matters</source>
        <translation>Praktische zaken</translation>
    </message>
    <message>
        <source>Preliminary income tax</source>
        <translation>Voorlopige aanslag</translation>
    </message>
    <message>
        <source>Price excl. VAT</source>
        <translation>Prijs (excl. btw)</translation>
    </message>
    <message>
        <source>Private budget</source>
        <translation>Privébegroting</translation>
    </message>
    <message>
        <source>Private draw</source>
        <translation>Privé-opname</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Products and prices</source>
        <translation>Producten en prijzen</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Inkopen</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Remaining benefit</source>
        <translation>Resterende uitkering</translation>
    </message>
    <message>
        <source>Repaid</source>
        <translation>Afgelost</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Result before tax</source>
        <translation>Resultaat voor belasting</translation>
    </message>
    <message>
        <source>Result before tax, year 1</source>
        <translation>Resultaat voor belasting, jaar 1</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Omzet</translation>
    </message>
    <message>
        <source>Revenue, year 1</source>
        <translation>Omzet, jaar 1</translation>
    </message>
    <message>
        <source>Risks and plan B</source>
        <translation>Risico's en plan B</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkoop</translation>
    </message>
    <message>
        <source>Sales assumptions are realistic</source>
        <translation>De verwachte verkoop is realistisch</translation>
    </message>
    <message>
        <source>Sales received</source>
        <translation>Ontvangsten uit verkoop</translation>
    </message>
    <message>
        <source>Self-supporting</source>
        <translation>Uitkeringsonafhankelijk</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Handtekeningen</translation>
    </message>
    <message>
        <source>Start costs</source>
        <translation>Startkosten</translation>
    </message>
    <message>
        <source>Start-up budget</source>
        <translation>Investeringsbegroting</translation>
    </message>
    <message>
        <source>Start-up budget complete, with quotes</source>
        <translation>Investeringsbegroting compleet, met offertes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Nog tekort</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Sterke punten</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>The business idea</source>
        <translation>Het bedrijfsidee</translation>
    </message>
    <message>
        <source>The first 12 months</source>
        <translation>De eerste 12 maanden</translation>
    </message>
    <message>
        <source>The liquidity budget follows the money in and out of the bank account, VAT included. Month by month details are in the tables on the next pages.</source>
        <translation>De liquiditeitsbegroting volgt het geld dat de bankrekening in- en uitgaat, inclusief btw. De details per maand staan in de tabellen op de volgende pagina's.</translation>
    </message>
    <message>
        <source>The living test</source>
        <translation>Kan ik ervan leven?</translation>
    </message>
    <message>
        <source>The loan can be repaid from the surplus</source>
        <translation>De lening kan uit de winst worden afgelost</translation>
    </message>
    <message>
        <source>The person: motivation, skills, experience, hours</source>
        <translation>De persoon: motivatie, vaardigheden, ervaring, uren</translation>
    </message>
    <message>
        <source>The plan in plain words</source>
        <translation>Het plan in gewone woorden</translation>
    </message>
    <message>
        <source>The plan needs {need} to start. It is financed by {sources}.</source>
        <translation>Het plan heeft {need} nodig om te starten. Dit wordt betaald met {sources}.</translation>
    </message>
    <message>
        <source>The points a caseworker or a lender looks at. Green is OK, amber needs work, red is missing; grey points are for the coach to assess in the meeting.</source>
        <translation>Waar een klantmanager of geldverstrekker naar kijkt. Groen is in orde, oranje moet beter, rood ontbreekt; grijze punten beoordeelt de coach in het gesprek.</translation>
    </message>
    <message>
        <source>There is money in the account every month. The lowest balance is {amount} at the end of {month}.</source>
        <translation>Er staat elke maand geld op de rekening. Het laagste saldo is {amount} eind {month}.</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Bedreigingen</translation>
    </message>
    <message>
        <source>To pay all the costs of the business, sales must reach {costs} a month (excl. VAT). To also live from it, they must reach {living} a month.</source>
        <translation>Om alle kosten van het bedrijf te betalen, moet de verkoop {costs} per maand halen (excl. btw). Om er ook van te leven, moet dat {living} per maand zijn.</translation>
    </message>
    <message>
        <source>Top risks</source>
        <translation>De grootste risico's</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Total financing</source>
        <translation>Totale financiering</translation>
    </message>
    <message>
        <source>Total in</source>
        <translation>Totaal erin</translation>
    </message>
    <message>
        <source>Total interest</source>
        <translation>Totale rente</translation>
    </message>
    <message>
        <source>Total need</source>
        <translation>Totale behoefte</translation>
    </message>
    <message>
        <source>Total out</source>
        <translation>Totaal eruit</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Vervoer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Btw</translation>
    </message>
    <message>
        <source>VAT paid</source>
        <translation>Betaalde btw</translation>
    </message>
    <message>
        <source>VAT refunded</source>
        <translation>Terugontvangen btw</translation>
    </message>
    <message>
        <source>VAT that cannot be reclaimed</source>
        <translation>Btw die niet terug te vragen is</translation>
    </message>
    <message>
        <source>VAT to pay before it is refunded</source>
        <translation>Btw die vooruit betaald moet worden</translation>
    </message>
    <message>
        <source>Variable costs</source>
        <translation>Variabele kosten</translation>
    </message>
    <message>
        <source>Version {version} · {date}</source>
        <translation>Versie {version} · {date}</translation>
    </message>
    <message>
        <source>We have read this plan together.</source>
        <translation>We hebben dit plan samen doorgelezen.</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Zwakke punten</translation>
    </message>
    <message>
        <source>What I need before the first sale</source>
        <translation>Dit heb ik nodig voor de eerste verkoop</translation>
    </message>
    <message>
        <source>What I will do then</source>
        <translation>Dit doe ik dan</translation>
    </message>
    <message>
        <source>What could go wrong</source>
        <translation>Wat kan er misgaan</translation>
    </message>
    <message>
        <source>What is checked</source>
        <translation>Wat wordt bekeken</translation>
    </message>
    <message>
        <source>What my household needs</source>
        <translation>Wat mijn huishouden nodig heeft</translation>
    </message>
    <message>
        <source>Where the money comes from</source>
        <translation>Waar het geld vandaan komt</translation>
    </message>
    <message>
        <source>With an expected tax rate of {rate}, the business must earn {gross} a year before tax to pay for this.</source>
        <translation>Met een verwacht belastingtarief van {rate} moet het bedrijf {gross} per jaar voor belasting verdienen om dit te betalen.</translation>
    </message>
    <message>
        <source>Written off over</source>
        <translation>Afgeschreven in</translation>
    </message>
    <message>
        <source>Year 1</source>
        <translation>Jaar 1</translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>Jaar {year}</translation>
    </message>
    <message>
        <source>You must sell {units} of “{product}” a month to pay your costs, and {living} to also live from it.</source>
        <translation>Je moet {units} keer ‘{product}’ per maand verkopen om je kosten te betalen, en {living} keer om er ook van te leven.</translation>
    </message>
    <message>
        <source>brought in by me</source>
        <translation>zelf ingebracht</translation>
    </message>
    <message>
        <source>exempt</source>
        <translation>vrijgesteld</translation>
    </message>
    <message>
        <source>grants</source>
        <translation>subsidies</translation>
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
        <source>microloan</source>
        <translation>microkrediet</translation>
    </message>
    <message>
        <source>other loans</source>
        <translation>andere leningen</translation>
    </message>
    <message>
        <source>own funds</source>
        <translation>eigen inbreng</translation>
    </message>
    <message>
        <source>piece</source>
        <translation>stuk</translation>
    </message>
    <message>
        <source>reduced rate</source>
        <translation>laag tarief</translation>
    </message>
    <message>
        <source>standard rate</source>
        <translation>algemeen tarief</translation>
    </message>
    <message>
        <source>{years} years</source>
        <translation>{years} jaar</translation>
    </message>
</context>
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
    <message>
        <source>Where I am now</source>
        <translation>Waar ik nu sta</translation>
    </message>
    <message>
        <source>{outcome}, since {date}</source>
        <translation>{outcome}, sinds {date}</translation>
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
<context>
    <name>PlanQuestions</name>
    <message>
        <source>A rented place</source>
        <translation>Een gehuurde ruimte</translation>
    </message>
    <message>
        <source>An accountant</source>
        <translation>Een boekhouder</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>Thuis</translation>
    </message>
    <message>
        <source>Bookkeeping</source>
        <translation>Boekhouding</translation>
    </message>
    <message>
        <source>CVR number</source>
        <translation>CVR-nummer</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Concurrenten</translation>
    </message>
    <message>
        <source>Education and courses</source>
        <translation>Opleiding en cursussen</translation>
    </message>
    <message>
        <source>Facebook / Instagram</source>
        <translation>Facebook / Instagram</translation>
    </message>
    <message>
        <source>Flyers</source>
        <translation>Flyers</translation>
    </message>
    <message>
        <source>Help from the programme</source>
        <translation>Hulp vanuit het programma</translation>
    </message>
    <message>
        <source>Hours per week for the business</source>
        <translation>Uren per week voor het bedrijf</translation>
    </message>
    <message>
        <source>How I chose my prices</source>
        <translation>Zo heb ik mijn prijzen gekozen</translation>
    </message>
    <message>
        <source>How I find my first 10 customers</source>
        <translation>Zo vind ik mijn eerste 10 klanten</translation>
    </message>
    <message>
        <source>How people will hear about me</source>
        <translation>Zo horen mensen van mij</translation>
    </message>
    <message>
        <source>I do it myself</source>
        <translation>Dat doe ik zelf</translation>
    </message>
    <message>
        <source>Important equipment</source>
        <translation>Belangrijke spullen</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Verzekering</translation>
    </message>
    <message>
        <source>KvK number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <source>Languages I speak</source>
        <translation>Talen die ik spreek</translation>
    </message>
    <message>
        <source>Market stall</source>
        <translation>Marktkraam</translation>
    </message>
    <message>
        <source>My customers</source>
        <translation>Mijn klanten</translation>
    </message>
    <message>
        <source>My first customers</source>
        <translation>Mijn eerste klanten</translation>
    </message>
    <message>
        <source>My network</source>
        <translation>Mijn netwerk</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation>Mijn sterke punten</translation>
    </message>
    <message>
        <source>No premises needed</source>
        <translation>Geen ruimte nodig</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>Partner shops</source>
        <translation>Partnerwinkels</translation>
    </message>
    <message>
        <source>People I have asked</source>
        <translation>Mensen die ik heb gevraagd</translation>
    </message>
    <message>
        <source>Permits and licences</source>
        <translation>Vergunningen</translation>
    </message>
    <message>
        <source>Plan B</source>
        <translation>Plan B</translation>
    </message>
    <message>
        <source>Possible customers nearby</source>
        <translation>Mogelijke klanten in de buurt</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>Bedrijfsruimte</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Registratienummer</translation>
    </message>
    <message>
        <source>Sales actions</source>
        <translation>Verkoopacties</translation>
    </message>
    <message>
        <source>Sole proprietorship</source>
        <translation>Eenmanszaak</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Suppliers and partners</source>
        <translation>Leveranciers en partners</translation>
    </message>
    <message>
        <source>The number I watch every week</source>
        <translation>Het getal dat ik elke week volg</translation>
    </message>
    <message>
        <source>The problem I solve for them</source>
        <translation>Het probleem dat ik voor hen oplos</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Aan wie</translation>
    </message>
    <message>
        <source>Type of business</source>
        <translation>Rechtsvorm</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>What I can do that helps the business</source>
        <translation>Wat ik kan en wat het bedrijf helpt</translation>
    </message>
    <message>
        <source>What I sell</source>
        <translation>Wat ik verkoop</translation>
    </message>
    <message>
        <source>What I still want to learn</source>
        <translation>Wat ik nog wil leren</translation>
    </message>
    <message>
        <source>What is changing in my market</source>
        <translation>Wat er verandert in mijn markt</translation>
    </message>
    <message>
        <source>What makes it special</source>
        <translation>Wat het bijzonder maakt</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Wat ze zeiden</translation>
    </message>
    <message>
        <source>Where I will work</source>
        <translation>Waar ik ga werken</translation>
    </message>
    <message>
        <source>Why I want my own business</source>
        <translation>Waarom ik een eigen bedrijf wil</translation>
    </message>
    <message>
        <source>Why me</source>
        <translation>Waarom ik</translation>
    </message>
    <message>
        <source>Word of mouth</source>
        <translation>Mond-tot-mondreclame</translation>
    </message>
    <message>
        <source>Work experience</source>
        <translation>Werkervaring</translation>
    </message>
    <message>
        <source>price {value}</source>
        <translation>prijs {value}</translation>
    </message>
    <message>
        <source>strong point: {value}</source>
        <translation>sterk punt: {value}</translation>
    </message>
    <message>
        <source>weak point: {value}</source>
        <translation>zwak punt: {value}</translation>
    </message>
</context>
<context>
    <name>ProfileCode</name>
    <message>
        <source>A-dagpenge (unemployment insurance)</source>
        <translation>A-dagpenge (WW DK)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Anonymous programme reports</source>
        <translation>Anonieme rapportages over het traject</translation>
    </message>
    <message>
        <source>Applied for</source>
        <translation>Aangevraagd</translation>
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
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Bachelor</source>
        <translation>Bachelor</translation>
    </message>
    <message>
        <source>Bbz (self-employment support)</source>
        <translation>Bbz</translation>
    </message>
    <message>
        <source>Being repaid</source>
        <translation>Wordt afgelost</translation>
    </message>
    <message>
        <source>Benefit or legal rules</source>
        <translation>Regels van uitkering of wet</translation>
    </message>
    <message>
        <source>Bijstand (Participatiewet)</source>
        <translation>Bijstand (Participatiewet)</translation>
    </message>
    <message>
        <source>Bookkeeping and accounting</source>
        <translation>Boekhouding en administratie</translation>
    </message>
    <message>
        <source>Business plan</source>
        <translation>Ondernemingsplan</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Kinderopvang</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Begeleiding</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communicatie</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Afgerond</translation>
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
        <source>Criminal record</source>
        <translation>Strafblad</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Deens</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>Schulden</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Denemarken</translation>
    </message>
    <message>
        <source>Digital skills</source>
        <translation>Digitale vaardigheden</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Beperking</translation>
    </message>
    <message>
        <source>Doctorate</source>
        <translation>Doctoraat</translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation>Uitgevallen</translation>
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
        <source>Financial or debt problems</source>
        <translation>Financiële of schuldproblemen</translation>
    </message>
    <message>
        <source>Found a job</source>
        <translation>Baan gevonden</translation>
    </message>
    <message>
        <source>Found the right next step</source>
        <translation>De juiste volgende stap gevonden</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>Førtidspension (disability pension)</source>
        <translation>Førtidspension (arbeidsongeschiktheid DK)</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Toegekend</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Huisvesting</translation>
    </message>
    <message>
        <source>IOAW</source>
        <translation>IOAW</translation>
    </message>
    <message>
        <source>Idea development</source>
        <translation>Ideeontwikkeling</translation>
    </message>
    <message>
        <source>Idea not viable</source>
        <translation>Idee niet levensvatbaar</translation>
    </message>
    <message>
        <source>In arrears</source>
        <translation>Achterstallig</translation>
    </message>
    <message>
        <source>Kontanthjælp (cash benefit)</source>
        <translation>Kontanthjælp (bijstand DK)</translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation>Koerdisch</translation>
    </message>
    <message>
        <source>Lack of motivation / no-show</source>
        <translation>Gebrek aan motivatie / niet verschenen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Ledighedsydelse (fleksjob)</source>
        <translation>Ledighedsydelse (fleksjob, DK)</translation>
    </message>
    <message>
        <source>Lives with parents</source>
        <translation>Woont bij ouders</translation>
    </message>
    <message>
        <source>Lower secondary</source>
        <translation>Vmbo / onderbouw voortgezet onderwijs</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Psychische gezondheid</translation>
    </message>
    <message>
        <source>Mother tongue</source>
        <translation>Moedertaal</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Verhuisd</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <source>None / self-supporting</source>
        <translation>Geen / uitkeringsonafhankelijk</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nu niet</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>Andere taal</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Uitbetaald</translation>
    </message>
    <message>
        <source>Partly self-supporting from my own business</source>
        <translation>Gedeeltelijk uitkeringsonafhankelijk met mijn eigen bedrijf</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Perzisch</translation>
    </message>
    <message>
        <source>Personal or family situation</source>
        <translation>Persoonlijke of gezinssituatie</translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation>Lichamelijke gezondheid</translation>
    </message>
    <message>
        <source>Pitching</source>
        <translation>Pitchen</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Pools</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugees</translation>
    </message>
    <message>
        <source>Post-secondary, not higher education</source>
        <translation>Na middelbaar, geen hoger onderwijs</translation>
    </message>
    <message>
        <source>Prefers not to say</source>
        <translation>Zegt dit liever niet</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>Basisonderwijs</translation>
    </message>
    <message>
        <source>Repaid</source>
        <translation>Afgelost</translation>
    </message>
    <message>
        <source>Ressourceforløbsydelse</source>
        <translation>Ressourceforløbsydelse (DK)</translation>
    </message>
    <message>
        <source>Revalideringsydelse (rehabilitation)</source>
        <translation>Revalideringsydelse (DK)</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Roemeens</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkoop</translation>
    </message>
    <message>
        <source>Self-supporting from my own business</source>
        <translation>Uitkeringsonafhankelijk met mijn eigen bedrijf</translation>
    </message>
    <message>
        <source>Sharing with the caseworker</source>
        <translation>Delen met de klantmanager</translation>
    </message>
    <message>
        <source>Sharing with the coaching team</source>
        <translation>Delen met het begeleidingsteam</translation>
    </message>
    <message>
        <source>Short higher education</source>
        <translation>Associate degree (kort hbo)</translation>
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
        <source>Somali</source>
        <translation>Somalisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spaans</translation>
    </message>
    <message>
        <source>Started an education</source>
        <translation>Begonnen met een opleiding</translation>
    </message>
    <message>
        <source>Started education</source>
        <translation>Begonnen met een opleiding</translation>
    </message>
    <message>
        <source>Started in a job</source>
        <translation>Begonnen in een baan</translation>
    </message>
    <message>
        <source>Sygedagpenge (sickness benefit)</source>
        <translation>Sygedagpenge (ziekte-uitkering DK)</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turks</translation>
    </message>
    <message>
        <source>Uddannelseshjælp (education benefit)</source>
        <translation>Uddannelseshjælp (DK)</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Oekraïens</translation>
    </message>
    <message>
        <source>Upper secondary / vocational</source>
        <translation>Havo/vwo of mbo</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamees</translation>
    </message>
    <message>
        <source>WW (unemployment benefit)</source>
        <translation>WW</translation>
    </message>
    <message>
        <source>Wajong / WIA</source>
        <translation>Wajong / WIA</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Websites</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Vrouw</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Afgeschreven</translation>
    </message>
</context>
<context>
    <name>ProfileField</name>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>Achterstand</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>Belemmeringen</translation>
    </message>
    <message>
        <source>Benefit (type)</source>
        <translation>Uitkering (soort)</translation>
    </message>
    <message>
        <source>Benefit per month</source>
        <translation>Uitkering per maand</translation>
    </message>
    <message>
        <source>Benefit since</source>
        <translation>Uitkering sinds</translation>
    </message>
    <message>
        <source>Business idea</source>
        <translation>Bedrijfsidee</translation>
    </message>
    <message>
        <source>CPR / BSN number</source>
        <translation>CPR-nummer / BSN</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Klantmanager</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Diploma's en certificaten</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>Coach's notes</source>
        <translation>Notities van de begeleider</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursussen</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Besloten op</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>Highest education</source>
        <translation>Hoogste opleiding</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>Instalment per month</source>
        <translation>Termijn per maand</translation>
    </message>
    <message>
        <source>Job centre / office</source>
        <translation>Gemeente / afdeling</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Loan amount</source>
        <translation>Leenbedrag</translation>
    </message>
    <message>
        <source>Loan status</source>
        <translation>Status van de lening</translation>
    </message>
    <message>
        <source>Motivation at the end</source>
        <translation>Motivatie aan het eind</translation>
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
        <source>Needs an interpreter</source>
        <translation>Heeft een tolk nodig</translation>
    </message>
    <message>
        <source>Note on barriers</source>
        <translation>Notitie over belemmeringen</translation>
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
        <source>Paid out on</source>
        <translation>Uitbetaald op</translation>
    </message>
    <message>
        <source>Partner's income per month</source>
        <translation>Inkomen partner per maand</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Voorkeurstaal</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Roepnaam</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source>Reason for dropping out</source>
        <translation>Reden van uitval</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Reden van het besluit</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Verwezen op</translation>
    </message>
    <message>
        <source>Repayment schedule</source>
        <translation>Aflossingsschema</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Vaardigheden</translation>
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
        <source>Strengths (own words)</source>
        <translation>Sterke punten (eigen woorden)</translation>
    </message>
    <message>
        <source>Why self-employed?</source>
        <translation>Waarom zelfstandig ondernemer?</translation>
    </message>
</context>
</TS>
