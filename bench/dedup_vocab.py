"""The synthetic duplicate corpus's vocabulary: invented names, sentence families with equivalent
phrasings, synonym slots (used by ``dedup_corpus``). Everything is invented: names and places are
built from syllables, so that a million events never run out of distinct actors."""
from __future__ import annotations

import re

SYL = ("kar sto vel ma ra dun rek ash pol mi ro dan tes ka la or vin bal sen ku lir nau zhel tre bin dol se nik "
       "ha zan tor em bu qar fel id os ur gha mer sul tam ve bre lo").split()
GIVEN = ("Jane John Amira Yusuf Olena Dmitri Sara Tomas Leila Karim Maria Pavel Nadia Omar Ines Viktor Lidia "
         "Aleksa Hassan Fatima Ibrahim Mariam Ahmed Zainab Tariq Noor Elena Goran Ana Marko Aung Thida Kyaw Mya "
         "Samuel Grace Musa Aisha Kofi Abena Ruslan Tamar Giorgi Nino Arman Lusine Salim Huda").split()
PLACE_END = ("", "", "", "abad", "ovo", "grad", "pur", "iye", "ka", "an", "ville", "sk")
GROUP_FORMS = ("the {N} Liberation Front", "the {N} Brigades", "the Army of {N}", "the {N} Defence Forces",
               "the {N} Resistance Movement", "the {N} People's Militia", "the {N} Revolutionary Council")
GOV_FORMS = ("government forces", "the {C} army", "the {C} military", "security forces", "the national guard")
ORGS = ("the defence ministry", "the interior ministry", "the health ministry", "the general staff",
        "the emergency service", "the governor's office", "the police", "the border guard")
AGENCIES = ("the UN refugee agency", "the Red Crescent", "the World Food Programme", "UNICEF", "the Red Cross",
            "the {N} Relief Council", "Doctors Without Borders")
THINGS = ("ceasefire truce corridor evacuation convoy checkpoint curfew blackout offensive withdrawal prisoner-swap "
          "sanctions reconstruction pipeline reservoir airspace blockade mediation inquiry amnesty harvest "
          "demining election census referendum").split()
WEAPONS = ("a drone", "a guided bomb", "artillery fire", "a ballistic missile", "rocket fire", "a cruise missile",
           "a car bomb", "mortar fire")
TARGETS = ("power station", "grain depot", "railway bridge", "school", "hospital", "fuel depot", "dam", "airfield",
           "market", "port", "water plant", "mosque", "church", "bus station", "police station", "army base")
ROLES = ("spokesperson", "spokesman", "spokeswoman")
SYN = {k: tuple(v.split("|")) for k, v in {
    "killed": "were killed|died|lost their lives|were confirmed dead", "wounded": "wounded|injured|hurt",
    "attack": "attack|strike|assault|raid", "fighters": "fighters|militants|gunmen|combatants",
    "said": "said|told reporters|said in a statement|confirmed|stated", "residents": "residents|locals|inhabitants",
    "fled": "fled|left|escaped", "damaged": "destroyed|damaged|badly damaged|razed", "fired": "launched|fired|sent",
    "downed": "shot down|intercepted|downed|destroyed", "began": "began|started|erupted", "near": "near|close to|"
    "outside|on the outskirts of", "about": "about|around|nearly|some", "officials": "officials|authorities",
    "condemned": "condemned|denounced|criticised|deplored", "talks": "talks|negotiations|discussions",
    "aid": "aid|relief supplies|humanitarian assistance|food and medicine", "heavy": "heavy|intense|fierce|fresh",
    "fighting": "fighting|clashes|combat|hostilities", "warned": "warned|cautioned", "demanded": "demanded|"
    "called for|urged", "hospital": "hospital|clinic|medical centre", "troops": "troops|soldiers|units",
    "claimed": "claimed|took responsibility for|said it carried out", "denied": "denied|rejected|dismissed",
    "seized": "seized|captured|taken|overrun", "closed": "closed|shut|sealed off",
    "blamed": "blamed|faulted", "tonnes": "tonnes|metric tons", "week": "week|seven days",
}.items()}

# Event-level slots: UPPER names, fixed per event. P_, N_ and D_ ones (places, numbers, dates) are
# what a hard negative changes; the others (actors, people, weapon, target) it keeps. Per-sentence
# slots: lower names, drawn when a sentence is first built (s_ ones are wording: a rewrite redraws them).
EVENT = [
    "{WEAPON} hit a {TARGET} in {P_PLACE} on {D_WEEKDAY}, killing {N_KILLED} people and wounding {N_WOUNDED}|"
    "{N_KILLED} people {s_killed} and {N_WOUNDED} were {s_wounded} when {WEAPON} hit a {TARGET} in {P_PLACE} on {D_WEEKDAY}|"
    "on {D_WEEKDAY}, {N_KILLED} people {s_killed} in {P_PLACE} after {WEAPON} struck a {TARGET}, with {N_WOUNDED} more {s_wounded}",
    "{ATT} {s_claimed} the {s_attack} on {P_PLACE}, saying it had targeted {N_TROOPS} {s_troops} there|"
    "in a statement, {ATT} said its {s_fighters} had targeted {N_TROOPS} {s_troops} in {P_PLACE}, and {s_claimed} the {s_attack}",
    "{N_CHILD} of the dead were children, according to staff at the {s_hospital} in {P_PLACE2}|"
    "staff at the {s_hospital} in {P_PLACE2} said {N_CHILD} children were among the dead",
    "{N_DRONES} drones were {s_fired} at {P_PLACE} overnight, and {N_SHOT} of them were {s_downed}|"
    "air defences {s_downed} {N_SHOT} of the {N_DRONES} drones {s_fired} at {P_PLACE} overnight",
    "at least {N_HOUSES} houses in {P_VILLAGE} were {s_damaged} and the water supply was cut|"
    "the {s_attack} {s_damaged} at least {N_HOUSES} homes in {P_VILLAGE} and cut the water supply",
    "{s_residents} said the first explosion was heard at about {D_TIME}, followed by {N_BLASTS} more blasts|"
    "the first blast came at around {D_TIME}, {s_residents} said, and was followed by {N_BLASTS} more",
    "{s_fighting} between {DEF} and {ATT} {s_began} {s_near} {P_PLACE2} on {D_DATE} and lasted {N_HOURS} hours|"
    "for {N_HOURS} hours from {D_DATE}, {DEF} and {ATT} exchanged fire {s_near} {P_PLACE2}",
    "{DEF} said they had {s_seized} {N_POSTS} positions {s_near} {P_VILLAGE} and detained {N_DETAINED} {s_fighters}|"
    "{N_DETAINED} {s_fighters} were detained and {N_POSTS} positions {s_near} {P_VILLAGE} were {s_seized} by {DEF}",
    "{SPK}, a {SPK_ROLE} for {SPK_ORG}, said the toll in {P_PLACE} could rise above {N_TOLL}|"
    "the toll in {P_PLACE} could rise above {N_TOLL}, {SPK_ORG} {SPK_ROLE} {SPK} warned",
    "{GOV}, the governor of {REGION}, declared {N_MOURN} days of mourning in {P_PLACE}|"
    "{N_MOURN} days of mourning were declared in {P_PLACE} by {REGION} governor {GOV}",
    "about {N_DISP} people have {s_fled} {P_PLACE} and nearby villages since {D_DATE}, {AGENCY} said|"
    "{AGENCY} said some {N_DISP} people had {s_fled} {P_PLACE} and the villages around it since {D_DATE}",
    "{AGENCY} sent {N_TRUCKS} trucks carrying {N_TONNES} {s_tonnes} of {s_aid} toward {P_PLACE} on {D_WEEKDAY}|"
    "on {D_WEEKDAY}, {N_TRUCKS} trucks with {N_TONNES} {s_tonnes} of {s_aid} from {AGENCY} set off for {P_PLACE}",
    "the road from {P_PLACE} to {CAPITAL} was {s_closed} for {N_CLOSED} hours after the {s_attack}|"
    "after the {s_attack}, the road linking {P_PLACE} and {CAPITAL} stayed {s_closed} for {N_CLOSED} hours",
    "{LEADER}, who leads {ATT}, {s_warned} of more {s_attack}s on {REGION} before {D_MONTH2}|"
    "more {s_attack}s on {REGION} would follow before {D_MONTH2}, {ATT} leader {LEADER} {s_warned}",
    "{MEDIATOR} {s_condemned} the {s_attack} on {P_PLACE} and {s_demanded} a pause of {N_PAUSE} days|"
    "a pause of {N_PAUSE} days was {s_demanded} by {MEDIATOR}, which {s_condemned} the {s_attack} on {P_PLACE}",
    "{ATT} {s_denied} that {N_CIV} civilians had been {s_killed_p} in {P_VILLAGE}, calling the reports false|"
    "reports that {N_CIV} civilians had been {s_killed_p} in {P_VILLAGE} were {s_denied} by {ATT} as false",
    "it was the {N_ORD} {s_attack} on {P_PLACE} since {D_SINCE}, according to a tally by {THINK}|"
    "{THINK} counts {N_ORD_PLAIN} {s_attack}s on {P_PLACE} since {D_SINCE}, this one included",
    "{ANALYST} of {THINK} said control of {P_PLACE} would decide who holds the {TARGET}s of {REGION} by {D_MONTH2}|"
    "whoever holds {P_PLACE} by {D_MONTH2} will control the {TARGET}s of {REGION}, said {ANALYST} of {THINK}",
    "{DEF} {s_blamed} {ATT} for shelling the {TARGET} in {P_PLACE2}, where {N_STAFF} workers were trapped|"
    "{N_STAFF} workers were trapped at the {TARGET} in {P_PLACE2} after shelling that {DEF} blamed on {ATT}",
    "the {THING} agreed for {REGION} in {D_SINCE} had held for {N_WEEKS} weeks before the {s_attack} on {P_PLACE}|"
    "before the {s_attack} on {P_PLACE}, the {THING} agreed for {REGION} in {D_SINCE} had lasted {N_WEEKS} weeks",
    "electricity in {P_PLACE} was cut for {N_HOURS2} hours and {N_PCT} percent of homes were still dark on {D_WEEKDAY}|"
    "{N_PCT} percent of homes in {P_PLACE} were still without power on {D_WEEKDAY}, after a cut of {N_HOURS2} hours",
]
CONTEXT = [
    "the {s_fighting} in {REGION} has displaced {s_about} {n_big} people since {d_month} {n_year}|"
    "since {d_month} {n_year}, {s_about} {n_big} people have been displaced by the {s_fighting} in {REGION}",
    "{n_pct} percent of {s_residents} in {p_town} have no access to clean water|"
    "in {p_town}, {n_pct} percent of {s_residents} lack clean water",
    "a {thing} brokered by {MEDIATOR} in {d_month} {n_year} collapsed after {n_small} weeks|"
    "the {thing} that {MEDIATOR} brokered in {d_month} {n_year} lasted only {n_small} weeks",
    "the road between {p_town} and {p_town2} has been {s_closed} for {n_small} days|"
    "for {n_small} days the road linking {p_town} and {p_town2} has stayed {s_closed}",
    "{org} said {n_mid} {s_troops} had been sent to {p_town} in {d_month}|"
    "in {d_month}, {n_mid} {s_troops} were sent to {p_town}, {org} said",
    "schools in {p_town} reopened on {d_month} {n_day} after being {s_closed} for {n_small} months|"
    "after {n_small} months, schools in {p_town} reopened on {d_month} {n_day}",
    "prices of bread and fuel in {p_town} have risen by {n_pct} percent since {d_month}|"
    "since {d_month}, bread and fuel in {p_town} cost {n_pct} percent more",
    "{AGENCY} has registered {n_big} refugees from {REGION} in camps around {p_town}|"
    "camps around {p_town} hold {n_big} refugees from {REGION}, according to {AGENCY}",
    "{n_mid} {s_fighters} surrendered to {DEF} in {p_town} during {d_month}|"
    "during {d_month}, {n_mid} {s_fighters} gave themselves up to {DEF} in {p_town}",
    "a {thing} for {p_town} is due to be discussed in {CAPITAL} on {d_month} {n_day}|"
    "on {d_month} {n_day}, {CAPITAL} is to discuss a {thing} for {p_town}",
    "the {TARGET} in {p_town} was hit {n_small} times last year, {s_officials} {s_said}|"
    "{s_officials} {s_said} the {TARGET} in {p_town} had been hit {n_small} times last year",
    "{s_talks} on the {thing} in {p_town} are expected to resume within {n_small} days|"
    "within {n_small} days, {s_talks} on the {thing} in {p_town} should resume",
    "{n_mid} prisoners were exchanged at {p_town} in {d_month} {n_year}|"
    "in {d_month} {n_year}, {n_mid} prisoners changed hands at {p_town}",
    "the {s_hospital} in {p_town} treats {s_about} {n_mid} patients a day with {n_small} doctors|"
    "with {n_small} doctors, the {s_hospital} in {p_town} sees {s_about} {n_mid} patients a day",
]
HEADLINES = ["{WEAPON_CAP} kills {N_KILLED} in {P_PLACE} as {ATT_CAP} claims attack",
             "{N_KILLED} dead, {N_WOUNDED} hurt in {P_PLACE} {s_attack} on {TARGET}",
             "{REGION}: {s_attack} on {P_PLACE} {TARGET} leaves {N_KILLED} dead",
             "{ATT_CAP} strikes {P_PLACE}, {N_KILLED} killed, officials say"]
# attribution: where a sentence names who says it; moving it is a rewrite, never a new fact
SOURCES = ("{SPK_ORG}", "{SPK}, the {SPK_ROLE} for {SPK_ORG},", "{s_officials} in {REGION}", "{GOV}")
FORMS = ("{Clause}.", "{Clause}.", "{Clause}.", "{Clause}, {src} {s_said}.", "{Src} {s_said} that {clause}.",
         "According to {src_bare}, {clause}.")
_ATTRIBUTED = re.compile(r"\b(?:said|says|according to|warned|s_said|s_warned|s_officials)\b")
