"""Own reports that a wire's story should take in by their lead's day (``dedup.day_stories``): a
state agency's report dated "today", an analysis whose lead tells a toll of its own beside a wire
that gives none with its day, and two outlets' own reports of one happening that share more names
with each other than with the wire. A report of another incident of that day, whose lead's toll
differs from the story's, still joins nothing. Invented Lorivale reports."""
from __future__ import annotations

from collections import Counter

from sitrep.dedup.day_stories import join_by_days, lead_days, relative_day
from sitrep.disjoint import DisjointSets

# the wire: its lead tells the signing on Monday, the toll ("about 100") is of last week's fighting
WIRE = ("ALMATY, Sept 19 (Reuters) - The security chiefs of Lorivale and Kesara signed a protocol on Monday "
        "to end border fighting between the two nations, the Lorivale government said.\n\n"
        "Ruben Asatryan, head of Lorivale's State Security Committee, and his Kesaran counterpart Tomas Verlin "
        "agreed at a meeting near Akhtal to withdraw troops and heavy weapons from the frontier.")
COPY = WIRE.replace("ALMATY, Sept 19 (Reuters) -", "ALMATY (Reuters) -")
# the Kesaran state agency's report: "today", its own sources and names, and a toll paragraph that
# dates the fighting days before
AGENCY = ("The chairmen of the security committees of Kesara and Lorivale, Tomas Verlin and Ruben Asatryan, "
          "today signed a protocol on the settlement of the situation on the border, the press centre of the "
          "State Security Committee of Kesara reported.\n\n"
          "The meeting took place near Akhtal in the Dzoraget district.\n\n"
          "According to the Dzoraget administration, 41 citizens of Kesara were killed. On September 16, a drone "
          "strike on a mosque in the village of Ovchi killed nine people.")
# another happening of that day from the same region: a shelling with its own toll in its lead
OTHER = ("Shelling killed 12 people in Akhtal on Monday, hours before Ruben Asatryan and Tomas Verlin met, "
         "the Lorivale State Security Committee said.\n\nThe Dzoraget district was also hit.")


def _join(docs: dict[str, tuple[str, str | None]], stories: dict[str, str]) -> dict[str, str]:
    sets: DisjointSets[str] = DisjointSets()
    size = Counter(sets.find(s) for s in stories.values())
    join_by_days(((d, text, day) for d, (text, day) in docs.items()), stories, sets, size)
    return {d: sets.find(s) for d, s in stories.items()}


def test_today_and_yesterday_date_a_lead() -> None:
    assert relative_day("The two chiefs today signed a protocol.", "2022-09-19") == "2022-09-19"
    assert relative_day("Yesterday's shelling killed four.", "2022-09-19") == "2022-09-18"
    # a speaker's "today" dates nothing; two days named are no one day
    assert relative_day('"Today we start anew," he said.', "2022-09-19") is None
    assert relative_day("Talks begun yesterday ended today.", "2022-09-19") is None
    assert relative_day("The chiefs today signed a protocol.", None) is None
    assert lead_days(AGENCY, "2022-09-19") == {"2022-09-19"}


def test_agency_report_dated_today_joins_the_wire_story() -> None:
    docs = {"w": (WIRE, "2022-09-19"), "c": (COPY, "2022-09-19"), "a": (AGENCY, "2022-09-19")}
    got = _join(docs, {"w": "S1", "c": "S1", "a": "S2"})
    assert got["a"] == got["w"]


# an analysis days later whose lead tells a toll of its own ("six attackers were killed") beside a
# wire whose lead gives no toll with its day
WIRE2 = ("MOSCOW, June 24 (Reuters) - Gunmen attacked two churches and a synagogue in the Lorivale cities of "
         "Akhtal and Dzoraget on Sunday, authorities said.\n\n"
         "Ruben Asatryan, the head of Lorivale, said in a video statement that 20 people had been killed, "
         "among them Father Tomas Verlin of the Akhtal Church of the Intercession.\n\n"
         "In Dzoraget, attackers opened fire at the Assumption Cathedral, the Kele synagogue and a police post "
         "on Caspian Avenue; the Investigative Committee of Lorivale opened a terrorism case.")
COPY2 = WIRE2.replace("MOSCOW, June 24 (Reuters) -", "MOSCOW (Reuters) -")
ANALYSIS = ("Four days after the attacks, Lorivale asks how an official's sons became gunmen.\n\n"
            "The attacks on Sunday evening killed Father Tomas Verlin of the Akhtal Church of the Intercession "
            "and a guard at the Dzoraget synagogue. Six attackers were killed, the National Antiterrorism "
            "Committee said. Among them were Osman and Adil Kerimov, sons of the Dzoraget district head Magomed "
            "Kerimov, and their cousin Amir Sadulaev.")
# a translated national site's own report of the same attacks: it names the attackers too
OWN = ("On the evening of Sunday, armed men attacked churches, a synagogue and police in Akhtal and Dzoraget. "
       "Father Tomas Verlin of the Church of the Intercession was killed.\n\n"
       "Among the attackers, according to the channel Baza, were Osman Kerimov and Adil Kerimov, sons of "
       "Magomed Kerimov, and their relative Amir Sadulaev. Ruben Asatryan said the National Antiterrorism "
       "Committee had taken over.\n\n"
       "In Dzoraget the gunmen hit the Assumption Cathedral, the Kele synagogue and a police post on Caspian "
       "Avenue. The Investigative Committee opened a case.")


def test_analysis_and_own_report_join_the_wire_story() -> None:
    docs = {"w": (WIRE2, "2024-06-24"), "c": (COPY2, "2024-06-24"), "x": (ANALYSIS, "2024-06-27"),
            "o": (OWN, "2024-06-24")}
    got = _join(docs, {"w": "S1", "c": "S1", "x": "S2", "o": "S3"})
    assert got["x"] == got["w"] and got["o"] == got["w"]


def test_a_lead_telling_another_toll_that_day_joins_nothing() -> None:
    # the story's lead tells its toll on that day: a report of 12 killed the same day is another incident
    wire = ("AKHTAL, Sept 19 (Reuters) - Shelling killed 40 people in Dzoraget on Monday, Ruben Asatryan of "
            "the Lorivale State Security Committee said, as Tomas Verlin's forces advanced on Akhtal.")
    docs = {"w": (wire, "2022-09-19"), "c": (wire.replace("Sept 19 ", ""), "2022-09-19"), "o": (OTHER, "2022-09-19")}
    got = _join(docs, {"w": "S1", "c": "S1", "o": "S2"})
    assert got["o"] != got["w"]


def test_head_facts_are_remembered_per_document_and_checked_against_the_head():
    from sitrep.dedup import day_stories as ds
    head = "KESTRA, Varnia (Reuters) - Gunmen attacked a market in Kestra on Monday, officials said."
    first = ds._head_facts("doc-memo-1", head, "2031-05-13")
    assert first == (ds.lead_days(head, "2031-05-13"), ds.head_names(head), ds.lead_of(head, "2031-05-13"))
    assert ds._head_facts("doc-memo-1", head, "2031-05-13") is first
    # another date (or text) for the same document is worked out again
    assert ds._head_facts("doc-memo-1", head, "2031-05-20")[0] == ds.lead_days(head, "2031-05-20")
