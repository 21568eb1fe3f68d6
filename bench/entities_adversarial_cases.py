"""Invented articles for the adversarial entity bench (``entities_adversarial.py``).

Each case is a small corpus (a list of article texts) and its gold actors: a label and the
surface forms of that actor as written in the texts. ``kind`` is "split" when the case tests that
distinct actors sharing words stay apart (over-merge), "alias" when it tests that the spellings of
one actor join. Every name here is invented or used only as a name shape; none comes from a scored
set or seed article.
"""
from __future__ import annotations

CASES: list[dict] = [
    # ---------------------------------------------------------------- over-merge guards
    {"name": "father-son", "kind": "split", "docs": [
        "Former governor Tomas Varga died on Monday. His son, Daniel Varga, a member of parliament, "
        "said the family would hold a private funeral. Tomas Varga led the province for a decade.",
        "Daniel Varga told reporters on Tuesday that the police had not returned his father's papers. "
        "Tomas Varga had accused the army of fraud before his death, Daniel Varga said."],
     "gold": [("tomas", ["Tomas Varga"]), ("daniel", ["Daniel Varga"])]},
    {"name": "two-ministers-surname", "kind": "split", "docs": [
        "Defence Minister Karim Haddad said troops would stay in the north. Foreign Minister Leila "
        "Haddad, who is not related to him, flew to Geneva for talks. Karim Haddad rejected a ceasefire.",
        "Leila Haddad said in Geneva that talks would resume next week."],
     "gold": [("karim", ["Karim Haddad"]), ("leila", ["Leila Haddad"])]},
    {"name": "same-given-name", "kind": "split", "docs": [
        "Ahmed Sultani, the mayor, said the water station was hit. Ahmed Karimi, a local doctor, said "
        "eleven people were wounded. Ahmed Sultani called for help from the capital.",
        "Ahmed Karimi said the hospital had run out of blood."],
     "gold": [("sultani", ["Ahmed Sultani"]), ("karimi", ["Ahmed Karimi"])]},
    {"name": "group-faction", "kind": "split", "docs": [
        "The Zarqa Liberation Front said its fighters took the bridge. The Tamir Brigade of the Zarqa "
        "Liberation Front claimed the attack on the checkpoint.",
        "Fighters of the Tamir Brigade withdrew on Sunday, while the Zarqa Liberation Front denied any "
        "losses."],
     "gold": [("front", ["Zarqa Liberation Front"]), ("brigade", ["Tamir Brigade"])]},
    {"name": "group-youth-wing", "kind": "split", "docs": [
        "The National Renewal Party won the vote. The National Renewal Party Youth League held a rally "
        "in the capital on Friday.",
        "Leaders of the National Renewal Party Youth League said they would march again."],
     "gold": [("party", ["National Renewal Party"]), ("youth", ["National Renewal Party Youth League"])]},
    {"name": "party-armed-wing", "kind": "split", "docs": [
        "The Kivu Democratic Alliance denied that its armed wing, the Kivu Democratic Alliance Armed "
        "Forces, had attacked the camp.",
        "The Kivu Democratic Alliance Armed Forces said on Monday they had withdrawn. A spokesman for the "
        "Kivu Democratic Alliance said the party backed the talks."],
     "gold": [("party", ["Kivu Democratic Alliance"]), ("wing", ["Kivu Democratic Alliance Armed Forces"])]},
    {"name": "two-ministries", "kind": "split", "docs": [
        "The Malian Ministry of Defence said two soldiers were killed. The French Ministry of Defence "
        "said it had no troops in the area.",
        "A statement from the French Ministry of Defence denied the report."],
     "gold": [("mali", ["Malian Ministry of Defence"]), ("france", ["French Ministry of Defence"])]},
    {"name": "two-defence-ministries-of", "kind": "split", "docs": [
        "Kenya's Ministry of Defence and Uganda's Ministry of Defence signed a pact on border patrols.",
        "Uganda's Ministry of Defence said the patrols would start in March."],
     "gold": [("kenya", ["Kenya's Ministry of Defence"]), ("uganda", ["Uganda's Ministry of Defence"])]},
    {"name": "two-armies", "kind": "split", "docs": [
        "The Ethiopian army and the Eritrean army clashed near the border, witnesses said.",
        "The Eritrean army said it had repelled an attack."],
     "gold": [("eth", ["Ethiopian army"]), ("eri", ["Eritrean army"])]},
    {"name": "city-province", "kind": "split", "docs": [
        "Fighting spread across Kandor province on Monday. In Kandor city, shops stayed shut.",
        "The governor of Kandor province said the roads to Kandor city were closed."],
     "gold": [("province", ["Kandor province"]), ("city", ["Kandor city"])]},
    {"name": "place-person", "kind": "split", "docs": [
        "Colonel Hassan Ridwan said his men had retaken Ridwan, a village east of the river.",
        "Residents of Ridwan said the village had been shelled. Hassan Ridwan denied it."],
     "gold": [("person", ["Hassan Ridwan"]), ("village", ["Ridwan"])]},
    {"name": "acronym-collision", "kind": "split", "docs": [
        "The Sahel Defence Forces (SDF) said they had killed ten militants near the border.",
        "In the south, the Southern Democratic Front (SDF) accused the government of rigging the poll."],
     "gold": [("sahel", ["Sahel Defence Forces"]), ("front", ["Southern Democratic Front"])]},
    {"name": "outlet-place", "kind": "split", "docs": [
        "The Lagos Herald reported that three people were killed in Lagos on Monday.",
        "Police in Lagos said the Lagos Herald report was accurate."],
     "gold": [("outlet", ["Lagos Herald"]), ("city", ["Lagos"])]},
    {"name": "tribe-place", "kind": "split", "docs": [
        "Members of the Bani Harith tribe blocked the road to Harith. Sheikh Ali al-Harithi, a Bani "
        "Harith elder, said the tribe wanted compensation.",
        "Gunmen entered Harith on Tuesday."],
     "gold": [("tribe", ["Bani Harith"]), ("town", ["Harith"]), ("sheikh", ["Ali al-Harithi"])]},
    {"name": "two-presidents-country", "kind": "split", "docs": [
        "President Mireille Okafor of the Central Republic met President John Okafor of the Coastal "
        "Union. Mireille Okafor said the talks went well.",
        "John Okafor said on Monday that the border would reopen."],
     "gold": [("mireille", ["Mireille Okafor"]), ("john", ["John Okafor"])]},
    {"name": "brothers-initial", "kind": "split", "docs": [
        "Rebel commander Musa Bello and his brother Yusuf Bello were seen in the town. Musa Bello "
        "said the group would fight on.",
        "Yusuf Bello was arrested on Friday, police said."],
     "gold": [("musa", ["Musa Bello"]), ("yusuf", ["Yusuf Bello"])]},
    {"name": "police-two-states", "kind": "split", "docs": [
        "The Kenyan police and the Somali police held a joint meeting. The Somali police said the "
        "suspects had crossed the border.",
        "The Kenyan police said two suspects were held."],
     "gold": [("ke", ["Kenyan police"]), ("so", ["Somali police"])]},
    {"name": "council-two-bodies", "kind": "split", "docs": [
        "The Transitional Military Council met the Transitional Sovereignty Council on Monday.",
        "The Transitional Sovereignty Council said elections would be held next year."],
     "gold": [("mil", ["Transitional Military Council"]), ("sov", ["Transitional Sovereignty Council"])]},
    {"name": "group-vs-splinter", "kind": "split", "docs": [
        "The Ogaden Liberation Army said it had killed four soldiers. A splinter group, the Ogaden "
        "Liberation Army-Revolutionary Command, rejected the talks.",
        "The Ogaden Liberation Army-Revolutionary Command claimed the ambush."],
     "gold": [("ola", ["Ogaden Liberation Army"]), ("rc", ["Ogaden Liberation Army-Revolutionary Command"])]},
    {"name": "al-surname-two", "kind": "split", "docs": [
        "Mahmoud al-Tikriti, a commander, was killed. Photographer Samir al-Tikriti, who took the "
        "pictures, said he saw the strike.",
        "Samir al-Tikriti said the car was hit twice. Mahmoud al-Tikriti had led the unit since 2019."],
     "gold": [("mahmoud", ["Mahmoud al-Tikriti"]), ("samir", ["Samir al-Tikriti"])]},
    {"name": "spanish-two-surnames", "kind": "split", "docs": [
        "Carlos Mendoza Ruiz, the mayor, said the cartel attacked the town. Carlos Mendoza Salas, a "
        "local priest, said three people died.",
        "Carlos Mendoza Salas said the church was damaged."],
     "gold": [("ruiz", ["Carlos Mendoza Ruiz"]), ("salas", ["Carlos Mendoza Salas"])]},
    {"name": "region-state-same-name", "kind": "split", "docs": [
        "Troops entered Zamfara State on Monday. In Zamfara town, residents fled.",
        "The Zamfara State government said the town was calm."],
     "gold": [("state", ["Zamfara State"]), ("town", ["Zamfara town"])]},
    {"name": "hassan-hussein", "kind": "split", "docs": [
        "Hassan Nasser, the district chief, said the market was shelled. His deputy, Hussein Nasser, "
        "said four people died.",
        "Hussein Nasser said on Monday that aid had arrived. Hassan Nasser thanked the donors."],
     "gold": [("hassan", ["Hassan Nasser"]), ("hussein", ["Hussein Nasser"])]},
    {"name": "omar-amr", "kind": "split", "docs": [
        "Omar Saleh, a lawyer, was arrested. Amr Saleh, a journalist, was released on bail.",
        "Amr Saleh said he had been beaten. Omar Saleh remains in custody."],
     "gold": [("omar", ["Omar Saleh"]), ("amr", ["Amr Saleh"])]},
    {"name": "hamid-hamad", "kind": "split", "docs": [
        "Hamid Juma, the mayor, said the road was cut. Hamad Juma, a trader, said prices doubled.",
        "Hamad Juma said traders could not reach the market."],
     "gold": [("hamid", ["Hamid Juma"]), ("hamad", ["Hamad Juma"])]},
    {"name": "female-slavic", "kind": "split", "docs": [
        "Aleksandr Petrenko, a volunteer, was wounded. Aleksandra Petrenko, his sister, said he was "
        "taken to Kharkiv.",
        "Aleksandra Petrenko said doctors had saved his leg."],
     "gold": [("m", ["Aleksandr Petrenko"]), ("f", ["Aleksandra Petrenko"])]},
    {"name": "female-surname-ova", "kind": "split", "docs": [
        "Ivan Sokolov, a soldier, was captured. His mother, Natalia Sokolova, appealed for his release.",
        "Natalia Sokolova said she had not heard from Ivan Sokolov since March."],
     "gold": [("ivan", ["Ivan Sokolov"]), ("natalia", ["Natalia Sokolova"])]},
    {"name": "daniel-daniela", "kind": "split", "docs": [
        "Daniel Arce, the council leader, said the gang attacked the bus. Daniela Arce, a nurse, said "
        "nine passengers were treated.",
        "Daniela Arce said the clinic was full."],
     "gold": [("m", ["Daniel Arce"]), ("f", ["Daniela Arce"])]},
    {"name": "north-south-region", "kind": "split", "docs": [
        "Fighting in North Varanda displaced thousands. Aid agencies in South Varanda said camps were full.",
        "The governor of South Varanda said North Varanda refugees kept arriving."],
     "gold": [("n", ["North Varanda"]), ("s", ["South Varanda"])]},
    {"name": "east-west-region", "kind": "split", "docs": [
        "Militias attacked villages in West Molari and East Molari on Monday.",
        "Officials in East Molari said the attackers came from West Molari."],
     "gold": [("w", ["West Molari"]), ("e", ["East Molari"])]},
    {"name": "is-provinces", "kind": "split", "docs": [
        "Islamic State Lake Province claimed the attack. Islamic State Desert Province claimed another.",
        "Islamic State Desert Province said its fighters killed five soldiers."],
     "gold": [("lake", ["Islamic State Lake Province"]), ("desert", ["Islamic State Desert Province"])]},
    {"name": "numbered-brigades", "kind": "split", "docs": [
        "The 47th Mechanised Brigade and the 74th Mechanised Brigade held the town.",
        "The 74th Mechanised Brigade said it had lost two tanks."],
     "gold": [("47", ["47th Mechanised Brigade"]), ("74", ["74th Mechanised Brigade"])]},
    {"name": "forces-near-names", "kind": "split", "docs": [
        "The Rapid Defence Forces and the Rapid Intervention Forces clashed in the capital.",
        "The Rapid Intervention Forces said the Rapid Defence Forces started the fight."],
     "gold": [("def", ["Rapid Defence Forces"]), ("int", ["Rapid Intervention Forces"])]},
    {"name": "parties-near-names", "kind": "split", "docs": [
        "The Democratic Party and the Democratic Unionist Party both rejected the deal.",
        "The Democratic Unionist Party said it would boycott the vote."],
     "gold": [("dp", ["Democratic Party"]), ("dup", ["Democratic Unionist Party"])]},
    {"name": "guard-army", "kind": "split", "docs": [
        "The Republican Guard and the National Army took positions around the palace.",
        "The National Army said the Republican Guard had fired first."],
     "gold": [("rg", ["Republican Guard"]), ("na", ["National Army"])]},
    {"name": "ali-alawi", "kind": "split", "docs": [
        "Mohammed Ali, a shopkeeper, was shot. Mohammed Alawi, a neighbour, took him to hospital.",
        "Mohammed Alawi said the gunmen wore uniforms."],
     "gold": [("ali", ["Mohammed Ali"]), ("alawi", ["Mohammed Alawi"])]},
    {"name": "near-surnames", "kind": "split", "docs": [
        "Joseph Kabila, a teacher, and Joseph Kabisa, a farmer, were killed in the raid.",
        "Joseph Kabisa had lived in the village for years."],
     "gold": [("kabila", ["Joseph Kabila"]), ("kabisa", ["Joseph Kabisa"])]},
    {"name": "initial-two-people", "kind": "split", "docs": [
        "Mohammed Rahmanzai and Mustafa Rahmanzai, brothers, were detained.",
        "M. Rahmanzai was released on Friday, a relative said."],
     "gold": [("mo", ["Mohammed Rahmanzai"]), ("mu", ["Mustafa Rahmanzai"])]},
    # ---------------------------------------------------------------- alias recall
    {"name": "diacritics", "kind": "alias", "docs": [
        "Gen. José Martínez said the army would stay in the valley.",
        "Jose Martinez, the army chief, said troops had been reinforced."],
     "gold": [("p", ["José Martínez", "Jose Martinez"])]},
    {"name": "e-i-vowel", "kind": "alias", "docs": [
        "Commander Abdelkader Benmessaoud said the attack was repelled.",
        "Abdelkadir Benmesaoud, a rebel commander, denied the claim."],
     "gold": [("p", ["Abdelkader Benmessaoud", "Abdelkadir Benmesaoud"])]},
    {"name": "ou-u", "kind": "alias", "docs": [
        "Youssef Mansour, the spokesman, said the town was taken.",
        "Yusuf Mansur said on Tuesday that talks had failed."],
     "gold": [("p", ["Youssef Mansour", "Yusuf Mansur"])]},
    {"name": "kh-h", "kind": "alias", "docs": [
        "Khaled Rahimzada, the district chief, said six people died.",
        "Haled Rahimzade told reporters that the road was closed."],
     "gold": [("p", ["Khaled Rahimzada", "Haled Rahimzade"])]},
    {"name": "dj-j", "kind": "alias", "docs": [
        "Djamel Bouzidi, the governor, said the attack was repelled.",
        "Jamel Bouzidi said the region was calm."],
     "gold": [("p", ["Djamel Bouzidi", "Jamel Bouzidi"])]},
    {"name": "y-i-j", "kind": "alias", "docs": [
        "Colonel Yuri Kovalenko said his battalion held the line.",
        "Iurii Kovalenko, a battalion commander, said shelling continued."],
     "gold": [("p", ["Yuri Kovalenko", "Iurii Kovalenko"])]},
    {"name": "ov-ow", "kind": "alias", "docs": [
        "Dmitry Sergeyevich Ivanov, a senior officer, was detained.",
        "Dmitri Iwanow was detained on Monday, his lawyer said."],
     "gold": [("p", ["Dmitry Sergeyevich Ivanov", "Dmitri Iwanow"])]},
    {"name": "doubled-letters", "kind": "alias", "docs": [
        "Mohammed Abdullahi said the village was attacked.",
        "Mohamed Abdulahi said more than twenty people were kidnapped."],
     "gold": [("p", ["Mohammed Abdullahi", "Mohamed Abdulahi"])]},
    {"name": "hyphen-apostrophe", "kind": "alias", "docs": [
        "The Jaysh al-Muntasir militia said it would disarm.",
        "Jaish Al Muntasir fighters patrolled the streets, residents said.",
        "Jaysh al Muntasir denied the report."],
     "gold": [("o", ["Jaysh al-Muntasir", "Jaish Al Muntasir", "Jaysh al Muntasir"])]},
    {"name": "initials", "kind": "alias", "docs": [
        "Mohammed Rahmanzai, a district official, said the dam was damaged.",
        "M. Rahmanzai said repairs would take months."],
     "gold": [("p", ["Mohammed Rahmanzai", "M. Rahmanzai"])]},
    {"name": "title-stripped", "kind": "alias", "docs": [
        "Brigadier General Nkosana Dube said the troops had withdrawn.",
        "General Dube told reporters that two soldiers died. Nkosana Dube said the withdrawal was orderly."],
     "gold": [("p", ["Nkosana Dube", "Dube"])]},
    {"name": "particles-de-la", "kind": "alias", "docs": [
        "Juan Carlos de la Fuente, the mayor, said the cartel threatened him.",
        "De la Fuente said police had not protected him. Juan Carlos De La Fuente fled to the capital."],
     "gold": [("p", ["Juan Carlos de la Fuente", "De la Fuente", "Juan Carlos De La Fuente"])]},
    {"name": "particles-van", "kind": "alias", "docs": [
        "Pieter van der Berg, the UN envoy, arrived on Monday.",
        "Van der Berg said the talks were difficult. Pieter Van der Berg left on Friday."],
     "gold": [("p", ["Pieter van der Berg", "Van der Berg", "Pieter Van der Berg"])]},
    {"name": "particles-bin", "kind": "alias", "docs": [
        "Sheikh Hamad bin Khalid al-Nuaimi met the envoy.",
        "Hamad bin Khalid said the meeting was useful."],
     "gold": [("p", ["Hamad bin Khalid al-Nuaimi", "Hamad bin Khalid"])]},
    {"name": "acronym-other-doc", "kind": "alias", "docs": [
        "The Coastal Resistance Movement (CRM) claimed the attack on the port.",
        "CRM fighters were seen near the port on Monday, witnesses said."],
     "gold": [("o", ["Coastal Resistance Movement", "CRM"])]},
    {"name": "short-form-org", "kind": "alias", "docs": [
        "The Movement for Justice and Equality in Darfur said it had withdrawn.",
        "The Movement for Justice and Equality in Darfur accused the army of looting."],
     "gold": [("o", ["Movement for Justice and Equality in Darfur"])]},
    {"name": "turkic", "kind": "alias", "docs": [
        "Rustam Nurmukhamedov, the deputy governor, said the border was closed.",
        "Rustam Nurmuhamedov said traders were stranded."],
     "gold": [("p", ["Rustam Nurmukhamedov", "Rustam Nurmuhamedov"])]},
    {"name": "persian", "kind": "alias", "docs": [
        "Gholamreza Hosseinzadeh, a commander, was killed in the strike.",
        "Gholam-Reza Hoseinzadeh was buried on Friday."],
     "gold": [("p", ["Gholamreza Hosseinzadeh", "Gholam-Reza Hoseinzadeh"])]},
    {"name": "southeast-asian", "kind": "alias", "docs": [
        "Nguyen Van Thanh, a fisherman, said his boat was rammed.",
        "Nguyễn Văn Thanh said the coast guard ship came close."],
     "gold": [("p", ["Nguyen Van Thanh", "Nguyễn Văn Thanh"])]},
    {"name": "spanish-accent-two-surnames", "kind": "alias", "docs": [
        "Mayor Ramón Núñez Gutiérrez denounced the attack.",
        "Ramon Nunez Gutierrez said the army had not come."],
     "gold": [("p", ["Ramón Núñez Gutiérrez", "Ramon Nunez Gutierrez"])]},
    {"name": "abdul-glued", "kind": "alias", "docs": [
        "Abdul Rahim Wardak said the base was attacked.",
        "Abdulrahim Wardak said two guards were killed."],
     "gold": [("p", ["Abdul Rahim Wardak", "Abdulrahim Wardak"])]},
    {"name": "slavic-ii-y", "kind": "alias", "docs": [
        "General Valeriy Zaborodny visited the front.",
        "Valerii Zaborodnyi said the offensive would continue."],
     "gold": [("p", ["Valeriy Zaborodny", "Valerii Zaborodnyi"])]},
    {"name": "org-spelling", "kind": "alias", "docs": [
        "The Harakat al-Nuwaiba group said it fired rockets.",
        "Harakat al-Nuwaibaa denied the claim on Tuesday."],
     "gold": [("o", ["Harakat al-Nuwaiba", "Harakat al-Nuwaibaa"])]},
]
