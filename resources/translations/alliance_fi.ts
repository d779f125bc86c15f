<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fi_FI">
  <context>
    <name>AnalysisPanel</name>
    <message>
      <source>Name of the chain</source>
      <translation>Palveluketjun nimi</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Kuvaus</translation>
    </message>
    <message>
      <source>Description of the chain</source>
      <translation>Palveluketjun kuvaus</translation>
    </message>
    <message>
      <source>Change chain description</source>
      <translation>Muuta palveluketjun kuvausta</translation>
    </message>
    <message>
      <source>Rename chain</source>
      <translation>Nimeä palveluketju uudelleen</translation>
    </message>
    <message>
      <source>Change chain analysis</source>
      <translation>Muuta palveluketjun analyysia</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <source>Alliance Planner</source>
      <translation>Allianssisuunnittelija</translation>
    </message>
  </context>
  <context>
    <name>BoardCanvas</name>
    <message>
      <source>Metric cards</source>
      <translation>Mittarikortit</translation>
    </message>
    <message>
      <source>Threshold {threshold}, target {target}, weight {weight}</source>
      <translation>Kynnystaso {threshold}, tavoitetaso {target}, paino {weight}</translation>
    </message>
    <message>
      <source>⚠ These levels count the other way than the direction; correct them in Metrics and calibrations.</source>
      <translation>⚠ Nämä tasot laskevat päinvastaiseen suuntaan kuin mittarin suunta; korjaa ne välilehdellä Mittarit ja kalibroinnit.</translation>
    </message>
    <message>
      <source>Score {score}: {state}</source>
      <translation>Pisteet {score}: {state}</translation>
    </message>
    <message>
      <source>Data source</source>
      <translation>Tietolähde</translation>
    </message>
    <message>
      <source>Measured</source>
      <translation>Mittausväli</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Vastuutaho</translation>
    </message>
    <message>
      <source>Baseline: {value}</source>
      <translation>Lähtötaso: {value}</translation>
    </message>
    <message>
      <source>Double-click or Enter: edit the metric</source>
      <translation>Kaksoisnapsautus tai Enter: muokkaa mittaria</translation>
    </message>
    <message>
      <source>No metrics yet: add them on the “Metrics and calibrations” tab, or from the library.</source>
      <translation>Mittareita ei vielä ole: lisää ne ”Mittarit ja kalibroinnit” -välilehdellä tai mittarikirjastosta.</translation>
    </message>
    <message>
      <source>Weight {weight} · {arrow} {direction}</source>
      <translation>Paino {weight} · {arrow} {direction}</translation>
    </message>
    <message>
      <source>No measurement</source>
      <translation>Ei mittaustulosta</translation>
    </message>
    <message>
      <source>Threshold {threshold} · Target {target}</source>
      <translation>Kynnys {threshold} · Tavoite {target}</translation>
    </message>
    <message>
      <source>No measurements yet</source>
      <translation>Ei vielä mittaustuloksia</translation>
    </message>
  </context>
  <context>
    <name>BoardTab</name>
    <message>
      <source>KPI score of the period</source>
      <translation>Jakson KPI-pisteet</translation>
    </message>
    <message>
      <source>Effectiveness bonus earned</source>
      <translation>Ansaittu vaikuttavuusbonus</translation>
    </message>
    <message>
      <source>Weights of the metrics</source>
      <translation>Mittareiden painot</translation>
    </message>
    <message>
      <source>KPI score by period</source>
      <translation>KPI-pisteet jaksoittain</translation>
    </message>
    <message>
      <source>Warnings</source>
      <translation>Varoitukset</translation>
    </message>
    <message>
      <source>The plan has no metrics yet. Start from the metric library of the care-process slide (waiting times, care costs, satisfaction…).</source>
      <translation>Suunnitelmassa ei ole vielä mittareita. Aloita hoitoprosessin mittarikirjastosta (jonotusajat, hoitokustannukset, tyytyväisyys…).</translation>
    </message>
    <message>
      <source>Add the metric library</source>
      <translation>Lisää mittarikirjasto</translation>
    </message>
    <message>
      <source>target</source>
      <translation>tavoitetaso</translation>
    </message>
    <message>
      <source>threshold</source>
      <translation>kynnystaso</translation>
    </message>
    <message>
      <source>Score = how far the value has come from the threshold (0 %) to the target (100 %).</source>
      <translation>Pisteet = kuinka pitkälle tulos on edennyt kynnystasolta (0 %) tavoitetasolle (100 %).</translation>
    </message>
    <message>
      <source>Add service periods on the Commercial model view: metrics are calibrated and measured per service period.</source>
      <translation>Lisää palvelujaksot Kaupallinen malli -näkymässä: mittarit kalibroidaan ja mitataan palvelujaksoittain.</translation>
    </message>
    <message>
      <source>Weighted mean of the scores of {count} metrics.</source>
      <translation>{count} mittarin pisteiden painotettu keskiarvo.</translation>
    </message>
    <message>
      <source>{count} metrics count in this period.</source>
      <translation>Tällä jaksolla lasketaan {count} mittaria.</translation>
    </message>
    <message>
      <source>… and {count} more warnings.</source>
      <translation>… ja {count} muuta varoitusta.</translation>
    </message>
    <message>
      <source>No actual costs yet: the bonus is settled when the period's costs are known and the target cost is under-run.</source>
      <translation>Toteutuneita kustannuksia ei vielä ole: bonus ratkeaa, kun jakson kustannukset tiedetään ja tavoitekustannus alittuu.</translation>
    </message>
    <message>
      <source>The target cost was exceeded by {amount}: no effectiveness bonus is paid, whatever the score.</source>
      <translation>Tavoitekustannus ylittyi (ylitys {amount}): vaikuttavuusbonusta ei makseta pisteistä riippumatta.</translation>
    </message>
    <message>
      <source>The effectiveness-bonus pool of the period is empty.</source>
      <translation>Jakson vaikuttavuusbonuspooli on tyhjä.</translation>
    </message>
    <message>
      <source>{score} of the pool {pool}; the unearned {unpaid} stays with the buyer.</source>
      <translation>{score} poolista {pool}; ansaitsematta jäänyt {unpaid} jää tilaajalle.</translation>
    </message>
  </context>
  <context>
    <name>CalibrationTimeline</name>
    <message>
      <source>Calibration history</source>
      <translation>Kalibrointihistoria</translation>
    </message>
    <message>
      <source>From {period}: retired (weight 0)</source>
      <translation>Jaksosta {period}: poistettu käytöstä (paino 0)</translation>
    </message>
    <message>
      <source>From {period}: weight {weight}, threshold {threshold}, target {target}</source>
      <translation>Jaksosta {period}: paino {weight}, kynnystaso {threshold}, tavoitetaso {target}</translation>
    </message>
    <message>
      <source>No service periods yet.</source>
      <translation>Palvelujaksoja ei vielä ole.</translation>
    </message>
    <message>
      <source>Retired</source>
      <translation>Poistettu käytöstä</translation>
    </message>
    <message>
      <source>weight 0</source>
      <translation>paino 0</translation>
    </message>
    <message>
      <source>Weight {weight}</source>
      <translation>Paino {weight}</translation>
    </message>
    <message>
      <source>Threshold {value}</source>
      <translation>Kynnys {value}</translation>
    </message>
    <message>
      <source>Target {value}</source>
      <translation>Tavoite {value}</translation>
    </message>
    <message>
      <source>Not calibrated</source>
      <translation>Ei kalibroitu</translation>
    </message>
  </context>
  <context>
    <name>ChainCanvas</name>
    <message>
      <source>Service chain</source>
      <translation>Palveluketju</translation>
    </message>
    <message>
      <source>Steps of the chain in order. Arrow keys move the selection, Enter edits, Delete removes, Ctrl+arrows move the step.</source>
      <translation>Palveluketjun hoitovaiheet järjestyksessä. Nuolinäppäimet siirtävät valintaa, Enter muokkaa, Delete poistaa, Ctrl+nuolet siirtävät hoitovaihetta.</translation>
    </message>
    <message>
      <source>No steps yet. Add the first step with “Add step”.</source>
      <translation>Ei vielä hoitovaiheita. Lisää ensimmäinen painikkeella ”Lisää hoitovaihe”.</translation>
    </message>
    <message>
      <source>Edit step</source>
      <translation>Muokkaa hoitovaihetta</translation>
    </message>
    <message>
      <source>Insert step before</source>
      <translation>Lisää hoitovaihe ennen</translation>
    </message>
    <message>
      <source>Insert step after</source>
      <translation>Lisää hoitovaihe jälkeen</translation>
    </message>
    <message>
      <source>Duplicate step</source>
      <translation>Monista hoitovaihe</translation>
    </message>
    <message>
      <source>Delete step</source>
      <translation>Poista hoitovaihe</translation>
    </message>
    <message>
      <source>Add step here</source>
      <translation>Lisää hoitovaihe tähän</translation>
    </message>
  </context>
  <context>
    <name>ChainPainter</name>
    <message>
      <source>{volume} × {unit_cost}</source>
      <translation>{volume} × {unit_cost}</translation>
    </message>
    <message>
      <source>Gross cost per year</source>
      <translation>Bruttokustannus vuodessa</translation>
    </message>
    <message>
      <source>Own production today</source>
      <translation>Nykyinen oma tuotanto</translation>
    </message>
    <message>
      <source>Difference to own production</source>
      <translation>Erotus omaan tuotantoon</translation>
    </message>
  </context>
  <context>
    <name>Chains</name>
    <message>
      <source>Own production</source>
      <translation>Oma tuotanto</translation>
    </message>
    <message>
      <source>Alliance partner</source>
      <translation>Allianssikumppani</translation>
    </message>
    <message>
      <source>Subcontractor</source>
      <translation>Alihankkija</translation>
    </message>
    <message>
      <source>Support service</source>
      <translation>Tukipalvelu</translation>
    </message>
    <message>
      <source>The wellbeing county produces the step itself.</source>
      <translation>Hyvinvointialue tuottaa hoitovaiheen itse.</translation>
    </message>
    <message>
      <source>A producer that is a party to the alliance agreement.</source>
      <translation>Palveluntuottaja, joka on allianssisopimuksen osapuoli.</translation>
    </message>
    <message>
      <source>In the alliance</source>
      <translation>Mukana allianssissa</translation>
    </message>
    <message>
      <source>Not in the alliance</source>
      <translation>Ei mukana</translation>
    </message>
    <message>
      <source>Option</source>
      <translation>Optio</translation>
    </message>
    <message>
      <source>Included</source>
      <translation>Mukana</translation>
    </message>
    <message>
      <source>Excluded</source>
      <translation>Ei mukana</translation>
    </message>
    <message>
      <source>Service needs per area</source>
      <translation>Palvelutarpeet alueittain</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>Tavoitteet</translation>
    </message>
    <message>
      <source>Implementation alternatives</source>
      <translation>Toteutusvaihtoehdot</translation>
    </message>
    <message>
      <source>Views of staff, producers and clients</source>
      <translation>Henkilöstön, palveluntuottajien ja asiakkaiden näkemykset</translation>
    </message>
    <message>
      <source>Division of responsibility and organisation</source>
      <translation>Toimijoiden vastuunjako ja organisointi</translation>
    </message>
    <message>
      <source>Incentives and sanctions</source>
      <translation>Kannustimet ja sanktiot</translation>
    </message>
    <message>
      <source>Risks</source>
      <translation>Riskien tunnistaminen</translation>
    </message>
    <message>
      <source>Use of the buyer's own infrastructure</source>
      <translation>Tilaajan oman infran hyödyntäminen</translation>
    </message>
    <message>
      <source>How much of the service each area needs, and where the queues are.</source>
      <translation>Kuinka paljon palvelua kukin alue tarvitsee ja missä jonot ovat.</translation>
    </message>
    <message>
      <source>What the chain should achieve: waiting times, quality, cost.</source>
      <translation>Mitä palveluketjulla tavoitellaan: jonotusajat, laatu, kustannukset.</translation>
    </message>
    <message>
      <source>Own production, purchased service, voucher or alliance.</source>
      <translation>Oma tuotanto, ostopalvelu, palveluseteli tai allianssi.</translation>
    </message>
    <message>
      <source>What staff, producers and clients think of the change.</source>
      <translation>Mitä henkilöstö, palveluntuottajat ja asiakkaat ajattelevat muutoksesta.</translation>
    </message>
    <message>
      <source>Who is responsible for which step, and how it is organised.</source>
      <translation>Kuka vastaa mistäkin hoitovaiheesta ja miten toiminta organisoidaan.</translation>
    </message>
    <message>
      <source>Bonuses and sanctions tied to the goals and metrics.</source>
      <translation>Tavoitteisiin ja mittareihin sidotut bonukset ja sanktiot.</translation>
    </message>
    <message>
      <source>What could go wrong, and how it is managed.</source>
      <translation>Mikä voi mennä vikaan ja miten riskiä hallitaan.</translation>
    </message>
    <message>
      <source>Premises, equipment and systems of the buyer that the alliance uses.</source>
      <translation>Tilaajan tilat, laitteet ja järjestelmät, joita allianssi käyttää.</translation>
    </message>
    <message>
      <source>Provider not chosen</source>
      <translation>Tuottajaa ei valittu</translation>
    </message>
    <message>
      <source>No service chain has the key “{key}”.</source>
      <translation>Tunnuksella ”{key}” ei ole palveluketjua.</translation>
    </message>
    <message>
      <source>No step has the key “{key}”.</source>
      <translation>Tunnuksella ”{key}” ei ole hoitovaihetta.</translation>
    </message>
    <message>
      <source>A step needs a name.</source>
      <translation>Hoitovaiheella on oltava nimi.</translation>
    </message>
    <message>
      <source>Enter a number.</source>
      <translation>Kirjoita luku.</translation>
    </message>
    <message>
      <source>The annual volume cannot be negative.</source>
      <translation>Vuosivolyymi ei voi olla negatiivinen.</translation>
    </message>
    <message>
      <source>The unit cost cannot be negative.</source>
      <translation>Yksikkökustannus ei voi olla negatiivinen.</translation>
    </message>
    <message>
      <source>Today's own-production unit cost cannot be negative.</source>
      <translation>Nykyinen oman tuotannon yksikkökustannus ei voi olla negatiivinen.</translation>
    </message>
    <message>
      <source>Unknown provider kind “{kind}”.</source>
      <translation>Tuntematon tuottajatyyppi ”{kind}”.</translation>
    </message>
    <message>
      <source>Unknown alliance scope “{scope}”.</source>
      <translation>Tuntematon allianssin laajuus ”{scope}”.</translation>
    </message>
    <message>
      <source>Enter text.</source>
      <translation>Kirjoita tekstiä.</translation>
    </message>
    <message>
      <source>A step has no field “{field}”.</source>
      <translation>Hoitovaiheella ei ole kenttää ”{field}”.</translation>
    </message>
    <message>
      <source>No party has the key “{key}”.</source>
      <translation>Tunnuksella ”{key}” ei ole osapuolta.</translation>
    </message>
    <message>
      <source>A service chain needs a name.</source>
      <translation>Palveluketjulla on oltava nimi.</translation>
    </message>
    <message>
      <source>The key “{key}” is already used by another chain.</source>
      <translation>Tunnus ”{key}” on jo toisen palveluketjun käytössä.</translation>
    </message>
    <message>
      <source>{name} (copy)</source>
      <translation>{name} (kopio)</translation>
    </message>
    <message>
      <source>New step</source>
      <translation>Uusi hoitovaihe</translation>
    </message>
    <message>
      <source>The key “{key}” is already used by another step.</source>
      <translation>Tunnus ”{key}” on jo toisen hoitovaiheen käytössä.</translation>
    </message>
    <message>
      <source>Unknown analysis heading “{heading}”.</source>
      <translation>Tuntematon analyysin otsikko ”{heading}”.</translation>
    </message>
    <message>
      <source>Unknown scope state “{state}”.</source>
      <translation>Tuntematon rajauksen tila ”{state}”.</translation>
    </message>
    <message>
      <source>No service package has the key “{key}”.</source>
      <translation>Tunnuksella ”{key}” ei ole palvelukokonaisuutta.</translation>
    </message>
    <message>
      <source>No area has the key “{key}”.</source>
      <translation>Tunnuksella ”{key}” ei ole aluetta.</translation>
    </message>
    <message>
      <source>A service package needs a name.</source>
      <translation>Palvelukokonaisuudella on oltava nimi.</translation>
    </message>
    <message>
      <source>The key “{key}” is already used by another package.</source>
      <translation>Tunnus ”{key}” on jo toisen palvelukokonaisuuden käytössä.</translation>
    </message>
    <message>
      <source>No service period has the key “{key}”.</source>
      <translation>Tunnuksella ”{key}” ei ole palvelujaksoa.</translation>
    </message>
    <message>
      <source>Surgical care chain</source>
      <translation>Leikkaushoitoprosessi</translation>
    </message>
    <message>
      <source>Complementary reception chain</source>
      <translation>Täydentävä vastaanottoprosessi</translation>
    </message>
    <message>
      <source>Elderly home-care chain</source>
      <translation>Ikääntyneen kotona asumisen palveluketju</translation>
    </message>
    <message>
      <source>From referral to follow-up check, with the support functions of the surgical care process (HyvaKS slides). Fill in providers, volumes and costs.</source>
      <translation>Leikkaushoitoprosessi lähetteestä jälkitarkastukseen tukitoimintoineen (HyvaKS:n diat). Täydennä tuottajat, volyymit ja kustannukset.</translation>
    </message>
    <message>
      <source>Doctor's and nurse's appointments with the examinations, statements, training and premises they need (HyvaKS slides).</source>
      <translation>Lääkärin ja hoitajan vastaanotot sekä niiden tarvitsemat tutkimukset, lausunnot, koulutus ja tilat (HyvaKS:n diat).</translation>
    </message>
    <message>
      <source>Services for people over 65 living at home, from the assessment of service needs to housing services (Keusote's service packages).</source>
      <translation>Kotona asuvan yli 65-vuotiaan palvelut palvelutarpeen arvioinnista asumispalveluihin (Keusoten palvelukokonaisuudet).</translation>
    </message>
    <message>
      <source>Referral / doctor</source>
      <translation>Lähete/lääkäri</translation>
    </message>
    <message>
      <source>Care planning</source>
      <translation>Hoidon suunnittelu</translation>
    </message>
    <message>
      <source>Digital care</source>
      <translation>Digihoito</translation>
    </message>
    <message>
      <source>Laboratory tests</source>
      <translation>Laboratoriokokeet</translation>
    </message>
    <message>
      <source>Imaging</source>
      <translation>Kuvantaminen</translation>
    </message>
    <message>
      <source>Sampling</source>
      <translation>Näytteenotto</translation>
    </message>
    <message>
      <source>Statements</source>
      <translation>Lausunnot</translation>
    </message>
    <message>
      <source>Ward care</source>
      <translation>Vuodeosastohoito</translation>
    </message>
    <message>
      <source>Surgery</source>
      <translation>Leikkaus</translation>
    </message>
    <message>
      <source>Discharge</source>
      <translation>Kotiutus</translation>
    </message>
    <message>
      <source>Rehabilitation</source>
      <translation>Kuntoutus</translation>
    </message>
    <message>
      <source>Aids</source>
      <translation>Apuvälineet</translation>
    </message>
    <message>
      <source>Pain management</source>
      <translation>Kivunhoito</translation>
    </message>
    <message>
      <source>Follow-up check</source>
      <translation>Jälkitarkastus</translation>
    </message>
    <message>
      <source>Corrective procedures</source>
      <translation>Korjaavat toimenpiteet</translation>
    </message>
    <message>
      <source>Transport</source>
      <translation>Kuljetukset</translation>
    </message>
    <message>
      <source>Register keeping</source>
      <translation>Rekisterienhoito</translation>
    </message>
    <message>
      <source>Staff training</source>
      <translation>Henkilöstön koulutus</translation>
    </message>
    <message>
      <source>Doctor's appointment</source>
      <translation>Lääkärin vastaanotto</translation>
    </message>
    <message>
      <source>Nurse's appointment</source>
      <translation>Hoitajan vastaanotto</translation>
    </message>
    <message>
      <source>Premises</source>
      <translation>Tilat</translation>
    </message>
    <message>
      <source>Assessment of service needs</source>
      <translation>Palvelutarpeen arviointi</translation>
    </message>
    <message>
      <source>Outpatient care for people over 65</source>
      <translation>Yli 65-vuotiaiden avosairaanhoito</translation>
    </message>
    <message>
      <source>Home care</source>
      <translation>Kotihoito</translation>
    </message>
    <message>
      <source>Remote home care</source>
      <translation>Kotihoidon etähoiva</translation>
    </message>
    <message>
      <source>Doctor's and rehabilitation services for home care</source>
      <translation>Lääkäri- ja kuntoutuspalvelut kotihoitoon</translation>
    </message>
    <message>
      <source>Rehabilitative day activities</source>
      <translation>Kuntouttava päivätoiminta</translation>
    </message>
    <message>
      <source>Meal service</source>
      <translation>Ateriapalvelu</translation>
    </message>
    <message>
      <source>Cleaning and handyman services</source>
      <translation>Siivous- ja kotitalkkaripalvelut</translation>
    </message>
    <message>
      <source>Communal housing</source>
      <translation>Yhteisöllinen asuminen</translation>
    </message>
    <message>
      <source>24-hour service housing</source>
      <translation>Ympärivuorokautinen palveluasuminen</translation>
    </message>
    <message>
      <source>Doctor's and rehabilitation services for housing services</source>
      <translation>Lääkäri- ja kuntoutuspalvelut asumispalveluihin</translation>
    </message>
    <message>
      <source>Unknown chain template “{template}”.</source>
      <translation>Tuntematon palveluketjupohja ”{template}”.</translation>
    </message>
  </context>
  <context>
    <name>ChainsView</name>
    <message>
      <source>Service chains</source>
      <translation>Palveluketjut</translation>
    </message>
    <message>
      <source>New chain</source>
      <translation>Uusi palveluketju</translation>
    </message>
    <message>
      <source>Blank chain</source>
      <translation>Tyhjä palveluketju</translation>
    </message>
    <message>
      <source>From template: {name}</source>
      <translation>Pohjasta: {name}</translation>
    </message>
    <message>
      <source>Add step</source>
      <translation>Lisää hoitovaihe</translation>
    </message>
    <message>
      <source>Add a step after the selected one (Insert)</source>
      <translation>Lisää hoitovaihe valitun jälkeen (Insert)</translation>
    </message>
    <message>
      <source>Insert before</source>
      <translation>Lisää ennen</translation>
    </message>
    <message>
      <source>Insert a step before the selected one</source>
      <translation>Lisää hoitovaihe valitun eteen</translation>
    </message>
    <message>
      <source>Duplicate step</source>
      <translation>Monista</translation>
    </message>
    <message>
      <source>Copy the selected step (Ctrl+D)</source>
      <translation>Monista valittu hoitovaihe (Ctrl+D)</translation>
    </message>
    <message>
      <source>Delete step</source>
      <translation>Poista</translation>
    </message>
    <message>
      <source>Delete the selected step (Delete); Ctrl+Z brings it back</source>
      <translation>Poista valittu hoitovaihe (Delete); Ctrl+Z palauttaa sen</translation>
    </message>
    <message>
      <source>Step details</source>
      <translation>Hoitovaiheen tiedot</translation>
    </message>
    <message>
      <source>Show the selected step's details beside the chain</source>
      <translation>Näytä valitun hoitovaiheen tiedot palveluketjun vieressä</translation>
    </message>
    <message>
      <source>Zoom out (Ctrl+minus)</source>
      <translation>Loitonna (Ctrl+miinus)</translation>
    </message>
    <message>
      <source>Zoom in (Ctrl+plus)</source>
      <translation>Lähennä (Ctrl+plus)</translation>
    </message>
    <message>
      <source>Export picture</source>
      <translation>Vie kuvana</translation>
    </message>
    <message>
      <source>PNG picture…</source>
      <translation>PNG-kuva…</translation>
    </message>
    <message>
      <source>SVG drawing…</source>
      <translation>SVG-piirros…</translation>
    </message>
    <message>
      <source>SVG drawing (needs Qt SVG, not installed)</source>
      <translation>SVG-piirros (vaatii Qt SVG -moduulin, ei asennettu)</translation>
    </message>
    <message>
      <source>Drag a card to move it · arrow keys select · Enter edits · Delete removes · Ctrl+arrows move the step · double-click between cards inserts a step</source>
      <translation>Siirrä korttia vetämällä · nuolinäppäimet valitsevat · Enter muokkaa · Delete poistaa · Ctrl+nuolet siirtävät hoitovaihetta · kaksoisnapsautus korttien välissä lisää hoitovaiheen</translation>
    </message>
    <message>
      <source>Chain</source>
      <translation>Palveluketju</translation>
    </message>
    <message>
      <source>Costs</source>
      <translation>Kustannukset</translation>
    </message>
    <message>
      <source>Analysis</source>
      <translation>Analyysi</translation>
    </message>
    <message>
      <source>Scope matrix</source>
      <translation>Palvelukokonaisuudet alueittain</translation>
    </message>
    <message>
      <source>The change was not made</source>
      <translation>Muutosta ei tehty</translation>
    </message>
    <message>
      <source>{count} steps</source>
      <translation>{count} hoitovaihetta</translation>
    </message>
    <message>
      <source>Rename chain</source>
      <translation>Nimeä uudelleen</translation>
    </message>
    <message>
      <source>The chain was not renamed</source>
      <translation>Palveluketjua ei nimetty uudelleen</translation>
    </message>
    <message>
      <source>New service chain</source>
      <translation>Uusi palveluketju</translation>
    </message>
    <message>
      <source>New chain from a template</source>
      <translation>Uusi palveluketju pohjasta</translation>
    </message>
    <message>
      <source>{name} (copy)</source>
      <translation>{name} (kopio)</translation>
    </message>
    <message>
      <source>Duplicate chain</source>
      <translation>Monista palveluketju</translation>
    </message>
    <message>
      <source>Delete chain…</source>
      <translation>Poista palveluketju…</translation>
    </message>
    <message>
      <source>Delete chain</source>
      <translation>Poista palveluketju</translation>
    </message>
    <message>
      <source>Delete the chain “{name}” and its {count} steps? You can undo this with Ctrl+Z.</source>
      <translation>Poistetaanko palveluketju ”{name}” ja sen {count} hoitovaihetta? Voit perua poiston näppäimillä Ctrl+Z.</translation>
    </message>
    <message>
      <source>Chain deleted. Undo (Ctrl+Z) brings it back.</source>
      <translation>Palveluketju poistettiin. Kumoa (Ctrl+Z) palauttaa sen.</translation>
    </message>
    <message>
      <source>New step</source>
      <translation>Uusi hoitovaihe</translation>
    </message>
    <message>
      <source>Step “{name}” deleted. Undo (Ctrl+Z) brings it back.</source>
      <translation>Hoitovaihe ”{name}” poistettiin. Kumoa (Ctrl+Z) palauttaa sen.</translation>
    </message>
    <message>
      <source>Move step</source>
      <translation>Siirrä hoitovaihe</translation>
    </message>
    <message>
      <source>No service periods</source>
      <translation>Ei palvelujaksoja</translation>
    </message>
    <message>
      <source>Add the service periods in the commercial model first.</source>
      <translation>Lisää ensin palvelujaksot kaupalliseen malliin.</translation>
    </message>
    <message>
      <source>Use the chain's cost as the production target</source>
      <translation>Palveluketjun kustannus tuotantokustannusten tavoitteeksi</translation>
    </message>
    <message>
      <source>Production target of {period} is now {amount} ({change}).</source>
      <translation>Jakson {period} tuotantokustannusten tavoite on nyt {amount} ({change}).</translation>
    </message>
    <message>
      <source>SVG is not available</source>
      <translation>SVG ei ole käytettävissä</translation>
    </message>
    <message>
      <source>This installation has no Qt SVG module; export a PNG picture instead.</source>
      <translation>Tästä asennuksesta puuttuu Qt SVG -moduuli; vie sen sijaan PNG-kuva.</translation>
    </message>
    <message>
      <source>SVG drawing (*.svg)</source>
      <translation>SVG-piirros (*.svg)</translation>
    </message>
    <message>
      <source>PNG picture (*.png)</source>
      <translation>PNG-kuva (*.png)</translation>
    </message>
    <message>
      <source>Export the chain as a picture</source>
      <translation>Vie palveluketju kuvana</translation>
    </message>
    <message>
      <source>Picture saved: {path}</source>
      <translation>Kuva tallennettu: {path}</translation>
    </message>
    <message>
      <source>The picture was not saved</source>
      <translation>Kuvaa ei tallennettu</translation>
    </message>
    <message>
      <source>Could not write {path}.</source>
      <translation>Tiedostoon {path} ei voitu kirjoittaa.</translation>
    </message>
  </context>
  <context>
    <name>ChooseSlidesDialog</name>
    <message>
      <source>Choose slides</source>
      <translation>Valitse diat</translation>
    </message>
    <message>
      <source>Tick the slides to show and put them in order. The choice is saved in the project file, so the deck travels with the plan. View &gt; Present (F5) shows them.</source>
      <translation>Rastita näytettävät diat ja järjestä ne. Valinta tallennetaan projektitiedostoon, joten esitys kulkee suunnitelman mukana. Näytä &gt; Esitä (F5) näyttää ne.</translation>
    </message>
    <message>
      <source>Slides</source>
      <translation>Diat</translation>
    </message>
    <message>
      <source>Move &amp;up</source>
      <translation>Siirrä &amp;ylös</translation>
    </message>
    <message>
      <source>Move &amp;down</source>
      <translation>Siirrä &amp;alas</translation>
    </message>
    <message>
      <source>&amp;Usual slides</source>
      <translation>&amp;Tavalliset diat</translation>
    </message>
    <message>
      <source>Every slide in the usual order (one slide per main phase left out).</source>
      <translation>Kaikki diat tavallisessa järjestyksessä (ilman kunkin päävaiheen omaa diaa).</translation>
    </message>
    <message>
      <source>The file is read-only: the choice cannot be saved.</source>
      <translation>Tiedosto on vain luettavissa: valintaa ei voi tallentaa.</translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <source>usage: </source>
      <translation>käyttö: </translation>
    </message>
    <message>
      <source>Invalid command line: {problem}</source>
      <translation>Virheellinen komentorivi: {problem}</translation>
    </message>
    <message>
      <source>positional arguments</source>
      <translation>argumentit</translation>
    </message>
    <message>
      <source>options</source>
      <translation>valitsimet</translation>
    </message>
    <message>
      <source>show this help message and exit</source>
      <translation>näytä tämä ohje ja lopeta</translation>
    </message>
    <message>
      <source>show program's version number and exit</source>
      <translation>näytä ohjelman versio ja lopeta</translation>
    </message>
    <message>
      <source>argument {name}: {problem}</source>
      <translation>argumentti {name}: {problem}</translation>
    </message>
    <message>
      <source>a whole number</source>
      <translation>kokonaisluku</translation>
    </message>
    <message>
      <source>a number</source>
      <translation>luku</translation>
    </message>
    <message>
      <source>unrecognized arguments: {arguments}</source>
      <translation>tuntemattomat argumentit: {arguments}</translation>
    </message>
    <message>
      <source>the following arguments are required: {arguments}</source>
      <translation>nämä argumentit puuttuvat: {arguments}</translation>
    </message>
    <message>
      <source>one of the arguments {arguments} is required</source>
      <translation>jokin argumenteista {arguments} tarvitaan</translation>
    </message>
    <message>
      <source>expected one argument</source>
      <translation>arvo puuttuu</translation>
    </message>
    <message>
      <source>expected at most one argument</source>
      <translation>enintään yksi arvo sallitaan</translation>
    </message>
    <message>
      <source>expected at least one argument</source>
      <translation>vähintään yksi arvo tarvitaan</translation>
    </message>
    <message>
      <source>expected {count} arguments</source>
      <translation>tarvitaan {count} arvoa</translation>
    </message>
    <message>
      <source>not allowed with argument {other}</source>
      <translation>ei sallittu yhdessä argumentin {other} kanssa</translation>
    </message>
    <message>
      <source>ignored explicit argument {value}</source>
      <translation>ylimääräinen arvo {value}</translation>
    </message>
    <message>
      <source>ambiguous option: {option} could match {matches}</source>
      <translation>monitulkintainen valitsin {option}: voi tarkoittaa valitsimia {matches}</translation>
    </message>
    <message>
      <source>invalid choice: {value} (choose from {choices})</source>
      <translation>virheellinen valinta {value} (vaihtoehdot: {choices})</translation>
    </message>
    <message>
      <source>invalid value: {value} (expected {kind})</source>
      <translation>virheellinen arvo {value} (odotettiin: {kind})</translation>
    </message>
    <message>
      <source>unexpected option string: {option}</source>
      <translation>odottamaton valitsin: {option}</translation>
    </message>
    <message>
      <source>Alliance Planner: plan an alliance-model procurement.</source>
      <translation>Allianssisuunnittelija: allianssimallisen hankinnan suunnittelu.</translation>
    </message>
    <message>
      <source>Commands: new, check, export-json, import-json, settle, simulate, report, export-xlsx (alliance-desktop COMMAND --help).</source>
      <translation>Komennot: new, check, export-json, import-json, settle, simulate, report, export-xlsx (alliance-desktop KOMENTO --help).</translation>
    </message>
    <message>
      <source>project file to open</source>
      <translation>avattava projektitiedosto</translation>
    </message>
    <message>
      <source>open a fresh copy of a demo project</source>
      <translation>avaa uusi kopio esimerkkiprojektista</translation>
    </message>
    <message>
      <source>start on this view</source>
      <translation>aloita tästä näkymästä</translation>
    </message>
    <message>
      <source>render the window (1600x1000) to PNG and exit</source>
      <translation>tallenna ikkunan kuva (1600x1000) PNG-tiedostoon ja lopeta</translation>
    </message>
    <message>
      <source>the window's size for --screenshot, in logical pixels (such as 1280x720)</source>
      <translation>ikkunan koko --screenshot-kuvassa loogisina pikseleinä (esimerkiksi 1280x720)</translation>
    </message>
    <message>
      <source>the window's colours for this start: light, contrast (high contrast) or dark</source>
      <translation>ikkunan värit tällä käynnistyskerralla: light (vaalea), contrast (korkea kontrasti) tai dark (tumma)</translation>
    </message>
    <message>
      <source>start in presentation mode (full-screen slides; --view NAME: its slide first; with --screenshot: the slide a projector shows)</source>
      <translation>käynnistä esitystilassa (koko näytön diat; --view NIMI: sen dia ensin; --screenshot-valitsimen kanssa: dia sellaisena kuin projektori sen näyttää)</translation>
    </message>
    <message>
      <source>interface language</source>
      <translation>käyttöliittymän kieli</translation>
    </message>
    <message>
      <source>language of messages and output</source>
      <translation>viestien ja tulosteen kieli</translation>
    </message>
    <message>
      <source>Invalid window size “{size}”: give width x height in pixels, such as 1280x720 (from {low} to {high}).</source>
      <translation>Ikkunan koko ”{size}” ei kelpaa: anna leveys x korkeus pikseleinä, esimerkiksi 1280x720 (välillä {low}–{high}).</translation>
    </message>
    <message>
      <source>create a project file from a template</source>
      <translation>luo projektitiedosto pohjasta</translation>
    </message>
    <message>
      <source>start from an empty plan (blank) or a demo (keusote, hyvaks)</source>
      <translation>aloita tyhjästä suunnitelmasta (blank) tai esimerkistä (keusote, hyvaks)</translation>
    </message>
    <message>
      <source>verify a project file</source>
      <translation>tarkista projektitiedosto</translation>
    </message>
    <message>
      <source>the project file to check (.alliance)</source>
      <translation>tarkistettava projektitiedosto (.alliance)</translation>
    </message>
    <message>
      <source>{path}: opens, but must be corrected in the metrics view: {problem}</source>
      <translation>{path}: avautuu, mutta se on korjattava mittarinäkymässä: {problem}</translation>
    </message>
    <message>
      <source>write a project file as JSON</source>
      <translation>kirjoita projektitiedosto JSON-muodossa</translation>
    </message>
    <message>
      <source>the project file (.alliance)</source>
      <translation>projektitiedosto (.alliance)</translation>
    </message>
    <message>
      <source>the JSON file to write</source>
      <translation>kirjoitettava JSON-tiedosto</translation>
    </message>
    <message>
      <source>make a project file from JSON</source>
      <translation>tee projektitiedosto JSON-tiedostosta</translation>
    </message>
    <message>
      <source>the JSON project to read</source>
      <translation>luettava JSON-projekti</translation>
    </message>
    <message>
      <source>the project file to create (.alliance)</source>
      <translation>luotava projektitiedosto (.alliance)</translation>
    </message>
    <message>
      <source>commercial settlement per service period</source>
      <translation>kaupallinen tilitys palvelujaksoittain</translation>
    </message>
    <message>
      <source>output JSON</source>
      <translation>tulosta JSON</translation>
    </message>
    <message>
      <source>write the plan as a PDF report</source>
      <translation>kirjoita suunnitelma PDF-raportiksi</translation>
    </message>
    <message>
      <source>The file is not a valid alliance project.</source>
      <translation>Tiedosto ei ole kelvollinen allianssiprojekti.</translation>
    </message>
    <message>
      <source>File error: “{path}”: {problem}</source>
      <translation>Tiedostovirhe: ”{path}”: {problem}</translation>
    </message>
    <message>
      <source>Interrupted.</source>
      <translation>Keskeytetty.</translation>
    </message>
    <message>
      <source>Unexpected error: {error}</source>
      <translation>Odottamaton virhe: {error}</translation>
    </message>
    <message>
      <source>The file “{path}” does not exist.</source>
      <translation>Tiedostoa ”{path}” ei ole olemassa.</translation>
    </message>
    <message>
      <source>“{path}” is a folder, not a file.</source>
      <translation>”{path}” on kansio, ei tiedosto.</translation>
    </message>
    <message>
      <source>“{path}” is not a regular file (a device or a pipe, for example); give a file.</source>
      <translation>”{path}” ei ole tavallinen tiedosto (vaan esimerkiksi laite tai putki); anna tiedosto.</translation>
    </message>
    <message>
      <source>“{path}” is larger than {limit} MB; such a file is not read.</source>
      <translation>”{path}” on suurempi kuin {limit} Mt; näin suurta tiedostoa ei lueta.</translation>
    </message>
    <message>
      <source>No permission to read “{path}”.</source>
      <translation>Ei lukuoikeutta tiedostoon ”{path}”.</translation>
    </message>
    <message>
      <source>“{path}” could not be read: {problem}</source>
      <translation>Tiedostoa ”{path}” ei voi lukea: {problem}</translation>
    </message>
    <message>
      <source>“{path}” is the file being read, or its journal; choose another name for the output (nothing was overwritten).</source>
      <translation>”{path}” on luettava tiedosto tai sen lokitiedosto; anna tulostiedostolle toinen nimi (mitään ei korvattu).</translation>
    </message>
    <message>
      <source>“{path}” is saved as {encoding}; save it as UTF-8.</source>
      <translation>”{path}” on tallennettu {encoding}-muodossa; tallenna se UTF-8-muodossa.</translation>
    </message>
    <message>
      <source>“{path}” is neither a project file (.alliance) nor a JSON project in UTF-8.</source>
      <translation>”{path}” ei ole projektitiedosto (.alliance) eikä UTF-8-muotoinen JSON-projekti.</translation>
    </message>
    <message>
      <source>“{path}” is a folder; give a file name for the output.</source>
      <translation>”{path}” on kansio; anna tulostiedostolle tiedostonimi.</translation>
    </message>
    <message>
      <source>“{path}” would be taken for the journal of “{file}”; choose another name (nothing was written).</source>
      <translation>”{path}” tulkittaisiin tiedoston ”{file}” lokitiedostoksi; valitse toinen nimi (mitään ei kirjoitettu).</translation>
    </message>
    <message>
      <source>{path} exists already; choose another name (nothing was overwritten).</source>
      <translation>{path} on jo olemassa; valitse toinen nimi (mitään ei korvattu).</translation>
    </message>
    <message>
      <source>Created {path}</source>
      <translation>Luotu {path}</translation>
    </message>
    <message>
      <source>{path}: OK — “{name}”, {periods} service periods, {chains} chains, {metrics} metrics.</source>
      <translation>{path}: kunnossa — ”{name}”, palvelujaksoja {periods}, palveluketjuja {chains}, mittareita {metrics}.</translation>
    </message>
    <message>
      <source>{path} could not be written: {problem}</source>
      <translation>Tiedostoa {path} ei voitu kirjoittaa: {problem}</translation>
    </message>
    <message>
      <source>write the plan as an Excel workbook with the settlement as live formulas</source>
      <translation>kirjoita suunnitelma Excel-työkirjaksi, jossa tilitys on laskettu kaavoilla</translation>
    </message>
    <message>
      <source>target cost under uncertainty: P10…P90, probabilities of a sanction, contingency</source>
      <translation>tavoitekustannus epävarmuuden vallitessa: P10…P90, sanktion todennäköisyys, varaus</translation>
    </message>
    <message>
      <source>number of draws (10 000)</source>
      <translation>arvontojen määrä (10 000)</translation>
    </message>
    <message>
      <source>seed of the draws (1)</source>
      <translation>arvontojen siemenluku (1)</translation>
    </message>
    <message>
      <source>also move each sharing parameter down and up (tornado)</source>
      <translation>muuta myös kutakin jakosääntöä alas ja ylös (tornado)</translation>
    </message>
    <message>
      <source>Target cost under uncertainty: {project}</source>
      <translation>Tavoitekustannus epävarmuuden vallitessa: {project}</translation>
    </message>
    <message>
      <source>{draws} draws, seed {seed}; each draw settled by the contract's rules.</source>
      <translation>{draws} arvontaa, siemenluku {seed}; jokainen arvonta tilitetty sopimuksen sääntöjen mukaan.</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Jakso</translation>
    </message>
    <message>
      <source>Sanction</source>
      <translation>Sanktio</translation>
    </message>
    <message>
      <source>Gain cap</source>
      <translation>Bonuskatto</translation>
    </message>
    <message>
      <source>Contingency P50</source>
      <translation>Varaus P50</translation>
    </message>
    <message>
      <source>Contingency P80</source>
      <translation>Varaus P80</translation>
    </message>
    <message>
      <source>{period} (actual)</source>
      <translation>{period} (toteuma)</translation>
    </message>
    <message>
      <source>Contract</source>
      <translation>Sopimus</translation>
    </message>
    <message>
      <source>Buyer's total cost:</source>
      <translation>Tilaajan kokonaiskustannus:</translation>
    </message>
    <message>
      <source>Sensitivity (P50 of the buyer's total cost and of the producer's result, each parameter moved down / up):</source>
      <translation>Herkkyys (tilaajan kokonaiskustannuksen ja palveluntuottajan tuloksen P50, kun kutakin jakosääntöä muutetaan alas / ylös):</translation>
    </message>
    <message>
      <source>cap on shared savings</source>
      <translation>jaettavan säästön katto</translation>
    </message>
    <message>
      <source>producer's cost bonus share</source>
      <translation>palveluntuottajan kustannusbonusosuus</translation>
    </message>
    <message>
      <source>staff's cost bonus share</source>
      <translation>henkilöstön kustannusbonusosuus</translation>
    </message>
    <message>
      <source>effectiveness pool share</source>
      <translation>vaikuttavuuspoolin osuus</translation>
    </message>
    <message>
      <source>producer's over-run share</source>
      <translation>palveluntuottajan osuus ylityksestä</translation>
    </message>
    <message>
      <source>cap on the producer's sanction</source>
      <translation>palveluntuottajan sanktion katto</translation>
    </message>
    <message>
      <source>The number of draws must be from 1 to {most}.</source>
      <translation>Arvontojen määrän on oltava 1–{most}.</translation>
    </message>
    <message>
      <source>The seed must be a whole number from 0 to 2⁶³ − 1.</source>
      <translation>Siemenluvun on oltava kokonaisluku väliltä 0–2⁶³ − 1.</translation>
    </message>
    <message>
      <source>Unexpected error while simulating: {error}</source>
      <translation>Odottamaton virhe simuloinnissa: {error}</translation>
    </message>
    <message>
      <source>No display to show the window on (DISPLAY is not set). Start the app on a desktop, or use the commands that need no window, e.g. “alliance-desktop report PLAN -o report.pdf” (alliance-desktop --help lists them).</source>
      <translation>Ikkunaa ei voi näyttää, koska näyttöä ei ole (DISPLAY-muuttujaa ei ole asetettu). Käynnistä sovellus työpöydällä tai käytä komentoja, jotka eivät tarvitse ikkunaa, esimerkiksi ”alliance-desktop report SUUNNITELMA -o raportti.pdf” (alliance-desktop --help luettelee ne).</translation>
    </message>
    <message>
      <source>The window cannot start: the system lacks libraries Qt needs for it. Install them with: sudo apt-get install {packages}</source>
      <translation>Ikkuna ei käynnisty: järjestelmästä puuttuu kirjastoja, joita Qt tarvitsee ikkunaan. Asenna ne komennolla: sudo apt-get install {packages}</translation>
    </message>
  </context>
  <context>
    <name>CommercialEdits</name>
    <message>
      <source>There is no service period “{period}”.</source>
      <translation>Palvelujaksoa ”{period}” ei ole.</translation>
    </message>
    <message>
      <source>Enter an amount in euros.</source>
      <translation>Anna summa euroina.</translation>
    </message>
    <message>
      <source>A cost cannot be negative.</source>
      <translation>Kustannus ei voi olla negatiivinen.</translation>
    </message>
    <message>
      <source>A service period needs a name.</source>
      <translation>Palvelujaksolla pitää olla nimi.</translation>
    </message>
    <message>
      <source>Service period {number}</source>
      <translation>Palvelujakso {number}</translation>
    </message>
    <message>
      <source>Choose a day inside the period: each part must last at least two days.</source>
      <translation>Valitse päivä jakson sisältä: kummankin osan pitää kestää vähintään kaksi päivää.</translation>
    </message>
    <message>
      <source>{name} (continued)</source>
      <translation>{name} (jatkoa)</translation>
    </message>
    <message>
      <source>Set the start of the service phase on the timeline first, or add a service period.</source>
      <translation>Merkitse ensin palveluvaiheen alku aikajanalle tai lisää palvelujakso.</translation>
    </message>
    <message>
      <source>Each period must last at least one year.</source>
      <translation>Jokaisen jakson pitää kestää vähintään vuoden.</translation>
    </message>
    <message>
      <source>Service period {number} ({years} years)</source>
      <translation>Palvelujakso {number} ({years} v)</translation>
    </message>
    <message>
      <source>The cap on shared savings cannot be negative.</source>
      <translation>Jaettavan säästön katto ei voi olla negatiivinen.</translation>
    </message>
    <message>
      <source>The cap on the producer's cost sanction cannot be negative.</source>
      <translation>Palveluntuottajan kustannussanktion katto ei voi olla negatiivinen.</translation>
    </message>
    <message>
      <source>A share cannot be negative.</source>
      <translation>Osuus ei voi olla negatiivinen.</translation>
    </message>
    <message>
      <source>{field}: {problem}.</source>
      <translation>{field}: {problem}.</translation>
    </message>
    <message>
      <source>The cost bonus shares add up to {total} %; they must add up to 100 %.</source>
      <translation>Kustannusbonuksen osuudet ovat yhteensä {total} %, niiden pitää olla yhteensä 100 %.</translation>
    </message>
    <message>
      <source>The effectiveness bonus split adds up to {total} %; it must add up to 100 %.</source>
      <translation>Vaikuttavuusbonuksen jako on yhteensä {total} %, sen pitää olla yhteensä 100 %.</translation>
    </message>
    <message>
      <source>The cost sanction shares add up to {total} %; they must add up to 100 %.</source>
      <translation>Kustannussanktion osuudet ovat yhteensä {total} %, niiden pitää olla yhteensä 100 %.</translation>
    </message>
    <message>
      <source>There is no scenario “{scenario}”.</source>
      <translation>Skenaariota ”{scenario}” ei ole.</translation>
    </message>
    <message>
      <source>A scenario gives period “{period}” twice.</source>
      <translation>Skenaariossa on jakso ”{period}” kahdesti.</translation>
    </message>
    <message>
      <source>A KPI score must be between 0 and 1.</source>
      <translation>Mittaripistemäärän pitää olla väliltä 0–1.</translation>
    </message>
    <message>
      <source>A scenario needs a name.</source>
      <translation>Skenaariolla pitää olla nimi.</translation>
    </message>
    <message>
      <source>There is already a scenario “{scenario}”.</source>
      <translation>Skenaario ”{scenario}” on jo olemassa.</translation>
    </message>
  </context>
  <context>
    <name>CommercialTerms</name>
    <message>
      <source>Buyer</source>
      <translation>Tilaaja</translation>
    </message>
    <message>
      <source>Producer</source>
      <translation>Palveluntuottaja</translation>
    </message>
    <message>
      <source>Alliance staff</source>
      <translation>Allianssin henkilöstö</translation>
    </message>
    <message>
      <source>Effectiveness bonus pool</source>
      <translation>Vaikuttavuusbonuspooli</translation>
    </message>
    <message>
      <source>Actual fee: leave empty when the fee paid is the one in the target.</source>
      <translation>Toteutunut palkkio: jätä tyhjäksi, kun maksettu palkkio on sama kuin tavoitteessa.</translation>
    </message>
    <message>
      <source>Target cost minus actual cost: positive is an under-run (savings), negative an over-run.</source>
      <translation>Tavoitekustannus miinus toteutunut kustannus: positiivinen on alitus (säästö), negatiivinen ylitys.</translation>
    </message>
    <message>
      <source>The most the producer pays of an over-run in one period: its fee, a fixed amount, or no limit.</source>
      <translation>Enimmäismäärä, jonka palveluntuottaja maksaa ylityksestä yhdellä jaksolla: sen palkkio, kiinteä summa tai ei rajaa.</translation>
    </message>
    <message>
      <source>How the effectiveness bonus that is paid is divided between the producer and the alliance staff.</source>
      <translation>Miten maksettava vaikuttavuusbonus jaetaan palveluntuottajan ja allianssin henkilöstön kesken.</translation>
    </message>
    <message>
      <source>Savings beyond the cap on shared savings: they go wholly to the buyer.</source>
      <translation>Jaettavan säästön katon ylittävä säästö: se jää kokonaan tilaajalle.</translation>
    </message>
  </context>
  <context>
    <name>CommercialView</name>
    <message>
      <source>Commercial model</source>
      <translation>Kaupallinen malli</translation>
    </message>
    <message>
      <source>Show the service periods</source>
      <translation>Näytä palvelujaksot</translation>
    </message>
    <message>
      <source>The service periods table is hidden so that every row of the results fits the screen. Show it above the results.</source>
      <translation>Palvelujaksojen taulukko on piilotettu, jotta tulosten kaikki rivit mahtuvat näytölle. Näytä taulukko tulosten yläpuolella.</translation>
    </message>
    <message>
      <source>Back to the file's figures</source>
      <translation>Takaisin tiedoston lukuihin</translation>
    </message>
    <message>
      <source>Drag to show or hide the plain-language explanation</source>
      <translation>Vedä näyttääksesi tai piilottaaksesi selkokielisen selityksen</translation>
    </message>
    <message>
      <source>Drag to show or hide the service periods table</source>
      <translation>Näytä tai piilota palvelujaksojen taulukko vetämällä</translation>
    </message>
    <message>
      <source>Periods and results</source>
      <translation>Jaksot ja tulokset</translation>
    </message>
    <message>
      <source>Sharing rules</source>
      <translation>Jakosäännöt</translation>
    </message>
    <message>
      <source>What-if and scenarios</source>
      <translation>Entä jos ja skenaariot</translation>
    </message>
    <message>
      <source>Uncertainty</source>
      <translation>Epävarmuus</translation>
    </message>
    <message>
      <source>Period {number}: {name}</source>
      <translation>Jakso {number}: {name}</translation>
    </message>
    <message>
      <source>{count} service periods, {start}–{end} · target cost in total {total}</source>
      <translation>{count} palvelujaksoa, {start}–{end} · tavoitekustannus yhteensä {total}</translation>
    </message>
    <message>
      <source>No service periods yet: add one, or lay out 2 + 2 + 3 + 3 years.</source>
      <translation>Palvelujaksoja ei vielä ole: lisää jakso tai jaa sopimuskausi 2 + 2 + 3 + 3 vuoteen.</translation>
    </message>
    <message>
      <source>What-if in use (periods {periods}): the figures assume other actual costs or KPI scores. Nothing is saved to the file.</source>
      <translation>Entä jos -kokeilu käytössä (jaksot {periods}): luvut olettavat muita toteutuneita kustannuksia tai mittaripistemääriä. Mitään ei tallenneta tiedostoon.</translation>
    </message>
    <message>
      <source>Period {number} (forecast): gain (+) and pain (−)</source>
      <translation>Jakso {number} (ennuste): hyöty (+) ja haitta (−)</translation>
    </message>
    <message>
      <source>Period {number}: gain (+) and pain (−)</source>
      <translation>Jakso {number}: hyöty (+) ja haitta (−)</translation>
    </message>
    <message>
      <source>period {number}</source>
      <translation>jakso {number}</translation>
    </message>
    <message>
      <source>Save as scenario</source>
      <translation>Tallenna skenaariona</translation>
    </message>
    <message>
      <source>Name of the scenario</source>
      <translation>Skenaarion nimi</translation>
    </message>
    <message>
      <source>Save scenario</source>
      <translation>Tallenna skenaario</translation>
    </message>
    <message>
      <source>Update scenario</source>
      <translation>Päivitä skenaario</translation>
    </message>
  </context>
  <context>
    <name>CostsPanel</name>
    <message>
      <source>Use as the production target…</source>
      <translation>Käytä tuotantokustannusten tavoitteena…</translation>
    </message>
    <message>
      <source>Set a service period's production costs (the reimbursable part of the target cost) from this chain's annual cost.</source>
      <translation>Aseta palvelujakson tuotantokustannukset (tavoitekustannuksen korvattavat kustannukset) tämän palveluketjun vuosikustannuksesta.</translation>
    </message>
    <message>
      <source>Steps and annual costs</source>
      <translation>Hoitovaiheet ja vuosikustannukset</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Hoitovaihe</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Palveluntuottaja</translation>
    </message>
    <message>
      <source>In the alliance</source>
      <translation>Allianssissa</translation>
    </message>
    <message>
      <source>Unit cost</source>
      <translation>Yksikkökust.</translation>
    </message>
    <message>
      <source>Cost per year</source>
      <translation>Kustannus vuodessa</translation>
    </message>
    <message>
      <source>Volume / year</source>
      <translation>Volyymi / v</translation>
    </message>
    <message>
      <source>Service chain</source>
      <translation>Palveluketju</translation>
    </message>
    <message>
      <source>Cost / year</source>
      <translation>Kustannus / v</translation>
    </message>
    <message>
      <source>Own unit cost</source>
      <translation>Oma yksikkökust.</translation>
    </message>
    <message>
      <source>Difference</source>
      <translation>Erotus</translation>
    </message>
    <message>
      <source>Own production</source>
      <translation>Oma tuotanto</translation>
    </message>
    <message>
      <source>Is the step in the alliance's scope: included, an option, or excluded</source>
      <translation>Kuuluuko hoitovaihe allianssiin: mukana, optio vai ei mukana</translation>
    </message>
    <message>
      <source>Annual volume: how many units a year</source>
      <translation>Vuosivolyymi: montako yksikköä vuodessa</translation>
    </message>
    <message>
      <source>Today's own-production unit cost</source>
      <translation>Nykyinen oman tuotannon yksikkökustannus</translation>
    </message>
    <message>
      <source>What the volume would cost in today's own production</source>
      <translation>Mitä volyymi maksaisi nykyisessä omassa tuotannossa</translation>
    </message>
    <message>
      <source>Cost per year minus own production (negative: the alliance costs less)</source>
      <translation>Vuosikustannus miinus oma tuotanto (negatiivinen: allianssi on edullisempi)</translation>
    </message>
    <message>
      <source>Type volumes and costs straight into the table: “1 234,50” and “1234.50” both work.</source>
      <translation>Kirjoita volyymit ja kustannukset suoraan taulukkoon: sekä ”1 234,50” että ”1234.50” käyvät.</translation>
    </message>
    <message>
      <source>Cost per provider</source>
      <translation>Kustannukset palveluntuottajittain</translation>
    </message>
    <message>
      <source>Provider kind</source>
      <translation>Tuottajatyyppi</translation>
    </message>
    <message>
      <source>Steps</source>
      <translation>Hoitovaiheita</translation>
    </message>
    <message>
      <source>Share</source>
      <translation>Osuus</translation>
    </message>
    <message>
      <source>Difference to own production</source>
      <translation>Erotus omaan tuotantoon</translation>
    </message>
    <message>
      <source>In the alliance {in_scope} · options {option} · outside the alliance {outside} per year. Today's own production would cost {own}.</source>
      <translation>Allianssissa {in_scope} · optiot {option} · allianssin ulkopuolella {outside} vuodessa. Nykyisessä omassa tuotannossa kustannus olisi {own}.</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Yhteensä</translation>
    </message>
    <message>
      <source>Rename step</source>
      <translation>Nimeä hoitovaihe uudelleen</translation>
    </message>
    <message>
      <source>Change annual volume</source>
      <translation>Muuta vuosivolyymia</translation>
    </message>
    <message>
      <source>Change unit cost</source>
      <translation>Muuta yksikkökustannusta</translation>
    </message>
    <message>
      <source>Change own-production unit cost</source>
      <translation>Muuta oman tuotannon yksikkökustannusta</translation>
    </message>
  </context>
  <context>
    <name>CrashDialog</name>
    <message>
      <source>Something went wrong</source>
      <translation>Jokin meni vikaan</translation>
    </message>
    <message>
      <source>Alliance Planner ran into an unexpected problem. Your project is safe: every change up to the last one was already saved in the file.

If this happens again, copy the details and send them to your support contact. A log is kept in:
{log}</source>
      <translation>Allianssisuunnittelijassa tapahtui odottamaton virhe. Projektisi on tallessa: jokainen muutos viimeiseen asti oli jo tallennettu tiedostoon.

Jos tämä toistuu, kopioi tiedot ja lähetä ne tukihenkilöllesi. Loki on tallessa täällä:
{log}</translation>
    </message>
    <message>
      <source>Copy details</source>
      <translation>Kopioi tiedot</translation>
    </message>
    <message>
      <source>Show details</source>
      <translation>Näytä tiedot</translation>
    </message>
  </context>
  <context>
    <name>CsvImportDialog</name>
    <message>
      <source>Import measurements from CSV</source>
      <translation>Tuo mittaustulokset CSV-tiedostosta</translation>
    </message>
    <message>
      <source>Problems in the file</source>
      <translation>Tiedoston ongelmat</translation>
    </message>
    <message>
      <source>Choose a file…</source>
      <translation>Valitse tiedosto…</translation>
    </message>
    <message>
      <source>Import measurements</source>
      <translation>Tuo mittaustulokset</translation>
    </message>
    <message>
      <source>CSV files (*.csv *.txt);;All files (*)</source>
      <translation>CSV-tiedostot (*.csv *.txt);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
      <source>The measurements could not be saved.</source>
      <translation>Mittaustuloksia ei voitu tallentaa.</translation>
    </message>
    <message>
      <source>Imported {count} values from {file}; {changed} of them changed the plan. Undo takes the whole import back.</source>
      <translation>Tuotiin {count} arvoa tiedostosta {file}; niistä {changed} muutti suunnitelmaa. Kumoa peruu koko tuonnin.</translation>
    </message>
  </context>
  <context>
    <name>DefinitionsTab</name>
    <message>
      <source>Metrics</source>
      <translation>Mittarit</translation>
    </message>
    <message>
      <source>Add metric</source>
      <translation>Lisää mittari</translation>
    </message>
    <message>
      <source>From the library</source>
      <translation>Mittarikirjastosta</translation>
    </message>
    <message>
      <source>Ready-made metrics of the care-process slide and the alliance goals</source>
      <translation>Valmiit mittarit hoitoprosessin mittaristosta ja allianssin tavoitteista</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Poista</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Siirrä ylös</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Siirrä alas</translation>
    </message>
    <message>
      <source>Weights per service period (must make 100 %)</source>
      <translation>Painot palvelujaksoittain (yhteensä oltava 100 %)</translation>
    </message>
    <message>
      <source>Definition</source>
      <translation>Määrittely</translation>
    </message>
    <message>
      <source>Rename metric</source>
      <translation>Nimeä mittari uudelleen</translation>
    </message>
    <message>
      <source>Change unit</source>
      <translation>Muuta yksikköä</translation>
    </message>
    <message>
      <source>Change direction</source>
      <translation>Muuta suuntaa</translation>
    </message>
    <message>
      <source>Change description</source>
      <translation>Muuta kuvausta</translation>
    </message>
    <message>
      <source>Change data source</source>
      <translation>Muuta tietolähdettä</translation>
    </message>
    <message>
      <source>Change measurement frequency</source>
      <translation>Muuta mittausväliä</translation>
    </message>
    <message>
      <source>Change owner</source>
      <translation>Muuta vastuutahoa</translation>
    </message>
    <message>
      <source>e.g. 1 234,5 – empty if not known</source>
      <translation>esim. 1 234,5 – tyhjä, jos ei tiedossa</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nimi</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Kuvaus</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Yksikkö</translation>
    </message>
    <message>
      <source>Direction</source>
      <translation>Suunta</translation>
    </message>
    <message>
      <source>Baseline</source>
      <translation>Lähtötaso</translation>
    </message>
    <message>
      <source>Data source</source>
      <translation>Tietolähde</translation>
    </message>
    <message>
      <source>Measurement frequency</source>
      <translation>Mittausväli</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Vastuutaho</translation>
    </message>
    <message>
      <source>Lower is better: e.g. waiting times, costs. Higher is better: e.g. satisfaction, productivity.</source>
      <translation>Pienempi on parempi: esim. jonotusajat, kustannukset. Suurempi on parempi: esim. tyytyväisyys, tuottavuus.</translation>
    </message>
    <message>
      <source>The level before the alliance: the starting point of the trend.</source>
      <translation>Taso ennen allianssia: kehityksen lähtökohta.</translation>
    </message>
    <message>
      <source>Calibrations: weight, threshold and target from a service period on</source>
      <translation>Kalibroinnit: paino, kynnystaso ja tavoitetaso palvelujaksosta alkaen</translation>
    </message>
    <message>
      <source>A calibration applies from its period until the next one. Recalibrate from a later period to change the levels; the earlier periods keep theirs. Threshold = score 0 %, target = score 100 %, in between in proportion; a value past the target scores 100 %, one short of the threshold 0 %. Lower is better: the target is below the threshold; higher is better: above it. Equal levels are all or nothing (100 % when the value reaches the target, else 0 %) and are allowed only with weight 0.</source>
      <translation>Kalibrointi on voimassa jaksostaan seuraavaan kalibrointiin asti. Muuta tasoja kalibroimalla uudelleen myöhemmästä jaksosta alkaen; aiemmat jaksot säilyttävät omansa. Kynnystaso = pisteet 0 %, tavoitetaso = pisteet 100 %, ja niiden välissä suhteessa; tavoitteen ylittävä arvo saa 100 % ja kynnykseen yltämätön 0 %. Kun pienempi on parempi, tavoitetaso on kynnystason alapuolella; kun suurempi on parempi, sen yläpuolella. Yhtä suuret tasot tarkoittavat kaikki tai ei mitään (100 %, kun arvo saavuttaa tavoitteen, muuten 0 %), ja ne sallitaan vain painolla 0.</translation>
    </message>
    <message>
      <source>Calibrations</source>
      <translation>Kalibroinnit</translation>
    </message>
    <message>
      <source>From period</source>
      <translation>Jaksosta alkaen</translation>
    </message>
    <message>
      <source>Weight %</source>
      <translation>Paino %</translation>
    </message>
    <message>
      <source>Threshold</source>
      <translation>Kynnystaso</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Tavoitetaso</translation>
    </message>
    <message>
      <source>Period:</source>
      <translation>Jakso:</translation>
    </message>
    <message>
      <source>Period of the new calibration</source>
      <translation>Uuden kalibroinnin jakso</translation>
    </message>
    <message>
      <source>Recalibrate from this period</source>
      <translation>Kalibroi uudelleen tästä jaksosta</translation>
    </message>
    <message>
      <source>Retire from this period</source>
      <translation>Poista käytöstä tästä jaksosta</translation>
    </message>
    <message>
      <source>The metric stops counting from this period on (weight 0); its history stays.</source>
      <translation>Mittari ei enää vaikuta pisteisiin tästä jaksosta alkaen (paino 0); sen historia säilyy.</translation>
    </message>
    <message>
      <source>Remove calibration</source>
      <translation>Poista kalibrointi</translation>
    </message>
    <message>
      <source>{period} (retired)</source>
      <translation>{period} (poistettu käytöstä)</translation>
    </message>
    <message>
      <source>Change baseline</source>
      <translation>Muuta lähtötasoa</translation>
    </message>
    <message>
      <source>Change calibration</source>
      <translation>Muuta kalibrointia</translation>
    </message>
    <message>
      <source>New metric</source>
      <translation>Uusi mittari</translation>
    </message>
    <message>
      <source>Care-process metrics (MITTARIT)</source>
      <translation>Hoitoprosessin mittarit (MITTARIT)</translation>
    </message>
    <message>
      <source>Alliance goals</source>
      <translation>Allianssin tavoitteet</translation>
    </message>
    <message>
      <source>{name} – already in the plan</source>
      <translation>{name} – on jo suunnitelmassa</translation>
    </message>
    <message>
      <source>All care-process metrics not yet in the plan</source>
      <translation>Kaikki hoitoprosessin mittarit, jotka puuttuvat suunnitelmasta</translation>
    </message>
    <message>
      <source>Add metrics from the library</source>
      <translation>Lisää mittareita kirjastosta</translation>
    </message>
    <message>
      <source>Remove metric</source>
      <translation>Poista mittari</translation>
    </message>
    <message>
      <source>Move metric</source>
      <translation>Siirrä mittaria</translation>
    </message>
    <message>
      <source>Recalibrate metric</source>
      <translation>Kalibroi mittari uudelleen</translation>
    </message>
    <message>
      <source>Retire metric</source>
      <translation>Poista mittari käytöstä</translation>
    </message>
  </context>
  <context>
    <name>Edits</name>
    <message>
      <source>The party provides {count} chain steps (e.g. {example}); choose another provider for them first.</source>
      <translation>Osapuoli tuottaa {count} palveluketjun vaihetta (esim. {example}); valitse niille ensin toinen tuottaja.</translation>
    </message>
    <message>
      <source>A name cannot be empty.</source>
      <translation>Nimi ei voi olla tyhjä.</translation>
    </message>
    <message>
      <source>The item is no longer in the plan.</source>
      <translation>Kohdetta ei ole enää suunnitelmassa.</translation>
    </message>
    <message>
      <source>“{value}” is not one of the choices.</source>
      <translation>”{value}” ei ole yksi vaihtoehdoista.</translation>
    </message>
  </context>
  <context>
    <name>Explain</name>
    <message>
      <source>Costs came in {amount} ({percent}) under the target cost of {target}.</source>
      <translation>Kustannukset alittivat tavoitekustannuksen ({target}) {amount} eli {percent}.</translation>
    </message>
    <message>
      <source>The gain cap is {cap_percent}, so all of the saving, {excess}, goes to the buyer.</source>
      <translation>Säästön jakokatto on {cap_percent}, joten koko säästö, {excess}, jää tilaajalle.</translation>
    </message>
    <message>
      <source>Savings up to {cap_percent} of the target ({shared}) are shared: buyer {buyer}, producer {producer}, staff {staff} and the effectiveness bonus pool {pool}.</source>
      <translation>Alituksesta {cap_percent} tavoitteesta ({shared}) jaetaan: tilaaja {buyer}, palveluntuottaja {producer}, henkilöstö {staff} ja vaikuttavuusbonuspooli {pool}.</translation>
    </message>
    <message>
      <source>The whole saving is within the cap of {cap_percent} of the target and is shared: buyer {buyer}, producer {producer}, staff {staff} and the effectiveness bonus pool {pool}.</source>
      <translation>Koko alitus mahtuu jakokattoon ({cap_percent} tavoitteesta) ja jaetaan: tilaaja {buyer}, palveluntuottaja {producer}, henkilöstö {staff} ja vaikuttavuusbonuspooli {pool}.</translation>
    </message>
    <message>
      <source>The KPI score of {score} earns nothing from the pool; all of it, {unpaid}, stays with the buyer.</source>
      <translation>Mittariston tulos {score} ei ansaitse poolista mitään; koko pooli, {unpaid}, jää tilaajalle.</translation>
    </message>
    <message>
      <source>The KPI score of {score} earns the whole pool, {paid}.</source>
      <translation>Mittariston tulos {score} ansaitsee koko poolin, {paid}.</translation>
    </message>
    <message>
      <source>The KPI score of {score} earns {paid} of the pool; the remaining {unpaid} stays with the buyer.</source>
      <translation>Mittariston tulos {score} ansaitsee poolista {paid}; loput {unpaid} jää tilaajalle.</translation>
    </message>
    <message>
      <source>Of the effectiveness bonus, the producer receives {producer} and the staff {staff}.</source>
      <translation>Vaikuttavuusbonuksesta palveluntuottaja saa {producer} ja henkilöstö {staff}.</translation>
    </message>
    <message>
      <source>The effectiveness bonus goes to the alliance staff.</source>
      <translation>Vaikuttavuusbonus maksetaan allianssin henkilöstölle.</translation>
    </message>
    <message>
      <source>The effectiveness bonus goes to the producer.</source>
      <translation>Vaikuttavuusbonus maksetaan palveluntuottajalle.</translation>
    </message>
    <message>
      <source>The savings beyond the cap, {excess}, go to the buyer.</source>
      <translation>Katon ylittävä säästö, {excess}, jää kokonaan tilaajalle.</translation>
    </message>
    <message>
      <source>Costs exceeded the target cost of {target} by {amount} ({percent}).</source>
      <translation>Kustannukset ylittivät tavoitekustannuksen ({target}) {amount} eli {percent}.</translation>
    </message>
    <message>
      <source>The producer's {share} share of the over-run would be {uncapped}, but its sanction is limited to its fee, {cap}; the buyer bears the rest, {buyer}.</source>
      <translation>Palveluntuottajan osuus ylityksestä ({share}) olisi {uncapped}, mutta sanktio rajautuu sen palkkioon, {cap}; tilaaja kantaa loput, {buyer}.</translation>
    </message>
    <message>
      <source>The producer's {share} share of the over-run would be {uncapped}, but its sanction is limited to {cap}; the buyer bears the rest, {buyer}.</source>
      <translation>Palveluntuottajan osuus ylityksestä ({share}) olisi {uncapped}, mutta sanktion enimmäismäärä on {cap}; tilaaja kantaa loput, {buyer}.</translation>
    </message>
    <message>
      <source>The producer bears {share} of the over-run, {producer}, and the buyer the rest, {buyer}.</source>
      <translation>Palveluntuottaja kantaa ylityksestä {share} eli {producer} ja tilaaja loput, {buyer}.</translation>
    </message>
    <message>
      <source>No cost bonus or effectiveness bonus is paid.</source>
      <translation>Kustannusbonusta tai vaikuttavuusbonusta ei makseta.</translation>
    </message>
    <message>
      <source>Costs were exactly on the target cost of {target}: there are no savings to share and no over-run, so no bonus and no sanction.</source>
      <translation>Kustannukset osuivat täsmälleen tavoitekustannukseen ({target}): jaettavaa säästöä tai ylitystä ei synny, joten bonuksia tai sanktioita ei ole.</translation>
    </message>
    <message>
      <source>In total the producer is paid {producer_payment}, the staff bonus is {staff_bonus} and the buyer's total cost is {buyer_total}.</source>
      <translation>Kaikkiaan palveluntuottajalle maksetaan {producer_payment}, henkilöstöbonus on {staff_bonus} ja tilaajan kokonaiskustannus on {buyer_total}.</translation>
    </message>
    <message>
      <source>This period is a forecast: no actual costs have been entered yet, so it is shown at its target cost of {target}.</source>
      <translation>Jakso on ennuste: toteutuneita kustannuksia ei ole vielä syötetty, joten se näytetään tavoitekustannuksensa {target} mukaisena.</translation>
    </message>
    <message>
      <source>This period is a forecast: its actual costs are incomplete (the reimbursable costs are not entered), so it is still shown at its target cost of {target}.</source>
      <translation>Jakso on ennuste: sen toteuma on puutteellinen (korvattavia kustannuksia ei ole syötetty), joten se näytetään yhä tavoitekustannuksensa {target} mukaisena.</translation>
    </message>
    <message>
      <source>This period is a forecast: its actual costs are incomplete (the overhead is not entered), so it is still shown at its target cost of {target}.</source>
      <translation>Jakso on ennuste: sen toteuma on puutteellinen (yleiskuluja ei ole syötetty), joten se näytetään yhä tavoitekustannuksensa {target} mukaisena.</translation>
    </message>
    <message>
      <source>This period is a forecast: its actual costs are incomplete (the overhead and the reimbursable costs are not entered), so it is still shown at its target cost of {target}.</source>
      <translation>Jakso on ennuste: sen toteuma on puutteellinen (yleiskuluja ja korvattavia kustannuksia ei ole syötetty), joten se näytetään yhä tavoitekustannuksensa {target} mukaisena.</translation>
    </message>
    <message>
      <source>At the target there are no savings to share and no over-run. If costs meet the target, the producer will be paid {producer_payment} and the buyer's total cost will be {buyer_total}.</source>
      <translation>Tavoitteen mukaisena jaksolla ei ole jaettavaa säästöä eikä ylitystä. Jos kustannukset toteutuvat tavoitteen mukaisina, palveluntuottajalle maksetaan {producer_payment} ja tilaajan kokonaiskustannus on {buyer_total}.</translation>
    </message>
  </context>
  <context>
    <name>ExplanationPanel</name>
    <message>
      <source>In plain words</source>
      <translation>Selkokielellä</translation>
    </message>
    <message>
      <source>Explanation of the result</source>
      <translation>Tuloksen selitys</translation>
    </message>
    <message>
      <source>Add a service period to see how its result is shared.</source>
      <translation>Lisää palvelujakso, niin näet, miten sen tulos jaetaan.</translation>
    </message>
    <message>
      <source>In plain words: {period}</source>
      <translation>Selkokielellä: {period}</translation>
    </message>
    <message>
      <source>What-if: the actual cost or the KPI score is assumed, not from the file.</source>
      <translation>Entä jos: toteutunut kustannus tai mittaripistemäärä on oletettu, ei tiedostosta.</translation>
    </message>
  </context>
  <context>
    <name>ExportPdf</name>
    <message>
      <source>Cover</source>
      <translation>Kansilehti</translation>
    </message>
    <message>
      <source>Contents</source>
      <translation>Sisällys</translation>
    </message>
    <message>
      <source>Overview</source>
      <translation>Yleiskuva</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>Aikataulu</translation>
    </message>
    <message>
      <source>Service chains and scope matrix</source>
      <translation>Palveluketjut ja palvelukokonaisuudet alueittain</translation>
    </message>
    <message>
      <source>Commercial model</source>
      <translation>Kaupallinen malli</translation>
    </message>
    <message>
      <source>Risks</source>
      <translation>Riskit</translation>
    </message>
    <message>
      <source>Procurement tasks and documents</source>
      <translation>Hankinnan tehtävät ja asiakirjat</translation>
    </message>
    <message>
      <source>Metrics</source>
      <translation>Mittarit</translation>
    </message>
  </context>
  <context>
    <name>ExportPdfDialog</name>
    <message>
      <source>Export PDF</source>
      <translation>Vie PDF</translation>
    </message>
    <message>
      <source>Sections</source>
      <translation>Osiot</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Kieli</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Selaa…</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Tiedosto</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Vie</translation>
    </message>
    <message>
      <source>Open PDF</source>
      <translation>Avaa PDF</translation>
    </message>
    <message>
      <source>Open folder</source>
      <translation>Avaa kansio</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist.</source>
      <translation>Kansiota {folder} ei ole olemassa.</translation>
    </message>
    <message>
      <source>Replace the file?</source>
      <translation>Korvataanko tiedosto?</translation>
    </message>
    <message>
      <source>{name} exists already. Replace it?</source>
      <translation>{name} on jo olemassa. Korvataanko se?</translation>
    </message>
    <message>
      <source>Making the PDF…</source>
      <translation>PDF:ää tehdään…</translation>
    </message>
    <message>
      <source>Saved {name} ({pages} pages).</source>
      <translation>Tallennettu {name} ({pages} sivua).</translation>
    </message>
    <message>
      <source>The PDF could not be written: {problem}</source>
      <translation>PDF-tiedostoa ei voitu kirjoittaa: {problem}</translation>
    </message>
  </context>
  <context>
    <name>ExportXlsxDialog</name>
    <message>
      <source>Export Excel workbook</source>
      <translation>Vie Excel-työkirja</translation>
    </message>
    <message>
      <source>The whole plan as an Excel workbook: the settlement as formulas that recompute when a cost or a measurement is changed, every other cell locked.</source>
      <translation>Koko suunnitelma Excel-työkirjana: tilitys kaavoina, jotka laskevat tuloksen uudelleen, kun kustannusta tai mittausta muutetaan; muut solut on lukittu.</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Kieli</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Tiedosto</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Vie</translation>
    </message>
    <message>
      <source>Open folder</source>
      <translation>Avaa kansio</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel-työkirja (*.xlsx)</translation>
    </message>
    <message>
      <source>“{name}” is a folder; give a file name for the workbook.</source>
      <translation>”{name}” on kansio; anna työkirjalle tiedostonimi.</translation>
    </message>
    <message>
      <source>Exported: {path}</source>
      <translation>Viety: {path}</translation>
    </message>
  </context>
  <context>
    <name>Files</name>
    <message>
      <source>“{name}” is the project open in this window, or a file that belongs to it. Choose another file; nothing was read or changed.</source>
      <translation>”{name}” on tässä ikkunassa avoinna oleva projekti tai siihen kuuluva tiedosto. Valitse toinen tiedosto; mitään ei luettu eikä muutettu.</translation>
    </message>
    <message>
      <source>The file “{name}” does not exist.</source>
      <translation>Tiedostoa ”{name}” ei ole olemassa.</translation>
    </message>
    <message>
      <source>“{name}” is a folder, not a file.</source>
      <translation>”{name}” on kansio eikä tiedosto.</translation>
    </message>
    <message>
      <source>“{name}” is not an ordinary file (it may be a device or a pipe) and cannot be read.</source>
      <translation>”{name}” ei ole tavallinen tiedosto (se voi olla esimerkiksi laite tai putki), eikä sitä voi lukea.</translation>
    </message>
    <message>
      <source>The file “{name}” is larger than {size} MB and cannot be read.</source>
      <translation>Tiedosto ”{name}” on suurempi kuin {size} Mt, eikä sitä voi lukea.</translation>
    </message>
    <message>
      <source>You do not have permission to read the file “{name}”.</source>
      <translation>Sinulla ei ole oikeutta lukea tiedostoa ”{name}”.</translation>
    </message>
    <message>
      <source>The file “{name}” could not be read: {reason}</source>
      <translation>Tiedostoa ”{name}” ei voitu lukea: {reason}</translation>
    </message>
    <message>
      <source>The file “{name}” could not be written: {reason}</source>
      <translation>Tiedostoa ”{name}” ei voitu tallentaa: {reason}</translation>
    </message>
    <message>
      <source>the file is open in another program; close it there and try again</source>
      <translation>tiedosto on auki toisessa ohjelmassa; sulje se siellä ja yritä uudelleen</translation>
    </message>
    <message>
      <source>the disk is full</source>
      <translation>levy on täynnä</translation>
    </message>
    <message>
      <source>the name has a character Windows does not allow (such as \ / : * ? " &lt; &gt; |)</source>
      <translation>nimessä on merkki, jota Windows ei salli (kuten \ / : * ? " &lt; &gt; |)</translation>
    </message>
    <message>
      <source>the name or the folder path is too long</source>
      <translation>nimi tai kansiopolku on liian pitkä</translation>
    </message>
    <message>
      <source>the file is open in another program, or you do not have permission</source>
      <translation>tiedosto on auki toisessa ohjelmassa, tai sinulla ei ole käyttöoikeutta</translation>
    </message>
    <message>
      <source>the disk or folder is read-only</source>
      <translation>levy tai kansio on kirjoitussuojattu</translation>
    </message>
    <message>
      <source>you do not have permission</source>
      <translation>sinulla ei ole käyttöoikeutta</translation>
    </message>
    <message>
      <source>the folder or file does not exist</source>
      <translation>kansiota tai tiedostoa ei ole olemassa</translation>
    </message>
    <message>
      <source>a part of the path is not a folder</source>
      <translation>osa polusta ei ole kansio</translation>
    </message>
    <message>
      <source>it is a folder</source>
      <translation>se on kansio</translation>
    </message>
  </context>
  <context>
    <name>Formatting</name>
    <message>
      <source>Enter a number.</source>
      <translation>Anna luku.</translation>
    </message>
    <message>
      <source>“{text}” is not a number.</source>
      <translation>“{text}” ei ole luku.</translation>
    </message>
  </context>
  <context>
    <name>GainPainChart</name>
    <message>
      <source>Gain and pain chart</source>
      <translation>Hyöty- ja haittakaavio</translation>
    </message>
    <message>
      <source>Each party's gain (+) or pain (−) as the period's actual cost moves from 20 % under to 20 % over the target cost. Dashed lines: where a cap starts to bind. The marked line is the period as it stands now. Ctrl + mouse wheel or Ctrl + / Ctrl − make the text larger or smaller.</source>
      <translation>Kunkin osapuolen hyöty (+) tai haitta (−), kun jakson toteutunut kustannus vaihtelee 20 % tavoitekustannuksen alapuolelta 20 % sen yläpuolelle. Katkoviivat: kohdat, joissa katto alkaa rajata. Korostettu viiva on jakson nykytilanne. Ctrl + hiiren rulla tai Ctrl + / Ctrl − suurentaa tai pienentää tekstiä.</translation>
    </message>
    <message>
      <source>{value} M€</source>
      <translation>{value} milj. €</translation>
    </message>
    <message>
      <source>{value} k€</source>
      <translation>{value} t. €</translation>
    </message>
    <message>
      <source>{value} €</source>
      <translation>{value} €</translation>
    </message>
    <message>
      <source>{value} %</source>
      <translation>{value} %</translation>
    </message>
    <message>
      <source>Gain and pain</source>
      <translation>Hyöty ja haitta</translation>
    </message>
    <message>
      <source>No service periods yet</source>
      <translation>Palvelujaksoja ei vielä ole</translation>
    </message>
    <message>
      <source>{party}: {value}</source>
      <translation>{party}: {value}</translation>
    </message>
    <message>
      <source>Under-run (savings)</source>
      <translation>Alitus (säästö)</translation>
    </message>
    <message>
      <source>Over-run</source>
      <translation>Ylitys</translation>
    </message>
    <message>
      <source>Actual cost compared with the target cost</source>
      <translation>Toteutunut kustannus verrattuna tavoitekustannukseen</translation>
    </message>
    <message>
      <source>Cap on shared savings</source>
      <translation>Jaettavan säästön katto</translation>
    </message>
    <message>
      <source>Producer's sanction at its cap</source>
      <translation>Tuottajan sanktio katossa</translation>
    </message>
    <message>
      <source>Forecast at the target</source>
      <translation>Ennuste tavoitteen mukaan</translation>
    </message>
    <message>
      <source>Now {value}</source>
      <translation>Nyt {value}</translation>
    </message>
  </context>
  <context>
    <name>GlossaryWindow</name>
    <message>
      <source>Glossary</source>
      <translation>Sanasto</translation>
    </message>
    <message>
      <source>Find a term (in Finnish or English)</source>
      <translation>Hae käsitettä (suomeksi tai englanniksi)</translation>
    </message>
    <message>
      <source>Find a term</source>
      <translation>Hae käsitettä</translation>
    </message>
    <message>
      <source>No term matches the search.</source>
      <translation>Mikään käsite ei vastaa hakua.</translation>
    </message>
    <message>
      <source>{count} terms</source>
      <translation>{count} käsitettä</translation>
    </message>
  </context>
  <context>
    <name>GuideWindow</name>
    <message>
      <source>User guide – Alliance Planner</source>
      <translation>Käyttöopas – Allianssisuunnittelija</translation>
    </message>
    <message>
      <source>Chapters</source>
      <translation>Luvut</translation>
    </message>
    <message>
      <source>User guide</source>
      <translation>Käyttöopas</translation>
    </message>
  </context>
  <context>
    <name>ImportXlsxDialog</name>
    <message>
      <source>Import from Excel workbook</source>
      <translation>Tuo Excel-työkirjasta</translation>
    </message>
    <message>
      <source>Reads the measurements (sheet Measurements) and the actual costs (sheet Commercial model) of a workbook exported from this plan, for example one the finance office filled in. An empty cell is “not measured” or “not entered”. Nothing else is read; you see every change before it is imported, and Undo takes the import back.</source>
      <translation>Lukee tästä suunnitelmasta viedyn työkirjan mittaukset (taulukko Mittaukset) ja toteutuneet kustannukset (taulukko Kaupallinen malli), esimerkiksi talousyksikön täyttämänä. Tyhjä solu tarkoittaa ”ei mitattu” tai ”ei syötetty”. Muuta ei lueta; näet jokaisen muutoksen ennen tuontia, ja Kumoa peruu tuonnin.</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Mikä</translation>
    </message>
    <message>
      <source>In the plan</source>
      <translation>Suunnitelmassa</translation>
    </message>
    <message>
      <source>In the workbook</source>
      <translation>Työkirjassa</translation>
    </message>
    <message>
      <source>Problems in the workbook</source>
      <translation>Työkirjan ongelmat</translation>
    </message>
    <message>
      <source>Choose a workbook…</source>
      <translation>Valitse työkirja…</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Tuo</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel-työkirja (*.xlsx)</translation>
    </message>
    <message>
      <source>The workbook “{file}” holds the same measurements and actual costs as the plan: nothing to import.</source>
      <translation>Työkirjassa ”{file}” on samat mittaukset ja toteutuneet kustannukset kuin suunnitelmassa: tuotavaa ei ole.</translation>
    </message>
    <message>
      <source>The workbook “{file}” changes {count} values:</source>
      <translation>Työkirja ”{file}” muuttaa {count} arvoa:</translation>
    </message>
    <message>
      <source>The import could not be saved.</source>
      <translation>Tuontia ei voitu tallentaa.</translation>
    </message>
    <message>
      <source>Imported. Undo takes the whole import back.</source>
      <translation>Tuotu. Kumoa peruu koko tuonnin.</translation>
    </message>
  </context>
  <context>
    <name>InsightPanel</name>
    <message>
      <source>Period shown</source>
      <translation>Näytettävä jakso</translation>
    </message>
    <message>
      <source>Period shown in the chart</source>
      <translation>Kaaviossa näytettävä jakso</translation>
    </message>
  </context>
  <context>
    <name>Interchange</name>
    <message>
      <source>The file is not an alliance project: its JSON is nested far too deeply.</source>
      <translation>Tiedosto ei ole allianssiprojekti: sen JSON-rakenne on sisäkkäinen aivan liian syvälle.</translation>
    </message>
    <message>
      <source>The file is not valid JSON: it holds a number that cannot be read.</source>
      <translation>Tiedosto ei ole kelvollista JSONia: siinä on luku, jota ei voi lukea.</translation>
    </message>
    <message>
      <source>expected text</source>
      <translation>odotettiin tekstiä</translation>
    </message>
    <message>
      <source>must not be empty</source>
      <translation>ei saa olla tyhjä</translation>
    </message>
    <message>
      <source>expected true or false</source>
      <translation>odotettiin arvoa true tai false</translation>
    </message>
    <message>
      <source>a number is required</source>
      <translation>luku puuttuu</translation>
    </message>
    <message>
      <source>expected a whole number from {low} to {high}</source>
      <translation>odotettiin kokonaislukua väliltä {low}–{high}</translation>
    </message>
    <message>
      <source>a date is required (YYYY-MM-DD)</source>
      <translation>päivämäärä puuttuu (VVVV-KK-PP)</translation>
    </message>
    <message>
      <source>expected a date as text (YYYY-MM-DD)</source>
      <translation>odotettiin päivämäärää tekstinä (VVVV-KK-PP)</translation>
    </message>
    <message>
      <source>“{value}” is not a date (YYYY-MM-DD)</source>
      <translation>”{value}” ei ole päivämäärä (VVVV-KK-PP)</translation>
    </message>
    <message>
      <source>“{value}” is not a time of day (HH:MM)</source>
      <translation>”{value}” ei ole kellonaika (HH:MM)</translation>
    </message>
    <message>
      <source>expected a list</source>
      <translation>odotettiin luetteloa</translation>
    </message>
    <message>
      <source>{thing}: expected an object.</source>
      <translation>{thing}: odotettiin objektia.</translation>
    </message>
    <message>
      <source>is missing</source>
      <translation>puuttuu</translation>
    </message>
    <message>
      <source>expected an object</source>
      <translation>odotettiin objektia</translation>
    </message>
    <message>
      <source>expected a number, not the text “{value}”</source>
      <translation>odotettiin lukua, ei tekstiä ”{value}”</translation>
    </message>
    <message>
      <source>analysis “{heading}”</source>
      <translation>analyysi ”{heading}”</translation>
    </message>
    <message>
      <source>The file is not an alliance project file: its “format” is not “{expected}”.</source>
      <translation>Tiedosto ei ole allianssiprojektin tiedosto: sen ”format” ei ole ”{expected}”.</translation>
    </message>
    <message>
      <source>The file's format version is not a whole number.</source>
      <translation>Tiedoston muotoversio ei ole kokonaisluku.</translation>
    </message>
    <message>
      <source>The file was made by a newer version of Alliance Planner (format {version}); this version reads format {supported}.</source>
      <translation>Tiedosto on tehty Allianssisuunnittelijan uudemmalla versiolla (muoto {version}); tämä versio lukee muotoa {supported}.</translation>
    </message>
    <message>
      <source>The file</source>
      <translation>Tiedosto</translation>
    </message>
    <message>
      <source>expected a number</source>
      <translation>odotettiin lukua</translation>
    </message>
    <message>
      <source>The file is not an alliance project: expected a JSON object.</source>
      <translation>Tiedosto ei ole allianssiprojekti: odotettiin JSON-objektia.</translation>
    </message>
    <message>
      <source>expected a list of texts</source>
      <translation>odotettiin tekstien luetteloa</translation>
    </message>
    <message>
      <source>measurement for period “{period}”</source>
      <translation>mittaustulos jaksolle ”{period}”</translation>
    </message>
    <message>
      <source>expected “fee”, null or an amount, not “{value}”</source>
      <translation>odotettiin arvoa ”fee”, null tai summaa, ei ”{value}”</translation>
    </message>
    <message>
      <source>The JSON gives the key “{key}” twice in the same object.</source>
      <translation>JSON-tiedostossa avain ”{key}” on kahdesti samassa objektissa.</translation>
    </message>
    <message>
      <source>A number that is not finite cannot be written to JSON.</source>
      <translation>Ääretöntä tai määrittelemätöntä lukua ei voi kirjoittaa JSONiin.</translation>
    </message>
    <message>
      <source>The file is not valid JSON: “{value}” is not a number.</source>
      <translation>Tiedosto ei ole kelvollista JSONia: ”{value}” ei ole luku.</translation>
    </message>
    <message>
      <source>The file is not valid JSON (line {line}, column {column}): {problem}</source>
      <translation>Tiedosto ei ole kelvollista JSONia (rivi {line}, sarake {column}): {problem}</translation>
    </message>
  </context>
  <context>
    <name>Launch</name>
    <message>
      <source>The view “{view}” is not available yet.</source>
      <translation>Näkymä ”{view}” ei ole vielä käytettävissä.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Overview</source>
      <translation>Yleiskuva</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>Aikataulu</translation>
    </message>
    <message>
      <source>Service chains</source>
      <translation>Palveluketjut</translation>
    </message>
    <message>
      <source>Metrics</source>
      <translation>Mittaristo</translation>
    </message>
    <message>
      <source>Commercial model</source>
      <translation>Kaupallinen malli</translation>
    </message>
    <message>
      <source>Risks and procurement</source>
      <translation>Riskit ja hankinta</translation>
    </message>
    <message>
      <source>The project is open in this window.</source>
      <translation>Projekti on auki tässä ikkunassa.</translation>
    </message>
    <message>
      <source>Alliance Planner</source>
      <translation>Allianssisuunnittelija</translation>
    </message>
    <message>
      <source>{name} – Alliance Planner</source>
      <translation>{name} – Allianssisuunnittelija</translation>
    </message>
    <message>
      <source>Every change is saved to the file at once.</source>
      <translation>Jokainen muutos tallentuu tiedostoon heti.</translation>
    </message>
    <message>
      <source>This file is read-only: you can look and export, but changes cannot be saved. Use File &gt; Save a copy as… to edit a copy.</source>
      <translation>Tiedosto on vain luku -tilassa: voit katsella ja viedä tietoja, mutta muutoksia ei voi tallentaa. Valitse Tiedosto &gt; Tallenna kopio nimellä…, jos haluat muokata kopiota.</translation>
    </message>
    <message>
      <source>Views</source>
      <translation>Näkymät</translation>
    </message>
    <message>
      <source>Find in the plan (Ctrl+F)</source>
      <translation>Hae suunnitelmasta (Ctrl+F)</translation>
    </message>
    <message>
      <source>Find in the plan</source>
      <translation>Hae suunnitelmasta</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Tiedosto</translation>
    </message>
    <message>
      <source>&amp;New project…</source>
      <translation>&amp;Uusi projekti…</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>&amp;Avaa…</translation>
    </message>
    <message>
      <source>Open a &amp;demo</source>
      <translation>Avaa &amp;esimerkki</translation>
    </message>
    <message>
      <source>Open &amp;recent</source>
      <translation>&amp;Viimeisimmät</translation>
    </message>
    <message>
      <source>Save a &amp;copy as…</source>
      <translation>Tallenna &amp;kopio nimellä…</translation>
    </message>
    <message>
      <source>Restore from &amp;backup…</source>
      <translation>Palauta &amp;varmuuskopiosta…</translation>
    </message>
    <message>
      <source>&amp;Import JSON…</source>
      <translation>&amp;Tuo JSON…</translation>
    </message>
    <message>
      <source>&amp;Export JSON…</source>
      <translation>&amp;Vie JSON…</translation>
    </message>
    <message>
      <source>Export &amp;PDF…</source>
      <translation>Vie &amp;PDF…</translation>
    </message>
    <message>
      <source>A report of the plan for the board, councillors and companies</source>
      <translation>Raportti suunnitelmasta hallitukselle, valtuutetuille ja yrityksille</translation>
    </message>
    <message>
      <source>Export E&amp;xcel workbook…</source>
      <translation>Vie E&amp;xcel-työkirja…</translation>
    </message>
    <message>
      <source>The plan as an Excel workbook, the settlement as live formulas (open books)</source>
      <translation>Suunnitelma Excel-työkirjana, tilitys laskettuna kaavoilla (avoimet kirjat)</translation>
    </message>
    <message>
      <source>Import from Excel wor&amp;kbook…</source>
      <translation>Tuo Excel-työ&amp;kirjasta…</translation>
    </message>
    <message>
      <source>Measurements and actual costs from an exported workbook the finance office filled in</source>
      <translation>Mittaukset ja toteutuneet kustannukset viedystä työkirjasta, jonka talousyksikkö on täyttänyt</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>Tul&amp;osta…</translation>
    </message>
    <message>
      <source>Print the view on screen</source>
      <translation>Tulosta näytöllä oleva näkymä</translation>
    </message>
    <message>
      <source>Print &amp;report…</source>
      <translation>Tulosta &amp;raportti…</translation>
    </message>
    <message>
      <source>Print every view after a cover page</source>
      <translation>Tulosta kaikki näkymät kansilehden jälkeen</translation>
    </message>
    <message>
      <source>&amp;Close project</source>
      <translation>&amp;Sulje projekti</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Lopeta</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Muokkaa</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Kumoa</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
      <source>&amp;Find…</source>
      <translation>&amp;Hae…</translation>
    </message>
    <message>
      <source>Find phases, steps, metrics, risks, tasks, documents and parties by name or notes</source>
      <translation>Hae vaiheita, palveluketjujen vaiheita, mittareita, riskejä, tehtäviä, asiakirjoja ja osapuolia nimen tai muistiinpanojen perusteella</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Näytä</translation>
    </message>
    <message>
      <source>&amp;Text size</source>
      <translation>&amp;Tekstin koko</translation>
    </message>
    <message>
      <source>Normal ({percent} %)</source>
      <translation>Normaali ({percent} %)</translation>
    </message>
    <message>
      <source>{percent} % (for a projector)</source>
      <translation>{percent} % (videotykille)</translation>
    </message>
    <message>
      <source>&amp;Colours</source>
      <translation>&amp;Värit</translation>
    </message>
    <message>
      <source>&amp;Light</source>
      <translation>&amp;Vaalea</translation>
    </message>
    <message>
      <source>High &amp;contrast (for a projector)</source>
      <translation>&amp;Korkea kontrasti (videotykille)</translation>
    </message>
    <message>
      <source>&amp;Dark (for a dim room)</source>
      <translation>&amp;Tumma (hämärään huoneeseen)</translation>
    </message>
    <message>
      <source>&amp;Present</source>
      <translation>&amp;Esitä</translation>
    </message>
    <message>
      <source>The plan as full-screen slides for a meeting; Esc returns here</source>
      <translation>Suunnitelma koko näytön dioina kokousta varten; Esc palaa tähän</translation>
    </message>
    <message>
      <source>Choose &amp;slides…</source>
      <translation>Valitse &amp;diat…</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Kieli</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Ohje</translation>
    </message>
    <message>
      <source>&amp;User guide</source>
      <translation>&amp;Käyttöopas</translation>
    </message>
    <message>
      <source>The guide's chapter on the view on screen (F1)</source>
      <translation>Oppaan luku näytöllä olevasta näkymästä (F1)</translation>
    </message>
    <message>
      <source>&amp;Glossary</source>
      <translation>&amp;Sanasto</translation>
    </message>
    <message>
      <source>The alliance and procurement terms, in Finnish and English</source>
      <translation>Allianssin ja hankinnan käsitteet suomeksi ja englanniksi</translation>
    </message>
    <message>
      <source>&amp;About Alliance Planner</source>
      <translation>&amp;Tietoja Allianssisuunnittelijasta</translation>
    </message>
    <message>
      <source>Text size {percent} %</source>
      <translation>Tekstin koko {percent} %</translation>
    </message>
    <message>
      <source>Alliance project (*.alliance)</source>
      <translation>Allianssiprojekti (*.alliance)</translation>
    </message>
    <message>
      <source>The change was not made</source>
      <translation>Muutosta ei tehty</translation>
    </message>
    <message>
      <source>The file could not be opened</source>
      <translation>Tiedostoa ei voitu avata</translation>
    </message>
    <message>
      <source>“{name}” is open in another window, which was brought to the front.</source>
      <translation>”{name}” on auki toisessa ikkunassa, joka tuotiin esiin.</translation>
    </message>
    <message>
      <source>Open project</source>
      <translation>Avaa projekti</translation>
    </message>
    <message>
      <source>The project could not be created</source>
      <translation>Projektia ei voitu luoda</translation>
    </message>
    <message>
      <source>Save a copy as</source>
      <translation>Tallenna kopio nimellä</translation>
    </message>
    <message>
      <source>The copy could not be saved</source>
      <translation>Kopiota ei voitu tallentaa</translation>
    </message>
    <message>
      <source>Copy saved: {path}</source>
      <translation>Kopio tallennettu: {path}</translation>
    </message>
    <message>
      <source>Import JSON</source>
      <translation>Tuo JSON</translation>
    </message>
    <message>
      <source>JSON (*.json)</source>
      <translation>JSON (*.json)</translation>
    </message>
    <message>
      <source>The JSON file could not be imported</source>
      <translation>JSON-tiedostoa ei voitu tuoda</translation>
    </message>
    <message>
      <source>Save the imported project as</source>
      <translation>Tallenna tuotu projekti nimellä</translation>
    </message>
    <message>
      <source>The file is in UTF-16 or UTF-32 encoding. Save it as UTF-8 (e.g. in Notepad: Save as, Encoding: UTF-8) and import it again.</source>
      <translation>Tiedosto on UTF-16- tai UTF-32-merkistössä. Tallenna se UTF-8-muodossa (esimerkiksi Muistiossa: Tallenna nimellä, Koodaus: UTF-8) ja tuo se uudelleen.</translation>
    </message>
    <message>
      <source>The file is not UTF-8 text. Save it as UTF-8 (e.g. in Notepad: Save as, Encoding: UTF-8) and import it again.</source>
      <translation>Tiedosto ei ole UTF-8-tekstiä. Tallenna se UTF-8-muodossa (esimerkiksi Muistiossa: Tallenna nimellä, Koodaus: UTF-8) ja tuo se uudelleen.</translation>
    </message>
    <message>
      <source>Export JSON</source>
      <translation>Vie JSON</translation>
    </message>
    <message>
      <source>The JSON file could not be written</source>
      <translation>JSON-tiedostoa ei voitu kirjoittaa</translation>
    </message>
    <message>
      <source>Exported: {path}</source>
      <translation>Viety: {path}</translation>
    </message>
    <message>
      <source>About Alliance Planner</source>
      <translation>Tietoja Allianssisuunnittelijasta</translation>
    </message>
    <message>
      <source>Alliance Planner {version}

Plan an alliance-model procurement of social and health services: phases, service chains, metrics and the commercial model. Works offline; every change is saved to the project file at once.</source>
      <translation>Allianssisuunnittelija {version}

Sosiaali- ja terveyspalvelujen allianssimallisen hankinnan suunnittelu: vaiheet, palveluketjut, mittaristo ja kaupallinen malli. Toimii ilman verkkoyhteyttä; jokainen muutos tallentuu projektitiedostoon heti.</translation>
    </message>
    <message>
      <source>Blank project</source>
      <translation>Tyhjä projekti</translation>
    </message>
    <message>
      <source>Keusote – elderly-care alliance</source>
      <translation>Keusote – ikääntyneiden palvelujen allianssi</translation>
    </message>
    <message>
      <source>HyvaKS – surgery alliance</source>
      <translation>HyvaKS – leikkausallianssi</translation>
    </message>
  </context>
  <context>
    <name>MeasurementsModel</name>
    <message>
      <source>Baseline</source>
      <translation>Lähtötaso</translation>
    </message>
    <message>
      <source>The level before the alliance (optional).</source>
      <translation>Taso ennen allianssia (vapaaehtoinen).</translation>
    </message>
    <message>
      <source>Not calibrated for this period: does not count.</source>
      <translation>Ei kalibroitu tälle jaksolle: ei vaikuta pisteisiin.</translation>
    </message>
    <message>
      <source>Retired in this period: does not count.</source>
      <translation>Poistettu käytöstä tällä jaksolla: ei vaikuta pisteisiin.</translation>
    </message>
    <message>
      <source>No measurement: the metric scores 0 in this period.</source>
      <translation>Ei mittaustulosta: mittari saa tällä jaksolla 0 pistettä.</translation>
    </message>
    <message>
      <source>{value}: score {score} (threshold {threshold}, target {target})</source>
      <translation>{value}: pisteet {score} (kynnystaso {threshold}, tavoitetaso {target})</translation>
    </message>
  </context>
  <context>
    <name>MeasurementsTab</name>
    <message>
      <source>Type a value and press Enter (Finnish numbers: 1 234,5). Delete clears the selected cells; Ctrl+V pastes a block from Excel; Ctrl+Z undoes.</source>
      <translation>Kirjoita arvo ja paina Enter (suomalainen lukumuoto: 1 234,5). Delete tyhjentää valitut solut, Ctrl+V liittää alueen Excelistä, Ctrl+Z kumoaa.</translation>
    </message>
    <message>
      <source>Import CSV…</source>
      <translation>Tuo CSV…</translation>
    </message>
    <message>
      <source>Export CSV…</source>
      <translation>Vie CSV…</translation>
    </message>
    <message>
      <source>Measurements</source>
      <translation>Mittaustulokset</translation>
    </message>
    <message>
      <source>Change baseline</source>
      <translation>Muuta lähtötasoa</translation>
    </message>
    <message>
      <source>Enter measurement</source>
      <translation>Syötä mittaustulos</translation>
    </message>
    <message>
      <source>Clear measurement</source>
      <translation>Tyhjennä mittaustulos</translation>
    </message>
    <message>
      <source>Clear measurements</source>
      <translation>Tyhjennä mittaustulokset</translation>
    </message>
    <message>
      <source>Nothing was pasted: row {row}, column {column}: {problem}</source>
      <translation>Mitään ei liitetty: rivi {row}, sarake {column}: {problem}</translation>
    </message>
    <message>
      <source>Paste measurements</source>
      <translation>Liitä mittaustulokset</translation>
    </message>
    <message>
      <source>Export measurements</source>
      <translation>Vie mittaustulokset</translation>
    </message>
    <message>
      <source>measurements</source>
      <translation>mittaustulokset</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
      <source>Measurements exported: {path}</source>
      <translation>Mittaustulokset viety: {path}</translation>
    </message>
  </context>
  <context>
    <name>MetricListModel</name>
    <message>
      <source>Metric</source>
      <translation>Mittari</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Yksikkö</translation>
    </message>
    <message>
      <source>Weight</source>
      <translation>Paino</translation>
    </message>
    <message>
      <source>In the period</source>
      <translation>Valitulla jaksolla</translation>
    </message>
  </context>
  <context>
    <name>Metrics</name>
    <message>
      <source>Waiting times</source>
      <translation>Jonotusajat</translation>
    </message>
    <message>
      <source>days</source>
      <translation>vrk</translation>
    </message>
    <message>
      <source>Median waiting time from the referral to the treatment.</source>
      <translation>Odotusajan mediaani lähetteen saapumisesta hoitoon.</translation>
    </message>
    <message>
      <source>Length of the care episode</source>
      <translation>Hoitojakson kesto</translation>
    </message>
    <message>
      <source>Average length of a care episode in hospital.</source>
      <translation>Hoitojakson keskimääräinen kesto sairaalassa.</translation>
    </message>
    <message>
      <source>Care costs</source>
      <translation>Hoitokustannukset</translation>
    </message>
    <message>
      <source>€ / care episode</source>
      <translation>€ / hoitojakso</translation>
    </message>
    <message>
      <source>Cost of the whole service chain per care episode, from the open books.</source>
      <translation>Koko palveluketjun kustannus hoitojaksoa kohden avoimista kirjoista.</translation>
    </message>
    <message>
      <source>Customer satisfaction</source>
      <translation>Asiakastyytyväisyys</translation>
    </message>
    <message>
      <source>Net promoter score of the customer survey after the care.</source>
      <translation>Asiakaskyselyn suositteluindeksi (NPS) hoidon jälkeen.</translation>
    </message>
    <message>
      <source>Incidents</source>
      <translation>Toteutuneet häiriöt</translation>
    </message>
    <message>
      <source>per 1,000 procedures</source>
      <translation>kpl / 1 000 toimenpidettä</translation>
    </message>
    <message>
      <source>Cancelled procedures and adverse events.</source>
      <translation>Peruuntuneet toimenpiteet ja haittatapahtumat.</translation>
    </message>
    <message>
      <source>Implementers' satisfaction</source>
      <translation>Toteuttajien tyytyväisyys</translation>
    </message>
    <message>
      <source>scale 1–5</source>
      <translation>asteikko 1–5</translation>
    </message>
    <message>
      <source>How satisfied the alliance staff and companies are with the cooperation.</source>
      <translation>Allianssin henkilöstön ja yritysten tyytyväisyys yhteistyöhön.</translation>
    </message>
    <message>
      <source>Corrective procedures / aftercare</source>
      <translation>Korjaustoimenpiteet/jälkihoito</translation>
    </message>
    <message>
      <source>% of patients</source>
      <translation>% potilaista</translation>
    </message>
    <message>
      <source>Share of patients who needed a corrective procedure or extra aftercare.</source>
      <translation>Korjaavaa toimenpidettä tai ylimääräistä jälkihoitoa tarvinneiden potilaiden osuus.</translation>
    </message>
    <message>
      <source>Process productivity</source>
      <translation>Prosessin tuottavuus</translation>
    </message>
    <message>
      <source>procedures / theatre day</source>
      <translation>toimenpidettä / salipäivä</translation>
    </message>
    <message>
      <source>Procedures per operating-theatre day.</source>
      <translation>Toimenpiteiden määrä leikkaussalipäivää kohden.</translation>
    </message>
    <message>
      <source>Containing cost growth</source>
      <translation>Kustannuskasvun hillitseminen</translation>
    </message>
    <message>
      <source>% a year</source>
      <translation>% vuodessa</translation>
    </message>
    <message>
      <source>Yearly growth of the service cost per resident of the target group.</source>
      <translation>Palvelukustannusten vuosikasvu kohderyhmän asukasta kohden.</translation>
    </message>
    <message>
      <source>Solutions to operational challenges</source>
      <translation>Ratkaisut toiminnan haasteisiin</translation>
    </message>
    <message>
      <source>solutions in use</source>
      <translation>käyttöön otettua ratkaisua</translation>
    </message>
    <message>
      <source>Solutions taken into use for premises, technology, digital services and the availability of skilled staff.</source>
      <translation>Käyttöön otetut ratkaisut toimitiloihin, teknologiaan, digipalveluihin ja osaavan henkilöstön saatavuuteen.</translation>
    </message>
    <message>
      <source>Quality and effectiveness of services</source>
      <translation>Palveluiden laatu ja vaikuttavuus</translation>
    </message>
    <message>
      <source>index 0–100</source>
      <translation>indeksi 0–100</translation>
    </message>
    <message>
      <source>Quality and effectiveness index: the population's health, functional ability and seamless service chains.</source>
      <translation>Laatu- ja vaikuttavuusindeksi: väestön terveys, toimintakyky ja saumattomat palveluketjut.</translation>
    </message>
    <message>
      <source>The metric library has no metric “{metric}”.</source>
      <translation>Mittarikirjastossa ei ole mittaria ”{metric}”.</translation>
    </message>
    <message>
      <source>There is no metric “{metric}”.</source>
      <translation>Mittaria ”{metric}” ei ole.</translation>
    </message>
    <message>
      <source>There is no service period “{period}”.</source>
      <translation>Palvelujaksoa ”{period}” ei ole.</translation>
    </message>
    <message>
      <source>“{what}” must be a number.</source>
      <translation>”{what}” pitää olla luku.</translation>
    </message>
    <message>
      <source>A metric needs a name.</source>
      <translation>Mittarilla pitää olla nimi.</translation>
    </message>
    <message>
      <source>The direction must be “lower is better” or “higher is better”.</source>
      <translation>Suunnan pitää olla ”pienempi on parempi” tai ”suurempi on parempi”.</translation>
    </message>
    <message>
      <source>Baseline</source>
      <translation>Lähtötaso</translation>
    </message>
    <message>
      <source>The direction of “{metric}” cannot be turned while its levels from period “{period}” (threshold {threshold}, target {target}) count the other way. Set the weight of that calibration to 0 first, then turn the direction and correct the levels.</source>
      <translation>Mittarin ”{metric}” suuntaa ei voi kääntää, koska sen tasot jaksosta ”{period}” alkaen (kynnystaso {threshold}, tavoitetaso {target}) laskevat toiseen suuntaan. Aseta ensin kyseisen kalibroinnin painoksi 0, käännä sitten suunta ja korjaa tasot.</translation>
    </message>
    <message>
      <source>A weight must not be negative.</source>
      <translation>Paino ei voi olla negatiivinen.</translation>
    </message>
    <message>
      <source>A weight is a percentage of the period's score: at most 100 %.</source>
      <translation>Paino on prosenttiosuus jakson pisteistä: enintään 100 %.</translation>
    </message>
    <message>
      <source>“{metric}”: the threshold and the target must differ for a metric that has a weight.</source>
      <translation>”{metric}”: kynnystason ja tavoitetason pitää erota toisistaan, kun mittarilla on paino.</translation>
    </message>
    <message>
      <source>Weight</source>
      <translation>Paino</translation>
    </message>
    <message>
      <source>Threshold</source>
      <translation>Kynnystaso</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Tavoitetaso</translation>
    </message>
    <message>
      <source>“{metric}” has no calibration from period “{period}”.</source>
      <translation>Mittarilla ”{metric}” ei ole kalibrointia jaksosta ”{period}” alkaen.</translation>
    </message>
    <message>
      <source>“{metric}” already has a calibration from period “{period}”.</source>
      <translation>Mittarilla ”{metric}” on jo kalibrointi jaksosta ”{period}” alkaen.</translation>
    </message>
    <message>
      <source>Measurement</source>
      <translation>Mittaustulos</translation>
    </message>
    <message>
      <source>No metric has a weight in period “{period}”: its KPI score is 0 and no effectiveness bonus is earned.</source>
      <translation>Millään mittarilla ei ole painoa jaksolla ”{period}”: sen KPI-pisteet ovat 0 eikä vaikuttavuusbonusta ansaita.</translation>
    </message>
    <message>
      <source>The weights in period “{period}” add up to {total} %, not 100 %: {missing} % is not given to any metric.</source>
      <translation>Jakson ”{period}” painot ovat yhteensä {total} %, eivät 100 %: {missing} % on jakamatta mittareille.</translation>
    </message>
    <message>
      <source>The weights in period “{period}” add up to {total} %, not 100 %: {extra} % too much.</source>
      <translation>Jakson ”{period}” painot ovat yhteensä {total} %, eivät 100 %: {extra} % liikaa.</translation>
    </message>
    <message>
      <source>Higher is better</source>
      <translation>Suurempi on parempi</translation>
    </message>
    <message>
      <source>Lower is better</source>
      <translation>Pienempi on parempi</translation>
    </message>
    <message>
      <source>Target reached</source>
      <translation>Tavoitetaso saavutettu</translation>
    </message>
    <message>
      <source>Between threshold and target</source>
      <translation>Kynnys- ja tavoitetason välillä</translation>
    </message>
    <message>
      <source>Threshold not reached</source>
      <translation>Kynnystasoa ei saavutettu</translation>
    </message>
    <message>
      <source>No measurement: scores 0</source>
      <translation>Ei mittaustulosta: 0 pistettä</translation>
    </message>
    <message>
      <source>Retired: weight 0</source>
      <translation>Poistettu käytöstä: paino 0</translation>
    </message>
    <message>
      <source>Not calibrated for this period</source>
      <translation>Ei kalibroitu tälle jaksolle</translation>
    </message>
    <message>
      <source>The CSV file, as Excel saves it (“CSV (semicolon-separated)” or “CSV UTF-8”):
• The first line names the columns: mittari (or metric), jakso (or period) and arvo (or value). Other columns are ignored.
• mittari: the metric's name or key. jakso: the service period's name or key, or “lähtötaso” for the baseline.
• arvo: a number with a decimal comma, e.g. 1 234,5. A row with an empty value is skipped.
• Columns separated by semicolons (;); text in UTF-8 (with or without BOM) or Excel's Windows encoding.
Example:
mittari;jakso;arvo
Jonotusajat;p1;118
Hoitojakson kesto;p2;1,9
If any row has a problem, nothing is imported and each problem is listed with its line and column.</source>
      <translation>CSV-tiedosto sellaisena kuin Excel sen tallentaa (”CSV (luetteloerotin)” tai ”CSV UTF-8”):
• Ensimmäinen rivi nimeää sarakkeet: mittari, jakso ja arvo (tai englanniksi metric, period, value). Muut sarakkeet ohitetaan.
• mittari: mittarin nimi tai tunnus. jakso: palvelujakson nimi tai tunnus, tai ”lähtötaso” lähtötasolle.
• arvo: luku desimaalipilkulla, esim. 1 234,5. Rivi, jonka arvo on tyhjä, ohitetaan.
• Sarakkeet erotetaan puolipisteellä (;); merkistö UTF-8 (BOM:lla tai ilman) tai Excelin Windows-merkistö.
Esimerkki:
mittari;jakso;arvo
Jonotusajat;p1;118
Hoitojakson kesto;p2;1,9
Jos jollakin rivillä on ongelma, mitään ei tuoda ja jokainen ongelma luetellaan rivin ja sarakkeen kanssa.</translation>
    </message>
  </context>
  <context>
    <name>MetricsCsv</name>
    <message>
      <source>Line {line}, column {column} ({name})</source>
      <extracomment>the largest value (either sign) and the most decimals of a measurement: the plan's limit for metric values a cell starting with one of these is a formula to a spreadsheet (OWASP, "CSV Injection")</extracomment>
      <translation>Rivi {line}, sarake {column} ({name})</translation>
    </message>
    <message>
      <source>Line {line}</source>
      <translation>Rivi {line}</translation>
    </message>
    <message>
      <source>The measurements were not imported; nothing was changed. Problems found: {count}.</source>
      <translation>Mittaustuloksia ei tuotu eikä mitään muutettu. Ongelmia löytyi: {count}.</translation>
    </message>
    <message>
      <source>… and {count} more.</source>
      <translation>… ja {count} muuta.</translation>
    </message>
    <message>
      <source>The file is in UTF-16 or UTF-32 encoding (Excel's “Unicode text”). Save it in Excel as “CSV UTF-8” or “CSV (semicolon-separated)” and import it again.</source>
      <translation>Tiedosto on UTF-16- tai UTF-32-merkistössä (Excelin ”Unicode-teksti”). Tallenna se Excelissä muodossa ”CSV UTF-8” tai ”CSV (luetteloerotin)” ja tuo se uudelleen.</translation>
    </message>
    <message>
      <source>The file is empty.</source>
      <translation>Tiedosto on tyhjä.</translation>
    </message>
    <message>
      <source>The columns must be separated by semicolons (;), as the Finnish Excel saves CSV files.</source>
      <translation>Sarakkeet pitää erottaa puolipisteellä (;), kuten suomenkielinen Excel tallentaa CSV-tiedostot.</translation>
    </message>
    <message>
      <source>The first line must name the columns, e.g. “mittari;jakso;arvo”.</source>
      <translation>Ensimmäisen rivin pitää nimetä sarakkeet, esim. ”mittari;jakso;arvo”.</translation>
    </message>
    <message>
      <source>The line cannot be read as CSV ({reason}); check its quotation marks.</source>
      <translation>Riviä ei voi lukea CSV-muodossa ({reason}); tarkista sen lainausmerkit.</translation>
    </message>
    <message>
      <source>There are two columns for the same thing (“{first}” and “{second}”).</source>
      <translation>Samalle tiedolle on kaksi saraketta (”{first}” ja ”{second}”).</translation>
    </message>
    <message>
      <source>The first line has no column for the metric: name one “{names}”.</source>
      <translation>Ensimmäisellä rivillä ei ole mittarin saraketta: nimeä jokin sarake ”{names}”.</translation>
    </message>
    <message>
      <source>The first line has no column for the period: name one “{names}”.</source>
      <translation>Ensimmäisellä rivillä ei ole jakson saraketta: nimeä jokin sarake ”{names}”.</translation>
    </message>
    <message>
      <source>The first line has no column for the value: name one “{names}”.</source>
      <translation>Ensimmäisellä rivillä ei ole arvon saraketta: nimeä jokin sarake ”{names}”.</translation>
    </message>
    <message>
      <source>baseline</source>
      <translation>lähtötaso</translation>
    </message>
    <message>
      <source>Reading stopped here: the file has too many problems.</source>
      <translation>Lukeminen keskeytettiin tähän: tiedostossa on liikaa ongelmia.</translation>
    </message>
    <message>
      <source>The metric is missing.</source>
      <translation>Mittari puuttuu.</translation>
    </message>
    <message>
      <source>Two metrics are named “{text}”: use the metric's key.</source>
      <translation>Kahden mittarin nimi on ”{text}”: käytä mittarin tunnusta.</translation>
    </message>
    <message>
      <source>No metric has the key or name “{text}”.</source>
      <translation>Minkään mittarin tunnus tai nimi ei ole ”{text}”.</translation>
    </message>
    <message>
      <source>The period is missing.</source>
      <translation>Jakso puuttuu.</translation>
    </message>
    <message>
      <source>Two service periods are named “{text}”: use the period's key.</source>
      <translation>Kahden palvelujakson nimi on ”{text}”: käytä jakson tunnusta.</translation>
    </message>
    <message>
      <source>No service period has the key or name “{text}”.</source>
      <translation>Minkään palvelujakson tunnus tai nimi ei ole ”{text}”.</translation>
    </message>
    <message>
      <source>This metric's value for this period is already given on line {line}.</source>
      <translation>Tämän mittarin arvo tälle jaksolle on jo annettu rivillä {line}.</translation>
    </message>
    <message>
      <source>The file has no measurements below the first line.</source>
      <translation>Tiedostossa ei ole mittaustuloksia ensimmäisen rivin alla.</translation>
    </message>
    <message>
      <source>The value of “{metric}” for “{period}” is too large: at most 10¹² (either sign).</source>
      <translation>Mittarin ”{metric}” arvo jaksolle ”{period}” on liian suuri: enintään 10¹² (positiivisena tai negatiivisena).</translation>
    </message>
    <message>
      <source>The value of “{metric}” for “{period}” has more than {places} decimals.</source>
      <translation>Mittarin ”{metric}” arvossa jaksolle ”{period}” on enemmän kuin {places} desimaalia.</translation>
    </message>
  </context>
  <context>
    <name>MetricsView</name>
    <message>
      <source>Metrics board</source>
      <translation>Mittaristo</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Viesti</translation>
    </message>
    <message>
      <source>Service period:</source>
      <translation>Palvelujakso:</translation>
    </message>
    <message>
      <source>Service period</source>
      <translation>Palvelujakso</translation>
    </message>
    <message>
      <source>The board, the weights and the calibration timeline show this period.</source>
      <translation>Tulostaulu, painot ja kalibrointien aikajana näyttävät tämän jakson.</translation>
    </message>
    <message>
      <source>Board</source>
      <translation>Tulostaulu</translation>
    </message>
    <message>
      <source>Metrics and calibrations</source>
      <translation>Mittarit ja kalibroinnit</translation>
    </message>
    <message>
      <source>Measurements</source>
      <translation>Mittaustulokset</translation>
    </message>
    <message>
      <source>A card per metric: value, threshold and target, score and trend</source>
      <translation>Kortti mittaria kohden: tulos, kynnys- ja tavoitetaso, pisteet ja kehitys</translation>
    </message>
    <message>
      <source>Type measurements per period, or import them from a CSV file</source>
      <translation>Syötä mittaustulokset jaksoittain tai tuo ne CSV-tiedostosta</translation>
    </message>
    <message>
      <source>Add metrics from the library</source>
      <translation>Lisää mittareita kirjastosta</translation>
    </message>
  </context>
  <context>
    <name>NewProjectDialog</name>
    <message>
      <source>New project</source>
      <translation>Uusi projekti</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Selaa…</translation>
    </message>
    <message>
      <source>Template</source>
      <translation>Pohja</translation>
    </message>
    <message>
      <source>Project name</source>
      <translation>Projektin nimi</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Tiedosto</translation>
    </message>
    <message>
      <source>New project file</source>
      <translation>Uusi projektitiedosto</translation>
    </message>
    <message>
      <source>Alliance project (*.alliance)</source>
      <translation>Allianssiprojekti (*.alliance)</translation>
    </message>
    <message>
      <source>Give the project a name.</source>
      <translation>Anna projektille nimi.</translation>
    </message>
    <message>
      <source>A file with this name exists already; choose another name.</source>
      <translation>Tämänniminen tiedosto on jo olemassa; valitse toinen nimi.</translation>
    </message>
    <message>
      <source>The folder does not exist.</source>
      <translation>Kansiota ei ole olemassa.</translation>
    </message>
  </context>
  <context>
    <name>Overview</name>
    <message>
      <source>Buyer</source>
      <translation>Tilaaja</translation>
    </message>
    <message>
      <source>Producer</source>
      <translation>Palveluntuottaja</translation>
    </message>
    <message>
      <source>Subcontractor</source>
      <translation>Alihankkija</translation>
    </message>
    <message>
      <source>Support service</source>
      <translation>Tukipalvelu</translation>
    </message>
    <message>
      <source>Association</source>
      <translation>Järjestö</translation>
    </message>
    <message>
      <source>Alliance staff</source>
      <translation>Allianssin henkilöstö</translation>
    </message>
    <message>
      <source>In the alliance</source>
      <translation>Allianssissa</translation>
    </message>
    <message>
      <source>Option</source>
      <translation>Optio</translation>
    </message>
    <message>
      <source>Outside</source>
      <translation>Ulkopuolella</translation>
    </message>
  </context>
  <context>
    <name>OverviewView</name>
    <message>
      <source>Rename project</source>
      <translation>Nimeä projekti uudelleen</translation>
    </message>
    <message>
      <source>Project name</source>
      <translation>Projektin nimi</translation>
    </message>
    <message>
      <source>Change buyer</source>
      <translation>Muuta tilaajaa</translation>
    </message>
    <message>
      <source>Change target group</source>
      <translation>Muuta kohderyhmää</translation>
    </message>
    <message>
      <source>Change description</source>
      <translation>Muuta kuvausta</translation>
    </message>
    <message>
      <source>Buyer</source>
      <translation>Tilaaja</translation>
    </message>
    <message>
      <source>Target group</source>
      <translation>Kohderyhmä</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Kuvaus</translation>
    </message>
    <message>
      <source>Total target cost</source>
      <translation>Tavoitekustannus yhteensä</translation>
    </message>
    <message>
      <source>Next deadline</source>
      <translation>Seuraava määräaika</translation>
    </message>
    <message>
      <source>Next decision gate</source>
      <translation>Seuraava päätöspiste</translation>
    </message>
    <message>
      <source>In the plan</source>
      <translation>Suunnitelmassa</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Myöhässä</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>Tavoitteet</translation>
    </message>
    <message>
      <source>Add goal</source>
      <translation>Lisää tavoite</translation>
    </message>
    <message>
      <source>Remove goal</source>
      <translation>Poista tavoite</translation>
    </message>
    <message>
      <source>Move the goal up (Ctrl+Up)</source>
      <translation>Siirrä tavoitetta ylöspäin (Ctrl+Ylös)</translation>
    </message>
    <message>
      <source>Move the goal down (Ctrl+Down)</source>
      <translation>Siirrä tavoitetta alaspäin (Ctrl+Alas)</translation>
    </message>
    <message>
      <source>Parties</source>
      <translation>Osapuolet</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nimi</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rooli</translation>
    </message>
    <message>
      <source>Add party</source>
      <translation>Lisää osapuoli</translation>
    </message>
    <message>
      <source>Remove party</source>
      <translation>Poista osapuoli</translation>
    </message>
    <message>
      <source>Areas</source>
      <translation>Alueet</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Alue</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Tila</translation>
    </message>
    <message>
      <source>Add area</source>
      <translation>Lisää alue</translation>
    </message>
    <message>
      <source>Remove area</source>
      <translation>Poista alue</translation>
    </message>
    <message>
      <source>Double-click a goal, a name, a role or a status to change it. Every change is saved at once and can be undone (Ctrl+Z).</source>
      <translation>Muuta tavoitetta, nimeä, roolia tai tilaa kaksoisnapsauttamalla. Jokainen muutos tallentuu heti, ja sen voi kumota (Ctrl+Z).</translation>
    </message>
    <message>
      <source>The change was not made</source>
      <translation>Muutosta ei tehty</translation>
    </message>
    <message>
      <source>The project needs a name.</source>
      <translation>Projektilla pitää olla nimi.</translation>
    </message>
    <message>
      <source>{count} service periods, {start}–{end}</source>
      <translation>{count} palvelujaksoa, {start}–{end}</translation>
    </message>
    <message>
      <source>No service periods yet</source>
      <translation>Ei vielä palvelujaksoja</translation>
    </message>
    <message>
      <source>None ahead; the last was {when}: {name}</source>
      <translation>Ei tulossa; viimeisin oli {when}: {name}</translation>
    </message>
    <message>
      <source>None ahead</source>
      <translation>Ei tulossa</translation>
    </message>
    <message>
      <source>Chains {chains} · metrics {metrics}</source>
      <translation>Ketjuja {chains} · mittareita {metrics}</translation>
    </message>
    <message>
      <source>Care steps {steps}, parties {parties}, risks {risks} ({severe} severe and open)</source>
      <translation>Hoitovaiheita {steps}, osapuolia {parties}, riskejä {risks} (vakavia avoimia {severe})</translation>
    </message>
    <message>
      <source>Care steps {steps}, parties {parties}, risks {risks}</source>
      <translation>Hoitovaiheita {steps}, osapuolia {parties}, riskejä {risks}</translation>
    </message>
    <message>
      <source>Change party role</source>
      <translation>Muuta osapuolen roolia</translation>
    </message>
    <message>
      <source>Change area status</source>
      <translation>Muuta alueen tilaa</translation>
    </message>
    <message>
      <source>{count} overdue, the oldest first:</source>
      <translation>{count} myöhässä, vanhimmat ensin:</translation>
    </message>
    <message>
      <source>… and {count} more: see Timeline › Warnings and Risks and procurement.</source>
      <translation>… ja {count} muuta: katso Aikajana › Varoitukset sekä Riskit ja hankinta.</translation>
    </message>
    <message>
      <source>Double-click to change the role</source>
      <translation>Vaihda rooli kaksoisnapsauttamalla</translation>
    </message>
    <message>
      <source>Double-click to change the status</source>
      <translation>Vaihda tila kaksoisnapsauttamalla</translation>
    </message>
    <message>
      <source>Edit goal</source>
      <translation>Muokkaa tavoitetta</translation>
    </message>
    <message>
      <source>Goal</source>
      <translation>Tavoite</translation>
    </message>
    <message>
      <source>Move goal</source>
      <translation>Siirrä tavoitetta</translation>
    </message>
    <message>
      <source>Rename party</source>
      <translation>Nimeä osapuoli uudelleen</translation>
    </message>
    <message>
      <source>Rename area</source>
      <translation>Nimeä alue uudelleen</translation>
    </message>
    <message>
      <source>A name cannot be empty.</source>
      <translation>Nimi ei voi olla tyhjä.</translation>
    </message>
    <message>
      <source>Name of the party</source>
      <translation>Osapuolen nimi</translation>
    </message>
    <message>
      <source>Name of the area (municipality)</source>
      <translation>Alueen (kunnan) nimi</translation>
    </message>
    <message>
      <source>The party was not removed</source>
      <translation>Osapuolta ei poistettu</translation>
    </message>
  </context>
  <context>
    <name>Paths</name>
    <message>
      <source>The app's own folder “{folder}” cannot be created or written to ({reason}). Settings, backups and demo copies are kept in “{fallback}” for now and may be lost when the computer restarts. To fix it, make that folder writable, or set ALLIANCE_DESKTOP_DATA_DIR to a folder you can write to.</source>
      <translation>Sovelluksen omaa kansiota ”{folder}” ei voi luoda eikä siihen voi kirjoittaa ({reason}). Asetukset, varmuuskopiot ja esimerkkikopiot tallennetaan toistaiseksi kansioon ”{fallback}”, ja ne voivat kadota, kun tietokone käynnistetään uudelleen. Korjaa tilanne antamalla kirjoitusoikeus kyseiseen kansioon tai asettamalla ALLIANCE_DESKTOP_DATA_DIR osoittamaan kansioon, johon voit kirjoittaa.</translation>
    </message>
    <message>
      <source>The app's own folder “{folder}” cannot be created or written to ({reason}). Settings are not saved and no backups are made. To fix it, make that folder writable, or set ALLIANCE_DESKTOP_DATA_DIR to a folder you can write to.</source>
      <translation>Sovelluksen omaa kansiota ”{folder}” ei voi luoda eikä siihen voi kirjoittaa ({reason}). Asetuksia ei tallenneta eikä varmuuskopioita tehdä. Korjaa tilanne antamalla kirjoitusoikeus kyseiseen kansioon tai asettamalla ALLIANCE_DESKTOP_DATA_DIR osoittamaan kansioon, johon voit kirjoittaa.</translation>
    </message>
  </context>
  <context>
    <name>PeriodsPanel</name>
    <message>
      <source>e.g. 1 234 567,89</source>
      <translation>esim. 1 234 567,89</translation>
    </message>
    <message>
      <source>Service periods</source>
      <translation>Palvelujaksot</translation>
    </message>
    <message>
      <source>Service period</source>
      <translation>Palvelujakso</translation>
    </message>
    <message>
      <source>Starts</source>
      <translation>Alkaa</translation>
    </message>
    <message>
      <source>First day of the period.</source>
      <translation>Jakson ensimmäinen päivä.</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>Päättyy</translation>
    </message>
    <message>
      <source>Last day of the period.</source>
      <translation>Jakson viimeinen päivä.</translation>
    </message>
    <message>
      <source>Fee
(target)</source>
      <translation>Palkkio
(tavoite)</translation>
    </message>
    <message>
      <source>Overhead
(target)</source>
      <translation>Yleiskulut
(tavoite)</translation>
    </message>
    <message>
      <source>Reimbursable
(target)</source>
      <translation>Korvattavat
(tavoite)</translation>
    </message>
    <message>
      <source>Target cost</source>
      <translation>Tavoite-
kustannus</translation>
    </message>
    <message>
      <source>Fee
(actual)</source>
      <translation>Palkkio
(toteuma)</translation>
    </message>
    <message>
      <source>Overhead
(actual)</source>
      <translation>Yleiskulut
(toteuma)</translation>
    </message>
    <message>
      <source>Reimbursable
(actual)</source>
      <translation>Korvattavat
(toteuma)</translation>
    </message>
    <message>
      <source>Actual cost</source>
      <translation>Toteutunut
kustannus</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Viesti</translation>
    </message>
    <message>
      <source>Add period</source>
      <translation>Lisää jakso</translation>
    </message>
    <message>
      <source>Add a service period after the last one, as long as it.</source>
      <translation>Lisää viimeisen perään palvelujakso, joka on yhtä pitkä kuin se.</translation>
    </message>
    <message>
      <source>Remove period</source>
      <translation>Poista jakso</translation>
    </message>
    <message>
      <source>Remove the selected period, with its measurements and scenario entries. Undo brings them back.</source>
      <translation>Poista valittu jakso mittaustuloksineen ja skenaariotietoineen. Kumoa palauttaa ne.</translation>
    </message>
    <message>
      <source>Split period…</source>
      <translation>Jaa jakso…</translation>
    </message>
    <message>
      <source>Split the selected period in two; its costs are divided by days.</source>
      <translation>Jaa valittu jakso kahtia; sen kustannukset jaetaan päivien suhteessa.</translation>
    </message>
    <message>
      <source>Clear actual costs</source>
      <translation>Tyhjennä toteuma</translation>
    </message>
    <message>
      <source>The selected period's actual costs are not known yet: it is shown at its target cost.</source>
      <translation>Valitun jakson toteutuneita kustannuksia ei vielä tiedetä: jakso näytetään tavoitekustannuksen suuruisena.</translation>
    </message>
    <message>
      <source>Periods 2 + 2 + 3 + 3 years</source>
      <translation>Jaksot 2 + 2 + 3 + 3 vuotta</translation>
    </message>
    <message>
      <source>Lay out four periods of 2, 2, 3 and 3 years from the start of the service phase. Existing periods keep their costs.</source>
      <translation>Muodosta palveluvaiheen alusta neljä jaksoa: 2, 2, 3 ja 3 vuotta. Olemassa olevat jaksot säilyttävät kustannuksensa.</translation>
    </message>
    <message>
      <source>Type amounts as 1 234 567,89 and press Enter; every change is saved at once and can be undone. Actuals count once overhead and reimbursable costs are both entered.</source>
      <translation>Kirjoita summat muodossa 1 234 567,89 ja paina Enter; jokainen muutos tallentuu heti ja sen voi perua. Toteuma lasketaan, kun sekä yleiskulut että korvattavat kustannukset on syötetty.</translation>
    </message>
    <message>
      <source>No actual costs entered yet</source>
      <translation>Toteutuneita kustannuksia ei ole vielä syötetty</translation>
    </message>
    <message>
      <source>Actual costs incomplete</source>
      <translation>Toteuma puutteellinen</translation>
    </message>
    <message>
      <source>forecast</source>
      <translation>ennuste</translation>
    </message>
    <message>
      <source>{missing}: the period is a forecast at its target cost ({target}) until the overhead and the reimbursable costs are entered.</source>
      <translation>{missing}: jakso on tavoitekustannuksensa ({target}) mukainen ennuste, kunnes yleiskulut ja korvattavat kustannukset on syötetty.</translation>
    </message>
    <message>
      <source>by contract</source>
      <translation>sopimuksen mukainen</translation>
    </message>
    <message>
      <source>Not entered: the fee is the target fee by contract, {amount}. Type an amount if the fee paid differs.</source>
      <translation>Ei syötetty: palkkio on sopimuksen mukainen eli tavoitepalkkio, {amount}. Kirjoita summa, jos maksettu palkkio poikkeaa siitä.</translation>
    </message>
    <message>
      <source>not entered</source>
      <translation>ei syötetty</translation>
    </message>
    <message>
      <source>Not entered. Type the amount; the period is settled on its actual costs once the overhead and the reimbursable costs are both entered.</source>
      <translation>Ei syötetty. Kirjoita summa; jakso tilitetään toteutuneiden kustannusten mukaan, kun sekä yleiskulut että korvattavat kustannukset on syötetty.</translation>
    </message>
    <message>
      <source>Rename service period</source>
      <translation>Nimeä palvelujakso uudelleen</translation>
    </message>
    <message>
      <source>Change period dates</source>
      <translation>Muuta jakson päivämääriä</translation>
    </message>
    <message>
      <source>Change actual cost</source>
      <translation>Muuta toteutunutta kustannusta</translation>
    </message>
    <message>
      <source>Change target cost</source>
      <translation>Muuta tavoitekustannusta</translation>
    </message>
    <message>
      <source>Add service period</source>
      <translation>Lisää palvelujakso</translation>
    </message>
    <message>
      <source>Remove service period</source>
      <translation>Poista palvelujakso</translation>
    </message>
    <message>
      <source>Split service period</source>
      <translation>Jaa palvelujakso</translation>
    </message>
  </context>
  <context>
    <name>Presentation</name>
    <message>
      <source>Overview</source>
      <translation>Yleiskuva</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>Aikataulu</translation>
    </message>
    <message>
      <source>Metrics board</source>
      <translation>Mittaristo</translation>
    </message>
    <message>
      <source>Commercial model</source>
      <translation>Kaupallinen malli</translation>
    </message>
    <message>
      <source>Target cost under uncertainty</source>
      <translation>Tavoitekustannus epävarmuuden vallitessa</translation>
    </message>
    <message>
      <source>Risks</source>
      <translation>Riskit</translation>
    </message>
    <message>
      <source>Phase: {name}</source>
      <translation>Vaihe: {name}</translation>
    </message>
    <message>
      <source>Service chain: {name}</source>
      <translation>Palveluketju: {name}</translation>
    </message>
    <message>
      <source>Choose at least one slide.</source>
      <translation>Valitse vähintään yksi dia.</translation>
    </message>
    <message>
      <source>Period {number}: {name}</source>
      <translation>Jakso {number}: {name}</translation>
    </message>
    <message>
      <source>The plan's own figures</source>
      <translation>Suunnitelman omat luvut</translation>
    </message>
    <message>
      <source>Actual cost compared with the target cost</source>
      <translation>Toteutunut kustannus verrattuna tavoitekustannukseen</translation>
    </message>
    <message>
      <source>KPI score</source>
      <translation>Mittaripistemäärä</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Jakso</translation>
    </message>
    <message>
      <source>Scenario</source>
      <translation>Skenaario</translation>
    </message>
    <message>
      <source>Actual cost vs target</source>
      <translation>Toteuma vs. tavoite</translation>
    </message>
    <message>
      <source>Periods {first}–{last} of {count}: the next page shows the next periods; the total column is of all periods with actual costs.</source>
      <translation>Jaksot {first}–{last}/{count}: seuraava sivu näyttää seuraavat jaksot; yhteensä-sarake on kaikista jaksoista, joilla on toteutuneet kustannukset.</translation>
    </message>
    <message>
      <source>What-if: these figures assume other actual costs or KPI scores. Nothing is saved to the file.</source>
      <translation>Entä jos: nämä luvut olettavat muut toteutuneet kustannukset tai mittaripistemäärät. Mitään ei tallenneta tiedostoon.</translation>
    </message>
    <message>
      <source>In plain words</source>
      <translation>Selkokielellä</translation>
    </message>
    <message>
      <source>No service periods yet</source>
      <translation>Ei vielä palvelujaksoja</translation>
    </message>
    <message>
      <source>Period {number} (forecast): gain (+) and pain (−)</source>
      <translation>Jakso {number} (ennuste): hyöty (+) ja haitta (−)</translation>
    </message>
    <message>
      <source>Period {number}: gain (+) and pain (−)</source>
      <translation>Jakso {number}: hyöty (+) ja haitta (−)</translation>
    </message>
    <message>
      <source>In plain words: period {number}</source>
      <translation>Selkokielellä: jakso {number}</translation>
    </message>
    <message>
      <source>Buyer</source>
      <translation>Tilaaja</translation>
    </message>
    <message>
      <source>Target group</source>
      <translation>Kohderyhmä</translation>
    </message>
    <message>
      <source>Care steps {steps}, parties {parties}, risks {risks}</source>
      <translation>Hoitovaiheita {steps}, osapuolia {parties}, riskejä {risks}</translation>
    </message>
    <message>
      <source>Target cost in total</source>
      <translation>Tavoitekustannus yhteensä</translation>
    </message>
    <message>
      <source>{count} service periods, {start}–{end}</source>
      <translation>{count} palvelujaksoa, {start}–{end}</translation>
    </message>
    <message>
      <source>Next deadline</source>
      <translation>Seuraava määräaika</translation>
    </message>
    <message>
      <source>Next decision gate</source>
      <translation>Seuraava päätöspiste</translation>
    </message>
    <message>
      <source>Service chains · metrics</source>
      <translation>Palveluketjut · mittarit</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>Tavoitteet</translation>
    </message>
    <message>
      <source>None ahead</source>
      <translation>Ei tulossa</translation>
    </message>
    <message>
      <source>Timeline: main phases and decision gates</source>
      <translation>Aikataulu: päävaiheet ja päätöspisteet</translation>
    </message>
    <message>
      <source>Service chain</source>
      <translation>Palveluketju</translation>
    </message>
    <message>
      <source>Service chain {number} of {count}</source>
      <translation>Palveluketju {number}/{count}</translation>
    </message>
    <message>
      <source>Period {number}: {name} · KPI score {score} ({count} metrics)</source>
      <translation>Jakso {number}: {name} · mittaripistemäärä {score} ({count} mittaria)</translation>
    </message>
    <message>
      <source>KPI score by period</source>
      <translation>Mittaripistemäärä jaksoittain</translation>
    </message>
    <message>
      <source>Metrics {first}–{last} of {count}; the next page shows the others.</source>
      <translation>Mittarit {first}–{last}/{count}; seuraava sivu näyttää muut.</translation>
    </message>
    <message>
      <source>Top risks</source>
      <translation>Merkittävimmät riskit</translation>
    </message>
    <message>
      <source>No open risks</source>
      <translation>Ei avoimia riskejä</translation>
    </message>
    <message>
      <source>Likelihood {likelihood} × impact {impact} = {score}</source>
      <translation>Todennäköisyys {likelihood} × vaikutus {impact} = {score}</translation>
    </message>
    <message>
      <source>owner: {owner}</source>
      <translation>vastuutaho: {owner}</translation>
    </message>
    <message>
      <source>Mitigation: {text}</source>
      <translation>Hallintakeinot: {text}</translation>
    </message>
    <message>
      <source>… and {count} more open risks in the plan.</source>
      <translation>… ja suunnitelmassa on vielä {count} muuta avointa riskiä.</translation>
    </message>
    <message>
      <source>Buyer's total cost: share of draws at or below</source>
      <translation>Tilaajan kokonaiskustannus: arvontojen osuus, jotka ovat enintään</translation>
    </message>
    <message>
      <source>Target {amount}</source>
      <translation>Tavoite {amount}</translation>
    </message>
    <message>
      <source>P50 {amount}</source>
      <translation>P50 {amount}</translation>
    </message>
    <message>
      <source>P80 {amount}</source>
      <translation>P80 {amount}</translation>
    </message>
    <message>
      <source>Buyer's total cost over the contract, P50 / P80</source>
      <translation>Tilaajan kokonaiskustannus sopimuskaudella, P50 / P80</translation>
    </message>
    <message>
      <source>Target cost {amount}</source>
      <translation>Tavoitekustannus {amount}</translation>
    </message>
    <message>
      <source>Contingency for a P80 target</source>
      <translation>Varaus P80-tavoitetta varten</translation>
    </message>
    <message>
      <source>for a P50 target: {amount}</source>
      <translation>P50-tavoitetta varten: {amount}</translation>
    </message>
    <message>
      <source>The target is already {amount} above the P80.</source>
      <translation>Tavoite on jo {amount} P80-tason yläpuolella.</translation>
    </message>
    <message>
      <source>Chance of a sanction in period {number}: {chance}</source>
      <translation>Sanktion todennäköisyys jaksolla {number}: {chance}</translation>
    </message>
    <message>
      <source>Later periods: at most {chance} (period {number})</source>
      <translation>Myöhemmät jaksot: enintään {chance} (jakso {number})</translation>
    </message>
    <message>
      <source>Producer's result: {p10} to {p90} (P10–P90)</source>
      <translation>Palveluntuottajan tulos: {p10} – {p90} (P10–P90)</translation>
    </message>
    <message>
      <source>{draws} draws of the estimate ranges and risk costs, each settled by the contract's rules (seed {seed}).</source>
      <translation>{draws} arvontaa arviovälien ja riskien kustannusten mukaan, kukin tilitetty sopimuksen säännöillä (siemenluku {seed}).</translation>
    </message>
  </context>
  <context>
    <name>PresentationWindow</name>
    <message>
      <source>{name} – presentation</source>
      <translation>{name} – esitys</translation>
    </message>
    <message>
      <source>Slide number</source>
      <translation>Dian numero</translation>
    </message>
    <message>
      <source>No slides</source>
      <translation>Ei dioja</translation>
    </message>
    <message>
      <source>{counter} (page {page} of {pages})</source>
      <translation>{counter} (sivu {page}/{pages})</translation>
    </message>
    <message>
      <source>Go to slide: {number}</source>
      <translation>Siirry diaan: {number}</translation>
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message>
      <source>Buyer</source>
      <translation>Tilaaja</translation>
    </message>
    <message>
      <source>Target group</source>
      <translation>Kohderyhmä</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>Tavoitteet</translation>
    </message>
    <message>
      <source>Parties</source>
      <translation>Osapuolet</translation>
    </message>
    <message>
      <source>Areas</source>
      <translation>Alueet</translation>
    </message>
    <message>
      <source>Phases and milestones</source>
      <translation>Vaiheet ja virstanpylväät</translation>
    </message>
    <message>
      <source>Scope matrix</source>
      <translation>Palvelukokonaisuudet alueittain</translation>
    </message>
    <message>
      <source>Metrics</source>
      <translation>Mittarit</translation>
    </message>
    <message>
      <source>Building the report…</source>
      <translation>Raporttia muodostetaan…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Peruuta</translation>
    </message>
    <message>
      <source>Measurements</source>
      <translation>Mittaustulokset</translation>
    </message>
    <message>
      <source>Service periods</source>
      <translation>Palvelujaksot</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Tulokset</translation>
    </message>
    <message>
      <source>Risks</source>
      <translation>Riskit</translation>
    </message>
    <message>
      <source>Procurement process</source>
      <translation>Hankintaprosessi</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation>Asiakirjat</translation>
    </message>
    <message>
      <source>Print report</source>
      <translation>Tulosta raportti</translation>
    </message>
    <message>
      <source>The printer cannot be used.</source>
      <translation>Tulostinta ei voi käyttää.</translation>
    </message>
    <message>
      <source>Printing page {page} of {pages}…</source>
      <translation>Tulostetaan sivua {page}/{pages}…</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Tulosta</translation>
    </message>
    <message>
      <source>No printer is installed on this computer. To print elsewhere or share the plan, use File &gt; Export PDF (Ctrl+Shift+E).</source>
      <translation>Tähän tietokoneeseen ei ole asennettu tulostinta. Jos haluat tulostaa muualla tai jakaa suunnitelman, valitse Tiedosto &gt; Vie PDF (Ctrl+Shift+E).</translation>
    </message>
    <message>
      <source>The printout could not be made: {reason}</source>
      <translation>Tulostetta ei voitu tehdä: {reason}</translation>
    </message>
    <message>
      <source>Printing cancelled.</source>
      <translation>Tulostus peruttiin.</translation>
    </message>
    <message>
      <source>Printed {pages} pages.</source>
      <translation>Tulostettu {pages} sivua.</translation>
    </message>
  </context>
  <context>
    <name>Report</name>
    <message>
      <source>project file (.alliance) or JSON project</source>
      <translation>projektitiedosto (.alliance) tai JSON-projekti</translation>
    </message>
    <message>
      <source>the PDF file to write</source>
      <translation>kirjoitettava PDF-tiedosto</translation>
    </message>
    <message>
      <source>sections to include (default: all): {names}</source>
      <translation>raporttiin otettavat osiot (oletus: kaikki): {names}</translation>
    </message>
    <message>
      <source>Give the name of the PDF file to write.</source>
      <translation>Anna kirjoitettavan PDF-tiedoston nimi.</translation>
    </message>
    <message>
      <source>“{path}” is a folder; give a file name for the report.</source>
      <translation>”{path}” on kansio; anna raportille tiedostonimi.</translation>
    </message>
    <message>
      <source>Unexpected error while making the report: {error}</source>
      <translation>Odottamaton virhe raporttia laadittaessa: {error}</translation>
    </message>
    <message>
      <source>Wrote {path} ({pages} pages).</source>
      <translation>Kirjoitettiin {path} ({pages} sivua).</translation>
    </message>
    <message>
      <source>Cover</source>
      <translation>Kansilehti</translation>
    </message>
    <message>
      <source>Contents</source>
      <translation>Sisällys</translation>
    </message>
    <message>
      <source>Overview</source>
      <translation>Yleiskuva</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>Aikataulu</translation>
    </message>
    <message>
      <source>Service chains and scope matrix</source>
      <translation>Palveluketjut ja palvelukokonaisuudet alueittain</translation>
    </message>
    <message>
      <source>Commercial model</source>
      <translation>Kaupallinen malli</translation>
    </message>
    <message>
      <source>Risks</source>
      <translation>Riskit</translation>
    </message>
    <message>
      <source>Procurement tasks and documents</source>
      <translation>Hankinnan tehtävät ja asiakirjat</translation>
    </message>
    <message>
      <source>Metrics</source>
      <translation>Mittarit</translation>
    </message>
    <message>
      <source>Unknown report section “{name}”. Choose from: {names}.</source>
      <translation>Raportissa ei ole osiota ”{name}”. Valitse näistä: {names}.</translation>
    </message>
    <message>
      <source>Choose at least one report section.</source>
      <translation>Valitse raporttiin vähintään yksi osio.</translation>
    </message>
    <message>
      <source>Alliance Planner</source>
      <translation>Allianssisuunnittelija</translation>
    </message>
    <message>
      <source>Planning an alliance-model procurement</source>
      <translation>Allianssimallisen hankinnan suunnittelu</translation>
    </message>
    <message>
      <source>Made with Alliance Planner</source>
      <translation>Laadittu Allianssisuunnittelijalla</translation>
    </message>
    <message>
      <source>Alliance plan</source>
      <translation>Allianssisuunnitelma</translation>
    </message>
    <message>
      <source>Page {page} / {pages}</source>
      <translation>Sivu {page} / {pages}</translation>
    </message>
    <message>
      <source>Untitled project</source>
      <translation>Nimetön hanke</translation>
    </message>
    <message>
      <source>Target group: {group}</source>
      <translation>Kohderyhmä: {group}</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Päivämäärä</translation>
    </message>
    <message>
      <source>The report's font cannot print some characters of the plan; they are shown as “[U+…]” codes or similar characters: {chars}</source>
      <translation>Raportin fontilla ei voi tulostaa kaikkia suunnitelman merkkejä; ne näytetään koodeina ”[U+…]” tai niitä muistuttavina merkkeinä: {chars}</translation>
    </message>
    <message>
      <source>Buyer</source>
      <translation>Tilaaja</translation>
    </message>
    <message>
      <source>Producer</source>
      <translation>Palveluntuottaja</translation>
    </message>
    <message>
      <source>Alliance staff</source>
      <translation>Allianssin henkilöstö</translation>
    </message>
    <message>
      <source>Actual cost compared with the target cost (under the target on the left)</source>
      <translation>Toteutunut kustannus suhteessa tavoitekustannukseen (alitus vasemmalla)</translation>
    </message>
    <message>
      <source>Gain (+) or pain (−), €</source>
      <translation>Hyöty (+) tai haitta (−), €</translation>
    </message>
    <message>
      <source>Target cost</source>
      <translation>Tavoitekustannus</translation>
    </message>
    <message>
      <source>Gain cap</source>
      <translation>Bonuskatto</translation>
    </message>
    <message>
      <source>Producer's sanction cap</source>
      <translation>Tuottajan sanktiokatto</translation>
    </message>
    <message>
      <source>Actual cost {percent}</source>
      <translation>Toteuma {percent}</translation>
    </message>
    <message>
      <source>Caps</source>
      <translation>Katot</translation>
    </message>
    <message>
      <source>Impact</source>
      <translation>Vaikutus</translation>
    </message>
    <message>
      <source>Likelihood</source>
      <translation>Todennäköisyys</translation>
    </message>
    <message>
      <source>Subcontractor</source>
      <translation>Alihankkija</translation>
    </message>
    <message>
      <source>Support service</source>
      <translation>Tukipalvelu</translation>
    </message>
    <message>
      <source>Association</source>
      <translation>Järjestö</translation>
    </message>
    <message>
      <source>In the alliance</source>
      <translation>Allianssissa</translation>
    </message>
    <message>
      <source>Option</source>
      <translation>Optio</translation>
    </message>
    <message>
      <source>Outside</source>
      <translation>Ulkopuolella</translation>
    </message>
    <message>
      <source>Milestone</source>
      <translation>Virstanpylväs</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Määräaika</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Tilaisuus</translation>
    </message>
    <message>
      <source>Decision gate</source>
      <translation>Päätöspiste</translation>
    </message>
    <message>
      <source>Pending</source>
      <translation>Odottaa</translation>
    </message>
    <message>
      <source>Go</source>
      <translation>Jatketaan</translation>
    </message>
    <message>
      <source>Withdraw</source>
      <translation>Irtaudutaan</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Avoin</translation>
    </message>
    <message>
      <source>Mitigated</source>
      <translation>Lievennetty</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Suljettu</translation>
    </message>
    <message>
      <source>Realised</source>
      <translation>Toteutunut</translation>
    </message>
    <message>
      <source>Needs assessment</source>
      <translation>Tarpeiden arviointi</translation>
    </message>
    <message>
      <source>Procurement planning</source>
      <translation>Hankinnan suunnittelu</translation>
    </message>
    <message>
      <source>Defining the object</source>
      <translation>Hankinnan kohteen määrittely</translation>
    </message>
    <message>
      <source>Tendering</source>
      <translation>Kilpailutus</translation>
    </message>
    <message>
      <source>Contract-period operation</source>
      <translation>Sopimuskauden toiminta</translation>
    </message>
    <message>
      <source>To do</source>
      <translation>Tekemättä</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Luonnos</translation>
    </message>
    <message>
      <source>Ready</source>
      <translation>Valmis</translation>
    </message>
    <message>
      <source>Lower is better</source>
      <translation>Pienempi on parempi</translation>
    </message>
    <message>
      <source>Higher is better</source>
      <translation>Suurempi on parempi</translation>
    </message>
    <message>
      <source>Service periods and target costs</source>
      <translation>Palvelujaksot ja tavoitekustannukset</translation>
    </message>
    <message>
      <source>The plan has no service periods yet.</source>
      <translation>Suunnitelmassa ei ole vielä palvelujaksoja.</translation>
    </message>
    <message>
      <source>Settlement per service period</source>
      <translation>Tilitys palvelujaksoittain</translation>
    </message>
    <message>
      <source>Gain and pain by party when the actual cost varies around the target (KPI score {score}).</source>
      <translation>Osapuolten hyöty ja haitta, kun toteutunut kustannus vaihtelee tavoitteen ympärillä (mittaripisteet {score}).</translation>
    </message>
    <message>
      <source>The producer's sanction has no upper limit.</source>
      <translation>Palveluntuottajan sanktiolla ei ole ylärajaa.</translation>
    </message>
    <message>
      <source>The producer's sanction is limited to its fee for the period.</source>
      <translation>Palveluntuottajan sanktio on enintään sen palkkio kyseiseltä jaksolta.</translation>
    </message>
    <message>
      <source>The producer's sanction is limited to {amount} per period.</source>
      <translation>Palveluntuottajan sanktio on enintään {amount} jaksoa kohden.</translation>
    </message>
    <message>
      <source>Each service period has a target cost: the producer's fee + the buyer's overhead + the reimbursable production costs. At the end of the period the actual cost is compared with the target.</source>
      <translation>Jokaisella palvelujaksolla on tavoitekustannus: palveluntuottajan palkkio + tilaajan yleiskulut + korvattavat tuotantokustannukset. Jakson lopussa toteutunutta kustannusta verrataan tavoitteeseen.</translation>
    </message>
    <message>
      <source>Cost bonus</source>
      <translation>Kustannusbonus</translation>
    </message>
    <message>
      <source>When the actual cost is under the target, savings up to {cap} of the target cost are shared: buyer {buyer}, producer {producer}, alliance staff {staff} and the effectiveness bonus pool {pool}. Savings beyond the cap go wholly to the buyer.</source>
      <translation>Kun toteutunut kustannus alittaa tavoitteen, säästö jaetaan kustannusbonuksena, kuitenkin enintään {cap} tavoitekustannuksesta: tilaaja {buyer}, palveluntuottaja {producer}, allianssin henkilöstö {staff} ja vaikuttavuusbonuspooli {pool}. Katon ylittävä säästö jää kokonaan tilaajalle.</translation>
    </message>
    <message>
      <source>Effectiveness bonus</source>
      <translation>Vaikuttavuusbonus</translation>
    </message>
    <message>
      <source>The pool is paid only when the target is under-run, in proportion to the KPI score of the period (0–100 %). Of what is paid the producer receives {producer} and the alliance staff {staff}; what is not earned stays with the buyer.</source>
      <translation>Pooli maksetaan vain, kun tavoite alittuu, ja jakson mittaripisteiden (0–100 %) suhteessa. Maksetusta osuudesta palveluntuottaja saa {producer} ja allianssin henkilöstö {staff}; ansaitsematta jäävä osa jää tilaajalle.</translation>
    </message>
    <message>
      <source>Cost sanction</source>
      <translation>Kustannussanktio</translation>
    </message>
    <message>
      <source>When the actual cost exceeds the target, the over-run is shared: buyer {buyer} and producer {producer}.</source>
      <translation>Kun toteutunut kustannus ylittää tavoitteen, ylitys jaetaan: tilaaja {buyer} ja palveluntuottaja {producer}.</translation>
    </message>
    <message>
      <source>Service period</source>
      <translation>Palvelujakso</translation>
    </message>
    <message>
      <source>Fee</source>
      <translation>Palkkio</translation>
    </message>
    <message>
      <source>Overhead</source>
      <translation>Yleiskulut</translation>
    </message>
    <message>
      <source>Reimbursable costs</source>
      <translation>Korvattavat kustannukset</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Yhteensä</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Tavoite</translation>
    </message>
    <message>
      <source>Actual</source>
      <translation>Toteuma</translation>
    </message>
    <message>
      <source>The figures are those of the settlement (as the settle command gives them), in euros with cents. “Total (actual)” adds up only the periods with actual costs; “Total incl. forecasts” adds every period.</source>
      <translation>Luvut ovat tilityksen lukuja (samat kuin settle-komennon antamat) euroina ja sentteinä. ”Yhteensä (toteutuneet)” laskee yhteen vain jaksot, joilla on toteutuneet kustannukset; ”Yhteensä ennusteineen” laskee yhteen kaikki jaksot.</translation>
    </message>
    <message>
      <source>The figures are those of the settlement (as the settle command gives them), in euros with cents. Every period has actual costs.</source>
      <translation>Luvut ovat tilityksen lukuja (samat kuin settle-komennon antamat) euroina ja sentteinä. Kaikilla jaksoilla on toteutuneet kustannukset.</translation>
    </message>
    <message>
      <source>In grey italics: forecast = an estimate at the target cost, not actual figures ({periods}). A forecast has no deviation, no bonus and no sanction.</source>
      <translation>Harmaalla kursiivilla: ennuste = tavoitekustannuksen mukainen arvio, ei toteutunut luku ({periods}). Ennusteella ei ole poikkeamaa, bonusta eikä sanktiota.</translation>
    </message>
    <message>
      <source>Actual costs incomplete (overhead or reimbursable costs not entered): {periods}.</source>
      <translation>Toteuma puutteellinen (yleiskuluja tai korvattavia kustannuksia ei ole syötetty): {periods}.</translation>
    </message>
    <message>
      <source>Actual or forecast</source>
      <translation>Toteuma vai ennuste</translation>
    </message>
    <message>
      <source>A period is settled on its actual costs once its actual overhead and reimbursable costs have both been entered; the fee is the target fee by contract unless a different fee paid is entered. Until then the period is a forecast: it is shown at its target cost (no deviation, no bonus, no sanction), in grey italics, and “actual costs incomplete” when only some parts have been entered. A part not entered is never taken as zero nor copied from the target.</source>
      <translation>Jakso tilitetään toteutuneiden kustannusten mukaan, kun sen toteutuneet yleiskulut ja korvattavat kustannukset on molemmat syötetty; palkkio on sopimuksen mukainen eli tavoitepalkkio, ellei toisin maksettua palkkiota syötetä. Siihen asti jakso on ennuste: se näytetään tavoitekustannuksensa mukaisena (ei poikkeamaa, bonusta eikä sanktiota) harmaalla kursiivilla, ja merkinnällä ”toteuma puutteellinen”, jos osa eristä on syötetty. Syöttämätöntä erää ei koskaan pidetä nollana eikä kopioida tavoitteesta.</translation>
    </message>
    <message>
      <source>Rounding</source>
      <translation>Pyöristys</translation>
    </message>
    <message>
      <source>All amounts are in euros and cents. Every rounding is to the nearest cent, a half cent away from zero (half a cent becomes a whole cent). In this order: (1) each cost part (fee, overhead, reimbursable costs) of the target and of the actual is rounded first; the target cost, the actual cost and the deviation are exact sums of the rounded parts. (2) The cap amount, cap % × target cost, is rounded before anything is shared. (3) Of the shared savings, the producer's, the staff's and the pool's shares are each rounded; the buyer receives the remainder, so the cents of rounding stay with the buyer. (4) The effectiveness bonus paid is the rounded pool × the exact KPI score (the fraction computed from the metrics, not the rounded percentage shown), rounded; the producer's part of it is rounded and the staff receive the remainder; the unpaid rest of the pool stays with the buyer. (5) The producer's sanction, its share × the over-run, is rounded before its cap is applied; the buyer bears the remainder of the over-run. Each period's calculation below shows these steps.</source>
      <translation>Kaikki summat ovat euroja ja senttejä. Jokainen pyöristys tehdään lähimpään senttiin, puoli senttiä poispäin nollasta (puoli senttiä pyöristyy kokonaiseksi sentiksi). Järjestys on tämä: (1) tavoitteen ja toteuman jokainen kustannuserä (palkkio, yleiskulut, korvattavat kustannukset) pyöristetään ensin; tavoitekustannus, toteutunut kustannus ja poikkeama ovat pyöristettyjen erien tarkkoja summia. (2) Katon määrä, katto-% × tavoitekustannus, pyöristetään ennen kuin mitään jaetaan. (3) Jaettavasta säästöstä palveluntuottajan, henkilöstön ja poolin osuudet pyöristetään kukin; tilaaja saa jäännöksen, joten pyöristyksen sentit jäävät tilaajalle. (4) Maksettu vaikuttavuusbonus on pyöristetty pooli × tarkka mittaripistemäärä (mittareista laskettu murtoluku, ei näytetty pyöristetty prosentti) pyöristettynä; palveluntuottajan osuus siitä pyöristetään ja henkilöstö saa jäännöksen; poolin maksamatta jäävä osa jää tilaajalle. (5) Palveluntuottajan sanktio, sen osuus × ylitys, pyöristetään ennen katon soveltamista; tilaaja kantaa ylityksestä jäännöksen. Kunkin jakson laskelma alla näyttää nämä vaiheet.</translation>
    </message>
    <message>
      <source>not entered yet: a forecast at the target cost</source>
      <translation>ei vielä syötetty: ennuste tavoitekustannuksen mukaan</translation>
    </message>
    <message>
      <source>{amount} by contract</source>
      <translation>{amount} sopimuksen mukainen</translation>
    </message>
    <message>
      <source>not entered</source>
      <translation>ei syötetty</translation>
    </message>
    <message>
      <source>forecast</source>
      <translation>ennuste</translation>
    </message>
    <message>
      <source>All periods</source>
      <translation>Kaikki jaksot</translation>
    </message>
    <message>
      <source>Costs</source>
      <translation>Kustannukset</translation>
    </message>
    <message>
      <source>Actual cost</source>
      <translation>Toteutunut kustannus</translation>
    </message>
    <message>
      <source>Deviation (under-run +)</source>
      <translation>Poikkeama (alitus +)</translation>
    </message>
    <message>
      <source>KPI score</source>
      <translation>Mittaripisteet</translation>
    </message>
    <message>
      <source>Under-run</source>
      <translation>Alitus</translation>
    </message>
    <message>
      <source>Shared under-run</source>
      <translation>Jaettava alitus</translation>
    </message>
    <message>
      <source>Excess to buyer</source>
      <translation>Katon ylittävä osuus tilaajalle</translation>
    </message>
    <message>
      <source>Cost bonus: buyer</source>
      <translation>Kustannusbonus: tilaaja</translation>
    </message>
    <message>
      <source>Cost bonus: producer</source>
      <translation>Kustannusbonus: palveluntuottaja</translation>
    </message>
    <message>
      <source>Cost bonus: alliance staff</source>
      <translation>Kustannusbonus: allianssin henkilöstö</translation>
    </message>
    <message>
      <source>Cost bonus: effectiveness pool</source>
      <translation>Kustannusbonus: vaikuttavuusbonuspooli</translation>
    </message>
    <message>
      <source>Effectiveness bonus paid</source>
      <translation>Maksettu vaikuttavuusbonus</translation>
    </message>
    <message>
      <source>Effectiveness bonus unpaid</source>
      <translation>Maksamatta jäänyt vaikuttavuusbonus</translation>
    </message>
    <message>
      <source>Over-run</source>
      <translation>Ylitys</translation>
    </message>
    <message>
      <source>Cost sanction: producer</source>
      <translation>Kustannussanktio: palveluntuottaja</translation>
    </message>
    <message>
      <source>Cost sanction: buyer</source>
      <translation>Kustannussanktio: tilaaja</translation>
    </message>
    <message>
      <source>Results by party</source>
      <translation>Tulos osapuolittain</translation>
    </message>
    <message>
      <source>Producer payment</source>
      <translation>Maksu palveluntuottajalle</translation>
    </message>
    <message>
      <source>Producer's gain (+) or pain (−)</source>
      <translation>Palveluntuottajan hyöty (+) tai haitta (−)</translation>
    </message>
    <message>
      <source>Staff bonus</source>
      <translation>Henkilöstön bonus</translation>
    </message>
    <message>
      <source>Buyer total cost</source>
      <translation>Tilaajan kokonaiskustannus</translation>
    </message>
    <message>
      <source>Buyer's saving against the target</source>
      <translation>Tilaajan säästö tavoitteeseen nähden</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Erä</translation>
    </message>
    <message>
      <source>Total (actual)</source>
      <translation>Yhteensä (toteutuneet)</translation>
    </message>
    <message>
      <source>Total incl. forecasts</source>
      <translation>Yhteensä ennusteineen</translation>
    </message>
    <message>
      <source>(forecast)</source>
      <translation>(ennuste)</translation>
    </message>
    <message>
      <source>Cap amount</source>
      <translation>Katon määrä</translation>
    </message>
    <message>
      <source>the smaller of {deviation} and {cap}</source>
      <translation>pienempi luvuista {deviation} ja {cap}</translation>
    </message>
    <message>
      <source>Cost bonus: buyer (the remainder)</source>
      <translation>Kustannusbonus: tilaaja (jäännös)</translation>
    </message>
    <message>
      <source>{pool} × KPI score {score}</source>
      <translation>{pool} × mittaripistemäärä {score}</translation>
    </message>
    <message>
      <source>Effectiveness bonus: producer</source>
      <translation>Vaikuttavuusbonus: palveluntuottaja</translation>
    </message>
    <message>
      <source>Effectiveness bonus: staff (the remainder)</source>
      <translation>Vaikuttavuusbonus: henkilöstö (jäännös)</translation>
    </message>
    <message>
      <source>Effectiveness bonus unpaid (to the buyer)</source>
      <translation>Vaikuttavuusbonus maksamatta (tilaajalle)</translation>
    </message>
    <message>
      <source>no limit</source>
      <translation>ei rajaa</translation>
    </message>
    <message>
      <source>Producer's share before its cap</source>
      <translation>Palveluntuottajan osuus ennen kattoa</translation>
    </message>
    <message>
      <source>the smaller of {share} and the cap {cap}</source>
      <translation>pienempi luvuista {share} ja katto {cap}</translation>
    </message>
    <message>
      <source>Cost sanction: buyer (the remainder)</source>
      <translation>Kustannussanktio: tilaaja (jäännös)</translation>
    </message>
    <message>
      <source>Calculation</source>
      <translation>Laskelma</translation>
    </message>
    <message>
      <source>How</source>
      <translation>Miten</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Tulos</translation>
    </message>
    <message>
      <source>The metrics board is empty.</source>
      <translation>Mittaristo on tyhjä.</translation>
    </message>
    <message>
      <source>Each metric scores from 0 at its threshold level to 100 % at its target level, with the calibration in force in the period. A period's KPI score is the weighted mean of the scores; it sets how much of the effectiveness bonus pool is paid.</source>
      <translation>Kukin mittari saa pisteitä nollasta (kynnystaso) sataan prosenttiin (tavoitetaso) jaksolla voimassa olevan kalibroinnin mukaan. Jakson mittaripisteet ovat mittarien pisteiden painotettu keskiarvo; ne määräävät, kuinka suuri osa vaikuttavuusbonuspoolista maksetaan.</translation>
    </message>
    <message>
      <source>A value past the target scores 100 % and one short of the threshold 0 %; for “lower is better” the target is below the threshold. A metric whose threshold equals its target (weight 0 only) scores all or nothing.</source>
      <translation>Tavoitteen ylittävä arvo saa 100 % ja kynnykseen yltämätön 0 %; kun pienempi on parempi, tavoitetaso on kynnystason alapuolella. Mittari, jonka kynnys- ja tavoitetaso ovat samat (vain painolla 0), saa joko kaikki pisteet tai ei mitään.</translation>
    </message>
    <message>
      <source>Metrics board</source>
      <translation>Mittaristo</translation>
    </message>
    <message>
      <source>Metric</source>
      <translation>Mittari</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Yksikkö</translation>
    </message>
    <message>
      <source>Direction</source>
      <translation>Suunta</translation>
    </message>
    <message>
      <source>Baseline</source>
      <translation>Lähtötaso</translation>
    </message>
    <message>
      <source>Data source and owner</source>
      <translation>Tietolähde ja vastuutaho</translation>
    </message>
    <message>
      <source>KPI score by service period</source>
      <translation>Mittaripisteet palvelujaksoittain</translation>
    </message>
    <message>
      <source>{period}: KPI score {score}</source>
      <translation>{period}: mittaripisteet {score}</translation>
    </message>
    <message>
      <source>Weight</source>
      <translation>Paino</translation>
    </message>
    <message>
      <source>Threshold</source>
      <translation>Kynnystaso</translation>
    </message>
    <message>
      <source>Measured</source>
      <translation>Mitattu</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>Pisteet</translation>
    </message>
    <message>
      <source>no calibration in force</source>
      <translation>ei voimassa olevaa kalibrointia</translation>
    </message>
    <message>
      <source>KPI score (weighted mean)</source>
      <translation>Mittaripisteet (painotettu keskiarvo)</translation>
    </message>
    <message>
      <source>No measurement (scores 0): {metrics}.</source>
      <translation>Mittaustulos puuttuu (pisteet 0): {metrics}.</translation>
    </message>
    <message>
      <source>No measurements yet: {periods}.</source>
      <translation>Mittaustuloksia ei vielä ole: {periods}.</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>Hanke</translation>
    </message>
    <message>
      <source>Target group</source>
      <translation>Kohderyhmä</translation>
    </message>
    <message>
      <source>Service phase</source>
      <translation>Palveluvaihe</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Versio</translation>
    </message>
    <message>
      <source>Report date</source>
      <translation>Raportin päivämäärä</translation>
    </message>
    <message>
      <source>Headline numbers</source>
      <translation>Tunnusluvut</translation>
    </message>
    <message>
      <source>Overdue on {date}</source>
      <translation>Myöhässä {date}</translation>
    </message>
    <message>
      <source>{count} dates have passed without the milestone or deadline being marked done, the decision gate decided or the procurement task done, the oldest first:</source>
      <translation>{count} päivämäärää on ohitettu ilman, että virstanpylväs tai määräaika on merkitty tehdyksi, päätöspisteessä on päätetty tai hankintatehtävä on tehty. Vanhimmat ensin:</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Kuvaus</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>Tavoitteet</translation>
    </message>
    <message>
      <source>No goals have been written down yet.</source>
      <translation>Tavoitteita ei ole vielä kirjattu.</translation>
    </message>
    <message>
      <source>Parties</source>
      <translation>Osapuolet</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nimi</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rooli</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Huomiot</translation>
    </message>
    <message>
      <source>No parties yet.</source>
      <translation>Osapuolia ei ole vielä.</translation>
    </message>
    <message>
      <source>Areas</source>
      <translation>Alueet</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Alue</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Tila</translation>
    </message>
    <message>
      <source>No areas yet.</source>
      <translation>Alueita ei ole vielä.</translation>
    </message>
    <message>
      <source>Key dates</source>
      <translation>Keskeiset päivämäärät</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Milloin</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Mitä</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Tyyppi</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Vastuutaho</translation>
    </message>
    <message>
      <source>No milestones or deadlines yet.</source>
      <translation>Virstanpylväitä tai määräaikoja ei ole vielä.</translation>
    </message>
    <message>
      <source>None ahead</source>
      <translation>Ei tulossa</translation>
    </message>
    <message>
      <source>Total target cost</source>
      <translation>Tavoitekustannus yhteensä</translation>
    </message>
    <message>
      <source>over {count} service periods</source>
      <translation>{count} palvelujaksolla</translation>
    </message>
    <message>
      <source>of which producers {count}</source>
      <translation>joista palveluntuottajia {count}</translation>
    </message>
    <message>
      <source>in the alliance; options {count}</source>
      <translation>allianssissa; optioita {count}</translation>
    </message>
    <message>
      <source>Service chains and metrics</source>
      <translation>Palveluketjut ja mittarit</translation>
    </message>
    <message>
      <source>care steps {count}</source>
      <translation>hoitovaiheita {count}</translation>
    </message>
    <message>
      <source>open or realised {count}</source>
      <translation>avoimia tai toteutuneita {count}</translation>
    </message>
    <message>
      <source>Next deadline</source>
      <translation>Seuraava määräaika</translation>
    </message>
    <message>
      <source>Next decision gate</source>
      <translation>Seuraava päätöspiste</translation>
    </message>
    <message>
      <source>Procurement tasks</source>
      <translation>Hankinnan tehtävät</translation>
    </message>
    <message>
      <source>done</source>
      <translation>tehty</translation>
    </message>
    <message>
      <source>{done} of {total} tasks done.</source>
      <translation>{done}/{total} tehtävää tehty.</translation>
    </message>
    <message>
      <source>{count} open tasks are past their due date on {date} (overdue).</source>
      <translation>Myöhässä {date}: {count} avointa tehtävää, joiden määräpäivä on ohitettu.</translation>
    </message>
    <message>
      <source>No procurement tasks yet.</source>
      <translation>Hankinnan tehtäviä ei ole vielä.</translation>
    </message>
    <message>
      <source>Task</source>
      <translation>Tehtävä</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Määräaika</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Tehty</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Myöhässä</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation>Asiakirjat</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Asiakirja</translation>
    </message>
    <message>
      <source>No documents listed yet.</source>
      <translation>Asiakirjoja ei ole vielä lueteltu.</translation>
    </message>
    <message>
      <source>No risks have been recorded yet.</source>
      <translation>Riskejä ei ole vielä kirjattu.</translation>
    </message>
    <message>
      <source>{count} risks, the most severe first. Likelihood (L) and impact (I) are rated from 1 (low) to 5 (high); the severity is their product.</source>
      <translation>{count} riskiä, vakavin ensin. Todennäköisyys (T) ja vaikutus (V) arvioidaan asteikolla 1 (pieni) – 5 (suuri); vakavuus on niiden tulo.</translation>
    </message>
    <message>
      <source>The numbers are those of the table below. Hollow: mitigated or closed.</source>
      <translation>Numerot ovat alla olevan taulukon numerot. Ontot: lievennetty tai suljettu.</translation>
    </message>
    <message>
      <source>Risk</source>
      <translation>Riski</translation>
    </message>
    <message>
      <source>Severity (L × I)</source>
      <translation>Vakavuus (T × V)</translation>
    </message>
    <message>
      <source>Mitigation</source>
      <translation>Hallintakeinot</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Vaihe</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Tuottaja</translation>
    </message>
    <message>
      <source>Annual volume</source>
      <translation>Vuosivolyymi</translation>
    </message>
    <message>
      <source>Unit cost</source>
      <translation>Yksikkökustannus</translation>
    </message>
    <message>
      <source>Annual cost</source>
      <translation>Vuosikustannus</translation>
    </message>
    <message>
      <source>Total annual cost</source>
      <translation>Vuosikustannus yhteensä</translation>
    </message>
    <message>
      <source>Today's own-production cost</source>
      <translation>Nykyisen oman tuotannon kustannus</translation>
    </message>
    <message>
      <source>Difference from own production</source>
      <translation>Ero omaan tuotantoon</translation>
    </message>
    <message>
      <source>Of which in the alliance</source>
      <translation>josta allianssissa</translation>
    </message>
    <message>
      <source>Scope matrix</source>
      <translation>Palvelukokonaisuudet alueittain</translation>
    </message>
    <message>
      <source>No service packages or areas yet.</source>
      <translation>Palvelukokonaisuuksia tai alueita ei ole vielä.</translation>
    </message>
    <message>
      <source>Which service packages each area includes in the alliance, as an option or not at all.</source>
      <translation>Mitkä palvelukokonaisuudet kullakin alueella ovat allianssissa mukana, optiona tai eivät lainkaan.</translation>
    </message>
    <message>
      <source>Service package</source>
      <translation>Palvelukokonaisuus</translation>
    </message>
    <message>
      <source>No service chains yet.</source>
      <translation>Palveluketjuja ei ole vielä.</translation>
    </message>
    <message>
      <source>Untitled chain</source>
      <translation>Nimetön ketju</translation>
    </message>
    <message>
      <source>{count} steps; annual cost {cost}.</source>
      <translation>{count} vaihetta; vuosikustannus {cost}.</translation>
    </message>
    <message>
      <source>This chain has no steps yet.</source>
      <translation>Tässä ketjussa ei ole vielä vaiheita.</translation>
    </message>
    <message>
      <source>Service periods</source>
      <translation>Palvelujaksot</translation>
    </message>
    <message>
      <source>No phases or milestones with dates yet.</source>
      <translation>Päivättyjä vaiheita tai virstanpylväitä ei ole vielä.</translation>
    </message>
    <message>
      <source>Phases, steps, milestones and decision gates from {start} to {end}.</source>
      <translation>Vaiheet, välivaiheet, virstanpylväät ja päätöspisteet {start}–{end}.</translation>
    </message>
    <message>
      <source>Bars that go on later end in an arrow with their end date (the timeline runs to {end}).</source>
      <translation>Myöhemmin jatkuvat palkit päättyvät nuoleen ja niiden päättymispäivään (aikajana jatkuu {end} asti).</translation>
    </message>
    <message>
      <source>Timeline, part {part} of {parts}</source>
      <translation>Aikataulu, osa {part}/{parts}</translation>
    </message>
    <message>
      <source>Milestones, deadlines and decision gates</source>
      <translation>Virstanpylväät, määräajat ja päätöspisteet</translation>
    </message>
    <message>
      <source>Overdue on {date}: {count} (marked in red below).</source>
      <translation>Myöhässä {date}: {count} (merkitty alla punaisella).</translation>
    </message>
    <message>
      <source>Phase</source>
      <translation>Vaihe</translation>
    </message>
    <message>
      <source>overdue</source>
      <translation>myöhässä</translation>
    </message>
    <message>
      <source>No milestones, deadlines or decision gates yet.</source>
      <translation>Virstanpylväitä, määräaikoja tai päätöspisteitä ei ole vielä.</translation>
    </message>
    <message>
      <source>Staff transfer decisions</source>
      <translation>Henkilöstön siirtoja koskevat päätökset</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>Ajankohta</translation>
    </message>
    <message>
      <source>Decision on staff transfers</source>
      <translation>Päätös henkilöstön siirroista</translation>
    </message>
    <message>
      <source>No staff transfer decisions have been written down yet.</source>
      <translation>Henkilöstön siirroista ei ole vielä kirjattu päätöksiä.</translation>
    </message>
    <message>
      <source>(cut here: {count} more characters are in the plan)</source>
      <extracomment>drawable stand-ins for common characters the font lacks</extracomment>
      <translation>(katkaistu tähän: suunnitelmassa on vielä {count} merkkiä)</translation>
    </message>
    <message>
      <source>and {count} more</source>
      <translation>ja {count} muuta</translation>
    </message>
    <message>
      <source>Gain/pain chart for {period}: at the actual cost {cost} ({percent} compared with the target cost {target}) the producer's result is {producer}, the buyer's {buyer} and the alliance staff's {staff}.</source>
      <translation>Hyöty- ja haittakaavio jaksolle {period}: toteutuneella kustannuksella {cost} ({percent} tavoitekustannukseen {target} verrattuna) palveluntuottajan tulos on {producer}, tilaajan {buyer} ja allianssin henkilöstön {staff}.</translation>
    </message>
    <message>
      <source>The gain cap binds at an actual cost of {cost}: savings beyond it go to the buyer.</source>
      <translation>Bonuskatto tulee vastaan toteutuneella kustannuksella {cost}: sen ylittävät säästöt jäävät tilaajalle.</translation>
    </message>
    <message>
      <source>The producer's sanction reaches its cap at an actual cost of {cost}.</source>
      <translation>Palveluntuottajan sanktio saavuttaa kattonsa toteutuneella kustannuksella {cost}.</translation>
    </message>
    <message>
      <source>The curves show each party's gain (+) or pain (−) for actual costs from {low} to {high}.</source>
      <translation>Käyrät näyttävät kunkin osapuolen hyödyn (+) tai haitan (−), kun toteutunut kustannus on {low} – {high}.</translation>
    </message>
    <message>
      <source>high</source>
      <translation>korkea</translation>
    </message>
    <message>
      <source>medium</source>
      <translation>keskisuuri</translation>
    </message>
    <message>
      <source>low</source>
      <translation>matala</translation>
    </message>
    <message>
      <source>{level} severity: {risks}</source>
      <translation>{level} vakavuus: {risks}</translation>
    </message>
    <message>
      <source>Risk matrix of {count} risks by likelihood (up, 1–5) and impact (across, 1–5), each risk a numbered dot; the numbers are those of the risk table.</source>
      <translation>Riskimatriisi, jossa {count} riskiä todennäköisyyden (pystyakseli, 1–5) ja vaikutuksen (vaaka-akseli, 1–5) mukaan; kukin riski on numeroitu piste, ja numerot ovat riskitaulukon numerot.</translation>
    </message>
    <message>
      <source>no dates</source>
      <translation>ei päivämääriä</translation>
    </message>
    <message>
      <source>Gantt chart from {start} to {end}</source>
      <translation>Gantt-kaavio {start}–{end}</translation>
    </message>
    <message>
      <source>(part {part} of {parts})</source>
      <translation>(osa {part}/{parts})</translation>
    </message>
    <message>
      <source>Phases and steps: {items}.</source>
      <translation>Vaiheet ja välivaiheet: {items}.</translation>
    </message>
    <message>
      <source>Milestones, deadlines, events and decision gates: {items}.</source>
      <translation>Virstanpylväät, määräajat, tilaisuudet ja päätöspisteet: {items}.</translation>
    </message>
    <message>
      <source>Service periods: {items}.</source>
      <translation>Palvelujaksot: {items}.</translation>
    </message>
    <message>
      <source>{number}. {step} ({provider}, {cost})</source>
      <translation>{number}. {step} ({provider}, {cost})</translation>
    </message>
    <message>
      <source>Service chain {chain}, steps {first}–{last} of {count} in order: {steps}.</source>
      <translation>Palveluketju {chain}, vaiheet {first}–{last}/{count} järjestyksessä: {steps}.</translation>
    </message>
    <message>
      <source>Bar chart of the KPI score by service period (0–100 %): {items}.</source>
      <translation>Pylväskaavio mittaripisteistä palvelujaksoittain (0–100 %): {items}.</translation>
    </message>
    <message>
      <source>Target cost under uncertainty</source>
      <translation>Tavoitekustannus epävarmuuden vallitessa</translation>
    </message>
    <message>
      <source>The plan's estimate ranges and risk costs were drawn {draws} times (seed {seed}) and each draw settled by the sharing rules above. The buyer's total cost over the contract is {p50} at P50 and {p80} at P80, against a target cost of {target}; a contingency of {c50} would make the target a P50 and {c80} a P80.</source>
      <translation>Suunnitelman arviovälit ja riskien kustannukset arvottiin {draws} kertaa (siemenluku {seed}), ja jokainen arvonta tilitettiin edellä kuvattujen jakosääntöjen mukaan. Tilaajan kokonaiskustannus koko sopimuskaudella on {p50} tasolla P50 ja {p80} tasolla P80, kun tavoitekustannus on {target}; {c50} varaus tekisi tavoitteesta P50-tason ja {c80} P80-tason.</translation>
    </message>
    <message>
      <source>Probability of a sanction in period {number}: {p} %.</source>
      <translation>Sanktion todennäköisyys jaksolla {number}: {p} %.</translation>
    </message>
    <message>
      <source>S-curve of the buyer's total cost over {draws} draws: {p10} at P10, {p50} at P50, {p80} at P80 and {p90} at P90; the target cost is {target}.</source>
      <translation>Tilaajan kokonaiskustannuksen S-käyrä {draws} arvonnasta: {p10} tasolla P10, {p50} tasolla P50, {p80} tasolla P80 ja {p90} tasolla P90; tavoitekustannus on {target}.</translation>
    </message>
    <message>
      <source>Share of the draws (up) at or below each buyer's total cost (across).</source>
      <translation>Niiden arvontojen osuus (pystyakseli), joissa tilaajan kokonaiskustannus on enintään vaaka-akselin arvo.</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Jakso</translation>
    </message>
    <message>
      <source>Sanction</source>
      <translation>Sanktio</translation>
    </message>
    <message>
      <source>Period {number}</source>
      <translation>Jakso {number}</translation>
    </message>
    <message>
      <source>{period} (actual)</source>
      <translation>{period} (toteuma)</translation>
    </message>
    <message>
      <source>Contract in total</source>
      <translation>Sopimus yhteensä</translation>
    </message>
  </context>
  <context>
    <name>RestoreBackupDialog</name>
    <message>
      <source>Restore from backup</source>
      <translation>Palauta varmuuskopiosta</translation>
    </message>
    <message>
      <source>A copy of the file is kept each time it is opened. Choose a backup; it is saved as a new file and opened, and the current file stays as it is.
Backups are kept in: {folder}</source>
      <translation>Tiedostosta otetaan kopio aina, kun se avataan. Valitse varmuuskopio; se tallennetaan uudeksi tiedostoksi ja avataan, ja nykyinen tiedosto säilyy ennallaan.
Varmuuskopiot ovat kansiossa: {folder}</translation>
    </message>
    <message>
      <source>There are no backups of this file yet.</source>
      <translation>Tästä tiedostosta ei ole vielä varmuuskopioita.</translation>
    </message>
    <message>
      <source>Restore as a new file…</source>
      <translation>Palauta uudeksi tiedostoksi…</translation>
    </message>
    <message>
      <source>restored</source>
      <translation>palautettu</translation>
    </message>
    <message>
      <source>Save the restored project as</source>
      <translation>Tallenna palautettu projekti nimellä</translation>
    </message>
    <message>
      <source>Alliance project (*.alliance)</source>
      <translation>Allianssiprojekti (*.alliance)</translation>
    </message>
    <message>
      <source>The backup could not be restored</source>
      <translation>Varmuuskopiota ei voitu palauttaa</translation>
    </message>
  </context>
  <context>
    <name>ResultsTable</name>
    <message>
      <source>{score} (set by hand)</source>
      <translation>{score} (käsin annettu)</translation>
    </message>
    <message>
      <source>This score is set by hand (a scenario or the what-if panel), not taken from the metrics.</source>
      <translation>Tämä pistemäärä on annettu käsin (skenaario tai entä jos -paneeli), sitä ei ole laskettu mittareista.</translation>
    </message>
    <message>
      <source>No measurement for this period yet (—). Missing measurements score 0 when the period is settled on its actual costs.</source>
      <translation>Jaksolle ei ole vielä mittaustuloksia (—). Puuttuva mittaustulos saa 0 pistettä, kun jakso tilitetään toteutuneiden kustannusten mukaan.</translation>
    </message>
    <message>
      <source>From the metrics:</source>
      <translation>Mittareista:</translation>
    </message>
    <message>
      <source>• {metric}: {score} (weight {weight})</source>
      <translation>• {metric}: {score} (paino {weight})</translation>
    </message>
    <message>
      <source>Results per period</source>
      <translation>Tulokset jaksoittain</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Tulos</translation>
    </message>
    <message>
      <source>Target cost</source>
      <translation>Tavoitekustannus</translation>
    </message>
    <message>
      <source>Actual cost</source>
      <translation>Toteutunut kustannus</translation>
    </message>
    <message>
      <source>Under-run (+) / over-run (−)</source>
      <translation>Alitus (+) / ylitys (−)</translation>
    </message>
    <message>
      <source>KPI score (from the metrics)</source>
      <translation>Mittaripistemäärä (mittareista)</translation>
    </message>
    <message>
      <source>Cost bonus (shared savings)</source>
      <translation>Kustannusbonus (jaettava säästö)</translation>
    </message>
    <message>
      <source>  – buyer's share</source>
      <translation>  – tilaajan osuus</translation>
    </message>
    <message>
      <source>  – producer's share</source>
      <translation>  – palveluntuottajan osuus</translation>
    </message>
    <message>
      <source>  – staff's share</source>
      <translation>  – henkilöstön osuus</translation>
    </message>
    <message>
      <source>  – effectiveness bonus pool</source>
      <translation>  – vaikuttavuusbonuspooli</translation>
    </message>
    <message>
      <source>Effectiveness bonus paid</source>
      <translation>Maksettu vaikuttavuusbonus</translation>
    </message>
    <message>
      <source>Savings beyond the cap</source>
      <translation>Katon ylittävä säästö</translation>
    </message>
    <message>
      <source>Cost sanction: producer</source>
      <translation>Kustannussanktio: palveluntuottaja</translation>
    </message>
    <message>
      <source>Cost sanction: buyer</source>
      <translation>Kustannussanktio: tilaaja</translation>
    </message>
    <message>
      <source>Producer payment</source>
      <translation>Maksu palveluntuottajalle</translation>
    </message>
    <message>
      <source>Staff bonus</source>
      <translation>Henkilöstön bonus</translation>
    </message>
    <message>
      <source>Buyer's total cost</source>
      <translation>Tilaajan kokonaiskustannus</translation>
    </message>
    <message>
      <source>Period {number}
{start}–{end}
(forecast)</source>
      <translation>Jakso {number}
{start}–{end}
(ennuste)</translation>
    </message>
    <message>
      <source>All periods have actual costs: the total is an actual figure.</source>
      <translation>Kaikilla jaksoilla on toteutuneet kustannukset: yhteissumma on toteutunut luku.</translation>
    </message>
    <message>
      <source>Forecast: an estimate at the target cost, not actual figures.</source>
      <translation>Ennuste: tavoitekustannuksen mukainen arvio, ei toteutunut luku.</translation>
    </message>
    <message>
      <source>Period {number}
{start}–{end}</source>
      <translation>Jakso {number}
{start}–{end}</translation>
    </message>
    <message>
      <source>Total
(actual)</source>
      <translation>Yhteensä
(toteutuneet)</translation>
    </message>
    <message>
      <source>The periods with actual costs only: {periods}.</source>
      <translation>Vain jaksot, joilla on toteutuneet kustannukset: {periods}.</translation>
    </message>
    <message>
      <source>No period has actual costs yet.</source>
      <translation>Yhdelläkään jaksolla ei ole vielä toteutuneita kustannuksia.</translation>
    </message>
    <message>
      <source>Italic and grey = forecast: an estimate at the target cost, not actual figures (period {periods}); “Total (actual)” leaves it out.</source>
      <translation>Kursivoitu ja harmaa = ennuste: tavoitekustannuksen mukainen arvio, ei toteutunut luku (jakso {periods}); ”Yhteensä (toteutuneet)” jättää sen pois.</translation>
    </message>
    <message>
      <source>Italic and grey = forecast: an estimate at the target cost, not actual figures (periods {periods}); “Total (actual)” leaves them out.</source>
      <translation>Kursivoitu ja harmaa = ennuste: tavoitekustannuksen mukainen arvio, ei toteutunut luku (jaksot {periods}); ”Yhteensä (toteutuneet)” jättää ne pois.</translation>
    </message>
    <message>
      <source>Total incl. forecasts: cost {cost}, producer payment {producer}, buyer's total cost {buyer}.</source>
      <translation>Yhteensä ennusteineen: kustannus {cost}, maksu palveluntuottajalle {producer}, tilaajan kokonaiskustannus {buyer}.</translation>
    </message>
    <message>
      <source>Forecast</source>
      <translation>Ennuste</translation>
    </message>
    <message>
      <source>Incomplete</source>
      <translation>Puutteellinen</translation>
    </message>
    <message>
      <source>Under-run</source>
      <translation>Alitus</translation>
    </message>
    <message>
      <source>Over-run</source>
      <translation>Ylitys</translation>
    </message>
    <message>
      <source>On target</source>
      <translation>Tavoitteessa</translation>
    </message>
    <message>
      <source>{outcome} (assumed)</source>
      <translation>{outcome} (oletettu)</translation>
    </message>
  </context>
  <context>
    <name>RisksView</name>
    <message>
      <source>Risk</source>
      <translation>Riski</translation>
    </message>
    <message>
      <source>Likelihood</source>
      <translation>Todennäköisyys</translation>
    </message>
    <message>
      <source>Impact</source>
      <translation>Vaikutus</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>Vakavuus</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Tila</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Vastuutaho</translation>
    </message>
    <message>
      <source>Cost, €</source>
      <translation>Kustannus, €</translation>
    </message>
    <message>
      <source>Prob.</source>
      <translation>Tod.näk.</translation>
    </message>
    <message>
      <source>Periods</source>
      <translation>Jaksot</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Kuvaus</translation>
    </message>
    <message>
      <source>Mitigation</source>
      <translation>Hallintakeinot</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Tehty</translation>
    </message>
    <message>
      <source>Task</source>
      <translation>Tehtävä</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Vaihe</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Määräaika</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Muistiinpanot</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Asiakirja</translation>
    </message>
    <message>
      <source>The risk's cost if it happens, in euros: minimum; most likely; maximum (one amount for a fixed cost; negative for an opportunity). Empty: no money. Used by the commercial view's Uncertainty tab.</source>
      <translation>Riskin kustannus, jos se toteutuu, euroina: vähimmäis-; todennäköisin; enimmäiskustannus (yksi summa kiinteälle kustannukselle; negatiivinen mahdollisuudelle). Tyhjä: ei rahamäärää. Kaupallisen mallin Epävarmuus-välilehti käyttää näitä.</translation>
    </message>
    <message>
      <source>The probability (%) that the risk happens during the contract</source>
      <translation>Todennäköisyys (%), että riski toteutuu sopimuskauden aikana</translation>
    </message>
    <message>
      <source>The service periods it falls on, by their numbers: “3; 4” (equal shares) or “3: 60; 4: 40” (shares in %). Empty: every future period by its target cost.</source>
      <translation>Palvelujaksot, joihin kustannus kohdistuu, numeroina: ”3; 4” (yhtä suuret osuudet) tai ”3: 60; 4: 40” (osuudet prosentteina). Tyhjä: kaikki tulevat jaksot tavoitekustannustensa suhteessa.</translation>
    </message>
    <message>
      <source>all future</source>
      <translation>kaikki tulevat</translation>
    </message>
    <message>
      <source>Pick a date from a calendar (Alt+Down)</source>
      <translation>Valitse päivämäärä kalenterista (Alt+Alas)</translation>
    </message>
    <message>
      <source>Click a column title to sort by it; click it again to reverse, a third time for the list's own order.</source>
      <translation>Lajittele sarakkeen mukaan napsauttamalla sen otsikkoa. Toinen napsautus kääntää järjestyksen, kolmas palauttaa listan oman järjestyksen.</translation>
    </message>
    <message>
      <source>Risk matrix</source>
      <translation>Riskimatriisi</translation>
    </message>
    <message>
      <source>Impact →</source>
      <translation>Vaikutus →</translation>
    </message>
    <message>
      <source>Likelihood →</source>
      <translation>Todennäköisyys →</translation>
    </message>
    <message>
      <source>Likelihood × impact (1–25)</source>
      <translation>Todennäköisyys × vaikutus (1–25)</translation>
    </message>
    <message>
      <source>A date such as {example}; empty for none</source>
      <translation>Päivämäärä, esimerkiksi {example}; tyhjä, jos ei määräaikaa</translation>
    </message>
    <message>
      <source>Overdue: the due date has passed and the task is not done.</source>
      <translation>Myöhässä: määräpäivä on ohitettu, eikä tehtävää ole merkitty tehdyksi.</translation>
    </message>
    <message>
      <source>“{text}” is not a date. Write it as {example}.</source>
      <translation>”{text}” ei ole päivämäärä. Kirjoita se muodossa {example}.</translation>
    </message>
    <message>
      <source>Risks and procurement</source>
      <translation>Riskit ja hankinta</translation>
    </message>
    <message>
      <source>Add risk…</source>
      <translation>Lisää riski…</translation>
    </message>
    <message>
      <source>Remove risk</source>
      <translation>Poista riski</translation>
    </message>
    <message>
      <source>Name of the risk</source>
      <translation>Riskin nimi</translation>
    </message>
    <message>
      <source>Add risk</source>
      <translation>Lisää riski</translation>
    </message>
    <message>
      <source>Change risk</source>
      <translation>Muuta riskiä</translation>
    </message>
    <message>
      <source>Add task…</source>
      <translation>Lisää tehtävä…</translation>
    </message>
    <message>
      <source>Remove task</source>
      <translation>Poista tehtävä</translation>
    </message>
    <message>
      <source>Name of the task</source>
      <translation>Tehtävän nimi</translation>
    </message>
    <message>
      <source>Add task</source>
      <translation>Lisää tehtävä</translation>
    </message>
    <message>
      <source>Change task</source>
      <translation>Muuta tehtävää</translation>
    </message>
    <message>
      <source>Move task</source>
      <translation>Siirrä tehtävää</translation>
    </message>
    <message>
      <source>Add document…</source>
      <translation>Lisää asiakirja…</translation>
    </message>
    <message>
      <source>Remove document</source>
      <translation>Poista asiakirja</translation>
    </message>
    <message>
      <source>Name of the document</source>
      <translation>Asiakirjan nimi</translation>
    </message>
    <message>
      <source>Add document</source>
      <translation>Lisää asiakirja</translation>
    </message>
    <message>
      <source>Change document</source>
      <translation>Muuta asiakirjaa</translation>
    </message>
    <message>
      <source>Move document</source>
      <translation>Siirrä asiakirjaa</translation>
    </message>
    <message>
      <source>Move up the list (Ctrl+Up)</source>
      <translation>Siirrä ylöspäin listassa (Ctrl+Ylös)</translation>
    </message>
    <message>
      <source>Move down the list (Ctrl+Down)</source>
      <translation>Siirrä alaspäin listassa (Ctrl+Alas)</translation>
    </message>
    <message>
      <source>Sorted by a column: moving works in the list's own order. Click the sorted column's title until its arrow is gone.</source>
      <translation>Lista on lajiteltu sarakkeen mukaan: siirtäminen toimii vain listan omassa järjestyksessä. Napsauta lajittelusarakkeen otsikkoa, kunnes sen nuoli katoaa.</translation>
    </message>
    <message>
      <source>Drag to show or hide the side panel</source>
      <translation>Näytä tai piilota sivupaneeli vetämällä</translation>
    </message>
    <message>
      <source>Costs</source>
      <translation>Kustannukset</translation>
    </message>
    <message>
      <source>Show each risk's cost, probability and periods (used by the commercial view's Uncertainty tab) in place of the description and mitigation columns</source>
      <translation>Näytä riskien kustannus, todennäköisyys ja jaksot (kaupallisen mallin Epävarmuus-välilehteä varten) kuvauksen ja hallintakeinojen sarakkeiden tilalla</translation>
    </message>
    <message>
      <source>Double-click a cell or start typing to edit it; the long texts are edited in the selected row's panel. Every change is saved at once and can be undone.</source>
      <translation>Muokkaa solua kaksoisnapsauttamalla tai aloita kirjoittaminen; pitkiä tekstejä muokataan valitun rivin paneelissa. Jokainen muutos tallentuu heti ja sen voi kumota.</translation>
    </message>
    <message>
      <source>Most severe first: the numbers are the rows of the table, as in the PDF. Hollow: mitigated or closed.</source>
      <translation>Vakavin ensin: numerot ovat taulukon rivit, kuten PDF-raportissa. Ontot: lievennetty tai suljettu.</translation>
    </message>
    <message>
      <source>Selected</source>
      <translation>Valittu</translation>
    </message>
    <message>
      <source>Nothing selected</source>
      <translation>Ei valintaa</translation>
    </message>
    <message>
      <source>Risks ({count})</source>
      <translation>Riskit ({count})</translation>
    </message>
    <message>
      <source>Procurement process ({count})</source>
      <translation>Hankintaprosessi ({count})</translation>
    </message>
    <message>
      <source>Documents ({count})</source>
      <translation>Asiakirjat ({count})</translation>
    </message>
    <message>
      <source>{high} open high risks · tasks done {done}/{tasks} · documents ready {ready}/{documents}</source>
      <translation>Avoimia vakavia riskejä {high} · tehtäviä tehty {done}/{tasks} · asiakirjoja valmiina {ready}/{documents}</translation>
    </message>
    <message>
      <source>{count} overdue</source>
      <translation>myöhässä {count}</translation>
    </message>
    <message>
      <source>Edit the risk's cost</source>
      <translation>Muuta riskin kustannusta</translation>
    </message>
  </context>
  <context>
    <name>RulesPanel</name>
    <message>
      <source>Cost bonus (under-run)</source>
      <translation>Kustannusbonus (alitus)</translation>
    </message>
    <message>
      <source>Savings shared up to (% of the target cost)</source>
      <translation>Säästö jaetaan enintään (% tavoitekustannuksesta)</translation>
    </message>
    <message>
      <source>Share: {party}</source>
      <translation>Osuus: {party}</translation>
    </message>
    <message>
      <source>Effectiveness bonus paid to</source>
      <translation>Vaikuttavuusbonus maksetaan</translation>
    </message>
    <message>
      <source>Cost sanction (over-run)</source>
      <translation>Kustannussanktio (ylitys)</translation>
    </message>
    <message>
      <source>The producer's sanction is at most</source>
      <translation>Palveluntuottajan sanktio on enintään</translation>
    </message>
    <message>
      <source>its fee</source>
      <translation>sen palkkio</translation>
    </message>
    <message>
      <source>an amount</source>
      <translation>summa</translation>
    </message>
    <message>
      <source>no limit</source>
      <translation>ei rajaa</translation>
    </message>
    <message>
      <source>Cap amount</source>
      <translation>Katon summa</translation>
    </message>
    <message>
      <source>What is wrong with the rules</source>
      <translation>Mikä säännöissä on vialla</translation>
    </message>
    <message>
      <source>Back to the saved rules</source>
      <translation>Takaisin tallennettuihin sääntöihin</translation>
    </message>
    <message>
      <source>Forget the changes typed here that are not saved yet.</source>
      <translation>Unohda tähän kirjoitetut muutokset, joita ei ole vielä tallennettu.</translation>
    </message>
    <message>
      <source>The rules are saved when they are complete: the shares of each table must add up to 100 %.</source>
      <translation>Säännöt tallentuvat, kun ne ovat valmiit: kunkin taulukon osuuksien pitää olla yhteensä 100 %.</translation>
    </message>
    <message>
      <source>Total {total} %</source>
      <translation>Yhteensä {total} %</translation>
    </message>
    <message>
      <source>Change sharing rules</source>
      <translation>Muuta jakosääntöjä</translation>
    </message>
  </context>
  <context>
    <name>SCurve</name>
    <message>
      <source>S-curve of the buyer's total cost</source>
      <translation>Tilaajan kokonaiskustannuksen S-käyrä</translation>
    </message>
  </context>
  <context>
    <name>ScenarioPanel</name>
    <message>
      <source>Scenarios compared</source>
      <translation>Skenaarioiden vertailu</translation>
    </message>
    <message>
      <source>Compare</source>
      <translation>Vertaa</translation>
    </message>
    <message>
      <source>Compare which period</source>
      <translation>Vertailtava jakso</translation>
    </message>
    <message>
      <source>Target cost</source>
      <translation>Tavoitekustannus</translation>
    </message>
    <message>
      <source>Actual cost</source>
      <translation>Toteutunut kustannus</translation>
    </message>
    <message>
      <source>Under-run (+) / over-run (−)</source>
      <translation>Alitus (+) / ylitys (−)</translation>
    </message>
    <message>
      <source>Buyer's total cost</source>
      <translation>Tilaajan kokonaiskustannus</translation>
    </message>
    <message>
      <source>Producer payment</source>
      <translation>Maksu palveluntuottajalle</translation>
    </message>
    <message>
      <source>Staff bonus</source>
      <translation>Henkilöstön bonus</translation>
    </message>
    <message>
      <source>Cost bonus to the producer</source>
      <translation>Palveluntuottajan kustannusbonus</translation>
    </message>
    <message>
      <source>Effectiveness bonus paid</source>
      <translation>Maksettu vaikuttavuusbonus</translation>
    </message>
    <message>
      <source>Cost sanction: producer</source>
      <translation>Kustannussanktio: palveluntuottaja</translation>
    </message>
    <message>
      <source>Buyer's saving against the target</source>
      <translation>Tilaajan säästö tavoitteeseen nähden</translation>
    </message>
    <message>
      <source>KPI score</source>
      <translation>Mittaripistemäärä</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Muistiinpanot</translation>
    </message>
    <message>
      <source>Notes on the selected scenario</source>
      <translation>Valitun skenaarion muistiinpanot</translation>
    </message>
    <message>
      <source>Show in what-if</source>
      <translation>Näytä entä jos -paneelissa</translation>
    </message>
    <message>
      <source>Move the what-if sliders to the selected scenario's assumptions.</source>
      <translation>Siirrä entä jos -liukusäätimet valitun skenaarion oletuksiin.</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>Nimeä uudelleen…</translation>
    </message>
    <message>
      <source>Delete scenario</source>
      <translation>Poista skenaario</translation>
    </message>
    <message>
      <source>The whole contract period incl. forecasts (total)</source>
      <translation>Koko sopimuskausi ennusteineen (yhteensä)</translation>
    </message>
    <message>
      <source>Period {number}: {name}</source>
      <translation>Jakso {number}: {name}</translation>
    </message>
    <message>
      <source>The file's figures</source>
      <translation>Tiedoston luvut</translation>
    </message>
    <message>
      <source>The actual costs in the file and the KPI scores from the metrics.</source>
      <translation>Tiedoston toteutuneet kustannukset ja mittareista lasketut mittaripistemäärät.</translation>
    </message>
    <message>
      <source>What-if now</source>
      <translation>Entä jos nyt</translation>
    </message>
    <message>
      <source>The assumptions on the what-if sliders (not saved).</source>
      <translation>Entä jos -liukusäätimien oletukset (ei tallennettu).</translation>
    </message>
    <message>
      <source>{score} (from the metrics)</source>
      <translation>{score} (mittareista)</translation>
    </message>
    <message>
      <source>{score} (set by hand)</source>
      <translation>{score} (käsin annettu)</translation>
    </message>
    <message>
      <source>{kpi}, forecast</source>
      <translation>{kpi}, ennuste</translation>
    </message>
    <message>
      <source>{count} set by hand</source>
      <translation>{count} käsin annettua</translation>
    </message>
    <message>
      <source>from the metrics</source>
      <translation>mittareista</translation>
    </message>
    <message>
      <source>Select a scenario in the table to read and write its notes.</source>
      <translation>Valitse taulukosta skenaario, niin voit lukea ja kirjoittaa sen muistiinpanoja.</translation>
    </message>
    <message>
      <source>No notes.</source>
      <translation>Ei muistiinpanoja.</translation>
    </message>
    <message>
      <source>No notes yet: write why the scenario was made and what it assumes.</source>
      <translation>Ei vielä muistiinpanoja: kirjoita, miksi skenaario tehtiin ja mitä se olettaa.</translation>
    </message>
    <message>
      <source>The file is read-only: the notes cannot be changed.</source>
      <translation>Tiedosto on vain luku -tilassa: muistiinpanoja ei voi muuttaa.</translation>
    </message>
    <message>
      <source>Change scenario notes</source>
      <translation>Muuta skenaarion muistiinpanoja</translation>
    </message>
    <message>
      <source>Rename scenario</source>
      <translation>Nimeä skenaario uudelleen</translation>
    </message>
    <message>
      <source>Name of the scenario</source>
      <translation>Skenaarion nimi</translation>
    </message>
  </context>
  <context>
    <name>ScopePanel</name>
    <message>
      <source>in the alliance</source>
      <translation>allianssissa</translation>
    </message>
    <message>
      <source>option</source>
      <translation>optio</translation>
    </message>
    <message>
      <source>outside</source>
      <translation>ulkopuolella</translation>
    </message>
    <message>
      <source>Which service packages the alliance covers in which area. Click a cell, or press Space, to switch it between included, option and excluded.</source>
      <translation>Mitkä palvelukokonaisuudet ovat allianssissa millä alueella. Napsauta solua tai paina välilyöntiä vaihtaaksesi tilaa: mukana, optio, ei mukana.</translation>
    </message>
    <message>
      <source>Scope matrix</source>
      <translation>Palvelukokonaisuudet alueittain</translation>
    </message>
    <message>
      <source>Add service package…</source>
      <translation>Lisää palvelukokonaisuus…</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>Nimeä uudelleen…</translation>
    </message>
    <message>
      <source>Target group…</source>
      <translation>Kohderyhmä…</translation>
    </message>
    <message>
      <source>Remove package</source>
      <translation>Poista palvelukokonaisuus</translation>
    </message>
    <message>
      <source>Service package</source>
      <translation>Palvelukokonaisuus</translation>
    </message>
    <message>
      <source>{package} in {area}: {state}. Click or press Space to change.</source>
      <translation>{package}, {area}: {state}. Vaihda napsauttamalla tai välilyönnillä.</translation>
    </message>
    <message>
      <source>Change scope</source>
      <translation>Muuta allianssin rajausta</translation>
    </message>
    <message>
      <source>Add service package</source>
      <translation>Lisää palvelukokonaisuus</translation>
    </message>
    <message>
      <source>Name of the service package</source>
      <translation>Palvelukokonaisuuden nimi</translation>
    </message>
    <message>
      <source>Rename service package</source>
      <translation>Nimeä palvelukokonaisuus uudelleen</translation>
    </message>
    <message>
      <source>Target group</source>
      <translation>Kohderyhmä</translation>
    </message>
    <message>
      <source>Target group of the package</source>
      <translation>Palvelukokonaisuuden kohderyhmä</translation>
    </message>
    <message>
      <source>Change target group</source>
      <translation>Muuta kohderyhmää</translation>
    </message>
    <message>
      <source>Remove service package</source>
      <translation>Poista palvelukokonaisuus</translation>
    </message>
    <message>
      <source>Remove “{name}” and its row of the matrix? You can undo this.</source>
      <translation>Poistetaanko ”{name}” ja sen rivi taulukosta? Voit perua poiston.</translation>
    </message>
  </context>
  <context>
    <name>ScoreStrip</name>
    <message>
      <source>KPI score by period</source>
      <translation>KPI-pisteet jaksoittain</translation>
    </message>
    <message>
      <source>no measurements yet</source>
      <translation>ei vielä mittaustuloksia</translation>
    </message>
  </context>
  <context>
    <name>Scoring</name>
    <message>
      <source>No measurement of “{metric}” for period “{period}”: it scores 0.</source>
      <translation>Mittarilla “{metric}” ei ole mittaustulosta jaksolle “{period}”: sen tulos on 0.</translation>
    </message>
    <message>
      <source>No metric counts in period “{period}”: the KPI score is 0.</source>
      <translation>Jaksolla “{period}” ei ole yhtään painotettua mittaria: mittariston tulos on 0.</translation>
    </message>
  </context>
  <context>
    <name>Search</name>
    <message>
      <source>Project</source>
      <translation>Hanke</translation>
    </message>
    <message>
      <source>Party</source>
      <translation>Osapuoli</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Alue</translation>
    </message>
    <message>
      <source>Phase</source>
      <translation>Vaihe</translation>
    </message>
    <message>
      <source>Milestone, deadline or gate</source>
      <translation>Virstanpylväs, määräaika tai päätöspiste</translation>
    </message>
    <message>
      <source>Service chain</source>
      <translation>Palveluketju</translation>
    </message>
    <message>
      <source>Care step</source>
      <translation>Hoitovaihe</translation>
    </message>
    <message>
      <source>Service package</source>
      <translation>Palvelukokonaisuus</translation>
    </message>
    <message>
      <source>Metric</source>
      <translation>Mittari</translation>
    </message>
    <message>
      <source>Service period</source>
      <translation>Palvelujakso</translation>
    </message>
    <message>
      <source>Scenario</source>
      <translation>Skenaario</translation>
    </message>
    <message>
      <source>Risk</source>
      <translation>Riski</translation>
    </message>
    <message>
      <source>Procurement task</source>
      <translation>Hankintatehtävä</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Asiakirja</translation>
    </message>
    <message>
      <source>Search results</source>
      <translation>Hakutulokset</translation>
    </message>
    <message>
      <source>Nothing found</source>
      <translation>Mitään ei löytynyt</translation>
    </message>
    <message>
      <source>The first {count} shown: type more to narrow the search</source>
      <translation>Näytetään {count} ensimmäistä: tarkenna hakua kirjoittamalla lisää</translation>
    </message>
  </context>
  <context>
    <name>Settlement</name>
    <message>
      <source>The KPI score must be a number from 0 to 1, not “{value}”.</source>
      <translation>Mittariston tuloksen on oltava luku väliltä 0–1, ei “{value}”.</translation>
    </message>
    <message>
      <source>Period “{period}” has no actual costs yet: it is a forecast at its target cost.</source>
      <translation>Jaksolle ”{period}” ei ole vielä toteutuneita kustannuksia: se on tavoitekustannuksensa mukainen ennuste.</translation>
    </message>
    <message>
      <source>Period “{period}”: actual costs incomplete, the overhead is not entered; the period is a forecast at its target cost until it is.</source>
      <translation>Jakso ”{period}”: toteuma puutteellinen, yleiskuluja ei ole syötetty; jakso on tavoitekustannuksensa mukainen ennuste, kunnes ne syötetään.</translation>
    </message>
    <message>
      <source>Period “{period}”: actual costs incomplete, the reimbursable costs are not entered; the period is a forecast at its target cost until they are.</source>
      <translation>Jakso ”{period}”: toteuma puutteellinen, korvattavia kustannuksia ei ole syötetty; jakso on tavoitekustannuksensa mukainen ennuste, kunnes ne syötetään.</translation>
    </message>
    <message>
      <source>Period “{period}”: actual costs incomplete, the overhead and the reimbursable costs are not entered; the period is a forecast at its target cost until they are.</source>
      <translation>Jakso ”{period}”: toteuma puutteellinen, yleiskuluja ja korvattavia kustannuksia ei ole syötetty; jakso on tavoitekustannuksensa mukainen ennuste, kunnes ne syötetään.</translation>
    </message>
    <message>
      <source>There is no scenario “{scenario}”.</source>
      <translation>Skenaariota “{scenario}” ei ole.</translation>
    </message>
    <message>
      <source>forecast</source>
      <translation>ennuste</translation>
    </message>
    <message>
      <source>actual</source>
      <translation>toteuma</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Tila</translation>
    </message>
    <message>
      <source>Target cost</source>
      <translation>Tavoitekustannus</translation>
    </message>
    <message>
      <source>Actual cost</source>
      <translation>Toteutunut kustannus</translation>
    </message>
    <message>
      <source>Deviation (under-run +)</source>
      <translation>Poikkeama (alitus +)</translation>
    </message>
    <message>
      <source>KPI score</source>
      <translation>Mittariston tulos</translation>
    </message>
    <message>
      <source>Shared under-run</source>
      <translation>Jaettava alitus</translation>
    </message>
    <message>
      <source>Excess to buyer</source>
      <translation>Katon ylittävä säästö tilaajalle</translation>
    </message>
    <message>
      <source>Gain share: buyer</source>
      <translation>Kustannusbonus: tilaaja</translation>
    </message>
    <message>
      <source>Gain share: producer</source>
      <translation>Kustannusbonus: palveluntuottaja</translation>
    </message>
    <message>
      <source>Gain share: staff</source>
      <translation>Kustannusbonus: henkilöstö</translation>
    </message>
    <message>
      <source>Gain share: effectiveness pool</source>
      <translation>Kustannusbonus: vaikuttavuusbonuspooli</translation>
    </message>
    <message>
      <source>Effectiveness bonus paid</source>
      <translation>Vaikuttavuusbonus maksettu</translation>
    </message>
    <message>
      <source>Effectiveness bonus unpaid</source>
      <translation>Vaikuttavuusbonus maksamatta</translation>
    </message>
    <message>
      <source>Over-run</source>
      <translation>Ylitys</translation>
    </message>
    <message>
      <source>Sanction: producer</source>
      <translation>Kustannussanktio: palveluntuottaja</translation>
    </message>
    <message>
      <source>Sanction: buyer</source>
      <translation>Kustannussanktio: tilaaja</translation>
    </message>
    <message>
      <source>Producer payment</source>
      <translation>Maksu palveluntuottajalle</translation>
    </message>
    <message>
      <source>Staff bonus</source>
      <translation>Henkilöstöbonus</translation>
    </message>
    <message>
      <source>Buyer total cost</source>
      <translation>Tilaajan kokonaiskustannus</translation>
    </message>
    <message>
      <source>Settlement of the service periods: {project}</source>
      <translation>Palvelujaksojen tilitys: {project}</translation>
    </message>
    <message>
      <source>The plan has no service periods.</source>
      <translation>Suunnitelmassa ei ole palvelujaksoja.</translation>
    </message>
    <message>
      <source>Total (actual)</source>
      <translation>Yhteensä (toteutuneet)</translation>
    </message>
    <message>
      <source>Total incl. forecasts</source>
      <translation>Yhteensä ennusteineen</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Jakso</translation>
    </message>
    <message>
      <source>Forecast = an estimate at the target cost, not actual figures (period {periods}); “Total (actual)” leaves it out.</source>
      <translation>Ennuste = tavoitekustannuksen mukainen arvio, ei toteutunut luku (jakso {periods}); ”Yhteensä (toteutuneet)” jättää sen pois.</translation>
    </message>
    <message>
      <source>Forecast = an estimate at the target cost, not actual figures (periods {periods}); “Total (actual)” leaves them out.</source>
      <translation>Ennuste = tavoitekustannuksen mukainen arvio, ei toteutunut luku (jaksot {periods}); ”Yhteensä (toteutuneet)” jättää ne pois.</translation>
    </message>
    <message>
      <source>Warnings:</source>
      <translation>Varoitukset:</translation>
    </message>
    <message>
      <source>Unexpected error while settling: {error}</source>
      <translation>Odottamaton virhe tilityksen laskennassa: {error}</translation>
    </message>
  </context>
  <context>
    <name>SplitDialog</name>
    <message>
      <source>Split service period</source>
      <translation>Jaa palvelujakso</translation>
    </message>
    <message>
      <source>“{name}” ({start}–{end}) is split in two. The target and actual costs are divided in proportion to the days in each part.</source>
      <translation>”{name}” ({start}–{end}) jaetaan kahtia. Tavoite- ja toteutuneet kustannukset jaetaan osien päivien suhteessa.</translation>
    </message>
    <message>
      <source>The second part starts on</source>
      <translation>Toinen osa alkaa</translation>
    </message>
  </context>
  <context>
    <name>StepInspector</name>
    <message>
      <source>Selected step</source>
      <translation>Valittu hoitovaihe</translation>
    </message>
    <message>
      <source>Select a step on the canvas, or add one.</source>
      <translation>Valitse hoitovaihe kaaviosta tai lisää uusi.</translation>
    </message>
    <message>
      <source>Step name</source>
      <translation>Hoitovaiheen nimi</translation>
    </message>
    <message>
      <source>Rename step</source>
      <translation>Nimeä hoitovaihe uudelleen</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nimi</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Kuvaus</translation>
    </message>
    <message>
      <source>Change step description</source>
      <translation>Muuta hoitovaiheen kuvausta</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Palveluntuottaja</translation>
    </message>
    <message>
      <source>The party of the project that produces this step.</source>
      <translation>Hankkeen osapuoli, joka tuottaa tämän hoitovaiheen.</translation>
    </message>
    <message>
      <source>Provider kind</source>
      <translation>Tuottajatyyppi</translation>
    </message>
    <message>
      <source>Change provider kind</source>
      <translation>Muuta tuottajatyyppiä</translation>
    </message>
    <message>
      <source>Responsible unit</source>
      <translation>Vastuuyksikkö</translation>
    </message>
    <message>
      <source>Change responsible unit</source>
      <translation>Muuta vastuuyksikköä</translation>
    </message>
    <message>
      <source>Annual volume</source>
      <translation>Vuosivolyymi</translation>
    </message>
    <message>
      <source>How many times a year the step is produced (visits, procedures, days…).</source>
      <translation>Kuinka monta kertaa vuodessa hoitovaihe tuotetaan (käynnit, toimenpiteet, hoitopäivät…).</translation>
    </message>
    <message>
      <source>Change annual volume</source>
      <translation>Muuta vuosivolyymia</translation>
    </message>
    <message>
      <source>Unit cost (€)</source>
      <translation>Yksikkökustannus (€)</translation>
    </message>
    <message>
      <source>What one unit costs in the alliance.</source>
      <translation>Mitä yksi yksikkö maksaa allianssissa.</translation>
    </message>
    <message>
      <source>Change unit cost</source>
      <translation>Muuta yksikkökustannusta</translation>
    </message>
    <message>
      <source>Today's own-production unit cost (€)</source>
      <translation>Nykyinen oman tuotannon yksikkökustannus (€)</translation>
    </message>
    <message>
      <source>What one unit costs today when the county produces it itself.</source>
      <translation>Mitä yksi yksikkö maksaa nyt, kun hyvinvointialue tuottaa sen itse.</translation>
    </message>
    <message>
      <source>Change own-production unit cost</source>
      <translation>Muuta oman tuotannon yksikkökustannusta</translation>
    </message>
    <message>
      <source>In the alliance scope</source>
      <translation>Allianssin laajuudessa</translation>
    </message>
    <message>
      <source>Change alliance scope</source>
      <translation>Muuta allianssin laajuutta</translation>
    </message>
    <message>
      <source>Cost per year</source>
      <translation>Kustannus vuodessa</translation>
    </message>
    <message>
      <source>Risks</source>
      <translation>Riskit</translation>
    </message>
    <message>
      <source>Change step risks</source>
      <translation>Muuta hoitovaiheen riskejä</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Muistiinpanot</translation>
    </message>
    <message>
      <source>Change step notes</source>
      <translation>Muuta hoitovaiheen muistiinpanoja</translation>
    </message>
    <message>
      <source>{cost}  (own production today {own}, difference {difference})</source>
      <translation>{cost}  (nykyinen oma tuotanto {own}, erotus {difference})</translation>
    </message>
    <message>
      <source>Change provider</source>
      <translation>Vaihda palveluntuottaja</translation>
    </message>
  </context>
  <context>
    <name>Storage</name>
    <message>
      <source>The file “{path}” does not exist.</source>
      <translation>Tiedostoa ”{path}” ei ole olemassa.</translation>
    </message>
    <message>
      <source>“{path}” is a folder, not a project file.</source>
      <translation>”{path}” on kansio, ei projektitiedosto.</translation>
    </message>
    <message>
      <source>The file “{path}” is empty; it is not an Alliance Planner project.</source>
      <translation>Tiedosto ”{path}” on tyhjä; se ei ole Allianssisuunnittelijan projekti.</translation>
    </message>
    <message>
      <source>The file “{path}” is not an Alliance Planner project file.</source>
      <translation>Tiedosto ”{path}” ei ole Allianssisuunnittelijan projektitiedosto.</translation>
    </message>
    <message>
      <source>The file “{path}” is another program's SQLite database, not an Alliance Planner project.</source>
      <translation>Tiedosto ”{path}” on toisen ohjelman SQLite-tietokanta, ei Allianssisuunnittelijan projekti.</translation>
    </message>
    <message>
      <source>The project file “{path}” is damaged or incomplete; restore it from a backup.</source>
      <translation>Projektitiedosto ”{path}” on vioittunut tai keskeneräinen; palauta se varmuuskopiosta.</translation>
    </message>
    <message>
      <source>The file “{path}” was made by a newer version of Alliance Planner (file version {found}, this version reads up to {supported}); update the app to open it.</source>
      <translation>Tiedosto ”{path}” on tehty Allianssisuunnittelijan uudemmalla versiolla (tiedostoversio {found}, tämä versio lukee enintään version {supported}); päivitä sovellus avataksesi sen.</translation>
    </message>
    <message>
      <source>The file “{path}” is open in another window or program; close it there first.</source>
      <translation>Tiedosto ”{path}” on auki toisessa ikkunassa tai ohjelmassa; sulje se ensin siellä.</translation>
    </message>
    <message>
      <source>The file “{path}” is not a valid project file ({reason}).</source>
      <translation>Tiedosto ”{path}” ei ole kelvollinen projektitiedosto ({reason}).</translation>
    </message>
    <message>
      <source>The file “{path}” holds data this version cannot use: {problem}</source>
      <translation>Tiedostossa ”{path}” on tietoja, joita tämä versio ei voi käyttää: {problem}</translation>
    </message>
    <message>
      <source>The file “{path}” was not closed properly; open it in Alliance Planner with write access to recover it.</source>
      <translation>Tiedostoa ”{path}” ei suljettu asianmukaisesti; avaa se Allianssisuunnittelijassa kirjoitusoikeuksin, niin se korjautuu.</translation>
    </message>
    <message>
      <source>Beside the file “{path}” is the journal of an interrupted save, “{journal}”, that does not fit the file; playing it back would damage it. Opening the file in Alliance Planner keeps the file as it is and moves the journal to the backups folder.</source>
      <translation>Tiedoston ”{path}” vieressä on keskeytyneen tallennuksen lokitiedosto ”{journal}”, joka ei kuulu tähän tiedostoon; sen palauttaminen vahingoittaisi tiedostoa. Kun tiedosto avataan Allianssisuunnittelijassa, tiedosto säilyy ennallaan ja lokitiedosto siirretään varmuuskopiokansioon.</translation>
    </message>
    <message>
      <source>Beside the file “{path}” was the journal of an interrupted save that does not fit the file. The file was kept as it was, and the journal was moved to “{journal}” (a copy of the file as it was: “{copy}”). Open the file again.</source>
      <translation>Tiedoston ”{path}” vieressä oli keskeytyneen tallennuksen lokitiedosto, joka ei kuulu tähän tiedostoon. Tiedosto säilytettiin ennallaan, ja lokitiedosto siirrettiin paikkaan ”{journal}” (kopio tiedostosta sellaisena kuin se oli: ”{copy}”). Avaa tiedosto uudelleen.</translation>
    </message>
    <message>
      <source>The file “{path}” cannot be read: {problem}.</source>
      <translation>Tiedostoa ”{path}” ei voi lukea: {problem}.</translation>
    </message>
    <message>
      <source>The file “{path}” is open read-only; changes cannot be saved.</source>
      <translation>Tiedosto ”{path}” on avattu vain luku -tilassa; muutoksia ei voi tallentaa.</translation>
    </message>
    <message>
      <source>“{path}” already exists; choose another name.</source>
      <translation>”{path}” on jo olemassa; valitse toinen nimi.</translation>
    </message>
    <message>
      <source>“{path}” is an open project file or belongs to one; choose another name.</source>
      <translation>”{path}” on avoinna oleva projektitiedosto tai kuuluu sellaiseen; valitse toinen nimi.</translation>
    </message>
    <message>
      <source>Could not save “{path}”: {problem}.</source>
      <translation>Tallennus kohteeseen ”{path}” epäonnistui: {problem}.</translation>
    </message>
    <message>
      <source>The project file “{path}” is closed.</source>
      <translation>Projektitiedosto ”{path}” on suljettu.</translation>
    </message>
    <message>
      <source>unexpected tables, triggers or views</source>
      <translation>odottamattomia tauluja, liipaisimia tai näkymiä</translation>
    </message>
    <message>
      <source>it uses a write-ahead log</source>
      <translation>se käyttää WAL-lokia (write-ahead log)</translation>
    </message>
    <message>
      <source>its version history does not match its version number</source>
      <translation>sen versiohistoria ei vastaa sen versionumeroa</translation>
    </message>
    <message>
      <source>it was made by an older version and must be updated, which needs write access</source>
      <translation>se on tehty vanhemmalla versiolla ja se pitää päivittää, mihin tarvitaan kirjoitusoikeus</translation>
    </message>
    <message>
      <source>the disk is full</source>
      <translation>levy on täynnä</translation>
    </message>
    <message>
      <source>permission denied</source>
      <translation>ei käyttöoikeutta</translation>
    </message>
    <message>
      <source>the folder does not exist or cannot be written to</source>
      <translation>kansiota ei ole tai siihen ei voi kirjoittaa</translation>
    </message>
    <message>
      <source>a disk or network error occurred</source>
      <translation>tapahtui levy- tai verkkovirhe</translation>
    </message>
    <message>
      <source>the copy could not be verified</source>
      <translation>kopiota ei voitu tarkistaa</translation>
    </message>
    <message>
      <source>a copy could not be made before recovering the file</source>
      <translation>tiedostosta ei voitu tehdä kopiota ennen sen korjaamista</translation>
    </message>
    <message>
      <source>it could not be put back as it was before recovery; a copy of it is “{copy}”</source>
      <translation>sitä ei voitu palauttaa korjausta edeltäneeseen tilaan; kopio siitä on ”{copy}”</translation>
    </message>
    <message>
      <source>a backup could not be made before updating the file</source>
      <translation>varmuuskopiota ei voitu tehdä ennen tiedoston päivittämistä</translation>
    </message>
    <message>
      <source>Field “commercial.producer_pain_cap”: expected “fee”, none or an amount.</source>
      <translation>Kenttä ”commercial.producer_pain_cap”: odotettiin arvoa ”fee”, tyhjää tai summaa.</translation>
    </message>
    <message>
      <source>“{value}” cannot be read</source>
      <translation>arvoa ”{value}” ei voi lukea</translation>
    </message>
    <message>
      <source>{thing} is missing from the file or is there twice.</source>
      <translation>{thing}: tieto puuttuu tiedostosta tai on siinä kahdesti.</translation>
    </message>
    <message>
      <source>{thing} is missing, but the file holds its {what}.</source>
      <translation>{thing} puuttuu, mutta tiedostossa on sen tietoja ({what}).</translation>
    </message>
  </context>
  <context>
    <name>TargetDialog</name>
    <message>
      <source>Use the chain's cost as the production target</source>
      <translation>Palveluketjun kustannus tuotantokustannusten tavoitteeksi</translation>
    </message>
    <message>
      <source>The period's production costs (the reimbursable part of the target cost) become the chain's annual cost in the alliance × the period's length in years. The fee and the overhead stay as they are. You can undo the change.</source>
      <translation>Palvelujakson tuotantokustannuksiksi (tavoitekustannuksen korvattavat kustannukset) tulee palveluketjun allianssiin kuuluva vuosikustannus × jakson pituus vuosina. Palkkio ja yleiskulut pysyvät ennallaan. Voit perua muutoksen.</translation>
    </message>
    <message>
      <source>Service period</source>
      <translation>Palvelujakso</translation>
    </message>
    <message>
      <source>Include the steps that are options</source>
      <translation>Ota mukaan myös optiona olevat hoitovaiheet</translation>
    </message>
    <message>
      <source>Preview of the change</source>
      <translation>Muutoksen esikatselu</translation>
    </message>
    <message>
      <source>Target cost</source>
      <translation>Tavoitekustannus</translation>
    </message>
    <message>
      <source>Now</source>
      <translation>Nyt</translation>
    </message>
    <message>
      <source>After</source>
      <translation>Muutoksen jälkeen</translation>
    </message>
    <message>
      <source>Set the target</source>
      <translation>Aseta tavoite</translation>
    </message>
    <message>
      <source>Producer's fee</source>
      <translation>Palveluntuottajan palkkio</translation>
    </message>
    <message>
      <source>Buyer's overhead</source>
      <translation>Tilaajan yleiskulut</translation>
    </message>
    <message>
      <source>Production costs</source>
      <translation>Tuotantokustannukset (korvattavat)</translation>
    </message>
    <message>
      <source>Target cost in total</source>
      <translation>Tavoitekustannus yhteensä</translation>
    </message>
    <message>
      <source>{annual} per year × {years} years = {production}. Change {change}.</source>
      <translation>{annual} vuodessa × {years} vuotta = {production}. Muutos {change}.</translation>
    </message>
  </context>
  <context>
    <name>Templates</name>
    <message>
      <source>New alliance</source>
      <translation>Uusi allianssi</translation>
    </message>
    <message>
      <source>Buyer</source>
      <translation>Tilaaja</translation>
    </message>
  </context>
  <context>
    <name>Timeline</name>
    <message>
      <source>January</source>
      <translation>tammikuu</translation>
    </message>
    <message>
      <source>February</source>
      <translation>helmikuu</translation>
    </message>
    <message>
      <source>March</source>
      <translation>maaliskuu</translation>
    </message>
    <message>
      <source>April</source>
      <translation>huhtikuu</translation>
    </message>
    <message>
      <source>May</source>
      <translation>toukokuu</translation>
    </message>
    <message>
      <source>June</source>
      <translation>kesäkuu</translation>
    </message>
    <message>
      <source>July</source>
      <translation>heinäkuu</translation>
    </message>
    <message>
      <source>August</source>
      <translation>elokuu</translation>
    </message>
    <message>
      <source>September</source>
      <translation>syyskuu</translation>
    </message>
    <message>
      <source>October</source>
      <translation>lokakuu</translation>
    </message>
    <message>
      <source>November</source>
      <translation>marraskuu</translation>
    </message>
    <message>
      <source>December</source>
      <translation>joulukuu</translation>
    </message>
    <message>
      <source>Mon</source>
      <translation>ma</translation>
    </message>
    <message>
      <source>Tue</source>
      <translation>ti</translation>
    </message>
    <message>
      <source>Wed</source>
      <translation>ke</translation>
    </message>
    <message>
      <source>Thu</source>
      <translation>to</translation>
    </message>
    <message>
      <source>Fri</source>
      <translation>pe</translation>
    </message>
    <message>
      <source>Sat</source>
      <translation>la</translation>
    </message>
    <message>
      <source>Sun</source>
      <translation>su</translation>
    </message>
    <message>
      <source>Strategy phase</source>
      <translation>Strategiavaihe</translation>
    </message>
    <message>
      <source>Tendering and formation phase</source>
      <translation>Kilpailutus- ja muodostamisvaihe</translation>
    </message>
    <message>
      <source>Development phase</source>
      <translation>Kehitysvaihe</translation>
    </message>
    <message>
      <source>Service phase</source>
      <translation>Palveluvaihe</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Alavaihe</translation>
    </message>
    <message>
      <source>Other phase</source>
      <translation>Muu vaihe</translation>
    </message>
    <message>
      <source>Milestone</source>
      <translation>Virstanpylväs</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Määräaika</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Tilaisuus</translation>
    </message>
    <message>
      <source>Decision gate</source>
      <translation>Päätöspiste</translation>
    </message>
    <message>
      <source>Not decided</source>
      <translation>Ei päätetty</translation>
    </message>
    <message>
      <source>Go</source>
      <translation>Jatketaan</translation>
    </message>
    <message>
      <source>Withdraw</source>
      <translation>Irtaudutaan</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Tehty</translation>
    </message>
    <message>
      <source>New Year's Day</source>
      <translation>Uudenvuodenpäivä</translation>
    </message>
    <message>
      <source>Epiphany</source>
      <translation>Loppiainen</translation>
    </message>
    <message>
      <source>Good Friday</source>
      <translation>Pitkäperjantai</translation>
    </message>
    <message>
      <source>Easter Sunday</source>
      <translation>Pääsiäispäivä</translation>
    </message>
    <message>
      <source>Easter Monday</source>
      <translation>2. pääsiäispäivä</translation>
    </message>
    <message>
      <source>May Day</source>
      <translation>Vappu</translation>
    </message>
    <message>
      <source>Ascension Day</source>
      <translation>Helatorstai</translation>
    </message>
    <message>
      <source>Whit Sunday</source>
      <translation>Helluntaipäivä</translation>
    </message>
    <message>
      <source>Midsummer Eve</source>
      <translation>Juhannusaatto</translation>
    </message>
    <message>
      <source>Midsummer Day</source>
      <translation>Juhannuspäivä</translation>
    </message>
    <message>
      <source>All Saints' Day</source>
      <translation>Pyhäinpäivä</translation>
    </message>
    <message>
      <source>Independence Day</source>
      <translation>Itsenäisyyspäivä</translation>
    </message>
    <message>
      <source>Christmas Eve</source>
      <translation>Jouluaatto</translation>
    </message>
    <message>
      <source>Christmas Day</source>
      <translation>Joulupäivä</translation>
    </message>
    <message>
      <source>St Stephen's Day</source>
      <translation>Tapaninpäivä</translation>
    </message>
    <message>
      <source>W{number}</source>
      <translation>vk {number}</translation>
    </message>
    <message>
      <source>{month} {year}</source>
      <translation>{month} {year}</translation>
    </message>
    <message>
      <source>Q{number}</source>
      <translation>Q{number}</translation>
    </message>
    <message>
      <source>{decade}s</source>
      <translation>{decade}-luku</translation>
    </message>
    <message>
      <source>Overdue: decision gate “{name}” {date} (not decided)</source>
      <translation>Myöhässä: päätöspiste ”{name}” {date} (ei päätetty)</translation>
    </message>
    <message>
      <source>Overdue: deadline “{name}” {date} (not marked done)</source>
      <translation>Myöhässä: määräaika ”{name}” {date} (ei merkitty tehdyksi)</translation>
    </message>
    <message>
      <source>Overdue: milestone “{name}” {date} (not marked done)</source>
      <translation>Myöhässä: virstanpylväs ”{name}” {date} (ei merkitty tehdyksi)</translation>
    </message>
    <message>
      <source>Overdue: procurement task “{name}”, due {date} (still open)</source>
      <translation>Myöhässä: hankintatehtävä ”{name}”, määräpäivä {date} (yhä avoin)</translation>
    </message>
    <message>
      <source>“{name}” has no start or end date, so it is not drawn on the timeline.</source>
      <translation>Kohteella ”{name}” ei ole alku- tai loppupäivää, joten sitä ei piirretä aikajanalle.</translation>
    </message>
    <message>
      <source>“{name}” has no date, so it is not drawn on the timeline.</source>
      <translation>Kohteella ”{name}” ei ole päivämäärää, joten sitä ei piirretä aikajanalle.</translation>
    </message>
    <message>
      <source>The phases “{first}” and “{second}” overlap by {days} days ({span}).</source>
      <translation>Vaiheet ”{first}” ja ”{second}” ovat päällekkäin {days} päivää ({span}).</translation>
    </message>
    <message>
      <source>The step “{name}” ({span}) runs outside its phase “{phase}” ({phase_span}).</source>
      <translation>Alavaihe ”{name}” ({span}) ulottuu vaiheensa ”{phase}” ({phase_span}) ulkopuolelle.</translation>
    </message>
    <message>
      <source>The decision gate “{gate}” ({date}) comes after the next phase “{phase}” has already started ({start}).</source>
      <translation>Päätöspiste ”{gate}” ({date}) on vasta sen jälkeen, kun seuraava vaihe ”{phase}” on jo alkanut ({start}).</translation>
    </message>
    <message>
      <source>The deadline “{name}” ({date}) is outside its phase “{phase}” ({span}).</source>
      <translation>Määräaika ”{name}” ({date}) on vaiheensa ”{phase}” ({span}) ulkopuolella.</translation>
    </message>
    <message>
      <source>The tendering phase “{name}” lasts only {days} days; allow at least {minimum} days.</source>
      <translation>Kilpailutusvaihe ”{name}” kestää vain {days} päivää; varaa vähintään {minimum} päivää.</translation>
    </message>
    <message>
      <source>No phase has the key “{key}”.</source>
      <translation>Millään vaiheella ei ole tunnusta ”{key}”.</translation>
    </message>
    <message>
      <source>No milestone has the key “{key}”.</source>
      <translation>Millään virstanpylväällä ei ole tunnusta ”{key}”.</translation>
    </message>
    <message>
      <source>The end date cannot be before the start date.</source>
      <translation>Loppupäivä ei voi olla ennen alkupäivää.</translation>
    </message>
    <message>
      <source>A name cannot be empty.</source>
      <translation>Nimi ei voi olla tyhjä.</translation>
    </message>
    <message>
      <source>Unknown kind of phase: “{kind}”.</source>
      <translation>Tuntematon vaiheen tyyppi: ”{kind}”.</translation>
    </message>
    <message>
      <source>A phase cannot be inside itself or inside its own step.</source>
      <translation>Vaihe ei voi olla itsensä tai oman alavaiheensa sisällä.</translation>
    </message>
    <message>
      <source>“{text}” is not a time of day (e.g. 16.00).</source>
      <translation>”{text}” ei ole kellonaika (esim. 16.00).</translation>
    </message>
    <message>
      <source>Give the start time too.</source>
      <translation>Anna myös alkamisaika.</translation>
    </message>
    <message>
      <source>The end time cannot be before the start time.</source>
      <translation>Päättymisaika ei voi olla ennen alkamisaikaa.</translation>
    </message>
    <message>
      <source>Unknown kind of milestone: “{kind}”.</source>
      <translation>Tuntematon virstanpylvään tyyppi: ”{kind}”.</translation>
    </message>
    <message>
      <source>Unknown state: “{state}”.</source>
      <translation>Tuntematon tila: ”{state}”.</translation>
    </message>
    <message>
      <source>Phase</source>
      <translation>Vaihe</translation>
    </message>
    <message>
      <source>Withdrawal ends the alliance</source>
      <translation>Irtautuminen päättää allianssin</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Tänään</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>Varoitus</translation>
    </message>
    <message>
      <source>{kind}, {start}–{end} ({days} days)</source>
      <translation>{kind}, {start}–{end} ({days} päivää)</translation>
    </message>
    <message>
      <source>Owner: {owner}</source>
      <translation>Vastuutaho: {owner}</translation>
    </message>
    <message>
      <source>Staff transfers: {text}</source>
      <translation>Henkilöstön siirrot: {text}</translation>
    </message>
    <message>
      <source>Decision: {state}</source>
      <translation>Päätös: {state}</translation>
    </message>
    <message>
      <source>Withdrawing here ends the alliance.</source>
      <translation>Irtautuminen tässä päättää allianssin.</translation>
    </message>
    <message>
      <source>Service period {start}–{end}, target cost {cost}</source>
      <translation>Palvelujakso {start}–{end}, tavoitekustannus {cost}</translation>
    </message>
    <message>
      <source>Timeline chart</source>
      <translation>Aikajanakaavio</translation>
    </message>
    <message>
      <source>{name}: {when} ({days} days)</source>
      <translation>{name}: {when} ({days} päivää)</translation>
    </message>
    <message>
      <source>{count} items move together</source>
      <translation>{count} kohdetta siirtyy yhdessä</translation>
    </message>
    <message>
      <source>{count} linked items move along</source>
      <translation>{count} linkitettyä kohdetta siirtyy mukana</translation>
    </message>
    <message>
      <source>Drag cancelled.</source>
      <translation>Siirto peruttu.</translation>
    </message>
  </context>
  <context>
    <name>TimelineExportDialog</name>
    <message>
      <source>Export the timeline as a picture</source>
      <translation>Vie aikataulu kuvana</translation>
    </message>
    <message>
      <source>What the screen shows</source>
      <translation>Näytöllä näkyvä osa</translation>
    </message>
    <message>
      <source>Preparation phases</source>
      <translation>Valmisteluvaiheet</translation>
    </message>
    <message>
      <source>The whole timeline</source>
      <translation>Koko aikataulu</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Näytä</translation>
    </message>
    <message>
      <source>{width} × {height} px</source>
      <translation>{width} × {height} px</translation>
    </message>
    <message>
      <source>Custom size</source>
      <translation>Muu koko</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Koko</translation>
    </message>
    <message>
      <source>Width in pixels</source>
      <translation>Leveys pikseleinä</translation>
    </message>
    <message>
      <source>Height in pixels</source>
      <translation>Korkeus pikseleinä</translation>
    </message>
    <message>
      <source>px</source>
      <translation>px</translation>
    </message>
    <message>
      <source>PNG picture (for slides)</source>
      <translation>PNG-kuva (esityksiin)</translation>
    </message>
    <message>
      <source>SVG drawing (scales without blur)</source>
      <translation>SVG-piirros (skaalautuu terävänä)</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Muoto</translation>
    </message>
    <message>
      <source>Timeline {start}–{end}</source>
      <translation>Aikataulu {start}–{end}</translation>
    </message>
    <message>
      <source>PNG picture (*.png)</source>
      <translation>PNG-kuva (*.png)</translation>
    </message>
    <message>
      <source>SVG drawing (*.svg)</source>
      <translation>SVG-piirros (*.svg)</translation>
    </message>
    <message>
      <source>Export the timeline</source>
      <translation>Vie aikataulu</translation>
    </message>
    <message>
      <source>The picture could not be saved</source>
      <translation>Kuvaa ei voitu tallentaa</translation>
    </message>
  </context>
  <context>
    <name>TimelineInspector</name>
    <message>
      <source>Select a phase or a milestone on the timeline or in the table to see and edit its details here.</source>
      <translation>Valitse vaihe tai virstanpylväs aikajanalta tai taulukosta, niin näet sen tiedot tässä ja voit muokata niitä.</translation>
    </message>
    <message>
      <source>Rename</source>
      <translation>Nimeä uudelleen</translation>
    </message>
    <message>
      <source>Change type</source>
      <translation>Vaihda tyyppi</translation>
    </message>
    <message>
      <source>e.g. 16.00 or 12.00–13.00</source>
      <translation>esim. 16.00 tai 12.00–13.00</translation>
    </message>
    <message>
      <source>Change owner</source>
      <translation>Vaihda vastuutaho</translation>
    </message>
    <message>
      <source>Change decision</source>
      <translation>Muuta päätöstä</translation>
    </message>
    <message>
      <source>Withdrawing here ends the alliance</source>
      <translation>Irtautuminen tässä päättää allianssin</translation>
    </message>
    <message>
      <source>Change decision gate</source>
      <translation>Muuta päätöspistettä</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Tehty</translation>
    </message>
    <message>
      <source>A milestone or deadline whose date has passed is overdue until it is marked done.</source>
      <translation>Virstanpylväs tai määräaika, jonka päivä on ohitettu, on myöhässä, kunnes se merkitään tehdyksi.</translation>
    </message>
    <message>
      <source>Mark done</source>
      <translation>Merkitse tehdyksi</translation>
    </message>
    <message>
      <source>Mark not done</source>
      <translation>Poista merkintä tehty</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nimi</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Tyyppi</translation>
    </message>
    <message>
      <source>Inside phase</source>
      <translation>Kuuluu vaiheeseen</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Alku</translation>
    </message>
    <message>
      <source>End</source>
      <translation>Loppu</translation>
    </message>
    <message>
      <source>Time of day</source>
      <translation>Kellonaika</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Vastuutaho</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Päätös</translation>
    </message>
    <message>
      <source>Staff transfers: what must be decided, and how far</source>
      <translation>Henkilöstön siirrot: mitä on päätettävä ja kuinka pitkälle</translation>
    </message>
    <message>
      <source>What must be decided about transferring staff to the alliance in this phase, and how final the decision has to be (henkilöstön siirrot).</source>
      <translation>Mitä henkilöstön siirtymisestä allianssiin on tässä vaiheessa päätettävä ja kuinka lopullinen päätöksen on oltava.</translation>
    </message>
    <message>
      <source>Change staff decision</source>
      <translation>Muuta henkilöstölinjausta</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Muistiinpanot</translation>
    </message>
    <message>
      <source>Change notes</source>
      <translation>Muuta muistiinpanoja</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Tiedot</translation>
    </message>
    <message>
      <source>— a main phase —</source>
      <translation>— päävaihe —</translation>
    </message>
    <message>
      <source>Phase</source>
      <translation>Vaihe</translation>
    </message>
    <message>
      <source>— no phase —</source>
      <translation>— ei vaihetta —</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Päivämäärä</translation>
    </message>
    <message>
      <source>{days} days, {start}–{end}</source>
      <translation>{days} päivää, {start}–{end}</translation>
    </message>
    <message>
      <source>Move into another phase</source>
      <translation>Siirrä toiseen vaiheeseen</translation>
    </message>
    <message>
      <source>Link to another phase</source>
      <translation>Liitä toiseen vaiheeseen</translation>
    </message>
    <message>
      <source>Change dates</source>
      <translation>Muuta päivämääriä</translation>
    </message>
    <message>
      <source>Change date</source>
      <translation>Muuta päivämäärää</translation>
    </message>
    <message>
      <source>Change time</source>
      <translation>Muuta kellonaikaa</translation>
    </message>
  </context>
  <context>
    <name>TimelineShort</name>
    <message>
      <source>Jan</source>
      <translation>tammi</translation>
    </message>
    <message>
      <source>Feb</source>
      <translation>helmi</translation>
    </message>
    <message>
      <source>Mar</source>
      <translation>maalis</translation>
    </message>
    <message>
      <source>Apr</source>
      <translation>huhti</translation>
    </message>
    <message>
      <source>May</source>
      <translation>touko</translation>
    </message>
    <message>
      <source>Jun</source>
      <translation>kesä</translation>
    </message>
    <message>
      <source>Jul</source>
      <translation>heinä</translation>
    </message>
    <message>
      <source>Aug</source>
      <translation>elo</translation>
    </message>
    <message>
      <source>Sep</source>
      <translation>syys</translation>
    </message>
    <message>
      <source>Oct</source>
      <translation>loka</translation>
    </message>
    <message>
      <source>Nov</source>
      <translation>marras</translation>
    </message>
    <message>
      <source>Dec</source>
      <translation>joulu</translation>
    </message>
  </context>
  <context>
    <name>TimelineTable</name>
    <message>
      <source>Name</source>
      <translation>Nimi</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Tyyppi</translation>
    </message>
    <message>
      <source>Start / date</source>
      <translation>Alku / pvm</translation>
    </message>
    <message>
      <source>End</source>
      <translation>Loppu</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Klo</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Vastuutaho</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Päätös</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Muistiinpanot</translation>
    </message>
    <message>
      <source>Name of the phase, step or milestone</source>
      <translation>Vaiheen, alavaiheen tai virstanpylvään nimi</translation>
    </message>
    <message>
      <source>Phase kind, or milestone, deadline, event or decision gate</source>
      <translation>Vaiheen tyyppi tai virstanpylväs, määräaika, tilaisuus tai päätöspiste</translation>
    </message>
    <message>
      <source>Start date of a phase, or the date of a milestone</source>
      <translation>Vaiheen alkupäivä tai virstanpylvään päivämäärä</translation>
    </message>
    <message>
      <source>Last day of a phase</source>
      <translation>Vaiheen viimeinen päivä</translation>
    </message>
    <message>
      <source>Time of day, e.g. 16.00 or 12.00–13.00</source>
      <translation>Kellonaika, esim. 16.00 tai 12.00–13.00</translation>
    </message>
    <message>
      <source>Who is responsible</source>
      <translation>Kuka vastaa</translation>
    </message>
    <message>
      <source>A decision gate's state: not decided, go, or withdraw</source>
      <translation>Päätöspisteen tila: ei päätetty, jatketaan tai irtaudutaan</translation>
    </message>
    <message>
      <source>Free notes</source>
      <translation>Vapaat muistiinpanot</translation>
    </message>
    <message>
      <source>Staff transfers: {text}</source>
      <translation>Henkilöstön siirrot: {text}</translation>
    </message>
    <message>
      <source>Phases and milestones</source>
      <translation>Vaiheet ja virstanpylväät</translation>
    </message>
  </context>
  <context>
    <name>TimelineView</name>
    <message>
      <source>Timeline</source>
      <translation>Aikataulu</translation>
    </message>
    <message>
      <source>Zoom out (Ctrl+minus)</source>
      <translation>Loitonna (Ctrl+miinus)</translation>
    </message>
    <message>
      <source>Zoom in (Ctrl+plus)</source>
      <translation>Lähennä (Ctrl+plus)</translation>
    </message>
    <message>
      <source>Fit all</source>
      <translation>Näytä kaikki</translation>
    </message>
    <message>
      <source>Show the whole timeline (Ctrl+0)</source>
      <translation>Näytä koko aikataulu (Ctrl+0)</translation>
    </message>
    <message>
      <source>Preparation</source>
      <translation>Valmistelu</translation>
    </message>
    <message>
      <source>Show the preparation phases and the start of the service phase</source>
      <translation>Näytä valmisteluvaiheet ja palveluvaiheen alku</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Tänään</translation>
    </message>
    <message>
      <source>Scroll to today</source>
      <translation>Siirry tähän päivään</translation>
    </message>
    <message>
      <source>Move linked items</source>
      <translation>Siirrä linkitetyt kohteet mukana</translation>
    </message>
    <message>
      <source>When a phase is dragged, its steps and milestones move with it. Hold Shift while dragging to do this once.</source>
      <translation>Kun vaihetta vedetään, sen alavaiheet ja virstanpylväät siirtyvät mukana. Pidä vaihtonäppäintä (Shift) pohjassa vetäessäsi, niin näin tehdään vain sillä kertaa.</translation>
    </message>
    <message>
      <source>Add</source>
      <translation>Lisää</translation>
    </message>
    <message>
      <source>Phase</source>
      <translation>Vaihe</translation>
    </message>
    <message>
      <source>Step in the selected phase</source>
      <translation>Alavaihe valittuun vaiheeseen</translation>
    </message>
    <message>
      <source>Milestone</source>
      <translation>Virstanpylväs</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Määräaika</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Tilaisuus</translation>
    </message>
    <message>
      <source>Decision gate</source>
      <translation>Päätöspiste</translation>
    </message>
    <message>
      <source>Drag one of them or press ←/→ to move them all, Delete removes them, Esc keeps only the current one. Ctrl+click adds or takes out an item.</source>
      <translation>Vedä yhtä niistä tai paina ←/→, niin kaikki siirtyvät; Delete poistaa ne, Esc jättää valituksi vain nykyisen. Ctrl+napsautus lisää tai poistaa kohteen valinnasta.</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Poista</translation>
    </message>
    <message>
      <source>Remove the selected items (Delete)</source>
      <translation>Poista valitut kohteet (Delete)</translation>
    </message>
    <message>
      <source>Export picture…</source>
      <translation>Vie kuvana…</translation>
    </message>
    <message>
      <source>Save the timeline as PNG or SVG for slides</source>
      <translation>Tallenna aikataulu PNG- tai SVG-kuvaksi esityksiä varten</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Tiedot</translation>
    </message>
    <message>
      <source>Warnings</source>
      <translation>Varoitukset</translation>
    </message>
    <message>
      <source>Shortest acceptable tendering phase</source>
      <translation>Kilpailutusvaiheen vähimmäiskesto</translation>
    </message>
    <message>
      <source> days</source>
      <translation> päivää</translation>
    </message>
    <message>
      <source>A procurement task: click to open it in Risks and procurement.</source>
      <translation>Hankintatehtävä: avaa se napsauttamalla näkymässä Riskit ja hankinta.</translation>
    </message>
    <message>
      <source>No warnings: the schedule looks consistent.</source>
      <translation>Ei varoituksia: aikataulu näyttää johdonmukaiselta.</translation>
    </message>
    <message>
      <source>{count} warnings</source>
      <translation>{count} varoitusta</translation>
    </message>
    <message>
      <source>1 warning</source>
      <translation>1 varoitus</translation>
    </message>
    <message>
      <source>Warnings ({count})</source>
      <translation>Varoitukset ({count})</translation>
    </message>
    <message>
      <source>{count} selected</source>
      <translation>{count} valittuna</translation>
    </message>
    <message>
      <source>Move {count} items</source>
      <translation>Siirrä {count} kohdetta</translation>
    </message>
    <message>
      <source>Move phase with its linked items</source>
      <translation>Siirrä vaihe linkitettyine kohteineen</translation>
    </message>
    <message>
      <source>Move phase</source>
      <translation>Siirrä vaihetta</translation>
    </message>
    <message>
      <source>Change phase dates</source>
      <translation>Muuta vaiheen päivämääriä</translation>
    </message>
    <message>
      <source>Move milestone</source>
      <translation>Siirrä virstanpylvästä</translation>
    </message>
    <message>
      <source>Change time</source>
      <translation>Muuta kellonaikaa</translation>
    </message>
    <message>
      <source>Change date</source>
      <translation>Muuta päivämäärää</translation>
    </message>
    <message>
      <source>Change dates</source>
      <translation>Muuta päivämääriä</translation>
    </message>
    <message>
      <source>Rename</source>
      <translation>Nimeä uudelleen</translation>
    </message>
    <message>
      <source>Change type</source>
      <translation>Vaihda tyyppi</translation>
    </message>
    <message>
      <source>Change decision</source>
      <translation>Muuta päätöstä</translation>
    </message>
    <message>
      <source>Change owner</source>
      <translation>Vaihda vastuutaho</translation>
    </message>
    <message>
      <source>Change notes</source>
      <translation>Muuta muistiinpanoja</translation>
    </message>
    <message>
      <source>The end date cannot be before the start date.</source>
      <translation>Loppupäivä ei voi olla ennen alkupäivää.</translation>
    </message>
    <message>
      <source>New phase</source>
      <translation>Uusi vaihe</translation>
    </message>
    <message>
      <source>Add phase</source>
      <translation>Lisää vaihe</translation>
    </message>
    <message>
      <source>Select the phase the step belongs to first.</source>
      <translation>Valitse ensin vaihe, johon alavaihe kuuluu.</translation>
    </message>
    <message>
      <source>New step</source>
      <translation>Uusi alavaihe</translation>
    </message>
    <message>
      <source>Add step</source>
      <translation>Lisää alavaihe</translation>
    </message>
    <message>
      <source>New milestone</source>
      <translation>Uusi virstanpylväs</translation>
    </message>
    <message>
      <source>New deadline</source>
      <translation>Uusi määräaika</translation>
    </message>
    <message>
      <source>New event</source>
      <translation>Uusi tilaisuus</translation>
    </message>
    <message>
      <source>New decision gate</source>
      <translation>Uusi päätöspiste</translation>
    </message>
    <message>
      <source>Add milestone</source>
      <translation>Lisää virstanpylväs</translation>
    </message>
    <message>
      <source>Remove phase</source>
      <translation>Poista vaihe</translation>
    </message>
    <message>
      <source>Remove “{name}” with its {steps} steps and {markers} milestones? You can undo this.</source>
      <translation>Poistetaanko ”{name}” sekä sen {steps} alavaihetta ja {markers} virstanpylvästä? Poiston voi perua.</translation>
    </message>
    <message>
      <source>Remove milestone</source>
      <translation>Poista virstanpylväs</translation>
    </message>
    <message>
      <source>Remove the {count} selected items?</source>
      <translation>Poistetaanko {count} valittua kohdetta?</translation>
    </message>
    <message>
      <source>The steps and milestones inside the selected phases go with them ({count} more).</source>
      <translation>Valittujen vaiheiden alavaiheet ja virstanpylväät poistuvat niiden mukana ({count} muuta).</translation>
    </message>
    <message>
      <source>Remove items</source>
      <translation>Poista kohteet</translation>
    </message>
    <message>
      <source>You can undo this.</source>
      <translation>Voit perua poiston.</translation>
    </message>
    <message>
      <source>Remove {count} items</source>
      <translation>Poista {count} kohdetta</translation>
    </message>
    <message>
      <source>Timeline exported: {path}</source>
      <translation>Aikataulu viety: {path}</translation>
    </message>
  </context>
  <context>
    <name>UncertaintyEdits</name>
    <message>
      <source>The risk is no longer in the plan.</source>
      <translation>Riskiä ei enää ole suunnitelmassa.</translation>
    </message>
    <message>
      <source>Give the risk's cost first, then the periods it falls on.</source>
      <translation>Anna ensin riskin kustannus, sitten jaksot, joihin se kohdistuu.</translation>
    </message>
    <message>
      <source>The service period is no longer in the plan.</source>
      <translation>Palvelujaksoa ei enää ole suunnitelmassa.</translation>
    </message>
    <message>
      <source>Type the estimate range as two percentages, for example “−8 … +12” (add “uniform” for an even spread), not “{text}”.</source>
      <translation>Kirjoita arvioväli kahtena prosenttilukuna, esimerkiksi ”−8 … +12” (lisää ”tasainen”, jos jakauma on tasainen), ei ”{text}”.</translation>
    </message>
    <message>
      <source>Type the periods as their numbers, for example “3; 4” or “3: 60; 4: 40” (shares in percent), not “{text}”.</source>
      <translation>Kirjoita jaksot numeroina, esimerkiksi ”3; 4” tai ”3: 60; 4: 40” (osuudet prosentteina), ei ”{text}”.</translation>
    </message>
    <message>
      <source>There is no service period {number}.</source>
      <translation>Palvelujaksoa {number} ei ole.</translation>
    </message>
    <message>
      <source>Give a share for every period, or for none.</source>
      <translation>Anna osuus joko kaikille jaksoille tai ei millekään.</translation>
    </message>
    <message>
      <source>Type the risk's cost in euros as “minimum; most likely; maximum”, for example “100 000; 400 000; 1 500 000”, or one amount for a fixed cost, not “{text}”.</source>
      <translation>Kirjoita riskin kustannus euroina muodossa ”vähimmäis-; todennäköisin; enimmäiskustannus”, esimerkiksi ”100 000; 400 000; 1 500 000”, tai yksi summa kiinteälle kustannukselle, ei ”{text}”.</translation>
    </message>
    <message>
      <source>Type the probability as a percentage from 0 to 100, not “{text}”.</source>
      <translation>Kirjoita todennäköisyys prosentteina väliltä 0–100, ei ”{text}”.</translation>
    </message>
  </context>
  <context>
    <name>UncertaintyPage</name>
    <message>
      <source>KPI score varies from</source>
      <translation>Mittaripistemäärä vaihtelee välillä</translation>
    </message>
    <message>
      <source>Draw each future period's KPI score evenly from this range; otherwise its measured score is used (the last measured one for periods not measured yet).</source>
      <translation>Arvo jokaisen tulevan jakson mittaripistemäärä tasaisesti tältä väliltä; muuten käytetään mitattua pistemäärää (mittaamattomille jaksoille viimeksi mitattua).</translation>
    </message>
    <message>
      <source>Draws</source>
      <translation>Arvontoja</translation>
    </message>
    <message>
      <source>Seed</source>
      <translation>Siemenluku</translation>
    </message>
    <message>
      <source>to</source>
      <translation>–</translation>
    </message>
    <message>
      <source>Simulation progress</source>
      <translation>Simuloinnin eteneminen</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Peruuta</translation>
    </message>
    <message>
      <source>Simulate</source>
      <translation>Simuloi</translation>
    </message>
    <message>
      <source>Simulate again with these settings</source>
      <translation>Simuloi uudelleen näillä asetuksilla</translation>
    </message>
    <message>
      <source>What the draws say</source>
      <translation>Mitä arvonnat kertovat</translation>
    </message>
    <message>
      <source>Buyer's total cost</source>
      <translation>Tilaajan kokonaiskustannus</translation>
    </message>
    <message>
      <source>Actual cost</source>
      <translation>Toteutunut kustannus</translation>
    </message>
    <message>
      <source>Producer's result</source>
      <translation>Palveluntuottajan tulos</translation>
    </message>
    <message>
      <source>Staff bonus</source>
      <translation>Henkilöstön bonus</translation>
    </message>
    <message>
      <source>Figure in the table</source>
      <translation>Taulukon luku</translation>
    </message>
    <message>
      <source>Percentiles of</source>
      <translation>Persentiilit:</translation>
    </message>
    <message>
      <source>Tornado chart of the sharing parameters</source>
      <translation>Jakosääntöjen tornadokaavio</translation>
    </message>
    <message>
      <source>Sensitivity: how the P50s change when a sharing parameter moves</source>
      <translation>Herkkyys: miten P50-luvut muuttuvat, kun jakosääntöä muutetaan</translation>
    </message>
    <message>
      <source>Simulating…</source>
      <translation>Simuloidaan…</translation>
    </message>
    <message>
      <source>Estimate ranges of the reimbursable costs</source>
      <translation>Korvattavien kustannusten arviovälit</translation>
    </message>
    <message>
      <source>Range, % of the target</source>
      <translation>Arvioväli, % tavoitteesta</translation>
    </message>
    <message>
      <source>Reimbursable costs (target)</source>
      <translation>Korvattavat kustannukset (tavoite)</translation>
    </message>
    <message>
      <source>Estimate ranges of the periods</source>
      <translation>Jaksojen arviovälit</translation>
    </message>
    <message>
      <source>How far a period's reimbursable (production) costs may land from their target, in percent: e.g. “−8 … +12” (most likely at the target) or “−8 … +12 uniform” (evenly spread). Empty: no range. A period settled on its actual costs is not drawn.</source>
      <translation>Kuinka paljon jakson korvattavat (tuotanto)kustannukset voivat poiketa tavoitteestaan, prosentteina: esim. ”−8 … +12” (todennäköisimmin tavoitteessa) tai ”−8 … +12 tasainen” (tasaisesti jakautunut). Tyhjä: ei arvioväliä. Toteutuneiden kustannusten mukaan tilitettyä jaksoa ei arvota.</translation>
    </message>
    <message>
      <source>Settled on its actual costs: not drawn.</source>
      <translation>Tilitetty toteutuneiden kustannusten mukaan: ei arvota.</translation>
    </message>
    <message>
      <source>uniform</source>
      <translation>tasainen</translation>
    </message>
    <message>
      <source>Change estimate range</source>
      <translation>Muuta arvioväliä</translation>
    </message>
    <message>
      <source>There are no service periods to simulate yet.</source>
      <translation>Simuloitavia palvelujaksoja ei vielä ole.</translation>
    </message>
    <message>
      <source>Simulating {draws} draws…</source>
      <translation>Simuloidaan {draws} arvontaa…</translation>
    </message>
    <message>
      <source>Simulation cancelled: the figures below are from the last finished run.</source>
      <translation>Simulointi peruttiin: alla olevat luvut ovat viimeisimmästä valmiista ajosta.</translation>
    </message>
    <message>
      <source>Simulation cancelled.</source>
      <translation>Simulointi peruttiin.</translation>
    </message>
    <message>
      <source>{draws} draws, seed {seed}</source>
      <translation>{draws} arvontaa, siemenluku {seed}</translation>
    </message>
    <message>
      <source>KPI score {low}–{high} %</source>
      <translation>mittaripistemäärä {low}–{high} %</translation>
    </message>
    <message>
      <source>Each draw is settled by the contract's rules. ({settings})</source>
      <translation>Jokainen arvonta tilitetään sopimuksen sääntöjen mukaan. ({settings})</translation>
    </message>
    <message>
      <source>Buyer's total cost over the contract: &lt;b&gt;{p50}&lt;/b&gt; at P50, &lt;b&gt;{p80}&lt;/b&gt; at P80 (target cost {target}).</source>
      <translation>Tilaajan kokonaiskustannus koko sopimuskaudella: &lt;b&gt;{p50}&lt;/b&gt; tasolla P50, &lt;b&gt;{p80}&lt;/b&gt; tasolla P80 (tavoitekustannus {target}).</translation>
    </message>
    <message>
      <source>Contingency on the target that would make it a P50: &lt;b&gt;{p50}&lt;/b&gt;; a P80: &lt;b&gt;{p80}&lt;/b&gt;.</source>
      <translation>Varaus, jolla tavoite olisi P50-taso: &lt;b&gt;{p50}&lt;/b&gt;; P80-taso: &lt;b&gt;{p80}&lt;/b&gt;.</translation>
    </message>
    <message>
      <source>Probability of a sanction in period {number}: &lt;b&gt;{overrun}&lt;/b&gt;; of savings beyond the gain cap: {cap}.</source>
      <translation>Sanktion todennäköisyys jaksolla {number}: &lt;b&gt;{overrun}&lt;/b&gt;; bonuskaton ylittävän säästön: {cap}.</translation>
    </message>
    <message>
      <source>Producer's result over the contract: {p10} at P10, {p50} at P50, {p90} at P90.</source>
      <translation>Palveluntuottajan tulos koko sopimuskaudella: {p10} tasolla P10, {p50} tasolla P50, {p90} tasolla P90.</translation>
    </message>
    <message>
      <source>Periods {numbers} are settled on their actual costs: the same in every draw.</source>
      <translation>Jaksot {numbers} on tilitetty toteutuneiden kustannusten mukaan: samat jokaisessa arvonnassa.</translation>
    </message>
    <message>
      <source>Buyer's cost, P50</source>
      <translation>Tilaajan kustannus, P50</translation>
    </message>
    <message>
      <source>Producer's result, P50</source>
      <translation>Tuottajan tulos, P50</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Jakso</translation>
    </message>
    <message>
      <source>Sanction</source>
      <translation>Sanktio</translation>
    </message>
    <message>
      <source>Gain cap</source>
      <translation>Bonuskatto</translation>
    </message>
    <message>
      <source>Period {number}</source>
      <translation>Jakso {number}</translation>
    </message>
    <message>
      <source>No estimate ranges or risk costs yet: every draw is the plan's own settlement. Give a period's reimbursable costs a range below, or a risk its cost in the risks view (the Costs button).</source>
      <translation>Arviovälejä tai riskien kustannuksia ei vielä ole: jokainen arvonta on suunnitelman oma tilitys. Anna jakson korvattaville kustannuksille arvioväli alla tai riskille kustannus riskinäkymässä (Kustannukset-painike).</translation>
    </message>
    <message>
      <source>Period {number} (actual)</source>
      <translation>Jakso {number} (toteuma)</translation>
    </message>
    <message>
      <source>Contract in total</source>
      <translation>Sopimus yhteensä</translation>
    </message>
    <message>
      <source>Contingency that would make the target a P80: {amount}</source>
      <translation>Varaus, jolla tavoite olisi P80-taso: {amount}</translation>
    </message>
    <message>
      <source>P80: 80 % of the draws are at or below the figure. Sanction and gain cap: the share of draws with a sanction (actual cost over the target) and with savings beyond the cap. A P80 figure's tooltip gives the contingency that would make the period's target a P80.</source>
      <translation>P80: 80 % arvonnoista on luvun suuruisia tai pienempiä. Sanktio ja bonuskatto: niiden arvontojen osuus, joissa tulee sanktio (toteutunut kustannus ylittää tavoitteen) ja joissa säästö ylittää katon. P80-luvun työkaluvihje kertoo varauksen, jolla jakson tavoite olisi P80-taso.</translation>
    </message>
    <message>
      <source>Buyer's total cost: share of draws at or below</source>
      <translation>Tilaajan kokonaiskustannus: arvontojen osuus, jotka ovat enintään</translation>
    </message>
    <message>
      <source>Target {amount}</source>
      <translation>Tavoite {amount}</translation>
    </message>
    <message>
      <source>P50 {amount}</source>
      <translation>P50 {amount}</translation>
    </message>
    <message>
      <source>P80 {amount}</source>
      <translation>P80 {amount}</translation>
    </message>
    <message>
      <source>Buyer (total cost)</source>
      <translation>Tilaaja (kokonaiskustannus)</translation>
    </message>
    <message>
      <source>Producer (result)</source>
      <translation>Tuottaja (tulos)</translation>
    </message>
    <message>
      <source>Staff (bonus)</source>
      <translation>Henkilöstö (bonus)</translation>
    </message>
    <message>
      <source>Cap on shared savings</source>
      <translation>Jaettavan säästön katto</translation>
    </message>
    <message>
      <source>Producer's cost bonus share</source>
      <translation>Palveluntuottajan kustannusbonusosuus</translation>
    </message>
    <message>
      <source>Staff's cost bonus share</source>
      <translation>Henkilöstön kustannusbonusosuus</translation>
    </message>
    <message>
      <source>Effectiveness pool share</source>
      <translation>Vaikuttavuuspoolin osuus</translation>
    </message>
    <message>
      <source>Producer's over-run share</source>
      <translation>Palveluntuottajan osuus ylityksestä</translation>
    </message>
    <message>
      <source>Cap on the producer's sanction</source>
      <translation>Palveluntuottajan sanktion katto</translation>
    </message>
    <message>
      <source>Each parameter moved by {step} percentage points down (light bar) and up (dark bar), the buyer's share taking the difference; the producer's sanction cap by {cap} %. The same draws each time.</source>
      <translation>Kutakin jakosääntöä on muutettu {step} prosenttiyksikköä alas (vaalea palkki) ja ylös (tumma palkki) niin, että tilaajan osuus joustaa; palveluntuottajan sanktion kattoa {cap} %. Arvonnat ovat joka kerta samat.</translation>
    </message>
  </context>
  <context>
    <name>Validation</name>
    <message>
      <source>is not a number</source>
      <translation>ei ole luku</translation>
    </message>
    <message>
      <source>must not be negative</source>
      <translation>ei saa olla negatiivinen</translation>
    </message>
    <message>
      <source>must be at least {low}</source>
      <translation>pitää olla vähintään {low}</translation>
    </message>
    <message>
      <source>is too large: at most 10 000 000 000 000 € (ten trillion euros)</source>
      <translation>on liian suuri: enintään 10 000 000 000 000 € (kymmenen biljoonaa euroa)</translation>
    </message>
    <message>
      <source>must be at most {high}</source>
      <translation>saa olla enintään {high}</translation>
    </message>
    <message>
      <source>is too large: at most {high}</source>
      <translation>on liian suuri: enintään {high}</translation>
    </message>
    <message>
      <source>has more than two decimals: amounts are in whole cents</source>
      <translation>sisältää yli kaksi desimaalia: summat ovat kokonaisina sentteinä</translation>
    </message>
    <message>
      <source>has more than {places} decimals</source>
      <translation>sisältää yli {places} desimaalia</translation>
    </message>
    <message>
      <source>is not text</source>
      <translation>ei ole tekstiä</translation>
    </message>
    <message>
      <source>is too long: {length} characters, at most {limit}</source>
      <translation>on liian pitkä: {length} merkkiä, enintään {limit}</translation>
    </message>
    <message>
      <source>contains a character that is not valid text (a lone surrogate)</source>
      <translation>sisältää merkin, joka ei ole kelvollista tekstiä (yksinäinen korvausmerkki)</translation>
    </message>
    <message>
      <source>is not a date</source>
      <translation>ei ole päivämäärä</translation>
    </message>
    <message>
      <source>must be between 1900-01-01 and 2200-12-31</source>
      <translation>pitää olla välillä 1.1.1900–31.12.2200</translation>
    </message>
    <message>
      <source>The project</source>
      <translation>Projekti</translation>
    </message>
    <message>
      <source>The sharing rules</source>
      <translation>Jakosäännöt</translation>
    </message>
    <message>
      <source>The scope matrix</source>
      <translation>Palvelukokonaisuudet alueittain</translation>
    </message>
    <message>
      <source>The presentation</source>
      <translation>Esitys</translation>
    </message>
    <message>
      <source>Step “{name}” of service chain “{chain}”</source>
      <translation>Palveluketjun ”{chain}” hoitovaihe ”{name}”</translation>
    </message>
    <message>
      <source>Step {name} of service chain “{chain}”</source>
      <translation>Palveluketjun ”{chain}” hoitovaihe {name}</translation>
    </message>
    <message>
      <source>Metric “{metric}”, calibration from period “{period}”</source>
      <translation>Mittari ”{metric}”, kalibrointi jaksosta ”{period}”</translation>
    </message>
    <message>
      <source>Scenario “{scenario}”, period “{period}”</source>
      <translation>Skenaario ”{scenario}”, jakso ”{period}”</translation>
    </message>
    <message>
      <source>Party “{name}”</source>
      <translation>Osapuoli ”{name}”</translation>
    </message>
    <message>
      <source>Party {name}</source>
      <translation>Osapuoli {name}</translation>
    </message>
    <message>
      <source>Area “{name}”</source>
      <translation>Alue ”{name}”</translation>
    </message>
    <message>
      <source>Area {name}</source>
      <translation>Alue {name}</translation>
    </message>
    <message>
      <source>Phase “{name}”</source>
      <translation>Vaihe ”{name}”</translation>
    </message>
    <message>
      <source>Phase {name}</source>
      <translation>Vaihe {name}</translation>
    </message>
    <message>
      <source>Milestone “{name}”</source>
      <translation>Virstanpylväs ”{name}”</translation>
    </message>
    <message>
      <source>Milestone {name}</source>
      <translation>Virstanpylväs {name}</translation>
    </message>
    <message>
      <source>Service chain “{name}”</source>
      <translation>Palveluketju ”{name}”</translation>
    </message>
    <message>
      <source>Service chain {name}</source>
      <translation>Palveluketju {name}</translation>
    </message>
    <message>
      <source>Service package “{name}”</source>
      <translation>Palvelukokonaisuus ”{name}”</translation>
    </message>
    <message>
      <source>Service package {name}</source>
      <translation>Palvelukokonaisuus {name}</translation>
    </message>
    <message>
      <source>Metric “{name}”</source>
      <translation>Mittari ”{name}”</translation>
    </message>
    <message>
      <source>Metric {name}</source>
      <translation>Mittari {name}</translation>
    </message>
    <message>
      <source>Service period “{name}”</source>
      <translation>Palvelujakso ”{name}”</translation>
    </message>
    <message>
      <source>Service period {name}</source>
      <translation>Palvelujakso {name}</translation>
    </message>
    <message>
      <source>Scenario “{name}”</source>
      <translation>Skenaario ”{name}”</translation>
    </message>
    <message>
      <source>Scenario {name}</source>
      <translation>Skenaario {name}</translation>
    </message>
    <message>
      <source>Risk “{name}”</source>
      <translation>Riski ”{name}”</translation>
    </message>
    <message>
      <source>Risk {name}</source>
      <translation>Riski {name}</translation>
    </message>
    <message>
      <source>Procurement task “{name}”</source>
      <translation>Hankinnan tehtävä ”{name}”</translation>
    </message>
    <message>
      <source>Procurement task {name}</source>
      <translation>Hankinnan tehtävä {name}</translation>
    </message>
    <message>
      <source>Document “{name}”</source>
      <translation>Asiakirja ”{name}”</translation>
    </message>
    <message>
      <source>Document {name}</source>
      <translation>Asiakirja {name}</translation>
    </message>
    <message>
      <source>Scope matrix cell “{name}”</source>
      <translation>Palvelukokonaisuuksien alueittaisen taulukon solu ”{name}”</translation>
    </message>
    <message>
      <source>Scope matrix cell {name}</source>
      <translation>Palvelukokonaisuuksien alueittaisen taulukon solu {name}</translation>
    </message>
    <message>
      <source>identifier</source>
      <translation>tunniste</translation>
    </message>
    <message>
      <source>name</source>
      <translation>nimi</translation>
    </message>
    <message>
      <source>title</source>
      <translation>otsikko</translation>
    </message>
    <message>
      <source>buyer</source>
      <translation>tilaaja</translation>
    </message>
    <message>
      <source>target group</source>
      <translation>kohderyhmä</translation>
    </message>
    <message>
      <source>description</source>
      <translation>kuvaus</translation>
    </message>
    <message>
      <source>goals</source>
      <translation>tavoitteet</translation>
    </message>
    <message>
      <source>version</source>
      <translation>versio</translation>
    </message>
    <message>
      <source>notes</source>
      <translation>muistiinpanot</translation>
    </message>
    <message>
      <source>role</source>
      <translation>rooli</translation>
    </message>
    <message>
      <source>status</source>
      <translation>tila</translation>
    </message>
    <message>
      <source>type</source>
      <translation>tyyppi</translation>
    </message>
    <message>
      <source>start date</source>
      <translation>alkupäivä</translation>
    </message>
    <message>
      <source>end date</source>
      <translation>loppupäivä</translation>
    </message>
    <message>
      <source>parent phase</source>
      <translation>yläpuolinen vaihe</translation>
    </message>
    <message>
      <source>owner</source>
      <translation>vastuutaho</translation>
    </message>
    <message>
      <source>staff decision</source>
      <translation>viranhaltijapäätös</translation>
    </message>
    <message>
      <source>date</source>
      <translation>päivämäärä</translation>
    </message>
    <message>
      <source>start time</source>
      <translation>alkamisaika</translation>
    </message>
    <message>
      <source>end time</source>
      <translation>päättymisaika</translation>
    </message>
    <message>
      <source>phase</source>
      <translation>vaihe</translation>
    </message>
    <message>
      <source>state</source>
      <translation>tila</translation>
    </message>
    <message>
      <source>ends the alliance</source>
      <translation>päättää allianssin</translation>
    </message>
    <message>
      <source>analysis</source>
      <translation>analyysi</translation>
    </message>
    <message>
      <source>steps</source>
      <translation>hoitovaiheet</translation>
    </message>
    <message>
      <source>provider</source>
      <translation>palveluntuottaja</translation>
    </message>
    <message>
      <source>provider kind</source>
      <translation>tuottajatyyppi</translation>
    </message>
    <message>
      <source>responsible unit</source>
      <translation>vastuuyksikkö</translation>
    </message>
    <message>
      <source>annual volume</source>
      <translation>vuosivolyymi</translation>
    </message>
    <message>
      <source>unit cost</source>
      <translation>yksikkökustannus</translation>
    </message>
    <message>
      <source>own unit cost</source>
      <translation>oma yksikkökustannus</translation>
    </message>
    <message>
      <source>scope</source>
      <translation>laajuus</translation>
    </message>
    <message>
      <source>risks</source>
      <translation>riskit</translation>
    </message>
    <message>
      <source>service packages</source>
      <translation>palvelukokonaisuudet</translation>
    </message>
    <message>
      <source>cells</source>
      <translation>solut</translation>
    </message>
    <message>
      <source>service package</source>
      <translation>palvelukokonaisuus</translation>
    </message>
    <message>
      <source>area</source>
      <translation>alue</translation>
    </message>
    <message>
      <source>unit</source>
      <translation>yksikkö</translation>
    </message>
    <message>
      <source>direction</source>
      <translation>suunta</translation>
    </message>
    <message>
      <source>data source</source>
      <translation>tietolähde</translation>
    </message>
    <message>
      <source>frequency</source>
      <translation>mittaustiheys</translation>
    </message>
    <message>
      <source>baseline</source>
      <translation>lähtötaso</translation>
    </message>
    <message>
      <source>calibrations</source>
      <translation>kalibroinnit</translation>
    </message>
    <message>
      <source>from period</source>
      <translation>alkaen jaksosta</translation>
    </message>
    <message>
      <source>weight</source>
      <translation>paino</translation>
    </message>
    <message>
      <source>threshold level</source>
      <translation>kynnystaso</translation>
    </message>
    <message>
      <source>target level</source>
      <translation>tavoitetaso</translation>
    </message>
    <message>
      <source>measurements</source>
      <translation>mittaustulokset</translation>
    </message>
    <message>
      <source>target cost</source>
      <translation>tavoitekustannus</translation>
    </message>
    <message>
      <source>actual cost</source>
      <translation>toteutunut kustannus</translation>
    </message>
    <message>
      <source>target fee</source>
      <translation>palkkion tavoite</translation>
    </message>
    <message>
      <source>target overhead</source>
      <translation>yleiskulujen tavoite</translation>
    </message>
    <message>
      <source>target production costs</source>
      <translation>tuotantokustannusten tavoite</translation>
    </message>
    <message>
      <source>actual fee</source>
      <translation>toteutunut palkkio</translation>
    </message>
    <message>
      <source>actual overhead</source>
      <translation>toteutuneet yleiskulut</translation>
    </message>
    <message>
      <source>actual production costs</source>
      <translation>toteutuneet tuotantokustannukset</translation>
    </message>
    <message>
      <source>cap on shared savings</source>
      <translation>jaettavan säästön katto</translation>
    </message>
    <message>
      <source>cost bonus shares</source>
      <translation>kustannusbonuksen osuudet</translation>
    </message>
    <message>
      <source>effectiveness bonus split</source>
      <translation>vaikuttavuusbonuksen jako</translation>
    </message>
    <message>
      <source>cost sanction shares</source>
      <translation>kustannussanktion osuudet</translation>
    </message>
    <message>
      <source>cap on the producer's cost sanction</source>
      <translation>palveluntuottajan kustannussanktion katto</translation>
    </message>
    <message>
      <source>service periods</source>
      <translation>palvelujaksot</translation>
    </message>
    <message>
      <source>service period</source>
      <translation>palvelujakso</translation>
    </message>
    <message>
      <source>KPI score</source>
      <translation>mittaripistemäärä</translation>
    </message>
    <message>
      <source>likelihood</source>
      <translation>todennäköisyys</translation>
    </message>
    <message>
      <source>impact</source>
      <translation>vaikutus</translation>
    </message>
    <message>
      <source>mitigation</source>
      <translation>hallintakeinot</translation>
    </message>
    <message>
      <source>stage</source>
      <translation>vaihe</translation>
    </message>
    <message>
      <source>done</source>
      <translation>tehty</translation>
    </message>
    <message>
      <source>due date</source>
      <translation>määräaika</translation>
    </message>
    <message>
      <source>project</source>
      <translation>projekti</translation>
    </message>
    <message>
      <source>parties</source>
      <translation>osapuolet</translation>
    </message>
    <message>
      <source>areas</source>
      <translation>alueet</translation>
    </message>
    <message>
      <source>phases</source>
      <translation>vaiheet</translation>
    </message>
    <message>
      <source>milestones</source>
      <translation>virstanpylväät</translation>
    </message>
    <message>
      <source>service chains</source>
      <translation>palveluketjut</translation>
    </message>
    <message>
      <source>metrics</source>
      <translation>mittarit</translation>
    </message>
    <message>
      <source>commercial model</source>
      <translation>kaupallinen malli</translation>
    </message>
    <message>
      <source>scenarios</source>
      <translation>skenaariot</translation>
    </message>
    <message>
      <source>procurement tasks</source>
      <translation>hankinnan tehtävät</translation>
    </message>
    <message>
      <source>documents</source>
      <translation>asiakirjat</translation>
    </message>
    <message>
      <source>slides</source>
      <translation>diat</translation>
    </message>
    <message>
      <source>low end of the estimate range (%)</source>
      <translation>arviovälin alaraja (%)</translation>
    </message>
    <message>
      <source>high end of the estimate range (%)</source>
      <translation>arviovälin yläraja (%)</translation>
    </message>
    <message>
      <source>shape of the estimate range</source>
      <translation>arviovälin jakauman muoto</translation>
    </message>
    <message>
      <source>minimum cost</source>
      <translation>vähimmäiskustannus</translation>
    </message>
    <message>
      <source>most likely cost</source>
      <translation>todennäköisin kustannus</translation>
    </message>
    <message>
      <source>maximum cost</source>
      <translation>enimmäiskustannus</translation>
    </message>
    <message>
      <source>probability (%)</source>
      <translation>todennäköisyys (%)</translation>
    </message>
    <message>
      <source>shares of the cost by service period</source>
      <translation>kustannuksen osuudet palvelujaksoittain</translation>
    </message>
    <message>
      <source>the buyer's share</source>
      <translation>tilaajan osuus</translation>
    </message>
    <message>
      <source>the producer's share</source>
      <translation>palveluntuottajan osuus</translation>
    </message>
    <message>
      <source>the staff's share</source>
      <translation>henkilöstön osuus</translation>
    </message>
    <message>
      <source>the effectiveness pool's share</source>
      <translation>vaikuttavuusbonuspoolin osuus</translation>
    </message>
    <message>
      <source>{thing}, {field}: {problem}.</source>
      <translation>{thing}, {field}: {problem}.</translation>
    </message>
    <message>
      <source>must not be empty</source>
      <translation>ei saa olla tyhjä</translation>
    </message>
    <message>
      <source>“{value}” is not one of the allowed values ({options})</source>
      <translation>”{value}” ei ole sallittu arvo (sallitut: {options})</translation>
    </message>
    <message>
      <source>must be true or false</source>
      <translation>pitää olla true tai false</translation>
    </message>
    <message>
      <source>“{value}” is not a time of day (HH:MM)</source>
      <translation>”{value}” ei ole kellonaika (TT:MM)</translation>
    </message>
    <message>
      <source>{thing} has the same identifier “{key}” as another one; each must have its own.</source>
      <translation>{thing}: tunniste ”{key}” on jo käytössä toisella; jokaisella pitää olla oma tunnisteensa.</translation>
    </message>
    <message>
      <source>The project needs a name.</source>
      <translation>Projektilla pitää olla nimi.</translation>
    </message>
    <message>
      <source>is not a list of texts</source>
      <translation>ei ole luettelo tekstejä</translation>
    </message>
    <message>
      <source>Phase “{name}” ends before it starts.</source>
      <translation>Vaiheen ”{name}” loppu on ennen alkua.</translation>
    </message>
    <message>
      <source>Milestone “{name}” is marked done, but only a milestone or a deadline can be.</source>
      <translation>Virstanpylväs ”{name}” on merkitty tehdyksi, mutta vain virstanpylvään tai määräajan voi merkitä tehdyksi.</translation>
    </message>
    <message>
      <source>Milestone “{name}” has a decision, but only a decision gate has one.</source>
      <translation>Virstanpylväällä ”{name}” on päätös, mutta päätös voi olla vain päätöspisteellä.</translation>
    </message>
    <message>
      <source>the heading “{heading}” is given twice</source>
      <translation>otsikko ”{heading}” on annettu kahdesti</translation>
    </message>
    <message>
      <source>The scope matrix: “{value}” is not one of the allowed values ({options}).</source>
      <translation>Palvelukokonaisuudet alueittain: ”{value}” ei ole sallittu arvo (sallitut: {options}).</translation>
    </message>
    <message>
      <source>is not a set of costs</source>
      <translation>ei ole kustannuserittely</translation>
    </message>
    <message>
      <source>Service period “{name}” must end after it starts.</source>
      <translation>Palvelujakson ”{name}” pitää päättyä myöhemmin kuin se alkaa.</translation>
    </message>
    <message>
      <source>Service period “{name}” starts before service period “{previous}” ends: periods follow one another without overlapping.</source>
      <translation>Palvelujakso ”{name}” alkaa ennen kuin palvelujakso ”{previous}” päättyy: jaksot seuraavat toisiaan eivätkä mene päällekkäin.</translation>
    </message>
    <message>
      <source>{thing}, {field}: “{name}” is not one of the parties that share ({expected}).</source>
      <translation>{thing}, {field}: ”{name}” ei ole jakoon osallistuva osapuoli (sallitut: {expected}).</translation>
    </message>
    <message>
      <source>{thing}, {field}: a party is given twice.</source>
      <translation>{thing}, {field}: sama osapuoli on annettu kahdesti.</translation>
    </message>
    <message>
      <source>“{value}” is not “fee”, none or an amount</source>
      <translation>”{value}” ei ole ”fee”, tyhjä eikä summa</translation>
    </message>
    <message>
      <source>Scenario “{name}” refers to a service period “{period}” that is not in the plan.</source>
      <translation>Skenaario ”{name}” viittaa palvelujaksoon ”{period}”, jota suunnitelmassa ei ole.</translation>
    </message>
    <message>
      <source>Scenario “{name}” gives service period “{period}” twice.</source>
      <translation>Skenaario ”{name}” antaa palvelujakson ”{period}” kahdesti.</translation>
    </message>
    <message>
      <source>expected a list</source>
      <translation>odotettiin luetteloa</translation>
    </message>
    <message>
      <source>is not a range</source>
      <translation>ei ole vaihteluväli</translation>
    </message>
    <message>
      <source>Service period “{name}”: the low end of the estimate range is above its high end.</source>
      <translation>Palvelujakson ”{name}” arviovälin alaraja on suurempi kuin sen yläraja.</translation>
    </message>
    <message>
      <source>Risk “{name}”: the minimum cost is greater than the maximum cost.</source>
      <translation>Riskin ”{name}” vähimmäiskustannus on suurempi kuin enimmäiskustannus.</translation>
    </message>
    <message>
      <source>Risk “{name}”: the most likely cost must be between the minimum and the maximum cost.</source>
      <translation>Riskin ”{name}” todennäköisimmän kustannuksen on oltava vähimmäis- ja enimmäiskustannuksen välillä.</translation>
    </message>
    <message>
      <source>Risk “{name}” gives service period “{period}” twice.</source>
      <translation>Riski ”{name}” antaa palvelujakson ”{period}” kahdesti.</translation>
    </message>
    <message>
      <source>Risk “{name}”: the shares of its cost by service period add up to {total} %; they must add up to 100 %.</source>
      <translation>Riskin ”{name}” kustannuksen osuudet palvelujaksoittain ovat yhteensä {total} %; niiden on oltava yhteensä 100 %.</translation>
    </message>
    <message>
      <source>at most {count} slides</source>
      <translation>enintään {count} diaa</translation>
    </message>
    <message>
      <source>“{value}” is not a slide ({options})</source>
      <translation>”{value}” ei ole dia ({options})</translation>
    </message>
    <message>
      <source>“{value}” is chosen twice</source>
      <translation>”{value}” on valittu kahdesti</translation>
    </message>
    <message>
      <source>Phase “{name}” belongs to a phase “{key}” that is not in the plan.</source>
      <translation>Vaihe ”{name}” kuuluu vaiheeseen ”{key}”, jota suunnitelmassa ei ole.</translation>
    </message>
    <message>
      <source>Milestone “{name}” is linked to a phase “{key}” that is not in the plan.</source>
      <translation>Virstanpylväs ”{name}” on liitetty vaiheeseen ”{key}”, jota suunnitelmassa ei ole.</translation>
    </message>
    <message>
      <source>Step “{step}” of service chain “{chain}”: its provider “{key}” is not one of the parties.</source>
      <translation>Palveluketjun ”{chain}” hoitovaihe ”{step}”: sen palveluntuottaja ”{key}” ei ole osapuolten joukossa.</translation>
    </message>
    <message>
      <source>The scope matrix has a cell for a service package “{package}” or an area “{area}” that is not in the plan.</source>
      <translation>Palvelukokonaisuudet alueittain -taulukossa on solu palvelukokonaisuudelle ”{package}” tai alueelle ”{area}”, jota suunnitelmassa ei ole.</translation>
    </message>
    <message>
      <source>The scope matrix gives the cell of service package “{package}” and area “{area}” twice.</source>
      <translation>Palvelukokonaisuudet alueittain -taulukossa palvelukokonaisuuden ”{package}” ja alueen ”{area}” solu on annettu kahdesti.</translation>
    </message>
    <message>
      <source>Metric “{name}” has a calibration from a service period “{period}” that is not in the plan.</source>
      <translation>Mittarilla ”{name}” on kalibrointi palvelujaksosta ”{period}”, jota suunnitelmassa ei ole.</translation>
    </message>
    <message>
      <source>Metric “{name}” has two calibrations from service period “{period}”.</source>
      <translation>Mittarilla ”{name}” on kaksi kalibrointia palvelujaksosta ”{period}” alkaen.</translation>
    </message>
    <message>
      <source>Metric “{name}”, calibration from period “{period}”: the threshold and the target levels must differ.</source>
      <translation>Mittari ”{name}”, kalibrointi jaksosta ”{period}”: kynnystason ja tavoitetason pitää olla eri suuret.</translation>
    </message>
    <message>
      <source>Metric “{name}” has a measurement for a service period “{period}” that is not in the plan.</source>
      <translation>Mittarilla ”{name}” on mittaustulos palvelujaksolle ”{period}”, jota suunnitelmassa ei ole.</translation>
    </message>
    <message>
      <source>Metric “{name}” has two measurements for service period “{period}”.</source>
      <translation>Mittarilla ”{name}” on kaksi mittaustulosta palvelujaksolle ”{period}”.</translation>
    </message>
    <message>
      <source>Metric “{name}” (from period “{period}”): lower is better, so the target level must be below the threshold level; lower the target, raise the threshold or choose “higher is better”.</source>
      <translation>Mittari ”{name}” (jaksosta ”{period}”): pienempi on parempi, joten tavoitetason pitää olla kynnystasoa pienempi; laske tavoitetasoa, nosta kynnystasoa tai valitse ”suurempi on parempi”.</translation>
    </message>
    <message>
      <source>Metric “{name}” (from period “{period}”): higher is better, so the target level must be above the threshold level; raise the target, lower the threshold or choose “lower is better”.</source>
      <translation>Mittari ”{name}” (jaksosta ”{period}”): suurempi on parempi, joten tavoitetason pitää olla kynnystasoa suurempi; nosta tavoitetasoa, laske kynnystasoa tai valitse ”pienempi on parempi”.</translation>
    </message>
  </context>
  <context>
    <name>WeightsBar</name>
    <message>
      <source>Weights of the period</source>
      <translation>Jakson painot</translation>
    </message>
    <message>
      <source>Weights add up to {total}</source>
      <translation>Painot yhteensä {total}</translation>
    </message>
    <message>
      <source>✓ Weights make 100 %</source>
      <translation>✓ Painot yhteensä 100 %</translation>
    </message>
    <message>
      <source>⚠ Must make 100 %</source>
      <translation>⚠ Oltava yhteensä 100 %</translation>
    </message>
  </context>
  <context>
    <name>WeightsOverview</name>
    <message>
      <source>Weights per service period</source>
      <translation>Painot palvelujaksoittain</translation>
    </message>
    <message>
      <source>Every period's weights make 100 %.</source>
      <translation>Jokaisen jakson painot ovat yhteensä 100 %.</translation>
    </message>
    <message>
      <source>⚠ No weights: the score is 0</source>
      <translation>⚠ Ei painoja: pisteet ovat 0</translation>
    </message>
    <message>
      <source>⚠ {amount} short of 100 %</source>
      <translation>⚠ {amount} puuttuu 100 %:sta</translation>
    </message>
    <message>
      <source>⚠ {amount} over 100 %</source>
      <translation>⚠ {amount} yli 100 %:n</translation>
    </message>
    <message>
      <source>No service periods yet.</source>
      <translation>Palvelujaksoja ei vielä ole.</translation>
    </message>
  </context>
  <context>
    <name>WelcomeScreen</name>
    <message>
      <source>Alliance Planner</source>
      <translation>Allianssisuunnittelija</translation>
    </message>
    <message>
      <source>Plan an alliance-model procurement of social and health services, from the strategy phase through the tendering to the years of service.</source>
      <translation>Suunnittele sosiaali- ja terveyspalvelujen allianssimallinen hankinta strategiavaiheesta kilpailutuksen kautta palveluvuosiin.</translation>
    </message>
    <message>
      <source>Phases and decision gates, service chains, metrics, risks and the commercial model, in one file that saves every change at once.</source>
      <translation>Vaiheet ja päätöspisteet, palveluketjut, mittaristo, riskit ja kaupallinen malli yhdessä tiedostossa, joka tallentaa jokaisen muutoksen heti.</translation>
    </message>
    <message>
      <source>Share it as a PDF report or an Excel workbook, or present it at a meeting. Start with a demo, a blank plan or the user guide below.</source>
      <translation>Jaa suunnitelma PDF-raporttina tai Excel-työkirjana tai esitä se kokouksessa. Aloita esimerkistä, tyhjästä suunnitelmasta tai alla olevasta käyttöoppaasta.</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Aloita</translation>
    </message>
    <message>
      <source>New: {template}</source>
      <translation>Uusi: {template}</translation>
    </message>
    <message>
      <source>Open a project file…</source>
      <translation>Avaa projektitiedosto…</translation>
    </message>
    <message>
      <source>User guide (F1)</source>
      <translation>Käyttöopas (F1)</translation>
    </message>
    <message>
      <source>Open a demo</source>
      <translation>Avaa esimerkki</translation>
    </message>
    <message>
      <source>A fresh copy of a demo project, built from real alliance plans. Illustrative figures are marked as such.</source>
      <translation>Uusi kopio esimerkkiprojektista, joka perustuu todellisiin allianssisuunnitelmiin. Havainnollistavat luvut on merkitty sellaisiksi.</translation>
    </message>
    <message>
      <source>Recent files</source>
      <translation>Viimeisimmät tiedostot</translation>
    </message>
    <message>
      <source>No recent files yet.</source>
      <translation>Ei vielä viimeisimpiä tiedostoja.</translation>
    </message>
  </context>
  <context>
    <name>WhatIfPanel</name>
    <message>
      <source>{value} %</source>
      <translation>{value} %</translation>
    </message>
    <message>
      <source>What-if for the meeting</source>
      <translation>Entä jos – kokousta varten</translation>
    </message>
    <message>
      <source>Try other actual costs and KPI scores: the results, the chart and the explanation follow at once. Nothing is saved to the file unless you save a scenario.</source>
      <translation>Kokeile muita toteutuneita kustannuksia ja mittaripistemääriä: tulokset, kaavio ja selitys päivittyvät heti. Tiedostoon ei tallennu mitään, ellet tallenna skenaariota.</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Jakso</translation>
    </message>
    <message>
      <source>What-if period</source>
      <translation>Entä jos -jakso</translation>
    </message>
    <message>
      <source>Move the sliders for one period, or for all periods at once.</source>
      <translation>Liikuta säätimiä yhden jakson tai kaikkien jaksojen osalta kerralla.</translation>
    </message>
    <message>
      <source>Actual cost vs target</source>
      <translation>Toteuma vs. tavoite</translation>
    </message>
    <message>
      <source>Actual cost compared with the target cost</source>
      <translation>Toteutunut kustannus verrattuna tavoitekustannukseen</translation>
    </message>
    <message>
      <source>Actual cost from 20 % under to 20 % over the target cost. Arrow keys move it by 0.5 %, Page Up / Page Down by 1 %.</source>
      <translation>Toteutunut kustannus 20 % tavoitekustannuksen alapuolelta 20 % sen yläpuolelle. Nuolinäppäimet siirtävät 0,5 % ja Page Up / Page Down 1 %.</translation>
    </message>
    <message>
      <source>File's figure</source>
      <translation>Tiedoston luku</translation>
    </message>
    <message>
      <source>Use the actual cost in the file again.</source>
      <translation>Käytä taas tiedoston toteutunutta kustannusta.</translation>
    </message>
    <message>
      <source>KPI score</source>
      <translation>Mittaripistemäärä</translation>
    </message>
    <message>
      <source>From the metrics</source>
      <translation>Mittareista</translation>
    </message>
    <message>
      <source>Use the KPI score computed from the metrics again.</source>
      <translation>Käytä taas mittareista laskettua mittaripistemäärää.</translation>
    </message>
    <message>
      <source>Back to the file's figures</source>
      <translation>Takaisin tiedoston lukuihin</translation>
    </message>
    <message>
      <source>Save as scenario…</source>
      <translation>Tallenna skenaariona…</translation>
    </message>
    <message>
      <source>Save these assumed actual costs and KPI scores in the file as a named scenario, to compare and show later.</source>
      <translation>Tallenna nämä oletetut toteutuneet kustannukset ja mittaripistemäärät tiedostoon nimettynä skenaariona myöhempää vertailua ja esittämistä varten.</translation>
    </message>
    <message>
      <source>Update scenario</source>
      <translation>Päivitä skenaario</translation>
    </message>
    <message>
      <source>All periods</source>
      <translation>Kaikki jaksot</translation>
    </message>
    <message>
      <source>Period {number}: {name}</source>
      <translation>Jakso {number}: {name}</translation>
    </message>
    <message>
      <source>The file is read-only: scenarios cannot be saved.</source>
      <translation>Tiedosto on vain luku -tilassa: skenaarioita ei voi tallentaa.</translation>
    </message>
    <message>
      <source>varies</source>
      <translation>vaihtelee</translation>
    </message>
    <message>
      <source>The KPI score is set by hand.</source>
      <translation>Mittaripistemäärä on annettu käsin.</translation>
    </message>
    <message>
      <source>The KPI score comes from the metrics.</source>
      <translation>Mittaripistemäärä lasketaan mittareista.</translation>
    </message>
    <message>
      <source>Update scenario “{name}”</source>
      <translation>Päivitä skenaario ”{name}”</translation>
    </message>
    <message>
      <source>Select a scenario in the comparison below first.</source>
      <translation>Valitse ensin skenaario alla olevasta vertailusta.</translation>
    </message>
    <message>
      <source>Show the scenario “{name}” in the what-if and move the sliders first: this button then saves the changes back into it.</source>
      <translation>Näytä skenaario ”{name}” ensin entä jos -paneelissa ja siirrä liukusäätimiä: tämä painike tallentaa sitten muutokset takaisin skenaarioon.</translation>
    </message>
    <message>
      <source>Save these assumed actual costs and KPI scores in the scenario “{name}”, in place of its own assumptions.</source>
      <translation>Tallenna nämä oletetut toteutuneet kustannukset ja mittaripistemäärät skenaarioon ”{name}” sen omien oletusten tilalle.</translation>
    </message>
  </context>
  <context>
    <name>Workbook</name>
    <message>
      <source>Overview</source>
      <translation>Yleiskuva</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>Aikajana</translation>
    </message>
    <message>
      <source>Scope matrix</source>
      <translation>Laajuusmatriisi</translation>
    </message>
    <message>
      <source>Metrics</source>
      <translation>Mittarit</translation>
    </message>
    <message>
      <source>Measurements</source>
      <translation>Mittaukset</translation>
    </message>
    <message>
      <source>Commercial model</source>
      <translation>Kaupallinen malli</translation>
    </message>
    <message>
      <source>Risks</source>
      <translation>Riskit</translation>
    </message>
    <message>
      <source>Procurement tasks</source>
      <translation>Hankintatehtävät</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation>Asiakirjat</translation>
    </message>
    <message>
      <source>Chain</source>
      <translation>Ketju</translation>
    </message>
    <message>
      <source>Actual</source>
      <translation>Toteuma</translation>
    </message>
    <message>
      <source>Forecast</source>
      <translation>Ennuste</translation>
    </message>
    <message>
      <source>Target fee</source>
      <translation>Tavoitepalkkio</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Summa</translation>
    </message>
    <message>
      <source>No limit</source>
      <translation>Ei rajaa</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Kyllä</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Ei</translation>
    </message>
    <message>
      <source>Gain_cap_percent</source>
      <translation>Saastokatto_prosentti</translation>
    </message>
    <message>
      <source>Gain_share_buyer</source>
      <translation>Saasto_osuus_tilaaja</translation>
    </message>
    <message>
      <source>Gain_share_producer</source>
      <translation>Saasto_osuus_tuottaja</translation>
    </message>
    <message>
      <source>Gain_share_staff</source>
      <translation>Saasto_osuus_henkilosto</translation>
    </message>
    <message>
      <source>Gain_share_pool</source>
      <translation>Saasto_osuus_pooli</translation>
    </message>
    <message>
      <source>Pool_to_producer</source>
      <translation>Pooli_tuottajalle</translation>
    </message>
    <message>
      <source>Pool_to_staff</source>
      <translation>Pooli_henkilostolle</translation>
    </message>
    <message>
      <source>Pain_share_buyer</source>
      <translation>Ylitys_osuus_tilaaja</translation>
    </message>
    <message>
      <source>Pain_share_producer</source>
      <translation>Ylitys_osuus_tuottaja</translation>
    </message>
    <message>
      <source>Pain_cap_kind</source>
      <translation>Sanktiokatto_tapa</translation>
    </message>
    <message>
      <source>Pain_cap_amount</source>
      <translation>Sanktiokatto_summa</translation>
    </message>
    <message>
      <source>Target_fee</source>
      <translation>Tavoite_palkkio</translation>
    </message>
    <message>
      <source>Target_overhead</source>
      <translation>Tavoite_yleiskulut</translation>
    </message>
    <message>
      <source>Target_production</source>
      <translation>Tavoite_tuotanto</translation>
    </message>
    <message>
      <source>Actual_fee</source>
      <translation>Toteuma_palkkio</translation>
    </message>
    <message>
      <source>Actual_overhead</source>
      <translation>Toteuma_yleiskulut</translation>
    </message>
    <message>
      <source>Actual_production</source>
      <translation>Toteuma_tuotanto</translation>
    </message>
    <message>
      <source>KPI_score</source>
      <translation>Mittaripisteet</translation>
    </message>
    <message>
      <source>Cap on shared savings, % of the target cost</source>
      <translation>Jaettavan säästön katto, % tavoitekustannuksesta</translation>
    </message>
    <message>
      <source>Cost bonus share: buyer, %</source>
      <translation>Kustannusbonuksen osuus: tilaaja, %</translation>
    </message>
    <message>
      <source>Cost bonus share: producer, %</source>
      <translation>Kustannusbonuksen osuus: palveluntuottaja, %</translation>
    </message>
    <message>
      <source>Cost bonus share: staff, %</source>
      <translation>Kustannusbonuksen osuus: henkilöstö, %</translation>
    </message>
    <message>
      <source>Cost bonus share: effectiveness pool, %</source>
      <translation>Kustannusbonuksen osuus: vaikuttavuuspooli, %</translation>
    </message>
    <message>
      <source>Effectiveness bonus paid: to the producer, %</source>
      <translation>Maksettu vaikuttavuusbonus: palveluntuottajalle, %</translation>
    </message>
    <message>
      <source>Effectiveness bonus paid: to the staff, %</source>
      <translation>Maksettu vaikuttavuusbonus: henkilöstölle, %</translation>
    </message>
    <message>
      <source>Over-run share: buyer, %</source>
      <translation>Ylityksen osuus: tilaaja, %</translation>
    </message>
    <message>
      <source>Over-run share: producer (sanction), %</source>
      <translation>Ylityksen osuus: palveluntuottaja (sanktio), %</translation>
    </message>
    <message>
      <source>Cap on the producer's sanction</source>
      <translation>Palveluntuottajan sanktion katto</translation>
    </message>
    <message>
      <source>Cap on the producer's sanction: amount, € (when “Amount”)</source>
      <translation>Palveluntuottajan sanktion katto: summa, € (kun ”Summa”)</translation>
    </message>
    <message>
      <source>One value per metric and period (yellow cells); an empty cell is not measured. The scores on the sheet Metrics and the settlement follow.</source>
      <translation>Yksi arvo mittaria ja jaksoa kohden (keltaiset solut); tyhjä solu tarkoittaa, ettei mittausta ole. Mittarit-taulukon pisteet ja tilitys seuraavat näistä.</translation>
    </message>
    <message>
      <source>Key</source>
      <translation>Tunnus</translation>
    </message>
    <message>
      <source>Metric</source>
      <translation>Mittari</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Yksikkö</translation>
    </message>
    <message>
      <source>A metric's score is (value − threshold) / (target − threshold), limited to 0…1; the period's KPI score is the weighted mean of the metrics that count.</source>
      <translation>Mittarin pisteet ovat (arvo − kynnys) / (tavoite − kynnys) rajattuna välille 0…1; jakson mittaripistemäärä on laskettavien mittarien painotettu keskiarvo.</translation>
    </message>
    <message>
      <source>Definitions</source>
      <translation>Määritelmät</translation>
    </message>
    <message>
      <source>Direction</source>
      <translation>Suunta</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Kuvaus</translation>
    </message>
    <message>
      <source>Data source</source>
      <translation>Tietolähde</translation>
    </message>
    <message>
      <source>Frequency</source>
      <translation>Mittaustiheys</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Vastuutaho</translation>
    </message>
    <message>
      <source>Baseline</source>
      <translation>Lähtötaso</translation>
    </message>
    <message>
      <source>Calibrations (from a period on)</source>
      <translation>Kalibroinnit (jaksosta alkaen)</translation>
    </message>
    <message>
      <source>From period</source>
      <translation>Jaksosta alkaen</translation>
    </message>
    <message>
      <source>Weight</source>
      <translation>Paino</translation>
    </message>
    <message>
      <source>Threshold</source>
      <translation>Kynnys</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Tavoite</translation>
    </message>
    <message>
      <source>Scores by period</source>
      <translation>Pisteet jaksoittain</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Jakso</translation>
    </message>
    <message>
      <source>Measurement</source>
      <translation>Mittaus</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>Pisteet</translation>
    </message>
    <message>
      <source>Weight × score</source>
      <translation>Paino × pisteet</translation>
    </message>
    <message>
      <source>KPI score of each period</source>
      <translation>Jaksojen mittaripistemäärät</translation>
    </message>
    <message>
      <source>Sum of weights</source>
      <translation>Painojen summa</translation>
    </message>
    <message>
      <source>Sum of weight × score</source>
      <translation>Paino × pisteet yhteensä</translation>
    </message>
    <message>
      <source>KPI score</source>
      <translation>Mittaripistemäärä</translation>
    </message>
    <message>
      <source>Yellow cells are inputs; every other figure is a formula. Amounts in euros; every rounding is to the nearest cent, half a cent up (away from zero).</source>
      <translation>Keltaiset solut ovat syötteitä; kaikki muut luvut lasketaan kaavoilla. Summat euroina; jokainen pyöristys tehdään lähimpään senttiin, puoli senttiä ylöspäin (poispäin nollasta).</translation>
    </message>
    <message>
      <source>Sharing rules</source>
      <translation>Jakosäännöt</translation>
    </message>
    <message>
      <source>Check: each group of shares adds up to 100 %</source>
      <translation>Tarkistus: kunkin osuusryhmän summa on 100 %</translation>
    </message>
    <message>
      <source>Inputs of each period</source>
      <translation>Jaksojen syötteet</translation>
    </message>
    <message>
      <source>Settlement of each period</source>
      <translation>Jaksojen tilitys</translation>
    </message>
    <message>
      <source>Figure</source>
      <translation>Luku</translation>
    </message>
    <message>
      <source>Total (actual)</source>
      <translation>Yhteensä (toteutuneet)</translation>
    </message>
    <message>
      <source>Total incl. forecasts</source>
      <translation>Yhteensä ennusteineen</translation>
    </message>
    <message>
      <source>How it is computed</source>
      <translation>Miten lasketaan</translation>
    </message>
    <message>
      <source>A forecast period is settled at its target cost (no deviation, no bonus, no sanction) until its actual overhead and reimbursable costs are both entered. “Total (actual)” adds up only the periods settled on their actual costs.</source>
      <translation>Ennustejakso tilitetään tavoitekustannuksensa mukaisena (ei poikkeamaa, bonusta eikä sanktiota), kunnes sen toteutuneet yleiskulut ja korvattavat kustannukset on molemmat syötetty. ”Yhteensä (toteutuneet)” laskee yhteen vain toteutuneiden kustannusten mukaan tilitetyt jaksot.</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>Hanke</translation>
    </message>
    <message>
      <source>Buyer</source>
      <translation>Tilaaja</translation>
    </message>
    <message>
      <source>Target group</source>
      <translation>Kohderyhmä</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Versio</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>Tavoitteet</translation>
    </message>
    <message>
      <source>Parties</source>
      <translation>Osapuolet</translation>
    </message>
    <message>
      <source>Party</source>
      <translation>Osapuoli</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rooli</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Huomiot</translation>
    </message>
    <message>
      <source>Areas</source>
      <translation>Alueet</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Alue</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Tila</translation>
    </message>
    <message>
      <source>Every phase and marker of the timeline; the bars on the right show the months each covers.</source>
      <translation>Aikajanan kaikki vaiheet ja merkinnät; oikealla olevat palkit näyttävät, mitä kuukausia kukin kattaa.</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Alku</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Tyyppi</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nimi</translation>
    </message>
    <message>
      <source>End</source>
      <translation>Loppu</translation>
    </message>
    <message>
      <source>Time of day</source>
      <translation>Kellonaika</translation>
    </message>
    <message>
      <source>Phase</source>
      <translation>Vaihe</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>Nro</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Vaihe</translation>
    </message>
    <message>
      <source>Producer</source>
      <translation>Tuottaja</translation>
    </message>
    <message>
      <source>Producer kind</source>
      <translation>Tuottajan tyyppi</translation>
    </message>
    <message>
      <source>Responsible unit</source>
      <translation>Vastuuyksikkö</translation>
    </message>
    <message>
      <source>In the alliance</source>
      <translation>Allianssissa</translation>
    </message>
    <message>
      <source>Annual volume</source>
      <translation>Vuosivolyymi</translation>
    </message>
    <message>
      <source>Unit cost</source>
      <translation>Yksikkökustannus</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>Kustannus</translation>
    </message>
    <message>
      <source>Own production: unit cost</source>
      <translation>Oma tuotanto: yksikkökustannus</translation>
    </message>
    <message>
      <source>Own production: cost</source>
      <translation>Oma tuotanto: kustannus</translation>
    </message>
    <message>
      <source>Difference to own production</source>
      <translation>Ero omaan tuotantoon</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Yhteensä</translation>
    </message>
    <message>
      <source>Cost by scope</source>
      <translation>Kustannus laajuuden mukaan</translation>
    </message>
    <message>
      <source>Analysis</source>
      <translation>Analyysi</translation>
    </message>
    <message>
      <source>Which service package is included, an option or excluded in which area.</source>
      <translation>Mikä palvelukokonaisuus kuuluu allianssiin, on optio tai on rajattu pois millä alueella.</translation>
    </message>
    <message>
      <source>Service package</source>
      <translation>Palvelukokonaisuus</translation>
    </message>
    <message>
      <source>Most severe first; severity = likelihood × impact (1–25).</source>
      <translation>Vakavimmat ensin; vakavuus = todennäköisyys × vaikutus (1–25).</translation>
    </message>
    <message>
      <source>Risk</source>
      <translation>Riski</translation>
    </message>
    <message>
      <source>Likelihood</source>
      <translation>Todennäköisyys</translation>
    </message>
    <message>
      <source>Impact</source>
      <translation>Vaikutus</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>Vakavuus</translation>
    </message>
    <message>
      <source>Mitigation</source>
      <translation>Hallintakeinot</translation>
    </message>
    <message>
      <source>Task</source>
      <translation>Tehtävä</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Vaihe</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Valmis</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Määräaika</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Asiakirja</translation>
    </message>
    <message>
      <source>Target: fee</source>
      <translation>Tavoite: palkkio</translation>
    </message>
    <message>
      <source>Target: overhead</source>
      <translation>Tavoite: yleiskulut</translation>
    </message>
    <message>
      <source>Target: reimbursable (production) costs</source>
      <translation>Tavoite: korvattavat (tuotanto)kustannukset</translation>
    </message>
    <message>
      <source>Actual: fee (empty = the target fee, by contract)</source>
      <translation>Toteuma: palkkio (tyhjä = tavoitepalkkio, sopimuksen mukaan)</translation>
    </message>
    <message>
      <source>Actual: overhead (empty = not entered)</source>
      <translation>Toteuma: yleiskulut (tyhjä = ei syötetty)</translation>
    </message>
    <message>
      <source>Actual: reimbursable costs (empty = not entered)</source>
      <translation>Toteuma: korvattavat kustannukset (tyhjä = ei syötetty)</translation>
    </message>
    <message>
      <source>KPI score (from the sheet Metrics)</source>
      <translation>Mittaripistemäärä (Mittarit-taulukosta)</translation>
    </message>
    <message>
      <source>Settled on</source>
      <translation>Tilitysperuste</translation>
    </message>
    <message>
      <source>Actual when the actual overhead and reimbursable costs are both entered; otherwise a forecast at the target cost</source>
      <translation>Toteuma, kun toteutuneet yleiskulut ja korvattavat kustannukset on molemmat syötetty; muuten ennuste tavoitekustannuksen mukaan</translation>
    </message>
    <message>
      <source>Target cost T</source>
      <translation>Tavoitekustannus T</translation>
    </message>
    <message>
      <source>Each target part rounded to cents, then added</source>
      <translation>Tavoitteen erät pyöristetään kukin sentteihin ja lasketaan yhteen</translation>
    </message>
    <message>
      <source>Actual fee used</source>
      <translation>Käytetty toteutunut palkkio</translation>
    </message>
    <message>
      <source>The actual fee; the target fee when not entered or for a forecast</source>
      <translation>Toteutunut palkkio; tavoitepalkkio, jos sitä ei ole syötetty tai jakso on ennuste</translation>
    </message>
    <message>
      <source>Actual overhead used</source>
      <translation>Käytetyt toteutuneet yleiskulut</translation>
    </message>
    <message>
      <source>The actual overhead; the target's for a forecast</source>
      <translation>Toteutuneet yleiskulut; ennusteessa tavoitteen yleiskulut</translation>
    </message>
    <message>
      <source>Actual reimbursable costs used</source>
      <translation>Käytetyt toteutuneet korvattavat kustannukset</translation>
    </message>
    <message>
      <source>The actual reimbursable costs; the target's for a forecast</source>
      <translation>Toteutuneet korvattavat kustannukset; ennusteessa tavoitteen</translation>
    </message>
    <message>
      <source>Actual cost A</source>
      <translation>Toteutunut kustannus A</translation>
    </message>
    <message>
      <source>Sum of the parts used</source>
      <translation>Käytettyjen erien summa</translation>
    </message>
    <message>
      <source>Deviation D = T − A</source>
      <translation>Poikkeama D = T − A</translation>
    </message>
    <message>
      <source>Positive: under-run (savings); negative: over-run. ROUND only removes binary floating-point noise</source>
      <translation>Positiivinen: alitus (säästö); negatiivinen: ylitys. PYÖRISTÄ poistaa vain liukulukulaskennan epätarkkuuden</translation>
    </message>
    <message>
      <source>Cap amount</source>
      <translation>Katon määrä</translation>
    </message>
    <message>
      <source>Cap % × T, rounded half up to cents</source>
      <translation>Katto-% × T, pyöristettynä sentteihin puoli ylöspäin</translation>
    </message>
    <message>
      <source>Shared savings</source>
      <translation>Jaettava säästö</translation>
    </message>
    <message>
      <source>Under-run: the smaller of D and the cap amount</source>
      <translation>Alituksessa: pienempi luvuista D ja katon määrä</translation>
    </message>
    <message>
      <source>Savings beyond the cap, to the buyer</source>
      <translation>Katon ylittävä säästö, tilaajalle</translation>
    </message>
    <message>
      <source>D − shared savings</source>
      <translation>D − jaettava säästö</translation>
    </message>
    <message>
      <source>Cost bonus: producer</source>
      <translation>Kustannusbonus: palveluntuottaja</translation>
    </message>
    <message>
      <source>Shared × share %, rounded half up to cents</source>
      <translation>Jaettava × osuus-%, pyöristettynä sentteihin puoli ylöspäin</translation>
    </message>
    <message>
      <source>Cost bonus: staff</source>
      <translation>Kustannusbonus: henkilöstö</translation>
    </message>
    <message>
      <source>Cost bonus: effectiveness pool</source>
      <translation>Kustannusbonus: vaikuttavuuspooli</translation>
    </message>
    <message>
      <source>Cost bonus: buyer (remainder)</source>
      <translation>Kustannusbonus: tilaaja (jäännös)</translation>
    </message>
    <message>
      <source>Shared − producer − staff − pool: the rounding's cents stay with the buyer</source>
      <translation>Jaettava − tuottaja − henkilöstö − pooli: pyöristyksen sentit jäävät tilaajalle</translation>
    </message>
    <message>
      <source>KPI score used</source>
      <translation>Käytetty mittaripistemäärä</translation>
    </message>
    <message>
      <source>The exact score from the sheet Metrics (not the rounded percentage)</source>
      <translation>Tarkka pistemäärä Mittarit-taulukosta (ei pyöristetty prosentti)</translation>
    </message>
    <message>
      <source>Effectiveness bonus paid</source>
      <translation>Maksettu vaikuttavuusbonus</translation>
    </message>
    <message>
      <source>Pool × KPI score, rounded half up to cents</source>
      <translation>Pooli × mittaripistemäärä, pyöristettynä sentteihin puoli ylöspäin</translation>
    </message>
    <message>
      <source>Effectiveness bonus: producer</source>
      <translation>Vaikuttavuusbonus: palveluntuottaja</translation>
    </message>
    <message>
      <source>Paid × producer's %, rounded half up to cents</source>
      <translation>Maksettu × tuottajan %, pyöristettynä sentteihin puoli ylöspäin</translation>
    </message>
    <message>
      <source>Effectiveness bonus: staff (remainder)</source>
      <translation>Vaikuttavuusbonus: henkilöstö (jäännös)</translation>
    </message>
    <message>
      <source>Paid − producer's part</source>
      <translation>Maksettu − tuottajan osuus</translation>
    </message>
    <message>
      <source>Effectiveness pool unpaid, to the buyer</source>
      <translation>Maksamatta jäävä pooli, tilaajalle</translation>
    </message>
    <message>
      <source>Pool − paid</source>
      <translation>Pooli − maksettu</translation>
    </message>
    <message>
      <source>Over-run</source>
      <translation>Ylitys</translation>
    </message>
    <message>
      <source>Over-run: −D</source>
      <translation>Ylityksessä: −D</translation>
    </message>
    <message>
      <source>Producer's share of the over-run</source>
      <translation>Palveluntuottajan osuus ylityksestä</translation>
    </message>
    <message>
      <source>Over-run × producer's %, rounded half up to cents, before its cap</source>
      <translation>Ylitys × tuottajan %, pyöristettynä sentteihin puoli ylöspäin, ennen kattoa</translation>
    </message>
    <message>
      <source>The period's target fee, the amount, or no limit</source>
      <translation>Jakson tavoitepalkkio, summa tai ei rajaa</translation>
    </message>
    <message>
      <source>Sanction: producer</source>
      <translation>Sanktio: palveluntuottaja</translation>
    </message>
    <message>
      <source>The producer's share, at most its cap</source>
      <translation>Tuottajan osuus, enintään sen katto</translation>
    </message>
    <message>
      <source>Sanction: buyer bears (remainder)</source>
      <translation>Sanktio: tilaaja kantaa (jäännös)</translation>
    </message>
    <message>
      <source>Over-run − producer's sanction</source>
      <translation>Ylitys − tuottajan sanktio</translation>
    </message>
    <message>
      <source>Producer payment</source>
      <translation>Maksu palveluntuottajalle</translation>
    </message>
    <message>
      <source>Fee + reimbursable costs + cost bonus + effectiveness bonus − sanction</source>
      <translation>Palkkio + korvattavat kustannukset + kustannusbonus + vaikuttavuusbonus − sanktio</translation>
    </message>
    <message>
      <source>Staff bonus</source>
      <translation>Henkilöstön bonus</translation>
    </message>
    <message>
      <source>Staff cost bonus + staff effectiveness bonus</source>
      <translation>Henkilöstön kustannusbonus + henkilöstön vaikuttavuusbonus</translation>
    </message>
    <message>
      <source>Buyer's total cost</source>
      <translation>Tilaajan kokonaiskustannus</translation>
    </message>
    <message>
      <source>Overhead + producer payment + staff bonus</source>
      <translation>Yleiskulut + maksu tuottajalle + henkilöstön bonus</translation>
    </message>
    <message>
      <source>project file (.alliance), JSON project or JSON text</source>
      <translation>projektitiedosto (.alliance), JSON-projekti tai JSON-teksti</translation>
    </message>
    <message>
      <source>the Excel workbook to write</source>
      <translation>kirjoitettava Excel-työkirja</translation>
    </message>
    <message>
      <source>Give the name of the Excel file to write.</source>
      <translation>Anna kirjoitettavan Excel-tiedoston nimi.</translation>
    </message>
    <message>
      <source>“{path}” is a folder; give a file name for the workbook.</source>
      <translation>”{path}” on kansio; anna työkirjalle tiedostonimi.</translation>
    </message>
    <message>
      <source>Wrote {path}.</source>
      <translation>Kirjoitettiin {path}.</translation>
    </message>
    <message>
      <source>Unexpected error while making the workbook: {error}</source>
      <translation>Odottamaton virhe työkirjaa tehtäessä: {error}</translation>
    </message>
    <message>
      <source>Nothing was imported from the workbook; the plan is unchanged. Problems found: {count}.</source>
      <translation>Työkirjasta ei tuotu mitään; suunnitelma on ennallaan. Ongelmia: {count}.</translation>
    </message>
    <message>
      <source>… and {count} more.</source>
      <translation>… ja {count} muuta.</translation>
    </message>
    <message>
      <source>{cell}: not a number</source>
      <translation>{cell}: ei luku</translation>
    </message>
    <message>
      <source>{cell}: a formula without a computed value; type the number</source>
      <translation>{cell}: kaava ilman laskettua arvoa; kirjoita luku</translation>
    </message>
    <message>
      <source>{cell}: not a number (“{text}”)</source>
      <translation>{cell}: ei luku (”{text}”)</translation>
    </message>
    <message>
      <source>{cell}: an amount cannot be negative</source>
      <translation>{cell}: summa ei voi olla negatiivinen</translation>
    </message>
    <message>
      <source>{cell}: too large</source>
      <translation>{cell}: liian suuri</translation>
    </message>
    <message>
      <source>{cell}: more than two decimals; amounts are in whole cents</source>
      <translation>{cell}: yli kaksi desimaalia; summat ovat kokonaisina sentteinä</translation>
    </message>
    <message>
      <source>{cell}: more than {places} decimals</source>
      <translation>{cell}: yli {places} desimaalia</translation>
    </message>
    <message>
      <source>{sheet}: the header row (Key, Metric, Unit, periods) is not found</source>
      <translation>{sheet}: otsikkoriviä (Tunnus, Mittari, Yksikkö, jaksot) ei löydy</translation>
    </message>
    <message>
      <source>{cell}: there is no service period “{period}” in the plan</source>
      <translation>{cell}: suunnitelmassa ei ole palvelujaksoa ”{period}”</translation>
    </message>
    <message>
      <source>{cell}: there is no metric “{metric}” in the plan</source>
      <translation>{cell}: suunnitelmassa ei ole mittaria ”{metric}”</translation>
    </message>
    <message>
      <source>{sheet}: the rows of the actual costs are not found</source>
      <translation>{sheet}: toteutuneiden kustannusten rivejä ei löydy</translation>
    </message>
    <message>
      <source>The file is not an Excel workbook (.xlsx).</source>
      <translation>Tiedosto ei ole Excel-työkirja (.xlsx).</translation>
    </message>
    <message>
      <source>The workbook is too large to read ({size} MB unpacked; at most {limit} MB).</source>
      <translation>Työkirja on liian suuri luettavaksi ({size} Mt purettuna; enintään {limit} Mt).</translation>
    </message>
    <message>
      <source>The workbook has neither the sheet “{measurements}” nor “{commercial}”: it is not in the exported layout.</source>
      <translation>Työkirjassa ei ole taulukkoa ”{measurements}” eikä ”{commercial}”: se ei ole viedyn työkirjan muodossa.</translation>
    </message>
    <message>
      <source>(empty)</source>
      <translation>(tyhjä)</translation>
    </message>
    <message>
      <source>Measurement of “{metric}”, {period}</source>
      <translation>Mittarin ”{metric}” mittaus, {period}</translation>
    </message>
    <message>
      <source>fee</source>
      <translation>palkkio</translation>
    </message>
    <message>
      <source>overhead</source>
      <translation>yleiskulut</translation>
    </message>
    <message>
      <source>reimbursable costs</source>
      <translation>korvattavat kustannukset</translation>
    </message>
    <message>
      <source>Actual {part}, {period}</source>
      <translation>Toteutuneet {part}, {period}</translation>
    </message>
  </context>
</TS>