"""The glossary: alliance and procurement terms the app uses, each named and defined in Finnish and English.

Help > Glossary lists them (with a search), and the tooltips that name a term show its definition
(`tooltip(key)`: "Term: definition" in the interface's language), so the two never drift apart. The
glossary is bilingual by nature (an official looks a Finnish term up in English and the other way
round), so both languages are kept here side by side rather than in the translation catalogue.
"""

from __future__ import annotations

from .. import i18n
from .records import record
from .search import fold


@record
class Term:
    """A glossary term: its key (tooltips use it), its name and a short definition in both languages."""

    key: str
    fi: str
    en: str
    definition_fi: str
    definition_en: str

    def name(self, lang: str) -> str:
        return self.fi if lang == "fi" else self.en

    def definition(self, lang: str) -> str:
        return self.definition_fi if lang == "fi" else self.definition_en


TERMS: tuple[Term, ...] = (
    # -- the alliance and its parties
    Term("alliance", "allianssi (allianssimalli)", "alliance (alliance model)",
         "Tilaajan ja yhden tai useamman palveluntuottajan kumppanuussopimus, jossa sitoudutaan yhteisiin "
         "tavoitteisiin: avoimet kirjat, yhteiset päätökset, yhteinen hyöty ja riski sekä yhteinen kehittäminen. "
         "Ei ulkoistus.",
         "A partnership contract between the buyer and one or more producers who commit to shared goals: open "
         "books, shared decisions, shared gains and losses, and joint development. Not outsourcing."),
    Term("wellbeing_county", "hyvinvointialue", "wellbeing services county",
         "Sosiaali- ja terveyspalveluista vastaava alue (esimerkiksi Keusote tai HyvaKS); allianssin tilaaja.",
         "The region responsible for social and health services (for example Keusote or HyvaKS); the buyer of "
         "the alliance."),
    Term("buyer", "tilaaja", "buyer",
         "Palvelut hankkiva hyvinvointialue. Maksaa palveluntuottajalle ja kantaa oman osuutensa säästöstä ja "
         "ylityksestä.",
         "The wellbeing services county that procures the services. It pays the producer and takes its own share "
         "of savings and over-runs."),
    Term("producer", "palveluntuottaja", "producer",
         "Yritys tai yritysryhmittymä, joka tuottaa palvelut allianssissa ja saa palkkion työstään.",
         "The company or consortium that produces the services in the alliance and earns a fee for its work."),
    Term("subcontractor", "alihankkija", "subcontractor",
         "Yritys, joka tuottaa osan palvelusta palveluntuottajan lukuun.",
         "A company that produces part of a service on the producer's behalf."),
    Term("support_service", "tukipalvelu", "support service",
         "Palvelua tukeva palvelu, kuten ateria-, siivous-, kuljetus- tai kiinteistöpalvelu.",
         "A service that supports care, such as meals, cleaning, transport or handyman services."),
    Term("alliance_staff", "allianssin henkilöstö", "alliance staff",
         "Allianssin yhteinen johto- ja kehittämishenkilöstö; voi saada osan kustannusbonuksesta ja "
         "vaikuttavuusbonuksesta.",
         "The alliance's joint management and development staff; it may receive part of the cost bonus and of the "
         "effectiveness bonus."),
    Term("open_books", "avoimet kirjat", "open books",
         "Palveluntuottaja näyttää todelliset kustannuksensa tilaajalle; korvattavat kustannukset maksetaan "
         "niiden perusteella.",
         "The producer shows its real costs to the buyer; the reimbursable costs are paid on their basis."),
    Term("effectiveness", "vaikuttavuus", "effectiveness",
         "Se, mitä palvelu saa aikaan asiakkaalle (terveys, toimintakyky, tyytyväisyys), eikä vain tuotetut "
         "suoritteet.",
         "What a service achieves for the client (health, functional ability, satisfaction), not just the output "
         "produced."),
    # -- the phases and the procurement
    Term("strategy_phase", "strategiavaihe", "strategy phase",
         "Ensimmäinen valmisteluvaihe: tarpeet, tavoitteet, hankinnan laajuus ja päätös kilpailuttaa.",
         "The first preparation phase: needs, goals, the scope of the procurement and the decision to tender."),
    Term("tendering_phase", "kilpailutus- ja muodostamisvaihe", "tendering and formation phase",
         "Kumppanin valinta: osallistumispyyntö, neuvottelut, tarjouspyyntö, vertailu ja hankintapäätös.",
         "Choosing the partner: participation request, negotiations, tender request, comparison and procurement "
         "decision."),
    Term("development_phase", "kehitysvaihe", "development phase",
         "Tilaaja ja valittu kumppani kehittävät palvelumallin ja tavoitekustannuksen yhdessä. Sen jälkeen tilaaja "
         "päättää palveluvaiheen aloittamisesta tai vetäytymisestä.",
         "The buyer and the chosen partner develop the service model and the target cost together. After it the "
         "buyer decides to start the service phase or to withdraw."),
    Term("service_phase", "palveluvaihe", "service phase",
         "Palvelujen tuottaminen allianssissa (usein noin 10 vuotta), jaettuna palvelujaksoihin.",
         "Producing the services in the alliance (often about 10 years), split into service periods."),
    Term("decision_gate", "päätöspiste", "decision gate",
         "Poliittinen päätös aikajanalla, esimerkiksi kilpailutuksen aloittaminen, kumppanin valinta tai "
         "palveluvaiheen aloittaminen. Tila: odottaa, jatketaan tai vetäydytään.",
         "A political decision on the timeline, such as starting the tendering, choosing the partner or starting "
         "the service phase. State: pending, go or withdraw."),
    Term("milestone", "virstanpylväs", "milestone",
         "Aikajanan tärkeä hetki; määräajalla ja tapahtumalla voi olla myös kellonaika.",
         "An important moment on the timeline; a deadline or an event can also have a time of day."),
    Term("market_dialogue", "markkinavuoropuhelu", "market dialogue",
         "Tilaajan ja yritysten keskustelu ennen kilpailutusta: tilaaja kertoo suunnitelmistaan ja kuulee "
         "markkinoiden näkemykset.",
         "Talks between the buyer and companies before the tendering: the buyer presents its plans and hears the "
         "market's views."),
    Term("participation_request", "osallistumispyyntö", "participation request",
         "Hankinnan ensimmäinen ilmoitus, jolla yritykset kutsutaan hakemaan mukaan kilpailutukseen.",
         "The first notice of the procurement, inviting companies to apply to take part in the tendering."),
    Term("tender_request", "tarjouspyyntö", "tender request",
         "Asiakirja, jolla valitut ehdokkaat pyydetään jättämään tarjous; kertoo kohteen, ehdot ja "
         "vertailuperusteet.",
         "The document that asks the chosen candidates to tender; it sets out the object, the terms and the award "
         "criteria."),
    Term("procurement_decision", "hankintapäätös", "procurement decision",
         "Tilaajan päätös siitä, kenen kanssa sopimus tehdään; siitä voi valittaa.",
         "The buyer's decision on whom the contract is made with; it can be appealed."),
    Term("standstill", "odotusaika", "standstill period",
         "Hankintapäätöksen tiedoksiannon jälkeinen aika (yleensä 14 päivää), jonka kuluessa sopimusta ei saa "
         "tehdä; tarjoajat voivat hakea muutosta.",
         "The time after the procurement decision is notified (usually 14 days) during which the contract must "
         "not be signed; tenderers may appeal."),
    Term("negotiated_procedure", "neuvottelumenettely", "negotiated procedure",
         "Hankintamenettely, jossa tilaaja neuvottelee valittujen ehdokkaiden kanssa ennen lopullisia tarjouksia; "
         "allianssin kumppani valitaan usein näin.",
         "A procurement procedure in which the buyer negotiates with the chosen candidates before the final "
         "tenders; an alliance partner is often chosen this way."),
    Term("alliance_board", "allianssin johtoryhmä", "alliance board",
         "Tilaajan ja palveluntuottajan yhteinen johtoryhmä, joka tekee allianssin päätökset yksimielisesti.",
         "The joint board of the buyer and the producer that makes the alliance's decisions unanimously."),
    Term("cooperation_agreement", "yhteistoimintasopimus", "cooperation agreement",
         "Allianssin osapuolten sopimus yhteisestä toiminnasta, päätöksenteosta ja kaupallisesta mallista.",
         "The agreement of the alliance's parties on how they work and decide together, and on the commercial "
         "model."),
    Term("non_disclosure", "salassapitosopimus", "non-disclosure agreement",
         "Sopimus, jolla osapuolet sitoutuvat pitämään luottamukselliset tiedot (esimerkiksi avoimien kirjojen "
         "luvut) salassa.",
         "An agreement by which the parties undertake to keep confidential information (such as the open books' "
         "figures) secret."),
    Term("staff_transfer", "henkilöstön siirrot", "staff transfers",
         "Päätökset siitä, siirtyykö tilaajan henkilöstöä palveluntuottajalle (liikkeenluovutus) ja milloin.",
         "Decisions on whether and when the buyer's staff transfer to the producer (transfer of undertaking)."),
    # -- chains and metrics
    Term("service_chain", "palveluketju", "service chain",
         "Asiakkaan hoitopolku järjestettyinä vaiheina (esimerkiksi lähete, leikkaus, kuntoutus); kullakin "
         "vaiheella tuottaja, määrä ja kustannus.",
         "A client's care pathway as ordered steps (for example referral, surgery, rehabilitation); each step has "
         "a provider, a volume and a cost."),
    Term("service_package", "palvelukokonaisuus", "service package",
         "Joukko palveluja, jotka hankitaan yhdessä (esimerkiksi kotihoito ja etähoiva); palvelukokonaisuuksien "
         "taulukon rivi.",
         "A set of services procured together (for example home care and remote care); a row of the scope "
         "matrix."),
    Term("scope_matrix", "palvelukokonaisuudet alueittain", "scope matrix",
         "Taulukko, joka näyttää, mitkä palvelukokonaisuudet kuuluvat allianssiin (tai ovat optioita) millä "
         "alueella.",
         "A table that shows which service packages are included in the alliance (or are options) in which "
         "area."),
    Term("metric", "mittari", "metric",
         "Tavoitteen mittari (KPI), esimerkiksi odotusaika tai asiakastyytyväisyys: yksikkö, suunta, kynnystaso, "
         "tavoitetaso ja paino.",
         "A measure of a goal (KPI), such as a waiting time or customer satisfaction: unit, direction, threshold, "
         "target and weight."),
    Term("threshold", "kynnystaso", "threshold",
         "Mittarin taso, jonka alapuolella (tai yläpuolella, jos pienempi on parempi) jakso ei saa pisteitä.",
         "The level of a metric short of which a period scores nothing for it."),
    Term("target_level", "tavoitetaso", "target level",
         "Mittarin taso, jolla jakso saa siitä täydet pisteet.",
         "The level of a metric at which a period scores it in full."),
    Term("weight", "paino", "weight",
         "Mittarin osuus mittaripistemäärästä; jakson painot ovat yhteensä 100 %.",
         "A metric's share of the KPI score; a period's weights add up to 100 %."),
    Term("calibration", "kalibrointi", "calibration",
         "Mittarin painon, kynnystason ja tavoitetason muutos tietystä palvelujaksosta alkaen; aiemmat säilyvät.",
         "A change of a metric's weight, threshold and target from a given service period on; the earlier ones "
         "are kept."),
    Term("kpi_score", "mittaripistemäärä", "KPI score",
         "Kuinka hyvin jakso saavutti mittariston tavoitteet, asteikolla 0–1. Se lasketaan mittareista, ellei "
         "skenaario tai entä jos -paneeli anna sitä käsin.",
         "How well the period met the targets of the metrics board, from 0 to 1. It comes from the metrics unless "
         "a scenario or the what-if panel sets it by hand."),
    Term("metrics_board", "mittaristo", "metrics board",
         "Allianssin tavoitteiden mittarit yhdessä; sen antama mittaripistemäärä ratkaisee vaikuttavuusbonuksen.",
         "The alliance's metrics together; the KPI score it gives decides the effectiveness bonus."),
    # -- the commercial model
    Term("commercial_model", "kaupallinen malli", "commercial model",
         "Allianssin rahaliikenteen säännöt: tavoitekustannus palvelujaksoittain sekä säästön ja ylityksen jako "
         "bonuksina ja sanktioina.",
         "The alliance's money rules: a target cost per service period and how savings and over-runs are shared "
         "as bonuses and sanctions."),
    Term("service_period", "palvelujakso", "service period",
         "Palveluvaiheen jakso (esimerkiksi 2 + 2 + 3 + 3 vuotta), jolle sovitaan tavoitekustannus ja jonka "
         "lopussa tilitetään.",
         "A period of the service phase (for example 2 + 2 + 3 + 3 years) with an agreed target cost, settled at "
         "its end."),
    Term("target_cost", "tavoitekustannus", "target cost",
         "Palvelujaksolle sovittu kustannus. Se on palveluntuottajan palkkio + tilaajan yleiskulut + korvattavat "
         "tuotantokustannukset.",
         "The cost agreed for the service period. It is the producer's fee + the buyer's overhead + the "
         "reimbursable production costs."),
    Term("fee", "palkkio", "fee",
         "Mitä palveluntuottaja ansaitsee työstään kustannustensa lisäksi (sen kate). Palveluntuottajan "
         "kustannussanktio rajataan usein sen palkkioon.",
         "What the producer earns for its work on top of its costs (its margin). The producer's cost sanction is "
         "often capped at its fee."),
    Term("overhead", "yleiskulut", "overhead",
         "Tilaajan omat kustannukset allianssin pyörittämisestä (johtaminen, tilat, tukipalvelut).",
         "The buyer's own costs of running the alliance (management, premises, support)."),
    Term("production", "korvattavat kustannukset", "reimbursable costs",
         "Palvelujen tuotantokustannukset, jotka tilaaja maksaa palveluntuottajalle omakustannushintaan "
         "avoimien kirjojen perusteella.",
         "The production costs of the services that the buyer pays to the producer at cost, from open books."),
    Term("actual_cost", "toteutunut kustannus", "actual cost",
         "Mitä jakso todella maksoi (palkkio + yleiskulut + korvattavat kustannukset). Kunnes se tiedetään, "
         "jakso näytetään tavoitekustannuksen suuruisena.",
         "What the period really cost (fee + overhead + reimbursable costs). Until it is known the period is "
         "shown at its target cost."),
    Term("underrun", "alitus", "under-run",
         "Toteutunut kustannus jäi alle tavoitekustannuksen. Säästö jaetaan kustannusbonuksena.",
         "The actual cost stayed below the target cost. The savings are shared as a cost bonus."),
    Term("overrun", "ylitys", "over-run",
         "Toteutunut kustannus nousi yli tavoitekustannuksen. Lisäkustannus jaetaan kustannussanktiona.",
         "The actual cost went above the target cost. The extra cost is shared as a cost sanction."),
    Term("cost_bonus", "kustannusbonus", "cost bonus",
         "Säästö kattoon asti (prosentti tavoitekustannuksesta) jaetaan tilaajan, palveluntuottajan, allianssin "
         "henkilöstön ja vaikuttavuusbonuspoolin kesken. Katon ylittävä säästö jää kokonaan tilaajalle.",
         "The savings up to the cap (a percentage of the target cost), shared between the buyer, the producer, "
         "the alliance staff and the effectiveness bonus pool. Savings beyond the cap go wholly to the buyer."),
    Term("gain_cap", "jaettavan säästön katto", "cap on shared savings",
         "Vain tähän prosenttiin tavoitekustannuksesta asti ulottuva säästö jaetaan kustannusbonuksena; sen "
         "ylittävä osa jää tilaajalle.",
         "Only savings up to this percentage of the target cost are shared as a cost bonus; anything beyond it "
         "goes to the buyer."),
    Term("effectiveness_pool", "vaikuttavuusbonuspooli", "effectiveness bonus pool",
         "Kustannusbonuksen osa, josta vaikuttavuusbonus maksetaan mittaripistemäärän mukaan.",
         "The part of the cost bonus from which the effectiveness bonus is paid, by the KPI score."),
    Term("effectiveness_bonus", "vaikuttavuusbonus", "effectiveness bonus",
         "Maksetaan poolista vain, kun tavoitekustannus alittuu. Mittaripistemäärä (0–1) ratkaisee, kuinka suuri "
         "osa poolista maksetaan; ansaitsematon osa jää tilaajalle.",
         "Paid from its pool only when the target cost is under-run. The KPI score (0–1) decides how much of the "
         "pool is paid; what is not earned stays with the buyer."),
    Term("cost_sanction", "kustannussanktio", "cost sanction",
         "Ylitys jaetaan tilaajan ja palveluntuottajan kesken. Palveluntuottajan osuudelle voidaan asettaa katto, "
         "esimerkiksi sen palkkio.",
         "An over-run is shared between the buyer and the producer. The producer's part can be capped, for "
         "example at its fee."),
    Term("producer_payment", "maksu palveluntuottajalle", "producer payment",
         "Kaikki, mitä tilaaja maksaa palveluntuottajalle: palkkio + korvattavat kustannukset + sen "
         "kustannusbonus ja vaikuttavuusbonus − sen kustannussanktio.",
         "Everything the buyer pays the producer: fee + reimbursable costs + its cost bonus and effectiveness "
         "bonus − its cost sanction."),
    Term("staff_bonus", "henkilöstön bonus", "staff bonus",
         "Allianssin henkilöstön osuus kustannusbonuksesta ja vaikuttavuusbonuksesta.",
         "The alliance staff's share of the cost bonus and of the effectiveness bonus."),
    Term("buyer_total_cost", "tilaajan kokonaiskustannus", "buyer's total cost",
         "Kaikki, mitä jakso maksaa tilaajalle: sen yleiskulut + maksu palveluntuottajalle + henkilöstön bonus.",
         "Everything the period costs the buyer: its overhead + the producer payment + the staff bonus."),
    Term("scenario", "skenaario", "scenario",
         "Tallennettu entä jos -laskelma: oletetut toteutuneet kustannukset tai mittaripistemäärät jaksoittain, "
         "verrattavaksi suunnitelmaan.",
         "A saved what-if: assumed actual costs or KPI scores per period, to compare with the plan."),
)

_BY_KEY = {t.key: t for t in TERMS}
# the glossary term of a timeline item's kind (its tooltip in the timeline's type list)
KIND_TERMS = {"strategy": "strategy_phase", "tendering": "tendering_phase", "development": "development_phase",
              "service": "service_phase", "gate": "decision_gate", "milestone": "milestone"}


def term(key: str) -> Term:
    """The term with this key (KeyError when there is none)."""
    return _BY_KEY[key]


def has(key: str) -> bool:
    return key in _BY_KEY


def definition(key: str, lang: str | None = None) -> str:
    """The term's definition in `lang` (the interface's language when None)."""
    return _BY_KEY[key].definition(lang or i18n.language())


def tooltip(key: str, lang: str | None = None) -> str:
    """"Term: definition" for a tooltip that names the term, in `lang` (the interface's language when None)."""
    t = _BY_KEY[key]
    lang = lang or i18n.language()
    name, text = t.name(lang), t.definition(lang)
    if text[1:2].islower():  # "Tavoitekustannus: palvelujaksolle sovittu …", not an acronym
        text = text[:1].lower() + text[1:]
    return f"{name[:1].upper()}{name[1:]}: {text}"


def lookup(query: str, lang: str | None = None) -> list[Term]:
    """The terms whose name in either language, or definition in `lang`, holds every word of `query`
    (Finnish-aware, as the plan search); names before definitions, each in the glossary's order.
    An empty query gives every term."""
    terms = fold(query).split()
    if not terms:
        return list(TERMS)
    lang = lang or i18n.language()
    by_name, by_text = [], []
    for t in TERMS:
        names = fold(t.fi + " " + t.en)
        if all(w in names for w in terms):
            by_name.append(t)
        elif all(w in names or w in fold(t.definition(lang)) for w in terms):
            by_text.append(t)
    return by_name + by_text


def sorted_terms(lang: str) -> list[Term]:
    """The terms in the alphabetical order of their names in `lang` (Finnish: å, ä, ö after z)."""
    order = "abcdefghijklmnopqrstuvwxyzåäö"

    def key(t: Term):
        return [order.index(c) if c in order else ord(c) + 100 for c in t.name(lang).casefold()]

    return sorted(TERMS, key=key)
