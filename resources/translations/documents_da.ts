<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en_GB">
<context>
    <name>BusinessPlan</name>
    <message>
        <source>0 %</source>
        <translation>0 %</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>Om mig</translation>
    </message>
    <message>
        <source>All amounts are in {currency}. The budgets are excl. VAT; the liquidity budget is incl. VAT, because VAT passes through the bank account.</source>
        <translation>Alle beløb er i {currency}. Budgetterne er ekskl. moms; likviditetsbudgettet er inkl. moms, fordi momsen går gennem bankkontoen.</translation>
    </message>
    <message>
        <source>All costs</source>
        <translation>Alle omkostninger</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>Amounts excl. VAT. The buffer pays the fixed costs while sales are still growing.</source>
        <translation>Beløb ekskl. moms. Bufferen betaler de faste omkostninger, mens salget stadig vokser.</translation>
    </message>
    <message>
        <source>Amounts excl. VAT. Year 1 month by month is in the tables at the back.</source>
        <translation>Beløb ekskl. moms. År 1 måned for måned står i tabellerne bagest.</translation>
    </message>
    <message>
        <source>Amounts in {currency}.</source>
        <translation>Beløb i {currency}.</translation>
    </message>
    <message>
        <source>Annuity loan</source>
        <translation>Annuitetslån</translation>
    </message>
    <message>
        <source>Application for a bank loan</source>
        <translation>Ansøgning om banklån</translation>
    </message>
    <message>
        <source>Application for a microloan</source>
        <translation>Ansøgning om mikrolån</translation>
    </message>
    <message>
        <source>At the end of {month} the account is {amount} below zero. The plan needs that much more financing, or a credit line.</source>
        <translation>Ved udgangen af {month} er kontoen {amount} under nul. Planen har brug for så meget mere finansiering eller en kassekredit.</translation>
    </message>
    <message>
        <source>Both axes: {currency} per month, excl. VAT. Where the sales line crosses a cost line, that is the break-even point.</source>
        <translation>Begge akser: {currency} pr. måned, ekskl. moms. Hvor salgslinjen krydser en omkostningslinje, ligger nulpunktet.</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Nulpunkt (break-even)</translation>
    </message>
    <message>
        <source>Break-even sales per month</source>
        <translation>Nulpunktsomsætning pr. måned</translation>
    </message>
    <message>
        <source>Brought in by me</source>
        <translation>Indskudt af mig</translation>
    </message>
    <message>
        <source>Buffer: {months} months of fixed costs</source>
        <translation>Buffer: {months} måneders faste omkostninger</translation>
    </message>
    <message>
        <source>Business plan</source>
        <translation>Forretningsplan</translation>
    </message>
    <message>
        <source>By the end of month {month} ({name}), the profits have covered all the costs so far.</source>
        <translation>Ved udgangen af måned {month} ({name}) har overskuddet dækket alle omkostninger indtil da.</translation>
    </message>
    <message>
        <source>Can I live from the business? What the business leaves after tax and repayments, compared with what my household needs. A ratio of {one} or more means self-supporting.</source>
        <translation>Kan jeg leve af virksomheden? Det, virksomheden giver tilbage efter skat og afdrag, sammenlignet med det, min husstand har brug for. Et forhold på {one} eller mere betyder selvforsørgende.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Tjekliste</translation>
    </message>
    <message>
        <source>Child benefit</source>
        <translation>Børneydelse</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Børnepasning</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Ultimo saldo</translation>
    </message>
    <message>
        <source>Coach assesses</source>
        <translation>Vurderes af coach</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Competitors and prices compared</source>
        <translation>Konkurrenter og priser sammenlignet</translation>
    </message>
    <message>
        <source>Concrete marketing plan for the first customers</source>
        <translation>Konkret markedsføringsplan for de første kunder</translation>
    </message>
    <message>
        <source>Contribution margin</source>
        <translation>Dækningsbidrag</translation>
    </message>
    <message>
        <source>Contribution margin ratio</source>
        <translation>Dækningsgrad</translation>
    </message>
    <message>
        <source>Cost per unit</source>
        <translation>Omkostning pr. enhed</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Omkostninger</translation>
    </message>
    <message>
        <source>Costs and my living</source>
        <translation>Omkostninger og mit privatforbrug</translation>
    </message>
    <message>
        <source>Customers and their problem</source>
        <translation>Kunderne og deres problem</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Date and signature</source>
        <translation>Dato og underskrift</translation>
    </message>
    <message>
        <source>Debt payments</source>
        <translation>Afdrag på gæld</translation>
    </message>
    <message>
        <source>Debts are known, with no problem debt or a plan for it</source>
        <translation>Gælden er kendt, uden problematisk gæld eller med en plan for den</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Afgørelse</translation>
    </message>
    <message>
        <source>Depreciation</source>
        <translation>Afskrivninger</translation>
    </message>
    <message>
        <source>Documents attached (ID, quotes, contracts)</source>
        <translation>Dokumenter vedlagt (ID, tilbud, kontrakter)</translation>
    </message>
    <message>
        <source>Evidence of demand: customers asked, orders</source>
        <translation>Bevis for efterspørgsel: adspurgte kunder, ordrer</translation>
    </message>
    <message>
        <source>Expected sales, year 1</source>
        <translation>Forventet salg, år 1</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <source>Financing covers the whole need</source>
        <translation>Finansieringen dækker hele behovet</translation>
    </message>
    <message>
        <source>Fixed costs</source>
        <translation>Faste omkostninger</translation>
    </message>
    <message>
        <source>Fixed costs in detail</source>
        <translation>Faste omkostninger i detaljer</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Mad</translation>
    </message>
    <message>
        <source>From month {month} ({name}) the business pays my private draw from its own sales.</source>
        <translation>Fra måned {month} ({name}) betaler virksomheden mit privatforbrug af sit eget salg.</translation>
    </message>
    <message>
        <source>Goals and next steps</source>
        <translation>Mål og næste skridt</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Tilskud</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Tilskud</translation>
    </message>
    <message>
        <source>Health and personal barriers are manageable</source>
        <translation>Helbred og personlige udfordringer er til at håndtere</translation>
    </message>
    <message>
        <source>Heating, water and electricity</source>
        <translation>Varme, vand og el</translation>
    </message>
    <message>
        <source>Household expenses</source>
        <translation>Husstandens udgifter</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Bolig</translation>
    </message>
    <message>
        <source>Housing support</source>
        <translation>Boligstøtte</translation>
    </message>
    <message>
        <source>I need from the business each month</source>
        <translation>Det skal jeg have fra virksomheden hver måned</translation>
    </message>
    <message>
        <source>Idea clearly described: what, for whom, why me</source>
        <translation>Idéen er klart beskrevet: hvad, til hvem, hvorfor mig</translation>
    </message>
    <message>
        <source>In year 1 the business leaves {cash} for me and my household, after tax and repayments. We need {need}. Result: {verdict}.</source>
        <translation>I år 1 giver virksomheden {cash} til mig og min husstand efter skat og afdrag. Vi har brug for {need}. Resultat: {verdict}.</translation>
    </message>
    <message>
        <source>Income support during the start is arranged</source>
        <translation>Forsørgelse i opstarten er på plads</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Forsikring</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Rente</translation>
    </message>
    <message>
        <source>Interest rate per year</source>
        <translation>Rente pr. år</translation>
    </message>
    <message>
        <source>Interest-free loan</source>
        <translation>Rentefrit lån</translation>
    </message>
    <message>
        <source>Investments</source>
        <translation>Investeringer</translation>
    </message>
    <message>
        <source>Last instalment</source>
        <translation>Sidste afdrag</translation>
    </message>
    <message>
        <source>Left for me and my household</source>
        <translation>Tilbage til mig og min husstand</translation>
    </message>
    <message>
        <source>Linear loan</source>
        <translation>Serielån</translation>
    </message>
    <message>
        <source>Liquidity budget month by month</source>
        <translation>Likviditetsbudget måned for måned</translation>
    </message>
    <message>
        <source>Liquidity budget, year 1 month by month: {currency}, incl. VAT, rounded to whole amounts.</source>
        <translation>Likviditetsbudget, år 1 måned for måned: {currency}, inkl. moms, afrundet til hele beløb.</translation>
    </message>
    <message>
        <source>Living ratio</source>
        <translation>Leveforhold</translation>
    </message>
    <message>
        <source>Living test, year 1</source>
        <translation>Kan jeg leve af det? År 1</translation>
    </message>
    <message>
        <source>Loan instalments</source>
        <translation>Afdrag og renter på lån</translation>
    </message>
    <message>
        <source>Loan repayment schedule</source>
        <translation>Afdragsplan</translation>
    </message>
    <message>
        <source>Loans paid out</source>
        <translation>Udbetalte lån</translation>
    </message>
    <message>
        <source>Lowest bank balance</source>
        <translation>Laveste saldo i banken</translation>
    </message>
    <message>
        <source>Market and competitors</source>
        <translation>Marked og konkurrenter</translation>
    </message>
    <message>
        <source>Marketing and sales</source>
        <translation>Markedsføring og salg</translation>
    </message>
    <message>
        <source>Microloan</source>
        <translation>Mikrolån</translation>
    </message>
    <message>
        <source>Minus</source>
        <translation>Minus</translation>
    </message>
    <message>
        <source>Minus income tax</source>
        <translation>Minus indkomstskat</translation>
    </message>
    <message>
        <source>Minus loan repayments</source>
        <translation>Minus afdrag på lån</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Mangler</translation>
    </message>
    <message>
        <source>Money in</source>
        <translation>Penge ind</translation>
    </message>
    <message>
        <source>Money in the bank</source>
        <translation>Penge i banken</translation>
    </message>
    <message>
        <source>Money in the bank at the end of the month ({currency})</source>
        <translation>Penge i banken ved månedens udgang ({currency})</translation>
    </message>
    <message>
        <source>Money in the bank every month</source>
        <translation>Penge i banken hver måned</translation>
    </message>
    <message>
        <source>Money out</source>
        <translation>Penge ud</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Months without repayment</source>
        <translation>Måneder uden afdrag</translation>
    </message>
    <message>
        <source>My household</source>
        <translation>Min husstand</translation>
    </message>
    <message>
        <source>My own plan</source>
        <translation>Min egen plan</translation>
    </message>
    <message>
        <source>My own share of the financing: {share}.</source>
        <translation>Min egen andel af finansieringen: {share}.</translation>
    </message>
    <message>
        <source>Needs work</source>
        <translation>Skal forbedres</translation>
    </message>
    <message>
        <source>No break-even point can be calculated yet: each sale must bring in more than it costs to make.</source>
        <translation>Nulpunktet kan ikke beregnes endnu: hvert salg skal indbringe mere, end det koster at lave.</translation>
    </message>
    <message>
        <source>Not relevant</source>
        <translation>Ikke relevant</translation>
    </message>
    <message>
        <source>Not yet self-supporting</source>
        <translation>Endnu ikke selvforsørgende</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Primo saldo</translation>
    </message>
    <message>
        <source>Operating budget</source>
        <translation>Driftsbudget</translation>
    </message>
    <message>
        <source>Operating budget month by month</source>
        <translation>Driftsbudget måned for måned</translation>
    </message>
    <message>
        <source>Operating budget, year 1 month by month: {currency}, excl. VAT, rounded to whole amounts.</source>
        <translation>Driftsbudget, år 1 måned for måned: {currency}, ekskl. moms, afrundet til hele beløb.</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Muligheder</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Other loan</source>
        <translation>Andet lån</translation>
    </message>
    <message>
        <source>Overview: {counts}</source>
        <translation>Overblik: {counts}</translation>
    </message>
    <message>
        <source>Owed at the end</source>
        <translation>Restgæld ultimo</translation>
    </message>
    <message>
        <source>Owed at the start</source>
        <translation>Restgæld primo</translation>
    </message>
    <message>
        <source>Own funds</source>
        <translation>Egenfinansiering</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Udbetalt</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <source>Partly self-supporting</source>
        <translation>Delvist selvforsørgende</translation>
    </message>
    <message>
        <source>Partner's income</source>
        <translation>Partners indkomst</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Pr. måned</translation>
    </message>
    <message>
        <source>Per plan year</source>
        <translation>Pr. planår</translation>
    </message>
    <message>
        <source>Per year</source>
        <translation>Pr. år</translation>
    </message>
    <message>
        <source>Permits, insurance, registration and VAT</source>
        <translation>Tilladelser, forsikring, registrering og moms</translation>
    </message>
    <message>
        <source>Phone and internet</source>
        <translation>Telefon og internet</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>Planversion</translation>
    </message>
    <message>
        <source>Plan year</source>
        <translation>Planår</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Planlagt start</translation>
    </message>
    <message>
        <source>Plus depreciation</source>
        <translation>Plus afskrivninger</translation>
    </message>
    <message>
        <source>Practical matters</source>
        <translation>Det praktiske</translation>
    </message>
    <message>
        <source>Preliminary income tax</source>
        <translation>B-skat</translation>
    </message>
    <message>
        <source>Price excl. VAT</source>
        <translation>Pris (ekskl. moms)</translation>
    </message>
    <message>
        <source>Private budget</source>
        <translation>Privatbudget</translation>
    </message>
    <message>
        <source>Private draw</source>
        <translation>Privatforbrug</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Products and prices</source>
        <translation>Produkter og priser</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Indkøb</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Remaining benefit</source>
        <translation>Resterende ydelse</translation>
    </message>
    <message>
        <source>Repaid</source>
        <translation>Afdraget</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Result before tax</source>
        <translation>Resultat før skat</translation>
    </message>
    <message>
        <source>Result before tax, year 1</source>
        <translation>Resultat før skat, år 1</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Omsætning</translation>
    </message>
    <message>
        <source>Revenue, year 1</source>
        <translation>Omsætning, år 1</translation>
    </message>
    <message>
        <source>Risks and plan B</source>
        <translation>Risici og plan B</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Salg</translation>
    </message>
    <message>
        <source>Sales assumptions are realistic</source>
        <translation>Forventningerne til salget er realistiske</translation>
    </message>
    <message>
        <source>Sales received</source>
        <translation>Indbetalinger fra salg</translation>
    </message>
    <message>
        <source>Self-supporting</source>
        <translation>Selvforsørgende</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Underskrifter</translation>
    </message>
    <message>
        <source>Start costs</source>
        <translation>Opstartsomkostninger</translation>
    </message>
    <message>
        <source>Start-up budget</source>
        <translation>Etableringsbudget</translation>
    </message>
    <message>
        <source>Start-up budget complete, with quotes</source>
        <translation>Etableringsbudgettet er komplet, med tilbud</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Mangler stadig</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Styrker</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumé</translation>
    </message>
    <message>
        <source>The business idea</source>
        <translation>Forretningsidéen</translation>
    </message>
    <message>
        <source>The first 12 months</source>
        <translation>De første 12 måneder</translation>
    </message>
    <message>
        <source>The liquidity budget follows the money in and out of the bank account, VAT included. Month by month details are in the tables on the next pages.</source>
        <translation>Likviditetsbudgettet følger pengene ind og ud af bankkontoen, inklusive moms. Detaljer måned for måned står i tabellerne på de næste sider.</translation>
    </message>
    <message>
        <source>The living test</source>
        <translation>Kan jeg leve af det?</translation>
    </message>
    <message>
        <source>The loan can be repaid from the surplus</source>
        <translation>Lånet kan betales tilbage af overskuddet</translation>
    </message>
    <message>
        <source>The person: motivation, skills, experience, hours</source>
        <translation>Personen: motivation, kompetencer, erfaring, timer</translation>
    </message>
    <message>
        <source>The plan in plain words</source>
        <translation>Planen med almindelige ord</translation>
    </message>
    <message>
        <source>The plan needs {need} to start. It is financed by {sources}.</source>
        <translation>Planen kræver {need} for at starte. Den finansieres af {sources}.</translation>
    </message>
    <message>
        <source>The points a caseworker or a lender looks at. Green is OK, amber needs work, red is missing; grey points are for the coach to assess in the meeting.</source>
        <translation>Det, en sagsbehandler eller långiver ser på. Grøn er OK, gul skal forbedres, rød mangler; grå punkter vurderer coachen ved mødet.</translation>
    </message>
    <message>
        <source>There is money in the account every month. The lowest balance is {amount} at the end of {month}.</source>
        <translation>Der er penge på kontoen hver måned. Den laveste saldo er {amount} ved udgangen af {month}.</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Trusler</translation>
    </message>
    <message>
        <source>To pay all the costs of the business, sales must reach {costs} a month (excl. VAT). To also live from it, they must reach {living} a month.</source>
        <translation>For at betale alle virksomhedens omkostninger skal salget nå {costs} om måneden (ekskl. moms). For også at kunne leve af det skal det nå {living} om måneden.</translation>
    </message>
    <message>
        <source>Top risks</source>
        <translation>De største risici</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Total financing</source>
        <translation>Finansiering i alt</translation>
    </message>
    <message>
        <source>Total in</source>
        <translation>Ind i alt</translation>
    </message>
    <message>
        <source>Total interest</source>
        <translation>Renter i alt</translation>
    </message>
    <message>
        <source>Total need</source>
        <translation>Samlet behov</translation>
    </message>
    <message>
        <source>Total out</source>
        <translation>Ud i alt</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>VAT paid</source>
        <translation>Betalt moms</translation>
    </message>
    <message>
        <source>VAT refunded</source>
        <translation>Tilbagebetalt moms</translation>
    </message>
    <message>
        <source>VAT that cannot be reclaimed</source>
        <translation>Moms, der ikke kan trækkes fra</translation>
    </message>
    <message>
        <source>VAT to pay before it is refunded</source>
        <translation>Moms, der skal lægges ud, før den refunderes</translation>
    </message>
    <message>
        <source>Variable costs</source>
        <translation>Variable omkostninger</translation>
    </message>
    <message>
        <source>Version {version} · {date}</source>
        <translation>Version {version} · {date}</translation>
    </message>
    <message>
        <source>We have read this plan together.</source>
        <translation>Vi har læst planen igennem sammen.</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Svagheder</translation>
    </message>
    <message>
        <source>What I need before the first sale</source>
        <translation>Det skal jeg bruge før første salg</translation>
    </message>
    <message>
        <source>What I will do then</source>
        <translation>Det gør jeg så</translation>
    </message>
    <message>
        <source>What could go wrong</source>
        <translation>Hvad kan gå galt</translation>
    </message>
    <message>
        <source>What is checked</source>
        <translation>Det vurderes</translation>
    </message>
    <message>
        <source>What my household needs</source>
        <translation>Det har min husstand brug for</translation>
    </message>
    <message>
        <source>Where the money comes from</source>
        <translation>Hvor pengene kommer fra</translation>
    </message>
    <message>
        <source>With an expected tax rate of {rate}, the business must earn {gross} a year before tax to pay for this.</source>
        <translation>Med en forventet skatteprocent på {rate} skal virksomheden tjene {gross} om året før skat for at betale for dette.</translation>
    </message>
    <message>
        <source>Written off over</source>
        <translation>Afskrives over</translation>
    </message>
    <message>
        <source>Year 1</source>
        <translation>År 1</translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>År {year}</translation>
    </message>
    <message>
        <source>You must sell {units} of “{product}” a month to pay your costs, and {living} to also live from it.</source>
        <translation>Du skal sælge {units} × „{product}“ om måneden for at betale dine omkostninger, og {living} for også at kunne leve af det.</translation>
    </message>
    <message>
        <source>brought in by me</source>
        <translation>indskudt af mig</translation>
    </message>
    <message>
        <source>exempt</source>
        <translation>momsfri</translation>
    </message>
    <message>
        <source>grants</source>
        <translation>tilskud</translation>
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
        <source>microloan</source>
        <translation>mikrolån</translation>
    </message>
    <message>
        <source>other loans</source>
        <translation>andre lån</translation>
    </message>
    <message>
        <source>own funds</source>
        <translation>egenfinansiering</translation>
    </message>
    <message>
        <source>piece</source>
        <translation>stk.</translation>
    </message>
    <message>
        <source>reduced rate</source>
        <translation>nedsat sats</translation>
    </message>
    <message>
        <source>standard rate</source>
        <translation>normal sats</translation>
    </message>
    <message>
        <source>{years} years</source>
        <translation>{years} år</translation>
    </message>
</context>
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
    <message>
        <source>Where I am now</source>
        <translation>Hvor jeg er nu</translation>
    </message>
    <message>
        <source>{outcome}, since {date}</source>
        <translation>{outcome}, siden {date}</translation>
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
<context>
    <name>PlanQuestions</name>
    <message>
        <source>A rented place</source>
        <translation>Et lejet lokale</translation>
    </message>
    <message>
        <source>An accountant</source>
        <translation>En revisor eller bogholder</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>Hjemme</translation>
    </message>
    <message>
        <source>Bookkeeping</source>
        <translation>Bogføring</translation>
    </message>
    <message>
        <source>CVR number</source>
        <translation>CVR-nummer</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Konkurrenter</translation>
    </message>
    <message>
        <source>Education and courses</source>
        <translation>Uddannelse og kurser</translation>
    </message>
    <message>
        <source>Facebook / Instagram</source>
        <translation>Facebook / Instagram</translation>
    </message>
    <message>
        <source>Flyers</source>
        <translation>Løbesedler</translation>
    </message>
    <message>
        <source>Help from the programme</source>
        <translation>Hjælp fra forløbet</translation>
    </message>
    <message>
        <source>Hours per week for the business</source>
        <translation>Timer om ugen til virksomheden</translation>
    </message>
    <message>
        <source>How I chose my prices</source>
        <translation>Sådan har jeg valgt mine priser</translation>
    </message>
    <message>
        <source>How I find my first 10 customers</source>
        <translation>Sådan finder jeg mine første 10 kunder</translation>
    </message>
    <message>
        <source>How people will hear about me</source>
        <translation>Sådan hører folk om mig</translation>
    </message>
    <message>
        <source>I do it myself</source>
        <translation>Jeg gør det selv</translation>
    </message>
    <message>
        <source>Important equipment</source>
        <translation>Vigtigt udstyr</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Forsikring</translation>
    </message>
    <message>
        <source>KvK number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <source>Languages I speak</source>
        <translation>Sprog, jeg taler</translation>
    </message>
    <message>
        <source>Market stall</source>
        <translation>Markedsbod</translation>
    </message>
    <message>
        <source>My customers</source>
        <translation>Mine kunder</translation>
    </message>
    <message>
        <source>My first customers</source>
        <translation>Mine første kunder</translation>
    </message>
    <message>
        <source>My network</source>
        <translation>Mit netværk</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation>Mine styrker</translation>
    </message>
    <message>
        <source>No premises needed</source>
        <translation>Intet lokale nødvendigt</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Partner shops</source>
        <translation>Samarbejdsbutikker</translation>
    </message>
    <message>
        <source>People I have asked</source>
        <translation>Personer, jeg har spurgt</translation>
    </message>
    <message>
        <source>Permits and licences</source>
        <translation>Tilladelser og autorisationer</translation>
    </message>
    <message>
        <source>Plan B</source>
        <translation>Plan B</translation>
    </message>
    <message>
        <source>Possible customers nearby</source>
        <translation>Mulige kunder i nærheden</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>Lokaler</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Registreringsnummer</translation>
    </message>
    <message>
        <source>Sales actions</source>
        <translation>Salgsaktiviteter</translation>
    </message>
    <message>
        <source>Sole proprietorship</source>
        <translation>Enkeltmandsvirksomhed</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>Suppliers and partners</source>
        <translation>Leverandører og samarbejdspartnere</translation>
    </message>
    <message>
        <source>The number I watch every week</source>
        <translation>Det tal, jeg følger hver uge</translation>
    </message>
    <message>
        <source>The problem I solve for them</source>
        <translation>Det problem, jeg løser for dem</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Til hvem</translation>
    </message>
    <message>
        <source>Type of business</source>
        <translation>Virksomhedsform</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Hjemmeside</translation>
    </message>
    <message>
        <source>What I can do that helps the business</source>
        <translation>Det kan jeg, og det hjælper virksomheden</translation>
    </message>
    <message>
        <source>What I sell</source>
        <translation>Det sælger jeg</translation>
    </message>
    <message>
        <source>What I still want to learn</source>
        <translation>Det vil jeg gerne lære</translation>
    </message>
    <message>
        <source>What is changing in my market</source>
        <translation>Det ændrer sig på mit marked</translation>
    </message>
    <message>
        <source>What makes it special</source>
        <translation>Det særlige ved det</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Det sagde de</translation>
    </message>
    <message>
        <source>Where I will work</source>
        <translation>Her vil jeg arbejde</translation>
    </message>
    <message>
        <source>Why I want my own business</source>
        <translation>Derfor vil jeg have min egen virksomhed</translation>
    </message>
    <message>
        <source>Why me</source>
        <translation>Derfor mig</translation>
    </message>
    <message>
        <source>Word of mouth</source>
        <translation>Mund til mund</translation>
    </message>
    <message>
        <source>Work experience</source>
        <translation>Erhvervserfaring</translation>
    </message>
    <message>
        <source>price {value}</source>
        <translation>pris {value}</translation>
    </message>
    <message>
        <source>strong point: {value}</source>
        <translation>styrke: {value}</translation>
    </message>
    <message>
        <source>weak point: {value}</source>
        <translation>svaghed: {value}</translation>
    </message>
</context>
<context>
    <name>ProfileCode</name>
    <message>
        <source>A-dagpenge (unemployment insurance)</source>
        <translation>A-dagpenge</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Anonymous programme reports</source>
        <translation>Anonyme rapporter om forløbet</translation>
    </message>
    <message>
        <source>Applied for</source>
        <translation>Ansøgt</translation>
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
        <source>Arabic</source>
        <translation>Arabisk</translation>
    </message>
    <message>
        <source>Bachelor</source>
        <translation>Bachelor / professionsbachelor</translation>
    </message>
    <message>
        <source>Bbz (self-employment support)</source>
        <translation>Bbz (støtte til selvstændige, NL)</translation>
    </message>
    <message>
        <source>Being repaid</source>
        <translation>Under tilbagebetaling</translation>
    </message>
    <message>
        <source>Benefit or legal rules</source>
        <translation>Regler om ydelser eller lovgivning</translation>
    </message>
    <message>
        <source>Bijstand (Participatiewet)</source>
        <translation>Bijstand (Participatiewet, NL)</translation>
    </message>
    <message>
        <source>Bookkeeping and accounting</source>
        <translation>Bogføring og regnskab</translation>
    </message>
    <message>
        <source>Business plan</source>
        <translation>Forretningsplan</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Børnepasning</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Vejledning</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Gennemført</translation>
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
        <source>Criminal record</source>
        <translation>Straffeattest</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>Gæld</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Danmark</translation>
    </message>
    <message>
        <source>Digital skills</source>
        <translation>Digitale færdigheder</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Handicap</translation>
    </message>
    <message>
        <source>Doctorate</source>
        <translation>Ph.d.</translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation>Frafaldet</translation>
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
        <source>Financial or debt problems</source>
        <translation>Økonomiske problemer eller gæld</translation>
    </message>
    <message>
        <source>Found a job</source>
        <translation>Fik et job</translation>
    </message>
    <message>
        <source>Found the right next step</source>
        <translation>Fandt det rigtige næste skridt</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Fransk</translation>
    </message>
    <message>
        <source>Førtidspension (disability pension)</source>
        <translation>Førtidspension</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Tysk</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Bevilget</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Helbred</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Bolig</translation>
    </message>
    <message>
        <source>IOAW</source>
        <translation>IOAW (NL)</translation>
    </message>
    <message>
        <source>Idea development</source>
        <translation>Idéudvikling</translation>
    </message>
    <message>
        <source>Idea not viable</source>
        <translation>Idéen er ikke bæredygtig</translation>
    </message>
    <message>
        <source>In arrears</source>
        <translation>I restance</translation>
    </message>
    <message>
        <source>Kontanthjælp (cash benefit)</source>
        <translation>Kontanthjælp</translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation>Kurdisk</translation>
    </message>
    <message>
        <source>Lack of motivation / no-show</source>
        <translation>Manglende motivation / udeblivelse</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Ledighedsydelse (fleksjob)</source>
        <translation>Ledighedsydelse (fleksjob)</translation>
    </message>
    <message>
        <source>Lives with parents</source>
        <translation>Bor hos forældre</translation>
    </message>
    <message>
        <source>Lower secondary</source>
        <translation>Grundskole (folkeskolens afgangsprøve)</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Mand</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Markedsføring</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>Kandidat / master</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Psykisk helbred</translation>
    </message>
    <message>
        <source>Mother tongue</source>
        <translation>Modersmål</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Flyttet</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Nederlandene</translation>
    </message>
    <message>
        <source>None / self-supporting</source>
        <translation>Ingen / selvforsørgende</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ikke nu</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>Andet sprog</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Udbetalt</translation>
    </message>
    <message>
        <source>Partly self-supporting from my own business</source>
        <translation>Delvist selvforsørgende af min egen virksomhed</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>På pause</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persisk</translation>
    </message>
    <message>
        <source>Personal or family situation</source>
        <translation>Personlige eller familiemæssige forhold</translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation>Fysisk helbred</translation>
    </message>
    <message>
        <source>Pitching</source>
        <translation>Pitch</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polsk</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugisisk</translation>
    </message>
    <message>
        <source>Post-secondary, not higher education</source>
        <translation>Efter gymnasiet, ikke videregående</translation>
    </message>
    <message>
        <source>Prefers not to say</source>
        <translation>Ønsker ikke at oplyse</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>Grundskole (indskoling/mellemtrin)</translation>
    </message>
    <message>
        <source>Repaid</source>
        <translation>Tilbagebetalt</translation>
    </message>
    <message>
        <source>Ressourceforløbsydelse</source>
        <translation>Ressourceforløbsydelse</translation>
    </message>
    <message>
        <source>Revalideringsydelse (rehabilitation)</source>
        <translation>Revalideringsydelse</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Rumænsk</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisk</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Salg</translation>
    </message>
    <message>
        <source>Self-supporting from my own business</source>
        <translation>Selvforsørgende af min egen virksomhed</translation>
    </message>
    <message>
        <source>Sharing with the caseworker</source>
        <translation>Deling med sagsbehandleren</translation>
    </message>
    <message>
        <source>Sharing with the coaching team</source>
        <translation>Deling med vejlederteamet</translation>
    </message>
    <message>
        <source>Short higher education</source>
        <translation>Kort videregående uddannelse</translation>
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
        <source>Somali</source>
        <translation>Somali</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spansk</translation>
    </message>
    <message>
        <source>Started an education</source>
        <translation>Startet på en uddannelse</translation>
    </message>
    <message>
        <source>Started education</source>
        <translation>Startede på uddannelse</translation>
    </message>
    <message>
        <source>Started in a job</source>
        <translation>Startet i et job</translation>
    </message>
    <message>
        <source>Sygedagpenge (sickness benefit)</source>
        <translation>Sygedagpenge</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Tyrkisk</translation>
    </message>
    <message>
        <source>Uddannelseshjælp (education benefit)</source>
        <translation>Uddannelseshjælp</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainsk</translation>
    </message>
    <message>
        <source>Upper secondary / vocational</source>
        <translation>Gymnasial eller erhvervsuddannelse</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamesisk</translation>
    </message>
    <message>
        <source>WW (unemployment benefit)</source>
        <translation>WW (arbejdsløshedsydelse, NL)</translation>
    </message>
    <message>
        <source>Wajong / WIA</source>
        <translation>Wajong / WIA (NL)</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Hjemmesider</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Kvinde</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Afskrevet</translation>
    </message>
</context>
<context>
    <name>ProfileField</name>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>Restance</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>Udfordringer</translation>
    </message>
    <message>
        <source>Benefit (type)</source>
        <translation>Ydelse (type)</translation>
    </message>
    <message>
        <source>Benefit per month</source>
        <translation>Ydelse pr. måned</translation>
    </message>
    <message>
        <source>Benefit since</source>
        <translation>Ydelse siden</translation>
    </message>
    <message>
        <source>Business idea</source>
        <translation>Forretningsidé</translation>
    </message>
    <message>
        <source>CPR / BSN number</source>
        <translation>CPR-nummer / BSN</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Beviser og certifikater</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Børn</translation>
    </message>
    <message>
        <source>Coach's notes</source>
        <translation>Vejlederens noter</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kurser</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Afgjort den</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Afgørelse</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Køn</translation>
    </message>
    <message>
        <source>Highest education</source>
        <translation>Højeste uddannelse</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Husstand</translation>
    </message>
    <message>
        <source>Instalment per month</source>
        <translation>Afdrag pr. måned</translation>
    </message>
    <message>
        <source>Job centre / office</source>
        <translation>Jobcenter / afdeling</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternavn</translation>
    </message>
    <message>
        <source>Loan amount</source>
        <translation>Lånebeløb</translation>
    </message>
    <message>
        <source>Loan status</source>
        <translation>Lånets status</translation>
    </message>
    <message>
        <source>Motivation at the end</source>
        <translation>Motivation ved slut</translation>
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
        <source>Needs an interpreter</source>
        <translation>Har brug for tolk</translation>
    </message>
    <message>
        <source>Note on barriers</source>
        <translation>Note om udfordringer</translation>
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
        <source>Paid out on</source>
        <translation>Udbetalt den</translation>
    </message>
    <message>
        <source>Partner's income per month</source>
        <translation>Partnerens indkomst pr. måned</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Foretrukket sprog</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Kaldenavn</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Reason for dropping out</source>
        <translation>Årsag til frafald</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Begrundelse for afgørelsen</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Henvist den</translation>
    </message>
    <message>
        <source>Repayment schedule</source>
        <translation>Afdragsplan</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Kompetencer</translation>
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
        <source>Strengths (own words)</source>
        <translation>Styrker (med egne ord)</translation>
    </message>
    <message>
        <source>Why self-employed?</source>
        <translation>Hvorfor selvstændig?</translation>
    </message>
</context>
</TS>
