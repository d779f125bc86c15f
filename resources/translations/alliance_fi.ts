<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fi_FI">
  <context>
    <name>App</name>
    <message>
      <source>Alliance Planner</source>
      <translation>Allianssisuunnittelija</translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <source>Invalid command line: {problem}</source>
      <translation>Virheellinen komentorivi: {problem}</translation>
    </message>
    <message>
      <source>Alliance Planner: plan an alliance-model procurement.</source>
      <translation>Allianssisuunnittelija: allianssimallisen hankinnan suunnittelu.</translation>
    </message>
    <message>
      <source>Commands: new, check, export-json, import-json, settle (alliance-desktop COMMAND --help).</source>
      <translation>Komennot: new, check, export-json, import-json, settle (alliance-desktop KOMENTO --help).</translation>
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
      <source>interface language</source>
      <translation>käyttöliittymän kieli</translation>
    </message>
    <message>
      <source>language of messages and output</source>
      <translation>viestien ja tulosteen kieli</translation>
    </message>
    <message>
      <source>create a project file from a template</source>
      <translation>luo projektitiedosto pohjasta</translation>
    </message>
    <message>
      <source>verify a project file</source>
      <translation>tarkista projektitiedosto</translation>
    </message>
    <message>
      <source>write a project file as JSON</source>
      <translation>kirjoita projektitiedosto JSON-muodossa</translation>
    </message>
    <message>
      <source>make a project file from JSON</source>
      <translation>tee projektitiedosto JSON-tiedostosta</translation>
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
      <source>Interrupted.</source>
      <translation>Keskeytetty.</translation>
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
      <source>{path}: no such file.</source>
      <translation>{path}: tiedostoa ei ole.</translation>
    </message>
    <message>
      <source>{path} is a folder, not a file.</source>
      <translation>{path} on kansio, ei tiedosto.</translation>
    </message>
    <message>
      <source>{path}: the file is not UTF-8 text.</source>
      <translation>{path}: tiedosto ei ole UTF-8-tekstiä.</translation>
    </message>
    <message>
      <source>{path} could not be read: {problem}</source>
      <translation>Tiedostoa {path} ei voitu lukea: {problem}</translation>
    </message>
    <message>
      <source>{path} could not be written: {problem}</source>
      <translation>Tiedostoa {path} ei voitu kirjoittaa: {problem}</translation>
    </message>
  </context>
  <context>
    <name>CommercialEdits</name>
    <message>
      <source>There is no service period “{period}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter an amount in euros.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A cost cannot be negative.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A service period needs a name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Service period {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A service period cannot end before it starts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a day after the period starts and no later than its last day.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} (continued)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set the start of the service phase on the timeline first, or add a service period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Each period must last at least one year.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Service period {number} ({years} years)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter an amount, or clear all actual costs of the period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The cap on shared savings cannot be negative.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The cap on the producer's cost sanction cannot be negative.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A share cannot be negative.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The cost bonus shares add up to {total} %; they must add up to 100 %.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The effectiveness bonus split adds up to {total} %; it must add up to 100 %.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The cost sanction shares add up to {total} %; they must add up to 100 %.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no scenario “{scenario}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A scenario gives period “{period}” twice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A KPI score must be between 0 and 1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A scenario needs a name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is already a scenario “{scenario}”.</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Target cost: the cost agreed for the service period. It is the producer's fee + the buyer's overhead + the reimbursable production costs.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fee: what the producer earns for its work on top of its costs (its margin). The producer's cost sanction is often capped at its fee.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Overhead: the buyer's own costs of running the alliance (management, premises, support).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reimbursable costs: the production costs of the services that the buyer pays to the producer at cost, from open books.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Actual cost: what the period really cost (fee + overhead + reimbursable costs). Until it is known the period is shown at its target cost.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Actual fee: leave empty when the fee paid is the one in the target.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Under-run: the actual cost stayed below the target cost. The savings are shared as a cost bonus.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Over-run: the actual cost went above the target cost. The extra cost is shared as a cost sanction.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Target cost minus actual cost: positive is an under-run (savings), negative an over-run.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cost bonus: the savings up to the cap (a percentage of the target cost), shared between the buyer, the producer, the alliance staff and the effectiveness bonus pool. Savings beyond the cap go wholly to the buyer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cap on shared savings: only savings up to this percentage of the target cost are shared as a cost bonus; anything beyond it goes to the buyer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cost sanction: an over-run is shared between the buyer and the producer. The producer's part can be capped, for example at its fee.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The most the producer pays of an over-run in one period: its fee, a fixed amount, or no limit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Effectiveness bonus: paid from its pool only when the target cost is under-run. The KPI score (0–1) decides how much of the pool is paid; what is not earned stays with the buyer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How the effectiveness bonus that is paid is divided between the producer and the alliance staff.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>KPI score: how well the period met the targets of the metrics board, from 0 to 1. It comes from the metrics unless a scenario or the what-if panel sets it by hand.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Everything the buyer pays the producer: fee + reimbursable costs + its cost bonus and effectiveness bonus − its cost sanction.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Staff bonus: the alliance staff's share of the cost bonus and of the effectiveness bonus.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Everything the period costs the buyer: its overhead + the producer payment + the staff bonus.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Savings beyond the cap on shared savings: they go wholly to the buyer.</source>
      <translation type="unfinished" />
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
    <name>Edits</name>
    <message>
      <source>The party provides {count} chain steps (e.g. {example}); choose another provider for them first.</source>
      <translation>Osapuoli tuottaa {count} palveluketjun vaihetta (esim. {example}); valitse niille ensin toinen tuottaja.</translation>
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
    <name>Interchange</name>
    <message>
      <source>Field “{field}”: {problem}</source>
      <translation>Kenttä ”{field}”: {problem}</translation>
    </message>
    <message>
      <source>Field “{field}”: expected an object</source>
      <translation>Kenttä ”{field}”: odotettiin objektia</translation>
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
      <source>must be one of {options}, not “{value}”</source>
      <translation>pitää olla jokin arvoista {options}, ei ”{value}”</translation>
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
      <source>expected a number</source>
      <translation>odotettiin lukua</translation>
    </message>
    <message>
      <source>must not be negative</source>
      <translation>ei saa olla negatiivinen</translation>
    </message>
    <message>
      <source>a KPI score is between 0 and 1, not {value}</source>
      <translation>mittariston tulos on väliltä 0–1, ei {value}</translation>
    </message>
    <message>
      <source>The file is not an alliance project: expected a JSON object.</source>
      <translation>Tiedosto ei ole allianssiprojekti: odotettiin JSON-objektia.</translation>
    </message>
    <message>
      <source>Field “format”: expected “{expected}”; this is not an alliance project file.</source>
      <translation>Kenttä ”format”: odotettiin arvoa ”{expected}”; tämä ei ole allianssiprojektin tiedosto.</translation>
    </message>
    <message>
      <source>Field “version”: expected a whole number.</source>
      <translation>Kenttä ”version”: odotettiin kokonaislukua.</translation>
    </message>
    <message>
      <source>Field “version”: the file was made by a newer version of Alliance Planner (format {version}); this version reads format {supported}.</source>
      <translation>Kenttä ”version”: tiedosto on tehty Allianssisuunnittelijan uudemmalla versiolla (muoto {version}); tämä versio lukee muotoa {supported}.</translation>
    </message>
    <message>
      <source>expected a list of texts</source>
      <translation>odotettiin tekstien luetteloa</translation>
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
      <source>&amp;View</source>
      <translation>&amp;Näytä</translation>
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
      <source>&amp;About Alliance Planner</source>
      <translation>&amp;Tietoja Allianssisuunnittelijasta</translation>
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
      <translation>Ei mukana</translation>
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
      <source>Edit goal</source>
      <translation>Muokkaa tavoitetta</translation>
    </message>
    <message>
      <source>Goal</source>
      <translation>Tavoite</translation>
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
    <name>Settlement</name>
    <message>
      <source>The KPI score must be a number from 0 to 1, not “{value}”.</source>
      <translation>Mittariston tuloksen on oltava luku väliltä 0–1, ei “{value}”.</translation>
    </message>
    <message>
      <source>Period “{period}” has no actual costs yet; it is shown at its target cost.</source>
      <translation>Jaksolle ”{period}” ei ole vielä toteutuneita kustannuksia; se näytetään tavoitekustannuksen mukaisena.</translation>
    </message>
    <message>
      <source>There is no scenario “{scenario}”.</source>
      <translation>Skenaariota “{scenario}” ei ole.</translation>
    </message>
    <message>
      <source>“{path}” is a folder, not a project file.</source>
      <translation>“{path}” on kansio eikä projektitiedosto.</translation>
    </message>
    <message>
      <source>The file “{path}” does not exist.</source>
      <translation>Tiedostoa “{path}” ei ole olemassa.</translation>
    </message>
    <message>
      <source>No permission to read “{path}”.</source>
      <translation>Ei lukuoikeutta tiedostoon “{path}”.</translation>
    </message>
    <message>
      <source>Cannot read “{path}”: {reason}</source>
      <translation>Tiedostoa “{path}” ei voi lukea: {reason}</translation>
    </message>
    <message>
      <source>This version cannot read project files (.alliance).</source>
      <translation>Tämä versio ei pysty lukemaan projektitiedostoja (.alliance).</translation>
    </message>
    <message>
      <source>“{path}” is neither a project file (.alliance) nor a JSON project in UTF-8.</source>
      <translation>“{path}” ei ole projektitiedosto (.alliance) eikä UTF-8-muotoinen JSON-projekti.</translation>
    </message>
    <message>
      <source>The file is not a valid alliance project.</source>
      <translation>Tiedosto ei ole kelvollinen allianssiprojekti.</translation>
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
      <source>Period</source>
      <translation>Jakso</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Yhteensä</translation>
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
      <source>an unreadable value in “{table}.{column}”</source>
      <translation>lukukelvoton arvo kohdassa ”{table}.{column}”</translation>
    </message>
    <message>
      <source>the copy could not be verified</source>
      <translation>kopiota ei voitu tarkistaa</translation>
    </message>
    <message>
      <source>a backup could not be made before updating the file</source>
      <translation>varmuuskopiota ei voitu tehdä ennen tiedoston päivittämistä</translation>
    </message>
    <message>
      <source>Field “commercial.producer_pain_cap”: expected “fee”, none or an amount.</source>
      <translation>Kenttä ”commercial.producer_pain_cap”: odotettiin arvoa ”fee”, tyhjää tai summaa.</translation>
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
    <name>Validation</name>
    <message>
      <source>Field “{field}”: the key “{key}” is used twice.</source>
      <translation>Kenttä ”{field}”: avainta ”{key}” käytetään kahdesti.</translation>
    </message>
    <message>
      <source>Field “{field}”: unknown share “{name}” (expected {expected}).</source>
      <translation>Kenttä ”{field}”: tuntematon osuus ”{name}” (odotettiin: {expected}).</translation>
    </message>
    <message>
      <source>Field “{field}.{name}”: a share must not be negative.</source>
      <translation>Kenttä ”{field}.{name}”: osuus ei saa olla negatiivinen.</translation>
    </message>
    <message>
      <source>Field “{field}”: the shares add up to {total} %, they must add up to 100 %.</source>
      <translation>Kenttä ”{field}”: osuudet ovat yhteensä {total} %, niiden pitää olla yhteensä 100 %.</translation>
    </message>
    <message>
      <source>Field “commercial.gain_cap_percent”: the cap must not be negative.</source>
      <translation>Kenttä ”commercial.gain_cap_percent”: katto ei saa olla negatiivinen.</translation>
    </message>
    <message>
      <source>Field “commercial.producer_pain_cap”: the cap must not be negative.</source>
      <translation>Kenttä ”commercial.producer_pain_cap”: katto ei saa olla negatiivinen.</translation>
    </message>
    <message>
      <source>Field “{field}.end”: the end date is before the start date.</source>
      <translation>Kenttä ”{field}.end”: päättymispäivä on ennen alkamispäivää.</translation>
    </message>
    <message>
      <source>Field “{field}”: a cost must not be negative.</source>
      <translation>Kenttä ”{field}”: kustannus ei saa olla negatiivinen.</translation>
    </message>
    <message>
      <source>Field “project.name”: the project needs a name.</source>
      <translation>Kenttä ”project.name”: projektilla pitää olla nimi.</translation>
    </message>
    <message>
      <source>Field “{field}”: the end date is before the start date.</source>
      <translation>Kenttä ”{field}”: päättymispäivä on ennen alkamispäivää.</translation>
    </message>
    <message>
      <source>Field “{field}”: no phase has the key “{key}”.</source>
      <translation>Kenttä ”{field}”: millään vaiheella ei ole avainta ”{key}”.</translation>
    </message>
    <message>
      <source>Field “{field}”: only a decision gate has a state.</source>
      <translation>Kenttä ”{field}”: tila on vain päätöspisteellä.</translation>
    </message>
    <message>
      <source>Field “{field}”: no party has the key “{key}”.</source>
      <translation>Kenttä ”{field}”: millään osapuolella ei ole avainta ”{key}”.</translation>
    </message>
    <message>
      <source>Field “{field}”: the package or area does not exist.</source>
      <translation>Kenttä ”{field}”: palvelukokonaisuutta tai aluetta ei ole.</translation>
    </message>
    <message>
      <source>Field “{field}”: the cell is given twice.</source>
      <translation>Kenttä ”{field}”: solu on annettu kahdesti.</translation>
    </message>
    <message>
      <source>Field “{field}”: no service period has the key “{key}”.</source>
      <translation>Kenttä ”{field}”: millään palvelujaksolla ei ole avainta ”{key}”.</translation>
    </message>
    <message>
      <source>Field “{field}”: a weight must not be negative.</source>
      <translation>Kenttä ”{field}”: paino ei saa olla negatiivinen.</translation>
    </message>
    <message>
      <source>Field “{field}”: the threshold and the target must differ.</source>
      <translation>Kenttä ”{field}”: kynnystason ja tavoitetason pitää erota toisistaan.</translation>
    </message>
  </context>
  <context>
    <name>WelcomeScreen</name>
    <message>
      <source>Alliance Planner</source>
      <translation>Allianssisuunnittelija</translation>
    </message>
    <message>
      <source>Plan an alliance-model procurement of social and health services: phases and decision gates, service chains, metrics and the commercial model, in one file.</source>
      <translation>Suunnittele sosiaali- ja terveyspalvelujen allianssimallinen hankinta: vaiheet ja päätöspisteet, palveluketjut, mittaristo ja kaupallinen malli yhdessä tiedostossa.</translation>
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
</TS>